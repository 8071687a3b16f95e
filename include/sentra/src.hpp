// sentra/src.hpp — the compiled part of sentra, for programs that would rather compile the
// heavy instantiations once than in every translation unit.
//
// sentra is header-only. Reading or writing a document instantiates the JSON converter over
// every type of it, and the loaders instantiate the CSV readers: seconds of code generation
// that each translation unit calling them pays again (benchmarks/README.md, "Build cost of
// programs"). Define SENTRA_SEPARATE_COMPILATION in every translation unit of the program,
// and include this header in exactly one of them: the others then take those functions, for
// the default profile, from it. CMake does both for you: link `sentra::compiled` instead of
// `sentra::sentra`.
#pragma once

#include <sentra/io/document.hpp>
#include <sentra/io/reference_data.hpp>

namespace sentra::io {
SENTRA_REFERENCE_DATA_INSTANTIATIONS(template)
SENTRA_DOCUMENT_INSTANTIATIONS(template)
} // namespace sentra::io

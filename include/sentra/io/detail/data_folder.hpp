// sentra/io/detail/data_folder.hpp — the data folder a build was configured with
// (SENTRA_DATA_DIR), the last place reference_data.hpp looks.
//
// Header-only, it is the macro of the file that includes this (the CMake targets give every
// file the same value). With the compiled library it is one function compiled beside the
// library (cmake/sentra_data_location.cpp), never a macro seen by the program's files, so
// that a program cannot hold two values of it (an ODR hazard): the build tree's library
// names the source tree's data/, the installed one the installed data.
#pragma once

#include <sentra/detail/config.hpp>

namespace sentra::io::detail {

#if defined(SENTRA_SEPARATE_COMPILATION)
// The configured folder, or null when none was.
char const* configured_data_folder() noexcept;
#else
inline char const* configured_data_folder() noexcept
{
#if defined(SENTRA_DATA_DIR)
    return SENTRA_DATA_DIR;
#else
    return nullptr;
#endif
}
#endif

} // namespace sentra::io::detail

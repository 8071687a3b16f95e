// examples/cli/programme.hpp — a programme read in the KBLI edition of profile P, for the
// commands that take one (cluster report, case): a sentra document of that edition, or, for
// KBLI 2020 only, also the bare programme file of sentra 0.x (which never held anything else).
#pragma once

#include <sentra/io/document.hpp>

#include <string>
#include <string_view>
#include <type_traits>

namespace sentra_cli {

template <class P>
auto parse_programme_as(std::string_view text, std::string const& file,
                        sentra::io::json::read_options options)
{
    if constexpr (std::is_same_v<P, sentra::indonesia>)
        return sentra::io::parse_programme(text, file, options);
    else
        return sentra::io::json::parse<sentra::basic_document<P>>(text, file, options);
}

} // namespace sentra_cli

// sentra/io/impl/html_page.ipp — the definitions of sentra/io/detail/html_page.hpp's
// functions. Included by the header when sentra is header-only, compiled once in the library
// otherwise (sentra/src.hpp).
#pragma once

#include <sentra/io/detail/html_page.hpp>

namespace sentra::io::detail {

SENTRA_DECL std::string when(timestamp const& t, lang l)
{
    std::string const text = t.to_string(); // 2020-03-01T10:00:00+07:00
    std::string out = format_date(t.local_date(), l) + ", " + text.substr(11, 2) +
                      (l == lang::en ? ":" : ".") + text.substr(14, 2);
    std::string const zone = text.size() > 19 ? text.substr(19) : std::string("Z");
    out += " (UTC" + (zone == "Z" ? std::string() : zone) + ")";
    return out;
}

} // namespace sentra::io::detail

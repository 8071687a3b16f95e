// sentra/io/impl/html_text.ipp — the definitions of sentra/io/detail/html_text.hpp's
// functions. Included by the header when sentra is header-only, compiled once in the library
// otherwise (sentra/src.hpp).
#pragma once

#include <sentra/io/detail/html_text.hpp>

namespace sentra::io::detail {

SENTRA_DECL void append_html(std::string& out, std::string_view s)
{
    for (char const c : s) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '\'':
            out += "&#39;";
            break;
        default:
            out += c;
        }
    }
}

SENTRA_DECL void append_cut(std::string& out, std::string_view s, std::size_t keep)
{
    if (s.size() <= keep + 2) {
        append_html(out, s);
        return;
    }
    while (keep > 0 && (static_cast<unsigned char>(s[keep]) & 0xC0) == 0x80) --keep;
    append_html(out, s.substr(0, keep));
    out += "…";
}

SENTRA_DECL std::string html(std::string_view s)
{
    std::string out;
    append_html(out, s);
    return out;
}

} // namespace sentra::io::detail

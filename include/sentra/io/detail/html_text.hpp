// sentra/io/detail/html_text.hpp — text put into an HTML page: escaped (the five characters
// markup gives meaning to), isolated when it comes from the data (a bdi element, so that
// right-to-left script does not reorder the text around it), and cut at a character for a
// chart's label.
#pragma once

#include <sentra/detail/config.hpp>
#include <cstddef>
#include <string>
#include <string_view>

namespace sentra::io::detail {

// Text as HTML: the five characters markup gives meaning to, escaped; everything else,
// UTF-8 included, as it is.
SENTRA_DECL void append_html(std::string& out, std::string_view s);

// Data text: escaped and isolated from the text around it (bidirectional text).
inline void append_data(std::string& out, std::string_view s)
{
    out += "<bdi>";
    append_html(out, s);
    out += "</bdi>";
}

// Text as HTML, cut to at most `keep` bytes (at a character, never inside one) with an
// ellipsis when longer than `keep` + 2: a chart's label, whose table has it whole.
SENTRA_DECL void append_cut(std::string& out, std::string_view s, std::size_t keep);

SENTRA_DECL std::string html(std::string_view s);

} // namespace sentra::io::detail

#if defined(SENTRA_HEADER_ONLY)
#include <sentra/io/impl/html_text.ipp>
#endif

// sentra/io/impl/svg_chart.ipp — the definitions of sentra/io/detail/svg_chart.hpp's
// functions. Included by the header when sentra is header-only, compiled once in the library
// otherwise (sentra/src.hpp).
#pragma once

#include <sentra/io/detail/svg_chart.hpp>

#include <algorithm>
#include <cstdio>
#include <iterator>

namespace sentra::io::detail {

SENTRA_DECL std::string number(double v, int decimals)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
    return buf;
}

SENTRA_DECL void bar_chart(std::string& out, std::string_view id, std::string_view title,
                      std::string_view description, std::vector<bar> const& bars,
                      std::string_view label_head, std::string_view value_head)
{
    out += "<figure class=\"chart\" id=\"";
    out += id;
    out += "\"><figcaption>";
    append_html(out, title);
    out += "</figcaption>";
    if (bars.empty()) {
        out += "<p class=\"none\">—</p></figure>";
        return;
    }
    double top = 0;
    for (auto const& b : bars) top = std::max(top, b.value);
    if (top <= 0) top = 1;
    // Drawn 360 units wide: about a phone's width, so that its 13-unit text is read there
    // at about 13 pixels; wider screens scale it up to at most 30rem.
    constexpr int row = 26, label_w = 138, bar_w = 162, width = label_w + bar_w + 60;
    int const height = static_cast<int>(bars.size()) * row + 8;
    out += "<svg role=\"img\" viewBox=\"0 0 " + std::to_string(width) + ' ' +
           std::to_string(height) + "\" aria-labelledby=\"" + std::string(id) + "-t " +
           std::string(id) + "-d\" preserveAspectRatio=\"xMinYMin meet\"><title id=\"" +
           std::string(id) + "-t\">";
    append_html(out, title);
    out += "</title><desc id=\"" + std::string(id) + "-d\">";
    append_html(out, description);
    out += "</desc>";
    for (std::size_t i = 0; i < bars.size(); ++i) {
        auto const& b = bars[i];
        int const y = static_cast<int>(i) * row + 4;
        int const w = static_cast<int>(b.value / top * bar_w + 0.5);
        out += "<text x=\"" + std::to_string(label_w - 8) + "\" y=\"" + std::to_string(y + 18) +
               "\" text-anchor=\"end\" class=\"lbl\">";
        append_cut(out, b.label, 16); // the table below has it whole
        out += "</text><rect x=\"" + std::to_string(label_w) + "\" y=\"" + std::to_string(y + 4) +
               "\" width=\"" + std::to_string(std::max(w, b.value > 0 ? 2 : 0)) +
               "\" height=\"18\" fill=\"" + b.colour + "\"/><text x=\"" +
               std::to_string(label_w + w + 6) + "\" y=\"" + std::to_string(y + 18) +
               "\" class=\"val\">";
        append_html(out, b.shown);
        out += "</text>";
    }
    out += "</svg><table><thead><tr><th scope=\"col\">";
    append_html(out, label_head);
    out += "</th><th scope=\"col\" class=\"n\">";
    append_html(out, value_head);
    out += "</th></tr></thead><tbody>";
    for (auto const& b : bars) {
        out += "<tr><td>";
        append_data(out, b.label);
        out += "</td><td class=\"n\">";
        append_html(out, b.shown);
        out += "</td></tr>";
    }
    out += "</tbody></table></figure>";
}

SENTRA_DECL std::vector<bar> bars_of(std::vector<count_row> const& rows,
                                std::vector<std::string>* colours)
{
    std::vector<bar> out;
    for (auto const& row : rows) {
        char const* colour = palette[0];
        if (colours) {
            auto it = std::find(colours->begin(), colours->end(), row.key);
            if (it == colours->end()) it = colours->insert(colours->end(), row.key);
            colour = palette[static_cast<std::size_t>(it - colours->begin()) % std::size(palette)];
        }
        out.push_back({row.label, static_cast<double>(row.count), std::to_string(row.count), colour});
    }
    return out;
}

} // namespace sentra::io::detail

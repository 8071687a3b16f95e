// sentra/io/detail/svg_chart.hpp — horizontal bar charts drawn as inline SVG, each with its
// title, a description for screen readers and its numbers in a table under it; colours are
// the Okabe–Ito palette and every bar carries its number, so colour is never the only
// carrier.
#pragma once

#include <sentra/detail/config.hpp>
#include <sentra/io/detail/html_text.hpp>
#include <sentra/report/cluster_report.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace sentra::io::detail {

// Okabe & Ito (2008), "Color Universal Design": distinguishable with protanopia,
// deuteranopia and tritanopia.
inline constexpr char const* palette[] = {"#0072B2", "#E69F00", "#009E73", "#CC79A7",
                                          "#56B4E9", "#D55E00", "#F0E442", "#000000"};

SENTRA_DECL std::string number(double v, int decimals);

struct bar {
    std::string label;
    double value = 0;
    std::string shown; // the number as written beside the bar
    char const* colour = palette[0];
};

// A horizontal bar chart with its title, description and table. `id` is unique on the page.
SENTRA_DECL void bar_chart(std::string& out, std::string_view id, std::string_view title,
                      std::string_view description, std::vector<bar> const& bars,
                      std::string_view label_head, std::string_view value_head);

// Bars of one colour, or (given `colours`, the keys in the order their colours are
// given) each key in its own colour, the same in every chart of the page.
SENTRA_DECL std::vector<bar> bars_of(std::vector<count_row> const& rows,
                                std::vector<std::string>* colours = nullptr);


} // namespace sentra::io::detail

#if defined(SENTRA_HEADER_ONLY)
#include <sentra/io/impl/svg_chart.ipp>
#endif

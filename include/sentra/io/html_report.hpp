// sentra/io/html_report.hpp — a cluster report (sentra/report/cluster_report.hpp) as one
// self-contained HTML page: inline SVG charts drawn here, no script, no font, no image,
// no request of any kind, so the file can be opened, printed and sent as it is.
//
// Every chart has a title, a description for screen readers and its numbers in a table
// under it; colours are the Okabe–Ito palette (told apart with the common colour-vision
// deficiencies) and every bar is labelled with its number, so colour is never the only
// carrier; the page reads on a 360-pixel phone and prints on A4 without cutting a chart.
// Every text that comes from the data is escaped and isolated (a bdi element), so a name with
// markup, quotes or right-to-left script is shown as the text it is.
#pragma once

#include <sentra/detail/config.hpp>
#include <sentra/io/detail/cluster_report_page.hpp>
#include <sentra/report/cluster_report.hpp>

#include <cstddef>
#include <string>

namespace sentra::io {

struct html_options {
    // Rows of the overdue cases and of the findings shown (the latest first for the
    // cases: the most late); the rest are counted under the list, and the CLI's
    // `case overdue` and `validate` give them all. 0: every row.
    std::size_t max_rows = 50;
};

// The page of a cluster report, in the report's language.
template <class P>
std::string cluster_report_html(basic_cluster_report<P> const& r, html_options const& options = {})
{
    std::string out;
    out.reserve(32 * 1024);
    detail::cluster_report_page<P>(r, options.max_rows, out).write();
    return out;
}

} // namespace sentra::io

// The default profile's instantiation, compiled once in the sentra::compiled library
// (sentra/detail/config.hpp).
#if defined(SENTRA_SEPARATE_COMPILATION)
namespace sentra::io {
SENTRA_EXTERN template std::string
cluster_report_html<indonesia>(basic_cluster_report<indonesia> const&, html_options const&);
} // namespace sentra::io
#endif

// sentra/report/impl/cluster_report.ipp — the definitions of
// sentra/report/cluster_report.hpp's functions. Included by the header when sentra is header-
// only, compiled once in the library otherwise (sentra/src.hpp).
#pragma once

#include <sentra/report/cluster_report.hpp>

namespace sentra {

namespace detail {

SENTRA_DECL std::optional<double> median(std::vector<double> v)
{
    if (v.empty()) return std::nullopt;
    std::sort(v.begin(), v.end());
    std::size_t const n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

SENTRA_DECL void count_clock(deadline_ageing& a, deadline_clock const& k, date today)
{
    if (k.outcome == clock_outcome::met) {
        if (k.met_on_time())
            ++a.on_time;
        else
            ++a.late;
    } else if (k.outcome == clock_outcome::running) {
        if (today > k.due)
            ++a.overdue_now;
        else
            ++a.running;
    }
}

} // namespace detail
} // namespace sentra

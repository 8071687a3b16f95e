// sentra/cluster/impl/analytics.ipp — the definitions of sentra/cluster/analytics.hpp's
// functions. Included by the header when sentra is header-only, compiled once in the library
// otherwise (sentra/src.hpp).
#pragma once

#include <sentra/cluster/analytics.hpp>

namespace sentra {

SENTRA_DECL result<double> herfindahl_hirschman(std::map<std::string, std::size_t> const& counts)
{
    double total = 0;
    for (auto const& [k, n] : counts) total += static_cast<double>(n);
    if (total <= 0) return make_error(errc::empty_value, "analytics.no_members");
    double h = 0;
    for (auto const& [k, n] : counts) {
        double const s = static_cast<double>(n) / total;
        h += s * s;
    }
    return h;
}

SENTRA_DECL result<double> location_quotient(double local_i, double local_total, double reference_i,
                                        double reference_total)
{
    if (local_i < 0 || local_total <= 0 || reference_i <= 0 || reference_total <= 0 ||
        local_i > local_total || reference_i > reference_total)
        return make_error(errc::out_of_range, "analytics.quotient_inputs");
    return (local_i / local_total) / (reference_i / reference_total);
}

SENTRA_DECL bool is_strong_cluster(double lq, std::vector<double> all, double percentile)
{
    if (lq < 1.0 || all.empty()) return false;
    std::sort(all.begin(), all.end());
    return lq >= nearest_rank(all, percentile);
}

SENTRA_DECL result<shift_share_result> shift_share(double e_i0, double e_i1, double reference_i0,
                                              double reference_i1, double reference_0,
                                              double reference_1)
{
    if (e_i0 <= 0 || reference_i0 <= 0 || reference_0 <= 0 || e_i1 < 0 || reference_i1 < 0 ||
        reference_1 < 0)
        return make_error(errc::out_of_range, "analytics.shift_share_inputs");
    shift_share_result r;
    double const g = reference_1 / reference_0 - 1;
    double const gi = reference_i1 / reference_i0 - 1;
    double const ri = e_i1 / e_i0 - 1;
    r.national_share = e_i0 * g;
    r.industry_mix = e_i0 * (gi - g);
    r.regional_shift = e_i0 * (ri - gi);
    return r;
}

} // namespace sentra

// sentra/cluster/analytics.hpp — the figures a cluster programme reports: members by
// category, size and village; the location quotient and the "strong cluster" test; the
// Herfindahl–Hirschman index of a category mix; shift-share of workers. Formulas and
// sources in docs/analytics.md.
#pragma once

#include <sentra/detail/config.hpp>
#include <sentra/business/size.hpp>
#include <sentra/cluster/registry.hpp>
#include <sentra/error.hpp>
#include <sentra/lang.hpp>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <map>
#include <string>
#include <vector>

namespace sentra {

// Counts of a cluster's members (unknown ids are not counted; validate() reports them).
template <class P>
std::map<std::string, std::size_t> members_by_category(basic_cluster<P> const& c,
                                                       basic_registry<P> const& reg)
{
    std::map<std::string, std::size_t> out;
    for (auto const& id : c.members)
        if (auto const e = reg.find(id)) ++out[e->category ? e->category->to_string() : ""];
    return out;
}

template <class P>
std::map<std::string, std::size_t> members_by_village(basic_cluster<P> const& c,
                                                      basic_registry<P> const& reg)
{
    std::map<std::string, std::size_t> out;
    for (auto const& id : c.members)
        if (auto const e = reg.find(id)) ++out[e->village ? e->village->to_string() : ""];
    return out;
}

// A cluster's members by size class: how many in each class, how many the inputs could not
// classify, and how many whose criteria disagreed (counted under the class that applies).
struct size_counts {
    std::map<size_class, std::size_t> by_class = {};
    std::size_t unclassified = 0;
    std::size_t conflicts = 0;
    friend bool operator==(size_counts const&, size_counts const&) = default;
};

// By size class under `Criteria` for `purpose` (a cluster programme is empowerment), each
// member classified by its figures and founding date (size_inputs_of).
template <size_criteria Criteria, class P>
size_counts members_by_size(basic_cluster<P> const& c, basic_registry<P> const& reg,
                            size_purpose purpose)
{
    size_counts out;
    for (auto const& id : c.members) {
        auto const e = reg.find(id);
        if (!e) continue;
        auto d = classify<Criteria>(size_inputs_of(*e), purpose);
        if (!d) {
            ++out.unclassified;
            continue;
        }
        ++out.by_class[d->size];
        if (d->conflict) ++out.conflicts;
    }
    return out;
}

// Herfindahl–Hirschman index of shares: the sum of squared shares, from 1/n (even) to 1
// (one category). Empty: an error.
SENTRA_DECL result<double> herfindahl_hirschman(std::map<std::string, std::size_t> const& counts);

// LQ = (local_i / local_total) / (reference_i / reference_total).
SENTRA_DECL result<double> location_quotient(double local_i, double local_total, double reference_i,
                                        double reference_total);

enum class lq_measure : unsigned char { enterprises, workers };
BOOST_DESCRIBE_ENUM(lq_measure, enterprises, workers)

constexpr std::string_view to_label(lq_measure m, lang language = lang::en) noexcept
{
    constexpr bilingual labels[] = {{"enterprises", "jumlah usaha"}, {"workers", "tenaga kerja"}};
    return detail::label_at(labels, m, language);
}

// The location quotient of a category in `place` against `reference`, from the registry's
// enterprises, by count or by workers.
template <class P>
result<double> location_quotient(basic_registry<P> const& reg, category_id const& category,
                                 std::type_identity_t<any_region_code<typename P::scheme_type>> const& place,
                                 std::type_identity_t<any_region_code<typename P::scheme_type>> const& reference,
                                        lq_measure measure = lq_measure::enterprises)
{
    auto weigh = [&](any_region_code<typename P::scheme_type> const& r, bool only_category) {
        double sum = 0;
        for (auto const* e : reg.in_region(r)) {
            if (only_category && e->category != category) continue;
            sum +=
                measure == lq_measure::workers
                    ? static_cast<double>(e->workers ? e->workers->value : 0u)
                    : 1.0;
        }
        return sum;
    };
    return location_quotient(weigh(place, true), weigh(place, false), weigh(reference, true),
                             weigh(reference, false));
}

// The value at `percentile` (0..1, nearest rank) of sorted values; 0 for none.
inline double nearest_rank(std::vector<double> const& sorted, double percentile) noexcept
{
    if (sorted.empty()) return 0;
    double const p = std::clamp(percentile, 0.0, 1.0);
    auto rank = static_cast<std::size_t>(std::ceil(p * static_cast<double>(sorted.size())));
    rank = std::clamp<std::size_t>(rank, 1, sorted.size());
    return sorted[rank - 1];
}

// The "strong cluster" test: LQ of at least 1 and at or above the given percentile (0..1,
// nearest rank) of the LQs across regions.
SENTRA_DECL bool is_strong_cluster(double lq, std::vector<double> all, double percentile = 0.75);

// Shift-share of a region's workers in an industry between two periods: the change
// e_i1 - e_i0 split into the national share (the whole reference economy grew), the
// industry mix (the industry grew faster or slower than that) and the regional shift
// (the region's own performance).
struct shift_share_result {
    double national_share = 0;
    double industry_mix = 0;
    double regional_shift = 0;
    double total() const noexcept { return national_share + industry_mix + regional_shift; }
};

SENTRA_DECL result<shift_share_result> shift_share(double e_i0, double e_i1, double reference_i0,
                                              double reference_i1, double reference_0,
                                              double reference_1);

} // namespace sentra

#if defined(SENTRA_HEADER_ONLY)
#include <sentra/cluster/impl/analytics.ipp>
#endif

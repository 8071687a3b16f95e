// sentra/cluster/mapping.hpp — a cluster map from merged counts: the location quotient of
// every industry in every region against a base (the whole country, or the region's own
// province), and the strong-cluster test, as the U.S. Cluster Mapping Project maps
// counties. Formulas and sources in docs/analytics.md.
#pragma once

#include <sentra/detail/config.hpp>
#include <sentra/cluster/aggregate.hpp>
#include <sentra/cluster/analytics.hpp>
#include <sentra/detail/list_messages.hpp>
#include <sentra/error.hpp>
#include <sentra/lang.hpp>

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <map>
#include <string_view>
#include <utility>
#include <vector>

namespace sentra {

// What a region is compared with: the whole country (all regions counted), or its own
// province.
enum class lq_base : unsigned char { national, province };
BOOST_DESCRIBE_ENUM(lq_base, national, province)

constexpr std::string_view to_label(lq_base b, lang language = lang::en) noexcept
{
    constexpr bilingual labels[] = {{"national", "nasional"}, {"province", "provinsi"}};
    return detail::label_at(labels, b, language);
}

struct cluster_map_options {
    std::size_t region_level = 2;   // Indonesia: kecamatan (district)
    std::size_t industry_level = 1; // KBLI: golongan pokok (division)
    lq_base base = lq_base::national;
    lq_measure measure = lq_measure::enterprises;
    // The strong-cluster test: LQ >= 1 and at or above this percentile (nearest rank) of
    // the industry's LQs over the regions compared.
    double percentile = 0.75;
};

// One industry in one region. `in_region` is e_ir (enterprises, or their workers), the
// others the remaining terms of LQ = (e_ir / e_r) / (e_iR / e_R); `threshold` is the
// percentile of the industry's LQs over the regions compared (those of the base with
// anything counted, 0 where the industry is absent).
template <class P>
struct basic_cluster_map_entry {
    any_region_code<typename P::scheme_type> region;
    any_industry_code<typename P::classification_type> industry;
    std::optional<any_region_code<typename P::scheme_type>> base; // the province; none: national
    std::uint64_t in_region = 0;
    std::uint64_t region_total = 0;
    std::uint64_t in_base = 0;
    std::uint64_t base_total = 0;
    double lq = 0;
    double threshold = 0;
    bool strong = false;
    friend bool operator==(basic_cluster_map_entry const&, basic_cluster_map_entry const&) = default;
    // In JSON: `base` absent for the national base.
    BOOST_DESCRIBE_CLASS(basic_cluster_map_entry, (),
                         (region, industry, base, in_region, region_total, in_base, base_total,
                          lq, threshold, strong),
                         (), ())
};

// Every (region, industry) with something counted, by region then industry. The aggregate
// may be finer than asked (villages, subclasses): it is rolled up. Sizes are summed.
template <class P>
result<std::vector<basic_cluster_map_entry<P>>>
cluster_map(basic_aggregate<P> const& agg, cluster_map_options const& o)
{
    using region_type = any_region_code<typename P::scheme_type>;
    using industry_type = any_industry_code<typename P::classification_type>;
    using entry = basic_cluster_map_entry<P>;
    auto const& by = agg.by();
    if (o.region_level > by.region_level())
        return make_error(
            errc::wrong_level, "map.too_coarse",
            {{"level", detail::level_label_of<typename P::scheme_type>(by.region_level())},
             {"wanted", detail::level_label_of<typename P::scheme_type>(o.region_level)}});
    if (!by.industry_level())
        return make_error(errc::wrong_level, "map.no_industry");
    if (o.industry_level > *by.industry_level())
        return make_error(
            errc::wrong_level, "map.too_coarse",
            {{"level",
              detail::level_label_of<typename P::classification_type>(*by.industry_level())},
             {"wanted", detail::level_label_of<typename P::classification_type>(o.industry_level)}});
    if (o.base == lq_base::province && o.region_level == 0)
        return make_error(errc::invalid_argument, "map.provinces_against_province");

    auto measure = [&](aggregate_counts const& c) {
        return o.measure == lq_measure::workers ? c.workers : c.enterprises;
    };
    // e_ir: the counts rolled up, then sorted and summed per (region, industry). After the
    // roll-up every code has the asked level, so the codes' values are in code order.
    struct cell {
        region_type region;
        industry_type industry;
        std::uint64_t value;
    };
    std::vector<cell> local;
    local.reserve(agg.size());
    agg.for_each([&](auto const& k, aggregate_counts const& c) {
        industry_type i = k.industry;
        while (i.level() > o.industry_level) i = *i.parent();
        local.push_back({k.region.ancestor(o.region_level), i, measure(c)});
    });
    auto rank = [](cell const& c) { return std::pair(c.region.value(), c.industry.value()); };
    std::sort(local.begin(), local.end(),
              [&](cell const& a, cell const& b) { return rank(a) < rank(b); });
    std::size_t kept = 0;
    for (std::size_t n = 0; n < local.size(); ++n) {
        if (kept > 0 && rank(local[kept - 1]) == rank(local[n]))
            local[kept - 1].value += local[n].value;
        else
            local[kept++] = local[n];
    }
    local.resize(kept);

    auto base_of = [&](region_type const& r) {
        return o.base == lq_base::province ? std::optional(r.ancestor(0))
                                           : std::optional<region_type>();
    };
    // e_r (a run of one region), e_iR and e_R (few: an industry in a province at most).
    std::vector<std::uint64_t> region_total(local.size());
    // Keyed by values: every base and industry code here has one level (0: the country).
    auto group = [](std::optional<region_type> const& base, industry_type const& i) {
        return std::pair(base ? base->value() : std::uint64_t{0}, i.value());
    };
    using group_key = std::pair<std::uint64_t, std::uint32_t>;
    std::map<group_key, std::uint64_t> in_base;
    std::map<std::optional<region_type>, std::uint64_t> base_total;
    std::map<std::optional<region_type>, std::uint64_t> regions_in_base;
    for (std::size_t begin = 0; begin < local.size();) {
        std::size_t end = begin;
        std::uint64_t total = 0;
        for (; end < local.size() && local[end].region == local[begin].region; ++end)
            total += local[end].value;
        auto const base = base_of(local[begin].region);
        for (std::size_t n = begin; n < end; ++n) {
            region_total[n] = total;
            in_base[group(base, local[n].industry)] += local[n].value;
        }
        base_total[base] += total;
        if (total > 0) ++regions_in_base[base];
        begin = end;
    }

    std::vector<entry> out;
    for (std::size_t n = 0; n < local.size(); ++n) {
        if (local[n].value == 0) continue;
        entry e;
        e.region = local[n].region;
        e.industry = local[n].industry;
        e.base = base_of(e.region);
        e.in_region = local[n].value;
        e.region_total = region_total[n];
        e.in_base = in_base[group(e.base, e.industry)];
        e.base_total = base_total[e.base];
        e.lq = (static_cast<double>(e.in_region) / static_cast<double>(e.region_total)) /
               (static_cast<double>(e.in_base) / static_cast<double>(e.base_total));
        out.push_back(e);
    }
    // The LQs of each industry over the regions of each base with anything counted.
    std::map<group_key, std::vector<double>> lqs;
    std::map<group_key, std::uint64_t> regions_of_group;
    for (auto const& e : out) {
        lqs[group(e.base, e.industry)].push_back(e.lq);
        regions_of_group[group(e.base, e.industry)] = regions_in_base[e.base];
    }
    std::map<group_key, double> threshold;
    for (auto& [k, v] : lqs) {
        v.resize(regions_of_group[k], 0.0); // regions without the industry: LQ 0
        std::sort(v.begin(), v.end());
        threshold[k] = nearest_rank(v, o.percentile);
    }
    for (auto& e : out) {
        e.threshold = threshold[group(e.base, e.industry)];
        e.strong = e.lq >= 1.0 && e.lq >= e.threshold;
    }
    return out;
}

using cluster_map_entry = basic_cluster_map_entry<indonesia>;

} // namespace sentra

// The default profile's instantiation, compiled once in the sentra::compiled library
// (sentra/detail/config.hpp).
#if defined(SENTRA_SEPARATE_COMPILATION)
namespace sentra {
SENTRA_EXTERN template result<std::vector<basic_cluster_map_entry<indonesia>>>
cluster_map<indonesia>(basic_aggregate<indonesia> const&, cluster_map_options const&);
} // namespace sentra
#endif

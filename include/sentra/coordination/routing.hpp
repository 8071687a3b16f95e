// sentra/coordination/routing.hpp — which agency a case goes to: rules from topic,
// optionally narrowed by programme category and region, to an agency; written as data
// (JSON) and versioned, so that a case records which version routed it. No matching rule
// is an explicit outcome: the table's default coordinator (e.g. the kecamatan).
#pragma once

#include <sentra/detail/config.hpp>
#include <sentra/coordination/case.hpp>
#include <sentra/business/fwd.hpp>
#include <sentra/fwd.hpp>
#include <sentra/region/fwd.hpp>
#include <sentra/id.hpp>
#include <sentra/profile.hpp>
#include <sentra/region/kemendagri.hpp>

#include <boost/describe/class.hpp>

#include <optional>
#include <string>
#include <vector>

namespace sentra {

template <class P>
struct basic_routing_rule {
    typename P::topic_type topic{};
    std::optional<category_id> category = {};
    std::optional<any_region_code<typename P::scheme_type>> region = {};
    agency_id agency;
    friend bool operator==(basic_routing_rule const&, basic_routing_rule const&) = default;
    BOOST_DESCRIBE_CLASS(basic_routing_rule, (), (topic, category, region, agency), (), ())
};

template <class P>
struct basic_routing_table {
    std::string version;
    std::vector<basic_routing_rule<P>> rules = {};
    agency_id default_coordinator;
    friend bool operator==(basic_routing_table const&, basic_routing_table const&) = default;
    BOOST_DESCRIBE_CLASS(basic_routing_table, (), (version, rules, default_coordinator), (), ())
};

using routing_rule = basic_routing_rule<indonesia>;
using routing_table = basic_routing_table<indonesia>;

struct routing_decision {
    agency_id agency;
    std::string version;
    std::optional<std::uint32_t> rule; // none: the default coordinator
    friend bool operator==(routing_decision const&, routing_decision const&) = default;
};

// The most specific matching rule wins: a category counts more than a region, a deeper
// region more than a wider one; among equals the first. No match: the default coordinator.
template <class P>
routing_decision route(basic_routing_table<P> const& table, std::type_identity_t<typename P::topic_type> topic,
                       std::optional<category_id> const& category = {},
                       std::optional<any_region_code<typename P::scheme_type>> const& place = {})
{
    std::optional<std::uint32_t> best;
    int best_score = -1;
    for (std::size_t i = 0; i < table.rules.size(); ++i) {
        auto const& r = table.rules[i];
        if (r.topic != topic) continue;
        if (r.category && (!category || *r.category != *category)) continue;
        if (r.region && (!place || !place->within(*r.region))) continue;
        int const score =
            (r.category ? 100 : 0) + (r.region ? 1 + static_cast<int>(r.region->level()) : 0);
        if (score > best_score) {
            best_score = score;
            best = static_cast<std::uint32_t>(i);
        }
    }
    if (best) return {table.rules[*best].agency, table.version, best};
    return {table.default_coordinator, table.version, std::nullopt};
}

// A case routed by what it says of itself: its topic; the category, its cluster's focus; the
// place, its first reporter's village, else its cluster's first locus region. `programme`
// (the registry that holds the case's cluster and reporters) finds them; what it does not
// find is left out, as in the call above.
template <class P>
routing_decision route(basic_routing_table<P> const& table,
                       basic_case<typename P::topic_type> const& c,
                       basic_registry<P> const& programme)
{
    std::optional<category_id> category;
    std::optional<any_region_code<typename P::scheme_type>> place;
    if (c.cluster)
        if (auto const cl = programme.find(*c.cluster)) {
            category = cl->focus;
            if (!cl->locus.regions.empty()) place = cl->locus.regions.front();
        }
    for (auto const& who : c.raised_by)
        if (auto const e = programme.find(who); e && e->village) {
            place = *e->village;
            break;
        }
    return route(table, c.topic, category, place);
}

// An assign entry for a routing decision, so the log records the version and the rule.
SENTRA_DECL log_entry assignment(routing_decision const& d, timestamp at, std::string actor);

} // namespace sentra

#if defined(SENTRA_HEADER_ONLY)
#include <sentra/coordination/impl/routing.ipp>
#endif

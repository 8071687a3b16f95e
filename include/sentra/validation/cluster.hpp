// sentra/validation/cluster.hpp — validate for a cluster: its locus, focus, agencies,
// members, phases and events, references resolved in the registry, and the PP 29/2018
// minimum of members as a warning (sentra/validation.hpp has the convention).
#pragma once

#include <sentra/detail/config.hpp>
#include <sentra/cluster/agency.hpp>
#include <sentra/cluster/cluster.hpp>
#include <sentra/cluster/registry.hpp>
#include <sentra/error.hpp>
#include <sentra/validation/context.hpp>

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace sentra {

// Every problem of a cluster, each with its JSON Pointer (relative to the cluster). Its
// references (focus, agencies, members) are resolved in the registry; without one they
// are not checked, and the phases follow the built-in models. The PP 29/2018 minimum is a
// warning (too_few_members): a programme may be on its way there.
template <class P>
report validate(basic_cluster<P> const& c,
                std::type_identity_t<basic_validation_context<P>> const& cx = {})
{
    basic_registry<P> const fallback; // the built-in phase models
    basic_registry<P> const& reg = cx.registry ? *cx.registry : fallback;
    bool const resolve = cx.registry.has_value();
    report out;
    auto const at = [](std::string pointer) { return at_pointer(std::move(pointer)); };
    if (c.id.empty()) out.add(errc::empty_value, at("/id"), "cluster.needs_id");
    if (c.name.empty()) out.add(errc::empty_value, at("/name"), "cluster.needs_name");
    if (c.focus && resolve && !reg.find(*c.focus))
        out.add(errc::unknown_code, at("/focus"),
                "ref.no_category", {{"id", c.focus->to_string()}});

    basic_agency<P> const* lead = nullptr;
    if (c.lead_agency.empty())
        out.add(errc::empty_value, at("/lead_agency"), "cluster.needs_lead");
    else if (resolve && !(lead = reg.find(c.lead_agency).get()))
        out.add(errc::unknown_code, at("/lead_agency"),
                "ref.no_agency", {{"id", c.lead_agency.to_string()}});
    for (std::size_t i = 0; i < c.partners.size(); ++i)
        if (resolve && !reg.find(c.partners[i]))
            out.add(errc::unknown_code, at(json_pointer("partners", i)),
                    "ref.no_agency", {{"id", c.partners[i].to_string()}});

    if (c.locus.regions.empty())
        out.add(errc::empty_value, at("/locus/regions"),
                "cluster.empty_locus");
    for (std::size_t i = 0; i < c.locus.regions.size(); ++i) {
        auto const& r = c.locus.regions[i];
        std::string const p = json_pointer("locus", "regions", i);
        if (cx.regions && !cx.regions->find(r))
            out.add(errc::unknown_code, at(p),
                    "region.not_in_gazetteer", {{"code", r.to_string()}});
        if (lead && !lead->covers(r))
            out.add(errc::outside_jurisdiction, at(p),
                    "cluster.outside_jurisdiction",
                    {{"code", r.to_string()},
                     {"agency", lead->id.to_string()},
                     {"jurisdiction", lead->jurisdiction->to_string()}});
    }

    std::map<std::string, std::size_t> by_category;
    for (std::size_t i = 0; i < c.members.size(); ++i) {
        std::string const p = json_pointer("members", i);
        if (!resolve) continue;
        auto const e = reg.find(c.members[i]);
        if (!e) {
            out.add(errc::unknown_code, at(p),
                    "ref.no_enterprise", {{"id", c.members[i].to_string()}});
            continue;
        }
        bool repeated = false;
        for (std::size_t j = 0; j < i; ++j)
            if (c.members[j] == c.members[i]) repeated = true;
        if (repeated) {
            out.add(errc::duplicate_code, at(p),
                    "cluster.member_twice", {{"id", c.members[i].to_string()}});
            continue;
        }
        if (e->village && !c.locus.regions.empty() && !c.locus.contains(*e->village))
            out.add(errc::outside_locus, at(p),
                    "cluster.outside_locus",
                    {{"id", e->id.to_string()}, {"village", e->village->to_string()}});
        if (e->category) ++by_category[e->category->to_string()];
    }

    // Phases go forward through the cluster's phase model; a final phase ends the history.
    auto const model = reg.find_phase_model(c.phase_set);
    if (!model)
        out.add(errc::unknown_code, at("/phase_set"),
                "ref.no_phase_model", {{"id", c.phase_set}, {"known", reg.phase_model_ids()}});
    int last_rank = -1;
    bool ended = false;
    for (std::size_t i = 0; i < c.phases.size(); ++i) {
        std::string const p = json_pointer("phases", i);
        auto const& ph = c.phases[i];
        if (i > 0 && ph.since < c.phases[i - 1].since) {
            // An entry out of place is one error, not a second one for the phase it names.
            out.add(errc::out_of_order, at(p + "/since"),
                    "cluster.phase_before_previous",
                    {{"date", ph.since.to_string()}, {"previous", c.phases[i - 1].since.to_string()}});
            continue;
        }
        if (!model) continue;
        if (ended) {
            out.add(errc::out_of_order, at(p + "/phase"),
                    "cluster.phase_after_end", {{"phase", ph.phase}});
            continue;
        }
        if (model->is_final(ph.phase)) {
            ended = true;
            continue;
        }
        int const rank = model->rank(ph.phase);
        if (rank < 0)
            out.add(errc::invalid_value, at(p + "/phase"),
                    "cluster.not_a_phase", {{"phase", ph.phase}, {"model", model->id}});
        else if (rank < last_rank)
            out.add(errc::out_of_order, at(p + "/phase"),
                    "cluster.phase_back",
                    {{"phase", ph.phase},
                     {"previous", model->phases[static_cast<std::size_t>(last_rank)]}});
        else
            last_rank = rank;
    }

    // Events: stands per category, and nothing before the launch.
    std::optional<date> launch = c.entered("launched");
    for (auto const& ev : c.events)
        if (ev.kind == event_kind::launch && (!launch || ev.date < *launch)) launch = ev.date;
    for (std::size_t i = 0; i < c.events.size(); ++i) {
        auto const& ev = c.events[i];
        std::string const p = json_pointer("events", i);
        if (launch && ev.date < *launch)
            out.add(errc::out_of_order, at(p + "/date"),
                    "cluster.event_before_launch",
                    {{"date", ev.date.to_string()}, {"launch", launch->to_string()}});
        if (ev.venue && cx.regions && !cx.regions->find(*ev.venue))
            out.add(errc::unknown_code, at(p + "/venue"),
                    "region.not_in_gazetteer", {{"code", ev.venue->to_string()}});
        for (std::size_t j = 0; j < ev.stands.size(); ++j) {
            auto const& s = ev.stands[j];
            std::string const q = p + json_pointer("stands", j);
            if (resolve && !reg.find(s.category))
                out.add(errc::unknown_code, at(q + "/category"),
                        "ref.no_category", {{"id", s.category.to_string()}});
            if (s.count < 0)
                out.add(errc::out_of_range, at(q + "/count"), "cluster.negative_stands");
            if (s.capacity && *s.capacity < 0)
                out.add(errc::out_of_range, at(q + "/capacity"), "cluster.negative_capacity");
            else if (s.capacity && s.count > *s.capacity)
                out.add(errc::over_capacity, at(q + "/count"),
                        "cluster.over_capacity", {{"count", s.count}, {"capacity", *s.capacity}});
        }
    }

    std::size_t largest = 0;
    std::string largest_category;
    for (auto const& [cat, n] : by_category)
        if (n > largest) {
            largest = n;
            largest_category = cat;
        }
    if (resolve && largest < sentra_minimum_members) // members known only through a registry
        out.add(errc::too_few_members, at("/members"),
                largest              ? message_id("cluster.too_few_members_in")
                : c.members.empty() ? message_id("cluster.no_members")
                                     : message_id("cluster.too_few_members"),
                {{"minimum", sentra_minimum_members},
                 {"category", largest_category},
                 {"count", largest ? largest : c.members.size()}},
                severity::warning);
    return out;
}

} // namespace sentra

// Compiled once in the sentra::compiled library (sentra/detail/config.hpp).
#if defined(SENTRA_SEPARATE_COMPILATION)
namespace sentra {
SENTRA_EXTERN template report validate<indonesia>(basic_cluster<indonesia> const&,
                                                  basic_validation_context<indonesia> const&);
} // namespace sentra
#endif

// sentra/validation/coordination.hpp — validate for what coordination runs on: a routing
// table, a deadline policy, a case and a list of cases (sentra/validation.hpp has the
// convention).
#pragma once

#include <sentra/detail/config.hpp>
#include <sentra/coordination/case.hpp>
#include <sentra/coordination/deadline_policy.hpp>
#include <sentra/coordination/routing.hpp>
#include <sentra/error.hpp>
#include <sentra/validation/context.hpp>

#include <cstddef>
#include <set>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace sentra {


// Every problem of a table, each with its JSON Pointer: no version, no default
// coordinator, an agency the registry does not know (given a registry: a rule that sends
// cases to an agency the programme does not have is an error even when it lists none), a
// category it does not know (given one that lists any).
template <class P>
report validate(basic_routing_table<P> const& t,
                std::type_identity_t<basic_validation_context<P>> const& cx = {})
{
    report out;
    auto const at = [](std::string pointer) { return at_pointer(std::move(pointer)); };
    auto known_agency = [&](agency_id const& a) {
        return !cx.registry || cx.registry->find(a).has_value();
    };
    if (t.version.empty())
        out.add(errc::empty_value, at("/version"), "routing.needs_version");
    if (t.default_coordinator.empty())
        out.add(errc::empty_value, at("/default_coordinator"),
                "routing.needs_coordinator");
    else if (!known_agency(t.default_coordinator))
        out.add(errc::unknown_code, at("/default_coordinator"),
                "ref.no_agency", {{"id", t.default_coordinator.to_string()}});
    for (std::size_t i = 0; i < t.rules.size(); ++i) {
        auto const& r = t.rules[i];
        std::string const p = json_pointer("rules", i);
        if (r.agency.empty() || !known_agency(r.agency))
            out.add(errc::unknown_code, at(p + "/agency"),
                    "ref.no_agency", {{"id", r.agency.to_string()}});
        if (r.category && detail::knows_categories(cx)) {
            if (!cx.registry->find(*r.category))
                out.add(errc::unknown_code, at(p + "/category"),
                        "ref.no_category", {{"id", r.category->to_string()}});
        }
    }
    return out;
}


// Every problem of a deadline policy, each with its JSON Pointer: no version, two rules for
// the same topic and priority (which would win is not said), an escalation step without a
// label, or naming an agency the registry does not know (given a registry).
template <class Topic, class P = indonesia>
report validate(basic_deadline_policy<Topic> const& policy,
                basic_validation_context<P> const& cx = {})
{
    report out;
    if (policy.version.empty())
        out.add(errc::empty_value, at_pointer("/version"), "deadlines.needs_version");
    for (std::size_t i = 0; i < policy.rules.size(); ++i)
        for (std::size_t k = 0; k < i; ++k)
            if (policy.rules[i].topic == policy.rules[k].topic &&
                policy.rules[i].priority == policy.rules[k].priority)
                out.add(errc::duplicate_code, at_pointer(json_pointer("rules", i)),
                        "deadlines.same_rule", {{"first", k}, {"second", i}});
    for (std::size_t i = 0; i < policy.escalation.size(); ++i) {
        auto const& step = policy.escalation[i];
        if (step.label_id.empty())
            out.add(errc::empty_value, at_pointer(json_pointer("escalation", i, "label_id")),
                    "deadlines.step_label");
        if (step.agency && cx.registry && !cx.registry->find(*step.agency))
            out.add(errc::unknown_code, at_pointer(json_pointer("escalation", i, "agency")),
                    "ref.no_agency", {{"id", step.agency->to_string()}});
    }
    return out;
}




// Every problem of a case, each with its pointer: no id, a log that does not replay, and,
// given a registry, a cluster, enterprise or agency it does not know.
template <class Topic, class P>
report validate(basic_case<Topic> const& c, basic_validation_context<P> const& cx)
{
    report out;
    if (c.id.empty()) out.add(errc::empty_value, at_pointer("/id"), "case.needs_id");
    if (auto s = replay(c); !s) out.add(s.error());
    if (c.location && c.location->position) {
        auto const& p = *c.location->position;
        if (!(p.lat >= -90 && p.lat <= 90))
            out.add(errc::out_of_range, at_pointer("/location/position/lat"),
                    "case.latitude");
        if (!(p.lon >= -180 && p.lon <= 180))
            out.add(errc::out_of_range, at_pointer("/location/position/lon"),
                    "case.longitude");
    }
    auto const* reg = cx.registry.get();
    if (!reg) return out;
    if (c.cluster && !reg->find(*c.cluster))
        out.add(errc::unknown_code, at_pointer("/cluster"),
                "ref.no_cluster", {{"id", c.cluster->to_string()}});
    for (std::size_t k = 0; k < c.raised_by.size(); ++k)
        if (!reg->find(c.raised_by[k]))
            out.add(errc::unknown_code, at_pointer(json_pointer("raised_by", k)),
                    "ref.no_enterprise", {{"id", c.raised_by[k].to_string()}});
    for (std::size_t k = 0; k < c.log.size(); ++k)
        if (c.log[k].agency && !reg->find(*c.log[k].agency))
            out.add(errc::unknown_code, at_pointer(json_pointer("log", k, "agency")),
                    "ref.no_agency", {{"id", c.log[k].agency->to_string()}});
    return out;
}

// Every problem of a list of cases, each with its pointer ("/i/..."): a case's own, and an
// id that appears twice.
template <class Topic, class P>
report validate(std::vector<basic_case<Topic>> const& cases, basic_validation_context<P> const& cx)
{
    report out;
    std::set<std::string> seen;
    for (std::size_t i = 0; i < cases.size(); ++i) {
        auto const& c = cases[i];
        if (!c.id.empty() && !seen.insert(c.id.to_string()).second)
            out.add(errc::duplicate_code, at_pointer(json_pointer(i, "id")),
                    "case.twice", {{"id", c.id.to_string()}});
        out.merge_under(json_pointer(i), validate(c, cx));
    }
    return out;
}

// The same without reference data (the default profile's empty context): the form only.
template <class Topic>
report validate(basic_case<Topic> const& c)
{
    return validate(c, validation_context{});
}
template <class Topic>
report validate(std::vector<basic_case<Topic>> const& cases)
{
    return validate(cases, validation_context{});
}

// Every problem of a parsed document beyond its JSON form, each with its pointer. The

} // namespace sentra

// Compiled once in the sentra::compiled library (sentra/detail/config.hpp).
#if defined(SENTRA_SEPARATE_COMPILATION)
namespace sentra {
SENTRA_EXTERN template report validate<indonesia>(basic_routing_table<indonesia> const&,
                                                  basic_validation_context<indonesia> const&);
SENTRA_EXTERN template report
validate<case_topic, indonesia>(basic_deadline_policy<case_topic> const&,
                                basic_validation_context<indonesia> const&);
SENTRA_EXTERN template report validate<case_topic, indonesia>(
    basic_case<case_topic> const&, basic_validation_context<indonesia> const&);
SENTRA_EXTERN template report validate<case_topic, indonesia>(
    std::vector<basic_case<case_topic>> const&, basic_validation_context<indonesia> const&);
} // namespace sentra
#endif

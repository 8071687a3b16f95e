// sentra/validation.hpp — checking meaning: one convention for every type.
//
//   report validate(x, validation_context const& cx = {});
//
// Every problem of `x` beyond its form (which its type or the reader already holds), each
// with its JSON Pointer relative to `x`; a problem of a part is placed under the part's
// pointer (report::merge_under), so the report of a whole names the place in the whole.
// The context carries the reference data a check may use; what is absent is not checked
// (a village code is checked for existence only with a gazetteer, a KBLI code only with a
// catalog, references only with a registry). Warnings (severity::warning) are findings
// that do not make `x` invalid. docs/architecture.md has the conventions.
#pragma once

#include <sentra/detail/config.hpp>
#include <sentra/business/catalog.hpp>
#include <sentra/business/category.hpp>
#include <sentra/cluster/agency.hpp>
#include <sentra/cluster/cluster.hpp>
#include <sentra/cluster/registry.hpp>
#include <sentra/coordination/case.hpp>
#include <sentra/coordination/deadlines.hpp>
#include <sentra/coordination/routing.hpp>
#include <sentra/data_version.hpp>
#include <sentra/date.hpp>
#include <sentra/document.hpp>
#include <sentra/enterprise.hpp>
#include <sentra/error.hpp>
#include <sentra/region/gazetteer.hpp>

#include <algorithm>
#include <cstddef>
#include <map>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <string_view>

namespace sentra {

// What a check may consult, for a programme of profile P. Every member is optional.
template <class P>
struct basic_validation_context {
    // region codes exist (and in which edition)
    basic_gazetteer<typename P::scheme_type> const* regions = nullptr;
    // industry codes exist
    basic_catalog<typename P::classification_type> const* catalog = nullptr;
    // ids referred to resolve
    basic_registry<P> const* registry = nullptr;
    // "today", injected: founding dates may not be later
    std::optional<date> today = {};
};

using validation_context = basic_validation_context<indonesia>;

namespace detail {
// Lists that are empty were not given (a document without categories has no category
// to check an enterprise's against), as before the context was one type.
template <class P>
bool knows_categories(basic_validation_context<P> const& cx) noexcept
{
    return cx.registry && !cx.registry->categories().empty();
}
template <class P>
bool knows_agencies(basic_validation_context<P> const& cx) noexcept
{
    return cx.registry && !cx.registry->agencies().empty();
}
template <class P>
constexpr bool is_indonesian = std::is_same_v<typename P::scheme_type, kemendagri>;
} // namespace detail

// Every problem of an enterprise, each with its JSON Pointer. Personal data is checked
// but never quoted.
template <class P>
report validate(basic_enterprise<P> const& e,
                std::type_identity_t<basic_validation_context<P>> const& cx = {})
{
    report out;
    auto const at = [](std::string pointer) { return at_pointer(std::move(pointer)); };
    if (e.id.empty()) out.add(errc::empty_value, at("/id"), "an enterprise needs an id");
    if (e.name.empty()) out.add(errc::empty_value, at("/name"), "an enterprise needs a name");
    if (e.village && e.village->empty())
        out.add(errc::empty_value, at("/village"), "empty code");
    else if (e.village && cx.regions && !cx.regions->find(*e.village))
        out.add(errc::unknown_code, at("/village"),
                detail::cat(e.village->to_string(), " is not in the gazetteer"));
    if (e.kbli.empty())
        out.add(errc::empty_value, at("/kbli"), "an enterprise has at least one KBLI code");
    basic_programme_category<P> const* category = nullptr;
    if (e.category && detail::knows_categories(cx)) {
        category = cx.registry->find(*e.category).get();
        if (!category)
            out.add(errc::unknown_code, at("/category"),
                    detail::cat("no category '", e.category->to_string(), "'"));
    }
    for (std::size_t i = 0; i < e.kbli.size(); ++i) {
        // Pointers are built only for a problem: most records have none.
        auto const p = [i] { return json_pointer("kbli", i); };
        if (e.kbli[i].empty()) {
            out.add(errc::empty_value, at(p()), "empty KBLI code");
            continue;
        }
        if (cx.catalog && !cx.catalog->find(e.kbli[i])) {
            // One mistake, one error: a code refused here is not also "not under the category".
            out.add(errc::unknown_code, at(p()),
                    detail::cat(e.kbli[i].to_string(), " is not in ",
                                P::classification_type::name));
            continue;
        }
        for (std::size_t j = 0; j < i; ++j)
            if (e.kbli[j] == e.kbli[i])
                out.add(errc::duplicate_code, at(p()),
                        detail::cat(e.kbli[i].to_string(), " is listed twice"));
        if (category && !category->covers(e.kbli[i]))
            out.add(errc::invalid_value, at(p()),
                    detail::cat(e.kbli[i].to_string(), " is not under the category '",
                                category->id.to_string(), "'"));
    }
    // Figures: no negative amount, and a year that has begun (by `today`) and is not before
    // 1900.
    auto check_year = [&](auto const& f, std::string_view name) {
        if (!f || !f->year) return;
        int const latest = cx.today ? static_cast<int>(cx.today->ymd().year()) : 9999;
        if (*f->year < 1900 || *f->year > latest)
            out.add(errc::out_of_range, at(detail::cat("/", name, "/year")),
                    detail::cat("the year ", std::to_string(*f->year), " is not one a figure can ",
                                "refer to (1900 to ",
                                cx.today ? std::to_string(latest) : std::string("today"), ")"));
    };
    auto check_amount = [&](std::optional<figure<rupiah>> const& f, std::string_view name) {
        if (f && f->value.value() < 0)
            out.add(errc::out_of_range,
                    at(detail::cat("/", name, f->year ? "/value" : "")),
                    "an amount cannot be negative");
        check_year(f, name);
    };
    check_amount(e.capital, "capital");
    check_amount(e.net_assets, "net_assets");
    check_amount(e.annual_sales, "annual_sales");
    check_amount(e.investment, "investment");
    check_year(e.workers, "workers");
    if (e.founded && cx.today && *e.founded > *cx.today)
        out.add(errc::invalid_value, at("/founded"),
                detail::cat("founded ", e.founded->to_string(), ", after today (",
                            cx.today->to_string(), ")"));
    for (std::size_t i = 0; i < e.certifications.size(); ++i) {
        auto const& c = e.certifications[i];
        auto const p = [i] { return json_pointer("certifications", i, "number"); };
        if (auto why = certification_number_defect(c); !why.empty()) {
            out.add(errc::malformed_code, at(p()), std::string(why));
            continue;
        }
        // P-IRT numbers and NIKs carry Kemendagri codes: checked in Indonesia's profile.
        if constexpr (detail::is_indonesian<P>)
        if (c.kind == certification_kind::pirt && cx.regions) {
            auto const regency = regency_code::try_parse(std::string_view(c.number).substr(3, 4));
            if (!regency || !cx.regions->find(*regency))
                out.add(errc::unknown_code, at(p()),
                        detail::cat("digits 4 to 7 of a P-IRT number are a regency code; '",
                                    std::string_view(c.number).substr(3, 4),
                                    "' is not in the gazetteer"));
        }
    }
    if constexpr (detail::is_indonesian<P>)
    if (e.owner && e.owner->nik && cx.regions) {
        auto const d = e.owner->nik->district();
        if (!d || !cx.regions->find(*d))
            out.add(errc::unknown_code, at("/owner/nik"),
                    "the NIK's district prefix is not in today's gazetteer (it may predate a "
                    "split)",
                    severity::warning);
    }
    return out;
}


// Every problem of a category, each with its JSON Pointer: an empty id or label, no
// codes, a code the catalog does not have (given one), a code given twice.
template <class P>
report validate(basic_programme_category<P> const& c,
                std::type_identity_t<basic_validation_context<P>> const& cx = {})
{
    report out;
    auto const at = [](std::string pointer) { return at_pointer(std::move(pointer)); };
    if (c.id.empty()) out.add(errc::empty_value, at("/id"), "a category needs an id");
    if (c.label_id.empty())
        out.add(errc::empty_value, at("/label_id"), "a category needs an Indonesian label");
    if (c.codes.empty())
        out.add(errc::empty_value, at("/codes"), "a category covers at least one KBLI code");
    for (std::size_t i = 0; i < c.codes.size(); ++i) {
        std::string const pointer = json_pointer("codes", i);
        if (c.codes[i].empty()) {
            out.add(errc::empty_value, at(pointer), "empty KBLI code");
            continue;
        }
        if (cx.catalog && !cx.catalog->find(c.codes[i]))
            out.add(errc::unknown_code, at(pointer),
                    detail::cat(c.codes[i].to_string(), " is not in ", P::classification_type::name));
        for (std::size_t j = 0; j < i; ++j)
            if (c.codes[j] == c.codes[i])
                out.add(errc::duplicate_code, at(pointer),
                        detail::cat(c.codes[i].to_string(), " is listed twice (also /codes/",
                                    std::to_string(j), ")"));
    }
    return out;
}


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
        out.add(errc::empty_value, at("/version"), "a routing table has a version");
    if (t.default_coordinator.empty())
        out.add(errc::empty_value, at("/default_coordinator"),
                "a routing table names the coordinator for cases no rule matches");
    else if (!known_agency(t.default_coordinator))
        out.add(errc::unknown_code, at("/default_coordinator"),
                detail::cat("no agency '", t.default_coordinator.to_string(), "'"));
    for (std::size_t i = 0; i < t.rules.size(); ++i) {
        auto const& r = t.rules[i];
        std::string const p = json_pointer("rules", i);
        if (r.agency.empty() || !known_agency(r.agency))
            out.add(errc::unknown_code, at(p + "/agency"),
                    detail::cat("no agency '", r.agency.to_string(), "'"));
        if (r.category && detail::knows_categories(cx)) {
            if (!cx.registry->find(*r.category))
                out.add(errc::unknown_code, at(p + "/category"),
                        detail::cat("no category '", r.category->to_string(), "'"));
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
        out.add(errc::empty_value, at_pointer("/version"), "a deadline policy has a version");
    for (std::size_t i = 0; i < policy.rules.size(); ++i)
        for (std::size_t k = 0; k < i; ++k)
            if (policy.rules[i].topic == policy.rules[k].topic &&
                policy.rules[i].priority == policy.rules[k].priority)
                out.add(errc::duplicate_code, at_pointer(json_pointer("rules", i)),
                        detail::cat("rules ", std::to_string(k), " and ", std::to_string(i),
                                    " are for the same topic and priority"));
    for (std::size_t i = 0; i < policy.escalation.size(); ++i) {
        auto const& step = policy.escalation[i];
        if (step.label_id.empty())
            out.add(errc::empty_value, at_pointer(json_pointer("escalation", i, "label_id")),
                    "an escalation step needs a label");
        if (step.agency && cx.registry && !cx.registry->find(*step.agency))
            out.add(errc::unknown_code, at_pointer(json_pointer("escalation", i, "agency")),
                    detail::cat("no agency '", step.agency->to_string(), "'"));
    }
    return out;
}

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
    bool const resolve = cx.registry != nullptr;
    report out;
    auto const at = [](std::string pointer) { return at_pointer(std::move(pointer)); };
    if (c.id.empty()) out.add(errc::empty_value, at("/id"), "a cluster needs an id");
    if (c.name.empty()) out.add(errc::empty_value, at("/name"), "a cluster needs a name");
    if (c.focus && resolve && !reg.find(*c.focus))
        out.add(errc::unknown_code, at("/focus"),
                detail::cat("no category '", c.focus->to_string(), "'"));

    basic_agency<P> const* lead = nullptr;
    if (c.lead_agency.empty())
        out.add(errc::empty_value, at("/lead_agency"), "a cluster needs a lead agency");
    else if (resolve && !(lead = reg.find(c.lead_agency).get()))
        out.add(errc::unknown_code, at("/lead_agency"),
                detail::cat("no agency '", c.lead_agency.to_string(), "'"));
    for (std::size_t i = 0; i < c.partners.size(); ++i)
        if (resolve && !reg.find(c.partners[i]))
            out.add(errc::unknown_code, at(json_pointer("partners", i)),
                    detail::cat("no agency '", c.partners[i].to_string(), "'"));

    if (c.locus.regions.empty())
        out.add(errc::empty_value, at("/locus/regions"),
                "a cluster's locus has at least one region");
    for (std::size_t i = 0; i < c.locus.regions.size(); ++i) {
        auto const& r = c.locus.regions[i];
        std::string const p = json_pointer("locus", "regions", i);
        if (cx.regions && !cx.regions->find(r))
            out.add(errc::unknown_code, at(p),
                    detail::cat(r.to_string(), " is not in the gazetteer"));
        if (lead && !lead->covers(r))
            out.add(errc::outside_jurisdiction, at(p),
                    detail::cat(r.to_string(), " is outside the jurisdiction of '",
                                lead->id.to_string(), "' (", lead->jurisdiction->to_string(), ")"));
    }

    std::map<std::string, std::size_t> by_category;
    for (std::size_t i = 0; i < c.members.size(); ++i) {
        std::string const p = json_pointer("members", i);
        if (!resolve) continue;
        auto const e = reg.find(c.members[i]);
        if (!e) {
            out.add(errc::unknown_code, at(p),
                    detail::cat("no enterprise '", c.members[i].to_string(), "'"));
            continue;
        }
        bool repeated = false;
        for (std::size_t j = 0; j < i; ++j)
            if (c.members[j] == c.members[i]) repeated = true;
        if (repeated) {
            out.add(errc::duplicate_code, at(p),
                    detail::cat("'", c.members[i].to_string(), "' is listed twice"));
            continue;
        }
        if (e->village && !c.locus.regions.empty() && !c.locus.contains(*e->village))
            out.add(errc::outside_locus, at(p),
                    detail::cat("'", e->id.to_string(), "' is in ", e->village->to_string(),
                                ", outside the locus"));
        if (e->category) ++by_category[e->category->to_string()];
    }

    // Phases go forward through the cluster's phase model; a final phase ends the history.
    auto const model = reg.find_phase_model(c.phase_set);
    if (!model)
        out.add(errc::unknown_code, at("/phase_set"),
                detail::cat("no phase model '", c.phase_set, "'"));
    int last_rank = -1;
    bool ended = false;
    for (std::size_t i = 0; i < c.phases.size(); ++i) {
        std::string const p = json_pointer("phases", i);
        auto const& ph = c.phases[i];
        if (i > 0 && ph.since < c.phases[i - 1].since) {
            // An entry out of place is one error, not a second one for the phase it names.
            out.add(errc::out_of_order, at(p + "/since"),
                    detail::cat(ph.since.to_string(), " is before the previous phase (",
                                c.phases[i - 1].since.to_string(), ")"));
            continue;
        }
        if (!model) continue;
        if (ended) {
            out.add(errc::out_of_order, at(p + "/phase"),
                    detail::cat("'", ph.phase, "' after the cluster ended"));
            continue;
        }
        if (model->is_final(ph.phase)) {
            ended = true;
            continue;
        }
        int const rank = model->rank(ph.phase);
        if (rank < 0)
            out.add(errc::invalid_value, at(p + "/phase"),
                    detail::cat("'", ph.phase, "' is not a phase of '", model->id, "'"));
        else if (rank < last_rank)
            out.add(errc::out_of_order, at(p + "/phase"),
                    detail::cat("'", ph.phase, "' goes back from '",
                                model->phases[static_cast<std::size_t>(last_rank)], "'"));
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
                    detail::cat(ev.date.to_string(), " is before the launch (", launch->to_string(),
                                ")"));
        if (ev.venue && cx.regions && !cx.regions->find(*ev.venue))
            out.add(errc::unknown_code, at(p + "/venue"),
                    detail::cat(ev.venue->to_string(), " is not in the gazetteer"));
        for (std::size_t j = 0; j < ev.stands.size(); ++j) {
            auto const& s = ev.stands[j];
            std::string const q = p + json_pointer("stands", j);
            if (resolve && !reg.find(s.category))
                out.add(errc::unknown_code, at(q + "/category"),
                        detail::cat("no category '", s.category.to_string(), "'"));
            if (s.count < 0)
                out.add(errc::out_of_range, at(q + "/count"), "a stand count cannot be negative");
            if (s.capacity && *s.capacity < 0)
                out.add(errc::out_of_range, at(q + "/capacity"), "a capacity cannot be negative");
            else if (s.capacity && s.count > *s.capacity)
                out.add(errc::over_capacity, at(q + "/count"),
                        detail::cat(std::to_string(s.count), " stands for a capacity of ",
                                    std::to_string(*s.capacity)));
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
                detail::cat("PP 29/2018: a sentra has at least ",
                            std::to_string(sentra_minimum_members),
                            " units making similar products; the largest group here",
                            largest ? " ('" + largest_category + "')" : std::string(), " has ",
                            std::to_string(largest)),
                severity::warning);
    return out;
}


// Every problem of a case, each with its pointer: no id, a log that does not replay, and,
// given a registry, a cluster, enterprise or agency it does not know.
template <class Topic, class P>
report validate(basic_case<Topic> const& c, basic_validation_context<P> const& cx)
{
    report out;
    if (c.id.empty()) out.add(errc::empty_value, at_pointer("/id"), "a case needs an id");
    if (auto s = replay(c); !s) out.add(s.error());
    if (c.location && c.location->position) {
        auto const& p = *c.location->position;
        if (!(p.lat >= -90 && p.lat <= 90))
            out.add(errc::out_of_range, at_pointer("/location/position/lat"),
                    "a latitude is -90 to 90");
        if (!(p.lon >= -180 && p.lon <= 180))
            out.add(errc::out_of_range, at_pointer("/location/position/lon"),
                    "a longitude is -180 to 180");
    }
    auto const* reg = cx.registry;
    if (!reg) return out;
    if (c.cluster && !reg->find(*c.cluster))
        out.add(errc::unknown_code, at_pointer("/cluster"),
                detail::cat("no cluster '", c.cluster->to_string(), "'"));
    for (std::size_t k = 0; k < c.raised_by.size(); ++k)
        if (!reg->find(c.raised_by[k]))
            out.add(errc::unknown_code, at_pointer(json_pointer("raised_by", k)),
                    detail::cat("no enterprise '", c.raised_by[k].to_string(), "'"));
    for (std::size_t k = 0; k < c.log.size(); ++k)
        if (c.log[k].agency && !reg->find(*c.log[k].agency))
            out.add(errc::unknown_code, at_pointer(json_pointer("log", k, "agency")),
                    detail::cat("no agency '", c.log[k].agency->to_string(), "'"));
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
                    detail::cat("case '", c.id.to_string(), "' appears twice"));
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
// document is its own registry: `cx.registry` is not used.
template <class P>
report validate(basic_document<P> const& d,
                std::type_identity_t<basic_validation_context<P>> const& cx = {})
{
    report out;
    if (d.format != document_format_name)
        out.add(errc::invalid_value, at_pointer("/format"),
                detail::cat("a sentra document has \"format\": \"", document_format_name,
                            "\", not ", quote_input(d.format)));
    if (d.format_version < 1 || d.format_version > document_format_version)
        out.add(errc::out_of_range, at_pointer("/format_version"),
                detail::cat("format version ", std::to_string(d.format_version),
                            " is not one this sentra reads (1 to ",
                            std::to_string(document_format_version), ")"));
    using scheme = typename P::scheme_type;
    using classification = typename P::classification_type;
    if (d.region_scheme != scheme::name)
        out.add(errc::invalid_value, at_pointer("/region_scheme"),
                detail::cat("documents use the ", scheme::name, " scheme, not ",
                            quote_input(d.region_scheme)));
    if (d.region_edition) {
        bool known = true; // the editions sentra ships are Kemendagri's
        if constexpr (detail::is_indonesian<P>) known = find_kemendagri_edition(*d.region_edition);
        if (!known) {
            out.add(errc::invalid_value, at_pointer("/region_edition"),
                    detail::cat(quote_input(*d.region_edition),
                                " is not a region edition sentra knows (",
                                kemendagri_edition_names(), ")"));
        } else if (cx.regions && !cx.regions->edition().empty() &&
                   cx.regions->edition() != *d.region_edition) {
            out.add(errc::invalid_value, at_pointer("/region_edition"),
                    detail::cat("the codes follow the ", *d.region_edition,
                                " edition but are checked against the ",
                                std::string(cx.regions->edition()), " edition"));
        }
    }
    if (d.classification != classification::name)
        out.add(errc::invalid_value, at_pointer("/classification"),
                detail::cat("documents use ", classification::name, ", not ",
                            quote_input(d.classification)));

    auto reg = make_registry(d);
    if (!reg) {
        out.merge(reg.error());
        return out; // references cannot be resolved while ids are ambiguous
    }
    basic_validation_context<P> const within{cx.regions, cx.catalog, &*reg, cx.today};
    for (std::size_t i = 0; i < d.enterprises.size(); ++i)
        out.merge_under(json_pointer("enterprises", i), validate(d.enterprises[i], within));
    if (cx.catalog)
        for (std::size_t i = 0; i < d.categories.size(); ++i)
            out.merge_under(json_pointer("categories", i), validate(d.categories[i], within));
    for (std::size_t i = 0; i < d.agencies.size(); ++i)
        if (d.agencies[i].jurisdiction && cx.regions &&
            !cx.regions->find(*d.agencies[i].jurisdiction))
            out.add(errc::unknown_code, at_pointer(json_pointer("agencies", i, "jurisdiction")),
                    detail::cat(d.agencies[i].jurisdiction->to_string(), " is not in the gazetteer"));
    for (std::size_t i = 0; i < d.clusters.size(); ++i)
        out.merge_under(json_pointer("clusters", i), validate(d.clusters[i], within));
    if (d.routing) out.merge_under("/routing", validate(*d.routing, within));
    if (d.deadlines) out.merge_under("/deadlines", validate(*d.deadlines, within));
    if (!d.cases.empty() || d.deadlines)
        if (auto z = programme_time_zone(d); !z) out.add(z.error());
    out.merge_under("/cases", validate(d.cases, within));
    // An escalation names a step of the programme's chain.
    if (d.deadlines && !d.deadlines->escalation.empty())
        for (std::size_t i = 0; i < d.cases.size(); ++i)
            for (std::size_t k = 0; k < d.cases[i].log.size(); ++k) {
                auto const& e = d.cases[i].log[k];
                if (e.action == case_action::escalate && e.level &&
                    (*e.level == 0 || *e.level > d.deadlines->escalation.size()))
                    out.add(errc::out_of_range,
                            at_pointer(json_pointer("cases", i, "log", k, "level")),
                            detail::cat("the escalation chain has steps 1 to ",
                                        std::to_string(d.deadlines->escalation.size())));
            }
    return out;
}

} // namespace sentra

// The default profile's checks, compiled once in the sentra::compiled library
// (sentra/detail/config.hpp).
#if defined(SENTRA_SEPARATE_COMPILATION)
namespace sentra {
SENTRA_EXTERN template report validate<indonesia>(basic_enterprise<indonesia> const&,
                                                  basic_validation_context<indonesia> const&);
SENTRA_EXTERN template report validate<indonesia>(basic_programme_category<indonesia> const&,
                                                  basic_validation_context<indonesia> const&);
SENTRA_EXTERN template report validate<indonesia>(basic_routing_table<indonesia> const&,
                                                  basic_validation_context<indonesia> const&);
SENTRA_EXTERN template report
validate<case_topic, indonesia>(basic_deadline_policy<case_topic> const&,
                                basic_validation_context<indonesia> const&);
SENTRA_EXTERN template report validate<indonesia>(basic_cluster<indonesia> const&,
                                                  basic_validation_context<indonesia> const&);
SENTRA_EXTERN template report validate<case_topic, indonesia>(
    basic_case<case_topic> const&, basic_validation_context<indonesia> const&);
SENTRA_EXTERN template report validate<case_topic, indonesia>(
    std::vector<basic_case<case_topic>> const&, basic_validation_context<indonesia> const&);
SENTRA_EXTERN template report validate<indonesia>(basic_document<indonesia> const&,
                                                  basic_validation_context<indonesia> const&);
} // namespace sentra
#endif

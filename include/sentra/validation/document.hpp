// sentra/validation/document.hpp — validate for a whole programme document: each part
// checked against the document itself as its registry, every problem under the part's
// pointer (sentra/validation.hpp has the convention).
#pragma once

#include <sentra/detail/config.hpp>
#include <sentra/data_version.hpp>
#include <sentra/business/edition_diff.hpp>
#include <sentra/document.hpp>
#include <sentra/error.hpp>
#include <sentra/validation/cluster.hpp>
#include <sentra/validation/context.hpp>
#include <sentra/validation/coordination.hpp>
#include <sentra/validation/enterprise.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace sentra {

// document is its own registry: `cx.registry` is not used.
template <class P>
report validate(basic_document<P> const& d,
                std::type_identity_t<basic_validation_context<P>> const& cx = {})
{
    report out;
    if (d.format != document_format_name)
        out.add(errc::invalid_value, at_pointer("/format"),
                "document.format",
                {{"format", std::string(document_format_name)}, {"input", quote_input(d.format)}});
    if (d.format_version < 1 || d.format_version > document_format_version)
        out.add(errc::out_of_range, at_pointer("/format_version"),
                "document.format_version",
                {{"version", d.format_version}, {"latest", document_format_version}});
    using scheme = typename P::scheme_type;
    using classification = typename P::classification_type;
    if (d.region_scheme != scheme::name)
        out.add(errc::invalid_value, at_pointer("/region_scheme"),
                "document.region_scheme",
                {{"scheme", std::string(scheme::name)}, {"input", quote_input(d.region_scheme)}});
    if (d.region_edition) {
        bool known = true; // the editions sentra ships are Kemendagri's
        if constexpr (detail::is_indonesian<P>) known = find_kemendagri_edition(*d.region_edition);
        if (!known) {
            out.add(errc::invalid_value, at_pointer("/region_edition"),
                    "document.unknown_edition",
                    {{"input", quote_input(*d.region_edition)},
                     {"known", std::string(kemendagri_edition_names())}});
        } else if (cx.regions && !cx.regions->edition().empty() &&
                   cx.regions->edition() != *d.region_edition) {
            out.add(errc::invalid_value, at_pointer("/region_edition"),
                    "document.edition_mismatch",
                    {{"edition", *d.region_edition},
                     {"checked", std::string(cx.regions->edition())}});
        }
    }
    if (d.classification != classification::name)
        out.add(errc::invalid_value, at_pointer("/classification"),
                "document.classification",
                {{"classification", std::string(classification::name)},
                 {"input", quote_input(d.classification)}});

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
                    "region.not_in_gazetteer", {{"code", d.agencies[i].jurisdiction->to_string()}});
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
                            "document.escalation_step",
                            {{"last", d.deadlines->escalation.size()}});
            }
    return out;
}

namespace detail {
template <class C>
std::string edition_title()
{
    auto const* r = find_classification_release(C::name);
    return std::string(r ? r->title : C::name);
}

// The warning for `code` (of the edition `Mine`) when its title is likely another meaning in
// the other edition of `changes`.
template <class Mine, class From, class To>
void warn_other_meaning(any_industry_code<Mine> const& code,
                        edition_diff<From, To> const& changes, std::string pointer, report& out)
{
    static_assert(std::is_same_v<Mine, From> || std::is_same_v<Mine, To>,
                  "the diff compares the code's own edition with another");
    auto const* c = changes.changed(code);
    if (c == nullptr || !c->likely_other_meaning) return;
    bool const before = std::is_same_v<Mine, From>;
    std::string const mine = before ? edition_title<From>() : edition_title<To>();
    std::string const other = before ? edition_title<To>() : edition_title<From>();
    out.add(errc::invalid_value, at_pointer(std::move(pointer)), "edition.other_meaning",
            {{"code", code.to_string()},
             {"title", before ? c->title_before : c->title_after},
             {"edition", mine},
             {"other_title", before ? c->title_after : c->title_before},
             {"other", other}},
            severity::warning);
}
} // namespace detail

// Warnings for an enterprise's codes that likely mean something else in the other edition of
// `changes` (56101: "Restoran" in KBLI 2020, "... di bangunan tetap" in KBLI 2025): a record
// classified in one edition but filed as the other is valid in both and wrong in one.
template <class P, class From, class To>
report check_other_meanings(basic_enterprise<P> const& e, edition_diff<From, To> const& changes)
{
    report out;
    for (std::size_t j = 0; j < e.kbli.size(); ++j)
        detail::warn_other_meaning(
            any_industry_code<typename P::classification_type>(e.kbli[j]), changes,
            json_pointer("kbli", j), out);
    return out;
}

// The same for every enterprise of a document. A programme's categories are not warned
// of: they are chosen once, with their labels, from the edition's titles (the common ones
// of sentra/programme_start.hpp among them); the records imported into it are where codes
// of the other edition turn up.
template <class P, class From, class To>
report check_other_meanings(basic_document<P> const& d, edition_diff<From, To> const& changes)
{
    report out;
    for (std::size_t i = 0; i < d.enterprises.size(); ++i)
        out.merge_under(json_pointer("enterprises", i), check_other_meanings(d.enterprises[i], changes));
    return out;
}

} // namespace sentra

// Compiled once in the sentra::compiled library (sentra/detail/config.hpp).
#if defined(SENTRA_SEPARATE_COMPILATION)
namespace sentra {
SENTRA_EXTERN template report validate<indonesia>(basic_document<indonesia> const&,
                                                  basic_validation_context<indonesia> const&);
} // namespace sentra
#endif

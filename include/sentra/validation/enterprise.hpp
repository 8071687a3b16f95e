// sentra/validation/enterprise.hpp — validate for an enterprise (its codes, region, figures,
// dates and references) and for a programme's own category (sentra/validation.hpp has the
// convention).
#pragma once

#include <sentra/detail/config.hpp>
#include <sentra/business/catalog.hpp>
#include <sentra/business/category.hpp>
#include <sentra/date.hpp>
#include <sentra/enterprise.hpp>
#include <sentra/error.hpp>
#include <sentra/region/gazetteer.hpp>
#include <sentra/validation/context.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace sentra {

// Every problem of an enterprise, each with its JSON Pointer. Personal data is checked
// but never quoted.
template <class P>
report validate(basic_enterprise<P> const& e,
                std::type_identity_t<basic_validation_context<P>> const& cx = {})
{
    report out;
    auto const at = [](std::string pointer) { return at_pointer(std::move(pointer)); };
    if (e.id.empty()) out.add(errc::empty_value, at("/id"), "enterprise.needs_id");
    if (e.name.empty()) out.add(errc::empty_value, at("/name"), "enterprise.needs_name");
    if (e.village && e.village->empty())
        out.add(errc::empty_value, at("/village"), "code.empty");
    else if (e.village && cx.regions && !cx.regions->find(*e.village))
        out.add(errc::unknown_code, at("/village"),
                "region.not_in_gazetteer", {{"code", e.village->to_string()}});
    // A members list often gives only the kind of business ("Kuliner"): with a programme
    // category that says what it makes, a missing code is a warning until the NIB gives it.
    if (e.kbli.empty() && e.category)
        out.add(errc::empty_value, at("/kbli"), "enterprise.kbli_by_category",
                {{"category", e.category->to_string()}}, severity::warning);
    else if (e.kbli.empty())
        out.add(errc::empty_value, at("/kbli"), "enterprise.needs_kbli");
    basic_programme_category<P> const* category = nullptr;
    if (e.category && detail::knows_categories(cx)) {
        category = cx.registry->find(*e.category).get();
        if (!category)
            out.add(errc::unknown_code, at("/category"),
                    "ref.no_category", {{"id", e.category->to_string()}});
    }
    for (std::size_t i = 0; i < e.kbli.size(); ++i) {
        // Pointers are built only for a problem: most records have none.
        auto const p = [i] { return json_pointer("kbli", i); };
        if (e.kbli[i].empty()) {
            out.add(errc::empty_value, at(p()), "industry.empty_code");
            continue;
        }
        if (cx.catalog && !cx.catalog->find(e.kbli[i])) {
            // One mistake, one error: a code refused here is not also "not under the category".
            out.add(errc::unknown_code, at(p()),
                    "industry.not_in_classification",
                    {{"code", e.kbli[i].to_string()},
                     {"classification", std::string(P::classification_type::name)}});
            continue;
        }
        for (std::size_t j = 0; j < i; ++j)
            if (e.kbli[j] == e.kbli[i])
                out.add(errc::duplicate_code, at(p()),
                        "enterprise.kbli_twice", {{"code", e.kbli[i].to_string()}});
        if (category && !category->covers(e.kbli[i]))
            out.add(errc::invalid_value, at(p()),
                    "enterprise.kbli_outside_category",
                    {{"code", e.kbli[i].to_string()}, {"category", category->id.to_string()}});
    }
    // Figures: no negative amount, and a year that has begun (by `today`) and is not before
    // 1900.
    auto check_year = [&](auto const& f, std::string_view name) {
        if (!f || !f->year) return;
        int const latest = cx.today ? static_cast<int>(cx.today->ymd().year()) : 9999;
        if (*f->year < 1900 || *f->year > latest)
            out.add(errc::out_of_range, at(detail::cat("/", name, "/year")),
                    cx.today ? message_id("enterprise.figure_year")
                             : message_id("enterprise.figure_year_today"),
                    {{"year", std::to_string(*f->year)}, {"latest", std::to_string(latest)}});
    };
    auto check_amount = [&](std::optional<figure<rupiah>> const& f, std::string_view name) {
        if (f && f->value.value() < 0)
            out.add(errc::out_of_range,
                    at(detail::cat("/", name, f->year ? "/value" : "")),
                    "size.negative");
        check_year(f, name);
    };
    check_amount(e.capital, "capital");
    check_amount(e.net_assets, "net_assets");
    check_amount(e.annual_sales, "annual_sales");
    check_amount(e.investment, "investment");
    check_year(e.workers, "workers");
    if (e.founded && cx.today && *e.founded > *cx.today)
        out.add(errc::invalid_value, at("/founded"),
                "enterprise.founded_future",
                {{"founded", e.founded->to_string()}, {"today", cx.today->to_string()}});
    for (std::size_t i = 0; i < e.certifications.size(); ++i) {
        auto const& c = e.certifications[i];
        auto const p = [i] { return json_pointer("certifications", i, "number"); };
        if (auto why = certification_number_defect(c); !why.empty()) {
            out.add(errc::malformed_code, at(p()), why);
            continue;
        }
        // P-IRT numbers and NIKs carry Kemendagri codes: checked in Indonesia's profile.
        if constexpr (detail::is_indonesian<P>)
        if (c.kind == certification_kind::pirt && cx.regions) {
            auto const regency = regency_code::try_parse(std::string_view(c.number).substr(3, 4));
            if (!regency || !cx.regions->find(*regency))
                out.add(errc::unknown_code, at(p()),
                        "enterprise.pirt_regency",
                        {{"code", std::string_view(c.number).substr(3, 4)}});
        }
    }
    if constexpr (detail::is_indonesian<P>)
    if (e.owner && e.owner->nik && cx.regions) {
        auto const d = e.owner->nik->district();
        if (!d || !cx.regions->find(*d))
            out.add(errc::unknown_code, at("/owner/nik"),
                    "enterprise.nik_district", {}, severity::warning);
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
    if (c.id.empty()) out.add(errc::empty_value, at("/id"), "category.needs_id");
    if (c.label_id.empty())
        out.add(errc::empty_value, at("/label_id"), "category.needs_label");
    if (c.codes.empty())
        out.add(errc::empty_value, at("/codes"), "category.needs_codes");
    for (std::size_t i = 0; i < c.codes.size(); ++i) {
        std::string const pointer = json_pointer("codes", i);
        if (c.codes[i].empty()) {
            out.add(errc::empty_value, at(pointer), "industry.empty_code");
            continue;
        }
        if (cx.catalog && !cx.catalog->find(c.codes[i]))
            out.add(errc::unknown_code, at(pointer),
                    "industry.not_in_classification",
                    {{"code", c.codes[i].to_string()},
                     {"classification", std::string(P::classification_type::name)}});
        for (std::size_t j = 0; j < i; ++j)
            if (c.codes[j] == c.codes[i])
                out.add(errc::duplicate_code, at(pointer),
                        "category.code_twice", {{"code", c.codes[i].to_string()}, {"other", j}});
    }
    return out;
}

} // namespace sentra

// Compiled once in the sentra::compiled library (sentra/detail/config.hpp).
#if defined(SENTRA_SEPARATE_COMPILATION)
namespace sentra {
SENTRA_EXTERN template report validate<indonesia>(basic_enterprise<indonesia> const&,
                                                  basic_validation_context<indonesia> const&);
SENTRA_EXTERN template report validate<indonesia>(basic_programme_category<indonesia> const&,
                                                  basic_validation_context<indonesia> const&);
} // namespace sentra
#endif

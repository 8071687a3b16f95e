// sentra/business/category.hpp — a programme's own everyday business categories
// (konveksi, fashion, kuliner, kerajinan) mapped onto KBLI codes.
//
// A category has a stable id, labels in Indonesian and English, and the KBLI codes it
// covers; a code of any level covers everything below it, so "561" stands for 561xx and
// "32" for 32xxx. The mapping is the programme's, not an official one.
#pragma once

#include <sentra/business/catalog.hpp>
#include <sentra/business/industry_code.hpp>
#include <sentra/error.hpp>
#include <sentra/id.hpp>
#include <sentra/lang.hpp>

#include <boost/describe/class.hpp>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

namespace sentra {

struct category_tag;
using category_id = basic_id<category_tag>;

struct programme_category {
    category_id id;
    std::string label_id; // "Konveksi"
    std::string label_en; // "Garment making"
    std::vector<kbli_code> codes;

    std::string_view label(lang language = lang::id) const noexcept
    {
        return language == lang::en && !label_en.empty() ? label_en : label_id;
    }

    // Whether `code` falls under one of the category's codes.
    bool covers(kbli_code const& code) const noexcept
    {
        return std::any_of(codes.begin(), codes.end(),
                           [&](kbli_code const& c) { return code.within(c); });
    }
    template <std::size_t L>
    bool covers(industry_code<kbli2020, L> const& code) const noexcept
    {
        return covers(kbli_code(code));
    }

    friend bool operator==(programme_category const&, programme_category const&) = default;
};
BOOST_DESCRIBE_STRUCT(programme_category, (), (id, label_id, label_en, codes))

// Every problem of a category, each with its JSON Pointer: an empty id or label, no
// codes, a code the catalog does not have, a code given twice.
inline report validate(programme_category const& c, kbli_catalog const& catalog)
{
    report out;
    auto const at = [](std::string pointer) { return at_pointer(std::move(pointer)); };
    if (c.id.empty()) out.add(errc::empty_value, at("/id"), "a category needs an id");
    if (c.label_id.empty())
        out.add(errc::empty_value, at("/label_id"), "a category needs an Indonesian label");
    if (c.codes.empty())
        out.add(errc::empty_value, at("/codes"), "a category covers at least one KBLI code");
    for (std::size_t i = 0; i < c.codes.size(); ++i) {
        std::string const pointer = "/codes/" + std::to_string(i);
        if (c.codes[i].empty()) {
            out.add(errc::empty_value, at(pointer), "empty KBLI code");
            continue;
        }
        if (!catalog.find(c.codes[i]))
            out.add(errc::unknown_code, at(pointer),
                    detail::cat(c.codes[i].to_string(), " is not in kbli2020"));
        for (std::size_t j = 0; j < i; ++j)
            if (c.codes[j] == c.codes[i])
                out.add(errc::duplicate_code, at(pointer),
                        detail::cat(c.codes[i].to_string(), " is listed twice (also /codes/",
                                    std::to_string(j), ")"));
    }
    return out;
}

} // namespace sentra

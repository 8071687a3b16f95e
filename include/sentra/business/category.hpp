// sentra/business/category.hpp — a programme's own everyday business categories
// (konveksi, fashion, kuliner, kerajinan) mapped onto KBLI codes.
//
// A category has a stable id, labels in Indonesian and English, and the KBLI codes it
// covers; a code of any level covers everything below it, so "561" stands for 561xx and
// "32" for 32xxx. The mapping is the programme's, not an official one.
#pragma once

#include <sentra/business/industry_code.hpp>
#include <sentra/error.hpp>
#include <sentra/fwd.hpp>
#include <sentra/id.hpp>
#include <sentra/lang.hpp>

#include <boost/describe/class.hpp>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

namespace sentra {


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

} // namespace sentra

// sentra/business/category.hpp — a programme's own everyday business categories
// (konveksi, fashion, kuliner, kerajinan) mapped onto KBLI codes.
//
// A category has a stable id, labels in Indonesian and English, and the KBLI codes it
// covers; a code of any level covers everything below it, so "561" stands for 561xx and
// "32" for 32xxx. The mapping is the programme's, not an official one.
#pragma once

#include <sentra/business/industry_code.hpp>
#include <sentra/error.hpp>
#include <sentra/business/fwd.hpp>
#include <sentra/fwd.hpp>
#include <sentra/id.hpp>
#include <sentra/lang.hpp>

#include <boost/describe/class.hpp>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

namespace sentra {


// A programme's own category (konveksi, kuliner, ...) as the industry codes it covers.
template <class P>
struct basic_programme_category {
    using classification_type = typename P::classification_type;
    using code_type = any_industry_code<classification_type>;

    category_id id;
    std::string label_id; // "Konveksi"
    std::string label_en; // "Garment making"
    std::vector<code_type> codes;

    std::string_view label(lang language = lang::id) const noexcept
    {
        return language == lang::en && !label_en.empty() ? label_en : label_id;
    }

    // Whether `code` falls under one of the category's codes.
    bool covers(code_type const& code) const noexcept
    {
        return std::any_of(codes.begin(), codes.end(),
                           [&](code_type const& c) { return code.within(c); });
    }
    template <std::size_t L>
    bool covers(industry_code<classification_type, L> const& code) const noexcept
    {
        return covers(code_type(code));
    }

    friend bool operator==(basic_programme_category const&, basic_programme_category const&) = default;
    BOOST_DESCRIBE_CLASS(basic_programme_category, (), (id, label_id, label_en, codes), (), ())
};

} // namespace sentra

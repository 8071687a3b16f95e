// sentra/business/detail/industry_code_parse.hpp — parsing and formatting of industry codes, shared
// by the code types and the catalog reader.
#pragma once

#include <sentra/business/industry_scheme.hpp>
#include <sentra/detail/defect_messages.hpp>
#include <sentra/error.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace sentra {

namespace detail {

struct industry_parse {
    std::uint32_t value = 0; // section: 0-25 (A-Z); else the digits as a number
    std::size_t level = 0;
    std::string_view defect;
    std::size_t offset = 0;
};

template <classification_scheme C>
constexpr industry_parse parse_industry_code(std::string_view text) noexcept
{
    industry_parse out;
    if (text.empty()) {
        out.defect = "empty code";
        return out;
    }
    if (text.size() == 1 && text[0] >= 'A' && text[0] <= 'Z') {
        if (text[0] > last_section<C>()) {
            out.defect = section_defect<C>();
            return out;
        }
        out.value = static_cast<std::uint32_t>(text[0] - 'A');
        out.level = 0;
        return out;
    }
    if (text.size() < 2 || text.size() > C::levels) {
        out.defect = text.size() < 2 ? "a code is a section letter or 2 or more digits"
                                     : "too many digits for this classification";
        out.offset = text.size() < 2 ? 0 : C::levels;
        return out;
    }
    std::uint32_t v = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] < '0' || text[i] > '9') {
            out.defect = "only digits are allowed after the section";
            out.offset = i;
            return out;
        }
        v = v * 10 + static_cast<std::uint32_t>(text[i] - '0');
    }
    std::uint32_t const division = (static_cast<std::uint32_t>(text[0] - '0')) * 10 +
                                   static_cast<std::uint32_t>(text[1] - '0');
    if (section_of_division<C>(division) == 0) {
        out.defect = division_defect<C>();
        return out;
    }
    out.value = v;
    out.level = text.size() - 1;
    return out;
}

inline error industry_parse_error(std::string_view text, industry_parse const& p)
{
    return defect_error(errc::malformed_code, text, p.defect, p.offset);
}

// "C" for a section (value 2), else the digits with their leading zeros.
inline std::string format_industry(std::uint32_t value, std::size_t level)
{
    if (level == 0) return std::string(1, static_cast<char>('A' + value));
    std::string s(level + 1, '0');
    for (std::size_t i = s.size(); i-- > 0;) {
        s[i] = static_cast<char>('0' + value % 10);
        value /= 10;
    }
    return s;
}

struct industry_code_access;

} // namespace detail

} // namespace sentra

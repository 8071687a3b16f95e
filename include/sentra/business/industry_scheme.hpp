// sentra/business/industry_scheme.hpp — what an industry classification is (its levels and
// their names), and the three sentra ships: KBLI 2025, KBLI 2020 and ISIC Rev.4. Industry codes
// (sentra/business/industry_code.hpp) and catalogs are templates over it, as region codes
// are over a region scheme (sentra/region/scheme.hpp).
//
//   level      KBLI term        ISIC term   form     example
//   section    kategori         section     A–U/V    C
//   division   golongan pokok   division    2 digits 14
//   group      golongan         group       3 digits 141
//   class      subgolongan      class       4 digits 1411
//   subclass   kelompok         —           5 digits 14111   (KBLI only)
//
// Digits are kept as written: 01111 is not 1111. A division's section follows from the
// division number by the ranges of the classification's ISIC revision: KBLI 2020 and ISIC
// Rev.4 share Rev.4's (A 01–03 ... U 99; 04, 34, 40, 44, 48, 54, 57, 67, 76, 83 and 89 are
// no division), KBLI 2025 has Rev.5's (A 01–03 ... G 46–47 ... V 99; 45 is gone too).
// A scheme says which with `section_of_division` (the Rev.4 ranges when it has none).
#pragma once

#include <sentra/lang.hpp>

#include <array>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace sentra {

namespace detail {

// A section and the divisions it holds, first to last.
struct division_range {
    char section;
    int first;
    int last;
};

// The section letter of each division number (0 = not a division).
template <std::size_t N>
constexpr std::array<char, 100> section_table(division_range const (&ranges)[N])
{
    std::array<char, 100> t{};
    for (auto const& r : ranges)
        for (int d = r.first; d <= r.last; ++d) t[static_cast<std::size_t>(d)] = r.section;
    return t;
}

// ISIC Rev.4's ranges (KBLI 2020's), 21 sections A–U.
inline constexpr division_range isic4_division_ranges[] = {
    {'A', 1, 3},   {'B', 5, 9},   {'C', 10, 33}, {'D', 35, 35}, {'E', 36, 39}, {'F', 41, 43},
    {'G', 45, 47}, {'H', 49, 53}, {'I', 55, 56}, {'J', 58, 63}, {'K', 64, 66}, {'L', 68, 68},
    {'M', 69, 75}, {'N', 77, 82}, {'O', 84, 84}, {'P', 85, 85}, {'Q', 86, 88}, {'R', 90, 93},
    {'S', 94, 96}, {'T', 97, 98}, {'U', 99, 99}};
// ISIC Rev.5's (KBLI 2025's): the same divisions but 45, in 22 sections A–V.
inline constexpr division_range isic5_division_ranges[] = {
    {'A', 1, 3},   {'B', 5, 9},   {'C', 10, 33}, {'D', 35, 35}, {'E', 36, 39}, {'F', 41, 43},
    {'G', 46, 47}, {'H', 49, 53}, {'I', 55, 56}, {'J', 58, 60}, {'K', 61, 63}, {'L', 64, 66},
    {'M', 68, 68}, {'N', 69, 75}, {'O', 77, 82}, {'P', 84, 84}, {'Q', 85, 85}, {'R', 86, 88},
    {'S', 90, 93}, {'T', 94, 96}, {'U', 97, 98}, {'V', 99, 99}};

inline constexpr std::array<char, 100> isic_section_of_division = section_table(isic4_division_ranges);
inline constexpr std::array<char, 100> isic5_section_of_division = section_table(isic5_division_ranges);

// The section letter of a division number under scheme C (0: not a division).
template <class C>
constexpr char section_of_division(std::uint32_t division) noexcept
{
    if (division >= 100) return 0;
    if constexpr (requires { C::section_of_division(division); })
        return C::section_of_division(division);
    else
        return isic_section_of_division[division];
}

// The last section letter of scheme C ('U' unless it says otherwise).
template <class C>
constexpr char last_section() noexcept
{
    if constexpr (requires { C::last_section; })
        return C::last_section;
    else
        return 'U';
}

// What the parser says of a letter after the last section, and of a number that is no
// division (English keys: sentra/detail/defect_messages.hpp gives their messages).
template <class C>
constexpr std::string_view section_defect() noexcept
{
    if constexpr (requires { C::section_defect; })
        return C::section_defect;
    else
        return "sections run from A to U";
}
template <class C>
constexpr std::string_view division_defect() noexcept
{
    if constexpr (requires { C::division_defect; })
        return C::division_defect;
    else
        return "no such division (04, 34, 40, 44, 48, 54, 57, 67, 76, 83, 89 and 00 are unused)";
}

} // namespace detail

// A classification is a type with static members: name, levels (section included),
// level_name(level), level_label(level, lang). Levels below the section add one digit
// each after the two of the division.
template <class C>
concept classification_scheme = requires(std::size_t level, lang language)
{
    {
        C::name
        } -> std::convertible_to<std::string_view>;
    {
        C::levels
        } -> std::convertible_to<std::size_t>;
    {
        C::level_name(level)
        } -> std::convertible_to<std::string_view>;
    {
        C::level_label(level, language)
        } -> std::convertible_to<std::string_view>;
}
&&(C::levels >= 2 && C::levels <= 9);

// KBLI 2020 (Peraturan BPS No. 2 Tahun 2020), Indonesia's extension of ISIC Rev.4.
struct kbli2020 {
    static constexpr std::string_view name = "kbli2020";
    static constexpr std::size_t levels = 5;
    // The language of a catalog file's `title` column (KBLI's own are Indonesian).
    static constexpr lang title_language = lang::id;
    // KBLI 2017 subclasses that KBLI 2020 dropped but the OSS licensing system still
    // issues; a catalog accepts them only when asked (catalog_options::accept_legacy_codes).
    static constexpr std::array<std::uint32_t, 3> legacy_codes{61925, 74100, 77301};
    static constexpr std::size_t legacy_level = 4;
    static constexpr bilingual legacy_title{
        "KBLI 2017 code still issued by OSS (not in KBLI 2020)",
        "Kode KBLI 2017 yang masih diterbitkan OSS (tidak ada di KBLI 2020)"};
    static constexpr std::string_view level_name(std::size_t level) noexcept
    {
        constexpr std::array<std::string_view, 5> n{"section", "division", "group", "class",
                                                    "subclass"};
        return level < n.size() ? n[level] : std::string_view("unknown");
    }
    static constexpr std::string_view level_label(std::size_t level, lang language) noexcept
    {
        constexpr bilingual labels[] = {{"section", "kategori"},
                                        {"division", "golongan pokok"},
                                        {"group", "golongan"},
                                        {"class", "subgolongan"},
                                        {"subclass", "kelompok"}};
        return detail::label_at(labels, level, language);
    }
};

// KBLI 2025 (BPS, published 24 December 2025), Indonesia's extension of ISIC Rev.5: the same
// five levels, 22 sections A–V, titles printed in upper case. Codes that KBLI 2020 also has
// may mean something else here (56101 was "Restoran"; see sentra/business/edition_diff.hpp):
// a code is never taken from one edition to the other by its digits alone.
struct kbli2025 {
    static constexpr std::string_view name = "kbli2025";
    static constexpr std::size_t levels = 5;
    static constexpr lang title_language = lang::id;
    // The publication prints titles in upper case; a catalog keeps them so and adds the
    // sentence case people write (catalog_entry::sentence_title).
    static constexpr bool upper_case_titles = true;
    static constexpr char last_section = 'V';
    static constexpr std::string_view section_defect = "sections run from A to V";
    static constexpr std::string_view division_defect =
        "no such division in KBLI 2025 (00, 04, 34, 40, 44, 45, 48, 54, 57, 67, 76, 83 and 89 "
        "are unused)";
    static constexpr char section_of_division(std::uint32_t division) noexcept
    {
        return division < 100 ? detail::isic5_section_of_division[division] : '\0';
    }
    static constexpr std::string_view level_name(std::size_t level) noexcept
    {
        return kbli2020::level_name(level);
    }
    static constexpr std::string_view level_label(std::size_t level, lang language) noexcept
    {
        return kbli2020::level_label(level, language);
    }
};

// ISIC Rev.4 (UN Statistics Division, ST/ESA/STAT/SER.M/4/Rev.4).
struct isic4 {
    static constexpr std::string_view name = "isic4";
    static constexpr std::size_t levels = 4;
    static constexpr lang title_language = lang::en;
    static constexpr std::string_view level_name(std::size_t level) noexcept
    {
        return kbli2020::level_name(level);
    }
    static constexpr std::string_view level_label(std::size_t level, lang language) noexcept
    {
        constexpr bilingual labels[] = {
            {"section", "seksi"}, {"division", "divisi"}, {"group", "grup"}, {"class", "kelas"}};
        return detail::label_at(labels, level, language);
    }
};

} // namespace sentra

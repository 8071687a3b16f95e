// sentra/region/scheme.hpp — what a region code scheme is, and Kemendagri's.
//
// A scheme names its levels and the decimal digits each level adds to a code. Region
// codes (`region_code<Scheme, Level>`) and the gazetteer are templates over it, so other
// countries' schemes (PSGC, FIPS, a BPS scheme) plug in without touching the library:
// see examples/custom_scheme/.
#pragma once

#include <sentra/lang.hpp>

#include <boost/describe/enum.hpp>

#include <array>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <type_traits>

namespace sentra {

// A scheme is a type with static members:
//   name          "kemendagri"
//   levels        number of levels, top first (1 to 8)
//   widths        array of the decimal digits each level adds (total at most 19)
//   separator     the character between parts of the display form, or '\0' for none
//   padded        true if the compact form is always the full width, lower levels zero
//                 (PSGC: 1300000000 is a region), false if it stops at the code's level
//                 (Kemendagri: 3276 is a regency)
//   check_segment(level, value) -> "" when the part is allowed, else why not
//   level_name(level)           -> stable English name ("village")
//   level_label(level, lang)    -> label for people ("desa/kelurahan")
template <class S>
concept region_scheme = requires(std::size_t level, std::uint32_t part, lang language)
{
    {
        S::name
        } -> std::convertible_to<std::string_view>;
    {
        S::levels
        } -> std::convertible_to<std::size_t>;
    {
        S::widths[level]
        } -> std::convertible_to<std::size_t>;
    {
        S::separator
        } -> std::convertible_to<char>;
    {
        S::padded
        } -> std::convertible_to<bool>;
    {
        S::check_segment(level, part)
        } -> std::convertible_to<std::string_view>;
    {
        S::level_name(level)
        } -> std::convertible_to<std::string_view>;
    {
        S::level_label(level, language)
        } -> std::convertible_to<std::string_view>;
}
&&(S::levels >= 1 && S::levels <= 8) && (S::widths[0] >= 1 && S::widths[0] <= 9);

// Optional member of a scheme: `level_type`, an enum of its levels (0 = the top), which
// region views return from level(); a scheme without one has levels numbered by std::size_t.
template <class S>
struct scheme_level {
    using type = std::size_t;
};
template <class S>
    requires requires { typename S::level_type; }
struct scheme_level<S> {
    using type = typename S::level_type;
};
template <class S>
using scheme_level_t = typename scheme_level<S>::type;
// L is the scheme's level enum (a scheme with no enum has none).
template <class S, class L>
concept scheme_level_enum = std::same_as<L, scheme_level_t<S>> && std::is_enum_v<L>;

// Kemendagri's levels: provinsi, kabupaten/kota, kecamatan, desa/kelurahan.
enum class region_level : unsigned char { province, regency, district, village };
BOOST_DESCRIBE_ENUM(region_level, province, regency, district, village)

// Indonesia's Ministry of Home Affairs codes (Permendagri 72/2019 and its updates):
// province PP, regency/city PP.RR, district PP.RR.DD, village PP.RR.DD.VVVV.
struct kemendagri {
    static constexpr std::string_view name = "kemendagri";
    using level_type = region_level;
    static constexpr std::size_t levels = 4;
    static constexpr std::array<std::size_t, 4> widths{2, 2, 2, 4};
    static constexpr char separator = '.';
    static constexpr bool padded = false;

    static constexpr std::string_view check_segment(std::size_t level, std::uint32_t part) noexcept
    {
        if (level < 3) {
            if (part == 0) {
                constexpr std::array<std::string_view, 3> msg{"province part cannot be 00",
                                                              "regency part cannot be 00",
                                                              "district part cannot be 00"};
                return msg[level];
            }
            return {};
        }
        // The first digit of a village part is its kind: 1 kelurahan, 2 desa, 3 desa adat.
        std::uint32_t const kind = part / 1000;
        if (kind < 1 || kind > 3)
            return "village part must start with 1 (kelurahan), 2 (desa) or 3 (desa adat)";
        if (part % 1000 == 0) return "village number cannot be 000";
        return {};
    }

    static constexpr std::string_view level_name(std::size_t level) noexcept
    {
        constexpr std::array<std::string_view, 4> names{"province", "regency", "district",
                                                        "village"};
        return level < names.size() ? names[level] : std::string_view("unknown");
    }

    static constexpr std::string_view level_label(std::size_t level, lang language) noexcept
    {
        constexpr bilingual labels[] = {{"province", "provinsi"},
                                        {"regency/city", "kabupaten/kota"},
                                        {"district", "kecamatan"},
                                        {"village", "desa/kelurahan"}};
        return detail::label_at(labels, level, language);
    }

    // Optional member of a scheme: the file of each level in a gazetteer folder.
    static constexpr std::array<std::string_view, 4> file_names{"provinces.csv", "regencies.csv",
                                                                "districts.csv", "villages.csv"};

    // How regency names in the official list start; name search understands these.
    // Optional member of a scheme: `text` is matched case-insensitively at the start of a
    // name or query; prefixes of one `kind` are the same thing said two ways.
    struct name_prefix {
        std::size_t level;
        std::string_view text;
        std::string_view kind;
    };
    static constexpr std::array<name_prefix, 10> name_prefixes{{
        {1, "kabupaten administrasi ", "kabupaten"},
        {1, "kota administrasi ", "kota"},
        {1, "kab. adm. ", "kabupaten"},
        {1, "kab adm ", "kabupaten"},
        {1, "kota adm. ", "kota"},
        {1, "kota adm ", "kota"},
        {1, "kabupaten ", "kabupaten"},
        {1, "kota ", "kota"},
        {1, "kab. ", "kabupaten"},
        {1, "kab ", "kabupaten"},
    }};

    // Optional member of a scheme: words that name a level in front of a name, in queries
    // only (the official names do not carry them): "Kecamatan Cipayung" is searched among
    // the districts as "Cipayung". Matched case-insensitively at the start of a query.
    struct level_word {
        std::size_t level;
        std::string_view text;
    };
    static constexpr std::array<level_word, 11> query_level_words{{
        {0, "provinsi "},
        {0, "prov. "},
        {0, "prov "},
        {2, "kecamatan "},
        {2, "kec. "},
        {2, "kec "},
        {3, "kelurahan "},
        {3, "kel. "},
        {3, "kel "},
        {3, "desa "},
        {3, "ds. "},
    }};

    // Optional member of a scheme: short forms people write for words of official names
    // (lower case; one word for several). Search reads either form as the long one, in
    // queries and names alike: "DKI Jakarta" is the 2025 list's "Daerah Khusus Ibukota
    // Jakarta", as the 2022 list's "DKI JAKARTA" is.
    struct abbreviation {
        std::string_view short_form;
        std::string_view long_form;
    };
    static constexpr std::array<abbreviation, 7> name_abbreviations{{
        {"dki", "daerah khusus ibukota"},
        {"diy", "daerah istimewa yogyakarta"},
        {"di", "daerah istimewa"},
        {"ntb", "nusa tenggara barat"},
        {"ntt", "nusa tenggara timur"},
        {"kep", "kepulauan"},
        {"adm", "administrasi"},
    }};

    // Optional member of a scheme: what is wrong with the name `text` for a region of `level` whose
    // code's value is `value`, or "". A regency's code says its kind (Permendagri 72/2019's
    // numbering: 01-69 kabupaten, 71-99 kota), and its official name says it again; the two
    // must agree, so "KOTA BOGOR X" coded 32.01 is caught.
    static constexpr std::string_view name_defect(std::size_t level, std::uint64_t value,
                                                  std::string_view text) noexcept
    {
        if (level != 1) return {};
        bool const kota = value % 100 >= 71;
        auto starts = [&](std::string_view prefix) {
            if (text.size() < prefix.size()) return false;
            for (std::size_t i = 0; i < prefix.size(); ++i) {
                char c = text[i];
                if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
                if (c != prefix[i]) return false;
            }
            return true;
        };
        for (auto const& p : name_prefixes)
            if (starts(p.text))
                return (p.kind == "kota") == kota
                           ? std::string_view{}
                           : kota ? "a regency coded 71 to 99 is a kota: its name starts with "
                                    "'Kota', not 'Kabupaten'"
                                  : "a regency coded 01 to 69 is a kabupaten: its name starts "
                                    "with 'Kabupaten', not 'Kota'";
        return kota ? "a regency coded 71 to 99 is a kota: its name starts with 'Kota'"
                    : "a regency coded 01 to 69 is a kabupaten: its name starts with 'Kabupaten'";
    }
};

} // namespace sentra

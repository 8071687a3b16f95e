// sentra/region/kemendagri.hpp — Indonesia's region codes: the Kemendagri scheme's types.
//
//   province_code  provinsi               32
//   regency_code   kabupaten / kota       32.76
//   district_code  kecamatan              32.76.07
//   village_code   desa / kelurahan       32.76.07.1002
#pragma once

#include <sentra/lang.hpp>
#include <sentra/region/code.hpp>
#include <sentra/region/scheme.hpp>

#include <boost/describe/enum.hpp>

#include <string_view>

namespace sentra {

using province_code = region_code<kemendagri, 0>;
using regency_code = region_code<kemendagri, 1>;
using district_code = region_code<kemendagri, 2>;
using village_code = region_code<kemendagri, 3>;
using region_id = any_region_code<kemendagri>;

constexpr region_level level_of(region_id const& code) noexcept
{
    return static_cast<region_level>(code.level());
}

constexpr std::string_view to_label(region_level l, lang language = lang::en) noexcept
{
    return kemendagri::level_label(static_cast<std::size_t>(l), language);
}

// Kabupaten (regency) or kota (city). Kemendagri numbers kota from 71 up and kabupaten
// from 01 up (the official list: kabupaten 01–29, kota 71–79).
enum class regency_kind : unsigned char { kabupaten, kota };
BOOST_DESCRIBE_ENUM(regency_kind, kabupaten, kota)

constexpr regency_kind kind_of(regency_code const& code) noexcept
{
    return code.segment(1) >= 71 ? regency_kind::kota : regency_kind::kabupaten;
}

constexpr std::string_view to_label(regency_kind k, lang language = lang::en) noexcept
{
    constexpr bilingual labels[] = {{"regency", "kabupaten"}, {"city", "kota"}};
    return detail::label_at(labels, k, language);
}

// The first digit of the village part: 1 kelurahan (urban, run by a civil servant), 2 desa
// (rural, with an elected head), 3 desa adat (customary village, in Papua).
enum class village_kind : unsigned char { kelurahan, desa, desa_adat };
BOOST_DESCRIBE_ENUM(village_kind, kelurahan, desa, desa_adat)

constexpr village_kind kind_of(village_code const& code) noexcept
{
    switch (code.segment(3) / 1000) {
    case 1:
        return village_kind::kelurahan;
    case 3:
        return village_kind::desa_adat;
    default:
        return village_kind::desa;
    }
}

constexpr std::string_view to_label(village_kind k, lang language = lang::en) noexcept
{
    constexpr bilingual labels[] = {
        {"urban village", "kelurahan"}, {"rural village", "desa"}, {"customary village", "desa adat"}};
    return detail::label_at(labels, k, language);
}

// The kind of a region of any level as a label: a regency's (kabupaten/kota) or a
// village's (kelurahan/desa/desa adat); "" for the levels that have no kinds.
constexpr std::string_view kind_label(region_id const& code, lang language = lang::en) noexcept
{
    if (auto r = code.as<1>()) return to_label(kind_of(*r), language);
    if (auto v = code.as<3>()) return to_label(kind_of(*v), language);
    return {};
}

namespace detail {
template <class Code>
consteval Code region_literal(char const* text, std::size_t size)
{
    return region_code_access::from_literal<kemendagri, Code::level>(std::string_view(text, size));
}
} // namespace detail

inline namespace literals {
// 32_province would lose leading zeros and dots, so the literals take strings: "32.76"_regency.
consteval province_code operator""_province(char const* s, std::size_t n)
{
    return detail::region_literal<province_code>(s, n);
}
consteval regency_code operator""_regency(char const* s, std::size_t n)
{
    return detail::region_literal<regency_code>(s, n);
}
consteval district_code operator""_district(char const* s, std::size_t n)
{
    return detail::region_literal<district_code>(s, n);
}
consteval village_code operator""_village(char const* s, std::size_t n)
{
    return detail::region_literal<village_code>(s, n);
}
} // namespace literals

} // namespace sentra

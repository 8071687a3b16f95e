// sentra/region/time_zones.hpp — which of Indonesia's three time zones a region is in, by
// its province: the table a programme's zone follows from (docs/cases.md, "Time zones").
//
// Source: Keputusan Presiden No. 41 Tahun 1987 (the division of Indonesia into three time
// zones): WIB (UTC+7) Sumatra, Java, West and Central Kalimantan; WITA (UTC+8) Bali, Nusa
// Tenggara, South, East (and North) Kalimantan and Sulawesi; WIT (UTC+9) Maluku and Papua.
// Provinces formed since then are in the zone of the province they were formed from
// (Kepulauan Riau, Bangka Belitung, Banten, Gorontalo, Sulawesi Barat, Kalimantan Utara,
// Maluku Utara and the Papua provinces). A test checks every province of every shipped
// edition has a zone.
#pragma once

#include <sentra/region/kemendagri.hpp>
#include <sentra/time_zone.hpp>

#include <array>
#include <cstdint>
#include <optional>

namespace sentra {

namespace detail {
struct province_zone {
    std::uint8_t province;
    std::uint8_t zone; // 7, 8 or 9: hours east of UTC
};
// clang-format off
inline constexpr std::array<province_zone, 38> indonesian_province_zones{{
    {11, 7}, {12, 7}, {13, 7}, {14, 7}, {15, 7}, {16, 7}, {17, 7}, {18, 7}, {19, 7}, {21, 7},
    {31, 7}, {32, 7}, {33, 7}, {34, 7}, {35, 7}, {36, 7},
    {51, 8}, {52, 8}, {53, 8},
    {61, 7}, {62, 7}, {63, 8}, {64, 8}, {65, 8},
    {71, 8}, {72, 8}, {73, 8}, {74, 8}, {75, 8}, {76, 8},
    {81, 9}, {82, 9},
    {91, 9}, {92, 9}, {93, 9}, {94, 9}, {95, 9}, {96, 9},
}};
// clang-format on
} // namespace detail

// The zone of a region (any level) by its province; none for a province not in the table.
constexpr std::optional<time_zone> indonesian_time_zone(region_id const& code) noexcept
{
    if (code.empty()) return std::nullopt;
    auto const province = code.segment(0);
    for (auto const& p : detail::indonesian_province_zones)
        if (p.province == province)
            return p.zone == 7 ? time_zone::wib() : p.zone == 8 ? time_zone::wita() : time_zone::wit();
    return std::nullopt;
}

} // namespace sentra

// Compile-time facts about region codes: this file passes by compiling.
#include <sentra/region/kemendagri.hpp>

#include "catch.hpp"

#include <type_traits>

using namespace sentra;
using namespace sentra::literals;

constexpr village_code cipayung_jaya = "32.76.07.1002";
static_assert(cipayung_jaya.value() == 3276071002u);
static_assert(cipayung_jaya.parent() == "32.76.07"_district);
static_assert(cipayung_jaya.parent().parent() == "32.76"_regency);
static_assert(cipayung_jaya.ancestor<0>() == "32"_province);
static_assert(cipayung_jaya.within("32.76"_regency));
static_assert(!cipayung_jaya.within("32.75"_regency));
static_assert(cipayung_jaya.segment(3) == 1002);
static_assert(kind_of(cipayung_jaya) == village_kind::kelurahan);
static_assert(kind_of("32.01.26.2006"_village) == village_kind::desa);
static_assert(kind_of("91.01.01.3001"_village) == village_kind::desa_adat);
static_assert(kind_of("32.76"_regency) == regency_kind::kota);
static_assert(kind_of("32.01"_regency) == regency_kind::kabupaten);
static_assert(village_code::try_parse("3276071002").has_value());
static_assert(!village_code::try_parse("32.76.07").has_value());
static_assert(!district_code::try_parse("32.76.7").has_value());
static_assert(region_id("32.76") < region_id("32.76.07"));
static_assert(region_id("32.76.07.1002") < region_id("32.76.08"));

// A village code is not a district code, and neither converts from an integer or string.
static_assert(!std::is_convertible_v<village_code, district_code>);
static_assert(!std::is_convertible_v<std::uint64_t, village_code>);
static_assert(!std::is_convertible_v<std::string, village_code>);
static_assert(std::is_trivially_copyable_v<village_code>);
static_assert(sizeof(village_code) == 8);
static_assert(region_scheme<kemendagri>);
static_assert(kind_label(region_id("32.76")) == "city");
static_assert(kind_label(region_id("32.01"), lang::id) == "kabupaten");
static_assert(kind_label(region_id("32.76.07.1002"), lang::id) == "kelurahan");
static_assert(kind_label(region_id("91.01.01.3001")) == "customary village");
static_assert(kind_label(region_id("32")).empty() && kind_label(region_id("32.76.07")).empty());

TEST_CASE("region code facts hold at compile time", "[static]")
{
    SUCCEED("static_asserts above compiled");
}

#include <sentra/region/code.hpp>
#include <sentra/region/kemendagri.hpp>

#include "catch.hpp"

#include <sstream>
#include <string>
#include <unordered_set>

using namespace sentra;
using namespace sentra::literals;

TEST_CASE("parse display and compact forms", "[region_code]")
{
    auto d = village_code::parse("32.76.07.1002");
    REQUIRE(d);
    auto c = village_code::parse("3276071002");
    REQUIRE(c);
    CHECK(*d == *c);
    CHECK(d->to_string() == "32.76.07.1002");
    CHECK(d->to_compact_string() == "3276071002");
    CHECK(province_code::parse("32")->to_string() == "32");
    CHECK(regency_code::parse("3276")->to_string() == "32.76");
    CHECK(district_code::parse("327607")->to_string() == "32.76.07");
    CHECK(regency_code::parse("01.01")); // 01 is a well-formed (unused) province number
}

TEST_CASE("malformed codes are rejected with the reason and column", "[region_code]")
{
    struct bad {
        char const* text;
        char const* reason;
        std::uint32_t column;
    };
    bad const cases[] = {
        {"", "empty code", 1},
        {"32.76.7", "part must have 2 digits", 7},
        {"32.76.007", "part must have 2 digits", 7},
        {"32.76.07.", "ends with a separator", 10},
        {"32.76.07.1002.1", "too long", 0},
        {"3x.76", "only digits are allowed", 2},
        {"32.76.07.4002", "village part must start with 1", 10},
        {"32.76.07.1000", "village number cannot be 000", 10},
        {"00.76", "province part cannot be 00", 1},
        {"32.00", "regency part cannot be 00", 4},
        {"32.76.00", "district part cannot be 00", 7},
        {"327", "wrong number of digits", 4},
        {"32 76", "only digits are allowed", 3},
        {"٣٢.٧٦", "only digits are allowed", 1}, // Arabic-Indic digits are not digits here
        {"32..76", "part must have 2 digits", 4},
    };
    for (auto const& b : cases) {
        INFO(b.text);
        auto r = region_id::parse(b.text);
        REQUIRE(!r);
        CHECK(r.error().code == errc::malformed_code);
        CHECK(r.error().detail().find(b.reason) != std::string::npos);
        if (b.column != 0) CHECK(r.error().where.column == b.column);
    }
}

TEST_CASE("a code of another level is wrong_level, not malformed", "[region_code]")
{
    auto r = district_code::parse("32.76");
    REQUIRE(!r);
    CHECK(r.error().code == errc::wrong_level);
    CHECK(r.error().detail() == "'32.76' is a regency/city code, not a district code");
        CHECK(r.error().detail(lang::id) == "'32.76' adalah kode kabupaten/kota, bukan kode kecamatan");
    CHECK(!village_code::parse("327607"));
}

TEST_CASE("huge and odd input does not break the parser", "[region_code]")
{
    std::string huge(1'000'000, '9');
    auto r = region_id::parse(huge);
    REQUIRE(!r);
    CHECK(r.error().detail().size() < 200); // the detail quotes a bounded prefix
    std::string nul("32\0"
                    "76",
                    5);
    REQUIRE(!region_id::parse(nul));
    CHECK(region_id::parse(nul).error().detail().find("\\x00") != std::string::npos);
    CHECK(!region_id::parse("99999999999999999999"));
}

TEST_CASE("from_value checks the integer form", "[region_code]")
{
    CHECK(village_code::from_value(3276071002u)->to_string() == "32.76.07.1002");
    CHECK(!village_code::from_value(3276074002u));
    CHECK(!village_code::from_value(99999999999u));
    CHECK(!regency_code::from_value(3200));
    CHECK(region_id::from_value(3276, 1)->to_string() == "32.76");
    CHECK(region_id::from_value(3276, 7).error().code == errc::wrong_level);
    CHECK(!region_id::from_value(3200, 1));
}

TEST_CASE("parent, ancestor, within, segment", "[region_code]")
{
    village_code v = "32.76.07.1004";
    CHECK(v.parent() == "32.76.07"_district);
    CHECK(v.ancestor<1>() == "32.76"_regency);
    CHECK(v.ancestor<3>() == v);
    CHECK(v.within(v));
    CHECK(v.within("32"_province));
    CHECK(!v.within("31"_province));
    CHECK(v.within(region_id("32.76.07")));
    CHECK(!district_code("32.76.07").within(v));
    CHECK(v.segment(0) == 32);
    CHECK(v.segment(2) == 7);
    CHECK(v.segment(9) == 0);
    CHECK(village_code{}.empty());
    CHECK(!v.empty());
}

TEST_CASE("any_region_code", "[region_code]")
{
    region_id a = "32.76.07";
    CHECK(a.level() == 2);
    CHECK(level_of(a) == region_level::district);
    CHECK(a.as<2>() == district_code("32.76.07"));
    CHECK(!a.as<3>());
    CHECK(a.as<district_code>() == district_code("32.76.07"));
    CHECK(!a.as<village_code>());
    static_assert(region_id("32.76").as<regency_code>() == regency_code("32.76"));
    CHECK(a.parent()->to_string() == "32.76");
    CHECK(!region_id("32").parent());
    CHECK(a.ancestor(0).to_string() == "32");
    CHECK(a.ancestor(5) == a);
    CHECK(a.segment(1) == 76);
    CHECK(a.to_compact_string() == "327607");
    CHECK(region_id(village_code("32.76.07.1002")).within(a));
    CHECK(!a.within(region_id("32.76.07.1002")));
    CHECK(region_id::parse("32.76.07.1002")->level() == 3);
    CHECK(!region_id::parse("32.76.07.10021"));
}

TEST_CASE("ordering, hashing and streaming", "[region_code]")
{
    CHECK(district_code("32.76.07") < district_code("32.76.08"));
    CHECK(region_id("32") < region_id("32.01"));
    CHECK(region_id("32.76.07.1002") < region_id("33"));
    std::unordered_set<village_code> set{"32.76.07.1002", "32.76.07.1004", "32.76.07.1002"};
    CHECK(set.size() == 2);
    std::unordered_set<region_id> ids{region_id("32"), region_id("32.76")};
    CHECK(ids.size() == 2);
    std::ostringstream os;
    os << village_code("32.76.07.1002") << ' ' << region_id("32.76");
    CHECK(os.str() == "32.76.07.1002 32.76");
}

TEST_CASE("kinds and labels", "[region_code]")
{
    CHECK(kind_of("31.71"_regency) == regency_kind::kota);
    CHECK(kind_of("32.29"_regency) == regency_kind::kabupaten);
    CHECK(to_label(regency_kind::kota, lang::id) == "kota");
    CHECK(to_label(regency_kind::kabupaten) == "regency");
    CHECK(to_label(village_kind::kelurahan, lang::id) == "kelurahan");
    CHECK(to_label(village_kind::desa) == "rural village");
    CHECK(to_label(village_kind::desa_adat, lang::id) == "desa adat");
    CHECK(to_label(region_level::district, lang::id) == "kecamatan");
    CHECK(to_label(region_level::village) == "village");
    CHECK(kemendagri::level_name(7) == "unknown");
    CHECK(kemendagri::level_label(7, lang::en).empty());
}

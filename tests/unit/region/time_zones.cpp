#include <sentra/region/time_zones.hpp>

#include "catch.hpp"

#include <sentra/io/reference_data.hpp>

using namespace sentra;

TEST_CASE("each province's time zone (Keppres 41/1987)", "[time_zone]")
{
    CHECK(indonesian_time_zone(region_id("32.76.07.1002")) == time_zone::wib()); // Depok
    CHECK(indonesian_time_zone(region_id("31")) == time_zone::wib());            // Jakarta
    CHECK(indonesian_time_zone(region_id("62")) == time_zone::wib());            // Kalteng
    CHECK(indonesian_time_zone(region_id("63.71")) == time_zone::wita());        // Banjarmasin
    CHECK(indonesian_time_zone(region_id("51")) == time_zone::wita());           // Bali
    CHECK(indonesian_time_zone(region_id("65")) == time_zone::wita());           // Kaltara
    CHECK(indonesian_time_zone(region_id("76")) == time_zone::wita());           // Sulbar
    CHECK(indonesian_time_zone(region_id("82")) == time_zone::wit());            // Malut
    CHECK(indonesian_time_zone(region_id("96")) == time_zone::wit());            // Papua Barat Daya
    CHECK(!indonesian_time_zone(region_id{}));
    CHECK(!indonesian_time_zone(region_id("99")));
}

TEST_CASE("every province of every shipped edition has a zone", "[time_zone][official]")
{
    io::reference_set set; // the data sentra ships
    for (auto const& edition : kemendagri_editions) {
        auto regions = set.regions(edition.name);
        REQUIRE(regions);
        for (auto const& p : (*regions)->regions(0)) {
            INFO(p.code().to_string() << " " << p.name());
            CHECK(indonesian_time_zone(p.code()).has_value());
        }
    }
}

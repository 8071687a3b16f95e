#include <sentra/region/zone.hpp>

#include "catch.hpp"

using namespace sentra;

TEST_CASE("the Senada zone holds its two kelurahan", "[zone]")
{
    zone senada{
        "senada", "Kawasan Senada", {village_code("32.76.07.1002"), village_code("32.76.07.1004")}};
    CHECK(senada.contains(village_code("32.76.07.1002")));
    CHECK(senada.contains(village_code("32.76.07.1004")));
    CHECK(!senada.contains(village_code("32.76.07.1001")));
    CHECK(!senada.contains(district_code("32.76.07"))); // a district is not inside two villages
    CHECK(!senada.contains(region_id("32.76")));
}

TEST_CASE("a zone of mixed levels", "[zone]")
{
    zone z{"z", "Mixed", {district_code("32.76.07"), village_code("32.76.01.1001")}};
    CHECK(z.contains(village_code("32.76.07.1005")));
    CHECK(z.contains(district_code("32.76.07")));
    CHECK(z.contains(village_code("32.76.01.1001")));
    CHECK(!z.contains(village_code("32.76.01.1002")));
    zone empty{};
    CHECK(!empty.contains(village_code("32.76.07.1005")));
    CHECK(z == z);
    CHECK(!(z == empty));
}

#include <sentra/cluster/agency.hpp>

#include "catch.hpp"
#include "cluster/programme_helpers.hpp"

using namespace sentra;
using namespace cluster_test;

TEST_CASE("agencies: labels and jurisdiction", "[cluster]")
{
    agency a{id<agency_id>("camat"), "Camat", agency_kind::kantor_kecamatan, region_id("32.76.07")};
    CHECK(a.covers(region_id("32.76.07.1002")));
    CHECK(!a.covers(region_id("32.76.01")));
    CHECK(!a.covers(region_id("32.76"))); // the city is wider than the district
    agency anywhere{id<agency_id>("bank"), "Bank", agency_kind::bank, {}};
    CHECK(anywhere.covers(region_id("11")));
    CHECK(to_label(agency_kind::dinas, lang::id) == "dinas");
    CHECK(to_label(agency_kind::perguruan_tinggi) == "university");
    CHECK(to_label(agency_kind::kepala_daerah, lang::id) == "kantor wali kota/bupati");
    CHECK(to_label(agency_kind::sekretariat_daerah, lang::id) == "sekretariat daerah");
    CHECK(to_label(agency_kind::sekretariat_daerah) == "regional secretariat");
}

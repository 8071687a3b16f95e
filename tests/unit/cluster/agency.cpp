#include <sentra/cluster/agency.hpp>

#include "catch.hpp"
#include "cluster/programme_helpers.hpp"

#include <sentra/io/json.hpp>

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

TEST_CASE("an agency's official name and the names it goes by", "[agency]")
{
    auto const list = cipayung::agencies();
    auto const& lead = list.front();
    CHECK(lead.name == "Dinas Perdagangan dan Perindustrian Kota Depok"); // official
    REQUIRE(lead.aliases);
    CHECK(lead.known_as("Dinas Perindustrian dan Perdagangan Kota Depok")); // the article's
    CHECK(lead.known_as(lead.name));
    CHECK(!lead.known_as("Dinas Perindustrian"));
    CHECK(!list[1].known_as("Dinas Perindustrian dan Perdagangan Kota Depok"));
    auto const text = io::json::serialize(lead);
    CHECK(text.find(R"("aliases":["Dinas Perindustrian dan Perdagangan Kota Depok"])") !=
          std::string::npos);
    auto back = io::json::parse<agency>(text);
    REQUIRE(back.has_value());
    CHECK(*back == lead);
    // Without aliases the member is left out (documents of version 2 read unchanged).
    CHECK(io::json::serialize(list[1]).find("aliases") == std::string::npos);
    CHECK(!io::json::parse<agency>(R"({"id":"a","name":"A","kind":"dinas","aliases":"B"})"));
}

#include <sentra/cluster/cluster.hpp>
#include <sentra/io/json.hpp>
#include <sentra/validation.hpp>

#include "catch.hpp"
#include "cluster/programme_helpers.hpp"

#include <algorithm>

using namespace sentra;
using namespace cluster_test;

TEST_CASE("clusters round-trip through JSON", "[cluster]")
{
    cluster c = good_cluster();
    c.established = decree{"SK Wali Kota No. 1/2020 (sample)", date(2020, 1, 6)};
    c.institutions = {{institution_role::upt, "UPT (sample)"}};
    c.goals = {{"certified members", "enterprises", 0, 5, "2020-2022", {{date(2021, 1, 1), 2.5}}}};
    auto text = io::json::serialize(c);
    auto back = io::json::parse<cluster>(text);
    REQUIRE(back.has_value());
    CHECK(*back == c);
    auto bad = io::json::parse<cluster>(R"({"id":"x"})");
    REQUIRE(!bad);
    CHECK(bad.error().problems()[0].code == errc::missing_key);
}

TEST_CASE("goals stated without figures, and where goals and phases come from", "[cluster]")
{
    indicator aim{"daya saing IKM anggota", "", {}, {}, "", {}, "DepokTime, 17 December 2019"};
    auto const text = io::json::serialize(aim);
    CHECK(text == R"({"name":"daya saing IKM anggota","unit":"","period":"","measurements":[],)"
                  R"("source":"DepokTime, 17 December 2019"})");
    auto back = io::json::parse<indicator>(text);
    REQUIRE(back.has_value());
    CHECK(*back == aim);
    CHECK(!back->baseline);
    phase_entry p{"launched", date(2019, 12, 17), "DepokTime, 17 December 2019"};
    CHECK(io::json::parse<phase_entry>(io::json::serialize(p)).value() == p);
    // A version 2 goal (figures, no source) reads as before.
    auto old = io::json::parse<indicator>(
        R"({"name":"x","unit":"u","baseline":0,"target":5,"period":"2020","measurements":[]})");
    REQUIRE(old.has_value());
    CHECK(old->target == 5.0);
    CHECK(!old->source);
}

TEST_CASE("phases and goals for people of each language", "[cluster]")
{
    auto const s = sentra::sentra_phases();
    CHECK(s.label("launched", sentra::lang::id) == "diluncurkan");
    CHECK(s.label("self_reliant", sentra::lang::en) == "self-reliant");
    CHECK(s.label("dissolved", sentra::lang::id) == "dibubarkan");
    CHECK(s.label("unheard_of", sentra::lang::id) == "unheard_of"); // the key, unlabelled
    for (auto const& p : s.phases) CHECK(s.label(p, sentra::lang::id) != p);
    auto const bi = sentra::bank_indonesia_phases();
    for (auto const& p : bi.phases) CHECK(bi.label(p, sentra::lang::id) != p);

    sentra::indicator g;
    g.name = "members with halal certification";
    g.unit = "enterprises";
    CHECK(g.name_in(sentra::lang::id) == "members with halal certification"); // no translation
    g.name_id = "anggota bersertifikat halal";
    g.unit_id = "usaha";
    g.name_en = "";
    CHECK(g.name_in(sentra::lang::id) == "anggota bersertifikat halal");
    CHECK(g.unit_in(sentra::lang::id) == "usaha");
    CHECK(g.name_in(sentra::lang::en) == "members with halal certification"); // empty: name
    CHECK(g.unit_in(sentra::lang::en) == "enterprises");
}

#include <sentra/validation/cluster.hpp>

#include "catch.hpp"
#include "cluster/programme_helpers.hpp"

#include <algorithm>

using namespace sentra;
using namespace cluster_test;

TEST_CASE("a good cluster validates clean", "[cluster]")
{
    auto const reg = make_registry();
    auto r = validate(good_cluster(), in(reg));
    INFO(r);
    CHECK(r.empty());
    CHECK(good_cluster().events[0].total_stands() == 40);
    CHECK(good_cluster().entered("launched") == date(2019, 12, 17));
    CHECK(!good_cluster().entered("developing"));
}

TEST_CASE("every cluster finding is reported with its pointer", "[cluster]")
{
    auto const reg = make_registry();
    SECTION("members: unknown, duplicate, outside the locus; too few of one category")
    {
        cluster c = good_cluster();
        c.members = {id<enterprise_id>("k1"), id<enterprise_id>("ghost"), id<enterprise_id>("k1"),
                     id<enterprise_id>("far")};
        auto r = validate(c, in(reg));
        CHECK(pointers(r) ==
              std::vector<std::string>{"/members/1", "/members/2", "/members/3", "/members"});
        auto p = r.problems();
        CHECK(p[0].code == errc::unknown_code);
        CHECK(p[1].code == errc::duplicate_code);
        CHECK(p[2].code == errc::outside_locus);
        CHECK(p[3].code == errc::too_few_members);
        CHECK(p[3].level == severity::warning);
        CHECK(p[3].detail().find("'konveksi'") != std::string::npos);
        CHECK(r.warning_count() == 1);
    }
    SECTION("agencies, category, locus and jurisdiction")
    {
        cluster c = good_cluster();
        c.focus = id<category_id>("batik");
        c.partners.push_back(id<agency_id>("nobody"));
        c.lead_agency = id<agency_id>("camat-cipayung");
        c.locus.regions.push_back(village_code("32.76.01.1006")); // outside the camat's district
        c.locus.regions.push_back(village_code("32.76.07.1099")); // not in the gazetteer
        auto r = validate(c, in(reg));
        CHECK(pointers(r) == std::vector<std::string>{"/focus", "/partners/1", "/locus/regions/2",
                                                      "/locus/regions/3"});
        auto p = r.problems();
        CHECK(p[2].code == errc::outside_jurisdiction);
        CHECK(p[3].code == errc::unknown_code);
        cluster d = good_cluster();
        d.lead_agency = id<agency_id>("nobody");
        CHECK(pointers(validate(d, in(reg))) == std::vector<std::string>{"/lead_agency"});
        cluster e = good_cluster();
        e.lead_agency = {};
        e.locus.regions.clear();
        e.id = {};
        e.name.clear();
        auto const pe = pointers(validate(e, in(reg)));
        REQUIRE(pe.size() >= 4);
        CHECK(std::vector<std::string>(pe.begin(), pe.begin() + 4) ==
              std::vector<std::string>{"/id", "/name", "/lead_agency", "/locus/regions"});
    }
    SECTION("stands: unknown category, negative, over capacity")
    {
        cluster c = good_cluster();
        c.events[0].stands = {{id<category_id>("konveksi"), 31, 30},
                              {id<category_id>("batik"), -2, {}},
                              {id<category_id>("kuliner"), 1, -1}};
        auto r = validate(c, in(reg));
        CHECK(pointers(r) ==
              std::vector<std::string>{"/events/0/stands/0/count", "/events/0/stands/1/category",
                                       "/events/0/stands/1/count", "/events/0/stands/2/capacity"});
        CHECK(r.problems()[0].code == errc::over_capacity);
        CHECK(r.problems()[2].code == errc::out_of_range);
    }
    SECTION("dates and phases out of order")
    {
        cluster c = good_cluster();
        event early = c.events[0];
        early.kind = event_kind::fair;
        early.date = date(2019, 11, 1);
        early.venue = region_id("32.76.07.1099");
        c.events.push_back(early);
        c.phases = {{"launched", date(2019, 12, 17)},
                    {"proposed", date(2019, 9, 1)},
                    {"flourishing", date(2020, 1, 1)},
                    {"dissolved", date(2021, 1, 1)},
                    {"developing", date(2022, 1, 1)}};
        auto r = validate(c, in(reg));
        // Entry 1 is out of place (dated before entry 0): one error, not a second one for
        // its phase going back.
        CHECK(pointers(r) == std::vector<std::string>{"/phases/1/since", "/phases/2/phase",
                                                      "/phases/4/phase", "/events/1/date",
                                                      "/events/1/venue"});
        CHECK(r.problems()[0].code == errc::out_of_order);
        CHECK(r.problems()[1].code == errc::invalid_value);
        cluster reversed = good_cluster();
        std::reverse(reversed.phases.begin(), reversed.phases.end());
        auto const rr = validate(reversed, in(reg));
        CHECK(pointers(rr) == std::vector<std::string>{"/phases/1/since"});
        CHECK(rr[0].code == errc::out_of_order);
        cluster back = good_cluster(); // dated in order, but the phase goes back: one error
        back.phases = {{"launched", date(2019, 9, 1)}, {"proposed", date(2019, 12, 17)}};
        CHECK(pointers(validate(back, in(reg))) == std::vector<std::string>{"/phases/1/phase"});
        c.phase_set = "unknown-model";
        auto const ps = pointers(validate(c, in(reg)));
        CHECK(std::find(ps.begin(), ps.end(), "/phase_set") != ps.end());
    }
}

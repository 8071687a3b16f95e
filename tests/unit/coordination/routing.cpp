#include <sentra/coordination/routing.hpp>
#include <sentra/document.hpp>
#include <sentra/io/json.hpp>
#include <sentra/validation.hpp>

#include "cipayung/programme.hpp"
#include "catch.hpp"
#include "case_helpers.hpp"

using namespace sentra;

using namespace case_test;

namespace {
category_id cat(char const* s)
{
    return category_id::parse(s).value();
}
coordination_case marketing_case()
{
    return reported_case();
}
} // namespace

TEST_CASE("routing: the most specific rule, else the default coordinator", "[routing]")
{
    auto const t = cipayung::routing();
    auto m = route(t, case_topic::marketing);
    CHECK(m.agency == ag("disperindag-depok"));
    CHECK(m.rule == 0u);
    CHECK(m.version == "cipayung-2019-12");
    CHECK(route(t, case_topic::sales).agency == ag("disperindag-depok"));
    CHECK(route(t, case_topic::financing).agency == ag("dkum-depok"));
    CHECK(route(t, case_topic::certification, cat("kuliner")).agency == ag("dinkes-depok"));
    CHECK(route(t, case_topic::certification, cat("konveksi")).agency == ag("disperindag-depok"));
    auto none = route(t, case_topic::infrastructure);
    CHECK(none.agency == ag("kecamatan-cipayung"));
    CHECK(!none.rule);

    routing_table regional = t;
    regional.rules.push_back(
        {case_topic::infrastructure, {}, region_id("32.76"), ag("pupr-depok")});
    regional.rules.push_back(
        {case_topic::infrastructure, {}, region_id("32.76.07"), ag("kecamatan-cipayung")});
    CHECK(route(regional, case_topic::infrastructure, {}, region_id("32.76.01.1006")).agency ==
          ag("pupr-depok"));
    CHECK(route(regional, case_topic::infrastructure, {}, region_id("32.76.07.1002")).rule == 10u);
    CHECK(!route(regional, case_topic::infrastructure, {}, region_id("31.71")).rule);

    auto e = assignment(m, at("2020-01-06T10:00:00+07:00"), "camat");
    CHECK(e.routing_version == "cipayung-2019-12");
    CHECK(e.routing_rule == 0u);
    coordination_case c = marketing_case();
    CHECK(record(c, e)->lead_agency == ag("disperindag-depok"));
}

TEST_CASE("routing tables are data: JSON and validation", "[routing]")
{
    auto const t = cipayung::routing();
    auto back = io::json::parse<routing_table>(io::json::serialize(t));
    REQUIRE(back.has_value());
    CHECK(*back == t);
    auto bad = io::json::parse<routing_table>(
        R"({"version":"v1","rules":[{"topic":"weather","agency":"x"}],"default_coordinator":"Camat"})");
    REQUIRE(!bad);
    CHECK(bad.error().problems()[0].where.pointer == "/rules/0/topic");
    CHECK(bad.error().problems()[1].where.pointer == "/default_coordinator");

    document lists;
    lists.agencies = {{ag("disperindag-depok"), "Disperindag", agency_kind::dinas, {}}};
    lists.categories = cipayung::categories();
    auto const reg = make_registry(lists).value();
    auto r = validate(t, {nullptr, nullptr, &reg, {}});
    CHECK(r.error_count() == 4); // dinkes, dkum, dpmptsp and the kecamatan are not in the list
    CHECK(r.problems()[0].where.pointer == "/default_coordinator");
    routing_table empty;
    auto re = validate(empty);
    CHECK(re.problems()[0].where.pointer == "/version");
    CHECK(re.problems()[1].where.pointer == "/default_coordinator");
    routing_table wrong_cat = t;
    wrong_cat.rules[6].category = cat("batik");
    document categories_only;
    categories_only.categories = cipayung::categories();
    auto const by_category = make_registry(categories_only).value();
    CHECK(validate(wrong_cat, {nullptr, nullptr, &by_category, {}}).problems()[0].where.pointer ==
          "/rules/6/category");
}

#include <sentra/coordination/routing.hpp>
#include <sentra/document.hpp>
#include <sentra/io/json.hpp>
#include <sentra/validation.hpp>

#include "cipayung/programme.hpp"
#include "catch.hpp"

#include <boost/describe/enum.hpp>
#include <boost/mp11/algorithm.hpp>

#include <algorithm>
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
    CHECK(route(t, case_topic::infrastructure).agency == ag("dpupr-depok")); // public works
    routing_table sparse = t;
    sparse.rules.pop_back(); // no rule for `other`: the default coordinator
    auto none = route(sparse, case_topic::other);
    CHECK(none.agency == ag("kecamatan-cipayung"));
    CHECK(!none.rule);

    routing_table regional = t;
    regional.rules.push_back(
        {case_topic::infrastructure, {}, region_id("32.76"), ag("pupr-depok")});
    regional.rules.push_back(
        {case_topic::infrastructure, {}, region_id("32.76.07"), ag("kecamatan-cipayung")});
    CHECK(route(regional, case_topic::infrastructure, {}, region_id("32.76.01.1006")).agency ==
          ag("pupr-depok"));
    CHECK(route(regional, case_topic::infrastructure, {}, region_id("32.76.07.1002")).rule == 12u);
    CHECK(route(regional, case_topic::infrastructure, {}, region_id("31.71")).rule == 9u);

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
    CHECK(r.error_count() == 5); // dinkes, dkum, dpmptsp, dpupr and the kecamatan are not listed
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
    auto const found = validate(wrong_cat, {nullptr, nullptr, &by_category, {}});
    CHECK(std::any_of(found.problems().begin(), found.problems().end(),
                      [](error const& e) { return e.where.pointer == "/rules/6/category"; }));
    // A registry without agencies: every agency a rule sends cases to is missing (a
    // programme that lists none cannot route to any), not "not given".
    CHECK(found.problems()[0].where.pointer == "/default_coordinator");
    CHECK(found.error_count() == 2 + wrong_cat.rules.size()); // and the category
}

TEST_CASE("the founding case's routing sends every topic to an agency it has", "[routing]")
{
    document lists;
    lists.agencies = cipayung::agencies();
    lists.categories = cipayung::categories();
    auto const reg = make_registry(lists).value();
    auto const t = cipayung::routing();
    CHECK(validate(t, {nullptr, nullptr, &reg, {}}).ok());
    boost::mp11::mp_for_each<boost::describe::describe_enumerators<case_topic>>([&](auto d) {
        auto const decision = route(t, d.value);
        INFO(d.name);
        CHECK(decision.rule.has_value()); // a rule of its own, not the camat by default
        CHECK(reg.find(decision.agency).has_value());
        CHECK(decision.agency != ag("kecamatan-cipayung")); // the camat has no authority over it
    });
    // A rule naming an agency the programme does not have is an error.
    routing_table wrong = t;
    wrong.rules[9].agency = ag("pupr-depok");
    auto const r = validate(wrong, {nullptr, nullptr, &reg, {}});
    REQUIRE(r.error_count() == 1);
    CHECK(r.problems()[0].where.pointer == "/rules/9/agency");
    CHECK(r.problems()[0].code == errc::unknown_code);
}

TEST_CASE("a case routed by itself: its topic, its cluster's focus, its reporter's village",
          "[routing]")
{
    document d;
    d.agencies = cipayung::agencies();
    d.categories = cipayung::categories();
    enterprise const warung = member("ent-warung", "Warung Sampel", "32.76.01.1006");
    d.enterprises = {warung};
    cluster kuliner = cluster_named("sentra-kuliner", "Sentra Kuliner");
    kuliner.focus = cat("kuliner");
    kuliner.locus.regions = {region_id("32.76.07.1002")};
    d.clusters = {kuliner};
    auto const reg = make_registry(d).value();
    routing_table t = cipayung::routing();
    t.rules.push_back({case_topic::infrastructure, {}, region_id("32.76.01"), ag("kecamatan-pancoran-mas")});
    t.rules.push_back({case_topic::infrastructure, {}, region_id("32.76.07"), ag("kecamatan-cipayung")});

    coordination_case c = reported_case();
    c.topic = case_topic::certification;
    CHECK(route(t, c, reg) == route(t, case_topic::certification)); // no cluster: by topic alone
    c.cluster = cluster_id::parse("sentra-unknown").value(); // not in the registry: left out
    CHECK(route(t, c, reg) == route(t, case_topic::certification));
    c.cluster = kuliner.id;
    CHECK(route(t, c, reg).agency == ag("dinkes-depok")); // the cluster's focus, kuliner
    c.topic = case_topic::infrastructure;
    CHECK(route(t, c, reg).agency == ag("kecamatan-cipayung")); // the cluster's locus
    c.raised_by = {enterprise_id::parse("ent-unknown").value(), warung.id};
    CHECK(route(t, c, reg).agency == ag("kecamatan-pancoran-mas")); // the reporter's village
    // the same as the four-argument call
    CHECK(route(t, c, reg) ==
          route(t, case_topic::infrastructure, cat("kuliner"), region_id("32.76.01.1006")));
}

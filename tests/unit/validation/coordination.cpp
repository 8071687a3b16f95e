#include <sentra/validation/coordination.hpp>

#include "catch.hpp"
#include "case_helpers.hpp"
#include "cluster/programme_helpers.hpp"

#include <sentra/validation.hpp>

#include <vector>

using namespace sentra;
using namespace cluster_test;

TEST_CASE("a case alone and a list of cases", "[validation]")
{
    coordination_case c = case_test::reported_case();
    CHECK(validate(c).empty());
    coordination_case nameless = c;
    nameless.id = {};
    CHECK(pointers(validate(nameless)) == std::vector<std::string>{"/id"});
    coordination_case broken = c;
    broken.log.push_back(case_test::entry("2020-01-07T10:00:00+07:00", case_action::close));
    CHECK(pointers(validate(broken)) == std::vector<std::string>{"/log/1"});

    // With a registry, its references resolve.
    coordination_case referring = c;
    referring.cluster = id<cluster_id>("no-such-cluster");
    referring.raised_by = {id<enterprise_id>("k1"), id<enterprise_id>("nobody")};
    auto const reg = make_registry();
    CHECK(pointers(validate(referring, in(reg))) ==
          std::vector<std::string>{"/cluster", "/raised_by/1"});

    std::vector<coordination_case> const list{c, broken, c};
    auto const r = validate(list);
    CHECK(pointers(r) == std::vector<std::string>{"/1/id", "/1/log/1", "/2/id"});
    CHECK(r.problems()[0].code == errc::duplicate_code); // all three share an id
    CHECK(r.problems()[1].code == errc::illegal_transition);
}

TEST_CASE("a deadline policy and the escalations that follow it", "[validation][deadlines]")
{
    document d = programme_data();
    auto const reg = make_registry(d).value();
    validation_context const cx{nullptr, nullptr, &reg, {}};
    deadline_policy p = deadline_policy::lapor();
    CHECK(validate(p, cx).ok());
    p.version.clear();
    p.rules = {{case_topic::sales, {}, {}, {}, {}}, {case_topic::sales, {}, {}, {}, {}}};
    p.escalation = {{"", "Head", {}}, {"Wali kota", "Mayor", id<agency_id>("wali-kota")}};
    auto const r = validate(p, cx);
    CHECK(pointers(r) == std::vector<std::string>{"/version", "/rules/1",
                                                     "/escalation/0/label_id",
                                                     "/escalation/1/agency"});
    CHECK(validate(p).error_count() == 3); // without a registry the agency is not checked

    // In a document: the policy under /deadlines, and an escalation past its chain.
    d.deadlines = deadline_policy::lapor();
    d.deadlines->escalation = {{"Kepala dinas", "Head of the agency", {}}};
    coordination_case c = case_test::reported_case();
    log_entry a = case_test::entry("2020-01-06T10:00:00+07:00", case_action::assign);
    a.agency = id<agency_id>("disperindag");
    c.log.push_back(a);
    log_entry esc = case_test::entry("2020-01-07T10:00:00+07:00", case_action::escalate);
    esc.level = 2;
    c.log.push_back(esc);
    d.cases = {c};
    auto const beyond_enterprises = [](report const& found_here) { // the shared programme has one
        auto all = pointers(found_here);
        std::erase_if(all, [](std::string const& q) { return q.rfind("/enterprises/", 0) == 0; });
        return all;
    };
    auto const found = validate(d);
    CHECK(beyond_enterprises(found) == std::vector<std::string>{"/cases/0/log/2/level"});
    d.deadlines->version.clear();
    CHECK(beyond_enterprises(validate(d)) ==
          std::vector<std::string>{"/deadlines/version", "/cases/0/log/2/level"});
    // A case's coordinates are in range.
    d.deadlines->version = "v";
    d.cases[0].location = case_location{{}, {}, {}, coordinates{-91, 181}, {}};
    CHECK(beyond_enterprises(validate(d)) ==
          std::vector<std::string>{"/cases/0/location/position/lat",
                                   "/cases/0/location/position/lon", "/cases/0/log/2/level"});
}

#include <sentra/coordination/privacy.hpp>

#include "catch.hpp"
#include "case_helpers.hpp"

using namespace sentra;
using namespace case_test;

namespace {
coordination_case private_case(bool confidential, bool anonymous)
{
    coordination_case c = reported_case();
    c.description = "Pak Budi asked for money";
    c.raised_by = {enterprise_id::parse("ent-001").value()};
    c.privacy = {confidential, anonymous};
    c.location = case_location{std::string("Jl. Raya Cipayung 12"), {}, {}, {}, {}};
    c.origin = case_origin{"open311", "77", std::string("x"), std::string("Pungli"),
                           std::string("within 5 days"), {}};
    log_entry a = entry("2020-01-06T10:00:00+07:00", case_action::assign);
    a.agency = ag("disperindag-depok");
    record(c, a).value();
    log_entry t = entry("2020-01-06T11:00:00+07:00", case_action::add_task);
    t.agency = ag("dkum-depok");
    t.task = "talk to Pak Budi";
    record(c, t).value();
    log_entry h = entry("2020-01-07T10:00:00+07:00", case_action::hold);
    h.reason = "the reporter fears retaliation";
    record(c, h).value();
    return c;
}
} // namespace

TEST_CASE("a confidential case withholds its content from anyone", "[privacy]")
{
    auto const c = private_case(true, false);
    auto const seen = disclose(c);
    CHECK(seen.title == withheld_text);
    CHECK(seen.description == withheld_text);
    CHECK(!seen.location);
    CHECK(seen.origin->reference == "77");
    CHECK(!seen.origin->service_name);
    CHECK(!seen.origin->service_notice);
    CHECK(*seen.log[2].task == withheld_text);
    CHECK(*seen.log[3].reason == withheld_text);
    CHECK(seen.raised_by == c.raised_by); // not anonymous
    CHECK(seen.log[0].actor == "tester");
    CHECK(seen.log[1].agency == c.log[1].agency); // who handles it stays
    CHECK(seen.topic == c.topic);
    CHECK(replay(seen).value().status == replay(c).value().status); // the same state
    CHECK(replay(seen).value().lead_agency == replay(c).value().lead_agency);
}

TEST_CASE("an anonymous case withholds the reporter and the actors", "[privacy]")
{
    auto const c = private_case(false, true);
    auto const seen = disclose(c, audience::anyone);
    CHECK(seen.raised_by.empty());
    for (auto const& e : seen.log) CHECK(e.actor == withheld_text);
    CHECK(seen.title == c.title); // not confidential
    CHECK(seen.location == c.location);
    CHECK(*seen.log[3].reason == *c.log[3].reason);
}

TEST_CASE("the agencies handling a case see all of it, a public case is unchanged", "[privacy]")
{
    auto const c = private_case(true, true);
    CHECK(disclose(c, audience::agencies) == c);
    auto const open = private_case(false, false);
    CHECK(disclose(open) == open);
    CHECK(to_label(audience::agencies, lang::id) == "instansi penanganan");
    CHECK(withheld_label(lang::id) == "[dirahasiakan]");
    CHECK(withheld_label() == withheld_text);
}

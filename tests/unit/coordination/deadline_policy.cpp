#include <sentra/coordination/deadline_policy.hpp>
#include <sentra/io/json.hpp>

#include "catch.hpp"
#include "deadline_helpers.hpp"

using namespace sentra;
using namespace case_test;
using namespace deadline_test;

TEST_CASE("deadline policies: most specific rule, JSON round trip", "[deadlines]")
{
    deadline_policy custom;
    custom.version = "custom-1";
    custom.fallback = {{}, {}, {2, day_kind::working}, {4, day_kind::working}, {20, day_kind::calendar}};
    custom.rules = {{case_topic::marketing, {}, {1, day_kind::working}, {3, day_kind::working}, {10, day_kind::working}},
                    {case_topic::marketing, case_priority::urgent, {1, day_kind::working}, {1, day_kind::working}, {2, day_kind::working}},
                    {{}, case_priority::urgent, {1, day_kind::working}, {2, day_kind::working}, {5, day_kind::working}}};
    custom.escalation = {{"Kepala dinas", "", {}}};
    CHECK(custom.rule_for(case_topic::marketing, case_priority::normal).resolution.days == 10);
    CHECK(custom.rule_for(case_topic::marketing, case_priority::urgent).resolution.days == 2);
    CHECK(custom.rule_for(case_topic::sales, case_priority::urgent).resolution.days == 5);
    CHECK(custom.rule_for(case_topic::sales, case_priority::low).resolution.days == 20);
    CHECK(custom.escalation[0].label(lang::en) == "Kepala dinas"); // no English: the Indonesian
    auto back = io::json::parse<deadline_policy>(io::json::serialize(custom));
    REQUIRE(back.has_value());
    CHECK(*back == custom);
    auto bad = io::json::parse<deadline_policy>(
        R"({"version":"x","rules":[],"fallback":{"forward":{"days":-1,"kind":"working"},)"
        R"("follow_up":{"days":5,"kind":"weekdays"},"resolution":{"days":60,"kind":"calendar"}},)"
        R"("completion_silence":{"days":10,"kind":"calendar"},"escalation":[]})");
    REQUIRE(!bad);
    auto const problems = bad.error().problems();
    REQUIRE(problems.size() == 2); // a negative count, a kind that does not exist
    CHECK(problems[0].where.pointer == "/fallback/forward/days");
    CHECK(problems[1].where.pointer == "/fallback/follow_up/kind");
    CHECK(to_label(deadline_kind::follow_up, lang::id) == "tindak lanjut");
    CHECK(to_label(day_kind::working, lang::id) == "hari kerja");
    CHECK(to_label(clock_outcome::handed_on) == "handed on");
}

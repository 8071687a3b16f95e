#include <sentra/coordination/deadlines.hpp>

#include "catch.hpp"
#include "deadline_helpers.hpp"

using namespace sentra;
using namespace case_test;
using namespace deadline_test;

// The umbrella gathers the calendar, the policies, the clocks and what is overdue (each
// tested in its own file): one late case through all four.
TEST_CASE("deadlines.hpp brings the calendar, the policy, the clocks and overdue", "[deadlines]")
{
    coordination_case c = reported();
    CHECK(calendar.add_working_days(date(2019, 12, 30), 3) == date(2020, 1, 3)); // 1 Jan a holiday
    auto const rule = policy.rule_for(c.topic, c.priority);
    CHECK(rule.forward == period{3, day_kind::working});
    auto const now = at("2020-01-10T09:00:00+07:00");
    auto clocks = deadlines(c, policy, calendar, now);
    REQUIRE(clocks);
    auto late = overdue(c, policy, calendar, now);
    REQUIRE(late);
    REQUIRE_FALSE(late->empty());
    CHECK(late->front().missed == deadline_kind::forward);
}

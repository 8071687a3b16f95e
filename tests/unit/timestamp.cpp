#include <sentra/timestamp.hpp>

#include "catch.hpp"

#include <sstream>

using namespace sentra;

TEST_CASE("timestamps: RFC 3339 with the offset kept", "[coordination]")
{
    auto t = timestamp::parse("2020-01-15T09:00:00+07:00");
    REQUIRE(t.has_value());
    CHECK(t->to_string() == "2020-01-15T09:00:00+07:00");
    CHECK(t->offset_minutes() == 420);
    CHECK(t->local_date() == date(2020, 1, 15));
    auto z = timestamp::parse("2020-01-15T02:00:00Z");
    REQUIRE(z.has_value());
    CHECK(z->utc() == t->utc());
    CHECK(*z < *t); // same instant: ordered by offset, so the order is total
    CHECK(timestamp::parse("2019-12-31T23:30:00-01:30")->to_string() ==
          "2019-12-31T23:30:00-01:30");
    CHECK(timestamp::parse("2019-12-31T23:30:00-01:30")->local_date() == date(2019, 12, 31));
    for (auto const* bad :
         {"2020-01-15 09:00:00+07:00", "2020-01-15T09:00:00", "2020-01-15T24:00:00Z",
          "2020-02-30T00:00:00Z", "2020-01-15T09:00:00+7:00", "2020-01-15T09:00:00.5Z", "",
          "2020-01-15T09:60:00Z", "2020-01-15T09:00:00+24:00"}) {
        INFO(bad);
        CHECK(!timestamp::parse(bad));
    }
}

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

TEST_CASE("a timestamp appends its text in place, as to_string writes it", "[timestamp]")
{
    using namespace std::chrono;
    std::string out = "at ";
    timestamp(sys_days(year(2020) / 1 / 6) + hours(2), 420).append_to(out);
    CHECK(out == "at 2020-01-06T09:00:00+07:00");
    out.clear();
    timestamp(sys_days(year(2020) / 1 / 1) + seconds(59)).append_to(out);
    CHECK(out == "2020-01-01T00:00:59Z");
    CHECK(timestamp(sys_days(year(2020) / 1 / 1), -90).to_string() == "2019-12-31T22:30:00-01:30");
    // an offset no clock uses (parse refuses it) is still written whole, not cut to two digits
    CHECK(timestamp(sys_days(year(2020) / 1 / 1), 100 * 60 + 5).to_string() ==
          "2020-01-05T04:05:00+100:05");
    for (auto const* text : {"2019-12-31T23:30:00-01:30", "2020-02-29T12:00:00Z",
                             "2024-12-31T23:59:59+14:00"}) {
        auto const t = timestamp::parse(text);
        REQUIRE(t.has_value());
        CHECK(t->to_string() == text);
    }
}

TEST_CASE("timestamp literals are checked at compile time", "[timestamp]")
{
    constexpr timestamp t = "2024-03-01T09:30:00+07:00";
    static_assert(t.offset_minutes() == 420);
    CHECK(t == timestamp::parse("2024-03-01T09:30:00+07:00").value());
    CHECK(t.to_string() == "2024-03-01T09:30:00+07:00");
    constexpr timestamp z = "2024-03-01T02:30:00Z";
    static_assert(z.utc() == t.utc());
    static_assert(detail::parse_timestamp_text("2024-03-01T09:30:00.5Z").defect.starts_with(
        "sentra keeps whole seconds"));
    static_assert(detail::parse_timestamp_text("2024-03-01 09:30").defect.starts_with(
        "a time is written"));
    CHECK(timestamp::parse("2024-03-01T09:30:00.5Z").error().detail() ==
          "'2024-03-01T09:30:00.5Z': sentra keeps whole seconds; write the time without a "
          "fraction");
}

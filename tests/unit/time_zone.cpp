#include <sentra/time_zone.hpp>

#include "catch.hpp"

#include <sstream>

using namespace sentra;

TEST_CASE("time zones by name and by offset", "[time_zone]")
{
    CHECK(time_zone::parse("WIB").value() == time_zone::wib());
    CHECK(time_zone::parse("wita").value() == time_zone::wita());
    CHECK(time_zone::parse("WIT").value() == time_zone::wit());
    CHECK(time_zone::parse("UTC").value() == time_zone::utc());
    CHECK(time_zone::parse("Z").value() == time_zone());
    CHECK(time_zone::parse("+07:00").value() == time_zone::wib()); // named when it is one
    CHECK(time_zone::parse("+07:00").value().to_string() == "WIB");
    auto const india = time_zone::parse("+05:30").value();
    CHECK(india.offset_minutes() == 330);
    CHECK(india.to_string() == "+05:30");
    CHECK(time_zone::parse("-03:30").value().offset_minutes() == -210);
    CHECK(time_zone::wita().offset_text() == "+08:00");
    CHECK(time_zone::from_offset(540).value() == time_zone::wit());
    std::ostringstream os;
    os << time_zone::wib();
    CHECK(os.str() == "WIB");
}

TEST_CASE("malformed and out-of-range zones are errors", "[time_zone]")
{
    for (char const* bad : {"", "WIBB", "Asia/Jakarta", "+7", "+07:60", "+15:00", "07:00", "+0700",
                            "+0a:00", "WIB ", "\xE2\x80\x8BWIB", "+07:00\n"}) {
        auto z = time_zone::parse(bad);
        REQUIRE(!z);
        CHECK(z.error().code == errc::invalid_value);
    }
    CHECK(time_zone::from_offset(14 * 60 + 1).error().code == errc::out_of_range);
    CHECK(time_zone::from_offset(-14 * 60 - 1).error().code == errc::out_of_range);
    CHECK(time_zone::from_offset(-14 * 60).has_value());
}

TEST_CASE("dates and instants in a zone", "[time_zone]")
{
    auto const t = timestamp::parse("2019-12-30T20:00:00Z").value();
    CHECK(time_zone::utc().local_date(t) == date(2019, 12, 30));
    CHECK(time_zone::wib().local_date(t) == date(2019, 12, 31));
    CHECK(time_zone::wib().in_zone(t).to_string() == "2019-12-31T03:00:00+07:00");
    CHECK(time_zone::wib().in_zone(t) .utc() == t.utc());
    CHECK(time_zone::wit().end_of(date(2020, 3, 6)).to_string() == "2020-03-06T23:59:59+09:00");
    CHECK(time_zone::parse("-05:00").value().local_date(t) == date(2019, 12, 30));
}

TEST_CASE("time zone labels in both languages", "[time_zone]")
{
    CHECK(to_label(time_zone::wib(), lang::id) == "Waktu Indonesia Barat (WIB, UTC+07:00)");
    CHECK(to_label(time_zone::wit()) == "Eastern Indonesia Time (WIT, UTC+09:00)");
    CHECK(to_label(time_zone::parse("+05:30").value()) == "UTC+05:30");
}

TEST_CASE("a time zone appends its text in place, as to_string writes it", "[time_zone]")
{
    std::string out = "zone ";
    sentra::time_zone::from_offset(420).value().append_to(out);
    out += ' ';
    sentra::time_zone::from_offset(-330).value().append_to(out);
    out += ' ';
    sentra::time_zone::from_offset(345).value().append_to(out);
    CHECK(out == "zone WIB -05:30 +05:45");
    CHECK(sentra::time_zone::from_offset(-330).value().offset_text() == "-05:30");
    CHECK(sentra::time_zone::from_offset(-330).value().to_string() == "-05:30");
}

TEST_CASE("a timestamp from a date, a time of day and a zone", "[time_zone]")
{
    using namespace std::chrono_literals;
    constexpr timestamp t = time_zone::wib().at("2024-03-01", 9h + 30min);
    static_assert(t == timestamp("2024-03-01T09:30:00+07:00"));
    CHECK(time_zone::wit().at(date::parse("2024-03-01").value(), 0s).to_string() ==
          "2024-03-01T00:00:00+09:00");
    CHECK(time_zone::utc().at("2024-03-01", 23h + 59min + 59s).to_string() ==
          "2024-03-01T23:59:59Z");
    // Past midnight counts on into the next day, as std::chrono does.
    CHECK(time_zone::wita().at("2024-02-28", 25h).to_string() == "2024-02-29T01:00:00+08:00");
    CHECK(time_zone::wib().local_date(time_zone::wib().at("2024-03-01", 0s)) == date("2024-03-01"));
}

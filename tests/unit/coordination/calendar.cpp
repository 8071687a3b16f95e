#include <sentra/coordination/calendar.hpp>
#include <sentra/io/json.hpp>

#include "catch.hpp"
#include "deadline_helpers.hpp"

using namespace sentra;
using namespace case_test;
using namespace deadline_test;

TEST_CASE("working days skip weekends and holidays, in the calendar's zone", "[deadlines]")
{
    CHECK(calendar.zone() == time_zone::wib());
    CHECK(calendar.is_working_day(date(2019, 12, 30)));
    CHECK(!calendar.is_working_day(date(2020, 1, 1)));  // the holiday
    CHECK(!calendar.is_working_day(date(2020, 1, 4))); // Saturday
    CHECK(!calendar.is_working_day(date(2020, 1, 5))); // Sunday
    CHECK(calendar.add_working_days(date(2019, 12, 30), 0) == date(2019, 12, 30));
    CHECK(calendar.add_working_days(date(2019, 12, 30), 3) == date(2020, 1, 3));  // Dec 31, Jan 2, Jan 3
    CHECK(calendar.add_working_days(date(2020, 1, 3), 1) == date(2020, 1, 6)); // over the weekend
    CHECK(calendar.advance(date(2019, 12, 30), {3, day_kind::working}) == date(2020, 1, 3));
    CHECK(calendar.advance(date(2019, 12, 30), {60, day_kind::calendar}) == date(2020, 2, 28));
    CHECK(calendar.working_days_between(date(2019, 12, 30), date(2020, 1, 6)) == 4);
    CHECK(calendar.working_days_between(date(2020, 1, 6), date(2019, 12, 30)) == 0);
    CHECK(calendar.days_between(date(2019, 12, 30), date(2020, 1, 6), day_kind::calendar) == 7);
    CHECK(calendar.days_between(date(2020, 1, 6), date(2019, 12, 30), day_kind::calendar) == 0);
    // The same instant is the same day, whatever offset it is written in.
    CHECK(calendar.local_date(at("2019-12-31T03:00:00+07:00")) == date(2019, 12, 31));
    CHECK(calendar.local_date(at("2019-12-30T20:00:00Z")) == date(2019, 12, 31));
    // Holidays are kept sorted and once (Nyepi, 25 March 2020, and New Year's Day).
    working_calendar const twice{time_zone::wita(),
                                 {date(2020, 3, 25), date(2020, 1, 1), date(2020, 3, 25)}};
    CHECK(twice.holidays().size() == 2);
    CHECK(twice.holidays()[0] == date(2020, 1, 1));
    CHECK(!twice.is_working_day(date(2020, 3, 25)));
    CHECK(!(twice == calendar));
}


TEST_CASE("a count of days in words, singular and plural, in both languages", "[deadlines]")
{
    CHECK(days_label(1, day_kind::working) == "1 working day");
    CHECK(days_label(2, day_kind::working) == "2 working days");
    CHECK(days_label(1, day_kind::calendar) == "1 day");
    CHECK(days_label(0, day_kind::calendar) == "0 days");
    CHECK(days_label(1, day_kind::working, lang::id) == "1 hari kerja");
    CHECK(days_label(60, day_kind::calendar, lang::id) == "60 hari");
}

#include <sentra/date.hpp>

#include "catch.hpp"

#include <sstream>
#include <unordered_set>

using namespace sentra;


TEST_CASE("dates: ISO form, real dates only", "[date]")
{
    auto d = date::parse("2019-12-17");
    REQUIRE(d.has_value());
    CHECK(d->to_string() == "2019-12-17");
    CHECK(*d == date(2019, 12, 17));
    CHECK(date(2019, 12, 17) < date(2020, 1, 1));
    CHECK(date::parse("2024-02-29"));
    for (auto const* bad : {"2019-02-29", "2019-13-01", "2019-00-10", "2019-1-1", "17-12-2019",
                            "2019/12/17", "", "2019-12-17T00:00", "0999-01-01", "２０１９-12-17"}) {
        INFO(bad);
        auto r = date::parse(bad);
        REQUIRE(!r);
        CHECK(r.error().code == errc::invalid_value);
    }
    CHECK(date{}.to_string() == "1970-01-01");
    CHECK(date(2019, 12, 17).ymd().ok());
    std::ostringstream os;
    os << date(2019, 12, 17);
    CHECK(os.str() == "2019-12-17");
    std::unordered_set<date> s{date(2019, 1, 1), date(2019, 1, 1)};
    CHECK(s.size() == 1);
}

TEST_CASE("date literals are checked at compile time", "[date]")
{
    constexpr date d = "2024-02-29";
    static_assert(d.ymd() == std::chrono::year{2024} / 2 / 29);
    CHECK(d == date::parse("2024-02-29").value());
    CHECK(d.to_string() == "2024-02-29");
    // The literal and the parser read the text the same way, defect for defect.
    static_assert(detail::parse_date_text("2023-02-29").defect == "no such date");
    static_assert(detail::parse_date_text("0999-01-01").defect == "the year must be 1000 or later");
    static_assert(detail::parse_date_text("2023/01/01").defect == "a date is written YYYY-MM-DD");
    CHECK(date::parse("2023-02-29").error().detail() == "'2023-02-29': no such date");
}

TEST_CASE("dates as people write them, in both languages", "[date]")
{
    using sentra::lang;
    CHECK(sentra::format_date(sentra::date(2019, 12, 17), lang::id) == "17 Desember 2019");
    CHECK(sentra::format_date(sentra::date(2019, 12, 17), lang::en) == "17 December 2019");
    CHECK(sentra::format_date(sentra::date(2020, 1, 3), lang::id) == "3 Januari 2020");
    CHECK(sentra::format_date(sentra::date(2024, 2, 29), lang::en) == "29 February 2024");
    CHECK(sentra::month_names[4].in(lang::id) == "Mei");
    CHECK(sentra::format_date(sentra::date{}, lang::en) == "1 January 1970");
}

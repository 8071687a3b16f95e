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

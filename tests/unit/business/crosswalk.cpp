// A correspondence table between two classifications, built link by link.
#include <sentra/business/crosswalk.hpp>

#include "catch.hpp"

using namespace sentra;

TEST_CASE("a crosswalk links codes of two classifications", "[crosswalk]")
{
    crosswalk<kbli2020, kbli2025> t("hand-made test table");
    CHECK(t.empty());
    CHECK(t.source() == "hand-made test table");
    REQUIRE(t.add({kbli_code("56101"), kbli2025_code("56101"), true}));
    REQUIRE(t.add({kbli_code("56101"), kbli2025_code("56102"), true}));
    REQUIRE(t.add({kbli_code("56103"), kbli2025_code("56102"), false}));
    CHECK(t.size() == 3);
    auto const to = t.targets(kbli_code("56101"));
    REQUIRE(to.size() == 2);
    CHECK(to[0].to.to_string() == "56101");
    CHECK(to[1].to.to_string() == "56102");
    CHECK(to[0].partial);
    auto const from = t.sources(kbli2025_code("56102"));
    REQUIRE(from.size() == 2);
    CHECK(from[0].from.to_string() == "56101");
    CHECK(from[1].from.to_string() == "56103");
    CHECK(t.targets(kbli_code("14111")).empty());
    auto const twice = t.add({kbli_code("56103"), kbli2025_code("56102"), true});
    REQUIRE(!twice);
    CHECK(twice.error().code == errc::duplicate_code);
    auto const empty = t.add({kbli_code{}, kbli2025_code("56102"), false});
    REQUIRE(!empty);
    CHECK(empty.error().code == errc::empty_value);
    CHECK(t.size() == 3);
    CHECK(t.links().front().from.to_string() == "56101");
}

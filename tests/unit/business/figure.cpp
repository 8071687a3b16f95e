#include <sentra/business/figure.hpp>

#include "catch.hpp"

#include <sentra/business/money.hpp>
#include <sentra/io/json.hpp>

using namespace sentra;
using namespace sentra::literals;

TEST_CASE("a figure and the year it refers to", "[figure]")
{
    figure<rupiah> const bare = 150'000'000_rp;
    CHECK(bare.value == 150'000'000_rp);
    CHECK(!bare.year);
    figure<rupiah> const dated(150'000'000_rp, 2019);
    CHECK(*dated.year == 2019);
    CHECK(!(bare == dated));
    CHECK(figure<std::uint32_t>(12) == figure<std::uint32_t>(12));
    std::optional<figure<std::uint32_t>> workers;
    workers = 12u; // an optional figure takes a plain value
    CHECK(workers == figure<std::uint32_t>(12));
}

TEST_CASE("a figure in JSON: bare without a year, an object with one", "[figure][json]")
{
    CHECK(io::json::serialize(figure<rupiah>(150'000'000_rp)) == "150000000");
    CHECK(io::json::serialize(figure<rupiah>(150'000'000_rp, 2019)) ==
          R"({"value":150000000,"year":2019})");
    CHECK(io::json::serialize(figure<std::uint32_t>(12, 2020)) == R"({"value":12,"year":2020})");
    // the DOM writer agrees with the text writer
    CHECK(boost::json::serialize(io::json::write(figure<std::uint32_t>(12))) == "12");
    for (auto const* text : {R"("Rp150.000.000")", R"({"value":150000000,"year":2019})",
                             R"({"value":"150000000"})"}) {
        auto f = io::json::parse<figure<rupiah>>(text);
        REQUIRE(f.has_value());
        CHECK(f->value == 150'000'000_rp);
    }
    CHECK(io::json::parse<figure<rupiah>>(R"({"value":"Rp1","year":2019})")->year == 2019);
    // Bad input: the value's own error, at the value.
    auto bad = io::json::parse<figure<rupiah>>(R"({"value":"1,5 juta","year":2019})");
    REQUIRE(!bad);
    CHECK(bad.error().problems()[0].where.pointer == "/value");
    auto missing = io::json::parse<figure<rupiah>>(R"({"year":2019})");
    REQUIRE(!missing);
    CHECK(missing.error().problems()[0].code == errc::missing_key);
    auto extra = io::json::parse<figure<rupiah>>(R"({"value":"Rp1","year":2019,"source":"BPS"})");
    REQUIRE(!extra);
    CHECK(extra.error().problems()[0].where.pointer == "/source");
    auto wrong = io::json::parse<figure<std::uint32_t>>(R"("twelve")");
    REQUIRE(!wrong);
    CHECK(wrong.error().problems()[0].code == errc::wrong_type);
    auto year = io::json::parse<figure<std::uint32_t>>(R"({"value":1,"year":"2019"})");
    REQUIRE(!year);
    CHECK(year.error().problems()[0].where.pointer == "/year");
    CHECK(!io::json::parse<figure<std::uint32_t>>(R"({"value":1,"year":99999999999})"));
    CHECK(!io::json::parse<figure<std::uint32_t>>("-1"));
}

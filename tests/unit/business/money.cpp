#include <sentra/business/money.hpp>

#include "catch.hpp"

#include <limits>
#include <sstream>
#include <unordered_set>

using namespace sentra;
using namespace sentra::literals;

static_assert(1'000'000'000_rp == rupiah(1'000'000'000));
static_assert(rupiah{}.value() == 0);
static_assert(checked_add(1_rp, 2_rp) == rupiah(3));
static_assert(!checked_add(rupiah(std::numeric_limits<std::int64_t>::max()), 1_rp));
static_assert(!checked_sub(rupiah(std::numeric_limits<std::int64_t>::min()), 1_rp));
static_assert(checked_sub(1_rp, 2_rp) == rupiah(-1));

TEST_CASE("rupiah parses the ways people write it", "[money]")
{
    for (auto const* s :
         {"1000000000", "1.000.000.000", "Rp1.000.000.000", "Rp 1.000.000.000", "rp1.000.000.000",
          "Rp.1.000.000.000", "Rp1.000.000.000,00", "Rp1.000.000.000,-", " 1.000.000.000 "}) {
        INFO(s);
        auto r = rupiah::parse(s);
        REQUIRE(r.has_value());
        CHECK(r->value() == 1'000'000'000);
    }
    CHECK(rupiah::parse("-Rp5.000")->value() == -5000);
    CHECK(rupiah::parse("Rp-5.000")->value() == -5000);
    CHECK(rupiah::parse("0")->value() == 0);
    CHECK(rupiah::parse("999")->value() == 999);
    CHECK(rupiah::parse("9223372036854775807")->value() ==
          std::numeric_limits<std::int64_t>::max());
    CHECK(rupiah::parse("-9.223.372.036.854.775.808")->value() ==
          std::numeric_limits<std::int64_t>::min());
}

TEST_CASE("rupiah refuses what is not an amount", "[money]")
{
    struct bad {
        char const* text;
        errc code;
        char const* reason;
    };
    bad const cases[] = {
        {"", errc::invalid_value, "no digits"},
        {"Rp", errc::invalid_value, "no digits"},
        {"1.00.000", errc::invalid_value, "threes"},
        {"12.3456", errc::invalid_value, "threes"},
        {"1..000", errc::invalid_value, "threes"},
        {".000", errc::invalid_value, "threes"},
        {"1000.000", errc::invalid_value, "threes"},
        {"1,5", errc::invalid_value, "no sen"},
        {"1.000,50", errc::invalid_value, "no sen"},
        {"1,", errc::invalid_value, "no sen"},
        {"1e9", errc::invalid_value, "unexpected"},
        {"USD 5", errc::invalid_value, "no digits"},
        {"5 juta", errc::invalid_value, "unexpected"},
        {"9223372036854775808", errc::out_of_range, "too large"},
        {"99999999999999999999999", errc::out_of_range, "too large"},
        {"１０", errc::invalid_value, "no digits"}, // full-width digits
    };
    for (auto const& b : cases) {
        INFO(b.text);
        auto r = rupiah::parse(b.text);
        REQUIRE(!r);
        CHECK(r.error().code == b.code);
        CHECK(r.error().detail().find(b.reason) != std::string::npos);
    }
    std::string huge(1'000'000, '9');
    auto h = rupiah::parse(huge);
    REQUIRE(!h);
    CHECK(h.error().detail().size() < 120);
}

TEST_CASE("rupiah formats Indonesian style and round-trips", "[money]")
{
    CHECK(rupiah(1'000'000'000).to_string() == "Rp1.000.000.000");
    CHECK(rupiah(999).to_string() == "Rp999");
    CHECK(rupiah(1000).to_string() == "Rp1.000");
    CHECK(rupiah(0).to_string() == "Rp0");
    CHECK(rupiah(-5000).to_string() == "-Rp5.000");
    CHECK(rupiah(std::numeric_limits<std::int64_t>::min()).to_string() ==
          "-Rp9.223.372.036.854.775.808");
    CHECK(rupiah(1234567).to_plain_string() == "1234567");
    for (std::int64_t v :
         {std::int64_t{0}, std::int64_t{7}, std::int64_t{1'234'567'890},
          std::numeric_limits<std::int64_t>::max(), std::numeric_limits<std::int64_t>::min()})
        CHECK(rupiah::parse(rupiah(v).to_string())->value() == v);
    std::ostringstream os;
    os << 5'000_rp;
    CHECK(os.str() == "Rp5.000");
    std::unordered_set<rupiah> set{1_rp, 1_rp, 2_rp};
    CHECK(set.size() == 2);
    CHECK(1_rp < 2_rp);
}

TEST_CASE("rupiah as people type them into spreadsheets", "[money]")
{
    auto v = [](std::string_view t) { return rupiah::parse_informal(t).value().value(); };
    CHECK(v("Rp 1.500.000") == 1'500'000);
    CHECK(v("1.500.000") == 1'500'000);
    CHECK(v("1500000") == 1'500'000);
    CHECK(v("Rp1,5 juta") == 1'500'000);
    CHECK(v("1,5 jt") == 1'500'000);
    CHECK(v("1,5JT") == 1'500'000);
    CHECK(v("750 rb") == 750'000);
    CHECK(v("750 ribu") == 750'000);
    CHECK(v("2 M") == 2'000'000'000);
    CHECK(v("1,2 miliar") == 1'200'000'000);
    CHECK(v("1,25 milyar") == 1'250'000'000);
    CHECK(v("3 T") == 3'000'000'000'000);
    CHECK(v("1.500 jt") == 1'500'000'000);
    CHECK(v("1,50 rb") == 1'500);
    CHECK(v("1,500,000") == 1'500'000);
    CHECK(v("Rp1,500,000,000") == 1'500'000'000);
    CHECK(v("Rp\xC2\xA0" "2.000.000") == 2'000'000); // a no-break space, as sheets write
    CHECK(v("Rp1.000.000,-") == 1'000'000);
    CHECK(v("Rp 25.500.000,00") == 25'500'000);
    CHECK(v("-Rp5.000") == -5'000);
    CHECK(v("Rp.750.000") == 750'000);

    auto code = [](std::string_view t) { return rupiah::parse_informal(t).error().code; };
    auto says = [](std::string_view t) { return rupiah::parse_informal(t).error().detail(); };
    CHECK(code("") == errc::empty_value);
    CHECK(code("   ") == errc::empty_value);
    CHECK(says("1,500").find("one comma before three digits") != std::string::npos);
    CHECK(says("1.5 jt").find("a dot groups thousands") != std::string::npos);
    CHECK(says("1.5E+06").find("exponent") != std::string::npos);
    CHECK(says("1,5").find("no sen") != std::string::npos);
    CHECK(says("1,0005 rb").find("not a whole number") != std::string::npos);
    CHECK(code("99999999999 T") == errc::out_of_range);
    CHECK(code("99999999999999999999") == errc::out_of_range);
    CHECK(code("1234567890123456789012 jt") == errc::out_of_range);
    CHECK(code("jt") == errc::invalid_value);
    CHECK(code("lima juta") == errc::invalid_value);
    CHECK(code("1,5 juta rupiah") == errc::invalid_value);
    CHECK(code("1.50.000") == errc::invalid_value);
    CHECK(code("\xE2\x82\xAC 5") == errc::invalid_value);
    CHECK(says("Rp 1,500").find("'Rp 1,500'") == 0); // the text as typed, not as cleaned
}

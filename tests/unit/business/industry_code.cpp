#include <sentra/business/industry_code.hpp>

#include "catch.hpp"

#include <sstream>
#include <unordered_set>

using namespace sentra;

// Compile-time facts.
static_assert(kbli_subclass("14111").parent() == kbli_class("1411"));
static_assert(kbli_subclass("14111").section() == kbli_section("C"));
static_assert(kbli_subclass("01111").parent().parent() == kbli_group("011"));
static_assert(kbli_division("01").parent() == kbli_section("A"));
static_assert(kbli_division("99").parent() == kbli_section("U"));
static_assert(kbli_division("35").parent() == kbli_section("D"));
static_assert(kbli_subclass("14111").within(kbli_division("14")));
static_assert(!kbli_subclass("14111").within(kbli_division("13")));
static_assert(kbli_section("C").letter() == 'C');
static_assert(to_isic(kbli_division("14")) == isic_division("14"));
static_assert(to_kbli(isic_section("C")) == kbli_section("C"));
static_assert(!kbli_division::try_parse("04"));
static_assert(!isic_class::try_parse("14111"));
static_assert(classification_scheme<kbli2020> && classification_scheme<isic4>);

TEST_CASE("industry codes keep leading zeros and parse every level", "[classification]")
{
    CHECK(kbli_subclass::parse("01111")->to_string() == "01111");
    CHECK(kbli_class::parse("0111")->to_string() == "0111");
    CHECK(kbli_section::parse("A")->to_string() == "A");
    CHECK(kbli_code::parse("011")->level() == 2);
    CHECK(kbli_code::parse("C")->level() == 0);
    CHECK(isic_code::parse("1410")->level() == 3);
    CHECK(kbli_code::parse("14111")->parent()->to_string() == "1411");
    CHECK(kbli_code::parse("14")->parent()->to_string() == "C");
    CHECK(!kbli_code::parse("C")->parent());
    CHECK(kbli_code("14111").as<4>() == kbli_subclass("14111"));
    CHECK(!kbli_code("14111").as<3>());
    CHECK(kbli_code("14111").within(kbli_code("C")));
    CHECK(!kbli_code("C").within(kbli_code("14")));
    CHECK(kbli_subclass{}.empty());
    CHECK(kbli_code{}.to_string().empty());
}

TEST_CASE("malformed industry codes say why", "[classification]")
{
    struct bad {
        char const* text;
        char const* reason;
    };
    bad const cases[] = {{"", "empty"},
                         {"V", "A to U"},
                         {"a", "section letter"},
                         {"1", "2 or more digits"},
                         {"04", "no such division"},
                         {"00111", "no such division"},
                         {"141111", "too many digits"},
                         {"14 11", "only digits"},
                         {"１４", "too many digits"}, // full-width digits are 6 bytes
                         {"C1", "only digits"}};
    for (auto const& b : cases) {
        INFO(b.text);
        auto r = kbli_code::parse(b.text);
        REQUIRE(!r);
        CHECK(r.error().code == errc::malformed_code);
        CHECK(r.error().detail().find(b.reason) != std::string::npos);
    }
    CHECK(isic_code::parse("14111").error().code == errc::malformed_code);
    auto w = kbli_class::parse("14111");
    REQUIRE(!w);
    CHECK(w.error().code == errc::wrong_level);
    CHECK(w.error().detail() == "'14111' is a subclass code, not a class code");
}

TEST_CASE("ordering, hashing, streaming, labels", "[classification]")
{
    CHECK(kbli_code("A") < kbli_code("B"));
    CHECK(kbli_code("U") < kbli_code("01"));
    CHECK(kbli_code("01") < kbli_code("011"));
    CHECK(kbli_code("01111") < kbli_code("02"));
    std::unordered_set<kbli_subclass> s{"14111", "14112", "14111"};
    CHECK(s.size() == 2);
    std::unordered_set<kbli_code> any{kbli_code("14"), kbli_code("141")};
    CHECK(any.size() == 2);
    std::ostringstream os;
    os << kbli_subclass("01111") << ' ' << kbli_code("C");
    CHECK(os.str() == "01111 C");
    CHECK(kbli2020::level_label(4, lang::id) == "kelompok");
    CHECK(kbli2020::level_label(1, lang::id) == "golongan pokok");
    CHECK(kbli2020::level_name(3) == "class");
    CHECK(isic4::level_label(3, lang::en) == "class");
    CHECK(kbli2020::level_name(9) == "unknown");
}

TEST_CASE("KBLI 2025 codes: their own types, Rev.5's sections", "[classification]")
{
    constexpr kbli2025_subclass warung = "56102";
    static_assert(warung.parent().parent().parent().parent().letter() == 'I');
    CHECK(kbli2025_division("61").section().letter() == 'K');
    CHECK(kbli_division("61").section().letter() == 'J');
    CHECK(kbli2025_code::parse("V").has_value());
    auto const v2020 = kbli_code::parse("V");
    REQUIRE(!v2020);
    CHECK(v2020.error().detail(lang::en).find("A to U") != std::string::npos);
    auto const w = kbli2025_code::parse("W");
    REQUIRE(!w);
    CHECK(w.error().detail(lang::en).find("A to V") != std::string::npos);
    CHECK(w.error().detail(lang::id).find("A sampai V") != std::string::npos);
    auto const d45 = kbli2025_code::parse("45201");
    REQUIRE(!d45);
    CHECK(d45.error().code == errc::malformed_code);
    CHECK(d45.error().detail(lang::en).find("KBLI 2025") != std::string::npos);
    CHECK(kbli_code::parse("45201").has_value());
    CHECK(kbli2025_code("0111").parent()->to_string() == "011");
    CHECK(kbli2025_code("01").parent()->to_string() == "A");
    CHECK(kbli2025_code("5610").within(kbli2025_code("I")));
}

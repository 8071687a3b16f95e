// The two classifications sentra ships, as schemes: levels, names, labels, legacy codes.
#include <sentra/business/industry_scheme.hpp>

#include "catch.hpp"

using namespace sentra;

static_assert(classification_scheme<kbli2020>);
static_assert(classification_scheme<isic4>);
static_assert(kbli2020::levels == 5 && isic4::levels == 4);
static_assert(kbli2020::legacy_codes.size() == 3 && kbli2020::legacy_level == 4);

namespace {
struct no_levels {
    static constexpr std::string_view name = "none";
    static constexpr std::size_t levels = 1; // a classification has a section and a division
    static constexpr std::string_view level_name(std::size_t) noexcept { return {}; }
    static constexpr std::string_view level_label(std::size_t, lang) noexcept { return {}; }
};
} // namespace
static_assert(!classification_scheme<no_levels>);

template <class C>
constexpr bool has_legacy_codes = requires { C::legacy_codes; };
static_assert(has_legacy_codes<kbli2020> && !has_legacy_codes<isic4>);

TEST_CASE("classification levels: stable names and labels in both languages", "[industry]")
{
    CHECK(kbli2020::level_name(4) == "subclass");
    CHECK(kbli2020::level_name(9) == "unknown");
    CHECK(kbli2020::level_label(0, lang::id) == "kategori");
    CHECK(kbli2020::level_label(4, lang::id) == "kelompok");
    CHECK(kbli2020::level_label(1, lang::en) == "division");
    CHECK(kbli2020::level_label(5, lang::en).empty());
    CHECK(isic4::level_name(3) == "class");
    CHECK(isic4::level_label(3, lang::id) == "kelas");
    CHECK(isic4::level_label(4, lang::id).empty());
    CHECK(kbli2020::title_language == lang::id);
    CHECK(isic4::title_language == lang::en);
}

TEST_CASE("the legacy KBLI 2017 codes are a trait of the KBLI scheme", "[industry]")
{
    CHECK(kbli2020::legacy_codes[0] == 61925);
    CHECK(kbli2020::legacy_title.in(lang::en).find("KBLI 2017") != std::string_view::npos);
    CHECK(kbli2020::legacy_title.in(lang::id).find("OSS") != std::string_view::npos);
}

TEST_CASE("sections follow from division numbers", "[industry]")
{
    CHECK(detail::isic_section_of_division[14] == 'C');
    CHECK(detail::isic_section_of_division[1] == 'A');
    CHECK(detail::isic_section_of_division[99] == 'U');
    CHECK(detail::isic_section_of_division[4] == 0); // no division 04
}

TEST_CASE("KBLI 2025: Rev.5's sections A-V and its divisions", "[industry]")
{
    static_assert(classification_scheme<kbli2025>);
    CHECK(kbli2025::name == "kbli2025");
    CHECK(kbli2025::level_label(4, lang::id) == "kelompok");
    CHECK(detail::section_of_division<kbli2025>(46) == 'G');
    CHECK(detail::section_of_division<kbli2025>(45) == 0); // gone in Rev.5
    CHECK(detail::section_of_division<kbli2020>(45) == 'G');
    CHECK(detail::section_of_division<kbli2025>(61) == 'K'); // telecommunications: J in Rev.4
    CHECK(detail::section_of_division<kbli2020>(61) == 'J');
    CHECK(detail::section_of_division<kbli2025>(99) == 'V');
    CHECK(detail::section_of_division<kbli2025>(100) == 0);
    CHECK(detail::last_section<kbli2025>() == 'V');
    CHECK(detail::last_section<isic4>() == 'U');
}

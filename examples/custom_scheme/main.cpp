// A region scheme of another country, defined outside the library: the Philippines'
// Philippine Standard Geographic Code (PSGC, 10 digits: region AA, province BBB,
// city/municipality CC, barangay DDD). Unlike Kemendagri, PSGC always writes all ten
// digits, lower levels as zeros (0102800000 is the province of Ilocos Norte), and has no
// separator. Nothing in sentra changes for it.
//
// The codes below are a handful from the PSA's list, as sample data.
#include <sentra/region/code.hpp>
#include <sentra/region/gazetteer.hpp>
#include <sentra/region/zone.hpp>

#include <array>
#include <iostream>
#include <string_view>

struct psgc {
    static constexpr std::string_view name = "psgc";
    static constexpr std::size_t levels = 4;
    static constexpr std::array<std::size_t, 4> widths{2, 3, 2, 3};
    static constexpr char separator = '\0';
    static constexpr bool padded = true;

    static constexpr std::string_view check_segment(std::size_t, std::uint32_t part) noexcept
    {
        return part == 0 ? "part cannot be zero" : "";
    }
    static constexpr std::string_view level_name(std::size_t level) noexcept
    {
        constexpr std::array<std::string_view, 4> n{"region", "province", "municipality",
                                                    "barangay"};
        return level < 4 ? n[level] : "unknown";
    }
    static constexpr std::string_view level_label(std::size_t level, sentra::lang) noexcept
    {
        constexpr std::array<std::string_view, 4> n{"region", "province", "city/municipality",
                                                    "barangay"};
        return level < 4 ? n[level] : "";
    }
};
static_assert(sentra::region_scheme<psgc>);

using psgc_province = sentra::region_code<psgc, 1>;
using psgc_barangay = sentra::region_code<psgc, 3>;

int main()
{
    // Checked at compile time, like Kemendagri literals.
    constexpr psgc_barangay adams_poblacion = "0102801001";
    static_assert(adams_poblacion.parent().parent() == psgc_province("0102800000"));

    sentra::gazetteer_builder<psgc> b;
    b.add(sentra::any_region_code<psgc>("0100000000"), "Region I (Ilocos Region)");
    b.add(sentra::any_region_code<psgc>("0102800000"), "Ilocos Norte");
    b.add(sentra::any_region_code<psgc>("0102801000"), "Adams");
    b.add(sentra::any_region_code<psgc>("0102801001"), "Adams (Pob.)");
    b.add(sentra::any_region_code<psgc>("0102802000"), "Bacarra");
    auto g = std::move(b).finish();
    if (!g) {
        for (auto const& e : g.error().problems()) std::cerr << e << '\n';
        return 1;
    }
    auto r = g->find(adams_poblacion);
    if (!r) return 1;
    for (auto const& level : r->chain())
        std::cout << level.code() << "  " << psgc::level_name(level.level()) << "  " << level.name()
                  << '\n';

    sentra::basic_zone<psgc> z{"adams", "Adams area", {psgc_province("0102800000")}};
    std::cout << "in zone: " << std::boolalpha << z.contains(adams_poblacion) << '\n';

    auto bad = psgc_barangay::parse("01028010");
    std::cout << bad.error() << '\n';
    return z.contains(adams_poblacion) && !bad ? 0 : 1;
}

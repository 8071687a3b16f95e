#include <sentra/cluster/analytics.hpp>
#include <sentra/cluster/registry.hpp>
#include <sentra/document.hpp>
#include <sentra/io/document.hpp>
#include <sentra/validation.hpp>
#include <sentra/io/json.hpp>
#include <sentra/region/depok.hpp>

#include "cipayung/programme.hpp"
#include "catch.hpp"
#include "cluster/programme_helpers.hpp"

#include <algorithm>
#include <cmath>

using namespace sentra;
using namespace sentra::literals;

using namespace cluster_test;

TEST_CASE("analytics against numbers worked by hand", "[cluster][analytics]")
{
    auto const reg = make_registry();
    auto const c = good_cluster();
    auto cats = members_by_category(c, reg);
    CHECK(cats == std::map<std::string, std::size_t>{{"konveksi", 5}, {"kuliner", 1}});
    CHECK(members_by_village(c, reg) ==
          std::map<std::string, std::size_t>{{"32.76.07.1002", 5}, {"32.76.07.1004", 1}});
    // Capital only, no start date: by capital (registration, and empowerment with the caveat)
    auto const by_capital = members_by_size<pp7_2021>(c, reg, size_purpose::registration);
    CHECK(by_capital == size_counts{{{size_class::mikro, 6}}, 0, 0});
    CHECK(members_by_size<pp7_2021>(c, reg, size_purpose::empowerment) == by_capital);
    // Permenperin needs the investment, which none gives: unclassified, not dropped.
    CHECK(members_by_size<permenperin64_2016>(c, reg, size_purpose::empowerment) ==
          size_counts{{}, 6, 0});

    // Members operating since 2012 with their sales: empowerment counts by sales, and one
    // member's capital says otherwise.
    document d = programme_data();
    for (auto& e : d.enterprises) {
        e.founded = date(2012, 1, 15);
        e.annual_sales = figure<rupiah>(1'000'000'000_rp, 2019);
    }
    d.enterprises[1].annual_sales = figure<rupiah>(3'000'000'000_rp, 2019); // k2: kecil
    d.enterprises[2].annual_sales.reset(); // k3: no sales, operating before 2021
    auto const reg2 = sentra::make_registry(d).value();
    auto const by_sales = members_by_size<pp7_2021>(c, reg2, size_purpose::empowerment);
    CHECK(by_sales == size_counts{{{size_class::mikro, 4}, {size_class::kecil, 1}}, 1, 1});
    CHECK(members_by_size<pp7_2021>(c, reg2, size_purpose::registration) ==
          size_counts{{{size_class::mikro, 6}}, 0, 1});

    // HHI of 5 and 1: (5/6)^2 + (1/6)^2 = 26/36
    CHECK(std::abs(herfindahl_hirschman(cats).value() - 26.0 / 36.0) < 1e-12);
    CHECK(herfindahl_hirschman({{"a", 1}}).value() == 1.0);
    CHECK(!herfindahl_hirschman({}));

    // LQ: konveksi is 5 of 6 in Cipayung and 6 of 7 in Depok: (5/6)/(6/7) = 35/36
    auto lq = location_quotient(reg, id<category_id>("konveksi"), region_id("32.76.07"),
                                region_id("32.76"));
    CHECK(std::abs(lq.value() - 35.0 / 36.0) < 1e-12);
    // by workers: all have 5, so the same
    auto lqw = location_quotient(reg, id<category_id>("konveksi"), region_id("32.76.07"),
                                 region_id("32.76"), lq_measure::workers);
    CHECK(std::abs(lqw.value() - 35.0 / 36.0) < 1e-12);
    CHECK(location_quotient(20, 100, 50, 1000).value() == 4.0);
    CHECK(!location_quotient(1, 0, 1, 1));
    CHECK(!location_quotient(2, 1, 1, 1));
    CHECK(!location_quotient(reg, id<category_id>("batik"), region_id("32.76.07"),
                             region_id("32.76")));

    // strong cluster: LQ >= 1 and at or above the 75th percentile (nearest rank)
    std::vector<double> const all{0.5, 0.8, 1.1, 1.4, 2.0, 3.0, 0.9, 1.2};
    // sorted 0.5 0.8 0.9 1.1 1.2 1.4 2.0 3.0; rank ceil(0.75*8)=6 -> 1.4
    CHECK(is_strong_cluster(1.4, all));
    CHECK(!is_strong_cluster(1.3, all));
    CHECK(!is_strong_cluster(0.95, all, 0.0));
    CHECK(is_strong_cluster(1.0, all, 0.0));
    CHECK(!is_strong_cluster(5.0, {}));
    CHECK(nearest_rank({}, 0.75) == 0.0);
    CHECK(nearest_rank({1.0, 2.0, 3.0, 4.0}, 0.75) == 3.0); // rank ceil(3) = 3
    CHECK(nearest_rank({1.0, 2.0, 3.0, 4.0}, 0.0) == 1.0);  // rank at least 1
    CHECK(nearest_rank({1.0, 2.0, 3.0, 4.0}, 1.5) == 4.0);  // clamped
    CHECK(nearest_rank({0.0, 0.625, 1.875}, 0.75) == 1.875);

    // shift-share: region 100 -> 130 workers in the industry; reference industry
    // 1000 -> 1100; reference total 10000 -> 10500.
    // national 100*0.05 = 5; mix 100*(0.10-0.05) = 5; regional 100*(0.30-0.10) = 20
    auto ss = shift_share(100, 130, 1000, 1100, 10000, 10500).value();
    CHECK(std::abs(ss.national_share - 5) < 1e-9);
    CHECK(std::abs(ss.industry_mix - 5) < 1e-9);
    CHECK(std::abs(ss.regional_shift - 20) < 1e-9);
    CHECK(std::abs(ss.total() - 30) < 1e-9);
    CHECK(!shift_share(0, 1, 1, 1, 1, 1));
    CHECK(!shift_share(1, -1, 1, 1, 1, 1));
}


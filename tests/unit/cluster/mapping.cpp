// The cluster map: location quotients and the strong-cluster test from merged counts,
// against numbers worked by hand (docs/analytics.md).
#include <sentra/cluster/mapping.hpp>
#include <sentra/io/json.hpp>

#include "catch.hpp"

#include <string>
#include <vector>

using namespace sentra;

namespace {

enterprise make(std::string id, village_code v, kbli_subclass k, std::uint32_t workers)
{
    enterprise e;
    e.id = enterprise_id::parse(id).value();
    e.village = v;
    e.kbli.push_back(k);
    e.workers = figure<std::uint32_t>{workers, 2026};
    return e;
}

// The registry of docs/analytics.md: A = Cipayung (Depok), B = Pancoran Mas (Depok),
// C = Cipayung (Jakarta Timur); konveksi (14) and bakeries (10).
aggregate sample_registry(std::string_view by = "village,subclass")
{
    aggregate a(aggregate_by::parse(by).value());
    int i = 0;
    auto add = [&](village_code v, kbli_subclass k, std::uint32_t w, int n) {
        for (int j = 0; j < n; ++j) REQUIRE(a.add(make(std::to_string(++i), v, k, w)));
    };
    add("32.76.07.1002", "14111", 10, 2);
    add("32.76.07.1004", "14112", 10, 1); // another village and subclass of A's konveksi
    add("32.76.07.1002", "10710", 5, 1);
    add("32.76.01.1006", "14111", 10, 1);
    add("32.76.01.1006", "10710", 5, 3);
    add("31.75.10.1001", "10710", 20, 2);
    return a;
}

basic_cluster_map_entry<indonesia> const& find(std::vector<cluster_map_entry> const& m,
                                                char const* region, char const* industry)
{
    for (auto const& e : m)
        if (e.region.to_string() == region && e.industry.to_string() == industry) return e;
    FAIL("no entry " << region << " " << industry);
    return m.front();
}

} // namespace

TEST_CASE("national location quotients and strong clusters, worked by hand", "[mapping]")
{
    cluster_map_options o; // district, division, national, enterprises
    auto const m = cluster_map(sample_registry(), o).value();
    REQUIRE(m.size() == 5); // C has no konveksi: no entry, but LQ 0 in the percentiles
    auto const& a14 = find(m, "32.76.07", "14");
    CHECK(a14.in_region == 3);
    CHECK(a14.region_total == 4);
    CHECK(a14.in_base == 4);
    CHECK(a14.base_total == 10);
    CHECK(!a14.base);
    CHECK(a14.lq == Approx(1.875)); // (3/4) / (4/10)
    CHECK(a14.threshold == Approx(1.875)); // {0, 0.625, 1.875}: rank ceil(2.25) = 3
    CHECK(a14.strong);
    CHECK(find(m, "32.76.01", "14").lq == Approx(0.625));
    CHECK_FALSE(find(m, "32.76.01", "14").strong);
    auto const& b10 = find(m, "32.76.01", "10");
    CHECK(b10.lq == Approx(1.25)); // (3/4) / (6/10)
    CHECK(b10.threshold == Approx(5.0 / 3)); // {0.4167, 1.25, 1.6667}
    CHECK_FALSE(b10.strong); // above 1 but not in the top quartile
    CHECK(find(m, "31.75.10", "10").lq == Approx(5.0 / 3));
    CHECK(find(m, "31.75.10", "10").strong);
    CHECK(find(m, "32.76.07", "10").lq == Approx(0.25 / 0.6));
    CHECK(m.front().region.to_string() == "31.75.10"); // by region, then industry
    // Described: the one JSON writer writes an entry (`base` absent for the national base).
    CHECK(io::json::serialize(a14) ==
          "{\"region\":\"32.76.07\",\"industry\":\"14\",\"in_region\":3,\"region_total\":4,"
          "\"in_base\":4,\"base_total\":10,\"lq\":1.875,\"threshold\":1.875,\"strong\":true}");
}

TEST_CASE("against the province, by workers", "[mapping]")
{
    cluster_map_options o;
    o.base = lq_base::province;
    o.measure = lq_measure::workers;
    auto const m = cluster_map(sample_registry(), o).value();
    auto const& a14 = find(m, "32.76.07", "14");
    REQUIRE(a14.base);
    CHECK(a14.base->to_string() == "32");
    CHECK(a14.in_region == 30);
    CHECK(a14.region_total == 35);
    CHECK(a14.in_base == 40);
    CHECK(a14.base_total == 60);
    CHECK(a14.lq == Approx((30.0 / 35) / (40.0 / 60))); // 1.2857
    CHECK(a14.strong);
    CHECK(find(m, "32.76.01", "10").lq == Approx(1.8)); // (15/25) / (20/60)
    auto const& c10 = find(m, "31.75.10", "10"); // alone in its province: LQ 1, strong
    CHECK(c10.base->to_string() == "31");
    CHECK(c10.lq == 1.0);
    CHECK(c10.strong);
}

TEST_CASE("a map is rolled up from finer counts, never from coarser ones", "[mapping]")
{
    cluster_map_options o;
    o.region_level = 1;
    o.industry_level = 0;
    auto const m = cluster_map(sample_registry(), o).value();
    REQUIRE(m.size() == 2); // Depok and Jakarta Timur, both section C
    CHECK(m[1].region.to_string() == "32.76");
    CHECK(m[1].industry.to_string() == "C");
    CHECK(m[1].lq == 1.0);
    CHECK(cluster_map(sample_registry("district,division"), cluster_map_options{}).value() ==
          cluster_map(sample_registry(), cluster_map_options{}).value());

    auto const coarse = cluster_map(sample_registry("regency,division"), cluster_map_options{});
    REQUIRE(!coarse);
    CHECK(coarse.error().code == errc::wrong_level);
    CHECK(coarse.error().detail().find("regency") != std::string::npos);
    auto const no_industry = cluster_map(sample_registry("village"), cluster_map_options{});
    REQUIRE(!no_industry);
    CHECK(no_industry.error().code == errc::wrong_level);
    cluster_map_options group;
    group.industry_level = 2;
    CHECK(cluster_map(sample_registry("district,division"), group).error().code == errc::wrong_level);
    cluster_map_options provinces;
    provinces.region_level = 0;
    provinces.base = lq_base::province;
    CHECK(cluster_map(sample_registry(), provinces).error().code == errc::invalid_argument);
    CHECK(cluster_map(aggregate(aggregate_by::parse("district,division").value()),
                      cluster_map_options{})
              .value()
              .empty());
}

TEST_CASE("base labels in both languages", "[mapping]")
{
    CHECK(to_label(lq_base::national) == "national");
    CHECK(to_label(lq_base::province, lang::id) == "provinsi");
}

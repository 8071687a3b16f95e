// Mergeable aggregates: counts by key, refusals kept with their place, and merging that is
// exact, associative and commutative, and equal to one pass over the whole for any split.
#include <sentra/cluster/aggregate.hpp>

#include "catch.hpp"

#include <algorithm>
#include <random>
#include <string>
#include <vector>

using namespace sentra;

namespace {

enterprise make(std::string id, village_code v, kbli_subclass k, std::uint32_t workers = 0,
                std::int64_t sales = -1)
{
    enterprise e;
    e.id = enterprise_id::parse(id).value();
    e.name = "Usaha " + id;
    e.village = v;
    e.kbli.push_back(k);
    if (workers) e.workers = figure<std::uint32_t>{workers, 2026};
    if (sales >= 0) e.annual_sales = figure<rupiah>{rupiah(sales), 2026};
    return e;
}

location at(std::uint32_t line)
{
    location w;
    w.file = "r.ndjson";
    w.line = line;
    w.column = 1;
    return w;
}

error problem(errc code, std::uint32_t line, std::string pointer)
{
    error e;
    e.code = code;
    e.where = at(line);
    e.where.pointer = std::move(pointer);
    e.id = "analytics.no_members"; // made up for the test
    return e;
}

} // namespace

TEST_CASE("what an aggregate counts by: made, parsed, refused", "[aggregate]")
{
    auto const by = aggregate_by::parse("district,division", "pp7-2021", "2025").value();
    CHECK(by.region_level() == 2);
    CHECK(by.industry_level() == std::optional<std::size_t>(1));
    CHECK(by.size() == size_criteria_id::pp7_2021);
    CHECK(by.region_edition() == "2025");
    CHECK(by.to_string() == "district,division");
    CHECK(aggregate_by::parse("village").value().industry_level() == std::nullopt);
    CHECK(aggregate_by().region_level() == 3); // villages by default
    for (char const* bad : {"", "kecamatan", "district,", "district,division,group",
                            "district,kelompok", ",division", "District", "distr\xC3\xA9" "ct"}) {
        auto const r = aggregate_by::parse(bad);
        CHECK(!r);
        if (!r) CHECK(r.error().code == errc::invalid_argument);
    }
    auto const size = aggregate_by::parse("district", "pp9-2099");
    REQUIRE(!size);
    CHECK(size.error().detail().find("pp7-2021") != std::string::npos);
    CHECK(aggregate_by::make(4).error().code == errc::wrong_level);
    CHECK(aggregate_by::make(3, 5).error().code == errc::wrong_level);
    CHECK(aggregate_by::make(0, 0).value().to_string() == "province,section");
}

TEST_CASE("enterprises counted under their region, main activity and size", "[aggregate]")
{
    aggregate a(aggregate_by::parse("district,division", "pp7-2021").value());
    CHECK(a.add(make("a1", "32.76.07.1002", "14111", 10, 250'000'000)));
    CHECK(a.add(make("a2", "32.76.07.1004", "14112", 5)));
    auto both = make("a3", "32.76.07.1002", "10710", 3, 0);
    both.kbli.push_back("14111"); // the first code is the main activity
    CHECK(a.add(both));
    CHECK(a.added() == 3);
    CHECK(a.size() == 3); // a1 mikro by sales; a2 unclassified (no sales, no capital); a3
    aggregate_key k;
    k.region = district_code("32.76.07");
    k.industry = kbli_division("14");
    k.size = size_class::mikro;
    auto const c = a.at(k);
    CHECK(c.enterprises == 1);
    CHECK(c.workers == 10);
    CHECK(c.workers_reported == 1);
    CHECK(c.sales == rupiah(250'000'000));
    CHECK(c.sales_reported == 1);
    k.size.reset();
    k.unclassified = true;
    CHECK(a.at(k).enterprises == 1);
    CHECK(a.at(k).sales_reported == 0);
    k.industry = kbli_division("10");
    k.unclassified = false;
    k.size = size_class::mikro;
    CHECK(a.at(k).enterprises == 1);
    CHECK(a.at(k).sales_reported == 1); // a sales figure of 0 is reported
    k.region = district_code("32.76.08");
    CHECK(a.at(k) == aggregate_counts{}); // nothing there
    auto const cells = a.cells();
    REQUIRE(cells.size() == 3);
    CHECK(std::is_sorted(cells.begin(), cells.end(),
                         [](auto const& x, auto const& y) { return x.first < y.first; }));
    CHECK(cells[0].first.industry == any_industry_code<kbli2020>(kbli_division("10")));
    std::vector<aggregate_key> visited;
    a.for_each([&](aggregate_key const& key, aggregate_counts const& counts) {
        visited.push_back(key);
        CHECK(counts == a.at(key));
    });
    REQUIRE(visited.size() == cells.size());
    for (std::size_t i = 0; i < cells.size(); ++i) CHECK(visited[i] == cells[i].first);
}

TEST_CASE("records that cannot be counted are refused with why and where", "[aggregate]")
{
    aggregate a(aggregate_by::parse("regency,class").value());
    enterprise no_village = make("b1", "32.76.07.1002", "14111");
    no_village.village.reset();
    CHECK_FALSE(a.add(no_village, at(7)));
    enterprise no_kbli = make("b2", "32.76.07.1002", "14111");
    no_kbli.kbli.clear();
    CHECK_FALSE(a.add(no_kbli, at(3)));
    auto negative = make("b3", "32.76.07.1002", "14111");
    negative.annual_sales = figure<rupiah>{rupiah(-5), 2026};
    CHECK_FALSE(a.add(negative, at(9)));
    report r;
    r.add(problem(errc::malformed_code, 2, "/village"));
    r.add(problem(errc::unknown_code, 2, "/kbli/0")); // one record: counted once, by its first
    a.refuse(r);
    report warning_only;
    warning_only.add(errc::invalid_value, at(4), "enterprise.nik_district", {}, severity::warning);
    a.refuse(warning_only); // not a refusal
    CHECK(a.added() == 0);
    CHECK(a.records() == 4);
    auto const& refused = a.refused();
    CHECK(refused.records == 4);
    CHECK(refused.by_reason == std::map<errc, std::uint64_t>{{errc::missing_key, 2},
                                                             {errc::malformed_code, 1},
                                                             {errc::out_of_range, 1}});
    REQUIRE(refused.first.size() == 4);
    CHECK(refused.first[0].where.line == 2); // ordered by place, not arrival
    CHECK(refused.first[1].where.line == 3);
    CHECK(refused.first[1].where.pointer == "/kbli");
    CHECK(refused.first[2].where.line == 7);
    CHECK(refused.first[2].where.pointer == "/village");
    CHECK(refused.first[3].where.pointer == "/annual_sales");
    CHECK(a.size() == 0); // the refused sale left no empty key behind
    for (std::uint32_t line = 100; line > 90; --line) a.refuse(problem(errc::syntax_error, line, ""));
    CHECK(a.refused().first.size() == aggregate_refusals::kept);
    CHECK(a.refused().first.back().where.line == 91); // the earliest few are kept
}

TEST_CASE("a sales total that would overflow refuses the record, not the aggregate", "[aggregate]")
{
    aggregate a(aggregate_by::parse("province").value());
    auto const huge = std::numeric_limits<std::int64_t>::max() - 10;
    CHECK(a.add(make("c1", "32.76.07.1002", "14111", 1, huge)));
    CHECK_FALSE(a.add(make("c2", "32.76.07.1002", "14111", 1, 11)));
    CHECK(a.added() == 1);
    CHECK(a.refused().by_reason.at(errc::out_of_range) == 1);
    aggregate_key k;
    k.region = province_code("32");
    CHECK(a.at(k).enterprises == 1);
    CHECK(a.at(k).workers == 1); // the refused record's workers are not counted either
    aggregate b(a.by());
    CHECK(b.add(make("c3", "32.01.01.2001", "14111", 1, 20)));
    aggregate const before = a;
    auto const m = a.merge(b);
    REQUIRE(!m);
    CHECK(m.error().code == errc::out_of_range);
    CHECK(a == before); // left as it was
}

TEST_CASE("aggregates by other keys do not merge", "[aggregate]")
{
    aggregate a(aggregate_by::parse("district,division").value());
    for (auto other : {aggregate_by::parse("district").value(),
                       aggregate_by::parse("district,group").value(),
                       aggregate_by::parse("district,division", "pp7-2021").value(),
                       aggregate_by::parse("district,division", {}, "2022").value()}) {
        auto const m = a.merge(aggregate(other));
        REQUIRE(!m);
        CHECK(m.error().code == errc::invalid_argument);
        CHECK(m.error().detail().find("district") != std::string::npos);
    }
    CHECK(a.merge(aggregate(a.by())).has_value());
}

TEST_CASE("merging equals one pass over the whole, for any split, order and grouping",
          "[aggregate][property]")
{
    std::mt19937_64 rng(20261129);
    std::vector<village_code> const villages{"32.76.07.1002", "32.76.07.1004", "32.76.01.1006",
                                             "31.75.10.1001", "32.01.26.2006", "36.74.04.1007"};
    std::vector<kbli_subclass> const kbli{"14111", "14112", "10710", "10792", "47111", "56101"};
    // A registry of records, some refused upstream (a report), some by the aggregate itself.
    struct item {
        enterprise e;
        std::optional<report> refused;
        std::uint32_t line;
    };
    auto const by = aggregate_by::parse("district,group", "pp7-2021", "2025").value();
    for (int round = 0; round < 40; ++round) {
        std::vector<item> items;
        std::size_t const n = 1 + rng() % 300;
        for (std::uint32_t i = 0; i < n; ++i) {
            item it{make("e" + std::to_string(i), villages[rng() % villages.size()],
                         kbli[rng() % kbli.size()], static_cast<std::uint32_t>(rng() % 50),
                         static_cast<std::int64_t>(rng() % 3) == 0
                             ? -1
                             : static_cast<std::int64_t>(rng() % 20'000'000'000ull)),
                    std::nullopt, i + 1};
            auto const kind = rng() % 10;
            if (kind == 0) it.e.village.reset();
            if (kind == 1) it.e.kbli.clear();
            if (kind == 2) {
                report r;
                r.add(problem(static_cast<errc>(1 + rng() % 20), i + 1, "/x"));
                it.refused = r;
            }
            items.push_back(std::move(it));
        }
        auto count = [&](aggregate& a, item const& it) {
            if (it.refused)
                a.refuse(*it.refused);
            else
                a.add(it.e, at(it.line));
        };
        aggregate whole(by);
        for (auto const& it : items) count(whole, it);
        CHECK(whole.records() == n);
        auto const cells = whole.cells(); // the cheap order is the key order
        CHECK(std::is_sorted(cells.begin(), cells.end(),
                             [](auto const& x, auto const& y) { return x.first < y.first; }));

        // Any split: each record to a random part (not only contiguous runs).
        std::size_t const k = 1 + rng() % 8;
        std::vector<aggregate> parts(k, aggregate(by));
        for (auto const& it : items) count(parts[rng() % k], it);
        // Any order and grouping: merge random pairs until one is left.
        while (parts.size() > 1) {
            std::size_t const i = rng() % parts.size();
            std::size_t j = rng() % (parts.size() - 1);
            if (j >= i) ++j;
            REQUIRE(parts[i].merge(parts[j]).has_value());
            parts.erase(parts.begin() + static_cast<std::ptrdiff_t>(j));
        }
        CHECK(parts[0] == whole);
        CHECK(parts[0].cells() == whole.cells());

        // Associative and commutative on three random parts.
        aggregate x(by), y(by), z(by);
        for (auto const& it : items) count(rng() % 3 == 0 ? x : rng() % 2 ? y : z, it);
        aggregate xy = x, yx = y;
        REQUIRE(xy.merge(y).has_value());
        REQUIRE(yx.merge(x).has_value());
        CHECK(xy == yx);
        aggregate left = xy, yz = y, right = x;
        REQUIRE(left.merge(z).has_value());
        REQUIRE(yz.merge(z).has_value());
        REQUIRE(right.merge(yz).has_value());
        CHECK(left == right);
        CHECK(left == whole);
    }
}

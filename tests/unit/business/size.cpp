#include <sentra/business/size.hpp>
#include <sentra/io/json.hpp>

#include "catch.hpp"

using namespace sentra;
using namespace sentra::literals;

namespace {
template <class Criteria>
size_class size_of(size_inputs const& in)
{
    auto r = classify<Criteria>(in);
    REQUIRE(r.has_value());
    return r->size;
}
} // namespace

TEST_CASE("PP 7/2021 by capital, at and around every boundary", "[size]")
{
    auto cap = [](std::int64_t v) { return size_of<pp7_2021>({.capital = rupiah(v)}); };
    CHECK(cap(0) == size_class::mikro);
    CHECK(cap(999'999'999) == size_class::mikro);
    CHECK(cap(1'000'000'000) == size_class::mikro);
    CHECK(cap(1'000'000'001) == size_class::kecil);
    CHECK(cap(4'999'999'999) == size_class::kecil);
    CHECK(cap(5'000'000'000) == size_class::kecil);
    CHECK(cap(5'000'000'001) == size_class::menengah);
    CHECK(cap(9'999'999'999) == size_class::menengah);
    CHECK(cap(10'000'000'000) == size_class::menengah);
    CHECK(cap(10'000'000'001) == size_class::besar);
    auto r = classify<pp7_2021>({.capital = 3'000'000'000_rp, .annual_sales = 100_rp});
    REQUIRE(r.has_value());
    CHECK(r->criterion == size_criterion::capital); // capital decides when given
    CHECK(r->rule.find("PP 7/2021") != std::string_view::npos);
}

TEST_CASE("PP 7/2021 by annual sales, at and around every boundary", "[size]")
{
    auto sales = [](std::int64_t v) { return size_of<pp7_2021>({.annual_sales = rupiah(v)}); };
    CHECK(sales(1'999'999'999) == size_class::mikro);
    CHECK(sales(2'000'000'000) == size_class::mikro);
    CHECK(sales(2'000'000'001) == size_class::kecil);
    CHECK(sales(15'000'000'000) == size_class::kecil);
    CHECK(sales(15'000'000'001) == size_class::menengah);
    CHECK(sales(50'000'000'000) == size_class::menengah);
    CHECK(sales(50'000'000'001) == size_class::besar);
    CHECK(classify<pp7_2021>({.annual_sales = 1_rp})->criterion == size_criterion::annual_sales);
}

TEST_CASE("UU 20/2008 by net assets and by sales", "[size]")
{
    auto assets = [](std::int64_t v) { return size_of<uu20_2008>({.net_assets = rupiah(v)}); };
    CHECK(assets(49'999'999) == size_class::mikro);
    CHECK(assets(50'000'000) == size_class::mikro);
    CHECK(assets(50'000'001) == size_class::kecil);
    CHECK(assets(500'000'000) == size_class::kecil);
    CHECK(assets(500'000'001) == size_class::menengah);
    CHECK(assets(10'000'000'000) == size_class::menengah);
    CHECK(assets(10'000'000'001) == size_class::besar);
    auto sales = [](std::int64_t v) { return size_of<uu20_2008>({.annual_sales = rupiah(v)}); };
    CHECK(sales(299'999'999) == size_class::mikro);
    CHECK(sales(300'000'000) == size_class::mikro);
    CHECK(sales(300'000'001) == size_class::kecil);
    CHECK(sales(2'500'000'000) == size_class::kecil);
    CHECK(sales(2'500'000'001) == size_class::menengah);
    CHECK(sales(50'000'000'000) == size_class::menengah);
    CHECK(sales(50'000'000'001) == size_class::besar);
}

TEST_CASE("Permenperin 64/2016 by workers and investment", "[size]")
{
    auto ind = [](std::uint32_t w, std::int64_t v) {
        return size_of<permenperin64_2016>({.workers = w, .investment = rupiah(v)});
    };
    CHECK(ind(19, 999'999'999) == size_class::kecil);
    CHECK(ind(19, 1'000'000'000) == size_class::menengah);
    CHECK(ind(0, 0) == size_class::kecil);
    CHECK(ind(20, 0) == size_class::menengah);
    CHECK(ind(20, 15'000'000'000) == size_class::menengah);
    CHECK(ind(20, 15'000'000'001) == size_class::besar);
    CHECK(ind(19, 15'000'000'001) == size_class::menengah);
    CHECK(ind(5000, 15'000'000'001) == size_class::besar);
}

TEST_CASE("missing or negative inputs are errors naming the field", "[size]")
{
    auto a = classify<pp7_2021>({.workers = 3});
    REQUIRE(!a);
    CHECK(a.error().code == errc::missing_key);
    CHECK(a.error().where.field == "capital");
    auto b = classify<uu20_2008>({});
    REQUIRE(!b);
    CHECK(b.error().where.field == "net_assets");
    auto c = classify<permenperin64_2016>({.workers = 3});
    REQUIRE(!c);
    CHECK(c.error().where.field == "investment");
    auto d = classify<pp7_2021>({.capital = rupiah(-1)});
    REQUIRE(!d);
    CHECK(d.error().code == errc::out_of_range);
    CHECK(d.error().where.field == "capital");
    CHECK(!classify<pp7_2021>({.annual_sales = rupiah(-1)}));
    CHECK(!classify<uu20_2008>({.net_assets = rupiah(-1)}));
    CHECK(!classify<uu20_2008>({.annual_sales = rupiah(-1)}));
    CHECK(!classify<permenperin64_2016>({.workers = 1, .investment = rupiah(-1)}));
}

TEST_CASE("labels and JSON of size inputs", "[size]")
{
    CHECK(to_label(size_class::mikro, lang::id) == "mikro");
    CHECK(to_label(size_class::menengah) == "medium");
    CHECK(to_label(size_class::besar, lang::id) == "besar");
    CHECK(to_label(size_class::kecil) == "small");
    size_inputs in{.capital = 1'500'000'000_rp, .workers = 12};
    auto text = io::json::serialize(in);
    CHECK(text == R"({"capital":"Rp1.500.000.000","workers":12})");
    auto back = io::json::parse<size_inputs>(text);
    REQUIRE(back.has_value());
    CHECK(back->capital == in.capital);
    CHECK(back->workers == in.workers);
    auto bad = io::json::parse<size_inputs>(R"({"capital":"1.5 miliar"})");
    REQUIRE(!bad);
    CHECK(bad.error().problems()[0].where.pointer == "/capital");
    CHECK(pp7_2021::name == "pp7-2021");
}

TEST_CASE("criteria chosen by name at run time", "[size]")
{
    size_inputs in;
    in.capital = rupiah(1'000'000'000);
    for (auto name : size_criteria_names) {
        auto const r = classify(name, in); // each name is known (missing inputs may fail)
        CHECK((r.has_value() || r.error().code != errc::invalid_argument));
    }
    CHECK(classify("pp7-2021", in).value().size == classify<pp7_2021>(in).value().size);
    auto const unknown = classify("pp9-2099", in);
    REQUIRE(!unknown);
    CHECK(unknown.error().code == errc::invalid_argument);
    CHECK(unknown.error().detail.find("pp7-2021") != std::string::npos);
}

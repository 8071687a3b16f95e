#include <sentra/business/size.hpp>
#include <sentra/io/file.hpp>
#include <sentra/io/json.hpp>

#include "catch.hpp"

using namespace sentra;
using namespace sentra::literals;

namespace {
template <class Criteria>
size_class size_of(size_inputs const& in, size_purpose purpose = size_purpose::registration)
{
    auto r = classify<Criteria>(in, purpose);
    REQUIRE(r.has_value());
    return r->size;
}
constexpr auto registration = size_purpose::registration;
constexpr auto empowerment = size_purpose::empowerment;
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
    auto r = classify<pp7_2021>({.capital = 3'000'000'000_rp, .annual_sales = 100_rp}, registration);
    REQUIRE(r.has_value());
    CHECK(r->criterion == size_criterion::capital); // registration: capital decides
    CHECK(r->rule.en.find("PP 7/2021") != std::string_view::npos);
    CHECK(r->basis.en.find("Art. 35(2)-(3)") != std::string_view::npos);
}

TEST_CASE("PP 7/2021 by annual sales, at and around every boundary", "[size]")
{
    auto sales = [](std::int64_t v) {
        return size_of<pp7_2021>({.annual_sales = rupiah(v)}, empowerment);
    };
    CHECK(sales(1'999'999'999) == size_class::mikro);
    CHECK(sales(2'000'000'000) == size_class::mikro);
    CHECK(sales(2'000'000'001) == size_class::kecil);
    CHECK(sales(15'000'000'000) == size_class::kecil);
    CHECK(sales(15'000'000'001) == size_class::menengah);
    CHECK(sales(50'000'000'000) == size_class::menengah);
    CHECK(sales(50'000'000'001) == size_class::besar);
    CHECK(classify<pp7_2021>({.annual_sales = 1_rp}, empowerment)->criterion ==
          size_criterion::annual_sales);
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
    auto a = classify<pp7_2021>({.workers = 3}, registration);
    REQUIRE(!a);
    CHECK(a.error().code == errc::missing_key);
    CHECK(a.error().where.field == "capital");
    auto b = classify<uu20_2008>({}, registration);
    REQUIRE(!b);
    CHECK(b.error().where.field == "net_assets");
    auto c = classify<permenperin64_2016>({.workers = 3}, registration);
    REQUIRE(!c);
    CHECK(c.error().where.field == "investment");
    auto d = classify<pp7_2021>({.capital = rupiah(-1)}, registration);
    REQUIRE(!d);
    CHECK(d.error().code == errc::out_of_range);
    CHECK(d.error().where.field == "capital");
    CHECK(!classify<pp7_2021>({.annual_sales = rupiah(-1)}, empowerment));
    CHECK(!classify<pp7_2021>({.capital = 1_rp, .annual_sales = rupiah(-1)}, registration));
    CHECK(!classify<uu20_2008>({.net_assets = rupiah(-1)}, empowerment));
    CHECK(!classify<uu20_2008>({.annual_sales = rupiah(-1)}, empowerment));
    CHECK(!classify<permenperin64_2016>({.workers = 1, .investment = rupiah(-1)}, empowerment));
}

TEST_CASE("labels and JSON of size inputs", "[size]")
{
    CHECK(to_label(size_class::mikro, lang::id) == "mikro");
    CHECK(to_label(size_class::menengah) == "medium");
    CHECK(to_label(size_class::besar, lang::id) == "besar");
    CHECK(to_label(size_class::kecil) == "small");
    size_inputs in{.capital = 1'500'000'000_rp, .workers = 12};
    auto text = io::json::serialize(in);
    CHECK(text == R"({"capital":1500000000,"workers":12})");
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
        auto const r = classify(name, in, empowerment); // known (missing inputs may fail)
        CHECK((r.has_value() || r.error().code != errc::invalid_argument));
    }
    CHECK(classify("pp7-2021", in, registration).value().size ==
          classify<pp7_2021>(in, registration).value().size);
    auto const unknown = classify("pp9-2099", in, registration);
    REQUIRE(!unknown);
    CHECK(unknown.error().code == errc::invalid_argument);
    CHECK(unknown.error().detail().find("pp7-2021") != std::string::npos);
}

TEST_CASE("PP 7/2021 by purpose: registration by capital, empowerment by sales", "[size]")
{
    // The issue's case: capital says micro, sales say large.
    size_inputs const in{.capital = 500'000'000_rp, .annual_sales = 60'000'000'000_rp};
    auto const reg = classify<pp7_2021>(in, registration).value();
    CHECK(reg.size == size_class::mikro);
    CHECK(reg.criterion == size_criterion::capital);
    CHECK(reg.conflict);
    REQUIRE(reg.by_criterion.size() == 2);
    CHECK(reg.by_criterion[0] ==
          criterion_class{size_criterion::capital, size_class::mikro,
                          {"PP 7/2021 Art. 35: capital at most Rp1.000.000.000",
                           "PP 7/2021 Pasal 35: modal usaha paling banyak Rp1.000.000.000"}});
    CHECK(reg.by_criterion[0].rule.in(lang::id).starts_with("PP 7/2021 Pasal 35: modal usaha"));
    CHECK(reg.by_criterion[1].size == size_class::besar);
    auto const emp = classify<pp7_2021>(in, empowerment).value();
    CHECK(emp.size == size_class::besar); // the sales figure is not dropped
    CHECK(emp.criterion == size_criterion::annual_sales);
    CHECK(emp.basis.en.find("Art. 35(4)-(5)") != std::string_view::npos);
    CHECK(emp.conflict);
    CHECK(emp.by_criterion == reg.by_criterion);

    // Operating before 2 February 2021: sales decide (Art. 35(6)), and are needed.
    size_inputs old{.capital = 500'000'000_rp, .operating_since = date(2012, 1, 15)};
    auto const no_sales = classify<pp7_2021>(old, empowerment);
    REQUIRE(!no_sales);
    CHECK(no_sales.error().code == errc::missing_key);
    CHECK(no_sales.error().where.field == "annual_sales");
    CHECK(no_sales.error().detail().find("Art. 35(6)") != std::string::npos);
    old.annual_sales = 3'000'000'000_rp;
    auto const by_sales = classify<pp7_2021>(old, empowerment).value();
    CHECK(by_sales.size == size_class::kecil);
    CHECK(by_sales.basis.en.find("Art. 35(6)") != std::string_view::npos);
    // The day it came into force is not before it.
    size_inputs const new_one{.capital = 500'000'000_rp, .operating_since = date(2021, 2, 2)};
    auto const by_capital = classify<pp7_2021>(new_one, empowerment).value();
    CHECK(by_capital.size == size_class::mikro);
    CHECK(by_capital.criterion == size_criterion::capital);
    CHECK(!by_capital.conflict);
    CHECK(by_capital.basis.en.find("started on or after 2 February 2021") != std::string_view::npos);
    size_inputs const day_before{.capital = 500'000'000_rp, .operating_since = date(2021, 2, 1)};
    CHECK(!classify<pp7_2021>(day_before, empowerment));
    // No start given, capital only: capital, and the basis says what is assumed.
    auto const unknown_start = classify<pp7_2021>({.capital = 500'000'000_rp}, empowerment).value();
    CHECK(unknown_start.criterion == size_criterion::capital);
    CHECK(unknown_start.basis.en.find("would ask for its annual sales") != std::string_view::npos);
    // Registration needs the capital.
    auto const reg_sales = classify<pp7_2021>({.annual_sales = 1_rp}, registration);
    REQUIRE(!reg_sales);
    CHECK(reg_sales.error().where.field == "capital");
    CHECK(to_label(size_purpose::empowerment, lang::id) == "kemudahan, pelindungan dan pemberdayaan");
    CHECK(pp7_2021_in_force == date(2021, 2, 2));
}

TEST_CASE("UU 20/2008: net assets or sales, the smaller class when they disagree", "[size]")
{
    auto const both = classify<uu20_2008>({.net_assets = 600'000'000_rp, .annual_sales = 200'000'000_rp},
                                          empowerment).value();
    CHECK(both.size == size_class::mikro); // sales qualify it as micro ("atau")
    CHECK(both.criterion == size_criterion::annual_sales);
    CHECK(both.conflict);
    CHECK(both.by_criterion.size() == 2);
    CHECK(both.basis.en.find("smaller class") != std::string_view::npos);
    auto const agree = classify<uu20_2008>({.net_assets = 40'000'000_rp, .annual_sales = 200'000'000_rp},
                                           registration).value();
    CHECK(!agree.conflict);
    CHECK(agree.size == size_class::mikro);
    CHECK(agree.criterion == size_criterion::net_assets); // the first, when equal
    auto const one = classify<uu20_2008>({.net_assets = 40'000'000_rp}, registration).value();
    CHECK(one.basis.en == "UU 20/2008 Art. 6: net assets");
    CHECK(one.basis.id == "UU 20/2008 Pasal 6: kekayaan bersih");
    CHECK(one.by_criterion.size() == 1);
    // Permenperin: one criterion whatever the purpose.
    auto const ikm = classify<permenperin64_2016>({.workers = 25, .investment = 2'000'000'000_rp},
                                                  empowerment).value();
    CHECK(ikm.size == size_class::menengah);
    CHECK(!ikm.conflict);
    CHECK(ikm.by_criterion.size() == 1);
}

TEST_CASE("criteria as a value: names, parse, classify", "[size]")
{
    CHECK(to_string(size_criteria_id::pp7_2021) == "pp7-2021");
    CHECK(to_string(size_criteria_id::uu20_2008) == "uu20-2008");
    CHECK(to_string(size_criteria_id::permenperin64_2016) == "permenperin64-2016");
    for (auto name : size_criteria_names) CHECK(to_string(parse_size_criteria(name).value()) == name);
    auto const bad = parse_size_criteria("PP7-2021");
    REQUIRE(!bad);
    CHECK(bad.error().code == errc::invalid_argument);
    CHECK(!parse_size_criteria(""));
    CHECK(!parse_size_criteria("pp7-2021\xC3\xA9"));
    size_inputs in;
    in.capital = rupiah(2'000'000'000);
    CHECK(classify(size_criteria_id::pp7_2021, in, registration).value().size ==
          classify<pp7_2021>(in, registration).value().size);
    CHECK(classify(size_criteria_id::uu20_2008, in, registration).has_value() ==
          classify<uu20_2008>(in, registration).has_value());
    CHECK(classify(size_criteria_id::permenperin64_2016, in, registration).has_value() ==
          classify<permenperin64_2016>(in, registration).has_value());
}

TEST_CASE("a size decision in JSON: what was asked, the class, and the wording in both languages",
          "[size]")
{
    size_inputs in;
    in.capital = rupiah(500'000'000);
    in.annual_sales = rupiah(60'000'000'000);
    auto const d = classify("pp7-2021", in, size_purpose::registration).value();
    CHECK(d.criteria == "pp7-2021");
    CHECK(d.purpose == size_purpose::registration);
    // The same bytes as `sentra scale --criteria pp7-2021 --capital 500000000 --sales
    // 60000000000 --purpose registration --format json` (the CLI contract test compares the
    // program's output with this file).
    std::string expected;
    io::read_file_into(std::string(SENTRA_TEST_DIR) + "/data/cli_json/scale.json", expected).value();
    CHECK(io::json::serialize(d) + "\n" == expected);
    std::string const json = io::json::serialize(d);
    CHECK(json.starts_with("{\"criteria\":\"pp7-2021\",\"purpose\":\"registration\",\"size\":\"mikro\","
                           "\"criterion\":\"capital\",\"rule\":{\"en\":\"PP 7/2021 Art. 35: capital at "
                           "most Rp1.000.000.000\",\"id\":\"PP 7/2021 Pasal 35:"));
    CHECK(json.ends_with(",\"conflict\":true}"));
    // Through the other entry points too: the criteria's name and the purpose filled in.
    CHECK(classify<uu20_2008>(in, size_purpose::empowerment).value().criteria == "uu20-2008");
    CHECK(classify(size_criteria_id::uu20_2008, in, size_purpose::empowerment).value().purpose ==
          size_purpose::empowerment);
}

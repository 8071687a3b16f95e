#include <sentra/business/category.hpp>
#include <sentra/io/catalog_csv.hpp>
#include <sentra/validation.hpp>
#include <sentra/io/json.hpp>

#include <sentra/io/reference_data.hpp>

#include "cipayung/programme.hpp"
#include "catch.hpp"

using namespace sentra;

namespace {
kbli_catalog small_catalog()
{
    return sentra::io::read_catalog_csv<sentra::kbli2020>("code,level,parent_code,title_id,title_en\n"
                                  "C,section,,Industri Pengolahan,\n"
                                  "14,division,C,Industri Pakaian Jadi,\n"
                                  "141,group,14,Pakaian,\n"
                                  "1411,class,141,Pakaian Jadi,\n"
                                  "14111,subclass,1411,Konveksi Dari Tekstil,\n",
                                  "k.csv")
        .value();
}
} // namespace

TEST_CASE("the Cipayung categories cover what they say", "[category]")
{
    auto cats = cipayung::categories();
    REQUIRE(cats.size() == 4);
    CHECK(cats[0].id.to_string() == "konveksi");
    CHECK(cats[0].label() == "Konveksi");
    CHECK(cats[0].label(lang::en) == "Garment making");
    CHECK(cats[0].covers(kbli_subclass("14111")));
    CHECK(!cats[0].covers(kbli_subclass("14301")));
    CHECK(cats[1].covers(kbli_subclass("14301"))); // fashion: knitted apparel
    CHECK(cats[2].covers(kbli_subclass("56101"))); // kuliner: 561xx
    CHECK(cats[2].covers(kbli_code("5610")));
    CHECK(!cats[2].covers(kbli_code("56")));       // a division is wider than 561
    CHECK(cats[3].covers(kbli_subclass("32111"))); // kerajinan: 32xxx
    CHECK(cats[3].label(lang::id) == "Kerajinan tangan");
}

TEST_CASE("every mapped code exists in the official catalog", "[category][data]")
{
    auto k = io::load_kbli();
    REQUIRE(k.has_value());
    for (auto const& c : cipayung::categories()) {
        auto r = validate(c, {nullptr, &*k, nullptr, {}});
        INFO(c.id.to_string() << '\n' << r);
        CHECK(r.empty());
    }
}

TEST_CASE("category validation names every problem by pointer", "[category]")
{
    programme_category c;
    c.codes = {kbli_code("14111"), kbli_code("14112"), kbli_code("14111"), kbli_code{}};
    auto const k = small_catalog();
    validation_context const cx{nullptr, &k, nullptr, {}};
    auto r = validate(c, cx);
    auto p = r.problems();
    REQUIRE(p.size() == 5);
    CHECK(p[0].where.pointer == "/id");
    CHECK(p[1].where.pointer == "/label_id");
    CHECK(p[2].code == errc::unknown_code);
    CHECK(p[2].where.pointer == "/codes/1");
    CHECK(p[3].code == errc::duplicate_code);
    CHECK(p[3].where.pointer == "/codes/2");
    CHECK(p[4].where.pointer == "/codes/3");
    programme_category none;
    none.id = category_id::parse("x").value();
    none.label_id = "X";
    CHECK(validate(none, cx).problems()[0].where.pointer == "/codes");
    // Without a catalog the codes are not looked up: the form problems remain.
    CHECK(validate(c).problems().size() == 4);
}

TEST_CASE("categories round-trip through JSON", "[category]")
{
    for (auto const& c : cipayung::categories()) {
        auto text = io::json::serialize(c);
        auto back = io::json::parse<programme_category>(text);
        REQUIRE(back.has_value());
        CHECK(*back == c);
    }
    auto bad = io::json::parse<programme_category>(
        R"({"id":"Bad Id","label_id":"x","label_en":"x","codes":["04"]})");
    REQUIRE(!bad);
    CHECK(bad.error().error_count() == 2);
    CHECK(bad.error().problems()[0].where.pointer == "/id");
    CHECK(bad.error().problems()[1].where.pointer == "/codes/0");
}

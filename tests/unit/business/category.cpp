#include <sentra/business/category.hpp>
#include <sentra/io/catalog_csv.hpp>
#include <sentra/validation.hpp>
#include <sentra/io/json.hpp>

#include <sentra/io/reference_data.hpp>

#include "cipayung/programme.hpp"
#include "catch.hpp"

#include <map>
#include <string>
#include <vector>

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
    CHECK(cats[1].covers(kbli_code("1430")));      // the whole class: knitted, embroidered
    CHECK(!cats[1].covers(kbli_subclass("15203"))); // not industrial boots
    CHECK(cats[2].covers(kbli_subclass("56101"))); // kuliner: restaurants
    CHECK(cats[2].covers(kbli_subclass("56304"))); // drink stalls
    CHECK(cats[2].covers(kbli_subclass("10794"))); // kerupuk and keripik
    CHECK(!cats[2].covers(kbli_subclass("56301"))); // not bars
    CHECK(!cats[2].covers(kbli_subclass("56302"))); // nor nightclubs
    CHECK(!cats[2].covers(kbli_code("5610")));     // a class is wider than the subclasses listed
    CHECK(cats[3].covers(kbli_subclass("32903"))); // kerajinan YTDL
    CHECK(cats[3].covers(kbli_subclass("16293"))); // wood carving
    CHECK(!cats[3].covers(kbli_subclass("32907"))); // not uranium fuel elements
    CHECK(!cats[3].covers(kbli_subclass("32906"))); // nor radioisotopes
    CHECK(!cats[3].covers(kbli_code("325")));      // nor medical equipment
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

// What each category of the example means, title by title: every subclass of the official
// list it covers, so that a reader sees the mapping is sensible (and a change to it shows
// here).
TEST_CASE("every KBLI title each Cipayung category covers", "[category][data]")
{
    auto k = io::load_kbli();
    REQUIRE(k.has_value());
    std::map<std::string, std::vector<std::string>> covered;
    for (auto const& c : cipayung::categories())
        for (auto const& e : k->entries(4))
            if (c.covers(e.code()))
                covered[c.id.to_string()].push_back(e.code().to_string() + " " +
                                                    std::string(e.title(lang::id)));
    for (auto const& [id, titles] : covered) {
        std::string all;
        for (auto const& t : titles) all += "\n  " + t;
        INFO(id << ":" << all);
        CHECK(!titles.empty());
    }
    CHECK(covered["konveksi"] == std::vector<std::string>{
                                     "14111 Industri Pakaian Jadi (Konveksi) Dari Tekstil",
                                     "14112 Industri Pakaian Jadi (Konveksi) Dari Kulit",
                                     "14120 Penjahitan Dan Pembuatan Pakaian Sesuai Pesanan",
                                     "14131 Industri Perlengkapan Pakaian Dari Tekstil"});
    CHECK(covered["fashion"] ==
          std::vector<std::string>{
              "14301 Industri Pakaian Jadi Rajutan", "14302 Industri Pakaian Jadi Sulaman/Bordir",
              "14303 Industri Rajutan Kaos Kaki dan Sejenisnya",
              "15121 Industri Barang Dari Kulit Dan Kulit Komposisi Untuk Keperluan Pribadi",
              "15201 Industri Alas Kaki Untuk Keperluan Sehari-hari",
              "15209 Industri Alas Kaki Lainnya"});
    CHECK(covered["kuliner"] ==
          std::vector<std::string>{"10710 Industri Produk Roti Dan Kue",
                                   "10750 Industri Makanan dan Masakan Olahan",
                                   "10792 Industri Kue Basah",
                                   "10794 Industri Kerupuk, Keripik, Peyek Dan Sejenisnya",
                                   "10796 Industri Dodol",
                                   "56101 Restoran",
                                   "56102 Rumah/Warung Makan",
                                   "56103 Kedai Makanan",
                                   "56104 Penyediaan Makanan Keliling/Tempat Tidak Tetap",
                                   "56210 Jasa Boga Untuk Suatu Event Tertentu (Event Catering)",
                                   "56290 Penyediaan Jasa Boga Periode Tertentu",
                                   "56303 Rumah Minum/Kafe",
                                   "56304 Kedai Minuman"});
    CHECK(covered["kerajinan"] ==
          std::vector<std::string>{
              "13122 Industri Kain Tenun Ikat", "13134 Industri Batik",
              "16291 Industri Barang Anyaman Dari Rotan Dan Bambu",
              "16292 Industri barang Anyaman Dari Tanaman Bukan Rotan Dan Bambu",
              "16293 Industri Kerajinan Ukiran Dari Kayu Bukan Mebeller",
              "23932 Industri Perlengkapan Rumah Tangga Dari Tanah Liat/Keramik",
              "23939 Industri Barang Tanah Liat/Keramik dan Porselen Lainnya Bukan Bahan Bangunan",
              "32120 Industri Perhiasan Imitasi dan Barang Sejenis",
              "32903 Industri Kerajinan YTDL"});
}

// The same in KBLI 2025: every subclass of the current edition each category covers, by
// the edition's own titles (sentence case); no buttons (32907, uranium in 2020), no wigs,
// no bars or clubs.
TEST_CASE("every KBLI 2025 title each Cipayung category covers", "[category][data][kbli2025]")
{
    auto const k = io::load_kbli2025();
    REQUIRE(k.has_value());
    for (auto const& c : cipayung::categories_kbli2025()) {
        auto r = validate(c, basic_validation_context<indonesia_kbli2025>{nullptr, &*k, nullptr, {}});
        INFO(c.id.to_string() << '\n' << r);
        CHECK(r.empty());
    }
    std::map<std::string, std::vector<std::string>> covered;
    for (auto const& c : cipayung::categories_kbli2025())
        for (auto const& e : k->entries(4))
            if (c.covers(e.code()))
                covered[c.id.to_string()].push_back(e.code().to_string() + " " +
                                                    std::string(e.sentence_title()));
    CHECK(covered["konveksi"] ==
          std::vector<std::string>{
              "14111 Industri pakaian jadi (konfeksi) dari tekstil",
              "14112 Industri pakaian jadi (konfeksi) dari kulit dan tiruan kulit",
              "14120 Industri penjahitan dan pembuatan (bukan konfeksi) pakaian sesuai "
              "pesanan/kustomisasi",
              "14131 Industri perlengkapan pakaian dari tekstil"});
    CHECK(covered["fashion"] ==
          std::vector<std::string>{
              "14301 Industri pakaian jadi dan perlengkapannya dari rajutan dan crocheted",
              "14302 Industri hosiery rajutan dan crocheted",
              "15121 Industri koper, tas tangan, dan sejenisnya",
              "15201 Industri alas kaki untuk keperluan sehari-hari",
              "15209 Industri alas kaki lainnya"});
    CHECK(covered["kuliner"] ==
          std::vector<std::string>{
              "10710 Industri produk bakeri",
              "10750 Industri makanan dan masakan olahan",
              "10792 Industri kue basah",
              "10794 Industri kerupuk, keripik, peyek, dan sejenisnya",
              "10796 Industri dodol",
              "56101 Aktivitas penyediaan makanan di bangunan tetap",
              "56102 Aktivitas penyediaan makanan di bangunan tidak tetap",
              "56210 Aktivitas jasa boga untuk acara tertentu (event catering)",
              "56290 Aktivitas penyediaan jasa boga lainnya",
              "56303 Aktivitas rumah minum/kafe",
              "56304 Aktivitas kedai minuman",
              "56306 Aktivitas penyediaan minuman keliling/tempat tidak tetap"});
    CHECK(covered["kerajinan"] ==
          std::vector<std::string>{
              "13122 Pertenunan tekstil bukan dengan mesin",
              "13133 Industri kain batik",
              "16291 Industri barang anyaman dari rotan dan bambu",
              "16292 Industri barang anyaman dari tanaman selain rotan dan bambu",
              "16293 Industri kerajinan ukiran dari kayu bukan furnitur",
              "16294 Industri alat dapur dan alat makan dari kayu, rotan, dan bambu",
              "23932 Industri perlengkapan rumah tangga dari tanah liat atau keramik",
              "23939 Industri produk bukan bahan bangunan lainnya dari tanah liat atau keramik dan "
              "porselen",
              "32120 Industri perhiasan imitasi dan barang sejenis",
              "32903 Industri kerajinan YTDL"});
    auto const categories = cipayung::categories_kbli2025();
    auto const& kerajinan = categories[3];
    CHECK(!kerajinan.covers(kbli2025_subclass("32907"))); // buttons and zips
    CHECK(!kerajinan.covers(kbli2025_subclass("32906"))); // wigs
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

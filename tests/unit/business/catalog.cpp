#include <sentra/business/catalog.hpp>

#include <sentra/io/reference_data.hpp>

#include "catch.hpp"

using namespace sentra;

namespace {
constexpr std::string_view small_kbli =
    "code,level,parent_code,title_id,title_en\n"
    "C,section,,Industri Pengolahan,\n"
    "14,division,C,Industri Pakaian Jadi,\n"
    "141,group,14,\"Industri pakaian jadi dan perlengkapannya, bukan kulit berbulu\",\n"
    "1411,class,141,Industri Pakaian Jadi,\n"
    "14111,subclass,1411,Industri Pakaian Jadi (Konveksi) Dari Tekstil,\n"
    "14112,subclass,1411,Industri Pakaian Jadi (Konveksi) Dari Kulit,\n";
constexpr std::string_view small_isic = "code,level,parent_code,title\n"
                                        "C,section,,Manufacturing\n"
                                        "14,division,C,Manufacture of wearing apparel\n";
} // namespace

TEST_CASE("a catalog loads, links and looks up", "[catalog]")
{
    auto k = sentra::io::read_catalog_csv<sentra::kbli2020>(small_kbli, "k.csv");
    REQUIRE(k.has_value());
    CHECK(k->size() == 6);
    CHECK(k->count(4) == 2);
    auto e = k->lookup("14111");
    REQUIRE(e.has_value());
    CHECK(e->title() == "Industri Pakaian Jadi (Konveksi) Dari Tekstil");
    CHECK(e->title(lang::en) == e->title()); // no English title: falls back
    CHECK(e->level() == 4);
    CHECK(!e->legacy());
    auto chain = e->chain();
    REQUIRE(chain.size() == 5);
    CHECK(chain[0].code() == kbli_code("C"));
    CHECK(k->find(kbli_class("1411"))->children().size() == 2);
    CHECK(k->entries(4).size() == 2);
    CHECK(k->find(kbli_code("C"))->parent() == std::nullopt);

    auto unknown = k->lookup("14120");
    REQUIRE(!unknown);
    CHECK(unknown.error().code == errc::unknown_code);
    CHECK(k->lookup("14x").error().code == errc::malformed_code);
    CHECK(k->lookup("61925").error().detail().find("KBLI 2017") != std::string::npos);
}

TEST_CASE("search by words in either language", "[catalog]")
{
    auto k = sentra::io::read_catalog_csv<sentra::kbli2020>(small_kbli, "k.csv");
    REQUIRE(k.has_value());
    CHECK(k->search("konveksi").size() == 2);
    CHECK(k->search("KONVEKSI kulit").size() == 1);
    CHECK(k->search("pakaian").size() == 5);
    CHECK(k->search("   ").empty());
    CHECK(k->search("batik").empty());
    auto i = sentra::io::read_catalog_csv<sentra::isic4>(small_isic, "i.csv");
    REQUIRE(i.has_value());
    k->take_english_titles(*i);
    CHECK(k->find(kbli_code("14"))->title(lang::en) == "Manufacture of wearing apparel");
    CHECK(k->find(kbli_code("14"))->title(lang::id) == "Industri Pakaian Jadi");
    CHECK(k->search("apparel").size() == 1);
}

TEST_CASE("legacy KBLI 2017 codes only by option", "[catalog]")
{
    auto plain = sentra::io::read_catalog_csv<sentra::kbli2020>(small_kbli, "k.csv");
    REQUIRE(plain.has_value());
    CHECK(!plain->lookup("61925"));
    CHECK(kbli_catalog::is_legacy_code(kbli_code("77301")));
    CHECK(!kbli_catalog::is_legacy_code(kbli_code("14111")));
    CHECK(!isic_catalog::is_legacy_code(isic_code("1410")));
    // with the option but without their ancestors, they are orphans: reported, not dropped
    auto r = sentra::io::read_catalog_csv<sentra::kbli2020>(small_kbli, "k.csv", {0, true});
    REQUIRE(!r);
    CHECK(r.error().error_count() == 3);
    CHECK(r.error().problems()[0].code == errc::orphan);
}

TEST_CASE("every kind of bad catalog row is reported", "[catalog]")
{
    auto one = [](std::string_view row) {
        std::string text(small_kbli);
        text += row;
        auto r = sentra::io::read_catalog_csv<sentra::kbli2020>(text, "k.csv");
        REQUIRE(!r);
        INFO(r.error());
        REQUIRE(r.error().error_count() >= 1);
        return r.error().problems()[0];
    };
    auto e = one("14x,subclass,1411,X,\n");
    CHECK(e.code == errc::malformed_code);
    CHECK(e.where.file == "k.csv");
    CHECK(e.where.line == 8);
    CHECK(e.where.column == 3);
    CHECK(one("14113,class,1411,X,\n").code == errc::invalid_value);
    CHECK(one("14113,subclass,1412,X,\n").code == errc::parent_mismatch);
    CHECK(one("14113,subclass,1411,,\n").code == errc::empty_value);
    CHECK(one("14113,subclass,1411,X\n").code == errc::wrong_column_count);
    CHECK(one("14113,subclass,1411,\xC0\xAF,\n").code == errc::invalid_utf8);
    CHECK(one("14111,subclass,1411,Again,\n").code == errc::duplicate_code);
    CHECK(one("15111,subclass,1511,X,\n").code == errc::orphan);
    CHECK(one("\"14113,subclass,1411,X,\n").code == errc::unterminated_quote);

    auto no_header = sentra::io::read_catalog_csv<sentra::kbli2020>("C,section,,X,\n", "k.csv");
    REQUIRE(!no_header);
    CHECK(no_header.error().problems()[0].code == errc::bad_header);
    auto empty = sentra::io::read_catalog_csv<sentra::kbli2020>("", "k.csv");
    REQUIRE(!empty);
    CHECK(empty.error().problems()[0].code == errc::bad_header);
    auto missing = sentra::io::read_catalog<sentra::kbli2020>("/nonexistent/kbli.csv");
    REQUIRE(!missing);
    CHECK(missing.error().problems()[0].code == errc::file_not_found);
}

TEST_CASE("the official KBLI 2020 and ISIC Rev.4 lists", "[catalog][data]")
{
    auto k = io::load_kbli();
    REQUIRE(k.has_value());
    CHECK(k->size() == 2710);
    CHECK(k->count(0) == 21);
    CHECK(k->count(1) == 88);
    CHECK(k->count(2) == 245);
    CHECK(k->count(3) == 567);
    CHECK(k->count(4) == 1789);
    for (std::size_t level = 0; level < 5; ++level)
        for (auto const& e : k->entries(level)) {
            auto back = kbli_code::parse(e.code().to_string());
            REQUIRE(back.has_value());
            CHECK(*back == e.code());
            if (level > 0) CHECK(e.parent()->code() == *e.code().parent());
            if (level < 4) CHECK(!e.children().empty());
        }
    CHECK(k->lookup("14111")->title() == "Industri Pakaian Jadi (Konveksi) Dari Tekstil");
    CHECK(k->lookup("01111")->chain().size() == 5);

    auto i = io::load_isic();
    REQUIRE(i.has_value());
    CHECK(i->size() == 766);
    CHECK(i->count(2) == 238);
    CHECK(i->count(3) == 419);
    // sections and divisions are the same codes in both
    for (std::size_t level = 0; level < 2; ++level)
        for (auto const& e : k->entries(level))
            CHECK(i->find(isic_code::parse(e.code().to_string()).value()).has_value());
    k->take_english_titles(*i);
    CHECK(k->lookup("C")->title(lang::en) == "Manufacturing");

    auto legacy = io::load_kbli({}, catalog_options{0, true});
    REQUIRE(legacy.has_value());
    CHECK(legacy->size() == 2713);
    auto l = legacy->lookup("74100");
    REQUIRE(l.has_value());
    CHECK(l->legacy());
    CHECK(l->parent()->code() == kbli_code("741"));
    CHECK(legacy->lookup("61925")->parent()->code() == kbli_code("6192"));
}

TEST_CASE("invalid UTF-8 after a line break inside a quoted title is placed on its line",
          "[catalog]")
{
    // Regression of fuzz_gazetteer's first find (crash-ca55a558...).
    std::string const text = std::string("code,level,parent_code,title_id,title_en\n") +
                             "01,division,A,\"Crop and animal,\n\xEE\xEE\",\n";
    auto k = sentra::io::read_catalog_csv<sentra::kbli2020>(text, "k.csv");
    REQUIRE_FALSE(k);
    bool found = false;
    for (auto const& e : k.error().problems())
        if (e.code == errc::invalid_utf8) {
            found = true;
            CHECK(e.where.line == 3);
            CHECK(e.where.column == 1);
        }
    CHECK(found);
}

TEST_CASE("a catalog keeps descriptions and sentence-case titles apart from the official text", "[catalog][kbli2025]")
{
    catalog_builder<kbli2025> b;
    b.add(kbli2025_code("C"), "INDUSTRI", "", "Kategori ini mencakup ...", {});
    b.add(kbli2025_code("14"), "INDUSTRI PAKAIAN JADI DAN PERLENGKAPANNYA (APPAREL)", "", "", {});
    auto const c = std::move(b).finish().value();
    auto const e = c.lookup("14").value();
    CHECK(e.title() == "INDUSTRI PAKAIAN JADI DAN PERLENGKAPANNYA (APPAREL)");
    CHECK(e.sentence_title() == "Industri pakaian jadi dan perlengkapannya (apparel)");
    // No English title: the sentence case of the Indonesian one, not the upper-case text.
    CHECK(e.sentence_title(lang::en) == "Industri pakaian jadi dan perlengkapannya (apparel)");
    CHECK(e.title(lang::en) == "INDUSTRI PAKAIAN JADI DAN PERLENGKAPANNYA (APPAREL)");
    CHECK(c.lookup("C").value().description() == "Kategori ini mencakup ...");
    CHECK(e.description().empty());
    // A description that is not UTF-8 is refused where it was given.
    catalog_builder<kbli2025> bad;
    location where;
    where.field = "description";
    bad.add(kbli2025_code("C"), "INDUSTRI", "", "kain \xff", where);
    auto const refused = std::move(bad).finish();
    REQUIRE(!refused);
    auto const problems = refused.error();
    CHECK(problems.problems()[0].code == errc::invalid_utf8);
    CHECK(problems.problems()[0].where.field == "description");
    // KBLI 2020's titles are as the list writes them: the sentence title is the title.
    catalog_builder<kbli2020> k;
    k.add(kbli_code("C"), "Industri Pengolahan", "");
    auto const k2020 = std::move(k).finish().value();
    CHECK(k2020.lookup("C").value().sentence_title() == "Industri Pengolahan");
    CHECK(k2020.lookup("C").value().description().empty());
}

TEST_CASE("sentence case: abbreviations and names kept, spaces tidied", "[catalog][kbli2025]")
{
    CHECK(detail::sentence_case("AKTIVITAS SANTE PAR AQUA  (SPA) HARIAN") ==
          "Aktivitas sante par aqua (SPA) harian");
    CHECK(detail::sentence_case("PENERBITAN GIM ( GAME ONLINE)") == "Penerbitan gim (game online)");
    CHECK(detail::sentence_case("PENCETAKAN TIGA DIMENSI (3D)") == "Pencetakan tiga dimensi (3D)");
    CHECK(detail::sentence_case("IOT DAN LED") == "IoT dan LED");
    CHECK(detail::sentence_case("(PET ANIMALS)") == "(Pet animals)");
    CHECK(detail::sentence_case("KAIN — SONGKET") == "Kain — songket");
    CHECK(detail::sentence_case("").empty());
}

TEST_CASE("search within a level, and an entry's typed code", "[catalog]")
{
    auto k = sentra::io::read_catalog_csv<sentra::kbli2020>(small_kbli, "k.csv");
    REQUIRE(k.has_value());
    auto const all = k->search("pakaian");
    auto const subclasses = k->search("pakaian", 4);
    CHECK(!subclasses.empty());
    CHECK(subclasses.size() < all.size());
    for (auto const& e : subclasses) {
        CHECK(e.level() == 4);
        REQUIRE(e.as<kbli_subclass>());
        CHECK(e.as<kbli_subclass>()->to_string() == e.code().to_string());
    }
    CHECK(k->search("pakaian", 9).empty()); // no such level
    auto const section = k->find(kbli_code("C"));
    REQUIRE(section);
    CHECK(!section->as<kbli_subclass>());
    CHECK(kbli_code("14111").as<kbli_subclass>() == kbli_subclass("14111"));
    CHECK(!kbli_code("141").as<kbli_subclass>());
}

// Reading KBLI 2025 from the publication's JSON files: the shipped data, and every kind of
// bad input, each at its file, line, column and pointer.
#include <sentra/io/kbli_json.hpp>

#include <sentra/io/reference_data.hpp>

#include "catch.hpp"

#include <string>

using namespace sentra;

namespace {

// The five levels of a small list: C, 14, 141, 1411, 14111.
std::string const sections = R"([
  {"code": "C", "title": "INDUSTRI PENGOLAHAN", "description": "Kategori ini ..."}
])";
std::string const divisions = R"([
  {"code": "14", "title": "INDUSTRI PAKAIAN JADI", "description": "", "kategori_code": "C"}
])";
std::string const groups = R"([
  {"code": "141", "title": "INDUSTRI PAKAIAN JADI, BUKAN PAKAIAN JADI DARI KULIT BERBULU", "description": "", "golongan_pokok_code": "14"}
])";
std::string const classes = R"([
  {"code": "1411", "title": "INDUSTRI PAKAIAN JADI DAN PERLENGKAPANNYA", "description": "", "golongan_code": "141"}
])";

std::string subclasses(std::string const& rows)
{
    return "[\n" + rows + "\n]";
}
std::string const konveksi =
    R"(  {"code": "14111", "title": "INDUSTRI PAKAIAN JADI (KONVEKSI) DARI TEKSTIL", "description": "Kelompok ini ...", "subgolongan_code": "1411"})";

result<kbli2025_catalog, report> read_levels(std::string const& last)
{
    catalog_builder<kbli2025> b;
    io::add_kbli_json(b, 0, sections, "01_kategori.json");
    io::add_kbli_json(b, 1, divisions, "02_golongan_pokok.json");
    io::add_kbli_json(b, 2, groups, "03_golongan.json");
    io::add_kbli_json(b, 3, classes, "04_subgolongan.json");
    io::add_kbli_json(b, 4, last, "05_kelompok.json");
    return std::move(b).finish();
}

// By value: result::error() is a copy, and a reference into it would dangle.
error only(report const& r)
{
    REQUIRE(r.problems().size() == 1);
    return r.problems()[0];
}

} // namespace

TEST_CASE("the shipped KBLI 2025 reads whole: 22 / 87 / 257 / 519 / 1,559", "[kbli2025][data]")
{
    auto const k = io::load_kbli2025();
    REQUIRE(k.has_value());
    CHECK(k->count(0) == 22);
    CHECK(k->count(1) == 87);
    CHECK(k->count(2) == 257);
    CHECK(k->count(3) == 519);
    CHECK(k->count(4) == 1559);
    CHECK(k->size() == kbli2025_release.codes);
    // Every entry below a section hangs under its parent (finish() checked it).
    for (std::size_t level = 1; level < 5; ++level)
        for (auto const& e : k->entries(level)) CHECK(e.parent().has_value());
    auto const restoran = k->lookup("56101").value();
    CHECK(restoran.title() == "AKTIVITAS PENYEDIAAN MAKANAN DI BANGUNAN TETAP");
    CHECK(restoran.sentence_title() == "Aktivitas penyediaan makanan di bangunan tetap");
    CHECK(restoran.description().starts_with("Kelompok ini"));
    CHECK(restoran.chain().front().code().to_string() == "I");
    CHECK(k->lookup("V").value().title().size() > 0); // section V: Rev.5's last
    CHECK(k->lookup("56103").error().code == errc::unknown_code);
    CHECK(k->lookup("62011").error().code == errc::unknown_code);
    CHECK(k->lookup("4511").error().code == errc::malformed_code); // no division 45 any more
    CHECK(k->lookup("46100").value().parent()->parent()->parent()->parent()->code().to_string() == "G");
    // Sentence case keeps abbreviations and names.
    CHECK(k->lookup("62204").value().sentence_title() ==
          "Aktivitas konsultansi dan perancangan internet of things (IoT)");
    CHECK(k->lookup("85103").value().sentence_title() == "Pendidikan prasekolah keagamaan Islam");
    CHECK(k->lookup("9623").value().sentence_title() ==
          "Aktivitas sante par aqua (SPA) harian, sauna, dan pemandian");
    CHECK(k->search("makanan bangunan tetap").size() == 2); // 56101, 56102 (any case)
    CHECK(k->search("warung makan").empty());              // 2020's words, not 2025's
}

TEST_CASE("the KBLI JSON reader builds a catalog from the five levels", "[kbli2025]")
{
    auto const c = read_levels(subclasses(konveksi));
    REQUIRE(c.has_value());
    CHECK(c->size() == 5);
    auto const e = c->lookup("14111").value();
    CHECK(e.sentence_title() == "Industri pakaian jadi (konveksi) dari tekstil");
    CHECK(e.title(lang::en) == "INDUSTRI PAKAIAN JADI (KONVEKSI) DARI TEKSTIL"); // no English: the official
    CHECK(e.description() == "Kelompok ini ...");
    CHECK(e.parent()->code().to_string() == "1411");
    // Unicode in a title or description is kept.
    auto const u = read_levels(subclasses(R"(  {"code": "14111", "title": "INDUSTRI KAIN TENUN — SONGKET", "description": "Kain songket Palembang, é", "subgolongan_code": "1411"})"));
    REQUIRE(u.has_value());
    CHECK(u->lookup("14111").value().title() == "INDUSTRI KAIN TENUN — SONGKET");
}

TEST_CASE("the KBLI JSON reader: bad input, each at its place", "[kbli2025]")
{
    SECTION("truncated")
    {
        auto const r = read_levels("[\n  {\"code\": \"14111\", \"title\": \"INDUSTRI");
        REQUIRE(!r);
        auto const& e = only(r.error());
        CHECK(e.code == errc::syntax_error);
        CHECK(e.where.file == "05_kelompok.json");
        CHECK(e.where.line == 2);
    }
    SECTION("wrong type")
    {
        auto const r = read_levels(subclasses(R"(  {"code": 14111, "title": "X", "description": "", "subgolongan_code": "1411"})"));
        REQUIRE(!r);
        auto const& e = only(r.error());
        CHECK(e.code == errc::wrong_type);
        CHECK(e.where.pointer == "/0/code");
        CHECK(e.where.line == 2);
        CHECK(e.where.column == 12); // the value: 2 spaces, {"code": then 14111
        auto const not_array = read_levels(R"({"code": "14111"})");
        CHECK(only(not_array.error()).code == errc::wrong_type);
    }
    SECTION("a parent that is not the code's, and one that is not in the list")
    {
        auto const r = read_levels(subclasses(R"(  {"code": "14111", "title": "X", "description": "", "subgolongan_code": "1412"})"));
        REQUIRE(!r);
        auto const& e = only(r.error());
        CHECK(e.code == errc::parent_mismatch);
        CHECK(e.where.pointer == "/0/subgolongan_code");
        CHECK(e.where.line == 2);
        auto const orphan = read_levels(subclasses(R"(  {"code": "14121", "title": "X", "description": "", "subgolongan_code": "1412"})"));
        REQUIRE(!orphan);
        CHECK(only(orphan.error()).code == errc::orphan);
        CHECK(only(orphan.error()).where.line == 2);
    }
    SECTION("a duplicate code names the line of the first")
    {
        auto const r = read_levels(subclasses(konveksi + ",\n" + konveksi));
        REQUIRE(!r);
        auto const& e = only(r.error());
        CHECK(e.code == errc::duplicate_code);
        CHECK(e.where.line == 3);
        CHECK(e.arg("line") != nullptr);
        CHECK(e.detail(lang::en).find("line 2") != std::string::npos);
    }
    SECTION("a code of the wrong form, or of another level than its file's")
    {
        auto const form = read_levels(subclasses(R"(  {"code": "14X11", "title": "X", "description": "", "subgolongan_code": "1411"})"));
        CHECK(only(form.error()).code == errc::malformed_code);
        CHECK(only(form.error()).where.pointer == "/0/code");
        auto const level = read_levels(subclasses(R"(  {"code": "1411", "title": "X", "description": "", "subgolongan_code": "141"})"));
        CHECK(only(level.error()).code == errc::wrong_level);
        auto const v = read_levels(subclasses(R"(  {"code": "45111", "title": "X", "description": "", "subgolongan_code": "4511"})"));
        CHECK(only(v.error()).code == errc::malformed_code); // 45 is no KBLI 2025 division
    }
    SECTION("missing and unknown keys, an empty title")
    {
        auto const missing = read_levels(subclasses(R"(  {"code": "14111", "title": "X", "description": ""})"));
        CHECK(only(missing.error()).code == errc::missing_key);
        auto const unknown = read_levels(subclasses(R"(  {"code": "14111", "title": "X", "description": "", "subgolongan_code": "1411", "judul": "X"})"));
        CHECK(only(unknown.error()).code == errc::unknown_key);
        auto const empty = read_levels(subclasses(R"(  {"code": "14111", "title": " ", "description": "", "subgolongan_code": "1411"})"));
        CHECK(only(empty.error()).code == errc::empty_value);
        CHECK(only(empty.error()).where.pointer == "/0/title");
    }
    SECTION("not UTF-8")
    {
        auto const r = read_levels(subclasses("  {\"code\": \"14111\", \"title\": \"KAIN \xff\", \"description\": \"\", \"subgolongan_code\": \"1411\"}"));
        REQUIRE(!r);
        CHECK(only(r.error()).code == errc::syntax_error);
        CHECK(only(r.error()).where.line == 2);
    }
    SECTION("an empty file, and a huge title")
    {
        auto const r = read_levels("  \n");
        CHECK(only(r.error()).code == errc::bad_header); // an empty list, as for CSV
        CHECK(only(r.error()).where.file == "05_kelompok.json");
        std::string const big(1 << 20, 'A');
        auto const huge = read_levels(subclasses(R"(  {"code": "14111", "title": ")" + big + R"(", "description": "", "subgolongan_code": "1411"})"));
        REQUIRE(huge.has_value());
        CHECK(huge->lookup("14111").value().title().size() == big.size());
    }
    SECTION("a missing file")
    {
        auto const r = io::read_kbli_json<kbli2025>("/nonexistent/kbli/2025");
        REQUIRE(!r);
        CHECK(r.error().has(error_class::io));
    }
}

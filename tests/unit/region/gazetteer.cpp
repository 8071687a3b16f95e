#include <sentra/region/gazetteer.hpp>
#include <sentra/io/gazetteer_csv.hpp>
#include <sentra/io/reference_data.hpp>
#include <sentra/region/depok.hpp>

#include "catch.hpp"

#include <type_traits>

#include <filesystem>
#include <fstream>
#include <string>

using namespace sentra;

namespace {

constexpr std::string_view provinces = "code,name\n32,JAWA BARAT\n31,DKI JAKARTA\n";
constexpr std::string_view regencies =
    "code,province_code,name\n31.75,31,KOTA ADMINISTRASI JAKARTA TIMUR\n32.01,32,KABUPATEN BOGOR\n"
    "32.71,32,KOTA BOGOR\n32.76,32,KOTA DEPOK\n";
constexpr std::string_view districts =
    "code,regency_code,name\n31.75.10,31.75,Cipayung\n32.76.07,32.76,Cipayung\n";
constexpr std::string_view villages =
    "code,district_code,name\n32.76.07.1002,32.76.07,Cipayung Jaya\n"
    "32.76.07.1004,32.76.07,Bojong Pondok Terong\n31.75.10.1001,31.75.10,Cipayung\n";

result<gazetteer, report> build(std::string_view p, std::string_view r, std::string_view d,
                                std::string_view v, std::size_t cap = 0)
{
    gazetteer_builder<kemendagri> b(gazetteer_options{cap});
    sentra::io::add_level_csv(b, 0, p, "provinces.csv");
    sentra::io::add_level_csv(b, 1, r, "regencies.csv");
    sentra::io::add_level_csv(b, 2, d, "districts.csv");
    sentra::io::add_level_csv(b, 3, v, "villages.csv");
    return std::move(b).finish();
}

// The one problem a broken villages file yields.
error only_problem(std::string_view village_text)
{
    auto g = build(provinces, regencies, districts, village_text);
    REQUIRE(!g);
    auto const& rep = g.error();
    INFO(rep);
    REQUIRE(rep.error_count() == 1);
    return rep.problems()[0];
}

} // namespace

TEST_CASE("a small gazetteer loads, links and finds", "[gazetteer]")
{
    auto g = build(provinces, regencies, districts, villages);
    REQUIRE(g);
    CHECK(g->size() == 11);
    CHECK(g->count(0) == 2);
    CHECK(g->count(3) == 3);
    CHECK(g->count(9) == 0);
    CHECK(!g->empty());
    auto v = g->find(village_code("32.76.07.1004"));
    REQUIRE(v);
    CHECK(v->name() == "Bojong Pondok Terong");
    CHECK(v->level() == region_level::village);
    CHECK(v->level_index() == 3);
    CHECK(v->as<village_code>() == village_code("32.76.07.1004"));
    CHECK(!v->as<district_code>());
    CHECK(v->parent()->as<district_code>() == district_code("32.76.07"));
    CHECK(v->parent()->level() == region_level::district);
    static_assert(std::is_same_v<decltype(v->level()), region_level>);
    // The calls that take a level take the enum as well.
    CHECK(g->count(region_level::village) == 3);
    CHECK(g->regions(region_level::province).size() == 2);
    auto const cipayung = g->find(district_code("32.76.07"));
    CHECK(g->find_by_name("Bojong Pondok Terong", region_level::village, cipayung).size() == 1);
    CHECK(g->find_by_name("Bojong Pondok Terong", region_level::district).empty());
    CHECK(g->nearest_names("Bojong Pondok Terang", region_level::village).size() == 1);
    auto chain = v->chain();
    REQUIRE(chain.size() == 4);
    CHECK(chain[0].name() == "JAWA BARAT");
    CHECK(chain[1].code() == region_id("32.76"));
    CHECK(v->parent()->name() == "Cipayung");
    CHECK(!chain[0].parent());
    // The full name: most specific first, as an address is written.
    CHECK(v->full_name().starts_with(std::string(v->name()) + ", Cipayung, "));
    CHECK(v->full_name().ends_with(", JAWA BARAT"));
    CHECK(v->full_name(" / ").ends_with("Cipayung / " + std::string(chain[1].name()) + " / JAWA BARAT"));
    CHECK(chain[0].full_name() == "JAWA BARAT");
    auto kids = g->find(region_id("32"))->children();
    REQUIRE(kids.size() == 3); // sorted by code, whatever the file order
    CHECK(kids[0].code().to_string() == "32.01");
    CHECK(g->find(region_id("32"))->child_count() == 3);
    CHECK(v->child_count() == 0);
    CHECK(v->children().empty());
    CHECK(!g->find(village_code("32.76.07.1001")));
    CHECK(!g->find(district_code("33.01.01")));
    CHECK(!g->find(region_id{}));
    CHECK(g->contains(region_id("31.75.10")));
    CHECK(g->regions(1).size() == 4);
    CHECK(g->regions(7).empty());
    CHECK(*v == *g->find(region_id("32.76.07.1004")));
}

TEST_CASE("unsorted files load the same", "[gazetteer]")
{
    auto g = build("code,name\n32,JAWA BARAT\n31,DKI JAKARTA\n",
                   "code,province_code,name\n32.76,32,KOTA DEPOK\n31.75,31,KOTA X\n32.01,32,KABUPATEN BOGOR\n"
                   "32.71,32,KOTA BOGOR\n",
                   districts,
                   "code,district_code,name\n31.75.10.1001,31.75.10,C\n32.76.07.1004,32.76.07,B\n"
                   "32.76.07.1002,32.76.07,A\n");
    REQUIRE(g);
    auto kids = g->find(district_code("32.76.07"))->children();
    REQUIRE(kids.size() == 2);
    CHECK(kids[0].name() == "A");
}

TEST_CASE("every region keeps its code and name, whatever the order rows came in",
          "[gazetteer]")
{
    // Sorted per level; levels interleaved and rows unsorted in one combined file; two files
    // for one level: the names are laid out again and codes rebuilt from their parts.
    auto sorted = build(provinces, regencies, districts, villages);
    REQUIRE(sorted);
    gazetteer_builder<kemendagri> b;
    sentra::io::add_combined_csv(b,
                                 "code,name\n32.76.07.1004,Bojong Pondok Terong\n32.76,KOTA DEPOK\n"
                                 "32,JAWA BARAT\n31.75.10,Cipayung\n32.71,KOTA BOGOR\n"
                                 "31.75,KOTA ADMINISTRASI JAKARTA TIMUR\n32.76.07,Cipayung\n"
                                 "31,DKI JAKARTA\n32.01,KABUPATEN BOGOR\n",
                                 "part1.csv");
    sentra::io::add_level_csv(b, 3,
                              "code,district_code,name\n32.76.07.1002,32.76.07,Cipayung Jaya\n"
                              "31.75.10.1001,31.75.10,Cipayung\n",
                              "part2.csv");
    auto mixed = std::move(b).finish();
    REQUIRE(mixed);
    REQUIRE(mixed->size() == sorted->size());
    for (std::size_t level = 0; level < 4; ++level) {
        auto const a = sorted->regions(level);
        auto const m = mixed->regions(level);
        REQUIRE(a.size() == m.size());
        for (std::size_t i = 0; i < a.size(); ++i) {
            CHECK(a[i].code() == m[i].code());
            CHECK(a[i].name() == m[i].name());
            CHECK(mixed->find(m[i].code()) == m[i]);
            if (level > 0) CHECK(m[i].parent()->code() == a[i].parent()->code());
        }
    }
    // a copy holds its own names
    gazetteer const copy = *mixed;
    mixed = result<gazetteer, report>(gazetteer{});
    CHECK(copy.find(village_code("32.76.07.1004"))->name() == "Bojong Pondok Terong");
    CHECK(copy.find(region_id("31"))->name() == "DKI JAKARTA");
}

TEST_CASE("duplicates in unsorted files are placed at both rows, in their own files",
          "[gazetteer]")
{
    gazetteer_builder<kemendagri> b;
    sentra::io::add_level_csv(b, 0, provinces, "provinces.csv");
    sentra::io::add_level_csv(b, 1, regencies, "regencies.csv");
    sentra::io::add_level_csv(b, 2, districts, "districts.csv");
    sentra::io::add_level_csv(b, 3,
                              "code,district_code,name\n32.76.07.1004,32.76.07,B\n"
                              "32.76.07.1002,32.76.07,A\n",
                              "a.csv");
    sentra::io::add_level_csv(b, 3, "code,district_code,name\n32.76.07.1004,32.76.07,B again\n",
                              "b.csv");
    auto r = std::move(b).finish();
    REQUIRE(!r);
    INFO(r.error());
    REQUIRE(r.error().error_count() == 1);
    error const e = r.error().problems()[0];
    CHECK(e.code == errc::duplicate_code);
    CHECK(e.where.file == "b.csv");
    CHECK(e.where.line == 2);
    CHECK(e.detail().find("line 2") != std::string::npos); // the first one, in a.csv
}

TEST_CASE("search ignores case and spacing and knows the prefixes", "[gazetteer]")
{
    auto g = build(provinces, regencies, districts, villages);
    REQUIRE(g);
    CHECK(g->search("cipayung").size() == 3);
    CHECK(g->search("  CIPAYUNG ").size() == 3);
    CHECK(g->search("cipayungjaya").size() == 1);
    CHECK(g->search("Kota Depok").size() == 1);
    CHECK(g->search("depok").size() == 1);
    auto bogor = g->search("bogor");
    CHECK(bogor.size() == 2);
    auto kab = g->search("Kab. Bogor");
    REQUIRE(kab.size() == 1);
    CHECK(kab[0].code() == region_id("32.01"));
    auto kota = g->search("kota bogor");
    REQUIRE(kota.size() == 1);
    CHECK(kota[0].code() == region_id("32.71"));
    CHECK(g->search("Jakarta Timur").size() == 1);
    CHECK(g->search("pondok", name_match::contains).size() == 1);
    CHECK(g->search("").empty());
    CHECK(g->search("...").empty());
    CHECK(g->search("nowhere").empty());
}

TEST_CASE("names are found within a region, and near misses suggested", "[gazetteer]")
{
    auto g = build(provinces, regencies, districts, villages);
    REQUIRE(g);
    auto const depok = g->find(region_id("32.76"));
    auto const jakarta = g->find(region_id("31.75"));
    auto const cipayung_depok = g->find(region_id("32.76.07"));
    REQUIRE(depok);
    // Within a region: only its own; without one: the whole list.
    CHECK(g->find_by_name("Cipayung", 2).size() == 2);
    auto in_depok = g->find_by_name("cipayung", 2, depok);
    REQUIRE(in_depok.size() == 1);
    CHECK(in_depok[0].code() == region_id("32.76.07"));
    CHECK(g->find_by_name("Cipayung Jaya", 3, depok).size() == 1);
    CHECK(g->find_by_name("CIPAYUNGJAYA", 3, cipayung_depok).size() == 1);
    CHECK(g->find_by_name("Cipayung Jaya", 3, jakarta).empty());
    CHECK(g->find_by_name("Cipayung", 3, jakarta).size() == 1);
    CHECK(g->find_by_name("Kota Depok", 1).size() == 1);
    CHECK(g->find_by_name("Depok", 2).empty()); // no district of that name
    CHECK(g->find_by_name("", 3).empty());
    CHECK(g->find_by_name("Cipayung", 9).empty());
    // `within` below or at the level asked: nothing.
    CHECK(g->find_by_name("Cipayung Jaya", 2, cipayung_depok).empty());

    auto near = g->nearest_names("Cipayung Jya", 3, depok);
    REQUIRE(near.size() == 1);
    CHECK(near[0].name() == "Cipayung Jaya");
    CHECK(g->nearest_names("Bojong Pondok Trong", 3).size() == 1);
    CHECK(g->nearest_names("Cipayung Jya", 3, jakarta).empty());
    CHECK(g->nearest_names("Depk", 1).front().name() == "KOTA DEPOK"); // the prefix aside
    CHECK(g->nearest_names("Xyzzy", 3).empty());
    CHECK(g->nearest_names("Cipayung", 2, std::nullopt, 1).size() == 1);
    CHECK(g->nearest_names("Cipayung", 2, std::nullopt, 0).empty());
    CHECK(g->nearest_names("\xF0\x9F\x98\x80", 3).empty());
}

TEST_CASE("every kind of bad row is reported with file, line and column", "[gazetteer]")
{
    SECTION("malformed code")
    {
        auto e = only_problem("code,district_code,name\n32.76.07.10x2,32.76.07,X\n");
        CHECK(e.code == errc::malformed_code);
        CHECK(e.where.file == "villages.csv");
        CHECK(e.where.line == 2);
        CHECK(e.where.column == 12);
    }
    SECTION("wrong level for the file")
    {
        auto e = only_problem("code,district_code,name\n32.76.07,32.76.07,X\n");
        CHECK(e.code == errc::wrong_level);
        CHECK(e.detail().find("this file holds village codes") != std::string::npos);
    }
    SECTION("parent column disagrees")
    {
        auto e = only_problem("code,district_code,name\n32.76.07.1002,31.75.10,X\n");
        CHECK(e.code == errc::parent_mismatch);
        CHECK(e.where.column == 15);
    }
    SECTION("parent column malformed or of the wrong level")
    {
        CHECK(only_problem("code,district_code,name\n32.76.07.1002,32.7,X\n").code ==
              errc::malformed_code);
        CHECK(only_problem("code,district_code,name\n32.76.07.1002,32.76,X\n").code ==
              errc::wrong_level);
    }
    SECTION("orphan")
    {
        auto e = only_problem("code,district_code,name\n32.76.08.1001,32.76.08,X\n");
        CHECK(e.code == errc::orphan);
        CHECK(e.where.line == 2);
        CHECK(e.detail() == "'32.76.08.1001' has no district '32.76.08' in the list");
    }
    SECTION("duplicate")
    {
        auto e = only_problem("code,district_code,name\n32.76.07.1002,32.76.07,X\n"
                              "32.76.07.1002,32.76.07,Y\n");
        CHECK(e.code == errc::duplicate_code);
        CHECK(e.where.line == 3);
        CHECK(e.detail().find("first at line 2") != std::string::npos);
    }
    SECTION("column count, empty line")
    {
        auto e = only_problem("code,district_code,name\n32.76.07.1002,32.76.07,X,extra\n");
        CHECK(e.code == errc::wrong_column_count);
        auto e2 = only_problem("code,district_code,name\n\n32.76.07.1002,32.76.07,X\n");
        CHECK(e2.code == errc::wrong_column_count);
        CHECK(e2.detail().find("empty line") != std::string::npos);
        CHECK(e2.where.line == 2);
    }
    SECTION("empty, huge and invalid UTF-8 names")
    {
        CHECK(only_problem("code,district_code,name\n32.76.07.1002,32.76.07,\n").code ==
              errc::empty_value);
        auto e = only_problem("code,district_code,name\n32.76.07.1002,32.76.07,Ci\xC0\xAFpayung\n");
        CHECK(e.code == errc::invalid_utf8); // an overlong '/'
        CHECK(e.where.column == 26);
        CHECK(
            only_problem("code,district_code,name\n32.76.07.1002,32.76.07,A\xED\xA0\x80\n").code ==
            errc::invalid_utf8); // a surrogate
        std::string huge = "code,district_code,name\n32.76.07.1002,32.76.07," +
                           std::string(10'000'000, 'a') + "\n";
        CHECK(only_problem(huge).code == errc::value_too_long);
    }
    SECTION("bad header and quoting")
    {
        CHECK(only_problem("code,name\n32.76.07.1002,32.76.07,X\n").code == errc::bad_header);
        CHECK(only_problem("code,district_code,name\n\"32.76.07.1002,32.76.07,X\n").code ==
              errc::unterminated_quote);
    }
    SECTION("Unicode names and quoted names are kept")
    {
        auto g = build(provinces, regencies, districts,
                       "code,district_code,name\n32.76.07.1002,32.76.07,\"Soka\"\"an, Ñ\"\n"
                       "32.76.07.1004,32.76.07,Soka\"an\n");
        REQUIRE(g);
        CHECK(g->find(village_code("32.76.07.1002"))->name() == "Soka\"an, Ñ");
        CHECK(g->find(village_code("32.76.07.1004"))->name() == "Soka\"an");
    }
}

TEST_CASE("all problems are collected, up to a cap", "[gazetteer]")
{
    std::string bad = "code,district_code,name\n";
    for (int i = 0; i < 50; ++i) bad += "xx,32.76.07,X\n";
    auto all = build(provinces, regencies, districts, bad);
    REQUIRE(!all);
    CHECK(all.error().error_count() == 50);
    auto capped = build(provinces, regencies, districts, bad, 10);
    REQUIRE(!capped);
    CHECK(capped.error().problems().size() == 10);
    CHECK(capped.error().full());
}

TEST_CASE("combined code,name files", "[gazetteer]")
{
    gazetteer_builder<kemendagri> b;
    sentra::io::add_combined_csv(b, "code,name\n32.76.07.1002,Cipayung Jaya\n32,JAWA BARAT\n32.76,KOTA DEPOK\n"
                       "32.76.07,Cipayung\n",
                       "all.csv");
    auto g = std::move(b).finish();
    REQUIRE(g);
    CHECK(g->size() == 4);
    CHECK(g->find(village_code("32.76.07.1002"))->chain().size() == 4);

    gazetteer_builder<kemendagri> bad;
    sentra::io::add_combined_csv(bad, "32.76.07.1002,Cipayung Jaya\n32.7,X\n1,2,3\n", "all.csv");
    auto r = std::move(bad).finish();
    REQUIRE(!r);
    INFO(r.error());
    // the malformed code, the column count, and the village whose district is absent
    CHECK(r.error().error_count() == 3);
    CHECK(r.error().problems()[0].where.line == 2);
}

TEST_CASE("regions added in code report by their given location", "[gazetteer]")
{
    gazetteer_builder<kemendagri> b;
    location where;
    where.field = "regions[0]";
    b.add(region_id("32.76"), "KOTA DEPOK", where);
    b.add(region_id{}, "x");
    b.add(region_id("32"), "");
    auto r = std::move(b).finish();
    REQUIRE(!r);
    auto probs = r.error().problems();
    CHECK(probs.size() == 3); // empty code, empty name, then the orphan 32.76
    CHECK(probs[2].code == errc::orphan);
    CHECK(probs[2].where.field == "regions[0]");
    CHECK(b.count(0) == 0);
}

TEST_CASE("load() reports missing files as I/O errors", "[gazetteer]")
{
    auto dir = std::filesystem::temp_directory_path() / "sentra_gaz_test";
    std::filesystem::create_directories(dir);
    std::ofstream(dir / "provinces.csv") << provinces;
    auto r = sentra::io::read_gazetteer(dir);
    REQUIRE(!r);
    CHECK(r.error().has(error_class::io));
    CHECK(r.error().error_count() == 3);
    CHECK(r.error().problems()[0].code == errc::file_not_found);
    auto c = sentra::io::read_gazetteer_combined(dir / "none.csv");
    REQUIRE(!c);
    CHECK(c.error().problems()[0].code == errc::file_not_found);
    std::ofstream(dir / "all.csv") << "code,name\n32,JAWA BARAT\n";
    CHECK(sentra::io::read_gazetteer_combined(dir / "all.csv")->size() == 1);
}

TEST_CASE("the embedded Kota Depok set", "[gazetteer][depok]")
{
    gazetteer const& d = kota_depok();
    CHECK(d.count(0) == 1);
    CHECK(d.count(1) == 1);
    CHECK(d.count(2) == 11);
    CHECK(d.count(3) == 63);
    CHECK(d.find(village_code("32.76.07.1002"))->name() == "Cipayung Jaya");
    CHECK(d.find(village_code("32.76.07.1004"))->name() == "Bojong Pondok Terong");
    CHECK(d.find(district_code("32.76.07"))->child_count() > 0);
    CHECK(&d == &kota_depok());
    auto m = d.memory();
    CHECK(m.regions == 76);
    // 8 bytes a region (name offset, parent), a child start per region above the villages
    // and one more per level; 4 bytes a region for its code part, besides the direct tables.
    CHECK(m.node_bytes >= 76 * 8 + (1 + 1 + 11 + 3) * 4);
    CHECK(m.index_bytes >= 76 * 4);
    CHECK(m.name_bytes >= 76);
}

TEST_CASE("plain and careful rows give the same result", "[gazetteer]")
{
    // LF, CRLF, no header, no final newline, a long name, a non-ASCII name, a quoted name:
    // the fast path takes some rows and the CSV reader the others.
    std::string const long_name(300, 'x');
    std::string const rows = "32.76.07.1002,32.76.07,Cipayung Jaya\n"
                             "32.76.07.1003,32.76.07," +
                             long_name +
                             "\n"
                             "32.76.07.1004,32.76.07,Bojong Pondok Terong\n"
                             "32.76.07.1005,32.76.07,Pondok Jaya \xC3\x91\n"
                             "32.76.07.1006,32.76.07,\"Cipayung, Baru\"\n"
                             "32.76.07.1007,32.76.07,Last";
    std::string crlf;
    for (char c : rows) {
        if (c == '\n') crlf += '\r';
        crlf += c;
    }
    std::string const d = "32.76.07,32.76,Cipayung\n";
    for (auto const& text : {rows, crlf}) {
        auto g = build(provinces, regencies, "code,regency_code,name\n" + d, text);
        REQUIRE(g.has_value());
        CHECK(g->count(3) == 6);
        CHECK(g->find(village_code("32.76.07.1002"))->name() == "Cipayung Jaya");
        CHECK(g->find(village_code("32.76.07.1003"))->name() == long_name);
        CHECK(g->find(village_code("32.76.07.1005"))->name() == "Pondok Jaya \xC3\x91");
        CHECK(g->find(village_code("32.76.07.1006"))->name() == "Cipayung, Baru");
        CHECK(g->find(village_code("32.76.07.1007"))->name() == "Last");
    }
}

TEST_CASE("a quote, CR or other byte where a comma belongs is no comma", "[gazetteer]")
{
    // The rows are the plain shape but for one byte at a comma's place: each is read
    // carefully and refused (an earlier fast path took `32.01"32,...` as a regency).
    for (std::string const row : {"32.01\"32,KABUPATEN BOGOR", "32.01\r32,KABUPATEN BOGOR",
                                  "32.01;32,KABUPATEN BOGOR", "32.01,32\"KABUPATEN BOGOR"}) {
        INFO(row);
        auto g = build(provinces, "code,province_code,name\n31.75,31,KOTA X\n" + row + "\n",
                       "code,regency_code,name\n", "code,district_code,name\n");
        REQUIRE(!g);
        CHECK(g.error().problems()[0].where.line == 3);
        CHECK(g.error().problems()[0].where.file == "regencies.csv");
    }
}

TEST_CASE("errors after plain rows keep their line numbers", "[gazetteer]")
{
    std::string text = "code,district_code,name\n";
    for (int i = 1; i <= 200; ++i) text += "32.76.07." + std::to_string(1000 + i) + ",32.76.07,V\n";
    text += "32.76.07.2001,32.76.07,\xFF\n";                         // line 202
    text += "32.76.07.2002,32.76.07,\"two\nlines\"\n";               // lines 203-204
    text += "32.76.07.2003,32.76.07,Ok\n32.76.07.20x4,32.76.07,X\n"; // 205, 206
    auto g = build(provinces, regencies, districts, text);
    REQUIRE(!g);
    auto p = g.error().problems();
    REQUIRE(p.size() == 2);
    CHECK(p[0].code == errc::invalid_utf8);
    CHECK(p[0].where.line == 202);
    CHECK(p[1].code == errc::malformed_code);
    CHECK(p[1].where.line == 206);
}

TEST_CASE("invalid UTF-8 after a line break inside a quoted name is placed on its own line",
          "[gazetteer]")
{
    // Found by fuzz_gazetteer in its 10-minute run: the column was the field's start plus
    // the byte offset, past the end of the field's first line.
    std::string const text = std::string(",\n01114n3,\"P\n\0\0a\xe0\0\x16\x0eL1,\"", 24);
    for (bool combined : {true, false}) {
        gazetteer_builder<kemendagri> b;
        if (combined)
            sentra::io::add_combined_csv(b, text, "r.csv");
        else
            sentra::io::add_level_csv(b, 0, text, "r.csv");
        auto g = std::move(b).finish();
        REQUIRE(!g);
        bool found = false;
        for (auto const& e : g.error().problems())
            if (e.code == errc::invalid_utf8) {
                found = true;
                CHECK(e.where.line == 3);
                CHECK(e.where.column == 4);
            }
        CHECK(found);
    }
    gazetteer_builder<kemendagri> b;
    sentra::io::add_combined_csv(b, "code,name\n32,\"JAWA\nBAR\xff" "AT\"\n", "r.csv");
    auto g = std::move(b).finish();
    REQUIRE(!g);
    CHECK(g.error().problems()[0].where.line == 3);
    CHECK(g.error().problems()[0].where.column == 4);
}

TEST_CASE("lookup by text: malformed or unknown, told apart", "[gazetteer]")
{
    auto const& g = kota_depok();
    auto const found = g.lookup("32.76.07.1002");
    REQUIRE(found.has_value());
    CHECK(found->name() == "Cipayung Jaya");
    CHECK(g.lookup("3276071002").has_value()); // the compact form too
    auto const malformed = g.lookup("32.76.7");
    REQUIRE(!malformed);
    CHECK(malformed.error().code == errc::malformed_code);
    auto const unknown = g.lookup("32.76.99");
    REQUIRE(!unknown);
    CHECK(unknown.error().code == errc::unknown_code);
    CHECK(unknown.error().detail().find("32.76.99") != std::string::npos);
    gazetteer_builder<kemendagri> b(gazetteer_options{0, "2025"});
    b.add(region_id("32"), "JAWA BARAT");
    auto const edition = std::move(b).finish().value();
    CHECK(edition.lookup("33").error().detail() == "33 is not in the 2025 edition");
}

TEST_CASE("lookup_name: the one region of a name, or why not", "[gazetteer][name]")
{
    static gazetteer const g = io::load_gazetteer().value();
    auto const depok = g.lookup_name("Kota Depok", region_level::regency);
    REQUIRE(depok);
    CHECK(depok->code().to_string() == "32.76");
    // Within a region: the village of Cipayung in Kota Depok's district Cipayung.
    auto const district = g.lookup_name("Cipayung", region_level::district, *depok);
    REQUIRE(district);
    CHECK(district->code().to_string() == "32.76.07");
    auto const village = g.lookup_name("Kelurahan Cipayung", region_level::village, *district);
    REQUIRE(village);
    CHECK(village->code().to_string() == "32.76.07.1001");
    CHECK(village->as<village_code>().has_value());
    // Several: ambiguous_name, with the candidates and their parents.
    auto const many = g.lookup_name("Cipayung", region_level::village);
    REQUIRE_FALSE(many);
    CHECK(many.error().code == errc::ambiguous_name);
    CHECK(many.error().detail().find("6 regions (village) are named 'Cipayung'") == 0);
    CHECK(many.error().detail().find("Cipayung, Cipayung (31.75.10.1001)") != std::string::npos);
    CHECK(many.error().detail().find("and 1 more") != std::string::npos);
    // None: unknown_name, with the nearest names.
    auto const typo = g.lookup_name("Cipayung Jya", region_level::village, *district);
    REQUIRE_FALSE(typo);
    CHECK(typo.error().code == errc::unknown_name);
    CHECK(typo.error().detail().find("did you mean 'Cipayung Jaya'") != std::string::npos);
    CHECK(typo.error().detail().find(" in Cipayung, Kota Depok (32.76.07)") != std::string::npos);
    // Unicode, control bytes and a huge name are quoted safely, never crash.
    auto const odd = g.lookup_name("D\xC3\xA9sa \x01\n" + std::string(100000, 'x'),
                                   region_level::village);
    REQUIRE_FALSE(odd);
    CHECK(odd.error().code == errc::unknown_name);
    CHECK(odd.error().detail().size() < 200);
    // A level the scheme lacks.
    auto const bad = g.lookup_name("Depok", std::size_t{9});
    REQUIRE_FALSE(bad);
    CHECK(bad.error().code == errc::invalid_argument);
}

// Hostile input, one test per item of issue 8 §2: each gets a clear error with its
// location, and none crashes, hangs or loses a record silently. (Memory and time under
// limits are checked on the command line by tests/hostile/check.sh; figures in
// docs/testing.md.)
#include <sentra/document.hpp>
#include <sentra/io/document.hpp>
#include <sentra/validation.hpp>
#include <sentra/io/catalog_csv.hpp>
#include <sentra/io/csv.hpp>
#include <sentra/io/file.hpp>
#include <sentra/io/ndjson.hpp>
#include <sentra/io/gazetteer_csv.hpp>
#include <sentra/region/gazetteer.hpp>

#include "catch.hpp"
#include "scratch.hpp"

#include <atomic>
#include <bit>
#include <chrono>
#include <cstdlib>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

namespace {

namespace fs = std::filesystem;
using sentra::errc;

using scratch::write_bytes;
fs::path scratch_dir(std::string const& name) { return scratch::fresh_dir("hostile_" + name); }

constexpr std::string_view document_head =
    R"({"format":"sentra","format_version":1,"region_scheme":"kemendagri",)"
    R"("classification":"kbli2020","categories":[],"agencies":[],"enterprises":[)";
constexpr std::string_view document_tail = R"(],"clusters":[],"cases":[]})";

std::string enterprise_json(std::size_t i, std::string_view name = "Usaha Sampel")
{
    return sentra::detail::cat(R"({"id":"ent-)", std::to_string(i), R"(","name":")", name,
                               R"(","village":"32.76.07.1002","kbli":["14111"],)",
                               R"("capital":"Rp150.000.000","workers":12,"founded":"2012-01-15",)",
                               R"("certifications":[]})");
}

// A document with the enterprises given, on one line.
std::string document_with(std::string_view enterprises)
{
    return sentra::detail::cat(document_head, enterprises, document_tail);
}

sentra::error first(sentra::report const& r)
{
    REQUIRE(!r.problems().empty());
    return r.problems().front();
}

struct stream_result {
    std::vector<sentra::io::ndjson::record<sentra::enterprise>> records;
    sentra::result<sentra::io::ndjson::summary> summary = sentra::io::ndjson::summary{};
};

stream_result read_stream(std::string const& text, sentra::io::ndjson::read_options o = {})
{
    std::istringstream in(text);
    stream_result out;
    out.summary = sentra::io::ndjson::read<sentra::enterprise>(
        in, "hostile.ndjson", [](sentra::enterprise const& e) { return sentra::validate(e); },
        [&](sentra::io::ndjson::record<sentra::enterprise>&& r) { out.records.push_back(std::move(r)); },
        o);
    return out;
}

} // namespace

TEST_CASE("hostile: a 100 MB document on a single line", "[hostile]")
{
    // About 330,000 enterprises with long names, minified onto one line.
    std::string const name(200, 'n');
    std::string body;
    std::size_t n = 0;
    while (body.size() < 100'000'000) {
        if (n) body += ',';
        body += enterprise_json(n++, name);
    }
    std::string const text = document_with(body);
    REQUIRE(text.size() > 100'000'000);
    REQUIRE(text.find('\n') == std::string::npos);

    SECTION("it reads whole: every record, none dropped")
    {
        auto d = sentra::io::read_document(text);
        REQUIRE(d);
        CHECK(d->document.enterprises.size() == n);
        CHECK(d->document.enterprises.back().id.to_string() == "ent-" + std::to_string(n - 1));
    }
    SECTION("an error at its far end has line 1 and the exact column")
    {
        std::string broken = text;
        broken.insert(broken.size() - 1, ",]"); // `[],]}`: an array closed twice
        auto d = sentra::io::read_document(broken);
        REQUIRE(!d);
        auto const e = first(d.error());
        CHECK(e.code == errc::syntax_error);
        CHECK(e.where.line == 1);
        CHECK(e.where.column == broken.size() - 1); // at the `]`, 1-based
    }
    SECTION("an error in the middle names the record's pointer and its column")
    {
        std::string broken = text;
        auto const at = broken.find(R"("ent-200000")");
        REQUIRE(at != std::string::npos);
        auto const kbli = broken.find(R"("14111")", at);
        broken.replace(kbli, 7, R"("1411X")");
        auto d = sentra::io::read_document(broken);
        REQUIRE(!d);
        auto const e = first(d.error());
        CHECK(e.code == errc::malformed_code);
        CHECK(e.where.pointer == "/enterprises/200000/kbli/0");
        CHECK(e.where.line == 1);
        CHECK(e.where.column == kbli + 1);
    }
    SECTION("a problem in every record: each located, in time linear in the text")
    {
        // Placing 330,000 problems once scanned the text from its start for each one.
        std::string broken = text;
        std::size_t replaced = 0;
        for (auto at = broken.find(R"("workers":12)"); at != std::string::npos;
             at = broken.find(R"("workers":12)", at)) {
            broken.replace(at, 12, R"("workers":-1)");
            ++replaced;
        }
        REQUIRE(replaced == n);
        auto d = sentra::io::read_document(broken);
        REQUIRE(!d);
        auto const& problems = d.error();
        REQUIRE(problems.error_count() == n);
        auto const last = problems.problems().back();
        CHECK(last.where.pointer == "/enterprises/" + std::to_string(n - 1) + "/workers");
        CHECK(last.where.line == 1);
        CHECK(last.where.column == broken.rfind(R"("workers")") + 11);
    }
    SECTION("as one NDJSON line it is reported too long and skipped; the next record comes")
    {
        std::string stream = text + "\n" + enterprise_json(7) + "\n";
        auto r = read_stream(stream);
        REQUIRE(r.summary);
        REQUIRE(r.records.size() == 2);
        CHECK(r.records[0].problems.problems()[0].code == errc::value_too_long);
        CHECK(r.records[0].problems.problems()[0].where.line == 1);
        CHECK(r.records[1].ok());
        CHECK(r.records[1].line == 2);
    }
}

TEST_CASE("hostile: nesting 100,000 deep", "[hostile]")
{
    for (std::string const open : {"[", R"({"a":)"}) {
        std::string deep;
        for (int i = 0; i < 100'000; ++i) deep += open;
        INFO("nesting with " << open);
        auto d = sentra::io::read_document(deep);
        REQUIRE(!d);
        auto const e = first(d.error());
        CHECK(e.code == errc::syntax_error);
        CHECK(e.where.line == 1);
        CHECK(e.where.column == 64 * open.size() + 1); // the first level past max_depth (64)
        CHECK(e.to_string().size() < 200);
        // Inside a document, and as a record of a stream.
        auto inner = sentra::io::read_document(document_with(deep));
        REQUIRE(!inner);
        CHECK(first(inner.error()).code == errc::syntax_error);
        auto r = read_stream(deep + "\n" + enterprise_json(1) + "\n");
        REQUIRE(r.records.size() == 2);
        CHECK(r.records[0].problems.problems()[0].where.line == 1);
        CHECK(r.records[1].ok());
    }
}

TEST_CASE("hostile: a 10 MB string", "[hostile]")
{
    std::string const huge(10'000'000, 'x');
    SECTION("as a name it is data: read and written back whole")
    {
        auto d = sentra::io::read_document(document_with(enterprise_json(1, huge)));
        REQUIRE(d);
        CHECK(d->document.enterprises[0].name.size() == huge.size());
        auto again = sentra::io::read_document(sentra::io::write_document(d->document));
        REQUIRE(again);
        auto expected = d->document; // written in the version this library writes
        expected.format_version = sentra::document_format_version;
        CHECK(again->document == expected);
    }
    SECTION("as an id it is too long, and the error line stays short")
    {
        std::string text = document_with(enterprise_json(1));
        text.replace(text.find("ent-1"), 5, huge);
        auto d = sentra::io::read_document(text);
        REQUIRE(!d);
        auto const e = first(d.error());
        CHECK(e.code == errc::value_too_long);
        CHECK(e.where.pointer == "/enterprises/0/id");
        CHECK(e.to_string().size() < 300);
    }
    SECTION("as a key it is unknown, and quoted short")
    {
        std::string text = document_with("");
        text.insert(1, "\"" + huge + "\":1,");
        auto d = sentra::io::read_document(text);
        REQUIRE(!d);
        auto const e = first(d.error());
        CHECK(e.code == errc::unknown_key);
        CHECK(e.where.pointer.size() == huge.size() + 1); // whole, for programs
        CHECK(e.where.line == 1);
        CHECK(e.where.column == huge.size() + 5); // its value, as for every pointer
        CHECK(e.to_string().size() < 300);        // shortened, for people
        CHECK(e.to_string().find("/xxxx") != std::string::npos);
    }
    SECTION("unterminated, it is a syntax error at the end of the input")
    {
        std::string const text = R"({"format":")" + huge;
        auto d = sentra::io::read_document(text);
        REQUIRE(!d);
        auto const e = first(d.error());
        CHECK(e.code == errc::syntax_error);
        CHECK(e.where.column == text.size() + 1);
    }
}

TEST_CASE("hostile: numbers beyond int64, and doubles that do not round-trip", "[hostile]")
{
    std::string const base = document_with(enterprise_json(1));
    auto with_workers = [&](std::string const& number) {
        std::string text = base;
        text.replace(text.find("\"workers\":12"), 12, "\"workers\":" + number);
        return text;
    };
    for (std::string const& n : std::vector<std::string>{"99999999999999999999", "-99999999999999999999", "18446744073709551616", "4294967296",
          "-1", "1e999", "1.5", std::string(5000, '9')}) {
        INFO("workers " << n.substr(0, 30));
        auto d = sentra::io::read_document(with_workers(n));
        REQUIRE(!d);
        auto const e = first(d.error());
        CHECK((e.code == errc::out_of_range || e.code == errc::wrong_type ||
               e.code == errc::syntax_error));
        if (e.code != errc::syntax_error) CHECK(e.where.pointer == "/enterprises/0/workers");
        CHECK(e.where.line == 1);
        CHECK(e.where.column == base.find("\"workers\"") + 11);
    }
    {
        auto d = sentra::io::read_document(with_workers("4294967295"));
        REQUIRE(d);
        CHECK(d->document.enterprises[0].workers == 4294967295u);
    }

    // Indicator values are doubles: decimal text that no double holds exactly reads as the
    // nearest double, and writing gives the shortest text that reads back to the same bits.
    auto d = sentra::io::read_document_file(fs::path(SENTRA_TEST_DIR) / "data/documents/cipayung.json")
                 .value()
                 .document;
    REQUIRE(!d.clusters.empty());
    std::vector<std::string> const texts = {
        "0.1000000000000000055511151231257827021181583404541015625", // 0.1 exactly
        "3.14159265358979323846264338327950288",
        "2.2250738585072011e-308", // the largest subnormal, famously slow to parse
        "4.9e-324",                // the smallest
        "1e-400",                  // underflows to 0
        "1.7976931348623157e308",  // the largest
        "123456789012345678901234567890",
        "-0.0",
        "0.30000000000000004"};
    for (auto const& t : texts) {
        INFO("value " << t);
        auto doc = d;
        doc.clusters[0].goals.clear();
        doc.clusters[0].goals.push_back({"i", "u", 0, 0, "2020", {}});
        std::string text = sentra::io::write_document(doc);
        auto const at = text.find("\"baseline\": 0.0");
        REQUIRE(at != std::string::npos);
        text.replace(at, 15, "\"baseline\": " + t);
        auto read = sentra::io::read_document(text);
        REQUIRE(read);
        double const v = *read->document.clusters[0].goals[0].baseline;
        CHECK(v == std::strtod(t.c_str(), nullptr));
        auto const written = sentra::io::write_document(read->document);
        auto again = sentra::io::read_document(written);
        REQUIRE(again);
        double const w = *again->document.clusters[0].goals[0].baseline;
        CHECK(std::bit_cast<std::uint64_t>(w) == std::bit_cast<std::uint64_t>(v));
        CHECK(sentra::io::write_document(again->document) == written); // a fixed point
    }
}

TEST_CASE("hostile: duplicate keys", "[hostile]")
{
    std::string text = document_with(enterprise_json(1));
    text.insert(text.find("\"name\""), R"("name":"Shadow",)");
    auto d = sentra::io::read_document(text);
    REQUIRE(!d);
    auto const e = first(d.error());
    CHECK(e.code == errc::duplicate_key);
    CHECK(e.where.line == 1);
    CHECK(e.where.column == text.find("\"name\"", text.find("Shadow")) + 1);
    // At the top level too, and the same key three times is two problems.
    std::string top = document_with("");
    top.insert(1, R"("format":"sentra","format":"sentra",)");
    auto t = sentra::io::read_document(top);
    REQUIRE(!t);
    CHECK(t.error().error_count() == 2);
}

TEST_CASE("hostile: duplicate keys spelled with escapes", "[hostile]")
{
    auto duplicate_at = [](std::string const& text) -> std::size_t {
        auto d = sentra::io::read_document(text);
        REQUIRE(!d);
        for (auto const& e : d.error().problems())
            if (e.code == errc::duplicate_key) {
                CHECK(e.where.line == 1);
                return e.where.column;
            }
        FAIL("no duplicate_key");
        return 0;
    };
    // "n\u0061m\u0065" is "name": the second spelling, the plain one, is the repeat.
    std::string text = document_with(enterprise_json(1));
    auto const at = text.find("\"name\"");
    text.insert(at, R"("n\u0061m\u0065":"Shadow",)");
    CHECK(duplicate_at(text) == text.find("\"name\"", at) + 1);

    // Every escape JSON has, then the same characters written otherwise (raw UTF-8 for the
    // \u escapes, a surrogate pair for the emoji).
    std::string keys = document_with("");
    std::string const first_key = R"("\b\f\n\r\t\"\\\/\u00e9\ud83d\ude00")";
    std::string const second_key =
        R"("\u0008\u000c\u000a\u000d\u0009\u0022\u005c/)" "\xc3\xa9\xf0\x9f\x98\x80\"";
    keys.insert(1, first_key + ":1," + second_key + ":2,");
    CHECK(duplicate_at(keys) == 1 + first_key.size() + 3 + 1);
}

TEST_CASE("hostile: NUL bytes and invalid UTF-8", "[hostile]")
{
    std::string const base = document_with(enterprise_json(1, "NAME"));
    auto with_name = [&](std::string const& bytes) {
        std::string text = base;
        text.replace(text.find("NAME"), 4, bytes);
        return text;
    };
    auto const column = base.find("NAME") + 1;
    SECTION("a raw NUL in a string, and between tokens, is a syntax error where it is")
    {
        auto d = sentra::io::read_document(with_name(std::string("a\0b", 3)));
        REQUIRE(!d);
        CHECK(first(d.error()).code == errc::syntax_error);
        CHECK(first(d.error()).where.column == column + 1);
        std::string between = base;
        between.insert(1, 1, '\0');
        auto b = sentra::io::read_document(between);
        REQUIRE(!b);
        CHECK(first(b.error()).where.column == 2);
        // A NUL in front of a file (a UTF-16 export read as bytes) too.
        auto u = sentra::io::read_document(std::string("\xff\xfe{\0", 4));
        REQUIRE(!u);
        CHECK(first(u.error()).where.column == 1);
    }
    SECTION("an escaped NUL is a character like any other, and round-trips")
    {
        auto d = sentra::io::read_document(with_name("a\\u0000b"));
        REQUIRE(d);
        CHECK(d->document.enterprises[0].name == std::string("a\0b", 3));
        auto again = sentra::io::read_document(sentra::io::write_document(d->document));
        REQUIRE(again);
        auto expected = d->document; // written in the version this library writes
        expected.format_version = sentra::document_format_version;
        CHECK(again->document == expected);
    }
    SECTION("invalid UTF-8: stray continuation, truncated sequence, invalid byte")
    {
        for (std::string const bad : {"\x80", "\xC3", "\xC3\x28", "\xE2\x82", "\xFF", "\xFE",
                                      "\xF8\x88\x80\x80\x80"}) {
            auto d = sentra::io::read_document(with_name("ab" + bad + "cd"));
            REQUIRE(!d);
            CHECK(first(d.error()).code == errc::syntax_error);
            CHECK(first(d.error()).where.line == 1);
            CHECK(first(d.error()).where.column >= column + 2);
            CHECK(first(d.error()).where.column <= column + 3);
        }
    }
    SECTION("in a CSV of regions: invalid_utf8 at its line and column")
    {
        sentra::gazetteer_builder<sentra::kemendagri> b;
        sentra::io::add_combined_csv(b, "code,name\n32,JAWA BARAT\n32.76,KOTA \xC3\x28" "DEPOK\n", "r.csv");
        auto g = std::move(b).finish();
        REQUIRE(!g);
        auto const e = first(g.error());
        CHECK(e.code == errc::invalid_utf8);
        CHECK(e.where.line == 3);
        CHECK(e.where.column == 12);
    }
}

TEST_CASE("hostile: overlong UTF-8, surrogates and code points past U+10FFFF", "[hostile]")
{
    std::string const base = document_with(enterprise_json(1, "NAME"));
    std::vector<std::string> const bad = {
        "\xC0\xAF",             // '/' in two bytes
        "\xC1\xBF",             // U+007F in two bytes
        "\xE0\x80\xAF",         // '/' in three
        "\xE0\x9F\xBF",         // U+07FF in three
        "\xF0\x80\x80\xAF",     // '/' in four
        "\xF0\x8F\xBF\xBF",     // U+FFFF in four
        "\xED\xA0\x80",         // U+D800, a surrogate
        "\xED\xBF\xBF",         // U+DFFF
        "\xF4\x90\x80\x80",     // U+110000
        "\xF5\x80\x80\x80"};    // a lead byte that cannot start anything
    for (auto const& b : bad) {
        std::string text = base;
        text.replace(text.find("NAME"), 4, b);
        auto d = sentra::io::read_document(text);
        REQUIRE(!d);
        CHECK(first(d.error()).code == errc::syntax_error);
        CHECK(first(d.error()).where.column == base.find("NAME") + 1);

        // The CSV readers refuse them as invalid UTF-8, at the column of the sequence.
        sentra::gazetteer_builder<sentra::kemendagri> g;
        sentra::io::add_combined_csv(g, "code,name\n32,JAWA " + b + "BARAT\n", "r.csv");
        auto r = std::move(g).finish();
        REQUIRE(!r);
        CHECK(first(r.error()).code == errc::invalid_utf8);
        CHECK(first(r.error()).where.line == 2);
        CHECK(first(r.error()).where.column == 9);
    }
    // Escaped lone surrogates are refused too; a proper pair is a character.
    for (std::string const esc : {"\\ud800", "\\udfff", "\\ud800\\u0041", "\\udc00\\ud800"}) {
        std::string text = base;
        text.replace(text.find("NAME"), 4, esc);
        auto d = sentra::io::read_document(text);
        CHECK(!d);
    }
    std::string pair = base;
    pair.replace(pair.find("NAME"), 4, "\\ud83d\\ude00");
    auto d = sentra::io::read_document(pair);
    REQUIRE(d);
    CHECK(d->document.enterprises[0].name == "\xF0\x9F\x98\x80");
}

TEST_CASE("hostile: a CSV with 10^6 columns", "[hostile]")
{
    std::string row = "32";
    for (int i = 1; i < 1'000'000; ++i) row += ",x";
    SECTION("as a region row: wrong column count at its line")
    {
        sentra::gazetteer_builder<sentra::kemendagri> b;
        sentra::io::add_combined_csv(b, "code,name\n" + row + "\n32.76,KOTA DEPOK\n", "wide.csv");
        auto g = std::move(b).finish();
        REQUIRE(!g);
        auto const e = first(g.error());
        CHECK(e.code == errc::wrong_column_count);
        CHECK(e.where.file == "wide.csv");
        CHECK(e.where.line == 2);
        CHECK(e.to_string().size() < 300);
    }
    SECTION("as the header: the wrong count at line 1, and nothing loaded")
    {
        sentra::gazetteer_builder<sentra::kemendagri> b;
        sentra::io::add_combined_csv(b, row + "\n32,JAWA BARAT\n", "wide.csv");
        auto g = std::move(b).finish();
        REQUIRE(!g);
        CHECK(first(g.error()).code == errc::wrong_column_count);
        CHECK(first(g.error()).where.line == 1);
        CHECK(first(g.error()).detail().find("found 1,000,000") != std::string::npos);
    }
    SECTION("the KBLI catalog too")
    {
        auto c = sentra::io::read_catalog_csv<sentra::kbli2020>("code,level,parent_code,title_id,title_en\n" +
                                                    row + "\n",
                                                "wide.csv");
        REQUIRE(!c);
        CHECK(first(c.error()).where.line == 2);
    }
}

TEST_CASE("hostile: an empty file", "[hostile]")
{
    auto dir = scratch_dir("empty");
    auto const file = dir / "empty.json";
    write_bytes(file, "");
    auto d = sentra::io::read_document_file(file);
    REQUIRE(!d);
    auto const e = first(d.error());
    CHECK(e.code == errc::syntax_error);
    CHECK(e.where.file == file.string());
    CHECK(e.where.line == 1);
    CHECK(e.where.column == 1);
    // Blank, or a byte-order mark alone: the same.
    write_bytes(file, " \n\t\n");
    CHECK(first(sentra::io::read_document_file(file).error()).where.line == 3);
    write_bytes(file, "\xEF\xBB\xBF");
    CHECK(!sentra::io::read_document_file(file));

    // A stream: no records, and that is not an error.
    auto const stream = dir / "empty.ndjson";
    write_bytes(stream, "");
    std::size_t records = 0;
    auto s = sentra::io::ndjson::read_file<sentra::enterprise>(
        stream, [](auto const&) { return sentra::report{}; }, [&](auto&&) { ++records; });
    REQUIRE(s);
    CHECK(s->records == 0);
    CHECK(records == 0);

    // A gazetteer file and a catalog: a missing header.
    auto const csv = dir / "regions.csv";
    write_bytes(csv, "");
    auto g = sentra::io::read_gazetteer_combined(csv);
    REQUIRE(!g);
    CHECK(first(g.error()).code == errc::bad_header);
    CHECK(first(g.error()).where.file == csv.string());
    auto c = sentra::io::read_catalog<sentra::kbli2020>(csv);
    REQUIRE(!c);
    CHECK(first(c.error()).where.line == 1);
}

TEST_CASE("hostile: a file that is a directory", "[hostile]")
{
    auto dir = scratch_dir("directory");
    fs::create_directories(dir / "doc.json");
    auto d = sentra::io::read_document_file(dir / "doc.json");
    REQUIRE(!d);
    CHECK(first(d.error()).code == errc::file_unreadable);
    CHECK(first(d.error()).where.file == (dir / "doc.json").string());
    auto s = sentra::io::ndjson::read_file<sentra::enterprise>(
        dir / "doc.json", [](auto const&) { return sentra::report{}; }, [](auto&&) {});
    REQUIRE(!s);
    CHECK(s.error().code == errc::file_unreadable);
    auto g = sentra::io::read_gazetteer_combined(dir / "doc.json");
    REQUIRE(!g);
    CHECK(first(g.error()).code == errc::file_unreadable);
    auto c = sentra::io::read_catalog<sentra::kbli2020>(dir / "doc.json");
    REQUIRE(!c);
    CHECK(first(c.error()).code == errc::file_unreadable);
    // Writing over a directory is refused and leaves it alone.
    auto w = sentra::io::write_document_file(dir / "doc.json", sentra::document{});
    REQUIRE(!w);
    CHECK(w.error().code == errc::file_unwritable);
    CHECK(fs::is_directory(dir / "doc.json"));
}

TEST_CASE("hostile: a file that vanishes while it is read", "[hostile]")
{
    auto dir = scratch_dir("vanish");
    auto const file = dir / "e.ndjson";
    std::string text;
    for (std::size_t i = 0; i < 5000; ++i) text += enterprise_json(i) + "\n";
    write_bytes(file, text);
    sentra::io::ndjson::read_options o;
    o.chunk_bytes = 4096; // many reads after the file is gone
    o.batch_lines = 10;
    std::size_t delivered = 0;
    auto s = sentra::io::ndjson::read_file<sentra::enterprise>(
        file, [](auto const& e) { return sentra::validate(e); },
        [&](sentra::io::ndjson::record<sentra::enterprise>&& r) {
            if (delivered++ == 0) fs::remove(file); // unlinked: the open file is still whole
            CHECK(r.ok());
        },
        o);
    REQUIRE(s);
    CHECK(!fs::exists(file));
    CHECK(delivered == 5000);
    CHECK(s->valid == 5000);
    // Gone before it is opened: file_not_found, naming it.
    auto gone = sentra::io::read_document_file(file);
    REQUIRE(!gone);
    CHECK(first(gone.error()).code == errc::file_not_found);
    CHECK(first(gone.error()).where.file == file.string());
}

TEST_CASE("hostile: a file truncated while it is read", "[hostile]")
{
    auto dir = scratch_dir("truncate");
    auto const file = dir / "e.ndjson";
    std::string text;
    for (std::size_t i = 0; i < 5000; ++i) text += enterprise_json(i) + "\n";
    write_bytes(file, text);

    SECTION("a stream: what was read is delivered, then the cut is an error, not an end")
    {
        for (std::size_t const cut : {text.size() / 2, text.find('\n', text.size() / 2) + 1}) {
            write_bytes(file, text);
            sentra::io::ndjson::read_options o;
            o.chunk_bytes = 4096;
            o.batch_lines = 10;
            std::vector<sentra::io::ndjson::record<sentra::enterprise>> got;
            auto s = sentra::io::ndjson::read_file<sentra::enterprise>(
                file, [](auto const& e) { return sentra::validate(e); },
                [&](sentra::io::ndjson::record<sentra::enterprise>&& r) {
                    if (got.empty()) fs::resize_file(file, cut);
                    got.push_back(std::move(r));
                },
                o);
            INFO("cut at " << cut << (text[cut - 1] == '\n' ? " (a line boundary)" : ""));
            REQUIRE(!s); // even when the cut falls between two lines
            CHECK(s.error().code == errc::file_unreadable);
            CHECK(s.error().where.file == file.string());
            CHECK(s.error().detail().find("shrank") != std::string::npos);
            REQUIRE(!got.empty());
            for (std::size_t i = 0; i + 1 < got.size(); ++i) CHECK(got[i].ok());
            CHECK(got.size() <= 5000);
        }
    }
    SECTION("a whole file: never a silent prefix")
    {
        // Another thread truncates while the reader reads; whatever the timing, the reader
        // returns the whole file, the file as it was cut before it was opened, or an error.
        std::string big;
        while (big.size() < 40'000'000) big += text;
        std::size_t const cut = big.size() / 3;
        for (int round = 0; round < 6; ++round) {
            write_bytes(file, big);
            std::atomic<bool> go{false};
            std::thread cutter([&] {
                while (!go) std::this_thread::yield();
                std::this_thread::sleep_for(std::chrono::microseconds(200 * round));
                fs::resize_file(file, cut);
            });
            go = true;
            std::string data;
            auto r = sentra::io::read_file_into(file, data);
            cutter.join();
            if (r) {
                CHECK((data.size() == big.size() || data.size() == cut));
                CHECK(std::string_view(data) == std::string_view(big).substr(0, data.size()));
            } else {
                CHECK(r.error().code == errc::file_unreadable);
                CHECK(data.empty());
            }
        }
    }
}

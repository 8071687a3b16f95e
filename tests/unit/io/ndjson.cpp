// NDJSON streams: every record delivered or reported, in order, with its line.
#include <sentra/io/ndjson.hpp>
#include <sentra/document.hpp>
#include <sentra/io/document.hpp>
#include <sentra/validation.hpp>

#include "catch.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace {

using sentra::enterprise;

struct collected {
    std::vector<sentra::io::ndjson::record<enterprise>> records;
    sentra::io::ndjson::summary summary;
};

collected read_all(std::string const& text, sentra::io::ndjson::read_options options = {})
{
    std::istringstream in(text);
    collected out;
    auto s = sentra::io::ndjson::read<enterprise>(
        in, "e.ndjson", [](enterprise const& e) { return sentra::validate(e); },
        [&](sentra::io::ndjson::record<enterprise>&& r) { out.records.push_back(std::move(r)); },
        options);
    out.summary = s.value();
    return out;
}

std::string good(int i)
{
    return R"({"id": "ent-)" + std::to_string(i) +
           R"(", "name": "Usaha Sampel", "village": "32.76.07.1002", "kbli": ["14111"], )"
           R"("certifications": []})";
}

} // namespace

TEST_CASE("good records are delivered in order, bad ones reported with line and pointer",
          "[ndjson]")
{
    std::string const text = good(1) + "\n" + R"({"id": "ent-2", "name": 5})" + "\n\n" + good(3) +
                             "\r\n" + "not json\n" + good(5); // no final newline
    auto const c = read_all(text);
    REQUIRE(c.records.size() == 5);
    CHECK(c.summary.lines == 6);
    CHECK(c.summary.records == 5);
    CHECK(c.summary.valid == 3);
    CHECK(c.records[0].ok());
    CHECK(c.records[0].line == 1);
    CHECK(c.records[0].value->id.to_string() == "ent-1");
    CHECK_FALSE(c.records[1].ok());
    CHECK(c.records[1].line == 2);
    auto const& e = c.records[1].problems.problems()[0];
    CHECK(e.where.file == "e.ndjson");
    CHECK(e.where.line == 2);
    CHECK(e.where.pointer == "/name");
    CHECK(e.where.column == 25);
    CHECK(c.records[2].line == 4); // the blank line is not a record; CRLF is fine
    CHECK(c.records[2].ok());
    CHECK(c.records[3].line == 5);
    CHECK(c.records[3].problems.problems()[0].code == sentra::errc::syntax_error);
    CHECK(c.records[4].ok());
    CHECK(c.summary.errors == 2); // wrong type, syntax (the lists it lacks read as empty)
}

TEST_CASE("a record that parses but fails the check is delivered with its problems", "[ndjson]")
{
    auto const c = read_all(R"({"id": "ent-1", "name": "", "kbli": [], "certifications": []})");
    REQUIRE(c.records.size() == 1);
    CHECK(c.records[0].value.has_value());
    CHECK_FALSE(c.records[0].ok());
    CHECK(c.records[0].problems.problems()[0].where.line == 1);
    CHECK(c.records[0].problems.problems()[0].where.column > 1);
}

TEST_CASE("two threads give the same records in the same order", "[ndjson]")
{
    std::string text;
    for (int i = 0; i < 5000; ++i)
        text += (i % 7 == 3 ? std::string("{\"id\": 1}") : good(i)) + "\n";
    sentra::io::ndjson::read_options one, two;
    two.threads = 2;
    two.batch_lines = 300;
    auto const a = read_all(text, one);
    auto const b = read_all(text, two);
    REQUIRE(a.records.size() == 5000);
    REQUIRE(b.records.size() == 5000);
    for (std::size_t i = 0; i < a.records.size(); ++i) {
        CHECK(a.records[i].line == i + 1);
        CHECK(b.records[i].line == i + 1);
        CHECK(a.records[i].value == b.records[i].value);
        CHECK(a.records[i].problems.error_count() == b.records[i].problems.error_count());
    }
    CHECK(a.summary.valid == b.summary.valid);
}

TEST_CASE("chunk boundaries anywhere in a line change nothing", "[ndjson]")
{
    std::string const text = good(1) + "\n" + R"({"id": "ent-2", "name": 5})" + "\r\n\n" + good(3);
    auto const whole = read_all(text);
    for (std::size_t chunk : {1u, 2u, 3u, 7u, 64u}) {
        sentra::io::ndjson::read_options o;
        o.chunk_bytes = chunk;
        auto const c = read_all(text, o);
        REQUIRE(c.records.size() == whole.records.size());
        for (std::size_t i = 0; i < c.records.size(); ++i) {
            CHECK(c.records[i].line == whole.records[i].line);
            CHECK(c.records[i].value == whole.records[i].value);
            CHECK(c.records[i].problems.error_count() == whole.records[i].problems.error_count());
        }
    }
}

TEST_CASE("a line too long is reported and skipped, not held", "[ndjson]")
{
    sentra::io::ndjson::read_options o;
    o.max_line_length = 1000;
    std::string const huge = R"({"id": "ent-9", "name": ")" + std::string(5'000'000, 'x') + "\"}";
    auto const c = read_all(good(1) + "\n" + huge + "\n" + good(3) + "\n", o);
    REQUIRE(c.records.size() == 3);
    CHECK(c.records[0].ok());
    CHECK(c.records[1].problems.problems()[0].code == sentra::errc::value_too_long);
    CHECK(c.records[1].problems.problems()[0].where.line == 2);
    CHECK(c.records[2].ok());
    CHECK(c.records[2].line == 3);
}

TEST_CASE("max_errors stops the stream", "[ndjson]")
{
    std::string text;
    for (int i = 0; i < 100; ++i) text += "{}\n";
    sentra::io::ndjson::read_options o;
    o.max_errors = 10;
    auto const c = read_all(text, o);
    CHECK(c.summary.stopped);
    CHECK(c.summary.errors >= 10);
    CHECK(c.records.size() < 100);
}

TEST_CASE("hostile lines: Unicode, NUL, invalid UTF-8, deep nesting, huge numbers", "[ndjson]")
{
    std::string const text =
        R"({"id": "ent-1", "name": "Batik Ibu Siti – 日本 😀", "kbli": ["14111"], "certifications": []})"
        "\n" +
        std::string(R"({"id": "ent-2", "name": "a)") + '\0' + "b\"}\n" + // raw NUL in a string
        R"({"id": "ent-3", "name": ")" + "\xC3\x28" + "\"}\n" +          // invalid UTF-8
        std::string(100000, '[') + "\n" +                                // too deep
        R"({"id": "ent-5", "name": "n", "kbli": ["14111"], "certifications": [], "workers": 1e999})" +
        "\n" +
        R"({"id": "ent-6", "name": "n", "kbli": ["14111"], "certifications": [], "workers": 99999999999999999999})";
    auto const c = read_all(text);
    REQUIRE(c.records.size() == 6);
    CHECK(c.records[0].ok());
    CHECK(c.records[0].value->name == "Batik Ibu Siti – 日本 😀");
    for (std::size_t i = 1; i < 6; ++i) {
        INFO("record " << i + 1);
        CHECK_FALSE(c.records[i].ok());
        CHECK(c.records[i].problems.problems()[0].where.line == i + 1);
    }
}

TEST_CASE("written records read back equal", "[ndjson]")
{
    auto const d = sentra::io::read_document([] {
                       std::string text;
                       sentra::io::read_file_into(
                           std::string(SENTRA_TEST_DIR) + "/data/documents/cipayung.json", text)
                           .value();
                       return text;
                   }())
                       .value()
                       .document;
    std::ostringstream out;
    for (auto const& e : d.enterprises) sentra::io::ndjson::write(out, e, {.personal_data = true});
    auto const c = read_all(out.str());
    REQUIRE(c.records.size() == d.enterprises.size());
    for (std::size_t i = 0; i < c.records.size(); ++i)
        CHECK(*c.records[i].value == d.enterprises[i]);
}

TEST_CASE("an exception in the check on the second core reaches the caller", "[ndjson]")
{
    std::string text;
    for (int i = 0; i < 500; ++i) text += good(i) + "\n";
    std::istringstream in(text);
    sentra::io::ndjson::read_options o;
    o.threads = 2;
    int delivered = 0;
    auto run = [&] {
        return sentra::io::ndjson::read<enterprise>(
            in, "e.ndjson",
            [](enterprise const& e) -> sentra::report {
                if (e.id.to_string() == "ent-400") throw std::runtime_error("check failed");
                return {};
            },
            [&](sentra::io::ndjson::record<enterprise>&&) { ++delivered; }, o);
    };
    CHECK_THROWS_WITH(run(), "check failed");
    CHECK(delivered == 0); // the batch that failed was not delivered in part
}

TEST_CASE("first_line numbers a part of a split file as in the whole", "[ndjson]")
{
    sentra::io::ndjson::read_options o;
    o.first_line = 1001;
    auto const c = read_all(good(1) + "\n\nnot json\n", o);
    REQUIRE(c.records.size() == 2);
    CHECK(c.records[0].line == 1001);
    CHECK(c.records[1].line == 1003);
    CHECK(c.records[1].problems.problems()[0].where.line == 1003);
    CHECK(c.summary.lines == 3); // lines read, not their numbers
}

TEST_CASE("read_file places problems under file_name when given", "[ndjson]")
{
    auto const dir = std::filesystem::temp_directory_path() / "sentra_ndjson_file_name";
    std::filesystem::create_directories(dir);
    auto const path = dir / "part-0002.ndjson";
    {
        std::ofstream(path, std::ios::binary) << good(1) << "\nnot json\n";
    }
    sentra::io::ndjson::read_options o;
    o.file_name = "registry.ndjson";
    o.first_line = 41;
    std::vector<sentra::error> problems;
    auto s = sentra::io::ndjson::read_file<enterprise>(
        path, [](enterprise const&) { return sentra::report{}; },
        [&](sentra::io::ndjson::record<enterprise>&& r) {
            for (auto const& e : r.problems.problems()) problems.push_back(e);
        },
        o);
    REQUIRE(s);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].where.file == "registry.ndjson");
    CHECK(problems[0].where.line == 42);
    // A missing file is named by its path, where it really is not.
    auto const missing = sentra::io::ndjson::read_file<enterprise>(
        dir / "none.ndjson", [](enterprise const&) { return sentra::report{}; },
        [](sentra::io::ndjson::record<enterprise>&&) {}, o);
    REQUIRE(!missing);
    CHECK(missing.error().where.file.find("none.ndjson") != std::string::npos);
    std::filesystem::remove_all(dir);
}

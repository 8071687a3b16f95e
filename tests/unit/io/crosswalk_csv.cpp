// Reading a correspondence table from CSV: a small hand-made table, and bad input at its
// line and column.
#include <sentra/io/crosswalk_csv.hpp>

#include <sentra/io/reference_data.hpp>

#include "catch.hpp"

#include <string>

using namespace sentra;

namespace {
// By value: result::error() is a copy, and a reference into it would dangle.
error only(report const& r)
{
    REQUIRE(r.problems().size() == 1);
    return r.problems()[0];
}
auto read(std::string const& text, io::crosswalk_catalogs<kbli2020, kbli2025> c = {})
{
    return io::read_crosswalk_csv<kbli2020, kbli2025>(text, "k.csv", c);
}
} // namespace

TEST_CASE("a hand-made KBLI 2020 to 2025 table reads", "[crosswalk]")
{
    std::string const text = "kbli2020,judul_2020,kbli2025,partial\n"
                             "56101,Restoran,56101,sebagian\n"
                             "56101,Restoran,56102,*\n"
                             "56103,Kedai Makanan,56102,\n"
                             "\"14111\",\"Konveksi, dari tekstil\",14111,0\n";
    auto const t = read(text);
    REQUIRE(t.has_value());
    CHECK(t->size() == 4);
    CHECK(t->targets(kbli_code("56101")).size() == 2);
    CHECK(t->targets(kbli_code("56101"))[0].partial);
    CHECK(!t->targets(kbli_code("14111"))[0].partial);
    // Checked against the shipped catalogs.
    auto const k2020 = io::load_kbli().value();
    auto const k2025 = io::load_kbli2025().value();
    CHECK(read(text, {&k2020, &k2025}).has_value());
    CHECK(read(text, {k2020, k2025}).has_value()); // the catalogs themselves
}

TEST_CASE("a correspondence table: bad input at its line and column", "[crosswalk]")
{
    std::string const header = "kbli2020,kbli2025\n";
    CHECK(only(read("").error()).code == errc::bad_header); // an empty list
    CHECK(only(read("kbli2017,kbli2025\n56101,56101\n").error()).code == errc::bad_header);
    auto const malformed = read(header + "56101,5610X\n");
    CHECK(only(malformed.error()).code == errc::malformed_code);
    CHECK(only(malformed.error()).where.line == 2);
    CHECK(only(malformed.error()).where.column == 11); // the X
    auto const k2025 = io::load_kbli2025().value();
    auto const unknown = read(header + "56103,56103\n", {nullptr, &k2025});
    CHECK(only(unknown.error()).code == errc::unknown_code);
    CHECK(only(unknown.error()).where.column == 7);
    auto const partial = read("kbli2020,kbli2025,partial\n56101,56101,maybe\n");
    CHECK(only(partial.error()).code == errc::invalid_value);
    CHECK(only(partial.error()).where.column == 13);
    auto const twice = read(header + "56101,56101\n56101,56101\n");
    CHECK(only(twice.error()).code == errc::duplicate_code);
    CHECK(only(twice.error()).where.line == 3);
    CHECK(only(twice.error()).detail(lang::en).find("line 2") != std::string::npos);
    auto const width = read(header + "56101\n");
    CHECK(only(width.error()).code == errc::wrong_column_count);
    auto const truncated = read(header + "56101,\"561");
    REQUIRE(!truncated);
    CHECK(truncated.error().problems()[0].where.line == 2);
    auto const unicode = read(header + "56101,5610\xc3\xa9\n");
    CHECK(only(unicode.error()).code == errc::malformed_code);
    auto const missing = io::read_crosswalk<kbli2020, kbli2025>("/nonexistent/table.csv");
    REQUIRE(!missing);
    CHECK(missing.error().has(error_class::io));
}

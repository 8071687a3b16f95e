#include <sentra/error.hpp>
#include <sentra/detail/defect_messages.hpp>

#include "catch.hpp"

#include <boost/describe/enumerators.hpp>
#include <boost/mp11/algorithm.hpp>

#include <iterator>
#include <sstream>
#include <stdexcept>
#include <string>
#include <system_error>
#include <vector>

using namespace sentra;

TEST_CASE("errc names are stable snake_case", "[error]")
{
    CHECK(to_string(errc::malformed_code) == "malformed_code");
    CHECK(to_string(errc::file_not_found) == "file_not_found");
    CHECK(to_string(static_cast<errc>(999)) == "unknown_error");
}

TEST_CASE("every errc has an English and an Indonesian label", "[error]")
{
    std::size_t codes = 0;
    boost::mp11::mp_for_each<boost::describe::describe_enumerators<errc>>([&](auto d) {
        INFO(d.name);
        CHECK(!to_label(d.value, lang::en).empty());
        CHECK(!to_label(d.value, lang::id).empty());
        CHECK(to_label(d.value, lang::en) != to_label(d.value, lang::id));
        ++codes;
    });
    CHECK(codes >= 33);
    CHECK(to_label(errc::orphan, lang::id) == "induk tidak ada");
    CHECK(to_label(severity::warning, lang::id) == "peringatan");
    CHECK(to_label(severity::error) == "error");
}

TEST_CASE("class_of groups codes", "[error]")
{
    CHECK(class_of(errc::file_not_found) == error_class::io);
    CHECK(class_of(errc::file_unreadable) == error_class::io);
    CHECK(class_of(errc::invalid_utf8) == error_class::syntax);
    CHECK(class_of(errc::malformed_code) == error_class::value);
    CHECK(class_of(errc::unknown_key) == error_class::structure);
    CHECK(class_of(errc::orphan) == error_class::reference);
    CHECK(class_of(errc::invalid_argument) == error_class::usage);
    CHECK(class_of(errc::file_unwritable) == error_class::io);
    CHECK(class_of(errc::illegal_transition) == error_class::rule);
    CHECK(class_of(errc::outside_locus) == error_class::rule);
    CHECK(class_of(errc::history_rewritten) == error_class::rule);
    CHECK(to_string(errc::history_rewritten) == "history_rewritten");
    CHECK(class_of(errc::unknown_name) == error_class::reference);
    CHECK(class_of(errc::ambiguous_name) == error_class::reference);
    CHECK(to_string(errc::ambiguous_name) == "ambiguous_name");
    CHECK(to_label(errc::unknown_name, lang::id) == "nama tidak terdaftar");
    CHECK(class_of(errc::unknown_column) == error_class::structure);
    CHECK(to_label(errc::file_unwritable, lang::id) == "berkas tidak dapat ditulis");
}

TEST_CASE("error lines have the compiler form", "[error]")
{
    error e = detail::defect_error(errc::malformed_code, "32.7", "part must have 2 digits");
    e.where.file = "villages.csv";
    e.where.line = 5;
    e.where.column = 4;
    CHECK(e.to_string() ==
          "villages.csv:5:4: error: malformed code: '32.7': part must have 2 digits "
          "[malformed_code]");
    // One language at a time: the label and the message both Indonesian; the tool-facing
    // parts ("error:", "[code]") the same.
    CHECK(e.to_string(lang::id) ==
          "villages.csv:5:4: error: kode tidak sah: '32.7': bagian ini harus terdiri atas 2 angka "
          "[malformed_code]");

    error j = make_error(errc::unknown_key, "json.not_a_member", {{"key", quote_input("x")}});
    j.where.pointer = "/regions/0";
    CHECK(j.to_string() == "error: /regions/0: unknown key: 'x' is not a member [unknown_key]");

    error f = make_error(errc::empty_value, {});
    f.where.field = "name";
    f.level = severity::warning;
    CHECK(f.to_string() == "warning: name: empty value [empty_value]");
    CHECK(f.message() == "empty value");
}

TEST_CASE("report collects, counts and caps", "[error]")
{
    report r(2);
    CHECK(r.ok());
    CHECK(r.empty());
    r.add(errc::orphan, {}, "list.duplicate", {{"code", "a"}});
    r.add(errc::orphan, {}, "list.duplicate", {{"code", "w"}}, severity::warning);
    CHECK(!r.full());
    r.add(errc::duplicate_code, {}, "list.duplicate", {{"code", "b"}});
    CHECK(r.full());
    r.add(errc::duplicate_code, {}, "list.duplicate", {{"code", "c"}});
    CHECK(r.error_count() == 3);
    CHECK(r.warning_count() == 1);
    CHECK(r.problems().size() == 3);
    CHECK(r.truncated());
    CHECK(r.omitted() == 1);
    CHECK(!r.ok());
    CHECK(r.has(error_class::reference));
    CHECK(!r.has(error_class::io));

    report other;
    other.merge(r);
    CHECK(other.error_count() == 3);
    CHECK(other.omitted() == 1);
}

TEST_CASE("a report is the sequence of its problems", "[error]")
{
    report r;
    r.add(errc::orphan, {}, "ref.no_agency", {{"id", "first"}});
    r.add(errc::duplicate_code, {}, "ref.no_agency", {{"id", "second"}}, severity::warning);
    CHECK(r.size() == 2);
    CHECK(r[0].detail() == "no agency 'first'");
    CHECK(r.at(1).code == errc::duplicate_code);
    CHECK_THROWS_AS(r.at(2), std::out_of_range);
    CHECK(r.problems()[1].detail(lang::id) == "tidak ada instansi 'second'");
    CHECK(r.problems().front().arg("id")->text() == "first");
    std::vector<std::string> seen;
    for (error const& e : r) seen.push_back(e.detail());
    CHECK(seen == std::vector<std::string>{"no agency 'first'", "no agency 'second'"});
    CHECK(std::distance(r.begin(), r.end()) == 2);
    CHECK(report{}.size() == 0);
}

TEST_CASE("a temporary report's problems can be iterated", "[error]")
{
    auto make = [] {
        result<int, report> r = [] {
            report rep;
            rep.add(errc::orphan, {}, "list.empty_file");
            return rep;
        }();
        return r;
    };
    std::size_t n = 0;
    for (auto const& e : make().error().problems()) {
        CHECK(e.code == errc::orphan);
        ++n;
    }
    CHECK(n == 1);
}

TEST_CASE("value() on a failed result throws sentra::exception", "[error]")
{
    result<int> r = make_error(errc::out_of_range, "money.too_large");
    CHECK_THROWS_AS(r.value(), exception);
    try {
        (void)r.value();
    } catch (exception const& e) {
        CHECK(std::string(e.what()) ==
              "error: value out of range: too large for a rupiah amount [out_of_range]");
        CHECK(e.code() == make_error_code(errc::out_of_range));
        CHECK(e.first().code == errc::out_of_range);
    }
    result<int, report> rr = report{};
    CHECK_THROWS_AS(rr.value(), exception);
}

TEST_CASE("errc is a std::error_code enum", "[error]")
{
    std::error_code ec = errc::orphan;
    CHECK(ec.category().name() == std::string("sentra"));
    CHECK(ec.message() == "parent does not exist");
    CHECK(detail::cat("a", std::string("b"), std::string_view("c")) == "abc");
}

TEST_CASE("pointers are built and placed one way", "[error]")
{
    CHECK(json_pointer("clusters", 2, "name") == "/clusters/2/name");
    CHECK(json_pointer(std::size_t{0}) == "/0");
    CHECK(json_pointer("a/b", "m~n") == "/a~1b/m~0n"); // RFC 6901 escapes
    CHECK(json_pointer().empty());

    error e = make_error(errc::empty_value, "cluster.needs_name", {}, at_pointer("/name"));
    CHECK(under_pointer("/clusters/2", e).where.pointer == "/clusters/2/name");

    report inner(1);
    inner.add(errc::empty_value, at_pointer("/name"), "cluster.needs_name");
    inner.add(errc::empty_value, at_pointer("/id"), "cluster.needs_id"); // over the cap: counted only
    report whole;
    whole.merge_under("/clusters/0", inner);
    REQUIRE(whole.problems().size() == 1);
    CHECK(whole.problems()[0].where.pointer == "/clusters/0/name");
    CHECK(whole.error_count() == 2);
    CHECK(whole.omitted() == 1);
}

TEST_CASE("a report names its file and prints itself", "[error]")
{
    report r = report::of(make_error(errc::orphan, "list.orphan",
                                     {{"code", "32.76.07"},
                                      {"level", bilingual{"regency/city", "kabupaten/kota"}},
                                      {"parent", "32.76"}}));
    REQUIRE(r.error_count() == 1);
    location elsewhere;
    elsewhere.file = "other.csv";
    r.add(errc::duplicate_code, elsewhere, "list.duplicate", {{"code", "32.76"}});
    r.name_file("main.csv");
    CHECK(r.problems()[0].where.file == "main.csv");
    CHECK(r.problems()[1].where.file == "other.csv"); // a file already named stays
    CHECK(r.to_string() ==
          "main.csv: error: parent does not exist: '32.76.07' has no regency/city '32.76' in the "
          "list [orphan]\n"
          "other.csv: error: duplicate code: '32.76' appears more than once [duplicate_code]\n");
    CHECK(r.to_string(lang::id).find("induk") != std::string::npos);
    std::ostringstream os;
    os << r;
    CHECK(os.str() == r.to_string());
    report capped(1);
    capped.add(errc::orphan, {}, "list.empty_file");
    capped.add(errc::orphan, {}, "list.empty_file");
    CHECK(capped.to_string().find("(1 more errors not kept)") != std::string::npos);
    CHECK(capped.to_string(lang::id).find("(1 kesalahan lainnya tidak disimpan)") !=
          std::string::npos);
}

TEST_CASE("input is quoted one way: capped, whole characters, control bytes escaped", "[error]")
{
    CHECK(quote_input("32.76") == "'32.76'");
    CHECK(quote_input("") == "''");
    CHECK(quote_input("a\nb\x7f") == "'a\\x0ab\\x7f'");
    std::string const long_text(50, 'x');
    // (Built by append: GCC 12 warns falsely, -Warray-bounds, on "'" + std::string(n, c).)
    std::string cut = "'";
    cut.append(40, 'x').append("...'");
    CHECK(quote_input(long_text) == cut);
    // 39 ASCII bytes then a 2-byte character: the cut falls before it, not inside it.
    std::string utf8(39, 'a');
    utf8.append("\xC3\xA9").append("zzz");
    std::string before = "'";
    before.append(39, 'a').append("...'");
    CHECK(quote_input(utf8) == before);
}

TEST_CASE("a problem taken from a temporary report does not dangle", "[error]")
{
    // boost::system::result::error() returns a copy: the report below is a temporary, gone
    // at the end of the full expression. Its problems are handed out as values then, so a
    // reference bound to one lives as long as the reference (ASan saw a use after free when
    // operator[] returned a reference into the dying report).
    auto const failed = [] {
        report r;
        r.add(make_error(errc::out_of_range, "money.too_large"));
        r.add(make_error(errc::unknown_key, "json.not_a_member", {{"key", quote_input("x")}}));
        return result<int, report>(std::move(r));
    };
    error const& first = failed().error()[0];
    error const& second = failed().error().at(1);
    CHECK(first.code == errc::out_of_range);
    CHECK(first.to_string() == "error: value out of range: too large for a rupiah amount [out_of_range]");
    CHECK(second.code == errc::unknown_key);
    CHECK_THROWS_AS(failed().error().at(2), std::out_of_range);
    // On a report that lives, a reference into it, as before.
    auto const kept = failed();
    error const& in_place = kept.error()[0]; // error() of an lvalue result: still a copy...
    CHECK(in_place.code == errc::out_of_range); // ...and still safe: a value
    report const r = failed().error();
    CHECK(&r[0] == &r.problems()[0]);
}

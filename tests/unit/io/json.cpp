#include <sentra/io/json.hpp>
#include <sentra/region/kemendagri.hpp>
#include <sentra/region/zone.hpp>
#include <sentra/business/industry_code.hpp>
#include <sentra/business/money.hpp>
#include <sentra/date.hpp>
#include <sentra/fwd.hpp>
#include <sentra/id.hpp>

#include "catch.hpp"
#include "support/json_reference.hpp"

#include <boost/json/parse.hpp>
#include <sentra/io/json_schema.hpp>

#include <limits>

#include <map>
#include <optional>
#include <string>
#include <vector>

using namespace sentra;

namespace test_types {
enum class colour { light_blue, dark_red };
BOOST_DESCRIBE_ENUM(colour, light_blue, dark_red)

struct sample {
    std::string name;
    std::optional<std::string> note;
    std::int32_t count = 0;
    std::uint8_t small = 0;
    bool flag = false;
    double ratio = 0;
    colour c = colour::light_blue;
    village_code village;
    std::vector<district_code> districts;
    std::map<std::string, std::int64_t> tally;
    friend bool operator==(sample const&, sample const&) = default;
};
BOOST_DESCRIBE_STRUCT(sample, (),
                      (name, note, count, small, flag, ratio, c, village, districts, tally))
// A record that carries any JSON beside its own members (an extension object).
struct with_extension {
    std::string name;
    boost::json::value extension;
    std::optional<boost::json::value> more;
    rupiah amount;
    friend bool operator==(with_extension const&, with_extension const&) = default;
};
BOOST_DESCRIBE_STRUCT(with_extension, (), (name, extension, more, amount))
} // namespace test_types

using test_types::sample;
using test_types::with_extension;

namespace {
struct undescribed {
    int pieces = 0;
};
} // namespace

// What has a JSON form, as the static_assert of every walk asks it (its wording is tested by
// tests/compile_fail/unserializable_type.cpp).
static_assert(io::json::serializable<sample>);
static_assert(io::json::serializable<std::vector<std::optional<village_code>>>);
static_assert(io::json::serializable<std::map<std::string, rupiah>>);
static_assert(io::json::serializable<agency_id>);
static_assert(io::json::serializable<boost::json::value>);
static_assert(!io::json::serializable<undescribed>);
static_assert(!io::json::serializable<std::map<int, int>>);
static_assert(!io::json::serializable<int*>);

namespace {
zone senada()
{
    return zone{
        "senada", "Kawasan Senada", {village_code("32.76.07.1002"), village_code("32.76.07.1004")}};
}
} // namespace

TEST_CASE("a zone round-trips through JSON text", "[json]")
{
    auto text = io::json::serialize(senada());
    CHECK(text ==
          R"({"id":"senada","name":"Kawasan Senada","regions":["32.76.07.1002","32.76.07.1004"]})");
    auto back = io::json::parse<zone>(text);
    REQUIRE(back);
    CHECK(*back == senada());
}

TEST_CASE("codes and enums are strings", "[json]")
{
    CHECK(io::json::serialize(district_code("32.76.07")) == R"("32.76.07")");
    CHECK(io::json::serialize(region_level::village) == R"("village")");
    CHECK(io::json::serialize(village_kind::desa_adat) == R"("desa_adat")");
    CHECK(io::json::parse<regency_kind>(R"("kota")").value() == regency_kind::kota);
    auto bad = io::json::parse<regency_kind>(R"("town")");
    REQUIRE(!bad);
    CHECK(bad.error().problems()[0].code == errc::invalid_value);
    CHECK(bad.error().problems()[0].detail() == "'town' is not one of: kabupaten, kota");
    CHECK(io::json::parse<region_id>(R"("3276071002")")->to_string() == "32.76.07.1002");
}

TEST_CASE("a result's wording: string_view written as a string, bilingual as both languages",
          "[json]")
{
    CHECK(io::json::serialize(std::string_view("a \"b\"\n")) == R"("a \"b\"\n")");
    CHECK(io::json::serialize(bilingual{"capital", "modal usaha"}) ==
          R"({"en":"capital","id":"modal usaha"})");
    CHECK(io::json::write(std::vector<std::string_view>{"x", "y"}) == boost::json::array{"x", "y"});
}

TEST_CASE("every member kind round-trips, absent optionals are left out", "[json]")
{
    sample s{"x",
             std::nullopt,
             -5,
             200,
             true,
             1.5,
             test_types::colour::dark_red,
             village_code("32.76.07.1002"),
             {district_code("32.76.07")},
             {{"a", 1}}};
    auto text = io::json::serialize(s);
    CHECK(text.find("note") == std::string::npos);
    auto back = io::json::parse<sample>(text);
    REQUIRE(back);
    CHECK(*back == s);
    s.note = "present";
    CHECK(io::json::parse<sample>(io::json::serialize(s)).value() == s);
}

TEST_CASE("strict reading: every problem with its JSON Pointer", "[json]")
{
    auto r = io::json::parse<zone>(
        R"({"id":1,"nam":"x","regions":["32.76.7","32.76",5,"32.76.07.4002"],"a/b~":null})");
    REQUIRE(!r);
    auto p = r.error().problems();
    REQUIRE(p.size() == 7);
    CHECK(p[0].code == errc::unknown_key);
    CHECK(p[0].where.pointer == "/nam");
    CHECK(p[1].code == errc::unknown_key);
    CHECK(p[1].where.pointer == "/a~1b~0");
    CHECK(p[2].code == errc::wrong_type);
    CHECK(p[2].where.pointer == "/id");
    CHECK(p[2].detail() == "expected a string, found an integer");
    CHECK(p[3].code == errc::missing_key);
    CHECK(p[3].where.pointer == "/name");
    CHECK(p[4].code == errc::malformed_code);
    CHECK(p[4].where.pointer == "/regions/0");
    CHECK(p[5].where.pointer == "/regions/2");
    CHECK(p[6].where.pointer == "/regions/3");
    // Each problem also has the line and column of its value in the text (the missing
    // key: of its object).
    CHECK(p[6].where.line == 1);
    CHECK(p[6].where.column == 50);
    CHECK(p[2].where.column == 7);
    CHECK(p[3].where.column == 1);
}

TEST_CASE("an absent or null optional reads as nullopt, a missing required key fails", "[json]")
{
    auto text =
        std::string(R"({"name":"n","count":1,"small":2,"flag":false,"ratio":2,"c":"light_blue",)") +
        R"("village":"32.76.07.1002","districts":[],"tally":{}})";
    auto a = io::json::parse<sample>(text);
    REQUIRE(a);
    CHECK(!a->note);
    CHECK(a->ratio == 2.0);
    auto b = io::json::parse<sample>(text.substr(0, text.size() - 1) + R"(,"note":null})");
    REQUIRE(b);
    CHECK(!b->note);
    auto c = io::json::parse<sample>(R"({"name":"n"})");
    REQUIRE(!c);
    // every required member but the name (`districts`, a list, may be absent: empty)
    CHECK(c.error().error_count() == 7);
    CHECK(c.error().problems().size() == 7);
}

TEST_CASE("numbers out of range and wrong types", "[json]")
{
    auto base = [](std::string count, std::string small) {
        return R"({"name":"n","count":)" + count + R"(,"small":)" + small +
               R"(,"flag":false,"ratio":2,"c":"light_blue","village":"32.76.07.1002","districts":[],"tally":{}})";
    };
    CHECK(io::json::parse<sample>(base("1", "255")));
    auto big = io::json::parse<sample>(base("99999999999", "256"));
    REQUIRE(!big);
    CHECK(big.error().error_count() == 2);
    CHECK(big.error().problems()[0].code == errc::out_of_range);
    CHECK(!io::json::parse<sample>(base("18446744073709551615", "1")));
    CHECK(!io::json::parse<sample>(base("1.5", "1")));
    CHECK(!io::json::parse<sample>(base("\"1\"", "-1")));
    CHECK(!io::json::parse<sample>(base("true", "1")));
    CHECK(!io::json::parse<std::vector<std::string>>(R"({"a":1})"));
    CHECK(!io::json::parse<std::map<std::string, bool>>(R"([1])"));
    CHECK(!io::json::parse<double>(R"("x")"));
    CHECK(!io::json::parse<bool>("1"));
}

TEST_CASE("syntax errors carry line and column", "[json]")
{
    auto r = io::json::parse<zone>("{\n  \"id\": ,\n}", "zone.json");
    REQUIRE(!r);
    auto const e = r.error().problems()[0];
    CHECK(e.code == errc::syntax_error);
    CHECK(e.where.file == "zone.json");
    CHECK(e.where.line == 2);
    CHECK(e.where.column == 9);
    CHECK(!io::json::parse<zone>(""));
    CHECK(!io::json::parse<zone>("{\"id\":\"x\""));       // truncated
    CHECK(!io::json::parse<zone>("{} {}"));               // extra data
    CHECK(!io::json::parse<zone>("\xEF\xBB\xBF{}"));      // a BOM is not JSON
    CHECK(!io::json::parse<std::string>("\"\xC0\xAF\"")); // invalid UTF-8 in a string
    std::string deep(100'000, '[');
    auto d = io::json::parse<zone>(deep);
    REQUIRE(!d);
    CHECK(d.error().problems()[0].code == errc::syntax_error);
}

TEST_CASE("a cap stops reading early", "[json]")
{
    std::string arr = "[";
    for (int i = 0; i < 100; ++i) arr += std::string(i ? "," : "") + "\"bad\"";
    arr += "]";
    auto r = io::json::parse<std::vector<region_id>>(arr, {}, io::json::read_options{5});
    REQUIRE(!r);
    CHECK(r.error().problems().size() == 5);
}

TEST_CASE("boost::json::value_from and value_to use the same rules", "[json]")
{
    boost::json::value v = boost::json::value_from(senada());
    CHECK(v.at("regions").at(1).as_string() == "32.76.07.1004");
    CHECK(boost::json::value_to<zone>(v) == senada());
    CHECK(boost::json::value_to<village_code>(boost::json::value("32.76.07.1002")) ==
          village_code("32.76.07.1002"));
    v.as_object()["extra"] = 1;
    CHECK_THROWS_AS(boost::json::value_to<zone>(v), sentra::exception);
    try {
        boost::json::value_to<zone>(v);
    } catch (sentra::exception const& e) {
        CHECK(e.first().code == errc::unknown_key);
        CHECK(e.first().where.pointer == "/extra");
    }
}

TEST_CASE("errors serialize as JSON", "[json]")
{
    error e = make_error(errc::orphan, "list.empty_file");
    e.where.file = "f.csv";
    e.where.line = 3;
    auto const text = boost::json::serialize(io::json::write(e, lang::en));
    CHECK(
        text ==
        R"({"code":"orphan","where":{"file":"f.csv","line":3,"column":0,"pointer":"","field":""},"message_id":"list.empty_file","args":{},"message":"the file is empty: no header row","level":"error"})");
    CHECK(io::json::read_error(boost::json::parse(text)).value() == e);
    CHECK(io::json::write(std::optional<int>{}).is_null());
}

TEST_CASE("problems found after parsing are placed in the text", "[json]")
{
    std::string const text = "{\n  \"id\": \"senada\",\n  \"name\": \"\",\n  \"regions\": []\n}";
    report r;
    r.add(errc::empty_value, at_pointer("/name"), "cluster.needs_name");
    location known;
    known.pointer = "/regions";
    known.line = 9;
    r.add(errc::empty_value, known, "cluster.needs_id");
    io::json::locate(text, r, "zone.json");
    CHECK(r.problems()[0].where.line == 3);
    CHECK(r.problems()[0].where.column == 11);
    CHECK(r.problems()[0].where.file == "zone.json");
    CHECK(r.problems()[1].where.line == 9); // a problem that has a line keeps it
}

TEST_CASE("value types write their text straight into the output", "[json][writer]")
{
    std::string out = "x";
    sentra::village_code("32.76.07.1002").append_to(out);
    sentra::region_id("32.76").append_to(out);
    sentra::rupiah(-1'500'000).append_to(out);
    sentra::kbli_subclass("01111").append_to(out);
    sentra::kbli_code("C").append_to(out);
    sentra::kbli_code("0111").append_to(out);
    sentra::date(2019, 12, 17).append_to(out);
    sentra::enterprise_id::parse("ent-001").value().append_to(out);
    CHECK(out == "x32.76.07.100232.76-Rp1.500.00001111C01112019-12-17ent-001");
    CHECK(sentra::io::json::serialize(sentra::rupiah(150'000'000)) == "150000000");
    CHECK(sentra::io::json::serialize(std::vector<sentra::kbli_subclass>{"14111"}) == "[\"14111\"]");
}

TEST_CASE("the reader and the reference DOM walk read the same values and report the same problems",
          "[json][binder]")
{
    std::string const good = R"({"id":"senada","name":"Kawasan Senada","regions":["32.76.07.1002"]})";
    auto a = sentra::io::json::parse<sentra::zone>(good);
    auto b = sentra_test::json_reference::parse<sentra::zone>(good);
    REQUIRE(a.has_value());
    REQUIRE(b.has_value());
    CHECK(*a == *b);
    // unknown key, wrong type, malformed code, missing key, a repeated key: same list, same order
    std::string const bad = "{\"regions\":[\"32.76.7\",5],\"nam\":1,\n\"id\":true,\"id\":\"x\"}";
    auto c = sentra::io::json::parse<sentra::zone>(bad, "z.json");
    auto d = sentra_test::json_reference::parse<sentra::zone>(bad, "z.json");
    REQUIRE(!c);
    REQUIRE(!d);
    auto const pc = c.error().problems();
    auto const pd = d.error().problems();
    REQUIRE(pc.size() == pd.size());
    REQUIRE(pc.size() == 5);
    for (std::size_t i = 0; i < pc.size(); ++i) {
        CHECK(pc[i].code == pd[i].code);
        CHECK(pc[i].where == pd[i].where);
    }
    CHECK(pc[0].code == sentra::errc::duplicate_key);
    CHECK(pc[1].where.pointer == "/nam");
    // a syntax error is the only problem, at the same place
    auto e = sentra::io::json::parse<sentra::zone>("{\"id\": ", "z.json");
    auto f = sentra_test::json_reference::parse<sentra::zone>("{\"id\": ", "z.json");
    REQUIRE(!e);
    REQUIRE(e.error().problems().size() == 1);
    CHECK(e.error().problems()[0].where == f.error().problems()[0].where);
    CHECK(e.error().problems()[0].code == sentra::errc::syntax_error);
}

TEST_CASE("money in JSON: whole rupiah as an integer, the text older documents wrote still read",
          "[json][money]")
{
    CHECK(io::json::serialize(rupiah(150'000'000)) == "150000000");
    CHECK(io::json::serialize(rupiah(-5'000)) == "-5000");
    CHECK(io::json::serialize(rupiah(std::numeric_limits<std::int64_t>::min())) ==
          "-9223372036854775808");
    CHECK(boost::json::serialize(io::json::write(rupiah(7))) == "7");
    for (auto const* text : {"150000000", "\"Rp150.000.000\"", "\"150000000\"",
                             "\"Rp 150.000.000,-\""}) {
        auto r = io::json::parse<rupiah>(text);
        REQUIRE(r.has_value());
        CHECK(*r == rupiah(150'000'000));
    }
    CHECK(*io::json::parse<rupiah>("9223372036854775807") ==
          rupiah(std::numeric_limits<std::int64_t>::max()));
    CHECK(*io::json::parse<rupiah>("-9223372036854775808") ==
          rupiah(std::numeric_limits<std::int64_t>::min()));
    // Bad input: each with its code, at its place.
    auto const problem = [](std::string_view text) {
        auto r = io::json::parse<std::vector<rupiah>>(text, "m.json");
        REQUIRE(!r);
        REQUIRE(r.error().problems().size() == 1);
        return r.error().problems()[0];
    };
    auto const too_large = problem("[1, 9223372036854775808]"); // one past int64
    CHECK(too_large.code == errc::out_of_range);
    CHECK(too_large.where.pointer == "/1");
    CHECK(too_large.where.column == 5);
    CHECK(problem("[18446744073709551616]").code == errc::wrong_type); // past uint64: a double
    auto const fraction = problem("[1.5]");
    CHECK(fraction.code == errc::wrong_type);
    CHECK(fraction.detail().find("expected an integer or a string, found a number") !=
          std::string::npos);
    CHECK(problem("[true]").code == errc::wrong_type);
    CHECK(problem("[null]").code == errc::wrong_type);
    CHECK(problem("[{}]").code == errc::wrong_type);
    CHECK(problem("[\"1,5 juta\"]").where.pointer == "/0");
    CHECK(problem("[\"Rp99999999999999999999\"]").code == errc::out_of_range);
    CHECK(problem("[\"Rp\u00a01.000\"]").where.pointer == "/0"); // a no-break space
    // The schema says the same: an integer, or the text.
    auto const schema = io::json::schema<rupiah>();
    CHECK(schema.at("anyOf").at(0).at("type") == "integer");
    CHECK(schema.at("anyOf").at(1).at("type") == "string");
}

TEST_CASE("a boost::json::value member is kept whole, from text and from a DOM", "[json]")
{
    std::string const text =
        R"({"name":"x","extension":{"a":[1,-2,18446744073709551615,0.1,"s\u00e9",true,null,{}],)"
        R"("b":{"c":[[]]}},"more":[{"k":"v"}],"amount":5})";
    auto r = io::json::parse<with_extension>(text);
    REQUIRE(r.has_value());
    CHECK(r->extension == boost::json::parse(R"({"a":[1,-2,18446744073709551615,0.1,"s\u00e9",true,null,{}],"b":{"c":[[]]}})"));
    CHECK(r->more == boost::json::value(boost::json::parse(R"([{"k":"v"}])")));
    CHECK(r->amount == rupiah(5));
    // written back the same, and read again from the DOM the writer gives
    CHECK(boost::json::parse(io::json::serialize(*r)) == boost::json::parse(text));
    auto const dom = io::json::write(*r);
    auto back = io::json::read<with_extension>(dom);
    REQUIRE(back.has_value());
    CHECK(*back == *r);
    // a scalar is any JSON too; an absent optional one stays absent
    auto s = io::json::parse<with_extension>(R"({"name":"y","extension":"just text","amount":0})");
    REQUIRE(s.has_value());
    CHECK(s->extension == "just text");
    CHECK(!s->more);
    // problems around it are still all reported; a repeated key inside it too
    auto bad = io::json::parse<with_extension>(
        R"({"name":1,"extension":{"a":1,"a":2},"amount":"lots"})", "e.json");
    REQUIRE(!bad);
    auto const p = bad.error().problems();
    REQUIRE(p.size() == 3);
    CHECK(p[0].code == errc::duplicate_key);
    CHECK(p[0].where.pointer == "/extension/a");
    CHECK(p[1].where.pointer == "/name");
    CHECK(p[2].where.pointer == "/amount");
    // and the reference walk agrees on all of it
    auto ref = sentra_test::json_reference::parse<with_extension>(
        R"({"name":1,"extension":{"a":1,"a":2},"amount":"lots"})", "e.json");
    REQUIRE(!ref);
    REQUIRE(ref.error().problems().size() == 3);
    for (std::size_t i = 0; i < 3; ++i) CHECK(ref.error().problems()[i].where == p[i].where);
}

TEST_CASE("a DOM is read by the same rules as text", "[json]")
{
    // the same problems, without lines (a DOM has none)
    boost::json::value v = boost::json::parse(R"({"regions":["32.76.7",5],"nam":1,"id":true})");
    auto r = io::json::read<zone>(v);
    REQUIRE(!r);
    auto const p = r.error().problems();
    REQUIRE(p.size() == 5);
    CHECK(p[0].where.pointer == "/nam");
    CHECK(p[0].code == errc::unknown_key);
    CHECK(p[1].where.pointer == "/id");
    CHECK(p[2].where.pointer == "/name");
    CHECK(p[2].code == errc::missing_key);
    CHECK(p[3].where.pointer == "/regions/0");
    CHECK(p[4].where.pointer == "/regions/1");
    for (auto const& e : p) CHECK(e.where.line == 0);
    auto const text = io::json::parse<zone>(R"({"regions":["32.76.7",5],"nam":1,"id":true})");
    REQUIRE(!text);
    REQUIRE(text.error().problems().size() == p.size());
    for (std::size_t i = 0; i < p.size(); ++i) {
        CHECK(text.error().problems()[i].code == p[i].code);
        CHECK(text.error().problems()[i].where.pointer == p[i].where.pointer);
    }
    // a cap keeps the first problems
    auto capped = io::json::read<zone>(v, io::json::read_options{2});
    REQUIRE(!capped);
    CHECK(capped.error().problems().size() == 2);
    // a DOM nested far deeper than any parser allows is read without recursion (its
    // unknown subtree skipped) and does not overflow the stack
    boost::json::value deep = boost::json::array{};
    boost::json::value* at = &deep;
    for (int i = 0; i < 200'000; ++i) at = &at->as_array().emplace_back(boost::json::array{});
    boost::json::value doc = {{"id", "senada"}, {"name", "n"}, {"regions", boost::json::array{}}};
    doc.as_object()["deep"] = std::move(deep);
    auto d = io::json::read<zone>(doc);
    REQUIRE(!d);
    CHECK(d.error().problems()[0].where.pointer == "/deep");
    // freed iteratively: boost::json's destructor recurses
    while (!doc.at("deep").as_array().empty()) {
        boost::json::value inner = std::move(doc.at("deep").as_array()[0]);
        doc.as_object()["deep"] = std::move(inner);
    }
}

TEST_CASE("the text writer and the DOM writer give the same JSON", "[json][writer]")
{
    sample x;
    x.name = "a \"quoted\" \\ name\n\u0001é";
    x.note = "n";
    x.count = -3;
    x.small = 255;
    x.flag = true;
    x.ratio = 0.1;
    x.c = test_types::colour::dark_red;
    x.village = village_code("32.76.07.1002");
    x.districts = {district_code("32.76.07")};
    x.tally = {{"k/1", 1}, {"", -1}};
    auto const text = io::json::serialize(x);
    CHECK(boost::json::parse(text) == io::json::write(x));
    CHECK(boost::json::value_from(x) == io::json::write(x));
    std::vector<sample> none;
    CHECK(io::json::serialize(none) == "[]");
    CHECK(io::json::write(none) == boost::json::array{});
    CHECK(io::json::serialize(std::map<std::string, int>{}) == "{}");
    CHECK(io::json::serialize(std::vector<std::vector<int>>{{}, {1}, {}}) == "[[],[1],[]]");
    CHECK(io::json::write(std::vector<std::vector<int>>{{}, {1}, {}}) ==
          boost::json::parse("[[],[1],[]]"));
}

TEST_CASE("a text_reader reads text after text, and a broken one leaves nothing behind",
          "[json][reader]")
{
    io::json::text_reader reader;
    // a text cut inside a key, a string, a number and a captured value, each followed by a
    // good one: the good one reads as if it came first
    std::string const good = R"({"name":"ok","extension":{"k":[1]},"amount":12})";
    for (std::string const cut : {R"({"name":"ok","exten)", R"({"name":"o)",
                                  R"({"name":"ok","extension":{"k":[1],"amount":12)",
                                  R"({"name":"ok","extension":1,"amount":1234)",
                                  R"({"name":"ok","extension":{"k":[1.2)"}) {
        auto bad = reader.read<with_extension>(cut, "cut.json", 7);
        REQUIRE(!bad);
        CHECK(bad.error().problems()[0].code == errc::syntax_error);
        CHECK(bad.error().problems()[0].where.line == 7);
        auto r = reader.read<with_extension>(good);
        REQUIRE(r.has_value());
        CHECK(r->name == "ok");
        CHECK(r->extension == boost::json::parse(R"({"k":[1]})"));
        CHECK(r->amount == rupiah(12));
    }
    // read_into fills a value in place and returns the problems, placed in the text
    with_extension into;
    auto problems = reader.read_into(into, "{\"name\":\"a\",\n\"extension\":null,\"amount\":true}",
                                     "x.json", 10);
    REQUIRE(problems.error_count() == 1);
    CHECK(problems.problems()[0].where.pointer == "/amount");
    CHECK(problems.problems()[0].where.line == 11);
    CHECK(problems.problems()[0].where.file == "x.json");
    with_extension fresh;
    CHECK(reader.read_into(fresh, good).empty());
    CHECK(fresh.name == "ok");
    // its options hold for every text: depth, and the cap on problems
    io::json::text_reader shallow(io::json::read_options{.max_errors = 1, .max_depth = 2});
    CHECK(shallow.read<std::vector<std::vector<int>>>("[[1]]").has_value());
    CHECK(!shallow.read<std::vector<std::vector<std::vector<int>>>>("[[[1]]]"));
    auto capped = shallow.read<std::vector<int>>(R"([true,"x",null])");
    REQUIRE(!capped);
    CHECK(capped.error().problems().size() == 1);
}

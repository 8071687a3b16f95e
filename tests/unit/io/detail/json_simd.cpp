// The reader's two tokenizers (simdjson On-Demand, when sentra is built with it, and
// Boost.JSON): the same values, the same problems at the same places with the same words,
// on good text and on every kind of bad text; simdjson's own rules that differ from Boost.JSON's
// (a byte order mark, lone surrogates, "-0", a scalar at the top) never leak through.
#include <sentra/io/detail/json_simd.hpp>
#include <sentra/io/json.hpp>
#include <sentra/io/ndjson.hpp>
#include <sentra/document.hpp>
#include <sentra/enterprise.hpp>
#include <sentra/io/file.hpp>
#include <sentra/region/zone.hpp>

#include "catch.hpp"

#include <boost/json/value.hpp>

#include <sstream>
#include <string>
#include <vector>

namespace simd_test {
struct numbers {
    std::int64_t i = 0;
    std::uint64_t u = 0;
    double d = 0;
    std::optional<double> maybe;
    std::string s;
    boost::json::value any;
    friend bool operator==(numbers const&, numbers const&) = default;
};
BOOST_DESCRIBE_STRUCT(numbers, (), (i, u, d, maybe, s, any))
} // namespace simd_test

namespace {

namespace json = sentra::io::json;

// Both tokenizers on `text` as a T: the same value, or the same problems in the same order.
template <class T>
void same_either_way(std::string_view text, json::read_options options = {})
{
    CAPTURE(text);
    json::read_options fast = options, boost_only = options;
    fast.simdjson = true;
    boost_only.simdjson = false;
    auto a = json::parse<T>(text, "in.json", fast);
    auto b = json::parse<T>(text, "in.json", boost_only);
    REQUIRE(a.has_value() == b.has_value());
    if (a) {
        CHECK(*a == *b);
        return;
    }
    auto const pa = a.error().problems();
    auto const pb = b.error().problems();
    REQUIRE(pa.size() == pb.size());
    CHECK(a.error().error_count() == b.error().error_count());
    for (std::size_t i = 0; i < pa.size(); ++i) {
        CHECK(pa[i].code == pb[i].code);
        CHECK(pa[i].where == pb[i].where);
        CHECK(pa[i].message(sentra::lang::en) == pb[i].message(sentra::lang::en));
        CHECK(pa[i].message(sentra::lang::id) == pb[i].message(sentra::lang::id));
    }
}

std::string test_file(std::string const& name)
{
    std::string text;
    sentra::io::read_file_into(std::string(SENTRA_TEST_DIR) + "/data/" + name, text).value();
    return text;
}

std::string const record =
    R"({"id":"ent-001","nib":"1234567890123","name":"Konveksi \"Maju\" \u00e9","village":"32.76.07.1002",)"
    R"("kbli":["14111"],"capital":150000000,"workers":12,"founded":"2012-01-15","certifications":[]})";

} // namespace

TEST_CASE("the build says which tokenizer it has", "[json][simdjson]")
{
    CHECK(json::uses_simdjson() == (SENTRA_TEST_SIMDJSON != 0));
    std::unique_ptr<json::detail::simd_tokenizer, json::detail::simd_tokenizer_deleter> t(
        json::detail::make_simd_tokenizer());
    CHECK((t != nullptr) == json::uses_simdjson());
}

TEST_CASE("simd_bind reads what it can and gives back what Boost.JSON must read", "[json][simdjson]")
{
    if (!json::uses_simdjson()) {
        SUCCEED("built without simdjson: Boost.JSON tokenizes everything");
        return;
    }
    std::unique_ptr<json::detail::simd_tokenizer, json::detail::simd_tokenizer_deleter> t(
        json::detail::make_simd_tokenizer());
    auto bind = [&](std::string_view text, std::size_t depth = 64) {
        json::detail::binder b;
        sentra::zone z;
        b.start(z);
        bool const read = json::detail::simd_bind(*t, b, text, depth);
        return std::pair(read, z);
    };
    auto [read, z] = bind(R"({"id":"senada","name":"Kawasan Senada","regions":["32.76.07.1002"]})");
    CHECK(read);
    CHECK(z.id == "senada");
    CHECK(z.regions.size() == 1);
    CHECK_FALSE(bind("\xEF\xBB\xBF{\"id\":\"a\"}").first);       // a byte order mark
    CHECK_FALSE(bind(R"({"id":"\udc00"})").first);                 // a lone low surrogate
    CHECK_FALSE(bind(R"({"id":"\ud800"})").first);                 // a lone high surrogate
    CHECK(bind(R"({"id":"\ud83d\ude00"})").first);                 // a pair is fine
    CHECK_FALSE(bind(R"("senada")").first);                        // a scalar at the top
    CHECK_FALSE(bind(R"({"id":"a"} x)").first);                    // trailing text
    CHECK_FALSE(bind(R"({"id":"a"}{})").first);
    CHECK_FALSE(bind(R"({"id":"a",})").first);                     // a trailing comma
    CHECK_FALSE(bind(R"({"id" "a"})").first);
    CHECK_FALSE(bind("{\"id\":\"a\xFF\"}").first);                 // not UTF-8
    CHECK_FALSE(bind(R"({"id":"a)").first);                        // truncated
    CHECK_FALSE(bind("").first);
    CHECK_FALSE(bind(R"({"regions":[[[[1]]]]})", 3).first);        // near the depth limit
    CHECK(bind(R"({"regions":[[[[1]]]]})", 64).first);             // read, wrong types reported
}

TEST_CASE("a right record, list or document is read straight into its type, anything else is left to the binder",
          "[json][simdjson]")
{
    if (!json::uses_simdjson()) {
        SUCCEED("built without simdjson: the binder reads everything");
        return;
    }
    std::unique_ptr<json::detail::simd_tokenizer, json::detail::simd_tokenizer_deleter> t(
        json::detail::make_simd_tokenizer());
    static_assert(json::detail::simd_typed<sentra::enterprise>);
    static_assert(!json::detail::simd_typed<sentra::zone>);
    json::read_options boost_only;
    boost_only.simdjson = false;
    sentra::enterprise e;
    REQUIRE(json::detail::simd_read_typed(*t, e, record, 64));
    CHECK(e == json::parse<sentra::enterprise>(record, {}, boost_only).value());
    sentra::document d;
    std::string const cipayung = test_file("documents/cipayung.json");
    REQUIRE(json::detail::simd_read_typed(*t, d, cipayung, 64));
    CHECK(d == json::parse<sentra::document>(cipayung, {}, boost_only).value());
    std::vector<sentra::enterprise> list;
    CHECK(json::detail::simd_read_typed(*t, list, "[" + record + "," + record + "]", 64));
    CHECK(list.size() == 2);
    // Everything the binder would report, or read by other rules, is given back.
    auto refused = [&](std::string const& text) {
        sentra::enterprise x;
        return !json::detail::simd_read_typed(*t, x, text, 64);
    };
    CHECK(refused(R"({"id":"ent-1"})"));                                   // missing keys
    CHECK(refused(record.substr(0, record.size() - 1) + R"(,"nama":"x"})")); // an unknown key
    CHECK(refused(record.substr(0, record.size() - 1) + R"(,"name":"x"})")); // a repeated key
    CHECK(refused(record.substr(0, record.size() - 1) + R"(,"workers":-0})"));
    CHECK(refused(record.substr(0, record.size() - 1) + " x"));
    CHECK(refused("\xEF\xBB\xBF" + record));
    CHECK(refused("[" + record + "]"));
    CHECK_FALSE(refused(R"({"id":"ent-1","name":"A","k\u0062li":["14111"]})")); // an escaped key
    CHECK(refused(R"({"id":"ent-1","name":"A","kbli":["1411"]})"));       // a refused code
    CHECK(refused(R"({"id":"ent-1","name":"A","workers":1.5})"));
    CHECK(refused(R"({"id":"ent-1","name":"A","capital":1e3})"));
    CHECK(refused(R"({"id":"ent-1","name":"A","capital":"Rp 1,5"})"));
    CHECK_FALSE(refused(R"({"id":"ent-1","name":"A","capital":"Rp1.500.000"})"));
    CHECK_FALSE(refused(R"({"id":"ent-1","name":"A","capital":0,"workers":-0})")); // "-0": 0, as Boost.JSON
    CHECK(refused(R"({"id":"ent-1","name":"A","capital":0.0})"));            // a double is not money
    CHECK_FALSE(refused(R"({"id":"ent-1","name":"A","workers":{"value":3,"year":2024}})"));
    CHECK(refused(R"({"id":"ent-1","name":"A","workers":{"value":3,"year":2024,"x":1}})"));
}

TEST_CASE("both tokenizers read good text to the same values", "[json][simdjson]")
{
    same_either_way<sentra::document>(test_file("documents/cipayung.json"));
    same_either_way<sentra::document>(test_file("documents/hand_written.json"));
    same_either_way<sentra::enterprise>(record);
    same_either_way<std::vector<sentra::enterprise>>("[" + record + ",\n" + record + "]");
    same_either_way<simd_test::numbers>(
        R"({"i":-9223372036854775808,"u":18446744073709551615,"d":0.1,"maybe":null,"s":"\/\b\f\n\r\t\u0000\u20ac",)"
        R"("any":{"a":[1,-0,2.5e-3,1E400,18446744073709551616,true,null,"x"],"a":{}}})");
}

TEST_CASE("both tokenizers refuse bad text with the same problem at the same place", "[json][simdjson]")
{
    using sentra::enterprise;
    using simd_test::numbers;
    std::vector<std::string> const texts = {
        "", " ", "\n\n", "{", "}", "[", "{\"id\"", "{\"id\":", "{\"id\":\"ent-001\"", "{\"id\":\"ent-001\",",
        "\xEF\xBB\xBF" + record, record + " x", record + record, record + "\n\n{}",
        "{\"id\":\"a\",}", "{\"id\" \"a\"}", "{\"id\":}", "{,}", "[1,]", "[1 2]", "{'id':'a'}",
        "{\"id\":tru}", "{\"id\":nul}", "{\"id\":truex}", "{\"id\":NaN}", "{\"id\":Infinity}",
        "{\"name\":\"a\tb\"}", "{\"name\":\"a\nb\"}", "{\"name\":\"\\x\"}", "{\"name\":\"\\u12\"}",
        "{\"name\":\"\\ud800\"}", "{\"name\":\"\\udc00\"}", "{\"name\":\"\\ud800\\u0041\"}",
        "{\"name\":\"\xC0\xAF\"}", "{\"name\":\"\xED\xA0\x80\"}", "{\"name\":\"\xF4\x90\x80\x80\"}",
        "{\"na\xFFme\":1}", std::string("{\"name\":\"a\0b\"}", 13), std::string("{\"name\":1}\0", 11),
        "{\"id\":\"ent-001\",\"id\":\"ent-002\",\"name\":\"x\"}", "{\"nam\":{\"deep\":[1,{\"x\":[]}]},\"id\":5}",
        "{\"workers\":1.5}", "{\"workers\":-0}", "{\"workers\":-0.0}", "{\"workers\":1e3}",
        "{\"workers\":01}", "{\"workers\":1.}", "{\"workers\":.5}", "{\"workers\":-}", "{\"workers\":1e}",
        "{\"workers\":99999999999999999999999}", "{\"capital\":1e400}", "{\"capital\":-1e-400}",
        "[" + record + "]", "\"ent-001\"", "42", "null", "true", "/* c */" + record, record + "// c",
    };
    for (auto const& t : texts) {
        same_either_way<enterprise>(t);
        same_either_way<numbers>(t);
    }
    // Number kinds as Boost.JSON gives them: integers, big integers, negative zero, exponents.
    for (std::string n : {"0", "-0", "-0.0", "1", "-1", "9223372036854775807", "9223372036854775808",
                          "-9223372036854775808", "-9223372036854775809", "18446744073709551615",
                          "18446744073709551616", "123456789012345678901234567890", "1e2", "1E+2",
                          "1e-2", "0.1", "2.2250738585072011e-308", "4.9e-324", "1.7976931348623157e308",
                          "1e309", "-1e309", "1e-400", "1.00000000000000011102230246251565404236316680908203125"})
        for (std::string const field : {"i", "u", "d", "maybe", "s", "any"})
            same_either_way<numbers>("{\"" + field + "\":" + n + "}");
    // Nesting at and past the limit, and far past it.
    for (std::size_t depth : {2u, 62u, 63u, 64u, 65u, 300u, 2000u}) {
        std::string const deep = std::string(depth, '[') + std::string(depth, ']');
        same_either_way<numbers>("{\"any\":" + deep + "}");
        same_either_way<numbers>("{\"s\":" + deep + "}");
    }
    json::read_options shallow;
    shallow.max_depth = 3;
    same_either_way<numbers>(R"({"any":[[1]]})", shallow);
    same_either_way<numbers>(R"({"any":[[[1]]]})", shallow);
    // Every prefix of a good record (a truncated line), and a cap on the problems.
    for (std::size_t n = 0; n < record.size(); ++n) same_either_way<enterprise>(record.substr(0, n));
    json::read_options capped;
    capped.max_errors = 2;
    same_either_way<enterprise>(R"({"id":1,"name":2,"kbli":3,"village":4,"extra":5})", capped);
}

TEST_CASE("a long text is tokenized by Boost.JSON past simdjson_max_bytes, with the same result",
          "[json][simdjson]")
{
    std::string big = "[" + record;
    for (int i = 0; i < 200; ++i) big += "," + record;
    big += "]";
    json::read_options small;
    small.simdjson_max_bytes = 100;
    same_either_way<std::vector<sentra::enterprise>>(big, small);
    auto r = json::parse<std::vector<sentra::enterprise>>(big, {}, small);
    REQUIRE(r);
    CHECK(r->size() == 201);
    // A huge string value, on both.
    same_either_way<simd_test::numbers>("{\"s\":\"" + std::string(3 << 20, 'x') + "\"}");
}

TEST_CASE("a stream reads the same records and problems on either tokenizer", "[json][simdjson][ndjson]")
{
    std::string const stream = record + "\n\n{\"id\":\"ent-2\"}\n" + record.substr(0, 40) + "\n" +
                               "\xEF\xBB\xBF" + record + "\n{\"id\":\"\\udc00\"}\n" + record + "\n";
    auto read = [&](bool simdjson, unsigned threads) {
        sentra::io::ndjson::read_options o;
        o.simdjson = simdjson;
        o.threads = threads;
        std::istringstream in(stream);
        std::vector<std::string> seen;
        auto s = sentra::io::ndjson::read<sentra::enterprise>(
            in, "s.ndjson", [](sentra::enterprise const&) { return sentra::report(); },
            [&](sentra::io::ndjson::record<sentra::enterprise>&& r) {
                std::string line = std::to_string(r.line) + (r.value ? " value" : " none");
                for (auto const& e : r.problems.problems())
                    line += " | " + std::string(sentra::to_string(e.code)) + " " + e.where.pointer + " " +
                            std::to_string(e.where.line) + ":" + std::to_string(e.where.column) + " " +
                            e.message(sentra::lang::en);
                seen.push_back(line);
            },
            o);
        REQUIRE(s);
        CHECK(s->records == 6);
        return seen;
    };
    auto const fast = read(true, 1);
    CHECK(fast == read(false, 1));
    CHECK(fast == read(true, 2));
    REQUIRE(fast.size() == 6);
    CHECK(fast[0] == "1 value");
    CHECK(fast[5] == "7 value");
}

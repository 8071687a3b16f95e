// An aggregate's NDJSON form: written canonically, read back equal, and every malformed or
// inconsistent part refused with its line and JSON Pointer.
#include <sentra/io/aggregate.hpp>

#include "catch.hpp"

#include <sstream>
#include <string>

using namespace sentra;

namespace {

aggregate sample()
{
    aggregate a(aggregate_by::parse("district,division", "pp7-2021", "2025").value());
    enterprise e;
    e.id = enterprise_id::parse("x1").value();
    e.village = village_code("32.76.07.1002");
    e.kbli.push_back(kbli_subclass("14111"));
    e.workers = figure<std::uint32_t>{7, 2026};
    e.annual_sales = figure<rupiah>{rupiah(300'000'000), 2026};
    a.add(e);
    e.annual_sales.reset();
    a.add(e);
    e.village = village_code("31.75.10.1001");
    a.add(e);
    location w;
    w.file = "r.ndjson";
    w.line = 4;
    e.village.reset();
    a.add(e, w);
    return a;
}

std::string header_of(std::string const& text) { return text.substr(0, text.find('\n') + 1); }

} // namespace

TEST_CASE("an aggregate reads back equal, and equal aggregates are equal bytes", "[aggregate][io]")
{
    auto const a = sample();
    std::string const text = io::write_aggregate(a);
    CHECK(text.rfind(R"({"sentra_aggregate":1,"by":"district,division","size":"pp7-2021",)"
                     R"("region_edition":"2025","classification":"kbli2020","records":4,"added":3,"refused":{"records":1,)"
                     R"("by_reason":{"missing_key":1},"first":[{"code":"missing_key","where":)"
                     R"({"file":"r.ndjson","line":4,)",
                     0) == 0);
    CHECK(text.find("\n{\"region\":\"31.75.10\",\"industry\":\"14\",\"size\":\"unclassified\","
                    "\"enterprises\":1,\"workers\":7,\"workers_reported\":1,\"sales\":0,"
                    "\"sales_reported\":0}\n") != std::string::npos);
    CHECK(text.find("\"size\":\"mikro\",\"enterprises\":1,\"workers\":7,\"workers_reported\":1,"
                    "\"sales\":300000000,\"sales_reported\":1}") != std::string::npos);
    auto const back = io::read_aggregate(text, "a.ndjson");
    REQUIRE(back);
    CHECK(*back == a);
    CHECK(io::write_aggregate(*back) == text);
    // CRLF and blank lines are fine.
    std::string crlf;
    for (char c : text) crlf += c == '\n' ? std::string("\r\n\r\n") : std::string(1, c);
    CHECK(io::read_aggregate(crlf).value() == a);
    // An empty aggregate is a header alone.
    aggregate const empty(aggregate_by::parse("province").value());
    CHECK(io::read_aggregate(io::write_aggregate(empty)).value() == empty);
}

TEST_CASE("a record stream counted through add_record", "[aggregate][io]")
{
    std::istringstream in(
        R"({"id":"a","name":"A","village":"32.76.07.1002","kbli":["14111"],"certifications":[]})"
        "\n{\"id\":\"b\"\n");
    aggregate a(aggregate_by::parse("district").value());
    auto s = io::ndjson::read<enterprise>(
        in, "s.ndjson", [](enterprise const&) { return report(); },
        [&](io::ndjson::record<enterprise>&& r) { io::add_record(a, r, "s.ndjson"); });
    REQUIRE(s);
    CHECK(a.added() == 1);
    CHECK(a.refused().records == 1);
    CHECK(a.refused().first[0].where.line == 2);
    CHECK(a.refused().by_reason.at(errc::syntax_error) == 1);
}

TEST_CASE("malformed and inconsistent parts are refused at their line and pointer",
          "[aggregate][io]")
{
    std::string const good = io::write_aggregate(sample());
    std::string const header = header_of(good);
    std::string const cells = good.substr(header.size());
    auto first = [](std::string const& text) {
        auto const r = io::read_aggregate(text, "p.ndjson");
        REQUIRE(!r);
        return r.error().problems()[0];
    };
    auto replaced = [&](std::string from, std::string to) {
        std::string t = good;
        auto const at = t.find(from);
        REQUIRE(at != std::string::npos);
        t.replace(at, from.size(), to);
        return t;
    };

    auto e = first("");
    CHECK(e.code == errc::empty_value);
    e = first("\n\n");
    CHECK(e.code == errc::empty_value);
    e = first("not json\n");
    CHECK(e.code == errc::syntax_error);
    CHECK(e.where.file == "p.ndjson");
    CHECK(e.where.line == 1);
    e = first(replaced("\"sentra_aggregate\":1", "\"sentra_aggregate\":2"));
    CHECK(e.where.pointer == "/sentra_aggregate");
    e = first(replaced("\"by\":\"district,division\"", "\"by\":\"kecamatan\""));
    CHECK(e.where.pointer == "/by");
    CHECK(e.code == errc::invalid_argument);
    e = first(replaced("\"size\":\"pp7-2021\"", "\"size\":\"pp9\""));
    CHECK(e.where.pointer == "/size");
    e = first(replaced("\"missing_key\":1", "\"no_such_reason\":1"));
    CHECK(e.where.pointer == "/refused/by_reason/no_such_reason");
    e = first(replaced("\"missing_key\":1", "\"missing_key\":2"));
    CHECK(e.where.pointer == "/refused/by_reason");
    e = first(replaced("\"records\":4", "\"records\":5"));
    CHECK(e.where.pointer == "/records");
    e = first(replaced("\"records\":4,\"added\":3", "\"records\":5,\"added\":4"));
    CHECK(e.where.pointer == "/added");
    CHECK(e.detail().find("cut short") != std::string::npos);
    e = first(replaced("\"records\":4", "\"records\":\"4\""));
    CHECK(e.code == errc::wrong_type);
    CHECK(e.where.pointer == "/records");
    e = first(replaced("\"records\":4", "\"records\":-4"));
    CHECK(e.where.pointer == "/records");
    e = first(replaced("\"records\":4", "\"records\":99999999999999999999999"));
    CHECK(e.where.pointer == "/records");
    // A part cut short: its last line missing (the enterprises no longer add up).
    std::string cut = good.substr(0, good.rfind('{'));
    e = first(cut);
    CHECK(e.where.pointer == "/added");
    // A line cut in the middle.
    e = first(good.substr(0, good.size() - 10));
    CHECK(e.code == errc::syntax_error);
    CHECK(e.where.line == 4);
    // Cells of the wrong shape.
    e = first(replaced("\"region\":\"31.75.10\"", "\"region\":\"31.75\""));
    CHECK(e.code == errc::wrong_level);
    CHECK(e.where.pointer == "/region");
    CHECK(e.where.line == 2);
    e = first(replaced("\"region\":\"31.75.10\"", "\"region\":\"31.75.1O\""));
    CHECK(e.code == errc::malformed_code);
    e = first(replaced("\"industry\":\"14\"", "\"industry\":\"141\""));
    CHECK(e.where.pointer == "/industry");
    e = first(replaced("\"industry\":\"14\",", ""));
    CHECK(e.where.pointer == "/industry");
    e = first(replaced("\"size\":\"unclassified\"", "\"size\":\"tiny\""));
    CHECK(e.where.pointer == "/size");
    e = first(replaced("\"size\":\"unclassified\",", ""));
    CHECK(e.where.pointer == "/size");
    e = first(replaced("\"workers_reported\":1,\"sales\":0", "\"workers_reported\":2,\"sales\":0"));
    CHECK(e.where.pointer == "/enterprises");
    e = first(replaced("\"enterprises\":1,\"workers\":7,\"workers_reported\":1,\"sales\":0",
                       "\"enterprises\":0,\"workers\":7,\"workers_reported\":1,\"sales\":0"));
    CHECK(e.code == errc::out_of_range);
    e = first(replaced("\"sales\":0", "\"sales\":-1"));
    CHECK(e.where.pointer == "/enterprises");
    e = first(replaced("\"sales\":0", "\"sales\":1.5"));
    CHECK(e.where.pointer == "/sales");
    e = first(replaced("\"sales_reported\":0}", "\"sales_reported\":0,\"extra\":1}"));
    CHECK(e.code == errc::unknown_key);
    // The same key twice.
    e = first(good + cells.substr(0, cells.find('\n') + 1));
    CHECK(e.code == errc::duplicate_code);
    // Unicode where a code belongs, and a huge line.
    e = first(replaced("\"region\":\"31.75.10\"", "\"region\":\"31.75.\xE2\x91\xA0\""));
    CHECK(e.where.pointer == "/region");
    e = first(replaced("\"region\":\"31.75.10\"", "\"region\":\"" + std::string(100000, '3') + "\""));
    CHECK(e.where.pointer == "/region");
}

TEST_CASE("an aggregate written to a stream is the same text, a failed stream is told",
          "[aggregate][io]")
{
    auto const a = sample();
    std::ostringstream out;
    CHECK(io::write_aggregate(out, a));
    CHECK(out.str() == io::write_aggregate(a));
    std::string appended = "before\n";
    io::write_aggregate(appended, a);
    CHECK(appended == "before\n" + io::write_aggregate(a));
    std::ostringstream failed;
    failed.setstate(std::ios::badbit);
    CHECK_FALSE(io::write_aggregate(failed, a));
}

TEST_CASE("an aggregate names its KBLI edition, two editions never merge", "[aggregate][io][kbli2025]")
{
    auto const a = sample();
    std::string const text = io::write_aggregate(a);
    CHECK(io::aggregate_classification(text) == "kbli2020");
    // A KBLI 2025 aggregate of the same enterprise.
    basic_aggregate<indonesia_kbli2025> b(
        basic_aggregate_by<indonesia_kbli2025>::parse("district,division", {}, "2025").value());
    basic_enterprise<indonesia_kbli2025> e;
    e.id = enterprise_id::parse("x1").value();
    e.village = village_code("32.76.07.1002");
    e.kbli.push_back(kbli2025_subclass("56101"));
    b.add(e);
    std::string const text2025 = io::write_aggregate(b);
    CHECK(header_of(text2025).find(R"("classification":"kbli2025")") != std::string::npos);
    CHECK(io::aggregate_classification(text2025) == "kbli2025");
    CHECK(io::read_aggregate<indonesia_kbli2025>(text2025).value() == b);
    // Read as KBLI 2020 (to merge into a KBLI 2020 total): refused at its classification.
    auto const refused = io::read_aggregate<indonesia>(text2025, "b.ndjson");
    REQUIRE(!refused);
    auto const problems = refused.error(); // a copy: hold it while reading into it
    auto const& err = problems.problems()[0];
    CHECK(err.id == message_id("aggregate.classification"));
    CHECK(err.where.pointer == "/classification");
    CHECK(err.where.line == 1);
    CHECK(io::read_aggregate<indonesia_kbli2025>(text).error().problems()[0].where.pointer ==
          "/classification");
    // A part written before KBLI 2025 (no classification) is KBLI 2020's.
    std::string old = text;
    old.erase(old.find(R"("classification":"kbli2020",)"), 28);
    CHECK(io::aggregate_classification(old) == "kbli2020");
    CHECK(io::read_aggregate(old).value() == a);
    CHECK(!io::read_aggregate<indonesia_kbli2025>(old));
    CHECK(!io::aggregate_classification("not json"));
}

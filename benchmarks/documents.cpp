// JSON speed and memory of sentra's record paths against the libraries users compare it
// with, in one process on the same bytes: SENTRA_BENCH_RECORDS (default 1,000,000)
// generated enterprise records, as one JSON array and as NDJSON.
//
//   documents/array/parse/{sentra,simdjson,nlohmann}     parse (+ sentra: full validation)
//   documents/ndjson/parse/{sentra,sentra_2cores,simdjson}
//   .../sentra_boost_tokenizer                          sentra on Boost.JSON's tokenizer
//   documents/serialize/{sentra,boost_json}              the same records to NDJSON text
//   documents/memory/{sentra,plain_strings}              bytes held per record
//
// simdjson (On-Demand) and nlohmann bind the same fields into a plain struct of strings
// and check nothing beyond JSON types: they are the speed limit and the common practice.
#include "records.hpp"

#include <sentra/enterprise.hpp>
#include <sentra/validation.hpp>
#include <sentra/io/json.hpp>
#include <sentra/io/ndjson.hpp>

#include <benchmark/benchmark.h>
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <boost/json/value_from.hpp>
#include <malloc.h>
#include <nlohmann/json.hpp>
#include <simdjson.h>

#include <chrono>
#include <istream>
#include <optional>
#include <streambuf>
#include <string>
#include <string_view>
#include <vector>

namespace {

// What a program without sentra keeps: the same fields as strings (money, a JSON integer
// since format version 4, as the text of its digits: the "plain struct of strings" the
// goals are stated against).
struct plain_certification {
    std::string kind;
    std::string number;
    std::optional<std::string> valid_until;
};
struct plain_enterprise {
    std::string id;
    std::optional<std::string> nib;
    std::string name;
    std::optional<std::string> village;
    std::optional<std::string> address;
    std::vector<std::string> kbli;
    std::optional<std::string> category;
    std::optional<std::string> capital; // money: the integer's text, as a string
    std::optional<std::string> annual_sales;
    std::optional<std::uint32_t> workers;
    std::optional<std::string> founded;
    std::vector<plain_certification> certifications;
};

struct corpus {
    std::vector<sentra::enterprise> records;
    std::string array;  // [r0,\nr1,...]
    std::string ndjson; // r0\nr1\n...
};

corpus const& data()
{
    static corpus const c = [] {
        corpus out;
        sentra_bench::record_maker maker;
        std::size_t const n = sentra_bench::record_count();
        out.records.reserve(n);
        for (std::size_t i = 0; i < n; ++i) out.records.push_back(maker.make(i));
        out.array = "[";
        for (std::size_t i = 0; i < n; ++i) {
            std::string line = sentra::io::json::serialize(out.records[i]);
            if (i) out.array += ",\n";
            out.array += line;
            out.ndjson += line;
            out.ndjson += '\n';
        }
        out.array += "]\n";
        return out;
    }();
    return c;
}

// Runs `pass` (one pass over the corpus) once untimed, so that no contender is charged for
// the page faults of its first use of memory, then times it; the rates are by the wall
// clock (the two-core run uses two threads).
template <class Pass>
void measure(benchmark::State& state, std::size_t bytes, Pass&& pass)
{
    pass();
    auto const start = std::chrono::steady_clock::now();
    std::int64_t passes = 0;
    for (auto _ : state) {
        pass();
        ++passes;
    }
    std::chrono::duration<double> const wall = std::chrono::steady_clock::now() - start;
    double const per_second = static_cast<double>(passes) / wall.count();
    state.counters["records_per_s"] = static_cast<double>(data().records.size()) * per_second;
    state.counters["MB_per_s"] = static_cast<double>(bytes) / 1e6 * per_second;
}

// --- sentra ---------------------------------------------------------------------------

// `simdjson`: sentra's reader on simdjson's tokenizer (when built with it), else Boost.JSON's.
void array_sentra(benchmark::State& state, bool simdjson)
{
    auto const& text = data().array;
    sentra::io::json::read_options options;
    options.simdjson = simdjson;
    if (simdjson && !sentra::io::json::uses_simdjson()) state.SkipWithError("built without simdjson");
    measure(state, text.size(), [&] {
        auto r = sentra::io::json::parse<std::vector<sentra::enterprise>>(text, {}, options);
        if (!r) state.SkipWithError("sentra refused the array");
        std::size_t bad = 0;
        for (auto const& e : *r) bad += sentra::validate(e).error_count();
        if (bad) state.SkipWithError("generated records should be valid");
        benchmark::DoNotOptimize(r);
    });
}

struct memory_buffer : std::streambuf {
    explicit memory_buffer(std::string const& s)
    {
        char* p = const_cast<char*>(s.data()); // read only: streambuf wants char*
        setg(p, p, p + s.size());
    }
};

void ndjson_sentra(benchmark::State& state, unsigned threads, bool simdjson)
{
    auto const& text = data().ndjson;
    sentra::io::ndjson::read_options options;
    options.threads = threads;
    options.simdjson = simdjson;
    if (simdjson && !sentra::io::json::uses_simdjson()) state.SkipWithError("built without simdjson");
    measure(state, text.size(), [&] {
        memory_buffer buffer(text);
        std::istream in(&buffer);
        std::size_t valid = 0;
        auto s = sentra::io::ndjson::read<sentra::enterprise>(
            in, "bench", [](sentra::enterprise const& e) { return sentra::validate(e); },
            [&](sentra::io::ndjson::record<sentra::enterprise>&& r) { valid += r.ok(); }, options);
        if (!s || valid != data().records.size()) state.SkipWithError("records lost");
    });
}

// --- simdjson On-Demand -----------------------------------------------------------------

std::string_view sv(simdjson::ondemand::value v)
{
    return std::string_view(v.get_string());
}

void bind(simdjson::ondemand::object obj, plain_enterprise& e)
{
    for (auto field : obj) {
        std::string_view const key = field.unescaped_key();
        simdjson::ondemand::value v = field.value();
        if (key == "id")
            e.id = sv(v);
        else if (key == "nib")
            e.nib = std::string(sv(v));
        else if (key == "name")
            e.name = sv(v);
        else if (key == "village")
            e.village = std::string(sv(v));
        else if (key == "address")
            e.address = std::string(sv(v));
        else if (key == "kbli")
            for (auto k : v.get_array()) e.kbli.emplace_back(std::string_view(k.get_string()));
        else if (key == "category")
            e.category = std::string(sv(v));
        else if (key == "capital")
            e.capital = std::string(std::string_view(v.raw_json_token()));
        else if (key == "annual_sales")
            e.annual_sales = std::string(std::string_view(v.raw_json_token()));
        else if (key == "workers")
            e.workers = static_cast<std::uint32_t>(std::uint64_t(v.get_uint64()));
        else if (key == "founded")
            e.founded = std::string(sv(v));
        else if (key == "certifications")
            for (auto c : v.get_array()) {
                plain_certification pc;
                for (auto cf : c.get_object()) {
                    std::string_view const ck = cf.unescaped_key();
                    simdjson::ondemand::value cv = cf.value();
                    if (ck == "kind")
                        pc.kind = sv(cv);
                    else if (ck == "number")
                        pc.number = sv(cv);
                    else if (ck == "valid_until")
                        pc.valid_until = std::string(sv(cv));
                }
                e.certifications.push_back(std::move(pc));
            }
    }
}

void array_simdjson(benchmark::State& state)
{
    simdjson::padded_string const padded(data().array);
    simdjson::ondemand::parser parser;
    measure(state, data().array.size(), [&] {
        std::vector<plain_enterprise> out;
        auto doc = parser.iterate(padded);
        for (auto item : doc.get_array()) bind(item.get_object(), out.emplace_back());
        if (out.size() != data().records.size()) state.SkipWithError("records lost");
        benchmark::DoNotOptimize(out);
    });
}

void ndjson_simdjson(benchmark::State& state)
{
    simdjson::padded_string const padded(data().ndjson);
    simdjson::ondemand::parser parser;
    std::size_t const n = data().records.size();
    measure(state, data().ndjson.size(), [&] {
        std::size_t count = 0;
        simdjson::ondemand::document_stream stream;
        if (parser.iterate_many(padded, 1 << 20).get(stream)) state.SkipWithError("iterate_many");
        for (auto doc : stream) {
            plain_enterprise e;
            bind(doc.get_object(), e);
            benchmark::DoNotOptimize(e);
            ++count;
        }
        if (count != n) state.SkipWithError("records lost");
    });
}

// --- nlohmann::json ---------------------------------------------------------------------

void from_json(nlohmann::json const& j, plain_certification& c)
{
    j.at("kind").get_to(c.kind);
    j.at("number").get_to(c.number);
    if (auto it = j.find("valid_until"); it != j.end()) c.valid_until = it->get<std::string>();
}

void from_json(nlohmann::json const& j, plain_enterprise& e)
{
    auto opt = [&](char const* key, std::optional<std::string>& out) {
        if (auto it = j.find(key); it != j.end()) out = it->get<std::string>();
    };
    j.at("id").get_to(e.id);
    opt("nib", e.nib);
    j.at("name").get_to(e.name);
    opt("village", e.village);
    opt("address", e.address);
    j.at("kbli").get_to(e.kbli);
    opt("category", e.category);
    if (auto it = j.find("capital"); it != j.end()) e.capital = std::to_string(it->get<std::int64_t>());
    if (auto it = j.find("annual_sales"); it != j.end())
        e.annual_sales = std::to_string(it->get<std::int64_t>());
    if (auto it = j.find("workers"); it != j.end()) e.workers = it->get<std::uint32_t>();
    opt("founded", e.founded);
    j.at("certifications").get_to(e.certifications);
}

void array_nlohmann(benchmark::State& state)
{
    auto const& text = data().array;
    measure(state, text.size(), [&] {
        auto j = nlohmann::json::parse(text);
        auto out = j.get<std::vector<plain_enterprise>>();
        if (out.size() != data().records.size()) state.SkipWithError("records lost");
        benchmark::DoNotOptimize(out);
    });
}

// --- serialization ----------------------------------------------------------------------

// Both writers append to one buffer, sized for the whole output and touched once, so that
// what is measured is writing JSON, not growing a 300 MB string or faulting its pages in.
std::string& output_buffer()
{
    static std::string buffer = [] {
        std::string b(data().ndjson.size() + 4096, '\0');
        b.clear();
        return b;
    }();
    return buffer;
}

void serialize_sentra(benchmark::State& state)
{
    std::string& out = output_buffer();
    measure(state, data().ndjson.size(), [&] {
        out.clear();
        for (auto const& e : data().records) {
            sentra::io::json::serialize_to(out, e);
            out += '\n';
        }
        benchmark::DoNotOptimize(out.data());
    });
    if (out != data().ndjson) state.SkipWithError("not the same text");
}

void serialize_boost_json(benchmark::State& state)
{
    std::string& out = output_buffer();
    measure(state, data().ndjson.size(), [&] {
        out.clear();
        for (auto const& e : data().records) {
            out += boost::json::serialize(boost::json::value_from(e));
            out += '\n';
        }
        benchmark::DoNotOptimize(out.data());
    });
    if (boost::json::parse(out.substr(0, out.find('\n'))) !=
        boost::json::parse(data().ndjson.substr(0, data().ndjson.find('\n'))))
        state.SkipWithError("not the same records");
}

// --- memory held ------------------------------------------------------------------------

// Bytes allocated and not freed, large (mmap-ed) blocks included.
std::size_t heap_in_use()
{
    auto const m = mallinfo2();
    return m.uordblks + m.hblkhd;
}

void memory_sentra(benchmark::State& state)
{
    double per_record = 0;
    for (auto _ : state) {
        auto const before = heap_in_use();
        auto r = sentra::io::json::parse<std::vector<sentra::enterprise>>(data().array).value();
        r.shrink_to_fit();
        per_record = static_cast<double>(heap_in_use() - before) / static_cast<double>(r.size());
        benchmark::DoNotOptimize(r);
    }
    state.counters["bytes_per_record"] = per_record;
}

void memory_plain_strings(benchmark::State& state)
{
    double per_record = 0;
    simdjson::padded_string const padded(data().array);
    simdjson::ondemand::parser parser;
    for (auto _ : state) {
        auto doc = parser.iterate(padded);
        auto const before = heap_in_use();
        std::vector<plain_enterprise> out;
        for (auto item : doc.get_array()) bind(item.get_object(), out.emplace_back());
        out.shrink_to_fit();
        per_record = static_cast<double>(heap_in_use() - before) / static_cast<double>(out.size());
        benchmark::DoNotOptimize(out);
    }
    state.counters["bytes_per_record"] = per_record;
}

} // namespace

// The corpus is built before the first benchmark runs; each benchmark warms up with one
// untimed pass (measure()). Names end with the implementation.
BENCHMARK_CAPTURE(array_sentra, simdjson, true)
    ->Name("documents/array/parse/sentra")
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(array_sentra, boost, false)
    ->Name("documents/array/parse/sentra_boost_tokenizer")
    ->Unit(benchmark::kMillisecond);
BENCHMARK(array_simdjson)->Name("documents/array/parse/simdjson")->Unit(benchmark::kMillisecond);
BENCHMARK(array_nlohmann)->Name("documents/array/parse/nlohmann")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(ndjson_sentra, one, 1u, true)
    ->Name("documents/ndjson/parse/sentra")
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(ndjson_sentra, two, 2u, true)
    ->Name("documents/ndjson/parse/sentra_2cores")
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(ndjson_sentra, one_boost, 1u, false)
    ->Name("documents/ndjson/parse/sentra_boost_tokenizer")
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(ndjson_sentra, two_boost, 2u, false)
    ->Name("documents/ndjson/parse/sentra_2cores_boost_tokenizer")
    ->Unit(benchmark::kMillisecond);
BENCHMARK(ndjson_simdjson)->Name("documents/ndjson/parse/simdjson")->Unit(benchmark::kMillisecond);
BENCHMARK(serialize_sentra)->Name("documents/serialize/sentra")->Unit(benchmark::kMillisecond);
BENCHMARK(serialize_boost_json)
    ->Name("documents/serialize/boost_json")
    ->Unit(benchmark::kMillisecond);
BENCHMARK(memory_sentra)->Name("documents/memory/sentra")->Unit(benchmark::kMillisecond);
BENCHMARK(memory_plain_strings)
    ->Name("documents/memory/plain_strings")
    ->Unit(benchmark::kMillisecond);

int main(int argc, char** argv)
{
    // As in gazetteer.cpp: keep freed memory in the process so that page faults do not
    // dominate; every implementation runs under the same setting.
    mallopt(M_MMAP_THRESHOLD, 256 << 20);
    mallopt(M_TRIM_THRESHOLD, 1 << 30);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
    (void)data(); // build the corpus outside any measurement
    std::fprintf(stderr, "corpus: %zu records, array %.1f MB, ndjson %.1f MB\n",
                 data().records.size(), static_cast<double>(data().array.size()) / 1e6,
                 static_cast<double>(data().ndjson.size()) / 1e6);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}

// Counting a registry for the cluster map (sentra/cluster/aggregate.hpp) against reading it:
// 100,000 generated records in memory (benchmarks/records.hpp; SENTRA_BENCH_RECORDS to
// change), checked against the official gazetteer and KBLI catalog as `sentra aggregate`
// checks them:
//
//   aggregate/read_checked  baseline: ndjson::read with validate(), each record dropped
//   aggregate/add           the same, each record counted by district, division and size
//                           class (PP 7/2021) through io::add_record
//   aggregate/merge         two halves' aggregates merged (per merge; items = keys)
//   aggregate/write_read    the aggregate written as NDJSON and read back (items = keys)
//
// Records per second are items_per_second. Instruction counts (callgrind, exact):
//   SENTRA_BENCH_RECORDS=20000 valgrind --tool=callgrind --toggle-collect='*aggregate_add*'
//     ./build/benchmarks/sentra_aggregate_benchmarks --benchmark_filter=aggregate/add
//     --benchmark_min_time=0          (one iteration; the same with read_checked)
#include "records.hpp"

#include <sentra/cluster/aggregate.hpp>
#include <sentra/io/aggregate.hpp>
#include <sentra/io/json.hpp>
#include <sentra/io/ndjson.hpp>
#include <sentra/io/reference_data.hpp>
#include <sentra/validation.hpp>

#include <benchmark/benchmark.h>

#include <cstdlib>
#include <sstream>

namespace {

std::size_t records()
{
    char const* v = std::getenv("SENTRA_BENCH_RECORDS");
    return v && *v ? static_cast<std::size_t>(std::strtoull(v, nullptr, 10)) : 100'000;
}

struct fixture {
    std::string text;
    sentra::gazetteer regions = sentra::io::load_gazetteer().value();
    sentra::kbli_catalog kbli = sentra::io::load_kbli().value();
    sentra::validation_context cx;
    sentra::aggregate_by by = sentra::aggregate_by::parse("district,division", "pp7-2021", "2025").value();
    fixture()
    {
        sentra_bench::record_maker maker;
        for (std::size_t i = 0, n = records(); i < n; ++i) {
            sentra::io::json::serialize_to(text, maker.make(i));
            text += '\n';
        }
        cx.regions = &regions;
        cx.catalog = &kbli;
    }
};

fixture const& data()
{
    static fixture const f;
    return f;
}

template <class Deliver>
void read_all(fixture const& f, std::string_view text, Deliver&& deliver)
{
    std::istringstream in{std::string(text)};
    auto s = sentra::io::ndjson::read<sentra::enterprise>(
        in, "registry.ndjson", [&](sentra::enterprise const& e) { return sentra::validate(e, f.cx); },
        deliver);
    if (!s) std::abort();
}

__attribute__((noinline)) void aggregate_read_checked(fixture const& f, std::size_t& valid)
{
    read_all(f, f.text, [&](sentra::io::ndjson::record<sentra::enterprise>&& r) { valid += r.ok(); });
}

__attribute__((noinline)) sentra::aggregate aggregate_add(fixture const& f, std::string_view text)
{
    sentra::aggregate agg(f.by);
    read_all(f, text, [&](sentra::io::ndjson::record<sentra::enterprise>&& r) {
        sentra::io::add_record(agg, r, "registry.ndjson");
    });
    return agg;
}

void read_checked(benchmark::State& state)
{
    auto const& f = data();
    for (auto _ : state) {
        std::size_t valid = 0;
        aggregate_read_checked(f, valid);
        benchmark::DoNotOptimize(valid);
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * records()));
}

void add(benchmark::State& state)
{
    auto const& f = data();
    std::size_t keys = 0;
    for (auto _ : state) {
        auto agg = aggregate_add(f, f.text);
        keys = agg.size();
        benchmark::DoNotOptimize(agg);
    }
    state.counters["keys"] = static_cast<double>(keys);
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * records()));
}

void merge(benchmark::State& state)
{
    auto const& f = data();
    std::size_t const half = f.text.find('\n', f.text.size() / 2) + 1;
    auto const a = aggregate_add(f, std::string_view(f.text).substr(0, half));
    auto const b = aggregate_add(f, std::string_view(f.text).substr(half));
    for (auto _ : state) {
        auto sum = a;
        if (!sum.merge(b)) std::abort();
        benchmark::DoNotOptimize(sum);
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * (a.size() + b.size())));
}

void write_read(benchmark::State& state)
{
    auto const& f = data();
    auto const agg = aggregate_add(f, f.text);
    for (auto _ : state) {
        auto back = sentra::io::read_aggregate(sentra::io::write_aggregate(agg));
        if (!back) std::abort();
        benchmark::DoNotOptimize(back);
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * agg.size()));
}

} // namespace

BENCHMARK(read_checked)->Name("aggregate/read_checked")->Unit(benchmark::kMillisecond);
BENCHMARK(add)->Name("aggregate/add")->Unit(benchmark::kMillisecond);
BENCHMARK(merge)->Name("aggregate/merge")->Unit(benchmark::kMillisecond);
BENCHMARK(write_read)->Name("aggregate/write_read")->Unit(benchmark::kMillisecond);
BENCHMARK_MAIN();

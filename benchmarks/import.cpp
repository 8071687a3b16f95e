// The spreadsheet import (sentra/io/enterprise_csv.hpp) on a members list of 100,000 rows
// (benchmarks/members.hpp; SENTRA_BENCH_ROWS to change):
//
//   import/csv_fields   baseline: the same bytes through csv_reader, every field visited
//   import/text         import_enterprises on the text: headers, values, villages by name
//                       in Kota Depok, KBLI codes checked, ids, the rules; rows counted
//   import/stream       the same from a std::istream, read in pieces (sentra import's path)
//
// Rows per second are the counter items_per_second. Instruction counts (callgrind, exact):
//   SENTRA_BENCH_ROWS=10000 valgrind --tool=callgrind --toggle-collect='*import_text*'
//     ./build/benchmarks/sentra_import_benchmarks --benchmark_filter=import/text
//     --benchmark_min_time=0          (one iteration; the same with csv_fields)
#include "members.hpp"

#include <sentra/io/csv.hpp>
#include <sentra/io/enterprise_csv.hpp>
#include <sentra/io/reference_data.hpp>

#include <benchmark/benchmark.h>

#include <cstdlib>
#include <sstream>

namespace {

std::size_t rows()
{
    char const* v = std::getenv("SENTRA_BENCH_ROWS");
    return v ? static_cast<std::size_t>(std::strtoull(v, nullptr, 10)) : 100'000;
}

struct fixture {
    std::string text = sentra_bench::members_csv(rows());
    sentra::gazetteer regions = sentra::io::load_gazetteer().value();
    sentra::kbli_catalog kbli = sentra::io::load_kbli().value();
    sentra::io::import_context context() const
    {
        sentra::io::import_context cx;
        cx.regions = &regions;
        cx.catalog = &kbli;
        cx.area = sentra::any_region_code<sentra::kemendagri>::parse("32.76").value();
        return cx;
    }
};

fixture const& data()
{
    static fixture const f;
    return f;
}

void csv_fields(benchmark::State& state)
{
    auto const& f = data();
    std::vector<sentra::io::csv_field> fields;
    for (auto _ : state) {
        sentra::io::csv_reader in(f.text, "members.csv", ';');
        sentra::report problems;
        std::size_t n = 0, bytes = 0;
        while (in.next(fields, problems) == sentra::io::csv_status::record) {
            ++n;
            for (auto const& x : fields) bytes += x.text.size();
        }
        benchmark::DoNotOptimize(bytes);
        if (n != rows() + 1) state.SkipWithError("wrong row count");
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * rows()));
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * f.text.size()));
}

// One import a run, from what `source()` gives: the text, or a stream over it.
template <class Source>
void run_import(benchmark::State& state, Source source)
{
    auto const& f = data();
    auto const cx = f.context();
    sentra::io::import_options o;
    o.file = "members.csv";
    for (auto _ : state) {
        state.PauseTiming();
        auto input = source(f.text);
        state.ResumeTiming();
        sentra::report problems;
        std::size_t n = 0;
        auto const s = sentra::io::import_enterprises(input, o, cx, problems,
                                                      [&](sentra::io::imported_row&& r) {
                                                          benchmark::DoNotOptimize(r);
                                                          ++n;
                                                      });
        if (n != rows() || !problems.empty() || s.imported != rows())
            state.SkipWithError("the list did not import cleanly");
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * rows()));
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * f.text.size()));
}

void import_text(benchmark::State& state)
{
    run_import(state, [](std::string const& text) { return std::string_view(text); });
}

void import_stream(benchmark::State& state)
{
    run_import(state, [](std::string const& text) { return std::istringstream(text); });
}

} // namespace

BENCHMARK(csv_fields)->Name("import/csv_fields")->Unit(benchmark::kMillisecond);
BENCHMARK(import_text)->Name("import/text")->Unit(benchmark::kMillisecond);
BENCHMARK(import_stream)->Name("import/stream")->Unit(benchmark::kMillisecond);
int main(int argc, char** argv)
{
    data(); // the list made and the reference data loaded before any benchmark runs
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}

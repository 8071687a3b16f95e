// The cluster report as a page, for a large programme (benchmarks/programme.hpp: 10,000
// members, 2,000 cases by default; SENTRA_BENCH_MEMBERS, SENTRA_BENCH_CASES):
//
//   report/html/large      make_cluster_report + cluster_report_html (the work of
//                          `sentra cluster report --format html`, less reading the file)
//   report/canonical/large baseline: the same document written as its canonical JSON
//                          (what `sentra fmt` does), in the same process
//
// The page's size is reported as the counter page_bytes.
#include "programme.hpp"

#include <sentra/report/cluster_report.hpp>
#include <sentra/io/document.hpp>
#include <sentra/io/html_report.hpp>
#include <sentra/io/reference_data.hpp>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>

namespace {

std::size_t setting(char const* name, std::size_t fallback)
{
    char const* v = std::getenv(name);
    return v ? static_cast<std::size_t>(std::strtoull(v, nullptr, 10)) : fallback;
}

struct fixture {
    sentra::document document;
    sentra::gazetteer regions;
    sentra::timestamp now = *sentra::timestamp::parse("2021-06-30T16:00:00+07:00");
};

fixture const& data()
{
    static fixture const f = [] {
        auto base = sentra::io::read_document_file(std::filesystem::path(SENTRA_BENCH_DOCUMENT));
        if (!base) {
            std::fprintf(stderr, "cannot read %s\n", SENTRA_BENCH_DOCUMENT);
            std::exit(1);
        }
        return fixture{sentra_bench::large_programme(base->document,
                                                     setting("SENTRA_BENCH_MEMBERS", 10'000),
                                                     setting("SENTRA_BENCH_CASES", 2'000)),
                       sentra::io::load_gazetteer().value()};
    }();
    return f;
}

void html_large(benchmark::State& state)
{
    auto const& f = data();
    std::size_t bytes = 0;
    for (auto _ : state) {
        auto r = sentra::make_cluster_report(f.document, f.document.clusters.front().id, f.now,
                                             sentra::lang::id, &f.regions);
        if (!r) state.SkipWithError("no report");
        std::string page = sentra::io::cluster_report_html(*r);
        bytes = page.size();
        benchmark::DoNotOptimize(page.data());
    }
    state.counters["page_bytes"] = static_cast<double>(bytes);
}

void canonical_large(benchmark::State& state)
{
    auto const& f = data();
    std::size_t bytes = 0;
    for (auto _ : state) {
        std::string text = sentra::io::write_document(f.document);
        bytes = text.size();
        benchmark::DoNotOptimize(text.data());
    }
    state.counters["document_bytes"] = static_cast<double>(bytes);
}

} // namespace

BENCHMARK(html_large)->Name("report/html/large")->Unit(benchmark::kMillisecond);
BENCHMARK(canonical_large)->Name("report/canonical/large")->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();

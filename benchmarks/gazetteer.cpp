// Gazetteer benchmarks: loading the official list against reading its bytes, look-ups by
// code against a binary search over all codes, and bytes held per region. Each family's
// baseline runs in the same process; the last part of a name is the implementation.
#include <sentra/io/file.hpp>
#include <sentra/io/reference_data.hpp>
#include <sentra/region/gazetteer.hpp>

#include <benchmark/benchmark.h>

#include <malloc.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <unordered_map>
#include <utility>
#include <random>
#include <string>
#include <vector>

namespace {

// The latest edition of the shipped data, found as every program finds it.
std::filesystem::path regions_dir()
{
    return sentra::io::find_reference_data().value().regions();
}

constexpr char const* files[] = {"provinces.csv", "regencies.csv", "districts.csv", "villages.csv"};

sentra::gazetteer const& official()
{
    static sentra::gazetteer const g = sentra::io::read_gazetteer(regions_dir()).value();
    return g;
}

// Baseline: the four files read into memory, nothing else.
void gazetteer_load_read(benchmark::State& state)
{
    std::size_t bytes = 0;
    for (auto _ : state) {
        bytes = 0;
        for (auto const* f : files) {
            auto text = sentra::io::read_file(regions_dir() / f);
            if (!text) {
                state.SkipWithError("reference data missing");
                return;
            }
            bytes += text->size();
            benchmark::DoNotOptimize(text->data());
        }
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(bytes * state.iterations()));
}
BENCHMARK(gazetteer_load_read)->Name("gazetteer/load/read")->Unit(benchmark::kMillisecond);

// For context: what many programs do, getline and split into a hash map of strings, with no
// validation at all.
void gazetteer_load_getline(benchmark::State& state)
{
    std::size_t regions = 0;
    for (auto _ : state) {
        std::unordered_map<std::string, std::pair<std::string, std::string>> all;
        for (auto const* f : files) {
            std::ifstream in(regions_dir() / f);
            std::string line;
            std::getline(in, line); // header
            while (std::getline(in, line)) {
                auto const a = line.find(',');
                auto const b = line.rfind(',');
                all.emplace(line.substr(0, a),
                            std::pair(line.substr(a + 1, b > a ? b - a - 1 : 0), line.substr(b + 1)));
            }
        }
        regions = all.size();
        benchmark::DoNotOptimize(all);
    }
    state.counters["regions"] = static_cast<double>(regions);
}
BENCHMARK(gazetteer_load_getline)->Name("gazetteer/load/getline")->Unit(benchmark::kMillisecond);

// The same files read, parsed, fully validated and indexed.
void gazetteer_load_sentra(benchmark::State& state)
{
    std::size_t regions = 0;
    for (auto _ : state) {
        auto g = sentra::io::read_gazetteer(regions_dir());
        if (!g) {
            state.SkipWithError("load failed");
            return;
        }
        regions = g->size();
        benchmark::DoNotOptimize(g);
    }
    state.counters["regions"] = static_cast<double>(regions);
}
BENCHMARK(gazetteer_load_sentra)->Name("gazetteer/load/sentra")->Unit(benchmark::kMillisecond);

std::vector<sentra::village_code> random_villages(std::size_t n)
{
    auto const all = official().regions(3);
    std::mt19937_64 rng(42);
    std::uniform_int_distribution<std::size_t> pick(0, all.size() - 1);
    std::vector<sentra::village_code> out;
    out.reserve(n);
    for (std::size_t i = 0; i < n; ++i) out.push_back(*all[pick(rng)].code().as<3>());
    return out;
}

void gazetteer_lookup_sentra(benchmark::State& state)
{
    auto const& g = official();
    auto const codes = random_villages(4096);
    std::size_t i = 0;
    for (auto _ : state) {
        auto r = g.find(codes[i++ & 4095]);
        benchmark::DoNotOptimize(r);
    }
}
BENCHMARK(gazetteer_lookup_sentra)
    ->Name("gazetteer/lookup/sentra")
    ->Repetitions(5)
    ->ReportAggregatesOnly(true);

// Baseline: std::lower_bound over every village code in one sorted vector.
void gazetteer_lookup_sorted_vector(benchmark::State& state)
{
    std::vector<std::uint64_t> all;
    for (auto const& v : official().regions(3)) all.push_back(v.code().value());
    auto const codes = random_villages(4096);
    std::size_t i = 0;
    for (auto _ : state) {
        auto it = std::lower_bound(all.begin(), all.end(), codes[i++ & 4095].value());
        benchmark::DoNotOptimize(it);
    }
}
BENCHMARK(gazetteer_lookup_sorted_vector)
    ->Name("gazetteer/lookup/sorted_vector")
    ->Repetitions(5)
    ->ReportAggregatesOnly(true);

void gazetteer_memory_sentra(benchmark::State& state)
{
    auto const m = official().memory();
    for (auto _ : state) benchmark::DoNotOptimize(m);
    double const regions = static_cast<double>(m.regions);
    state.counters["regions"] = regions;
    state.counters["bytes_per_region"] =
        static_cast<double>(m.node_bytes + m.index_bytes) / regions;
    state.counters["name_bytes_per_region"] = static_cast<double>(m.name_bytes) / regions;
}
BENCHMARK(gazetteer_memory_sentra)->Name("gazetteer/memory/sentra")->Iterations(1);

} // namespace

int main(int argc, char** argv)
{
    // Keep freed memory in the process (as a long-running program's allocator does), so
    // that every iteration is not charged for the kernel zeroing fresh pages: on these
    // virtual machines a page fault costs several microseconds and, left alone, glibc's
    // trimming makes the same load take 4 to 24 ms from run to run. Baseline and sentra
    // run under the same setting.
    mallopt(M_MMAP_THRESHOLD, 256 << 20);
    mallopt(M_TRIM_THRESHOLD, 1 << 30);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}

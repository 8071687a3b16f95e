// The gazetteer load beside reading its files, in two ways the Google Benchmark figures
// (benchmarks/gazetteer.cpp) do not give:
//
//   sentra_gazetteer_load instructions N   read the four files N times, then load them N
//       times, each in its own function, for instruction counts that repeat exactly:
//         valgrind --tool=callgrind --callgrind-out-file=/tmp/cg.out
//           ./build/benchmarks/sentra_gazetteer_load instructions 20
//         callgrind_annotate --inclusive=yes /tmp/cg.out | grep -E 'read_files|load_files'
//
//   sentra_gazetteer_load cold [ROUNDS]   from a cold page cache, as a program starting up
//       pays: before each timed read or load the files' pages are dropped from the page
//       cache with posix_fadvise(POSIX_FADV_DONTNEED) (no root needed; `fincore` shows
//       they are gone), then read or loaded once. Prints the median of ROUNDS (default 5).
#include <sentra/io/file.hpp>
#include <sentra/io/gazetteer_csv.hpp>
#include <sentra/io/reference_data.hpp>

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <string>
#include <vector>

namespace {

std::filesystem::path regions_dir()
{
    return sentra::io::find_reference_data().value().regions();
}

std::vector<std::filesystem::path> files()
{
    std::vector<std::filesystem::path> out;
    for (std::size_t level = 0; level < sentra::kemendagri::levels; ++level)
        out.push_back(sentra::io::level_file<sentra::kemendagri>(regions_dir(), level));
    return out;
}

[[gnu::noinline]] std::size_t read_files(int n)
{
    std::size_t total = 0;
    auto const paths = files();
    for (int i = 0; i < n; ++i)
        for (auto const& p : paths) total += sentra::io::read_file(p)->size();
    return total;
}

[[gnu::noinline]] std::size_t load_files(int n)
{
    std::size_t total = 0;
    for (int i = 0; i < n; ++i) total += sentra::io::read_gazetteer(regions_dir())->size();
    return total;
}

// Drops the files' pages from the page cache.
bool evict()
{
    for (auto const& p : files()) {
        int const fd = ::open(p.c_str(), O_RDONLY);
        if (fd < 0) return false;
        int const rc = ::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
        ::close(fd);
        if (rc != 0) return false;
    }
    return true;
}

template <class F>
double cold_ms(F f)
{
    if (!evict()) {
        std::fprintf(stderr, "could not drop the files from the page cache\n");
        std::exit(1);
    }
    auto const t0 = std::chrono::steady_clock::now();
    f();
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

int main(int argc, char** argv)
{
    std::string const mode = argc > 1 ? argv[1] : "";
    if (mode == "instructions" && argc == 3) {
        int const n = std::atoi(argv[2]);
        std::size_t const bytes = read_files(n);
        std::size_t const regions = load_files(n);
        std::printf("%zu bytes, %zu regions\n", bytes, regions);
        return 0;
    }
    if (mode == "cold" && argc <= 3) {
        int const rounds = argc == 3 ? std::max(1, std::atoi(argv[2])) : 5;
        std::vector<double> read, load;
        for (int i = 0; i < rounds; ++i) {
            read.push_back(cold_ms([] { return read_files(1); }));
            load.push_back(cold_ms([] { return load_files(1); }));
        }
        double const r = median(read);
        double const l = median(load);
        std::printf("cold page cache, median of %d: read %.2f ms, load %.2f ms, ratio %.1fx\n",
                    rounds, r, l, l / r);
        return 0;
    }
    std::fprintf(stderr, "usage: sentra_gazetteer_load instructions N | cold [ROUNDS]\n");
    return 2;
}

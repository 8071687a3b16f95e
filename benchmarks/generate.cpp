// Writes N generated enterprise records as NDJSON on standard output, for the memory runs
// of benchmarks/README.md:  sentra_generate_records 10000000 > registry.ndjson
#include "records.hpp"

#include <sentra/io/json.hpp>

#include <cstdio>
#include <cstdlib>
#include <string>

int main(int argc, char** argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: sentra_generate_records N\n");
        return 2;
    }
    std::size_t const n = std::strtoull(argv[1], nullptr, 10);
    sentra_bench::record_maker maker;
    std::string out;
    for (std::size_t i = 0; i < n; ++i) {
        sentra::io::json::serialize_to(out, maker.make(i));
        out += '\n';
        if (out.size() > (1 << 20)) {
            std::fwrite(out.data(), 1, out.size(), stdout);
            out.clear();
        }
    }
    std::fwrite(out.data(), 1, out.size(), stdout);
    return std::ferror(stdout) ? 1 : 0;
}

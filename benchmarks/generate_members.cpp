// sentra_generate_members N: a members list of N rows as CSV on standard output
// (benchmarks/members.hpp), written as it is made, for `sentra import`'s memory figure.
#include "members.hpp"

#include <cstdio>
#include <cstdlib>
#include <string>

int main(int argc, char** argv)
{
    std::size_t const rows = argc > 1 ? std::strtoull(argv[1], nullptr, 10) : 100'000;
    std::string chunk;
    sentra_bench::append_member_header(chunk);
    for (std::size_t i = 0; i < rows; ++i) {
        sentra_bench::append_member_row(chunk, i);
        if (chunk.size() > (1u << 16)) {
            std::fwrite(chunk.data(), 1, chunk.size(), stdout);
            chunk.clear();
        }
    }
    std::fwrite(chunk.data(), 1, chunk.size(), stdout);
    return 0;
}

// Writes a large programme (benchmarks/programme.hpp) as a sentra document on standard
// output, for the report's browser check:
//   sentra_generate_programme tests/data/documents/cipayung.json 10000 2000 > large.json
#include "programme.hpp"

#include <sentra/io/document.hpp>

#include <cstdio>
#include <cstdlib>
#include <iostream>

int main(int argc, char** argv)
{
    if (argc != 4) {
        std::fprintf(stderr, "usage: sentra_generate_programme DOCUMENT MEMBERS CASES\n");
        return 2;
    }
    auto base = sentra::io::read_document_file(argv[1]);
    if (!base) {
        std::cerr << base.error().to_string();
        return 1;
    }
    auto const members = static_cast<std::size_t>(std::strtoull(argv[2], nullptr, 10));
    auto const cases = static_cast<std::size_t>(std::strtoull(argv[3], nullptr, 10));
    if (members == 0) {
        std::fprintf(stderr, "sentra_generate_programme: MEMBERS must be at least 1\n");
        return 2;
    }
    std::cout << sentra::io::write_document(
        sentra_bench::large_programme(base->document, members, cases));
    return 0;
}

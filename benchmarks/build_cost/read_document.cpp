// A document-reading program, the second of the two programs whose build cost
// benchmarks/build_cost.py measures (the first is examples/cipayung): it reads a programme
// document, checks it against the national gazetteer, and prints what it holds.
//
//     read_document FILE
#include <sentra/io/document.hpp>
#include <sentra/io/reference_data.hpp>
#include <sentra/lang.hpp>
#include <sentra/validation.hpp>

#include <iostream>

int main(int argc, char** argv)
{
    if (argc != 2) {
        std::cerr << "usage: read_document FILE\n";
        return 2;
    }
    auto const regions = sentra::io::load_gazetteer();
    if (!regions) {
        std::cerr << regions.error();
        return 2;
    }
    sentra::validation_context cx;
    cx.regions = &*regions;
    auto const read = sentra::io::read_document_file(argv[1], cx);
    if (!read) {
        std::cerr << read.error();
        return 1;
    }
    sentra::document const& d = read->document;
    std::cout << argv[1] << ": "
              << sentra::counted(d.enterprises.size(), {"enterprise", "enterprises", "usaha"}) << ", "
              << sentra::counted(d.clusters.size(), {"cluster", "clusters", "klaster"}) << ", "
              << sentra::counted(d.cases.size(), {"case", "cases", "kasus"}) << "; "
              << sentra::counted(read->warnings.size(), {"warning", "warnings", "peringatan"})
              << '\n';
    return 0;
}

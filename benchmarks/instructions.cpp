// Instruction counts that repeat exactly (valgrind --tool=callgrind), beside the noisy
// wall-clock benchmarks: the founding case's document read N times by the binder
// (io::json::parse, no DOM) and through a Boost.JSON DOM (parse_value, then read: the path
// of a user who holds a DOM, and the old main path), and written N times. Each is its own function, so callgrind can count it alone:
//
//   valgrind --tool=callgrind --callgrind-out-file=/tmp/cg.out
//     ./build/benchmarks/sentra_json_instructions tests/data/documents/cipayung.json 200
//   callgrind_annotate --inclusive=yes /tmp/cg.out | grep -E 'read_(bound|dom)|write_text'
#include <sentra/document.hpp>
#include <sentra/io/document.hpp>
#include <sentra/io/file.hpp>
#include <sentra/io/json.hpp>

#include <cstdio>
#include <cstdlib>
#include <string>

namespace {

[[gnu::noinline]] std::size_t read_bound(std::string const& text, int n)
{
    std::size_t total = 0;
    for (int i = 0; i < n; ++i) total += sentra::io::json::parse<sentra::document>(text)->enterprises.size();
    return total;
}

[[gnu::noinline]] std::size_t read_dom(std::string const& text, int n)
{
    std::size_t total = 0;
    for (int i = 0; i < n; ++i)
        total += sentra::io::json::read<sentra::document>(*sentra::io::json::parse_value(text))
                     ->enterprises.size();
    return total;
}

[[gnu::noinline]] std::size_t write_text(sentra::document const& d, int n)
{
    std::size_t total = 0;
    for (int i = 0; i < n; ++i) total += sentra::io::json::serialize(d).size();
    return total;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc != 3) {
        std::fprintf(stderr, "usage: sentra_json_instructions DOCUMENT N\n");
        return 2;
    }
    std::string text;
    if (!sentra::io::read_file_into(argv[1], text)) return 2;
    int const n = std::atoi(argv[2]);
    auto const d = sentra::io::json::parse<sentra::document>(text);
    if (!d) return 1;
    std::size_t const a = read_bound(text, n);
    std::size_t const b = read_dom(text, n);
    std::size_t const c = write_text(*d, n);
    std::printf("%zu %zu %zu\n", a, b, c);
    return a == b ? 0 : 1;
}

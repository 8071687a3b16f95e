// Instruction counts that repeat exactly (valgrind --tool=callgrind), beside the noisy
// wall-clock benchmarks: the founding case's document read N times by the binder
// (io::json::parse, no DOM; on simdjson's tokenizer, and on Boost.JSON's) and through a
// Boost.JSON DOM (parse_value, then read: the path of a user who holds a DOM, and the old
// main path), and written N times; with a third argument, the lines of an NDJSON file of
// enterprises read once as records on each tokenizer. Each is its own function, so
// callgrind can count it alone:
//
//   valgrind --tool=callgrind --callgrind-out-file=/tmp/cg.out
//     ./build/benchmarks/sentra_json_instructions tests/data/documents/cipayung.json 200 [RECORDS.ndjson]
//   callgrind_annotate --inclusive=yes /tmp/cg.out | grep -E 'read_(bound|bound_boost|dom|records)|write_text'
#include <sentra/document.hpp>
#include <sentra/io/document.hpp>
#include <sentra/io/file.hpp>
#include <sentra/io/json.hpp>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

namespace {

[[gnu::noinline]] std::size_t read_bound(std::string const& text, int n)
{
    std::size_t total = 0;
    for (int i = 0; i < n; ++i) total += sentra::io::json::parse<sentra::document>(text)->enterprises.size();
    return total;
}

// The same, tokenized by Boost.JSON (read_bound uses simdjson when sentra is built with it).
[[gnu::noinline]] std::size_t read_bound_boost(std::string const& text, int n)
{
    sentra::io::json::read_options options;
    options.simdjson = false;
    std::size_t total = 0;
    for (int i = 0; i < n; ++i)
        total += sentra::io::json::parse<sentra::document>(text, {}, options)->enterprises.size();
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

// Records one a line, as a stream reader parses them (one text_reader, reused).
[[gnu::noinline]] std::size_t read_records(std::vector<std::string> const& lines, bool simdjson)
{
    sentra::io::json::read_options options;
    options.simdjson = simdjson;
    sentra::io::json::text_reader reader(options);
    std::size_t ok = 0;
    for (auto const& line : lines) {
        sentra::enterprise e;
        ok += reader.read_into(e, line).ok();
    }
    return ok;
}
[[gnu::noinline]] std::size_t read_records_simdjson(std::vector<std::string> const& lines)
{
    return read_records(lines, true);
}
[[gnu::noinline]] std::size_t read_records_boost(std::vector<std::string> const& lines)
{
    return read_records(lines, false);
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
    if (argc != 3 && argc != 4) {
        std::fprintf(stderr, "usage: sentra_json_instructions DOCUMENT N [RECORDS.ndjson]\n");
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
    std::size_t const e = read_bound_boost(text, n);
    std::printf("%zu %zu %zu %zu\n", a, b, c, e);
    if (a != b || a != e) return 1;
    if (argc == 4) {
        std::string records;
        if (!sentra::io::read_file_into(argv[3], records)) return 2;
        std::vector<std::string> lines;
        for (std::size_t at = 0; at < records.size();) {
            std::size_t const end = std::min(records.find('\n', at), records.size());
            if (end > at) lines.emplace_back(records.substr(at, end - at));
            at = end + 1;
        }
        std::size_t const f = read_records_simdjson(lines);
        std::size_t const g = read_records_boost(lines);
        std::printf("records %zu: %zu %zu\n", lines.size(), f, g);
        return f == g ? 0 : 1;
    }
    return 0;
}

// The NDJSON reader: every non-blank line is delivered once, in order, as a record or as
// problems inside that line; good records re-serialize and parse back equal.
#include "fuzz.hpp"

#include <sentra/enterprise.hpp>
#include <sentra/io/ndjson.hpp>
#include <sentra/validation.hpp>

#include <sstream>

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size)
{
    auto const text = sentra_fuzz::text_of(data, size);
    std::istringstream in{std::string(text)};
    sentra::io::ndjson::read_options options;
    options.max_line_length = 4096;
    options.batch_lines = 7;
    options.chunk_bytes = 1 + size % 97; // lines across chunk boundaries
    options.threads = size % 2 == 0 ? 1 : 2;
    std::uint64_t delivered = 0, last_line = 0;
    auto s = sentra::io::ndjson::read<sentra::enterprise>(
        in, "fuzz.ndjson", [](sentra::enterprise const& e) { return sentra::validate(e); },
        [&](sentra::io::ndjson::record<sentra::enterprise>&& r) {
            ++delivered;
            SENTRA_FUZZ_CHECK(r.line > last_line);
            last_line = r.line;
            for (auto const& e : r.problems.problems()) SENTRA_FUZZ_CHECK(e.where.line == r.line);
            if (r.value) {
                auto back = sentra::io::json::parse<sentra::enterprise>(
                    sentra::io::json::serialize(*r.value, {.personal_data = true}));
                SENTRA_FUZZ_CHECK(back && *back == *r.value);
            }
        },
        options);
    SENTRA_FUZZ_CHECK(s);
    SENTRA_FUZZ_CHECK(s->records == delivered);
    return 0;
}

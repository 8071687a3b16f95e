// The CSV reader: terminates, reports inside the input, never loses the rest of the file.
#include "fuzz.hpp"

#include <sentra/io/csv.hpp>

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size)
{
    auto const text = sentra_fuzz::text_of(data, size);
    sentra::io::csv_reader reader(text, "fuzz.csv");
    std::vector<sentra::io::csv_field> fields;
    sentra::report problems;
    std::size_t steps = 0;
    while (reader.next(fields, problems) != sentra::io::csv_status::end) {
        ++steps;
        SENTRA_FUZZ_CHECK(steps <= size + 1); // each step consumes input
    }
    sentra_fuzz::check_report(problems, text);
    return 0;
}

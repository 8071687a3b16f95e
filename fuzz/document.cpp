// The JSON document reader: what reads writes canonically, reads back equal, and writes the
// same bytes again; what fails reports every problem inside the input.
#include "fuzz.hpp"

#include <sentra/document.hpp>

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size)
{
    auto const text = sentra_fuzz::text_of(data, size);
    sentra::json::read_options options;
    options.max_errors = 50;
    auto d = sentra::read_document(text, {}, options);
    if (!d) {
        sentra_fuzz::check_report(d.error(), text);
        return 0;
    }
    std::string const written = sentra::write_document(*d);
    auto back = sentra::read_document(written);
    SENTRA_FUZZ_CHECK(back);
    SENTRA_FUZZ_CHECK(*back == *d);
    SENTRA_FUZZ_CHECK(sentra::write_document(*back) == written);
    return 0;
}

// The JSON document reader: what reads writes canonically, reads back equal, and writes the
// same bytes again; what fails reports every problem inside the input. And its redacted
// copy: as valid as the document, with no owner and no address left, and redacting it again
// removes nothing more.
#include "fuzz.hpp"

#include <sentra/io/document.hpp>
#include <sentra/redaction.hpp>

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size)
{
    auto const text = sentra_fuzz::text_of(data, size);
    sentra::io::json::read_options options;
    options.max_errors = 50;
    auto d = sentra::io::read_document(text, {}, {}, options);
    if (!d) {
        sentra_fuzz::check_report(d.error(), text);
        return 0;
    }
    std::string const written = sentra::io::write_document(d->document);
    auto back = sentra::io::read_document(written);
    SENTRA_FUZZ_CHECK(back);
    auto expected = d->document; // written in the version this library writes
    expected.format_version = sentra::document_format_version;
    SENTRA_FUZZ_CHECK(back->document == expected);
    SENTRA_FUZZ_CHECK(sentra::io::write_document(back->document) == written);

    auto const shared = sentra::redact(d->document);
    auto const shared_back = sentra::io::read_document(sentra::io::write_document(shared.document));
    SENTRA_FUZZ_CHECK(shared_back);
    for (auto const& e : shared.document.enterprises) SENTRA_FUZZ_CHECK(!e.owner && !e.address);
    auto const again = sentra::redact(shared.document);
    SENTRA_FUZZ_CHECK(again.removed.owners == 0 && again.removed.addresses == 0 &&
                      again.removed.actors == 0 && again.removed.texts == 0);
    SENTRA_FUZZ_CHECK(again.document == shared.document);
    return 0;
}

// The reader (json::parse, which binds the text with no DOM) against the reference DOM walk
// kept in tests/support, and the reader's two tokenizers (simdjson On-Demand, when the build
// has it, and Boost.JSON) against each other: for the same bytes, read as a document, as a
// stream record and as an Open311 request, all accept the same inputs, read the same values,
// and report the same problems (codes, pointers, lines and columns, messages) in the same
// order.
#include "fuzz.hpp"

#include <sentra/document.hpp>
#include <sentra/io/json.hpp>
#include <sentra/io/open311.hpp>

#include "support/json_reference.hpp"

namespace {

// The same outcome: values, or problems with their codes and places; `exactly`: also the
// count of errors and every message's words (the reference words some messages its own way,
// and with a cap counts as far as it looked).
template <class T>
void same(sentra::result<T, sentra::report> const& a, sentra::result<T, sentra::report> const& b,
          bool exactly)
{
    SENTRA_FUZZ_CHECK(a.has_value() == b.has_value());
    if (a) {
        SENTRA_FUZZ_CHECK(*a == *b);
        return;
    }
    auto const pa = a.error().problems();
    auto const pb = b.error().problems();
    SENTRA_FUZZ_CHECK(pa.size() == pb.size());
    if (exactly) SENTRA_FUZZ_CHECK(a.error().error_count() == b.error().error_count());
    for (std::size_t i = 0; i < pa.size() && i < pb.size(); ++i) {
        SENTRA_FUZZ_CHECK(pa[i].code == pb[i].code);
        SENTRA_FUZZ_CHECK(pa[i].where == pb[i].where);
        if (exactly) SENTRA_FUZZ_CHECK(pa[i].message(sentra::lang::en) == pb[i].message(sentra::lang::en));
    }
}

template <class T>
void agree(std::string_view text)
{
    sentra::io::json::read_options options;
    sentra::io::json::read_options boost_only = options;
    boost_only.simdjson = false;
    // Without a cap, then with one: the first problems of the same list are kept.
    for (std::size_t cap : {std::size_t{0}, std::size_t{3}}) {
        options.max_errors = boost_only.max_errors = cap;
        auto const read = sentra::io::json::parse<T>(text, "in", options);
        // The two tokenizers, to the last byte of every message.
        same(read, sentra::io::json::parse<T>(text, "in", boost_only), true);
        // The reader against the reference.
        same(read, sentra_test::json_reference::parse<T>(text, "in", options), false);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size)
{
    auto const text = sentra_fuzz::text_of(data, size);
    agree<sentra::document>(text);
    agree<sentra::enterprise>(text);
    agree<sentra::io::open311_request>(text);
    return 0;
}

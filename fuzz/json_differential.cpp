// The reader (json::parse, which binds the text with no DOM) against the reference DOM walk
// kept in tests/support: for the same bytes, read as a document, as a stream
// record and as an Open311 request, the two accept the same inputs, read the same values,
// and report the same problems (codes, pointers, lines and columns) in the same order.
#include "fuzz.hpp"

#include <sentra/document.hpp>
#include <sentra/io/json.hpp>
#include <sentra/io/open311.hpp>

#include "support/json_reference.hpp"

namespace {

template <class T>
void agree(std::string_view text)
{
    sentra::io::json::read_options options;
    auto a = sentra::io::json::parse<T>(text, "in", options);
    auto b = sentra_test::json_reference::parse<T>(text, "in", options);
    SENTRA_FUZZ_CHECK(a.has_value() == b.has_value());
    if (a) {
        SENTRA_FUZZ_CHECK(*a == *b);
        return;
    }
    auto const pa = a.error().problems();
    auto const pb = b.error().problems();
    SENTRA_FUZZ_CHECK(pa.size() == pb.size());
    for (std::size_t i = 0; i < pa.size() && i < pb.size(); ++i) {
        SENTRA_FUZZ_CHECK(pa[i].code == pb[i].code);
        SENTRA_FUZZ_CHECK(pa[i].where == pb[i].where);
    }
    // With a cap, the first problems of the same list are kept (how many more were counted
    // depends on where each reader stopped looking).
    options.max_errors = 3;
    auto c = sentra::io::json::parse<T>(text, "in", options);
    auto d = sentra_test::json_reference::parse<T>(text, "in", options);
    SENTRA_FUZZ_CHECK(!c && !d);
    auto const pc = c.error().problems();
    auto const pd = d.error().problems();
    SENTRA_FUZZ_CHECK(pc.size() == pd.size());
    for (std::size_t i = 0; i < pc.size() && i < pd.size(); ++i)
        SENTRA_FUZZ_CHECK(pc[i].code == pd[i].code && pc[i].where == pd[i].where);
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

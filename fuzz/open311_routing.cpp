// The Open311 importer and the routing-rule reader, from JSON text.
#include "fuzz.hpp"

#include <sentra/io/open311.hpp>
#include <sentra/coordination/routing.hpp>
#include <sentra/io/json.hpp>
#include <sentra/validation.hpp>

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size)
{
    auto const text = sentra_fuzz::text_of(data, size);
    if (auto r = sentra::io::json::parse<sentra::io::open311_request>(text)) {
        auto c = sentra::io::from_open311(*r);
        if (c) {
            auto exported = sentra::io::to_open311(*c);
            if (exported) {
                auto again = sentra::io::from_open311(*exported);
                SENTRA_FUZZ_CHECK(again && *again == *c); // export then import is lossless
            }
        }
    } else {
        sentra_fuzz::check_report(r.error(), text);
    }
    if (auto t = sentra::io::json::parse<sentra::routing_table>(text)) {
        (void)sentra::validate(*t);
        auto back = sentra::io::json::parse<sentra::routing_table>(sentra::io::json::serialize(*t));
        SENTRA_FUZZ_CHECK(back && *back == *t);
    } else {
        sentra_fuzz::check_report(t.error(), text);
    }
    return 0;
}

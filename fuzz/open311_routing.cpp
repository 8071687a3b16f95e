// The Open311 reader (with its reading of leading-zero numbers) and importer, the export
// (as anyone may see a case, and whole), and the routing-rule and deadline-policy readers,
// from JSON text.
#include "fuzz.hpp"

#include <sentra/io/open311.hpp>
#include <sentra/coordination/deadlines.hpp>
#include <sentra/coordination/privacy.hpp>
#include <sentra/coordination/routing.hpp>
#include <sentra/io/json.hpp>
#include <sentra/validation.hpp>

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size)
{
    auto const text = sentra_fuzz::text_of(data, size);
    if (auto r = sentra::io::json::parse<sentra::io::open311_request>(text)) {
        auto c = sentra::io::from_open311(*r);
        if (c) {
            sentra::io::open311_context internal;
            internal.who = sentra::audience::agencies;
            auto exported = sentra::io::to_open311(*c, internal);
            if (exported) {
                auto again = sentra::io::from_open311(*exported);
                SENTRA_FUZZ_CHECK(again && *again == *c); // export then import is lossless
                auto seen = sentra::io::to_open311(*c); // withheld, and still a valid case
                SENTRA_FUZZ_CHECK(seen && sentra::replay(*seen->sentra));
            }
        }
    } else {
        sentra_fuzz::check_report(r.error(), text);
    }
    if (auto list = sentra::io::read_open311(text); !list)
        sentra_fuzz::check_report(list.error(), text); // columns of the text as given
    if (auto p = sentra::io::json::parse<sentra::deadline_policy>(text)) {
        (void)sentra::validate(*p);
        auto back = sentra::io::json::parse<sentra::deadline_policy>(sentra::io::json::serialize(*p));
        SENTRA_FUZZ_CHECK(back && *back == *p);
    } else {
        sentra_fuzz::check_report(p.error(), text);
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

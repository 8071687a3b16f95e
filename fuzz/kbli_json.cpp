// The KBLI 2025 JSON reader (one level's file, at every level) and the correspondence-table
// reader: never a crash, every problem inside the input, and what loads finds itself.
#include "fuzz.hpp"

#include <sentra/business/catalog.hpp>
#include <sentra/io/crosswalk_csv.hpp>
#include <sentra/io/kbli_json.hpp>

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size)
{
    auto const text = sentra_fuzz::text_of(data, size);
    for (std::size_t level = 0; level < 5; ++level) {
        sentra::catalog_builder<sentra::kbli2025> b;
        sentra::io::add_kbli_json(b, level, text, "level.json");
        auto c = std::move(b).finish();
        if (!c) {
            sentra_fuzz::check_report(c.error(), text);
        } else {
            SENTRA_FUZZ_CHECK(c->count(level) == c->size()); // one level's file
            for (auto const& e : c->entries(level)) {
                SENTRA_FUZZ_CHECK(c->find(e.code()) == e);
                SENTRA_FUZZ_CHECK(!e.sentence_title().empty());
            }
        }
    }
    auto t = sentra::io::read_crosswalk_csv<sentra::kbli2020, sentra::kbli2025>(text, "table.csv");
    if (!t) {
        sentra_fuzz::check_report(t.error(), text);
    } else {
        for (auto const& l : t->links()) {
            auto const to = t->targets(l.from);
            SENTRA_FUZZ_CHECK(std::find(to.begin(), to.end(), l) != to.end());
        }
    }
    return 0;
}

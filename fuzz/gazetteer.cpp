// The gazetteer's CSV reader (the combined form and one level's form) and the KBLI catalog
// reader: never a crash, every problem inside the input, and what loads finds itself.
#include "fuzz.hpp"

#include <sentra/business/catalog.hpp>
#include <sentra/io/catalog_csv.hpp>
#include <sentra/io/gazetteer_csv.hpp>
#include <sentra/region/gazetteer.hpp>

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size)
{
    auto const text = sentra_fuzz::text_of(data, size);
    {
        sentra::gazetteer_builder<sentra::kemendagri> b;
        sentra::io::add_combined_csv(b, text, "fuzz.csv");
        auto g = std::move(b).finish();
        if (!g) {
            sentra_fuzz::check_report(g.error(), text);
        } else {
            for (std::size_t level = 0; level < 4; ++level)
                for (auto const& v : g->regions(level)) SENTRA_FUZZ_CHECK(g->find(v.code()));
        }
    }
    // One level's file, at every level: the plain rows the structural index takes and
    // the careful ones, a regency's name against its code, villages' prefixes reused.
    for (std::size_t level = 0; level < 4; ++level) {
        sentra::gazetteer_builder<sentra::kemendagri> b;
        sentra::io::add_level_csv(b, level, text, "level.csv");
        std::size_t const rows = b.count(level);
        auto g = std::move(b).finish();
        if (!g) {
            sentra_fuzz::check_report(g.error(), text);
        } else {
            SENTRA_FUZZ_CHECK(g->count(level) == rows);
            for (auto const& v : g->regions(level)) SENTRA_FUZZ_CHECK(g->find(v.code()) == v);
        }
    }
    {
        auto c = sentra::io::read_catalog_csv<sentra::kbli2020>(text, "kbli2020.csv");
        if (!c) {
            sentra_fuzz::check_report(c.error(), text);
        } else {
            for (std::size_t level = 0; level < 5; ++level)
                for (auto const& e : c->entries(level)) SENTRA_FUZZ_CHECK(c->find(e.code()));
        }
    }
    return 0;
}

// The aggregate reader (sentra aggregate --merge's input): anything it accepts writes back to
// the same aggregate and to canonical bytes, merges with itself, and maps without a crash.
#include "fuzz.hpp"

#include <sentra/cluster/mapping.hpp>
#include <sentra/io/aggregate.hpp>

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size)
{
    auto const text = sentra_fuzz::text_of(data, size);
    auto a = sentra::io::read_aggregate(text, "fuzz.ndjson");
    if (!a) {
        SENTRA_FUZZ_CHECK(!a.error().ok());
        for (auto const& e : a.error().problems()) SENTRA_FUZZ_CHECK(e.where.file == "fuzz.ndjson");
        return 0;
    }
    std::string const written = sentra::io::write_aggregate(*a);
    auto back = sentra::io::read_aggregate(written);
    SENTRA_FUZZ_CHECK(back && *back == *a);
    SENTRA_FUZZ_CHECK(sentra::io::write_aggregate(*back) == written);
    auto twice = *a;
    if (twice.merge(*a)) SENTRA_FUZZ_CHECK(twice.records() == 2 * a->records());
    else SENTRA_FUZZ_CHECK(twice == *a);
    sentra::cluster_map_options o;
    o.region_level = 0;
    o.industry_level = 0;
    if (auto m = sentra::cluster_map(*a, o))
        for (auto const& e : *m) SENTRA_FUZZ_CHECK(e.in_region <= e.region_total);
    return 0;
}

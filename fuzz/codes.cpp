// Every code parser: region (Kemendagri), KBLI 2020, ISIC Rev.4, rupiah, date, time. What
// parses prints and parses back equal; what fails says where, inside the input.
#include "fuzz.hpp"

#include <sentra/business/industry_code.hpp>
#include <sentra/business/money.hpp>
#include <sentra/date.hpp>
#include <sentra/enterprise.hpp>
#include <sentra/id.hpp>
#include <sentra/region/kemendagri.hpp>
#include <sentra/timestamp.hpp>

namespace {

template <class T>
void round_trip(std::string_view text)
{
    auto r = T::parse(text);
    if (!r) {
        SENTRA_FUZZ_CHECK(r.error().where.column <= text.size() + 1);
        return;
    }
    auto back = T::parse(r->to_string());
    SENTRA_FUZZ_CHECK(back && *back == *r);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size)
{
    auto const text = sentra_fuzz::text_of(data, size);
    round_trip<sentra::region_id>(text);
    round_trip<sentra::village_code>(text);
    round_trip<sentra::kbli_code>(text);
    round_trip<sentra::any_industry_code<sentra::isic4>>(text);
    round_trip<sentra::rupiah>(text);
    round_trip<sentra::date>(text);
    round_trip<sentra::timestamp>(text);
    round_trip<sentra::enterprise_id>(text);
    if (auto r = sentra::region_id::parse(text)) {
        auto compact = sentra::region_id::parse(r->to_compact_string());
        SENTRA_FUZZ_CHECK(compact && *compact == *r);
    }
    return 0;
}

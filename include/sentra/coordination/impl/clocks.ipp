// sentra/coordination/impl/clocks.ipp — the definitions of sentra/coordination/clocks.hpp's
// functions. Included by the header when sentra is header-only, compiled once in the library
// otherwise (sentra/src.hpp).
#pragma once

#include <sentra/coordination/clocks.hpp>

namespace sentra {

namespace detail {

SENTRA_DECL void settle(deadline_clock& k, std::vector<hold_span> const& spans,
                   working_calendar const& calendar, date const& today)
{
    date const until = k.ended ? *k.ended : today;
    k.held = 0;
    for (auto const& h : spans) {
        if (h.from < k.start || h.from >= until) continue;
        k.held += calendar.days_between(h.from, std::min(h.to, until), k.allowed.kind);
    }
    k.due = calendar.advance(
        k.start, period{k.allowed.days + static_cast<std::uint32_t>(k.held), k.allowed.kind});
    k.margin = until <= k.due ? calendar.days_between(until, k.due, k.allowed.kind)
                              : -calendar.days_between(k.due, until, k.allowed.kind);
}

} // namespace detail
} // namespace sentra

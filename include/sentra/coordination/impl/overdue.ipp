// sentra/coordination/impl/overdue.ipp — the definitions of sentra/coordination/overdue.hpp's
// functions. Included by the header when sentra is header-only, compiled once in the library
// otherwise (sentra/src.hpp).
#pragma once

#include <sentra/coordination/overdue.hpp>

namespace sentra {

SENTRA_DECL std::vector<log_entry> completion_entries(completion_due const& d, timestamp at,
                                                 std::string const& actor)
{
    std::vector<log_entry> out;
    for (auto a : d.actions) {
        log_entry e;
        e.at = at;
        e.actor = actor;
        e.action = a;
        e.note = detail::cat("no reply from the reporter since the follow-up of ",
                             d.followed_up.to_string(), " (", std::to_string(d.days_silent),
                             " days): completed by the programme's rule");
        out.push_back(std::move(e));
    }
    return out;
}

} // namespace sentra

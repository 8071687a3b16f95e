// sentra/coordination/impl/routing.ipp — the definitions of sentra/coordination/routing.hpp's
// functions. Included by the header when sentra is header-only, compiled once in the library
// otherwise (sentra/src.hpp).
#pragma once

#include <sentra/coordination/routing.hpp>

namespace sentra {

SENTRA_DECL log_entry assignment(routing_decision const& d, timestamp at, std::string actor)
{
    log_entry e;
    e.at = at;
    e.actor = std::move(actor);
    e.action = case_action::assign;
    e.agency = d.agency;
    e.routing_version = d.version;
    e.routing_rule = d.rule;
    return e;
}

} // namespace sentra

// sentra/impl/enterprise.ipp — the definitions of sentra/enterprise.hpp's functions. Included
// by the header when sentra is header-only, compiled once in the library otherwise
// (sentra/src.hpp).
#pragma once

#include <sentra/enterprise.hpp>

namespace sentra {

SENTRA_DECL message_id certification_number_defect(certification const& c) noexcept
{
    std::string_view const n = c.number;
    switch (c.kind) {
    case certification_kind::halal:
        if (n.size() != 19 || n.substr(0, 2) != "ID" || !detail::all_digits(n.substr(2)))
            return "enterprise.halal_number";
        return {};
    case certification_kind::pirt:
        if (n.size() != 15 || !detail::all_digits(n)) return "enterprise.pirt_number";
        return {};
    default:
        if (n.size() < 5 || n.substr(0, 4) != "SNI ") return "enterprise.sni_number";
        return {};
    }
}

} // namespace sentra

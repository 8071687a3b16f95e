// sentra/coordination/impl/calendar.ipp — the definitions of
// sentra/coordination/calendar.hpp's functions. Included by the header when sentra is header-
// only, compiled once in the library otherwise (sentra/src.hpp).
#pragma once

#include <sentra/coordination/calendar.hpp>

namespace sentra {

SENTRA_DECL std::string days_label(std::int64_t n, day_kind kind, lang language)
{
    std::string_view unit = to_label(kind, language);
    if (language == lang::en && (n == 1 || n == -1)) unit.remove_suffix(1); // "days" -> "day"
    return detail::cat(std::to_string(n), " ", unit);
}

} // namespace sentra

// sentra/impl/time_zone.ipp — the definitions of sentra/time_zone.hpp's functions. Included by
// the header when sentra is header-only, compiled once in the library otherwise
// (sentra/src.hpp).
#pragma once

#include <sentra/time_zone.hpp>

namespace sentra {

SENTRA_DECL std::string to_label(time_zone const& z, lang language)
{
    constexpr bilingual labels[] = {{"Coordinated Universal Time", "Waktu Universal Terkoordinasi"},
                                    {"Western Indonesia Time", "Waktu Indonesia Barat"},
                                    {"Central Indonesia Time", "Waktu Indonesia Tengah"},
                                    {"Eastern Indonesia Time", "Waktu Indonesia Timur"}};
    std::size_t i = 4;
    for (std::size_t k = 0; k < 4; ++k)
        if (z == (k == 0   ? time_zone::utc()
                  : k == 1 ? time_zone::wib()
                  : k == 2 ? time_zone::wita()
                           : time_zone::wit()))
            i = k;
    if (i == 4) return "UTC" + z.offset_text();
    return detail::cat(detail::label_at(labels, i, language), " (", z.to_string(), ", UTC",
                       z.offset_text(), ")");
}

} // namespace sentra

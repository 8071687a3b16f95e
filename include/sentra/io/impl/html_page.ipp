// sentra/io/impl/html_page.ipp — the definitions of sentra/io/detail/html_page.hpp's
// functions. Included by the header when sentra is header-only, compiled once in the library
// otherwise (sentra/src.hpp).
#pragma once

#include <sentra/io/detail/html_page.hpp>

namespace sentra::io::detail {

SENTRA_DECL std::string when(timestamp const& t, lang l)
{
    static constexpr char const* months_id[] = {"Januari", "Februari", "Maret",     "April",
                                                "Mei",     "Juni",     "Juli",      "Agustus",
                                                "September", "Oktober", "November", "Desember"};
    static constexpr char const* months_en[] = {"January", "February", "March",     "April",
                                                "May",     "June",     "July",      "August",
                                                "September", "October", "November", "December"};
    std::string const text = t.to_string(); // 2020-03-01T10:00:00+07:00
    auto const ymd = t.local_date().ymd();
    auto const m = static_cast<unsigned>(ymd.month());
    std::string out = std::to_string(static_cast<unsigned>(ymd.day())) + ' ' +
                      (l == lang::en ? months_en : months_id)[(m - 1) % 12] + ' ' +
                      std::to_string(static_cast<int>(ymd.year())) + ", " + text.substr(11, 2) +
                      (l == lang::en ? ":" : ".") + text.substr(14, 2);
    std::string const zone = text.size() > 19 ? text.substr(19) : std::string("Z");
    out += " (UTC" + (zone == "Z" ? std::string() : zone) + ")";
    return out;
}

} // namespace sentra::io::detail

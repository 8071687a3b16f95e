// sentra/cluster/agency.hpp — the agencies a programme deals with: regional government
// units (OPD: dinas, badan, the kecamatan and kelurahan offices, the mayor's office), a
// ministry's regional office, and partners such as banks and universities.
//
// Agency names vary between regions and change over time, so agencies are data (an id,
// a name, a kind, a jurisdiction), not an enum.
#pragma once

#include <sentra/business/fwd.hpp>
#include <sentra/fwd.hpp>
#include <sentra/region/fwd.hpp>
#include <sentra/id.hpp>
#include <sentra/lang.hpp>
#include <sentra/region/kemendagri.hpp>

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sentra {

enum class agency_kind : unsigned char {
    dinas,            // a department (Disperindag, DKUM, Dinkes, ...)
    badan,            // an agency (Bappeda, ...)
    kantor_kecamatan, // a district office (camat)
    kelurahan,        // a village office (lurah)
    kepala_daerah,    // the mayor's or regent's office
    kantor_wilayah,   // a ministry's regional office
    bank,             // a bank partner
    perguruan_tinggi, // a university partner
    other,
    sekretariat_daerah, // the regional secretariat (Setda), above the dinas (version 3)
};
BOOST_DESCRIBE_ENUM(agency_kind, dinas, badan, kantor_kecamatan, kelurahan, kepala_daerah,
                    kantor_wilayah, bank, perguruan_tinggi, other, sekretariat_daerah)

constexpr std::string_view to_label(agency_kind k, lang language = lang::en) noexcept
{
    constexpr bilingual labels[] = {{"department", "dinas"},
                                    {"agency", "badan"},
                                    {"district office", "kantor kecamatan"},
                                    {"village office", "kantor kelurahan"},
                                    {"mayor's or regent's office", "kantor wali kota/bupati"},
                                    {"ministry regional office", "kantor wilayah kementerian"},
                                    {"bank", "bank"},
                                    {"university", "perguruan tinggi"},
                                    {"other", "lainnya"},
                                    {"regional secretariat", "sekretariat daerah"}};
    return detail::label_at(labels, k, language);
}


template <class P>
struct basic_agency {
    using region_type = any_region_code<typename P::scheme_type>;

    agency_id id;
    std::string name; // its official name (nomenklatur)
    agency_kind kind = agency_kind::other;
    // The region it serves: a regency for a city's dinas, a district for the camat.
    std::optional<region_type> jurisdiction = {};
    // Other names it goes by (a news article's wording, an old name): kept so that a
    // source quoting one is understood, never shown as the official name (version 3).
    std::optional<std::vector<std::string>> aliases = {};

    // Whether the agency may act in `place` (no jurisdiction: anywhere).
    bool covers(region_type const& place) const noexcept
    {
        return !jurisdiction || place.within(*jurisdiction);
    }

    friend bool operator==(basic_agency const&, basic_agency const&) = default;
    // Whether `text` is its name or one of its aliases (exactly).
    bool known_as(std::string_view text) const noexcept
    {
        if (text == name) return true;
        if (aliases)
            for (auto const& a : *aliases)
                if (text == a) return true;
        return false;
    }

    BOOST_DESCRIBE_CLASS(basic_agency, (), (id, name, kind, jurisdiction, aliases), (), ())
};

} // namespace sentra

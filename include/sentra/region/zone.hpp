// sentra/region/zone.hpp — a zone (kawasan): a named set of regions drawn by a programme.
//
// The Senada zone of the founding case is the kelurahan Cipayung Jaya and Bojong Pondok
// Terong. A zone may mix levels (a whole district plus two villages of another); a code
// is in the zone when it lies within any of its regions.
#pragma once

#include <sentra/region/code.hpp>
#include <sentra/region/kemendagri.hpp>

#include <boost/describe/class.hpp>

#include <algorithm>
#include <string>
#include <vector>

namespace sentra {

template <region_scheme S>
struct basic_zone {
    std::string id;   // stable, chosen by the programme: "senada"
    std::string name; // "Kawasan Senada"
    std::vector<any_region_code<S>> regions;

    // Whether `code` lies within one of the zone's regions.
    bool contains(any_region_code<S> const& code) const noexcept
    {
        return std::any_of(regions.begin(), regions.end(),
                           [&](auto const& r) { return code.within(r); });
    }
    template <std::size_t L>
    bool contains(region_code<S, L> const& code) const noexcept
    {
        return contains(any_region_code<S>(code));
    }

    friend bool operator==(basic_zone const&, basic_zone const&) = default;

    BOOST_DESCRIBE_CLASS(basic_zone, (), (id, name, regions), (), ())
};

using zone = basic_zone<kemendagri>;

} // namespace sentra

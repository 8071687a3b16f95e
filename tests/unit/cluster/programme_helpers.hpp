// The small programme the cluster tests share: the founding case's categories, two agencies,
// seven members, a good cluster; and helpers to check against it.
#pragma once

#include <sentra/business/money.hpp>
#include <sentra/cluster/cluster.hpp>
#include <sentra/cluster/registry.hpp>
#include <sentra/document.hpp>
#include <sentra/region/depok.hpp>
#include <sentra/validation.hpp>

#include "cipayung/programme.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace cluster_test {

using namespace sentra;
using namespace sentra::literals;

template <class Id>
inline Id id(std::string_view s)
{
    return Id::parse(s).value();
}

inline enterprise member(char const* name, village_code v, char const* category, std::uint32_t workers = 5)
{
    enterprise e;
    e.id = id<enterprise_id>(name);
    e.name = name;
    e.village = v;
    e.kbli = {kbli_subclass("14111")};
    e.category = id<category_id>(category);
    e.capital = 100'000'000_rp;
    e.workers = workers;
    return e;
}

// The lists the registries of these tests index (a registry copies nothing).
inline document const& programme_data()
{
    static document const d = [] {
        document x;
        x.categories = cipayung::categories();
        x.agencies = {agency{id<agency_id>("disperindag"), "Disperindag Kota Depok",
                             agency_kind::dinas, region_id("32.76")},
                      agency{id<agency_id>("camat-cipayung"), "Kecamatan Cipayung",
                             agency_kind::kantor_kecamatan, region_id("32.76.07")}};
        for (int i = 1; i <= 5; ++i)
            x.enterprises.push_back(
                member(("k" + std::to_string(i)).c_str(), "32.76.07.1002", "konveksi"));
        x.enterprises.push_back(member("kul", "32.76.07.1004", "kuliner"));
        x.enterprises.push_back(member("far", "32.76.01.1006", "konveksi"));
        return x;
    }();
    return d;
}

inline registry make_registry()
{
    return make_registry(programme_data()).value();
}

// Checked against the Kota Depok gazetteer and the registry.
inline validation_context in(registry const& reg)
{
    return {&kota_depok(), nullptr, &reg, {}};
}

inline cluster good_cluster()
{
    cluster c;
    c.id = id<cluster_id>("sentra-konveksi");
    c.name = "Sentra Konveksi Cipayung";
    c.focus = id<category_id>("konveksi");
    c.locus = zone{
        "senada", "Kawasan Senada", {village_code("32.76.07.1002"), village_code("32.76.07.1004")}};
    c.lead_agency = id<agency_id>("disperindag");
    c.partners = {id<agency_id>("camat-cipayung")};
    for (char const* m : {"k1", "k2", "k3", "k4", "k5", "kul"})
        c.members.push_back(id<enterprise_id>(m));
    c.phases = {{"proposed", date(2019, 9, 1)}, {"launched", date(2019, 12, 17)}};
    event e;
    e.name = "Launch";
    e.kind = event_kind::launch;
    e.date = date(2019, 12, 17);
    e.venue = region_id("32.76.07");
    e.stands = {{id<category_id>("konveksi"), 25, 30}, {id<category_id>("kuliner"), 15, {}}};
    c.events = {e};
    return c;
}

inline std::vector<std::string> pointers(report const& r)
{
    std::vector<std::string> out;
    for (auto const& p : r.problems()) out.push_back(p.where.pointer);
    return out;
}

} // namespace cluster_test

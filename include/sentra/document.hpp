// sentra/document.hpp — a programme's data in one value, the aggregate of sentra:
// categories, agencies, enterprises, clusters (with events), routing rules and coordination
// cases, and which region scheme, edition and classification they use. Objects refer to
// each other by id; make_registry indexes them, and validate() (sentra/validation.hpp)
// checks the whole, every problem with its JSON Pointer: duplicate ids, dangling
// references, and the domain rules (clusters, enterprises, routing, case logs).
//
// This header does no I/O: reading and writing a document (sentra/io/document.hpp) is io's
// part. The format and its rules of compatible change: docs/json-format.md.
#pragma once

#include <sentra/business/category.hpp>
#include <sentra/cluster/agency.hpp>
#include <sentra/cluster/cluster.hpp>
#include <sentra/cluster/registry.hpp>
#include <sentra/data_version.hpp>
#include <sentra/coordination/case.hpp>
#include <sentra/coordination/deadlines.hpp>
#include <sentra/coordination/routing.hpp>
#include <sentra/enterprise.hpp>
#include <sentra/error.hpp>
#include <sentra/region/time_zones.hpp>
#include <sentra/time_zone.hpp>

#include <boost/describe/class.hpp>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace sentra {

// The value of a document's "format" member: says what the file is.
inline constexpr std::string_view document_format_name = "sentra";
// The newest format version this library reads and the one it writes. A reader reads
// every version up to its own; see docs/json-format.md for what may change in a version.
// 2: region_edition; 3: time_zone, deadlines, holidays, and cases' location, origin and the
// actions respond and reporter_reply; 4: money as integers (its text is still read); 5: an
// owner's name (personal data, beside the NIK and the phone); 6: an indicator's name and
// unit in Indonesian and English (name_id, name_en, unit_id, unit_en).
inline constexpr std::uint32_t document_format_version = 6;

template <class P>
struct basic_document {
    using profile_type = P;
    using scheme_type = typename P::scheme_type;
    using classification_type = typename P::classification_type;

    std::string format = std::string(document_format_name);
    std::uint32_t format_version = document_format_version;
    // The codes of `village`, `region`, `locus`: the profile's scheme ("kemendagri").
    std::string region_scheme = std::string(scheme_type::name);
    // The edition of the region codes ("2025", "2022"): which decree they follow. Absent
    // (all version 1 documents): not stated, and checked against the latest edition.
    std::optional<std::string> region_edition = {};
    // The codes of `kbli`: the profile's classification ("kbli2020").
    std::string classification = std::string(classification_type::name);
    std::optional<std::string> name = {}; // of the programme
    std::vector<basic_programme_category<P>> categories = {};
    std::vector<basic_agency<P>> agencies = {};
    std::vector<basic_enterprise<P>> enterprises = {};
    std::vector<basic_cluster<P>> clusters = {};
    std::optional<basic_routing_table<P>> routing = {};
    // The zone the programme counts working days in (version 3). Absent: the zone of its
    // agencies' jurisdictions and clusters' loci (programme_time_zone).
    std::optional<sentra::time_zone> time_zone = {};
    // The deadlines its cases are followed by (version 3). Absent: SP4N-LAPOR!'s figures.
    std::optional<basic_deadline_policy<typename P::topic_type>> deadlines = {};
    // Holidays and cuti bersama, dates in the programme's zone (version 3).
    std::optional<std::vector<date>> holidays = {};
    std::vector<basic_case<typename P::topic_type>> cases = {};
    friend bool operator==(basic_document const&, basic_document const&) = default;
    BOOST_DESCRIBE_CLASS(basic_document, (),
                         (format, format_version, region_scheme, region_edition, classification,
                          name, categories, agencies, enterprises, clusters, routing, time_zone,
                          deadlines, holidays, cases),
                         (), ())
};

// The edition a document's codes are checked against: the one it names when sentra has
// it (an edition sentra does not have is the document's own error), else `fallback`.
template <class P>
std::string_view edition_to_check(basic_document<P> const& d, std::string_view fallback) noexcept
{
    if (d.region_edition && find_kemendagri_edition(*d.region_edition)) return *d.region_edition;
    return fallback;
}

// The area a programme works in, as far as its document says: the jurisdiction of its
// first cluster's lead agency (the city or regency a `sentra init` document names). None
// when it has no cluster, or the lead agency is not in the document or serves everywhere.
// The import looks villages given by name up in it when it is told no other area.
template <class P>
std::optional<any_region_code<typename P::scheme_type>> programme_area(basic_document<P> const& d)
{
    if (d.clusters.empty()) return std::nullopt;
    for (auto const& a : d.agencies)
        if (a.id == d.clusters.front().lead_agency) return a.jurisdiction;
    return std::nullopt;
}

// The zone a programme counts its days in: the one the document states, else, for
// Indonesia's regions, the one zone of every agency's jurisdiction and every cluster's
// locus (sentra/region/time_zones.hpp). Regions in two zones, or none to go by, are an
// error at "/time_zone" that asks for the zone to be stated.
template <class P>
result<sentra::time_zone> programme_time_zone(basic_document<P> const& d)
{
    if (d.time_zone) return *d.time_zone;
    std::optional<sentra::time_zone> found;
    std::string zones;
    if constexpr (std::is_same_v<typename P::scheme_type, kemendagri>) {
        auto see = [&](region_id const& r) {
            auto z = indonesian_time_zone(r);
            if (!z) return;
            if (!found) {
                found = z;
                zones = z->to_string();
            } else if (!(*found == *z) && zones.find(z->to_string()) == std::string::npos) {
                zones += ", " + z->to_string();
            }
        };
        for (auto const& a : d.agencies)
            if (a.jurisdiction) see(*a.jurisdiction);
        for (auto const& c : d.clusters)
            for (auto const& r : c.locus.regions) see(r);
    }
    if (!found)
        return make_error(errc::missing_key, "document.no_zone", {}, at_pointer("/time_zone"));
    if (zones.find(", ") != std::string::npos)
        return make_error(errc::invalid_value, "document.zones", {{"zones", zones}},
                          at_pointer("/time_zone"));
    return *found;
}

// The document's working calendar: its zone and holidays.
template <class P>
result<working_calendar> calendar_of(basic_document<P> const& d)
{
    auto z = programme_time_zone(d);
    if (!z) return z.error();
    return working_calendar(*z, d.holidays.value_or(std::vector<date>{}));
}

// The document's deadline policy, else SP4N-LAPOR!'s.
template <class P>
basic_deadline_policy<typename P::topic_type> deadline_policy_of(basic_document<P> const& d)
{
    return d.deadlines ? *d.deadlines : basic_deadline_policy<typename P::topic_type>::lapor();
}

// The registry of a document's lists, indexed, not copied: the document must outlive it,
// and a look-up after one of its lists changed (merge_into added members) throws
// stale_registry rather than read freed memory. Duplicate or empty ids are reported with
// their JSON Pointers; the registry is returned only when there are none.
template <class P>
result<basic_registry<P>, report> make_registry(basic_document<P> const& d)
{
    basic_registry<P> reg;
    report out = reg.index(d.categories, d.agencies, d.enterprises, d.clusters);
    if (!out.ok()) return out;
    return reg;
}
// The registry of a document given as an rvalue (`make_registry(read_document(…).value())`,
// `make_registry(std::move(d))`): it owns the document, shared by its copies.
template <class P>
result<basic_registry<P>, report> make_registry(basic_document<P>&& d)
{
    auto owned = std::make_shared<basic_document<P> const>(std::move(d));
    basic_registry<P> reg;
    report out =
        reg.index(owned->categories, owned->agencies, owned->enterprises, owned->clusters, owned);
    if (!out.ok()) return out;
    return reg;
}

// What a new version of a document may not do to the old one: drop a case, or change or
// remove an entry of a case's log (check_log_grows). Problems point into `after`
// ("/cases/i/log/N"); a dropped case points at "/cases" and names its id.
template <class P>
report check_history(basic_document<P> const& before, basic_document<P> const& after)
{
    report out;
    std::unordered_map<std::string, std::size_t> now;
    for (std::size_t i = 0; i < after.cases.size(); ++i)
        now.emplace(after.cases[i].id.to_string(), i);
    for (auto const& old : before.cases) {
        auto const it = now.find(old.id.to_string());
        if (it == now.end()) {
            out.add(errc::history_rewritten, at_pointer("/cases"), "document.case_removed",
                    {{"case", old.id.to_string()}});
            continue;
        }
        if (auto r = check_log_grows(old, after.cases[it->second]); !r)
            out.add(under_pointer(json_pointer("cases", it->second), r.error()));
    }
    return out;
}

} // namespace sentra

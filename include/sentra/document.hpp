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
#include <sentra/coordination/routing.hpp>
#include <sentra/enterprise.hpp>
#include <sentra/error.hpp>

#include <boost/describe/class.hpp>

#include <cstdint>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace sentra {

// The value of a document's "format" member: says what the file is.
inline constexpr std::string_view document_format_name = "sentra";
// The newest format version this library reads and the one it writes. A reader reads
// every version up to its own; see docs/json-format.md for what may change in a version.
inline constexpr std::uint32_t document_format_version = 2; // 2: region_edition

struct document {
    std::string format = std::string(document_format_name);
    std::uint32_t format_version = document_format_version;
    std::string region_scheme = "kemendagri"; // the codes of `village`, `region`, `locus`
    // The edition of the region codes ("2025", "2022"): which decree they follow. Absent
    // (all version 1 documents): not stated, and checked against the latest edition.
    std::optional<std::string> region_edition = {};
    std::string classification = "kbli2020";  // the codes of `kbli`
    std::optional<std::string> name = {};     // of the programme
    std::vector<programme_category> categories = {};
    std::vector<agency> agencies = {};
    std::vector<enterprise> enterprises = {};
    std::vector<cluster> clusters = {};
    std::optional<routing_table> routing = {};
    std::vector<coordination_case> cases = {};
    friend bool operator==(document const&, document const&) = default;
};
BOOST_DESCRIBE_STRUCT(document, (),
                      (format, format_version, region_scheme, region_edition, classification, name,
                       categories,
                       agencies, enterprises, clusters, routing, cases))

// The edition a document's codes are checked against: the one it names when sentra has
// it (an edition sentra does not have is the document's own error), else `fallback`.
inline std::string_view edition_to_check(document const& d, std::string_view fallback) noexcept
{
    if (d.region_edition && find_kemendagri_edition(*d.region_edition)) return *d.region_edition;
    return fallback;
}

// The registry of a document's lists (indexed, not copied: the document must outlive it).
// Duplicate or empty ids are reported with their JSON Pointers; the registry is returned
// only when there are none.
inline result<registry, report> make_registry(document const& d)
{
    registry reg;
    report out = reg.index(d.categories, d.agencies, d.enterprises, d.clusters);
    if (!out.ok()) return out;
    return reg;
}

// What a new version of a document may not do to the old one: drop a case, or change or
// remove an entry of a case's log (check_log_grows). Problems point into `after`
// ("/cases/i/log/N"); a dropped case points at "/cases" and names its id.
inline report check_history(document const& before, document const& after)
{
    report out;
    std::unordered_map<std::string, std::size_t> now;
    for (std::size_t i = 0; i < after.cases.size(); ++i)
        now.emplace(after.cases[i].id.to_string(), i);
    for (auto const& old : before.cases) {
        auto const it = now.find(old.id.to_string());
        if (it == now.end()) {
            out.add(errc::history_rewritten, at_pointer("/cases"),
                    detail::cat("case '", old.id.to_string(),
                                "' was removed; cases are closed, not deleted"));
            continue;
        }
        if (auto r = check_log_grows(old, after.cases[it->second]); !r)
            out.add(under_pointer(json_pointer("cases", it->second), r.error()));
    }
    return out;
}

} // namespace sentra

// sentra/document.hpp — a programme's data in one value, the aggregate of sentra:
// categories, agencies, enterprises, clusters (with events), routing rules and coordination
// cases, and which region scheme, edition and classification they use. Objects refer to
// each other by id; make_registry indexes them and validate() checks the whole, every
// problem with its JSON Pointer: duplicate ids, dangling references, and the domain rules
// (clusters, enterprises, routing, case logs).
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

// What a document is checked against besides itself. Without a gazetteer, region codes
// are checked for form only; without a catalog, KBLI codes too.
struct document_context {
    gazetteer const* regions = nullptr;
    kbli_catalog const* catalog = nullptr;
    std::optional<date> today = {}; // founding dates may not be later
};

// The registry of a document's lists (indexed, not copied: the document must outlive it).
// Duplicate or empty ids are reported with their JSON Pointers; the registry is returned
// only when there are none.
inline result<registry, report> make_registry(document const& d, gazetteer const* regions = nullptr,
                                              kbli_catalog const* catalog = nullptr)
{
    registry reg(regions, catalog);
    report out = reg.index(d.categories, d.agencies, d.enterprises, d.clusters);
    if (!out.ok()) return out;
    return reg;
}

// Every problem of a list of cases, each with its pointer (`prefix` + "/i/..."): duplicate
// ids, a log that does not replay, and, given a registry, a cluster, enterprise or agency
// it does not know.
inline report validate_cases(std::span<coordination_case const> cases, registry const* reg,
                             std::string const& prefix = {})
{
    report out;
    std::set<std::string> seen;
    for (std::size_t i = 0; i < cases.size(); ++i) {
        auto const& c = cases[i];
        std::string const base = prefix + "/" + std::to_string(i);
        auto const at = [&](std::string const& p) { return at_pointer(base + p); };
        if (c.id.empty())
            out.add(errc::empty_value, at("/id"), "a case needs an id");
        else if (!seen.insert(c.id.to_string()).second)
            out.add(errc::duplicate_code, at("/id"),
                    detail::cat("case '", c.id.to_string(), "' appears twice"));
        if (auto s = replay(c); !s) out.add(under_pointer(base, s.error()));
        if (!reg) continue;
        if (c.cluster && !reg->find(*c.cluster))
            out.add(errc::unknown_code, at("/cluster"),
                    detail::cat("no cluster '", c.cluster->to_string(), "'"));
        for (std::size_t k = 0; k < c.raised_by.size(); ++k)
            if (!reg->find(c.raised_by[k]))
                out.add(errc::unknown_code, at("/raised_by/" + std::to_string(k)),
                        detail::cat("no enterprise '", c.raised_by[k].to_string(), "'"));
        for (std::size_t k = 0; k < c.log.size(); ++k)
            if (c.log[k].agency && !reg->find(*c.log[k].agency))
                out.add(errc::unknown_code, at("/log/" + std::to_string(k) + "/agency"),
                        detail::cat("no agency '", c.log[k].agency->to_string(), "'"));
    }
    return out;
}

// Every problem of a parsed document beyond its JSON form, each with its pointer.
inline report validate(document const& d, document_context const& cx = {})
{
    report out;
    if (d.format != document_format_name)
        out.add(errc::invalid_value, at_pointer("/format"),
                detail::cat("a sentra document has \"format\": \"", document_format_name,
                            "\", not ", detail::quote_for_detail(d.format)));
    if (d.format_version < 1 || d.format_version > document_format_version)
        out.add(errc::out_of_range, at_pointer("/format_version"),
                detail::cat("format version ", std::to_string(d.format_version),
                            " is not one this sentra reads (1 to ",
                            std::to_string(document_format_version), ")"));
    if (d.region_scheme != "kemendagri")
        out.add(errc::invalid_value, at_pointer("/region_scheme"),
                detail::cat("documents use the kemendagri scheme, not ",
                            detail::quote_for_detail(d.region_scheme)));
    if (d.region_edition) {
        if (!find_kemendagri_edition(*d.region_edition)) {
            out.add(errc::invalid_value, at_pointer("/region_edition"),
                    detail::cat(detail::quote_for_detail(*d.region_edition),
                                " is not a region edition sentra knows (",
                                kemendagri_edition_names(), ")"));
        } else if (cx.regions && !cx.regions->edition().empty() &&
                   cx.regions->edition() != *d.region_edition) {
            out.add(errc::invalid_value, at_pointer("/region_edition"),
                    detail::cat("the codes follow the ", *d.region_edition,
                                " edition but are checked against the ",
                                std::string(cx.regions->edition()), " edition"));
        }
    }
    if (d.classification != "kbli2020")
        out.add(errc::invalid_value, at_pointer("/classification"),
                detail::cat("documents use kbli2020, not ",
                            detail::quote_for_detail(d.classification)));

    auto reg = make_registry(d, cx.regions, cx.catalog);
    if (!reg) {
        out.merge(reg.error());
        return out; // references cannot be resolved while ids are ambiguous
    }
    enterprise_context ecx{cx.regions, cx.catalog, d.categories, cx.today};
    for (std::size_t i = 0; i < d.enterprises.size(); ++i)
        out.merge_under("/enterprises/" + std::to_string(i), validate(d.enterprises[i], ecx));
    if (cx.catalog)
        for (std::size_t i = 0; i < d.categories.size(); ++i)
            out.merge_under("/categories/" + std::to_string(i),
                            validate(d.categories[i], *cx.catalog));
    for (std::size_t i = 0; i < d.agencies.size(); ++i)
        if (d.agencies[i].jurisdiction && cx.regions &&
            !cx.regions->find(*d.agencies[i].jurisdiction))
            out.add(
                errc::unknown_code, at_pointer("/agencies/" + std::to_string(i) + "/jurisdiction"),
                detail::cat(d.agencies[i].jurisdiction->to_string(), " is not in the gazetteer"));
    for (std::size_t i = 0; i < d.clusters.size(); ++i)
        out.merge_under("/clusters/" + std::to_string(i), validate(d.clusters[i], *reg));
    if (d.routing) out.merge_under("/routing", validate(*d.routing, d.agencies, d.categories));
    out.merge(validate_cases(d.cases, &*reg, "/cases"));
    return out;
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
            out.add(under_pointer("/cases/" + std::to_string(it->second), r.error()));
    }
    return out;
}

} // namespace sentra

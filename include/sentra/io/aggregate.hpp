// sentra/io/aggregate.hpp — an aggregate (sentra/cluster/aggregate.hpp) as NDJSON, the form
// `sentra aggregate` writes and `--merge` reads: one header line (what is counted by, the
// records counted and refused, the reasons, the earliest refusals with their place), then
// one line per key in key order. Written canonically, so equal aggregates are equal bytes.
//
//   {"sentra_aggregate":1,"by":"district,division","size":"pp7-2021","region_edition":"2025",
//    "records":10,"added":9,"refused":{"records":1,"by_reason":{"malformed_code":1},"first":[...]}}
//   {"region":"32.76.07","industry":"14","size":"mikro","enterprises":5,"workers":20,...}
#pragma once

#include <sentra/detail/config.hpp>
#include <sentra/cluster/aggregate.hpp>
#include <sentra/error.hpp>
#include <sentra/io/json.hpp>
#include <sentra/io/ndjson.hpp>

#include <boost/describe/class.hpp>
#include <boost/describe/enum_from_string.hpp>
#include <boost/describe/enum_to_string.hpp>

#include <cstdint>
#include <map>
#include <ostream>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sentra::io {

// The format's version, the value of the header's "sentra_aggregate".
inline constexpr std::uint32_t aggregate_format_version = 1;

namespace detail {

struct aggregate_refused_line {
    std::uint64_t records = 0;
    std::map<std::string, std::uint64_t> by_reason;
    std::vector<boost::json::value> first; // errors in their JSON form (io/error_json.hpp)
};
BOOST_DESCRIBE_STRUCT(aggregate_refused_line, (), (records, by_reason, first))

struct aggregate_header_line {
    std::uint32_t sentra_aggregate = 0;
    std::string by;
    std::optional<std::string> size;
    std::optional<std::string> region_edition;
    // The classification of the industry codes ("kbli2025", "kbli2020"): parts of two
    // editions never merge. Absent in files of sentra before KBLI 2025, which were KBLI 2020.
    std::optional<std::string> classification;
    std::uint64_t records = 0;
    std::uint64_t added = 0;
    aggregate_refused_line refused;
};
BOOST_DESCRIBE_STRUCT(aggregate_header_line, (),
                      (sentra_aggregate, by, size, region_edition, classification, records, added,
                       refused))

template <class P>
struct aggregate_cell_line {
    any_region_code<typename P::scheme_type> region;
    std::optional<any_industry_code<typename P::classification_type>> industry;
    std::optional<std::string> size; // a size class, or "unclassified"
    std::uint64_t enterprises = 0;
    std::uint64_t workers = 0;
    std::uint64_t workers_reported = 0;
    rupiah sales{};
    std::uint64_t sales_reported = 0;
    BOOST_DESCRIBE_CLASS(aggregate_cell_line, (),
                         (region, industry, size, enterprises, workers, workers_reported, sales,
                          sales_reported),
                         (), ())
};

} // namespace detail

// The classification an aggregate's header line names (absent: kbli2020, as every file was
// before KBLI 2025), for choosing the profile to read it with; nullopt when the line is not
// a JSON object. Reads the one member, not the line.
inline std::optional<std::string> aggregate_classification(std::string_view header_line)
{
    auto const t = header_line.find_first_not_of(" \t\r\n");
    if (t == std::string_view::npos || header_line[t] != '{') return std::nullopt;
    if (auto named = json::detail::top_level_string(header_line, "classification")) return named;
    return std::string("kbli2020");
}

namespace detail {

// Writes the header, then the lines of the keys in order, handing `flush` the text whenever
// it passes `chunk` bytes (and at the end), so that a large aggregate is never held whole.
template <class P, class Flush>
void write_aggregate_chunks(basic_aggregate<P> const& agg, std::string& out, std::size_t chunk,
                            Flush&& flush)
{
    auto const& by = agg.by();
    aggregate_header_line h;
    h.sentra_aggregate = aggregate_format_version;
    h.by = by.to_string();
    if (by.size()) h.size = std::string(to_string(*by.size()));
    if (!by.region_edition().empty()) h.region_edition = by.region_edition();
    h.classification = std::string(P::classification_type::name);
    h.records = agg.records();
    h.added = agg.added();
    h.refused.records = agg.refused().records;
    for (auto const& [code, n] : agg.refused().by_reason)
        h.refused.by_reason[std::string(to_string(code))] = n;
    for (auto const& e : agg.refused().first) h.refused.first.push_back(json::write(e, lang::en));
    json::serialize_to(out, h);
    out += '\n';
    agg.for_each([&](basic_aggregate_key<P> const& k, aggregate_counts const& c) {
        aggregate_cell_line<P> line;
        line.region = k.region;
        if (!k.industry.empty()) line.industry = k.industry;
        if (k.unclassified || k.size)
            line.size.emplace(k.unclassified ? "unclassified"
                                             : boost::describe::enum_to_string(*k.size, ""));
        line.enterprises = c.enterprises;
        line.workers = c.workers;
        line.workers_reported = c.workers_reported;
        line.sales = c.sales;
        line.sales_reported = c.sales_reported;
        json::serialize_to(out, line);
        out += '\n';
        if (out.size() >= chunk) {
            flush(std::string_view(out));
            out.clear();
        }
    });
    if (!out.empty()) flush(std::string_view(out));
    out.clear();
}

} // namespace detail

// Appends the aggregate's NDJSON form to `out`.
template <class P>
void write_aggregate(std::string& out, basic_aggregate<P> const& agg)
{
    std::string buffer;
    detail::write_aggregate_chunks(agg, buffer, std::size_t{1} << 20,
                                   [&](std::string_view text) { out.append(text); });
}

template <class P>
std::string write_aggregate(basic_aggregate<P> const& agg)
{
    std::string out;
    write_aggregate(out, agg);
    return out;
}

// Writes the aggregate's NDJSON form to `out` a megabyte at a time; false when the stream
// failed.
template <class P>
bool write_aggregate(std::ostream& out, basic_aggregate<P> const& agg)
{
    std::string buffer;
    detail::write_aggregate_chunks(agg, buffer, std::size_t{1} << 20, [&](std::string_view text) {
        out.write(text.data(), static_cast<std::streamsize>(text.size()));
    });
    out.flush();
    return static_cast<bool>(out);
}

// Reads an aggregate's NDJSON form: every problem with its file, line, column and JSON
// Pointer (up to `max_errors`), and the checks that its lines agree with its header (each
// key of the header's levels, once; the enterprises adding up to "added", the reasons to
// the records refused).
template <class P = indonesia>
result<basic_aggregate<P>, report> read_aggregate(std::string_view text,
                                                  std::string const& file = {},
                                                  std::size_t max_errors = 100)
{
    report problems(max_errors);
    auto at = [&](std::uint64_t line, std::string pointer) {
        location w;
        w.file = file;
        w.line = static_cast<std::uint32_t>(line);
        w.column = 1;
        w.pointer = std::move(pointer);
        return w;
    };
    json::text_reader reader;
    std::uint64_t line_no = 0;
    auto next_line = [&]() -> std::optional<std::string_view> {
        while (!text.empty()) {
            auto const nl = text.find('\n');
            std::string_view l = text.substr(0, nl);
            text.remove_prefix(nl == std::string_view::npos ? text.size() : nl + 1);
            ++line_no;
            if (!l.empty() && l.back() == '\r') l.remove_suffix(1);
            if (l.find_first_not_of(" \t") != std::string_view::npos) return l;
        }
        return std::nullopt;
    };
    auto const first = next_line();
    if (!first) {
        problems.add(errc::empty_value, at(1, ""), "aggregate.no_header");
        return problems;
    }
    detail::aggregate_header_line h;
    if (auto r = reader.read_into(h, *first, file, static_cast<std::uint32_t>(line_no)); !r.ok())
        return r;
    std::uint64_t const header_line = line_no;
    if (h.sentra_aggregate != aggregate_format_version) {
        problems.add(errc::invalid_value, at(header_line, "/sentra_aggregate"),
                     "aggregate.format_version",
                     {{"version", h.sentra_aggregate}, {"supported", aggregate_format_version}});
        return problems;
    }
    {
        std::string const named = h.classification.value_or("kbli2020");
        if (named != P::classification_type::name) {
            problems.add(errc::invalid_value, at(header_line, "/classification"),
                         "aggregate.classification",
                         {{"input", named},
                          {"classification", std::string(P::classification_type::name)}});
            return problems;
        }
    }
    std::optional<std::string_view> size_name;
    if (h.size) size_name = *h.size;
    auto by = basic_aggregate_by<P>::parse(h.by, size_name, h.region_edition.value_or(""));
    if (!by) {
        error e = by.error();
        e.where = at(header_line, e.id == message_id("size.unknown_criteria") ? "/size" : "/by");
        problems.add(std::move(e));
        return problems;
    }
    basic_aggregate<P> agg(*by);
    aggregate_refusals refused;
    refused.records = h.refused.records;
    std::uint64_t reasons = 0;
    for (auto const& [name, n] : h.refused.by_reason) {
        errc code{};
        if (!boost::describe::enum_from_string(name.c_str(), code)) {
            std::string pointer = "/refused/by_reason";
            sentra::detail::append_pointer_part(pointer, name);
            problems.add(errc::invalid_value, at(header_line, std::move(pointer)),
                         "aggregate.unknown_errc", {{"name", name}});
            continue;
        }
        refused.by_reason[code] = n;
        if (__builtin_add_overflow(reasons, n, &reasons)) reasons = UINT64_MAX;
    }
    if (reasons != refused.records)
        problems.add(errc::invalid_value, at(header_line, "/refused/by_reason"),
                     "aggregate.reasons_sum", {{"sum", reasons}, {"records", refused.records}});
    if (h.refused.first.size() > aggregate_refusals::kept ||
        h.refused.first.size() > refused.records)
        problems.add(errc::out_of_range, at(header_line, "/refused/first"),
                     "aggregate.too_many_kept", {{"kept", aggregate_refusals::kept}});
    for (std::size_t i = 0; i < h.refused.first.size(); ++i) {
        auto e = json::read_error(h.refused.first[i], "/refused/first/" + std::to_string(i));
        if (!e) {
            for (auto p : e.error()) {
                p.where = at(header_line, p.where.pointer);
                problems.add(std::move(p));
            }
            continue;
        }
        refused.first.push_back(std::move(*e));
    }
    if (h.records - h.added != refused.records || h.added > h.records)
        problems.add(errc::invalid_value, at(header_line, "/records"),
                     "aggregate.records_sum",
                     {{"records", h.records}, {"added", h.added}, {"refused", refused.records}});

    detail::aggregate_cell_line<P> line;
    std::uint64_t enterprises = 0;
    while (auto l = next_line()) {
        if (problems.full()) break;
        line = {};
        report r = reader.read_into(line, *l, file, static_cast<std::uint32_t>(line_no));
        if (!r.ok()) {
            problems.merge(std::move(r));
            continue;
        }
        basic_aggregate_key<P> key;
        key.region = line.region;
        if (line.region.level() != by->region_level())
            problems.add(errc::wrong_level, at(line_no, "/region"),
                         "aggregate.line_level",
                         {{"level", sentra::detail::level_label_of<typename P::scheme_type>(
                                        line.region.level())},
                          {"expected", sentra::detail::level_label_of<typename P::scheme_type>(
                                           by->region_level())}});
        if (by->industry_level().has_value() != line.industry.has_value() ||
            (line.industry && line.industry->level() != *by->industry_level()))
            problems.add(errc::wrong_level, at(line_no, "/industry"),
                         by->industry_level() ? message_id("aggregate.industry_required")
                                              : message_id("aggregate.industry_unexpected"));
        if (line.industry) key.industry = *line.industry;
        if (by->size().has_value() != line.size.has_value())
            problems.add(errc::invalid_value, at(line_no, "/size"),
                         by->size() ? message_id("aggregate.size_required")
                                    : message_id("aggregate.size_unexpected"));
        else if (line.size) {
            size_class c{};
            if (*line.size == "unclassified")
                key.unclassified = true;
            else if (boost::describe::enum_from_string(line.size->c_str(), c))
                key.size = c;
            else
                problems.add(errc::invalid_value, at(line_no, "/size"),
                             "aggregate.size_class", {{"input", quote_input(*line.size)}});
        }
        if (line.enterprises == 0 || line.workers_reported > line.enterprises ||
            line.sales_reported > line.enterprises || line.sales.value() < 0)
            problems.add(errc::out_of_range, at(line_no, "/enterprises"),
                         "aggregate.counts");
        if (!problems.ok()) continue;
        aggregate_counts c;
        c.enterprises = line.enterprises;
        c.workers = line.workers;
        c.workers_reported = line.workers_reported;
        c.sales = line.sales;
        c.sales_reported = line.sales_reported;
        if (auto ok = agg.restore(key, c); !ok) {
            error e = ok.error();
            e.where = at(line_no, "/region");
            problems.add(std::move(e));
        }
        if (__builtin_add_overflow(enterprises, line.enterprises, &enterprises))
            enterprises = UINT64_MAX;
    }
    if (problems.ok() && enterprises != h.added)
        problems.add(errc::invalid_value, at(header_line, "/added"),
                     "aggregate.lines_sum", {{"count", enterprises}, {"added", h.added}});
    if (!problems.ok()) return problems;
    agg.restore(h.added, std::move(refused));
    return agg;
}

// Counts one record of a stream (sentra/io/ndjson.hpp): added when it was read and checked
// without an error, refused (with its first error) otherwise.
template <class P>
void add_record(basic_aggregate<P>& agg, ndjson::record<basic_enterprise<P>> const& r,
                std::string const& file)
{
    if (r.value && r.problems.error_count() == 0) {
        location where;
        where.file = file;
        where.line = static_cast<std::uint32_t>(r.line);
        where.column = 1;
        agg.add(*r.value, where);
    } else {
        agg.refuse(r.problems);
    }
}

} // namespace sentra::io

// The default profile's instantiations, compiled once in the sentra::compiled library
// (sentra/detail/config.hpp).
#if defined(SENTRA_SEPARATE_COMPILATION)
namespace sentra::io {
SENTRA_EXTERN template result<basic_aggregate<indonesia>, report>
read_aggregate<indonesia>(std::string_view, std::string const&, std::size_t);
SENTRA_EXTERN template void write_aggregate<indonesia>(std::string&,
                                                       basic_aggregate<indonesia> const&);
SENTRA_EXTERN template std::string write_aggregate<indonesia>(basic_aggregate<indonesia> const&);
SENTRA_EXTERN template bool write_aggregate<indonesia>(std::ostream&,
                                                       basic_aggregate<indonesia> const&);
} // namespace sentra::io
#endif

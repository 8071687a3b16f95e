// sentra/io/enterprise_import.hpp — reading a members list as an agency keeps it, in a
// spreadsheet exported as CSV: import_enterprises (from text or a stream, each row to a
// callback or the whole list at once, every problem at its cell), import_enterprises_file
// (from a file, in pieces), merge_into (the rows into a programme's document) and
// add_members (them into a cluster's members).
// docs/import.md has the rules and an example.
//
// Reading takes what spreadsheets export: UTF-8 with or without a byte order mark (UTF-16
// and other encodings are refused, naming the line), `,` `;` or tab between fields (found
// from the header row unless given), CRLF, quoted fields with delimiters and line breaks,
// junk rows above the header (a merged title), blank rows and columns. Columns are found by
// their headers: common Indonesian and English ones are recognised ("Nama Usaha", "NIK
// Pemilik", "Kelurahan/Desa", "Omzet per Tahun (Rp)"...), others by an import mapping
// (a JSON file: read_import_mapping). Values are read as people type them (rupiah::
// parse_informal, phone_number, NIK and NIB forms), villages by name within the programme's
// area (given, else the document's: programme_area) through the gazetteer, KBLI as codes,
// as words of a title, or a kind of business named as a programme category.
//
// A problem's place is FILE:LINE:COL with the column's header as its field: LINE is the
// CSV line the row starts on (the spreadsheet's row unless a cell above holds a line
// break), COL the column's number (1 is column A). Personal data (owner, NIK, phone) is
// never quoted.
#pragma once

#include <sentra/detail/config.hpp>
#include <sentra/document.hpp>
#include <sentra/error.hpp>
#include <sentra/io/detail/import_driver.hpp>
#include <sentra/io/enterprise_columns.hpp>
#include <sentra/io/file.hpp>
#include <sentra/io/import_mapping.hpp>
#include <sentra/io/import_types.hpp>

#include <algorithm>
#include <cerrno>
#include <cstddef>
#include <cstdio>
#include <filesystem>
#include <istream>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace sentra::io {

// Reads a members list from CSV text: each imported row to `deliver(row)` in order, every
// problem into `problems` at its cell. Returns the counts; summary.header_line is 0 when no
// row could be read (no header, an encoding that is not UTF-8: the problem says).
template <class P, class Deliver>
import_summary import_enterprises(std::string_view text, import_options const& options,
                                  basic_import_context<P> const& cx, report& problems,
                                  Deliver&& deliver)
{
    bool given = false;
    return detail::import_pieces<P>(
        [&](std::string& buffer) {
            if (!given) buffer.append(text);
            given = true;
            return false;
        },
        options, cx, problems, deliver);
}

// The same from a stream, read in pieces: memory stays flat however long the list.
template <class P, class Deliver>
import_summary import_enterprises(std::istream& in, import_options const& options,
                                  basic_import_context<P> const& cx, report& problems,
                                  Deliver&& deliver)
{
    return detail::import_pieces<P>(
        [&](std::string& buffer) {
            std::size_t const old = buffer.size();
            buffer.resize(old + (std::size_t{1} << 18));
            in.read(buffer.data() + old, static_cast<std::streamsize>(std::size_t{1} << 18));
            std::size_t const got = static_cast<std::size_t>(in.gcount());
            buffer.resize(old + got);
            return got > 0 && !in.eof() && !in.bad();
        },
        options, cx, problems, deliver);
}

// The same from a file, read in pieces. A file that cannot be opened or read is one `io`
// problem naming it (file_not_found, file_unreadable; report::has(error_class::io) tells),
// the rows delivered before a read failed staying delivered.
template <class P, class Deliver>
import_summary import_enterprises_file(std::filesystem::path const& file,
                                       import_options const& options,
                                       basic_import_context<P> const& cx, report& problems,
                                       Deliver&& deliver)
{
    auto opened = detail::open_for_reading(file);
    if (!opened) {
        problems.add(std::move(opened).error());
        return {};
    }
    std::FILE* const f = opened->get();
    int read_error = 0;
    auto const summary = detail::import_pieces<P>(
        [&](std::string& buffer) {
            constexpr std::size_t piece = std::size_t{1} << 18;
            std::size_t const old = buffer.size();
            buffer.resize(old + piece);
            errno = 0;
            std::size_t const got = std::fread(buffer.data() + old, 1, piece, f);
            buffer.resize(old + got);
            if (std::ferror(f)) read_error = errno == 0 ? EIO : errno;
            return got > 0 && !std::feof(f) && read_error == 0;
        },
        options, cx, problems, deliver);
    if (read_error != 0) {
        location where;
        where.file = file.string();
        problems.add(make_error(errc::file_unreadable, "file.because",
                                {{"why", detail::os_error_message(read_error)}}, where));
    }
    return summary;
}

// The whole list in memory.
template <class P>
basic_import_result<P> import_enterprises(std::string_view text, import_options const& options,
                                          basic_import_context<P> const& cx)
{
    basic_import_result<P> r;
    r.problems = report(options.max_errors);
    r.summary = import_enterprises(text, options, cx, r.problems,
                                   [&](basic_imported_row<P>&& row) { r.rows.push_back(std::move(row)); });
    return r;
}

// Puts imported enterprises into a document: one whose id the document has replaces it,
// the others are appended, in order. Returns how many were added.
template <class P>
std::size_t merge_into(basic_document<P>& d, std::vector<basic_imported_row<P>> const& rows)
{
    std::unordered_map<std::string, std::size_t> at;
    for (std::size_t i = 0; i < d.enterprises.size(); ++i) at.emplace(d.enterprises[i].id.to_string(), i);
    std::size_t added = 0;
    for (auto const& row : rows) {
        auto const it = at.find(row.enterprise.id.to_string());
        if (it != at.end()) {
            d.enterprises[it->second] = row.enterprise;
            continue;
        }
        at.emplace(row.enterprise.id.to_string(), d.enterprises.size());
        d.enterprises.push_back(row.enterprise);
        ++added;
    }
    return added;
}

// Makes the imported enterprises members of cluster `c` of the document (a members list
// is the list of a cluster's members): each one not yet a member is appended to its
// members, in order. Returns how many became members; unknown_code at "/clusters" when
// the document has no such cluster (then nothing changes). Call it after merge_into.
template <class P>
result<std::size_t> add_members(basic_document<P>& d, cluster_id const& c,
                                std::vector<basic_imported_row<P>> const& rows)
{
    auto const it = std::find_if(d.clusters.begin(), d.clusters.end(),
                                 [&](auto const& x) { return x.id == c; });
    if (it == d.clusters.end())
        return make_error(errc::unknown_code, "ref.no_cluster", {{"id", c.to_string()}},
                          at_pointer("/clusters"));
    std::size_t added = 0;
    for (auto const& row : rows) {
        if (std::find(it->members.begin(), it->members.end(), row.enterprise.id) != it->members.end())
            continue;
        it->members.push_back(row.enterprise.id);
        ++added;
    }
    return added;
}

} // namespace sentra::io

// The default profile's instantiations, compiled once in the sentra::compiled library
// (sentra/detail/config.hpp): the whole-list import and merging.
#if defined(SENTRA_SEPARATE_COMPILATION)
namespace sentra::io {
SENTRA_EXTERN template basic_import_result<indonesia>
import_enterprises<indonesia>(std::string_view, import_options const&,
                              basic_import_context<indonesia> const&);
SENTRA_EXTERN template std::size_t
merge_into<indonesia>(basic_document<indonesia>&,
                      std::vector<basic_imported_row<indonesia>> const&);
} // namespace sentra::io
#endif

// sentra/io/gazetteer_csv.hpp — reading the official region lists from CSV into a
// gazetteer: one file per level (Kemendagri: provinces.csv, regencies.csv, districts.csv,
// villages.csv; header `code,name` for the top level, `code,parent_code,name` below) or
// one combined `code,name` file of every level.
//
// Every row is checked (its code, its parent column, its name) and every problem reported
// with file:line:column; the builder then checks the list as a whole. Plain rows, nearly
// all of the official files, come from the structural index of io/detail/csv_index.hpp (every
// comma and line end found 64 bytes at a time) and go into the builder in batches; any
// other row goes through the CSV reader, which says what is wrong with it.
#pragma once

#include <sentra/io/detail/csv_index.hpp>
#include <sentra/detail/defect_messages.hpp>
#include <sentra/detail/list_messages.hpp>
#include <sentra/region/detail/region_code_parse.hpp>
#include <sentra/error.hpp>
#include <sentra/io/csv.hpp>
#include <sentra/io/file.hpp>
#include <sentra/region/gazetteer.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace sentra::io {

namespace detail {

using namespace sentra::detail;

template <region_scheme S>
struct gazetteer_csv {
    using builder = gazetteer_builder<S>;
    using layout = sentra::detail::scheme_layout<S>;

    static bool is_header(std::vector<csv_field> const& f)
    {
        if (f.empty()) return false;
        std::string_view const t = f[0].text;
        return t.size() == 4 && (t[0] | 0x20) == 'c' && (t[1] | 0x20) == 'o' &&
               (t[2] | 0x20) == 'd' && (t[3] | 0x20) == 'e';
    }

    // Skips the header and reports a record of the wrong width; true for a data record.
    static bool record_shape_ok(builder& b, std::vector<csv_field> const& f,
                                csv_reader const& reader, std::size_t columns,
                                std::string_view column_names, bool& first)
    {
        auto const expected = [&] {
            return std::vector<message_arg>{
                {"columns", columns}, {"names", column_names}, {"found", f.size()}};
        };
        if (first) {
            first = false;
            if (is_header(f)) {
                if (f.size() != columns)
                    b.report_.add(errc::bad_header, reader.where_line(reader.line()),
                                  "csv.column_count", expected());
                return false;
            }
        }
        if (f.size() == columns) return true;
        b.report_.add(errc::wrong_column_count, reader.where_line(reader.line()),
                      f.size() == 1 && f[0].text.empty() ? message_id("csv.column_count_empty_line")
                                                         : message_id("csv.column_count"),
                      expected());
        return false;
    }

    // What plain_row remembers from row to row.
    struct plain_shape {
        // The parent part of the last plain row read, in its text form and parsed: the
        // rows of a sorted list come in runs under one parent, whose part is parsed once.
        std::uint64_t prefix_bytes = 0;
        std::uint64_t prefix_value = 0;
        bool prefix_known = false;
    };

    // Takes a plain record (ASCII, unquoted) as a row of level L: the code in display form,
    // the parent column equal to the code's prefix, a name the scheme's rule accepts. False for anything else,
    // which the careful path reads again and reports.
    template <std::size_t L>
    static bool plain_row(builder& b, std::string_view text, sentra::detail::plain_record const& r,
                          plain_shape& shape, typename builder::row_batch& batch,
                          std::uint32_t line)
    {
        std::size_t const columns = L == 0 ? 2 : 3;
        constexpr std::size_t code_len = layout::display_length(L);
        if (r.fields != columns || r.end[0] - r.begin != code_len) return false;
        std::size_t const name_begin = r.end[columns - 2] + 1u;
        std::size_t const size = r.end[columns - 1] - name_begin;
        if (size == 0 || size > 1024) return false;
        char const* const row = text.data() + r.begin;
        std::string_view const name(text.data() + name_begin, size);
        std::uint64_t code = 0;
        if constexpr (L == 0) {
            if (!detail::parse_display_fixed<S, 0>(row, code)) return false;
        } else {
            constexpr std::size_t sep = S::separator != '\0' ? 1 : 0;
            constexpr std::size_t prefix_len = layout::display_length(L - 1);
            if (r.end[1] - r.end[0] - 1 != prefix_len) return false;
            char const* const parent = row + code_len + 1;
            std::uint64_t own_prefix = 0;
            if constexpr (prefix_len <= 8) {
                if (text.size() - r.begin < code_len + 9) return false;
                std::uint64_t their;
                std::memcpy(&own_prefix, row, 8);
                std::memcpy(&their, parent, 8);
                constexpr std::uint64_t mask =
                    prefix_len == 8 ? ~std::uint64_t{0} : (std::uint64_t{1} << (8 * prefix_len)) - 1;
                own_prefix &= mask;
                if (own_prefix != (their & mask)) return false;
            } else {
                if (std::memcmp(row, parent, prefix_len) != 0) return false;
            }
            if (prefix_len > 8 || !shape.prefix_known || own_prefix != shape.prefix_bytes) {
                std::uint64_t value = 0;
                if (!detail::parse_display_fixed<S, L - 1>(row, value)) return false;
                shape.prefix_bytes = own_prefix;
                shape.prefix_value = value;
                shape.prefix_known = true;
            }
            if (sep && row[prefix_len] != S::separator) return false;
            std::uint32_t part = 0;
            for (std::size_t k = 0; k < S::widths[L]; ++k) {
                auto const d = static_cast<std::uint32_t>(
                    static_cast<unsigned char>(row[prefix_len + sep + k]) - '0');
                if (d > 9) return false;
                part = part * 10 + d;
            }
            if (!S::check_segment(L, part).empty()) return false;
            code = shape.prefix_value * detail::pow10_table[S::widths[L]] + part;
        }
        // A name the scheme's own rule refuses goes the careful way, which reports it.
        if constexpr (requires { S::name_defect(L, code, std::string_view()); })
            if (!S::name_defect(L, code, name).empty()) return false;
        constexpr std::uint64_t width = detail::pow10_table[S::widths[L]];
        if (!batch.has_room(size)) b.append(L, batch);
        batch.add(code, static_cast<std::uint32_t>(code % width), name,
                  text.size() - name_begin, line);
        return true;
    }

    static void add_level(builder& b, std::size_t level, std::string_view text,
                          std::string file_name)
    {
        if (level >= S::levels) {
            b.report_.add(errc::wrong_level, {}, "region.no_such_level",
                          {{"level", level}, {"last", S::levels - 1}});
            return;
        }
        auto const source_index = b.begin_source(text, file_name);
        if (!source_index) return;
        b.begin_run(level, *source_index);
        // What a row holds besides its name: the code, the parent column, their commas.
        b.reserve_for(level, text,
                      layout::display_length(level) + 1 +
                          (level == 0 ? 0 : layout::display_length(level - 1) + 1));

        std::size_t const columns = level == 0 ? 2 : 3;
        std::uint64_t const parent_div = detail::pow10_table[S::widths[level]];
        std::string_view const column_names =
            level == 0 ? std::string_view("code,name") : std::string_view("code,parent_code,name");

        // Plain records (nearly every row of the official files) come from the structural
        // index; the header, a byte order mark and any record the index or plain_row does
        // not take go through the CSV reader and the checks below, which say what is wrong.
        std::size_t pos = 0;
        std::uint32_t line = 1;
        bool first = true;
        std::vector<csv_field> f;
        std::size_t const n = text.size();
        sentra::detail::csv_index index(text, ',', 0);
        plain_shape shape{};
        auto batch = std::make_unique<typename builder::row_batch>();
        csv_reader reader(text, file_name);
        while (pos < n) {
            if (b.report_.full()) return;
            if (!first) {
                index.skip_to(pos);
                // Instantiated per level, so that the code parser unrolls.
                detail::with_level<S::levels>(level, [&](auto l) {
                    constexpr std::size_t L = decltype(l)::value;
                    sentra::detail::plain_record r;
                    pos = index.position();
                    while (index.next_plain_of<L == 0 ? 2 : 3>(r)) {
                        if (!plain_row<L>(b, text, r, shape, *batch, line)) break;
                        pos = index.position();
                        ++line;
                    }
                    // The batch goes in before any careful row does, so rows stay in order.
                    b.append(L, *batch);
                });
                if (pos >= n) break;
            }
            if (!first) reader.seek(pos, line);
            csv_status const st = reader.next(f, b.report_);
            pos = reader.position();
            line = reader.next_line();
            if (st == csv_status::end) break;
            if (st == csv_status::problem) {
                first = false;
                continue;
            }
            if (!record_shape_ok(b, f, reader, columns, column_names, first)) continue;
            bool ok = true;
            detail::code_parse const p = detail::parse_region_code<S>(f[0].text);
            if (!p.defect.empty()) {
                error e = detail::defect_error(errc::malformed_code, f[0].text, p.defect);
                e.where = reader.where(f[0], p.offset);
                b.report_.add(std::move(e));
                ok = false;
            } else if (p.level != level) {
                b.report_.add(errc::wrong_level, reader.where(f[0]), "region.file_level",
                              {{"input", quote_input(f[0].text)},
                               {"level", detail::level_label_of<S>(p.level)},
                               {"expected", detail::level_label_of<S>(level)}});
                ok = false;
            }
            if (level > 0) {
                detail::code_parse const pp = detail::parse_region_code<S>(f[1].text);
                if (!pp.defect.empty()) {
                    b.report_.add(errc::malformed_code, reader.where(f[1], pp.offset),
                                  "region.parent_defect",
                                  {{"input", quote_input(f[1].text)},
                                   {"why", detail::defect_message(pp.defect)}});
                    ok = false;
                } else if (pp.level != level - 1) {
                    b.report_.add(errc::wrong_level, reader.where(f[1]), "region.parent_level",
                                  {{"input", quote_input(f[1].text)},
                                   {"level", detail::level_label_of<S>(pp.level)},
                                   {"expected", detail::level_label_of<S>(level - 1)}});
                    ok = false;
                } else if (ok && pp.value != p.value / parent_div) {
                    b.report_.add(
                        errc::parent_mismatch, reader.where(f[1]),
                        "region.parent_mismatch",
                        {{"parent", quote_input(f[1].text)},
                         {"input", quote_input(f[0].text)},
                         {"belongs", detail::region_code_access::make_any<S>(p.value / parent_div,
                                                                             level - 1)
                                         .to_string()}});
                    ok = false;
                }
            }
            csv_field const& nf = f.back();
            if (!b.check_name(nf.text, [&](std::size_t at) { return reader.where(nf, at); })) ok = false;
            else if (ok && !b.check_name_for(level, p.value, nf.text,
                                             [&](std::size_t at) { return reader.where(nf, at); }))
                ok = false;
            if (ok) b.push(level, p.value, nf.text, reader.line());
        }
    }

    static void add_combined(builder& b, std::string_view text, std::string file_name)
    {
        auto const source_index = b.begin_source(text, file_name);
        if (!source_index) return;
        std::uint32_t const src = *source_index;
        csv_reader reader(text, std::move(file_name));
        std::vector<csv_field> f;
        bool first = true;
        for (;;) {
            if (b.report_.full()) return;
            csv_status const st = reader.next(f, b.report_);
            if (st == csv_status::end) break;
            if (st == csv_status::problem) {
                first = false;
                continue;
            }
            if (!record_shape_ok(b, f, reader, 2, "code,name", first)) continue;
            detail::code_parse const p = detail::parse_region_code<S>(f[0].text);
            bool ok = true;
            if (!p.defect.empty()) {
                error e = detail::defect_error(errc::malformed_code, f[0].text, p.defect);
                e.where = reader.where(f[0], p.offset);
                b.report_.add(std::move(e));
                ok = false;
            }
            if (!b.check_name(f[1].text, [&](std::size_t at) { return reader.where(f[1], at); })) ok = false;
            else if (ok && !b.check_name_for(p.level, p.value, f[1].text,
                                             [&](std::size_t at) { return reader.where(f[1], at); }))
                ok = false;
            if (ok) {
                b.begin_run(p.level, src);
                b.push(p.level, p.value, f[1].text, reader.line());
            }
        }
    }
};

template <region_scheme S>
std::string level_file_name(std::size_t level)
{
    if constexpr (requires { S::file_names; })
        return std::string(S::file_names[level]);
    else
        return std::string(S::level_name(level)) + ".csv";
}

} // namespace detail

// The file of `level` in a folder of the official layout ("villages.csv" for Kemendagri's
// level 3; "<level name>.csv" for a scheme that names no files).
template <region_scheme S>
std::filesystem::path level_file(std::filesystem::path const& dir, std::size_t level)
{
    return dir / detail::level_file_name<S>(level);
}

// Adds one level's file to a builder: header `code,name` (top level) or
// `code,parent_code,name`. `file_name` names the file in errors.
template <region_scheme S>
void add_level_csv(gazetteer_builder<S>& b, std::size_t level, std::string_view text,
                   std::string file_name)
{
    detail::gazetteer_csv<S>::add_level(b, level, text, std::move(file_name));
}

// Adds a `code,name` file of regions of any level to a builder.
template <region_scheme S>
void add_combined_csv(gazetteer_builder<S>& b, std::string_view text, std::string file_name)
{
    detail::gazetteer_csv<S>::add_combined(b, text, std::move(file_name));
}

// Reads a folder holding one file per level; the gazetteer, or every problem found.
template <region_scheme S = kemendagri>
result<basic_gazetteer<S>, report> read_gazetteer(std::filesystem::path const& dir,
                                                  gazetteer_options options = {})
{
    gazetteer_builder<S> b(std::move(options));
    // One buffer for every file, read and taken in turn: it stays in cache and in place.
    std::string text;
    for (std::size_t level = 0; level < S::levels; ++level) {
        auto const path = level_file<S>(dir, level);
        if (auto r = read_file_into(path, text); !r) {
            b.add_problem(r.error());
            continue;
        }
        if (!b.problems().has(error_class::io))
            detail::gazetteer_csv<S>::add_level(b, level, text, path.string());
    }
    return std::move(b).finish();
}

// Reads one `code,name` file that holds regions of every level.
template <region_scheme S = kemendagri>
result<basic_gazetteer<S>, report> read_gazetteer_combined(std::filesystem::path const& file,
                                                           gazetteer_options options = {})
{
    gazetteer_builder<S> b(std::move(options));
    auto text = read_file(file);
    if (!text) {
        b.add_problem(text.error());
        return std::move(b).finish();
    }
    detail::gazetteer_csv<S>::add_combined(b, *text, file.string());
    return std::move(b).finish();
}

// What a check of a folder found: the rows of each level that passed the row checks, and
// every problem. For a report that says how far a broken list got (`sentra regions check`).
template <region_scheme S>
struct gazetteer_check {
    std::array<std::size_t, S::levels> rows{};
    report problems;
    bool ok() const noexcept { return problems.ok(); }
};

// Checks a folder of the official layout without keeping the gazetteer. Every file is read
// before any is checked, so that a missing file is the only problem reported (an `io`
// error, and no rows counted).
template <region_scheme S = kemendagri>
gazetteer_check<S> check_gazetteer(std::filesystem::path const& dir, gazetteer_options options = {})
{
    gazetteer_builder<S> b(std::move(options));
    std::array<std::string, S::levels> texts;
    for (std::size_t level = 0; level < S::levels; ++level) {
        auto text = read_file(level_file<S>(dir, level));
        if (!text)
            b.add_problem(text.error());
        else
            texts[level] = std::move(*text);
    }
    gazetteer_check<S> out;
    if (b.problems().has(error_class::io)) {
        out.problems = b.problems();
        return out;
    }
    for (std::size_t level = 0; level < S::levels; ++level)
        detail::gazetteer_csv<S>::add_level(b, level, texts[level],
                                            level_file<S>(dir, level).string());
    for (std::size_t level = 0; level < S::levels; ++level) out.rows[level] = b.count(level);
    auto g = std::move(b).finish();
    if (!g) out.problems = std::move(g).error();
    return out;
}

} // namespace sentra::io

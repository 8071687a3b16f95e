// sentra/io/catalog_csv.hpp — reading a classification's code list from CSV into a catalog,
// in the layout of data/kbli/: a header naming the columns code, level, parent_code and
// title_id, title_en or title (in the scheme's own language), in any order.
//
// Every row is checked (its code, that the level and parent columns agree with the code,
// its titles) and every problem reported with file:line:column; the builder then checks
// the list as a whole (duplicates, parents). Rows are found as the gazetteer's are, with
// the structural index of io/detail/csv_index.hpp.
#pragma once

#include <sentra/business/catalog.hpp>
#include <sentra/io/detail/csv_index.hpp>
#include <sentra/detail/list_messages.hpp>
#include <sentra/detail/utf8.hpp>
#include <sentra/error.hpp>
#include <sentra/io/csv.hpp>
#include <sentra/io/file.hpp>

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace sentra::io {

namespace detail {

template <classification_scheme C>
struct catalog_csv {
    static void add(catalog_builder<C>& b, std::string_view text, std::string const& file)
    {
        report& out = b.report_;
        // Nothing but blanks: a download or an export that failed (as for gazetteers).
        if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) {
            out.add(sentra::detail::empty_list_file(file));
            return;
        }
        csv_reader reader(text, file);
        std::vector<csv_field> f;

        // The header names the columns.
        int col_code = -1, col_level = -1, col_parent = -1, col_id = -1, col_en = -1;
        for (;;) {
            auto const st = reader.next(f, out);
            if (st == csv_status::end) {
                out.add(sentra::detail::empty_list_file(file));
                return;
            }
            if (st == csv_status::problem) continue;
            break;
        }
        std::size_t const columns = f.size();
        for (std::size_t i = 0; i < f.size(); ++i) {
            auto const name = f[i].text;
            int const c = static_cast<int>(i);
            if (name == "code")
                col_code = c;
            else if (name == "level")
                col_level = c;
            else if (name == "parent_code")
                col_parent = c;
            else if (name == "title_id")
                col_id = c;
            else if (name == "title_en")
                col_en = c;
            else if (name == "title")
                (C::title_language == lang::id ? col_id : col_en) = c;
        }
        if (col_code < 0 || col_level < 0 || col_parent < 0 || (col_id < 0 && col_en < 0)) {
            out.add(errc::bad_header, reader.where_line(reader.line()),
                    "catalog.header");
            return;
        }
        auto const field = [&](int c) { return f[static_cast<std::size_t>(c)]; };

        // Plain records (unquoted, ASCII) come from the structural index; the others (quoted
        // titles, non-ASCII bytes) from the reader, which reports what is wrong with them.
        sentra::detail::csv_index index(text, ',', reader.position());
        sentra::detail::plain_record r;
        std::uint32_t line = reader.next_line();
        while (!out.full()) {
            if (index.next_plain(r)) {
                f.clear();
                for (std::size_t i = 0; i < r.fields; ++i)
                    f.push_back({r.field(text, i), line,
                                 static_cast<std::uint32_t>(r.field_begin(i) - r.begin + 1), false});
                ++line;
            } else {
                reader.seek(index.position(), line);
                auto const st = reader.next(f, out);
                index.skip_to(reader.position());
                line = reader.next_line();
                if (st == csv_status::end) break;
                if (st == csv_status::problem) continue;
            }
            if (f.size() != columns) {
                out.add(errc::wrong_column_count, reader.where_line(f.front().line),
                        "catalog.column_count", {{"columns", columns}, {"found", f.size()}});
                continue;
            }
            std::uint32_t const row_line = f.front().line;
            auto const code = any_industry_code<C>::parse(field(col_code).text);
            if (!code) {
                error e = code.error();
                e.where = reader.where(field(col_code), e.where.column ? e.where.column - 1 : 0);
                out.add(std::move(e));
                continue;
            }
            bool ok = true;
            std::string_view const level_name = C::level_name(code->level());
            if (field(col_level).text != level_name) {
                out.add(errc::invalid_value, reader.where(field(col_level)),
                        "catalog.level_mismatch",
                        {{"input", sentra::quote_input(field(col_level).text)},
                         {"code", code->to_string()},
                         {"level", level_name}});
                ok = false;
            }
            std::string const parent =
                code->parent() ? code->parent()->to_string() : std::string();
            if (field(col_parent).text != parent) {
                out.add(errc::parent_mismatch, reader.where(field(col_parent)),
                        "catalog.parent_mismatch",
                        {{"input", sentra::quote_input(field(col_parent).text)},
                         {"code", code->to_string()},
                         {"parent", parent}});
                ok = false;
            }
            // The titles are checked here, where a bad byte's column is known.
            std::string_view titles[2];
            for (int c : {col_id, col_en}) {
                if (c < 0) continue;
                auto const t = field(c).text;
                if (std::size_t const bad = sentra::detail::find_invalid_utf8(t);
                    bad != sentra::detail::utf8_ok) {
                    out.add(errc::invalid_utf8, reader.where(field(c), bad), "industry.title_utf8");
                    ok = false;
                }
                titles[c == col_id ? 0 : 1] = t;
            }
            if (titles[0].empty() && titles[1].empty()) {
                out.add(errc::empty_value, reader.where(field(col_id >= 0 ? col_id : col_en)),
                        "industry.no_title", {{"code", code->to_string()}});
                ok = false;
            }
            if (ok) b.add(*code, titles[0], titles[1], reader.where_line(row_line));
        }
    }
};

} // namespace detail

// Adds a catalog file's text to a builder; `file` names it in errors.
template <classification_scheme C>
void add_catalog_csv(catalog_builder<C>& b, std::string_view text, std::string const& file)
{
    detail::catalog_csv<C>::add(b, text, file);
}

// Reads a catalog from text; `file` names it in errors.
template <classification_scheme C>
result<basic_catalog<C>, report> read_catalog_csv(std::string_view text, std::string const& file,
                                                  catalog_options options = {})
{
    catalog_builder<C> b(options);
    detail::catalog_csv<C>::add(b, text, file);
    return std::move(b).finish();
}

// Reads a catalog file.
template <classification_scheme C>
result<basic_catalog<C>, report> read_catalog(std::filesystem::path const& file,
                                              catalog_options options = {})
{
    catalog_builder<C> b(options);
    std::string text;
    if (auto r = read_file_into(file, text); !r) {
        b.add_problem(r.error());
        return std::move(b).finish();
    }
    detail::catalog_csv<C>::add(b, text, file.string());
    return std::move(b).finish();
}

} // namespace sentra::io

// sentra/io/crosswalk_csv.hpp — reading a correspondence table between two classifications
// (sentra/business/crosswalk.hpp) from CSV: a header naming a column for each
// classification by its scheme name ("kbli2020", "kbli2025") and, optionally, "partial"
// (1, *, sebagian or partial for a code that corresponds only in part; empty or 0 when
// whole); other columns (titles) are ignored. Every problem is reported with file:line:column:
// a malformed code, a code the catalogs given do not have, a partial mark that is none, a
// row of the wrong width, a link listed twice.
#pragma once

#include <sentra/business/catalog.hpp>
#include <sentra/business/crosswalk.hpp>
#include <sentra/detail/list_messages.hpp>
#include <sentra/error.hpp>
#include <sentra/io/csv.hpp>
#include <sentra/io/file.hpp>
#include <sentra/optional_ref.hpp>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace sentra::io {

// The catalogs a table's codes are checked against (each optional: absent, not checked;
// `{k2020, k2025}`, the catalogs themselves, never temporaries).
template <classification_scheme From, classification_scheme To>
struct crosswalk_catalogs {
    optional_ref<basic_catalog<From> const> from = {};
    optional_ref<basic_catalog<To> const> to = {};
};

// Reads a table from text; `file` names it in errors.
template <classification_scheme From, classification_scheme To>
result<crosswalk<From, To>, report>
read_crosswalk_csv(std::string_view text, std::string const& file = {},
                   crosswalk_catalogs<From, To> catalogs = {}, std::string source = {})
{
    report out;
    if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) {
        out.add(sentra::detail::empty_list_file(file));
        return out;
    }
    csv_reader reader(text, file);
    std::vector<csv_field> f;
    for (;;) {
        auto const st = reader.next(f, out);
        if (st == csv_status::end) {
            out.add(sentra::detail::empty_list_file(file));
            return out;
        }
        if (st == csv_status::problem) continue;
        break;
    }
    std::size_t const columns = f.size();
    int col_from = -1, col_to = -1, col_partial = -1;
    for (std::size_t i = 0; i < f.size(); ++i) {
        if (f[i].text == From::name) col_from = static_cast<int>(i);
        else if (f[i].text == To::name) col_to = static_cast<int>(i);
        else if (f[i].text == "partial") col_partial = static_cast<int>(i);
    }
    if (col_from < 0 || col_to < 0) {
        out.add(errc::bad_header, reader.where_line(reader.line()), "crosswalk.header",
                {{"from", std::string(From::name)}, {"to", std::string(To::name)}});
        return out;
    }
    crosswalk<From, To> table(std::move(source));
    std::map<std::pair<std::string, std::string>, std::uint32_t> seen; // link -> first line
    for (;;) {
        auto const st = reader.next(f, out);
        if (st == csv_status::end) break;
        if (st == csv_status::problem) continue;
        if (f.size() != columns) {
            out.add(errc::wrong_column_count, reader.where_line(f.front().line),
                    "catalog.column_count", {{"columns", columns}, {"found", f.size()}});
            continue;
        }
        auto const field = [&](int c) { return f[static_cast<std::size_t>(c)]; };
        bool ok = true;
        auto code_of = [&](auto type, int c, auto const* catalog) {
            using code_type = typename decltype(type)::type;
            auto code = code_type::parse(field(c).text);
            if (!code) {
                error e = code.error();
                e.where = reader.where(field(c), e.where.column ? e.where.column - 1 : 0);
                out.add(std::move(e));
                ok = false;
                return code_type{};
            }
            if (catalog && !catalog->find(*code)) {
                out.add(errc::unknown_code, reader.where(field(c)),
                        "industry.not_in_classification",
                        {{"code", code->to_string()},
                         {"classification", std::string(code_type::scheme_type::name)}});
                ok = false;
            }
            return *code;
        };
        auto const from = code_of(std::type_identity<any_industry_code<From>>{}, col_from, catalogs.from.get());
        auto const to = code_of(std::type_identity<any_industry_code<To>>{}, col_to, catalogs.to.get());
        bool partial = false;
        if (col_partial >= 0) {
            auto const p = field(col_partial).text;
            if (p == "1" || p == "*" || p == "sebagian" || p == "partial" || p == "true")
                partial = true;
            else if (!(p.empty() || p == "0" || p == "false")) {
                out.add(errc::invalid_value, reader.where(field(col_partial)), "crosswalk.partial",
                        {{"input", quote_input(p)}});
                ok = false;
            }
        }
        if (!ok) continue;
        auto const [it, fresh] =
            seen.try_emplace({from.to_string(), to.to_string()}, field(col_from).line);
        if (!fresh) {
            out.add(sentra::detail::duplicate_error(reader.where_line(field(col_from).line),
                                                    from.to_string() + " -> " + to.to_string(),
                                                    it->second));
            continue;
        }
        (void)table.add({from, to, partial});
    }
    if (!out.ok()) return out;
    return table;
}

// Reads a table file.
template <classification_scheme From, classification_scheme To>
result<crosswalk<From, To>, report>
read_crosswalk(std::filesystem::path const& file, crosswalk_catalogs<From, To> catalogs = {},
               std::string source = {})
{
    std::string text;
    if (auto r = read_file_into(file, text); !r) return report::of(r.error());
    return read_crosswalk_csv<From, To>(text, file.string(), catalogs, std::move(source));
}

} // namespace sentra::io

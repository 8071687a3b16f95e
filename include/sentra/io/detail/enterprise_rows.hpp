// sentra/io/detail/enterprise_rows.hpp — the members-list import's row reader: given the
// header, it reads each row's cells into an enterprise (money, phone, NIK and NIB as people
// type them; villages by code or by name within the area; KBLI by code or by the words of a
// title; categories by name), matches it against the programme's document and reports every
// problem at its cell. Driven by import_pieces (import_driver.hpp).
#pragma once

#include <sentra/detail/config.hpp>
#include <sentra/business/catalog.hpp>
#include <sentra/business/money.hpp>
#include <sentra/programme_start.hpp>
#include <sentra/date.hpp>
#include <sentra/detail/utf8.hpp>
#include <sentra/document.hpp>
#include <sentra/enterprise.hpp>
#include <sentra/error.hpp>
#include <sentra/io/csv.hpp>
#include <sentra/io/detail/import_cells.hpp>
#include <sentra/io/detail/import_resolvers.hpp>
#include <sentra/io/enterprise_columns.hpp>
#include <sentra/io/import_types.hpp>
#include <sentra/lang.hpp>
#include <sentra/region/gazetteer.hpp>
#include <sentra/region/name.hpp>
#include <sentra/detail/ascii.hpp>
#include <sentra/validation.hpp>

#include <algorithm>
#include <charconv>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace sentra::io::detail {

using sentra::detail::all_digits;

// Reads the rows of one spreadsheet, given its header.
template <class P>
class enterprise_rows {
public:
    using enterprise_type = basic_enterprise<P>;
    using scheme_type = typename P::scheme_type;
    using classification_type = typename P::classification_type;
    using village_type = typename enterprise_type::village_type;
    using activity_type = typename enterprise_type::activity_type;
    using region_view_type = region_view<scheme_type>;
    static constexpr std::size_t village_level = scheme_type::levels - 1;

    enterprise_rows(import_options const& options, basic_import_context<P> const& cx,
                    std::optional<region_view_type> area)
        : o_(options), cx_(cx), area_(area), regions_(cx.regions.get()), industries_(cx.catalog.get())
    {
        if (cx_.document) {
            auto const& list = cx_.document->enterprises;
            for (std::size_t i = 0; i < list.size(); ++i) {
                document_ids_.emplace(list[i].id.to_string(), i);
                if (list[i].nib) by_nib_.emplace(list[i].nib->to_string(), i);
                by_name_.emplace(name_key(list[i].name, list[i].village), i);
            }
        }
    }

    // Reads the header row; false when it cannot be used (the problems are in `out`).
    bool header(std::vector<csv_field> const& fields, std::uint32_t line, csv_reader const& in,
                report& out, import_summary& summary)
    {
        bool const recognise = o_.mapping.recognise_headers.value_or(true);
        columns_.assign(fields.size(), std::nullopt);
        headers_.clear();
        for (std::size_t c = 0; c < fields.size(); ++c) {
            std::string_view const h = trim_cell(fields[c].text);
            headers_.emplace_back(h);
            std::optional<enterprise_column> col;
            if (o_.mapping.columns) {
                std::string const key = header_key(h);
                for (auto const& [text, mapped] : *o_.mapping.columns)
                    if (header_key(text) == key && !key.empty()) col = mapped;
            }
            if (!col && recognise) col = recognise_header(h);
            location where = in.where_line(line, static_cast<std::uint32_t>(c + 1));
            bool twice = false;
            if (col && *col != enterprise_column::ignored) {
                for (std::size_t k = 0; k < c; ++k)
                    if (columns_[k] == col) {
                        twice = true;
                        where.field = std::string(h);
                        out.add(errc::duplicate_key, where, "import.column_twice",
                                {{"column", k + 1},
                                 {"header", headers_[k]},
                                 {"field", label_of(*col)}});
                        col.reset();
                        break;
                    }
            }
            if (!col && !h.empty() && !twice) {
                where.field = std::string(h);
                out.add(errc::unknown_column, where, "import.unknown_header", {},
                        severity::warning);
            }
            columns_[c] = col;
            summary.columns.emplace_back(std::string(h), col.value_or(enterprise_column::ignored));
        }
        auto has = [&](enterprise_column c) {
            return std::find(columns_.begin(), columns_.end(), c) != columns_.end();
        };
        if (!has(enterprise_column::name)) {
            out.add(errc::bad_header, in.where_line(line, 1),
                    "import.no_name_column");
            return false;
        }
        if (!has(enterprise_column::kbli)) {
            out.add(errc::bad_header, in.where_line(line, 1),
                    "import.no_kbli_column");
            return false;
        }
        return true;
    }

    std::size_t header_width() const noexcept { return columns_.size(); }

    // One data row: delivers its enterprise (when it is imported) and adds its problems.
    template <class Deliver>
    void row(std::vector<csv_field> const& fields, std::uint32_t line, csv_reader const& in,
             report& out, import_summary& summary, Deliver& deliver)
    {
        ++summary.rows;
        report problems;
        cells_.assign(columns_.size() + 1, {});
        unreadable_.assign(columns_.size() + 1, false);
        for (std::size_t c = 0; c < fields.size(); ++c) {
            std::string_view text = trim_cell(fields[c].text);
            if (c >= columns_.size()) {
                if (!text.empty() && !reported_extra_) {
                    reported_extra_ = true;
                    location where = in.where_line(line, static_cast<std::uint32_t>(c + 1));
                    out.add(errc::unknown_column, where, "import.past_last_header",
                            {{"column", columns_.size()}}, severity::warning);
                }
                continue;
            }
            if (!columns_[c]) {
                if (!text.empty() && headers_[c].empty() && !reported_unnamed_[c]) {
                    reported_unnamed_[c] = true;
                    out.add(errc::unknown_column,
                            in.where_line(line, static_cast<std::uint32_t>(c + 1)),
                            "import.no_header", {}, severity::warning);
                }
                continue;
            }
            if (text.empty()) continue;
            // A leading apostrophe is how a sheet is told that a number is text (NIK, NIB).
            if (text[0] == '\'') {
                text = trim_cell(text.substr(1));
                if (text.empty()) continue;
            }
            if (std::size_t const bad = sentra::detail::find_invalid_utf8(text);
                bad != sentra::detail::utf8_ok) {
                problems.add(errc::invalid_utf8, cell(line, c, in),
                             reported_encoding_ ? message_id("import.not_utf8")
                                                : message_id("import.not_utf8_hint"));
                reported_encoding_ = true;
                unreadable_[c] = true;
                continue;
            }
            cells_[c] = text;
        }
        enterprise_type e;
        std::optional<std::size_t> existing;
        read_cells(e, line, in, problems, existing);
        finish(e, line, in, problems, existing);
        bool const refused = e.name.empty() || e.id.empty() || (!problems.ok() && !o_.keep_invalid);
        // A row's problems from left to right, as the officer reads the row.
        std::stable_sort(problems.problems().begin(), problems.problems().end(),
                         [](error const& x, error const& y) { return x.where.column < y.where.column; });
        out.merge(problems);
        if (refused) {
            ++summary.refused;
            return;
        }
        ++summary.imported;
        if (existing) ++summary.updated;
        if (!problems.ok()) ++summary.kept_with_problems;
        deliver(basic_imported_row<P>{std::move(e), line, !problems.ok(), existing.has_value()});
    }

    void reset_unnamed() { reported_unnamed_.assign(columns_.size(), false); }

private:
    location cell(std::uint32_t line, std::size_t c, csv_reader const& in) const
    {
        location l = in.where_line(line, static_cast<std::uint32_t>(c + 1));
        l.field = headers_[c];
        return l;
    }

    // The cell of `what` in the row, or the row itself when the sheet has no such column
    // (a value that came from the document).
    location cell_of(std::uint32_t line, enterprise_column what, csv_reader const& in) const
    {
        if (auto c = column_of(what)) return cell(line, *c, in);
        return in.where_line(line, 1);
    }

    std::optional<std::size_t> column_of(enterprise_column what) const noexcept
    {
        for (std::size_t c = 0; c < columns_.size(); ++c)
            if (columns_[c] == what) return c;
        return std::nullopt;
    }

    // A name and village as duplicates are told apart: the name as search() compares it
    // (case, spaces and punctuation aside), hashed to 64 bits with the village's code.
    static std::uint64_t name_key(std::string_view name, std::optional<village_type> const& v)
    {
        std::uint64_t h = 14695981039346656037ULL;
        for (char ch : name) {
            auto const c = static_cast<unsigned char>(ch);
            if (c >= 0x80 || sentra::detail::ascii_alnum(c))
                h = (h ^ sentra::detail::ascii_lower(c)) * 1099511628211ULL;
        }
        std::uint64_t const code = v ? v->value() + 1 : 0;
        return (h ^ code) * 1099511628211ULL;
    }
    static std::uint64_t nib_key(nib_number const& n) noexcept
    {
        std::uint64_t v = 0;
        for (char c : n.view()) v = v * 10 + static_cast<std::uint64_t>(c - '0');
        return v;
    }
    bool id_taken(std::string const& id) const
    {
        return document_ids_.count(id) != 0 || sheet_ids_.contains(fnv1a64(id));
    }

    void read_cells(enterprise_type& e, std::uint32_t line, csv_reader const& in, report& problems,
                    std::optional<std::size_t>& existing)
    {
        auto text_of = [&](enterprise_column c) -> std::pair<std::string_view, std::size_t> {
            if (auto k = column_of(c)) return {cells_[*k], *k};
            return {{}, 0};
        };
        // Which enterprise of the document the row is: by id, NIB, then name and village.
        std::optional<enterprise_id> id;
        if (auto [t, c] = text_of(enterprise_column::id); !t.empty()) {
            auto parsed = enterprise_id::parse(t);
            if (!parsed) {
                error err = parsed.error();
                err.where = cell(line, c, in);
                problems.add(std::move(err));
            } else {
                id = *parsed;
            }
        }
        std::optional<nib_number> nib;
        if (auto [t, c] = text_of(enterprise_column::nib); !t.empty()) {
            if (exponent_form(t)) {
                problems.add(errc::malformed_code, cell(line, c, in), "import.exponent");
            } else if (auto n = nib_number::parse(ungrouped_digits(t))) {
                nib = *n;
            } else {
                problems.add(errc::malformed_code, cell(line, c, in), "enterprise.nib_digits",
                             {{"input", quote_input(t)}});
            }
        }
        // The village: a code column, else a name (within the district column's, else the area).
        std::optional<village_type> village;
        std::optional<region_view_type> within = area_;
        auto [code_text, code_col] = text_of(enterprise_column::village_code);
        auto [name_text, name_col] = text_of(enterprise_column::village);
        // (not a structured binding: clang 14 does not let a lambda capture one)
        auto const district_cell = text_of(enterprise_column::district);
        std::string_view const district_text = district_cell.first;
        std::size_t const district_col = district_cell.second;
        // The district narrows a village's name; beside a village code it is only checked.
        if (!district_text.empty() && code_text.empty()) {
            auto d = regions_.resolve(district_text, village_level - 1, area_,
                                    cell(line, district_col, in), problems);
            if (d) within = d;
        }
        if (!code_text.empty()) {
            if (!cx_.regions) {
                if (auto v = village_type::parse(code_text)) village = *v;
                else {
                    error err = v.error();
                    err.where = cell(line, code_col, in);
                    problems.add(std::move(err));
                }
            } else if (auto v = regions_.resolve(code_text, village_level, area_,
                                               cell(line, code_col, in), problems)) {
                village = v->code().template as<village_level>();
                auto const district = v->parent();
                auto named_district = [&] {
                    for (auto const& d : cx_.regions->find_by_name(district_text, village_level - 1))
                        if (d == *district) return true;
                    return false;
                };
                if (!district_text.empty() && district && !named_district())
                    problems.add(errc::invalid_value, cell(line, district_col, in),
                                 "import.not_the_district",
                                 {{"input", quote_input(district_text)},
                                  {"village", region_label(*v)},
                                  {"district", std::string(district->name())}});
                if (!name_text.empty() && cx_.regions &&
                    !sentra::equals_normalized(v->name(),
                                                      sentra::normalize_name(name_text)))
                    problems.add(errc::invalid_value, cell(line, name_col, in),
                                 "import.not_the_name",
                                 {{"input", quote_input(name_text)}, {"village", region_label(*v)}});
            }
        } else if (!name_text.empty()) {
            if (!cx_.regions) {
                if (auto v = village_type::parse(name_text)) village = *v;
                else
                    problems.add(errc::invalid_value, cell(line, name_col, in),
                                 "import.name_needs_gazetteer");
            } else if (auto v = regions_.resolve(name_text, village_level, within,
                                               cell(line, name_col, in), problems)) {
                village = v->code().template as<village_level>();
            }
        }
        auto [name, name_c] = text_of(enterprise_column::name);
        if (cx_.document) {
            auto const& list = cx_.document->enterprises;
            if (id) {
                if (auto it = document_ids_.find(id->to_string()); it != document_ids_.end())
                    existing = it->second;
            }
            if (!existing && nib)
                if (auto it = by_nib_.find(nib->to_string()); it != by_nib_.end())
                    existing = it->second;
            if (!existing && !name.empty())
                if (auto it = by_name_.find(name_key(name, village)); it != by_name_.end())
                    existing = it->second;
            if (existing) e = list[*existing];
        }
        if (id && existing && e.id != *id) {
            problems.add(errc::invalid_value, cell_of(line, enterprise_column::id, in),
                         "import.row_is_other",
                         {{"id", e.id.to_string()}, {"given", id->to_string()}});
        } else if (id) {
            e.id = *id;
        }
        if (nib) e.nib = *nib;
        if (!name.empty()) e.name = std::string(name);
        if (village) e.village = *village;
        if (e.name.empty() && !unreadable_[name_c])
            problems.add(errc::empty_value, cell(line, name_c, in),
                         "import.no_name");

        auto owner = [&]() -> owner_contact& {
            if (!e.owner) e.owner.emplace();
            return *e.owner;
        };
        if (auto [t, c] = text_of(enterprise_column::owner_name); !t.empty())
            owner().name = std::string(t);
        if (auto [t, c] = text_of(enterprise_column::nik); !t.empty()) {
            if (exponent_form(t))
                problems.add(errc::malformed_code, cell(line, c, in), "import.exponent");
            else if (auto n = nik_number::parse(ungrouped_digits(t)))
                owner().nik = *n;
            else
                problems.add(errc::malformed_code, cell(line, c, in), "enterprise.nik_digits");
        }
        if (auto [t, c] = text_of(enterprise_column::phone); !t.empty()) {
            std::string_view p = t;
            if (!p.empty() && p[0] == '\'') p.remove_prefix(1);
            if (exponent_form(p)) {
                problems.add(errc::invalid_value, cell(line, c, in), "import.exponent");
            } else if (auto n = phone_number::parse(p)) {
                owner().phone = *n;
            } else {
                // "81234567890": the sheet took it for a number and dropped its leading 0.
                if (p.size() >= 9 && p[0] == '8' && all_digits(p))
                    problems.add(errc::invalid_value, cell(line, c, in), "import.phone_lost_zero",
                                 {{"why", message{n.error().id, n.error().args}}});
                else
                    problems.add(errc::invalid_value, cell(line, c, in), n.error().id,
                                 n.error().args);
            }
        }
        if (auto [t, c] = text_of(enterprise_column::address); !t.empty())
            e.address = std::string(t);
        if (auto [t, c] = text_of(enterprise_column::kbli); !t.empty()) {
            e.kbli.clear();
            if (!read_category_named(t, e)) {
                // No KBLI title with these words: a common category's name ("Kuliner")?
                report kbli_problems;
                industries_.read(t, cell(line, c, in), e.kbli, kbli_problems);
                bool const unknown = e.kbli.empty() && kbli_problems.error_count() == 1 &&
                                     kbli_problems.problems()[0].code == errc::unknown_name;
                if (!(unknown && read_common_category(t, e))) problems.merge(kbli_problems);
            }
        }
        if (auto [t, c] = text_of(enterprise_column::category); !t.empty())
            read_category(t, cell(line, c, in), e, problems);
        // No category given: the one of the document's categories that covers its main
        // code, when exactly one does (a kue basah maker's 10792 is kuliner's).
        if (!e.category && cx_.document && !e.kbli.empty()) {
            any_industry_code<typename P::classification_type> const main(e.kbli.front());
            category_id const* only = nullptr;
            std::size_t covering = 0;
            for (auto const& c : cx_.document->categories)
                if (c.covers(main)) {
                    only = &c.id;
                    ++covering;
                }
            if (covering == 1) e.category = *only;
        }

        std::optional<std::int32_t> year = o_.mapping.figures_year;
        bool row_year = false;
        if (auto [t, c] = text_of(enterprise_column::figures_year); !t.empty()) {
            row_year = true;
            std::int32_t y = 0;
            auto const r = std::from_chars(t.data(), t.data() + t.size(), y);
            if (r.ec != std::errc() || r.ptr != t.data() + t.size() || y < 1900 || y > 9999)
                problems.add(errc::invalid_value, cell(line, c, in),
                             "import.year", {{"input", quote_input(t)}});
            else
                year = y;
        }
        // A figure the row repeats unchanged, with no Tahun Data of its own, stays as the
        // programme has it (with its year): an exported list read back changes nothing.
        auto unchanged = [&](auto const& slot, auto const& value) {
            return slot && slot->value == value && !row_year;
        };
        auto money = [&](enterprise_column what, std::optional<figure<rupiah>>& slot) {
            auto [t, c] = text_of(what);
            if (t.empty()) return;
            auto v = rupiah::parse_informal(t);
            if (!v) {
                error err = v.error();
                err.where = cell(line, c, in);
                problems.add(std::move(err));
            } else if (v->value() < 0) {
                problems.add(errc::out_of_range, cell(line, c, in), "size.negative");
            } else if (!unchanged(slot, *v)) {
                slot = figure<rupiah>(*v);
                slot->year = year;
            }
        };
        money(enterprise_column::capital, e.capital);
        money(enterprise_column::net_assets, e.net_assets);
        money(enterprise_column::annual_sales, e.annual_sales);
        money(enterprise_column::investment, e.investment);
        if (auto [t, c] = text_of(enterprise_column::workers); !t.empty()) {
            std::string_view n = t;
            for (std::string_view unit : {"orang", "org", "people", "persons"})
                if (n.size() > unit.size() && n.substr(n.size() - unit.size()) == unit) {
                    n = trim_cell(n.substr(0, n.size() - unit.size()));
                    break;
                }
            std::string const digits = ungrouped_digits(n);
            std::uint32_t w = 0;
            auto const r = std::from_chars(digits.data(), digits.data() + digits.size(), w);
            if (digits.empty() || r.ec != std::errc() || r.ptr != digits.data() + digits.size())
                problems.add(r.ec == std::errc::result_out_of_range ? errc::out_of_range
                                                                    : errc::invalid_value,
                             cell(line, c, in),
                             "import.workers", {{"input", quote_input(t)}});
            else if (!unchanged(e.workers, w)) {
                e.workers = figure<std::uint32_t>(w);
                e.workers->year = year;
            }
        }
        if (auto [t, c] = text_of(enterprise_column::founded); !t.empty())
            read_date(t, cell(line, c, in), e, problems);
        auto certificate = [&](enterprise_column what, certification_kind kind) {
            auto [t, c] = text_of(what);
            if (t.empty()) return;
            certification cert{kind, std::string(t), {}};
            if (auto why = certification_number_defect(cert); !why.empty()) {
                problems.add(errc::malformed_code, cell(line, c, in), "input.defect",
                             {{"input", quote_input(t)}, {"why", message{why, {}}}});
                return;
            }
            for (auto& have : e.certifications)
                if (have.kind == kind) {
                    if (have.number != cert.number) have = cert;
                    return;
                }
            e.certifications.push_back(std::move(cert));
        };
        certificate(enterprise_column::halal, certification_kind::halal);
        certificate(enterprise_column::pirt, certification_kind::pirt);
        certificate(enterprise_column::sni, certification_kind::sni);
    }

    // "Jenis Usaha: Kuliner": a kind of business named as a programme category is the
    // row's category, its KBLI code left for the NIB to give: one of the document's
    // categories (by id or label, before any KBLI title), or, importing without a
    // document, one of the common ones `sentra init` writes (sentra/programme_start.hpp)
    // when no KBLI title has the words (read_common_category).
    bool read_category_named(std::string_view t, enterprise_type& e) const
    {
        if (!cx_.document || (!t.empty() && t.front() >= '0' && t.front() <= '9')) return false;
        std::string const want = sentra::normalize_name(t);
        for (auto const& c : cx_.document->categories)
            if (c.id.to_string() == t || sentra::normalize_name(c.label_id) == want ||
                (!c.label_en.empty() && sentra::normalize_name(c.label_en) == want)) {
                e.category = c.id;
                return true;
            }
        return false;
    }
    bool read_common_category(std::string_view t, enterprise_type& e) const
    {
        if (cx_.document) return false;
        std::string const want = sentra::normalize_name(t);
        for (auto const& c : common_categories())
            if (c.id == t || sentra::normalize_name(c.label_id) == want ||
                sentra::normalize_name(c.label_en) == want) {
                if (auto id = category_id::parse(c.id)) e.category = *id;
                return true;
            }
        return false;
    }

    void read_category(std::string_view t, location const& where, enterprise_type& e,
                       report& problems)
    {
        if (cx_.document && !cx_.document->categories.empty()) {
            std::string const want = sentra::normalize_name(t);
            for (auto const& c : cx_.document->categories)
                if (c.id.to_string() == t || sentra::normalize_name(c.label_id) == want ||
                    (!c.label_en.empty() && sentra::normalize_name(c.label_en) == want)) {
                    e.category = c.id;
                    return;
                }
            std::vector<std::string> names;
            for (auto const& c : cx_.document->categories)
                names.push_back(cat("'", c.label_id, "' (", c.id.to_string(), ")"));
            problems.add(errc::unknown_name, where, "import.no_category",
                         {{"input", quote_input(t)},
                          {"categories", listed(names, 8)},
                          sentra::detail::more_arg(names.size() > 8 ? names.size() - 8 : 0)});
            return;
        }
        auto id = category_id::parse(t);
        if (!id) {
            error err = id.error();
            err.where = where;
            problems.add(std::move(err));
            return;
        }
        e.category = *id;
    }

    static void read_date(std::string_view t, location const& where, enterprise_type& e,
                          report& problems)
    {
        if (auto d = date::parse(t)) {
            e.founded = *d;
            return;
        }
        // dd/mm/yyyy or dd-mm-yyyy: the day first, as Indonesian sheets write dates.
        int part[3] = {0, 0, 0};
        std::size_t k = 0, i = 0;
        bool ok = true;
        for (; k < 3 && ok; ++k) {
            std::size_t const start = i;
            // At most five digits are read into a part (a longer run is wrong anyway).
            while (i < t.size() && t[i] >= '0' && t[i] <= '9' && i - start < 5)
                part[k] = part[k] * 10 + (t[i++] - '0');
            std::size_t const len = i - start;
            ok = len >= 1 && (k < 2 ? len <= 2 : len == 4);
            if (ok && k < 2) ok = i < t.size() && (t[i] == '/' || t[i] == '-' || t[i] == '.') && (++i, true);
        }
        ok = ok && i == t.size();
        if (ok && part[1] > 12 && part[0] <= 12) {
            problems.add(errc::invalid_value, where,
                         "import.month_first", {{"input", quote_input(t)}});
            return;
        }
        if (ok && part[1] >= 1 && part[1] <= 12 && part[0] >= 1 && part[0] <= 31 &&
            part[2] >= 1900) {
            auto two = [](int v) { return cat(v < 10 ? "0" : "", std::to_string(v)); };
            if (auto d = date::parse(cat(std::to_string(part[2]), "-", two(part[1]), "-", two(part[0])))) {
                e.founded = *d;
                return;
            }
        }
        problems.add(errc::invalid_value, where,
                     "import.date", {{"input", quote_input(t)}});
    }

    // An id for a new enterprise: its name's words and its village's code, stable from run
    // to run; "-2", "-3" when taken.
    std::string new_id(enterprise_type const& e)
    {
        std::string digits;
        if (e.village)
            for (char c : e.village->to_string())
                if (c >= '0' && c <= '9') digits += c;
        std::size_t const room = 64 - (digits.empty() ? 0 : digits.size() + 1) - 4;
        std::string base = slug(e.name, room);
        if (base.empty()) {
            std::uint32_t const h = fnv1a(e.name);
            base = "usaha-";
            for (int s = 28; s >= 0; s -= 4) base += hex_digit(h >> s);
        }
        if (!digits.empty()) base += '-' + digits;
        std::string id = base;
        for (unsigned n = 2; id_taken(id); ++n) id = cat(base, "-", std::to_string(n));
        return id;
    }

    void finish(enterprise_type& e, std::uint32_t line, csv_reader const& in, report& problems,
                std::optional<std::size_t> existing)
    {
        if (e.name.empty()) return;
        // Rows of this sheet that are the same enterprise twice.
        if (e.nib) {
            if (std::uint32_t const before = sheet_nibs_.first_seen(nib_key(*e.nib), line)) {
                problems.add(errc::duplicate_code, cell_of(line, enterprise_column::nib, in),
                             "import.nib_twice", {{"line", before}});
                return;
            }
        }
        if (std::uint32_t const before = sheet_names_.first_seen(name_key(e.name, e.village), line);
            before != 0 && !e.nib) {
            problems.add(errc::duplicate_code, cell_of(line, enterprise_column::name, in),
                         "import.name_twice", {{"line", before}});
            return;
        }
        if (e.id.empty()) {
            std::string id = new_id(e);
            e.id = enterprise_id::parse(id).value();
        }
        if (existing) {
            auto [it, fresh] = matched_.emplace(*existing, line);
            if (!fresh) {
                problems.add(errc::duplicate_code, in.where_line(line, 1),
                             "import.updates_twice",
                             {{"line", it->second}, {"id", e.id.to_string()}});
                return;
            }
        } else if (id_taken(e.id.to_string())) {
            // Only an id from the sheet's own column can be taken: a new one never is.
            problems.add(errc::duplicate_code,
                         cell_of(line, enterprise_column::id, in),
                         "import.id_taken", {{"id", e.id.to_string()}});
            return;
        } else {
            sheet_ids_.first_seen(fnv1a64(e.id.to_string()), line);
        }
        // The rules every enterprise keeps (sentra/validation.hpp), at the cells they concern.
        basic_validation_context<P> vcx;
        vcx.today = cx_.today;
        report const rules = validate(e, vcx);
        for (error err : rules.problems()) {
            std::string_view const p = err.where.pointer;
            std::string_view const top = p.substr(1, p.find('/', 1) == std::string_view::npos
                                                         ? std::string_view::npos
                                                         : p.find('/', 1) - 1);
            std::optional<enterprise_column> col;
            if (top == "name") col = enterprise_column::name;
            else if (top == "kbli") col = enterprise_column::kbli;
            else if (top == "founded") col = enterprise_column::founded;
            else if (top == "workers") col = enterprise_column::workers;
            else if (top == "capital") col = enterprise_column::capital;
            else if (top == "net_assets") col = enterprise_column::net_assets;
            else if (top == "annual_sales") col = enterprise_column::annual_sales;
            else if (top == "investment") col = enterprise_column::investment;
            if (top == "kbli" && e.kbli.empty() && !problems.ok()) continue; // said already
            std::optional<std::size_t> c = col ? column_of(*col) : std::nullopt;
            err.where = c ? cell(line, *c, in) : in.where_line(line, 1);
            problems.add(std::move(err));
        }
    }

    import_options const& o_;
    basic_import_context<P> const& cx_;
    std::optional<region_view_type> area_;
    std::vector<std::optional<enterprise_column>> columns_;
    std::vector<std::string> headers_;
    std::vector<std::string_view> cells_;
    std::vector<bool> unreadable_; // cells refused for their encoding: said once
    std::vector<bool> reported_unnamed_;
    bool reported_extra_ = false;
    bool reported_encoding_ = false;
    // The document's enterprises by id, NIB, and name and village; this sheet's rows by
    // NIB, by name and village, and by id (a 64-bit hash: two different ids sharing one
    // would make the second a "-2", never a wrong match).
    std::unordered_map<std::string, std::size_t> document_ids_, by_nib_;
    std::unordered_map<std::uint64_t, std::size_t> by_name_;
    line_index sheet_nibs_, sheet_names_, sheet_ids_;
    std::unordered_map<std::size_t, std::uint32_t> matched_; // document index -> line
    // Villages and districts by code or name, KBLI codes by code or words: each text looked
    // up once, then remembered.
    region_resolver<scheme_type> regions_;
    industry_resolver<P> industries_;
};


} // namespace sentra::io::detail

// Compiled once in the sentra::compiled library (sentra/detail/config.hpp).
#if defined(SENTRA_SEPARATE_COMPILATION)
SENTRA_EXTERN template class sentra::io::detail::enterprise_rows<sentra::indonesia>;
#endif

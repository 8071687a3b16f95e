// sentra/detail/gazetteer_impl.hpp — definitions behind sentra/region/gazetteer.hpp.
#pragma once

#include <sentra/detail/line_scan.hpp>
#include <sentra/region/gazetteer.hpp>

#include <bit>
#include <cstring>

namespace sentra {

// ---------------------------------------------------------------- region_view

template <region_scheme S>
any_region_code<S> region_view<S>::code() const noexcept
{
    return detail::region_code_access::make_any<S>(g_->nodes_[level_][index_].code, level_);
}

template <region_scheme S>
std::string_view region_view<S>::name() const noexcept
{
    return g_->name_of(level_, index_);
}

template <region_scheme S>
std::optional<region_view<S>> region_view<S>::parent() const noexcept
{
    if (level_ == 0) return std::nullopt;
    return region_view(g_, level_ - 1u, g_->nodes_[level_][index_].parent);
}

template <region_scheme S>
std::size_t region_view<S>::child_count() const noexcept
{
    if (level_ + 1u >= S::levels) return 0;
    return g_->child_end(level_, index_) - g_->child_begin(level_, index_);
}

template <region_scheme S>
std::vector<region_view<S>> region_view<S>::children() const
{
    std::vector<region_view> out;
    if (level_ + 1u >= S::levels) return out;
    std::uint32_t const b = g_->child_begin(level_, index_);
    std::uint32_t const e = g_->child_end(level_, index_);
    out.reserve(e - b);
    for (std::uint32_t i = b; i < e; ++i) out.push_back(region_view(g_, level_ + 1u, i));
    return out;
}

template <region_scheme S>
std::vector<region_view<S>> region_view<S>::chain() const
{
    std::vector<region_view> out(level_ + 1u, *this);
    region_view cur = *this;
    for (std::size_t l = level_; l-- > 0;) {
        cur = *cur.parent();
        out[l] = cur;
    }
    return out;
}

// ---------------------------------------------------------------- search

namespace detail {

constexpr bool ascii_alnum(unsigned char c) noexcept
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
constexpr unsigned char ascii_lower(unsigned char c) noexcept
{
    return (c >= 'A' && c <= 'Z') ? static_cast<unsigned char>(c + 32) : c;
}

// Lower-case ASCII letters and digits, and every non-ASCII byte; spaces and punctuation go.
inline std::string normalize_name(std::string_view s)
{
    std::string out;
    out.reserve(s.size());
    for (char ch : s) {
        auto const c = static_cast<unsigned char>(ch);
        if (c >= 0x80 || ascii_alnum(c)) out += static_cast<char>(ascii_lower(c));
    }
    return out;
}

// Whether normalize_name(s) == norm, without allocating.
inline bool normalized_equal(std::string_view s, std::string_view norm) noexcept
{
    std::size_t j = 0;
    for (char ch : s) {
        auto const c = static_cast<unsigned char>(ch);
        if (c < 0x80 && !ascii_alnum(c)) continue;
        if (j == norm.size() || static_cast<char>(ascii_lower(c)) != norm[j]) return false;
        ++j;
    }
    return j == norm.size();
}

inline bool starts_with_ci(std::string_view s, std::string_view prefix) noexcept
{
    if (s.size() < prefix.size()) return false;
    for (std::size_t i = 0; i < prefix.size(); ++i)
        if (ascii_lower(static_cast<unsigned char>(s[i])) != static_cast<unsigned char>(prefix[i]))
            return false;
    return true;
}

struct prefix_match {
    std::size_t length = 0;
    std::string_view kind;
    std::size_t level = 0;
};

template <region_scheme S>
prefix_match find_name_prefix(std::string_view name, std::size_t level, bool any_level)
{
    if constexpr (requires { S::name_prefixes; }) {
        for (auto const& p : S::name_prefixes)
            if ((any_level || p.level == level) && starts_with_ci(name, p.text))
                return {p.text.size(), p.kind, p.level};
    }
    return {};
}

} // namespace detail

template <region_scheme S>
std::vector<region_view<S>> basic_gazetteer<S>::search(std::string_view name, name_match how) const
{
    std::vector<view> out;
    std::string const query = detail::normalize_name(name);
    if (query.empty()) return out;
    detail::prefix_match const qp = detail::find_name_prefix<S>(name, 0, true);
    std::string const query_base =
        qp.length ? detail::normalize_name(name.substr(qp.length)) : std::string();

    for (std::size_t level = 0; level < S::levels; ++level) {
        auto const& nodes = nodes_[level];
        for (std::uint32_t i = 0; i < nodes.size(); ++i) {
            std::string_view const full = name_of(level, i);
            bool hit = false;
            if (how == name_match::exact) {
                hit = detail::normalized_equal(full, query);
                if (!hit) {
                    detail::prefix_match const np = detail::find_name_prefix<S>(full, level, false);
                    if (np.length) {
                        std::string_view const base = full.substr(np.length);
                        hit = detail::normalized_equal(base, query) ||
                              (qp.length && qp.level == level && qp.kind == np.kind &&
                               !query_base.empty() && detail::normalized_equal(base, query_base));
                    }
                }
            } else {
                hit = detail::normalize_name(full).find(query) != std::string::npos;
            }
            if (hit) out.push_back(view(this, level, i));
        }
    }
    return out;
}

// ---------------------------------------------------------------- builder

template <region_scheme S>
template <class Where>
bool gazetteer_builder<S>::check_name(std::string_view name, Where const& where_of_name)
{
    if (!name.empty() && name.size() <= 1024 && detail::find_invalid_utf8(name) == detail::utf8_ok)
        return true; // the common case builds no location
    // `where_of_name(offset)`: where byte `offset` of the name stood (a quoted name may span
    // lines, so the reader works it out, not a sum of columns).
    location const where = where_of_name(std::size_t{0});
    if (name.empty()) {
        report_.add(errc::empty_value, where, "the name is empty");
        return false;
    }
    if (name.size() > 1024) {
        report_.add(errc::value_too_long, where,
                    "a name of " + std::to_string(name.size()) + " bytes (at most 1024)");
        return false;
    }
    std::size_t const bad = detail::find_invalid_utf8(name);
    if (bad != detail::utf8_ok) {
        report_.add(errc::invalid_utf8, where_of_name(bad),
                    "byte " + std::to_string(bad + 1) + " of the name");
        return false;
    }
    return true;
}

template <region_scheme S>
void gazetteer_builder<S>::push(std::size_t level, std::uint64_t code, std::uint32_t key,
                                std::string_view name, std::uint32_t line, std::uint32_t src)
{
    auto& v = pending_[level];
    if (!v.empty() && code <= v.back().code) {
        if (code < v.back().code)
            unsorted_[level] = true;
        else
            repeated_[level] = true;
    }
    v.push_back(pending{code, static_cast<std::uint32_t>(names_.size()),
                        static_cast<std::uint32_t>(name.size()), line, src});
    keys_[level].push_back(key);
    names_.append(name);
}

template <region_scheme S>
void gazetteer_builder<S>::reserve_for(std::size_t level, std::string_view text)
{
    // Estimate the rows from the first 64 KiB, so that the arrays are allocated once
    // (fresh pages are what loading costs most) and need no shrinking afterwards.
    std::size_t const sample = std::min<std::size_t>(text.size(), 65536);
    auto const lines = static_cast<std::size_t>(
        std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(sample), '\n'));
    std::size_t const rows =
        sample == text.size() ? lines + 1 : text.size() / (sample / (lines + 1)) * 9 / 8 + 16;
    pending_[level].reserve(pending_[level].size() + rows);
    keys_[level].reserve(keys_[level].size() + rows);
    names_.reserve(names_.size() + text.size() / 2);
}

template <region_scheme S>
std::optional<std::uint32_t> gazetteer_builder<S>::begin_source(std::string_view text,
                                                                std::string const& file_name)
{
    // Offsets into the names are 32-bit.
    if (text.size() >= 0xffffffffu - names_.size()) {
        location l;
        l.file = file_name;
        report_.add(errc::value_too_long, std::move(l), "file larger than 4 GiB");
        return std::nullopt;
    }
    // An empty file is a download or an export that failed, not a list with no regions.
    if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) {
        location l;
        l.file = file_name;
        l.line = 1;
        l.column = 1;
        report_.add(errc::bad_header, std::move(l), "the file is empty: no header row");
        return std::nullopt;
    }
    auto const src = static_cast<std::uint32_t>(sources_.size());
    sources_.push_back({file_name, {}});
    return src;
}

template <region_scheme S>
bool gazetteer_builder<S>::record_shape_ok(std::vector<io::csv_field> const& f,
                                           io::csv_reader const& reader, std::size_t columns,
                                           std::string_view column_names, bool& first)
{
    std::string const expected = detail::cat("expected ", std::to_string(columns), " columns (",
                                             column_names, "), found ", std::to_string(f.size()));
    if (first) {
        first = false;
        if (is_header(f)) {
            if (f.size() != columns)
                report_.add(errc::bad_header, reader.where_line(reader.line()), expected);
            return false;
        }
    }
    if (f.size() == columns) return true;
    report_.add(errc::wrong_column_count, reader.where_line(reader.line()),
                f.size() == 1 && f[0].text.empty() ? expected + " (an empty line)" : expected);
    return false;
}

template <region_scheme S>
void gazetteer_builder<S>::add_level_csv(std::size_t level, std::string_view text,
                                         std::string file_name)
{
    if (level >= S::levels) {
        report_.add(errc::wrong_level, {}, "this scheme has no level " + std::to_string(level));
        return;
    }
    auto const source_index = begin_source(text, file_name);
    if (!source_index) return;
    std::uint32_t const src = *source_index;
    reserve_for(level, text);

    std::size_t const columns = level == 0 ? 2 : 3;
    std::uint64_t const parent_div = detail::pow10_table[S::widths[level]];
    std::string_view const column_names =
        level == 0 ? std::string_view("code,name") : std::string_view("code,parent_code,name");
    std::size_t const sep = S::separator != '\0' ? 1 : 0;
    std::size_t const code_len = layout::digits[level] + sep * level;
    std::size_t const prefix_len = level == 0 ? 0 : layout::digits[level - 1] + sep * (level - 1);
    std::size_t const name_at = level == 0 ? code_len + 1 : code_len + 1 + prefix_len + 1;

    // Plain rows (the code in display form, the parent column equal to the code's prefix,
    // a name with no comma, quote or non-ASCII byte) are read straight from the text, their
    // line ends taken from bitmaps built 64 bytes at a time. Any other row, the header and
    // a byte order mark go through the CSV reader and the checks below, which say what is
    // wrong.
    char const* const base = text.data();
    std::size_t const n = text.size();
    std::uint64_t const comma_bits =
        (std::uint64_t{1} << code_len) | (level > 0 ? std::uint64_t{1} << (name_at - 1) : 0);
    detail::line_masks& masks = masks_;

    auto const plain_row = [&]<std::size_t L>(std::integral_constant<std::size_t, L>,
                                              std::size_t begin, std::size_t end,
                                              std::uint32_t row_line) {
        std::size_t const length = end - begin;
        std::size_t const cr = length > 0 && base[end - 1] == '\r' ? 1 : 0;
        if (length <= name_at + cr || length > 64) return false;
        // The only odd bytes of a plain row are its commas (and a final CR).
        std::uint64_t const in_row =
            length == 64 ? ~std::uint64_t{0} : (std::uint64_t{1} << length) - 1;
        if ((masks.odd_window(begin) & in_row) !=
            (comma_bits | (std::uint64_t{cr} << (length - 1))))
            return false;
        char const* const row = base + begin;
        std::uint64_t code = 0;
        if (!detail::parse_display_fixed<S, L>(row, code)) return false;
        if constexpr (L > 0) {
            // The parent column must be the code's own prefix.
            if (prefix_len <= 8 && n - begin >= code_len + 9) {
                std::uint64_t a;
                std::uint64_t b;
                std::memcpy(&a, row, 8);
                std::memcpy(&b, row + code_len + 1, 8);
                std::uint64_t const mask = prefix_len == 8
                                               ? ~std::uint64_t{0}
                                               : (std::uint64_t{1} << (8 * prefix_len)) - 1;
                if (((a ^ b) & mask) != 0) return false;
            } else {
                for (std::size_t i = 0; i < prefix_len; ++i)
                    if (row[code_len + 1 + i] != row[i]) return false;
            }
        }
        std::size_t const size = end - cr - begin - name_at;
        if (size > 1024) return false;
        constexpr std::uint64_t width = detail::pow10_table[S::widths[L]];
        push(level, code, static_cast<std::uint32_t>(code % width),
             std::string_view(row + name_at, size), row_line, src);
        return true;
    };

    std::size_t pos = 0;
    std::uint32_t line = 1;
    bool first = true;
    std::vector<io::csv_field> f;
    bool scanned = false;
    while (pos < n) {
        if (report_.full()) return;
        if (!first) {
            if (!scanned) {
                detail::scan_lines(text, masks);
                scanned = true;
            }
            // Through the line ends in order; a row the reader took may have spanned
            // several, which are skipped. Instantiated per level so that the parser unrolls.
            bool careful = false;
            detail::with_level<S::levels>(level, [&](auto l) {
                constexpr std::integral_constant<std::size_t, decltype(l)::value> lv{};
                std::size_t const words = masks.newline.size();
                for (std::size_t w = pos / 64; w < words; ++w) {
                    std::uint64_t m = masks.newline[w];
                    while (m != 0) {
                        std::size_t const e =
                            64 * w + static_cast<std::size_t>(std::countr_zero(m));
                        m &= m - 1;
                        if (e < pos) continue;
                        if (!plain_row(lv, pos, e, line)) {
                            careful = true;
                            return;
                        }
                        pos = e + 1;
                        ++line;
                    }
                }
                // the last line, without a final newline
                if (pos < n && !plain_row(lv, pos, n, line)) {
                    careful = true;
                    return;
                }
                if (pos < n) pos = n;
            });
            if (!careful) break;
        }
        io::csv_reader reader(text, file_name, pos, line);
        io::csv_status const st = reader.next(f, report_);
        pos = reader.position();
        line = reader.next_line();
        if (st == io::csv_status::end) break;
        if (st == io::csv_status::problem) {
            first = false;
            continue;
        }
        if (!record_shape_ok(f, reader, columns, column_names, first)) continue;
        bool ok = true;
        detail::code_parse const p = detail::parse_region_code<S>(f[0].text);
        if (!p.defect.empty()) {
            report_.add(errc::malformed_code, reader.where(f[0], p.offset),
                        detail::quote_for_detail(f[0].text) + ": " + std::string(p.defect));
            ok = false;
        } else if (p.level != level) {
            report_.add(errc::wrong_level, reader.where(f[0]),
                        detail::quote_for_detail(f[0].text) + " is a " +
                            std::string(S::level_name(p.level)) + " code; this file holds " +
                            std::string(S::level_name(level)) + " codes");
            ok = false;
        }
        if (level > 0) {
            detail::code_parse const pp = detail::parse_region_code<S>(f[1].text);
            if (!pp.defect.empty()) {
                report_.add(
                    errc::malformed_code, reader.where(f[1], pp.offset),
                    detail::cat("parent ", detail::quote_for_detail(f[1].text), ": ", pp.defect));
                ok = false;
            } else if (pp.level != level - 1) {
                report_.add(errc::wrong_level, reader.where(f[1]),
                            detail::cat("parent ", detail::quote_for_detail(f[1].text), " is a ",
                                        S::level_name(pp.level), " code, not a ",
                                        S::level_name(level - 1), " code"));
                ok = false;
            } else if (ok && pp.value != p.value / parent_div) {
                report_.add(
                    errc::parent_mismatch, reader.where(f[1]),
                    detail::cat(
                        "parent column says ", detail::quote_for_detail(f[1].text), " but ",
                        detail::quote_for_detail(f[0].text), " belongs to '",
                        detail::region_code_access::make_any<S>(p.value / parent_div, level - 1)
                            .to_string(),
                        "'"));
                ok = false;
            }
        }
        io::csv_field const& nf = f.back();
        if (!check_name(nf.text, [&](std::size_t at) { return reader.where(nf, at); })) ok = false;
        if (ok) push(level, p.value, nf.text, reader.line(), src);
    }
}

template <region_scheme S>
void gazetteer_builder<S>::add_combined_csv(std::string_view text, std::string file_name)
{
    auto const source_index = begin_source(text, file_name);
    if (!source_index) return;
    std::uint32_t const src = *source_index;
    io::csv_reader reader(text, std::move(file_name));
    std::vector<io::csv_field> f;
    bool first = true;
    for (;;) {
        if (report_.full()) return;
        io::csv_status const st = reader.next(f, report_);
        if (st == io::csv_status::end) break;
        if (st == io::csv_status::problem) {
            first = false;
            continue;
        }
        if (!record_shape_ok(f, reader, 2, "code,name", first)) continue;
        detail::code_parse const p = detail::parse_region_code<S>(f[0].text);
        bool ok = true;
        if (!p.defect.empty()) {
            report_.add(errc::malformed_code, reader.where(f[0], p.offset),
                        detail::quote_for_detail(f[0].text) + ": " + std::string(p.defect));
            ok = false;
        }
        if (!check_name(f[1].text, [&](std::size_t at) { return reader.where(f[1], at); })) ok = false;
        if (ok) push(p.level, p.value, f[1].text, reader.line(), src);
    }
}

template <region_scheme S>
void gazetteer_builder<S>::add(any_region_code<S> const& code, std::string_view name,
                               location where)
{
    if (code.empty()) {
        report_.add(errc::empty_value, where, "empty region code");
        return;
    }
    if (!check_name(name, [&](std::size_t at) {
            location l = where;
            if (l.column != 0) l.column += static_cast<std::uint32_t>(at);
            return l;
        }))
        return;
    auto const src = static_cast<std::uint32_t>(sources_.size());
    sources_.push_back({std::string(), std::move(where)});
    push(code.level(), code.value(), name, 0, src);
}

template <region_scheme S>
result<basic_gazetteer<S>, report> gazetteer_builder<S>::finish() &&
{
    if (report_.has(error_class::io)) return std::move(report_);

    auto const by_code = [](pending const& a, pending const& b) { return a.code < b.code; };
    for (std::size_t level = 0; level < S::levels; ++level) {
        auto& v = pending_[level];
        // The official files are sorted; sort only what is not.
        bool const repeats = unsorted_[level] || repeated_[level];
        if (unsorted_[level]) {
            std::stable_sort(v.begin(), v.end(), by_code);
            std::uint64_t const width = detail::pow10_table[S::widths[level]];
            auto& keys = keys_[level];
            for (std::size_t i = 0; i < v.size(); ++i)
                keys[i] = static_cast<std::uint32_t>(v[i].code % width);
        }
        for (std::size_t i = 1; repeats && i < v.size(); ++i) {
            if (v[i].code != v[i - 1].code) continue;
            location const first = where_of(v[i - 1]);
            std::string d = detail::cat(
                "'", detail::region_code_access::make_any<S>(v[i].code, level).to_string(),
                "' appears more than once");
            if (first.line != 0) d += " (first at line " + std::to_string(first.line) + ")";
            report_.add(errc::duplicate_code, where_of(v[i]), std::move(d));
        }
    }
    // Every region below the top needs its parent. Both levels are sorted by code and a
    // parent's code is its children's prefix, so one merge pass a level checks and links
    // them. It overwrites the row lines of the levels it is done with, top down, so every
    // error still finds its own line.
    for (auto& n : pending_[0]) n.parent = 0;
    for (std::size_t level_ = 1; level_ < S::levels; ++level_)
        detail::with_level<S::levels>(level_, [&](auto l) {
            constexpr std::size_t level = decltype(l)::value;
            if constexpr (level > 0) {
                auto& parents = pending_[level - 1];
                auto& kids = pending_[level];
                constexpr bool last = level + 1 == S::levels;
                constexpr std::uint64_t div = detail::pow10_table[S::widths[level]];
                std::size_t const np = parents.size();
                std::size_t j = 0;
                if (np != 0) parents[0].first_child = 0;
                for (std::size_t k = 0; k < kids.size(); ++k) {
                    std::uint64_t const want = kids[k].code / div;
                    while (j < np && parents[j].code < want)
                        if (++j < np) parents[j].first_child = static_cast<std::uint32_t>(k);
                    if (j == np || parents[j].code != want) {
                        report_.add(
                            errc::orphan, where_of(kids[k]),
                            detail::cat("'",
                                        detail::region_code_access::make_any<S>(kids[k].code, level)
                                            .to_string(),
                                        "' has no ", S::level_name(level - 1), " '",
                                        detail::region_code_access::make_any<S>(want, level - 1)
                                            .to_string(),
                                        "' in the list"));
                        continue;
                    }
                    kids[k].parent = static_cast<std::uint32_t>(j);
                    if constexpr (last) kids[k].first_child = 0;
                }
                while (j + 1 < np)
                    parents[++j].first_child = static_cast<std::uint32_t>(kids.size());
            }
        });
    if constexpr (S::levels == 1)
        for (auto& n : pending_[0]) n.first_child = 0;
    if (!report_.ok()) return std::move(report_);

    basic_gazetteer<S> g;
    g.names_ = std::move(names_);
    g.edition_ = std::move(edition_);
    for (std::size_t level = 0; level < S::levels; ++level) {
        auto& v = pending_[level];
        if (v.capacity() > v.size() + v.size() / 4 + 64) v.shrink_to_fit();
        g.nodes_[level] = std::move(v);
    }
    for (std::size_t level_ = 0; level_ < S::levels; ++level_)
        detail::with_level<S::levels>(level_, [&](auto l) {
            constexpr std::size_t level = decltype(l)::value;
            constexpr std::size_t width = detail::pow10_table[S::widths[level]];
            auto const& nodes = g.nodes_[level];
            std::size_t const parents = level == 0 ? 1 : g.nodes_[level - 1].size();
            if (parents * width > basic_gazetteer<S>::max_direct_slots) {
                g.keys_[level] = std::move(keys_[level]);
                return;
            }
            auto& d = g.direct_[level];
            d.assign(parents * width, basic_gazetteer<S>::npos);
            for (std::size_t i = 0; i < nodes.size(); ++i) {
                std::size_t const parent = level == 0 ? 0 : nodes[i].parent;
                d[parent * width + nodes[i].code % width] = static_cast<std::uint32_t>(i);
            }
        });
    return g;
}

// ---------------------------------------------------------------- loading

namespace detail {
template <region_scheme S>
std::string level_file_name(std::size_t level)
{
    if constexpr (requires { S::file_names; })
        return std::string(S::file_names[level]);
    else
        return std::string(S::level_name(level)) + ".csv";
}
} // namespace detail

template <region_scheme S>
result<basic_gazetteer<S>, report> basic_gazetteer<S>::load(std::filesystem::path const& dir,
                                                            gazetteer_options options)
{
    gazetteer_builder<S> b(options);
    // One buffer for every file, read and taken in turn: it stays in cache and in place.
    std::string text;
    for (std::size_t level = 0; level < S::levels; ++level) {
        auto const path = dir / detail::level_file_name<S>(level);
        if (auto r = io::read_file_into(path, text); !r) {
            b.add_problem(r.error());
            continue;
        }
        if (!b.problems().has(error_class::io)) b.add_level_csv(level, text, path.string());
    }
    return std::move(b).finish();
}

template <region_scheme S>
result<basic_gazetteer<S>, report>
basic_gazetteer<S>::load_combined(std::filesystem::path const& file, gazetteer_options options)
{
    gazetteer_builder<S> b(options);
    auto text = io::read_file(file);
    if (!text) {
        b.add_problem(text.error());
        return std::move(b).finish();
    }
    b.add_combined_csv(*text, file.string());
    return std::move(b).finish();
}

} // namespace sentra

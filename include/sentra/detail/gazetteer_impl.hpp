// sentra/detail/gazetteer_impl.hpp — definitions behind sentra/region/gazetteer.hpp.
#pragma once

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
    location const where = where_of_name();
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
        location l = where;
        if (l.column != 0) l.column += static_cast<std::uint32_t>(bad);
        report_.add(errc::invalid_utf8, std::move(l),
                    "byte " + std::to_string(bad + 1) + " of the name");
        return false;
    }
    return true;
}

template <region_scheme S>
void gazetteer_builder<S>::push(std::size_t level, std::uint64_t code, std::string_view name,
                                std::uint32_t line, std::uint32_t src)
{
    pending_[level].push_back(pending{code, static_cast<std::uint32_t>(names_.size()),
                                      static_cast<std::uint32_t>(name.size()), line, src});
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
    names_.reserve(names_.size() + text.size() / 2);
}

template <region_scheme S>
void gazetteer_builder<S>::add_level_csv(std::size_t level, std::string_view text,
                                         std::string file_name)
{
    if (level >= S::levels) {
        report_.add(errc::wrong_level, {}, "this scheme has no level " + std::to_string(level));
        return;
    }
    if (text.size() >= 0xffffffffu - names_.size()) {
        location l;
        l.file = file_name;
        report_.add(errc::value_too_long, std::move(l), "file larger than 4 GiB");
        return;
    }
    auto const src = static_cast<std::uint32_t>(sources_.size());
    sources_.push_back({file_name, {}});
    reserve_for(level, text);

    std::size_t const columns = level == 0 ? 2 : 3;
    std::uint64_t const parent_div = detail::pow10_table[S::widths[level]];
    std::string_view const column_names =
        level == 0 ? std::string_view("code,name") : std::string_view("code,parent_code,name");
    std::size_t const sep = S::separator != '\0' ? 1 : 0;
    std::size_t const code_len = layout::digits[level] + sep * level;
    std::size_t const prefix_len = level == 0 ? 0 : layout::digits[level - 1] + sep * (level - 1);
    std::size_t const name_at = level == 0 ? code_len + 1 : code_len + 1 + prefix_len + 1;

    // The fast path reads a row of the usual shape straight from the text: the code in
    // display form, the parent column equal to the code's prefix, a plain name. Any other
    // row goes through the CSV reader and the checks below, which say what is wrong.
    // It returns where the next row starts, or 0 to hand the row to the reader.
    char const* const base = text.data();
    std::size_t const n = text.size();
    auto const fast_row = [&]<std::size_t L>(std::integral_constant<std::size_t, L>, std::size_t at,
                                             std::uint32_t line) -> std::size_t {
        if (n - at <= name_at) return 0;
        char const* const row = base + at;
        std::uint64_t code = 0;
        if (row[code_len] != ',' || !detail::parse_display_fixed<S, L>(row, code)) return 0;
        if (level > 0) {
            if (row[name_at - 1] != ',') return 0;
            // The parent column must be the code's own prefix: one masked word compare
            // when the text has the bytes to read, else byte by byte.
            if (prefix_len <= 8 && n - at >= code_len + 9) {
                std::uint64_t a;
                std::uint64_t b;
                std::memcpy(&a, row, 8);
                std::memcpy(&b, row + code_len + 1, 8);
                std::uint64_t const mask = prefix_len == 8
                                               ? ~std::uint64_t{0}
                                               : (std::uint64_t{1} << (8 * prefix_len)) - 1;
                if (((a ^ b) & mask) != 0) return 0;
            } else {
                for (std::size_t i = 0; i < prefix_len; ++i)
                    if (row[code_len + 1 + i] != row[i]) return 0;
            }
        }
        // The name runs to the end of the line; one pass finds the end and anything that
        // needs the reader (a comma, a leading quote) or a UTF-8 check.
        char const* const name = row + name_at;
        char const* const end = base + n;
        char const* p = name;
        unsigned high = 0;
        // Eight bytes at a time: the lowest flagged byte of the has-byte test is exact, so
        // the word that holds the newline (or a comma) also says where it is.
        constexpr std::uint64_t ones = 0x0101010101010101ull;
        constexpr std::uint64_t highs = 0x8080808080808080ull;
        std::uint64_t high_word = 0;
        bool found = false;
        while (end - p >= 8) {
            std::uint64_t w;
            std::memcpy(&w, p, 8);
            std::uint64_t const nl = w ^ (ones * '\n');
            std::uint64_t const cm = w ^ (ones * ',');
            std::uint64_t const m = (((nl - ones) & ~nl) | ((cm - ones) & ~cm)) & highs;
            if (m == 0) {
                high_word |= w;
                p += 8;
                continue;
            }
            auto const idx = static_cast<unsigned>(std::countr_zero(m)) / 8;
            if (idx != 0) high_word |= w & ((std::uint64_t{1} << (8 * idx)) - 1);
            p += idx;
            if (*p == ',') return 0;
            found = true;
            break;
        }
        if ((high_word & highs) != 0) high = 0x80;
        if (!found) {
            while (p != end && *p != '\n') {
                if (*p == ',') return 0;
                high |= static_cast<unsigned char>(*p);
                ++p;
            }
        }
        std::size_t const next = p == end ? n : static_cast<std::size_t>(p - base) + 1;
        if (p != name && p[-1] == '\r') --p;
        auto const size = static_cast<std::size_t>(p - name);
        if (size == 0 || size > 1024 || *name == '"') return 0;
        if ((high & 0x80u) != 0 &&
            detail::find_invalid_utf8(std::string_view(name, size)) != detail::utf8_ok)
            return 0;
        push(level, code, std::string_view(name, size), line, src);
        return next;
    };

    std::size_t pos = 0;
    std::uint32_t line = 1;
    bool first = true;
    std::vector<io::csv_field> f;
    while (pos < n) {
        if (report_.full()) return;
        if (!first) {
            // Rows go through the fast path for as long as it takes them; the loop is
            // instantiated per level so that the code parser unrolls.
            [&]<std::size_t... L>(std::index_sequence<L...>)
            {
                (void)((level == L &&
                        [&] {
                            while (pos < n) {
                                std::size_t const next =
                                    fast_row(std::integral_constant<std::size_t, L>{}, pos, line);
                                if (next == 0) break;
                                pos = next;
                                ++line;
                            }
                            return true;
                        }()) ||
                       ...);
            }
            (std::make_index_sequence<S::levels>{});
            if (pos >= n) break;
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
        if (first) {
            first = false;
            if (is_header(f)) {
                if (f.size() != columns)
                    report_.add(errc::bad_header, reader.where_line(reader.line()),
                                "expected " + std::to_string(columns) + " columns (" +
                                    std::string(column_names) + "), found " +
                                    std::to_string(f.size()));
                continue;
            }
        }
        if (f.size() != columns) {
            std::string d = "expected " + std::to_string(columns) + " columns (" +
                            std::string(column_names) + "), found " + std::to_string(f.size());
            if (f.size() == 1 && f[0].text.empty()) d += " (an empty line)";
            report_.add(errc::wrong_column_count, reader.where_line(reader.line()), std::move(d));
            continue;
        }
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
        if (!check_name(nf.text, [&] { return reader.where(nf); })) ok = false;
        if (ok) push(level, p.value, nf.text, reader.line(), src);
    }
}

template <region_scheme S>
void gazetteer_builder<S>::add_combined_csv(std::string_view text, std::string file_name)
{
    if (text.size() >= 0xffffffffu - names_.size()) {
        location l;
        l.file = file_name;
        report_.add(errc::value_too_long, std::move(l), "file larger than 4 GiB");
        return;
    }
    auto const src = static_cast<std::uint32_t>(sources_.size());
    sources_.push_back({file_name, {}});
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
        if (first) {
            first = false;
            if (is_header(f)) {
                if (f.size() != 2)
                    report_.add(errc::bad_header, reader.where_line(reader.line()),
                                "expected 2 columns (code,name), found " +
                                    std::to_string(f.size()));
                continue;
            }
        }
        if (f.size() != 2) {
            std::string d = "expected 2 columns (code,name), found " + std::to_string(f.size());
            if (f.size() == 1 && f[0].text.empty()) d += " (an empty line)";
            report_.add(errc::wrong_column_count, reader.where_line(reader.line()), std::move(d));
            continue;
        }
        detail::code_parse const p = detail::parse_region_code<S>(f[0].text);
        bool ok = true;
        if (!p.defect.empty()) {
            report_.add(errc::malformed_code, reader.where(f[0], p.offset),
                        detail::quote_for_detail(f[0].text) + ": " + std::string(p.defect));
            ok = false;
        }
        if (!check_name(f[1].text, [&] { return reader.where(f[1]); })) ok = false;
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
    if (!check_name(name, [&] { return where; })) return;
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
        bool sorted = true;
        bool repeats = false;
        for (std::size_t i = 1; i < v.size(); ++i) {
            if (v[i - 1].code < v[i].code) continue;
            if (v[i - 1].code == v[i].code) {
                repeats = true;
                continue;
            }
            sorted = false;
            break;
        }
        if (!sorted) {
            std::stable_sort(v.begin(), v.end(), by_code);
            repeats = true; // look again, in order
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
                auto& keys = g.keys_[level];
                keys.resize(nodes.size());
                for (std::size_t i = 0; i < nodes.size(); ++i)
                    keys[i] = static_cast<std::uint32_t>(nodes[i].code % width);
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
    std::array<std::string, S::levels> texts;
    bool io_failed = false;
    for (std::size_t level = 0; level < S::levels; ++level) {
        auto const path = dir / detail::level_file_name<S>(level);
        auto text = io::read_file(path);
        if (!text) {
            b.add_problem(text.error());
            io_failed = true;
            continue;
        }
        texts[level] = std::move(*text);
    }
    if (!io_failed)
        for (std::size_t level = 0; level < S::levels; ++level)
            b.add_level_csv(level, texts[level],
                            (dir / detail::level_file_name<S>(level)).string());
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

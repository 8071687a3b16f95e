// sentra/detail/gazetteer_impl.hpp — definitions behind sentra/region/gazetteer.hpp.
#pragma once

#include <sentra/region/gazetteer.hpp>

#include <algorithm>
#include <bit>
#include <cstring>
#include <utility>
#include <vector>

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

// A name as searched for: its compared form, its kind prefix ("Kab."), and the compared
// form of the rest.
template <region_scheme S>
struct name_query {
    explicit name_query(std::string_view name)
        : query(normalize_name(name)), prefix(find_name_prefix<S>(name, 0, true)),
          base(prefix.length ? normalize_name(name.substr(prefix.length)) : std::string())
    {
    }
    std::string query;
    prefix_match prefix;
    std::string base;
};

// The edit distance of two strings (optimal string alignment: a byte added, dropped,
// changed, or two neighbours swapped), or `limit + 1` as soon as it must exceed `limit`.
inline std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t limit)
{
    std::size_t const gap = a.size() > b.size() ? a.size() - b.size() : b.size() - a.size();
    if (gap > limit) return limit + 1;
    std::vector<std::size_t> before(b.size() + 1), prev(b.size() + 1), cur(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) prev[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        cur[0] = i;
        std::size_t row_min = cur[0];
        for (std::size_t j = 1; j <= b.size(); ++j) {
            std::size_t const cost = a[i - 1] == b[j - 1] ? 0 : 1;
            std::size_t d = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                d = std::min(d, before[j - 2] + 1);
            cur[j] = d;
            row_min = std::min(row_min, d);
        }
        if (row_min > limit) return limit + 1;
        std::swap(before, prev);
        std::swap(prev, cur);
    }
    return std::min(prev[b.size()], limit + 1);
}

} // namespace detail

template <region_scheme S>
bool basic_gazetteer<S>::exact_name(std::size_t level, std::uint32_t i,
                                    detail::name_query<S> const& q) const
{
    std::string_view const full = name_of(level, i);
    if (detail::normalized_equal(full, q.query)) return true;
    detail::prefix_match const np = detail::find_name_prefix<S>(full, level, false);
    if (!np.length) return false;
    std::string_view const base = full.substr(np.length);
    return detail::normalized_equal(base, q.query) ||
           (q.prefix.length && q.prefix.level == level && q.prefix.kind == np.kind &&
            !q.base.empty() && detail::normalized_equal(base, q.base));
}

template <region_scheme S>
std::pair<std::uint32_t, std::uint32_t>
basic_gazetteer<S>::range_under(std::size_t level, std::optional<view> within) const noexcept
{
    if (level >= S::levels) return {0, 0};
    if (!within) return {0, static_cast<std::uint32_t>(nodes_[level].size())};
    if (within->g_ != this || within->level_ >= level) return {0, 0};
    std::uint32_t b = within->index_, e = within->index_ + 1;
    for (std::size_t l = within->level_; l < level; ++l) {
        if (b >= e) return {0, 0};
        std::uint32_t const nb = child_begin(l, b);
        e = child_end(l, e - 1);
        b = nb;
    }
    return {b, e};
}

template <region_scheme S>
std::vector<region_view<S>> basic_gazetteer<S>::search(std::string_view name, name_match how) const
{
    std::vector<view> out;
    detail::name_query<S> const q(name);
    if (q.query.empty()) return out;
    for (std::size_t level = 0; level < S::levels; ++level) {
        auto const& nodes = nodes_[level];
        for (std::uint32_t i = 0; i < nodes.size(); ++i) {
            bool const hit =
                how == name_match::exact
                    ? exact_name(level, i, q)
                    : detail::normalize_name(name_of(level, i)).find(q.query) != std::string::npos;
            if (hit) out.push_back(view(this, level, i));
        }
    }
    return out;
}

template <region_scheme S>
std::vector<region_view<S>> basic_gazetteer<S>::find_by_name(std::string_view name,
                                                             std::size_t level,
                                                             std::optional<view> within) const
{
    std::vector<view> out;
    detail::name_query<S> const q(name);
    if (q.query.empty()) return out;
    auto const [b, e] = range_under(level, within);
    for (std::uint32_t i = b; i < e; ++i)
        if (exact_name(level, i, q)) out.push_back(view(this, level, i));
    return out;
}

template <region_scheme S>
std::vector<region_view<S>> basic_gazetteer<S>::nearest_names(std::string_view name,
                                                              std::size_t level,
                                                              std::optional<view> within,
                                                              std::size_t max) const
{
    std::vector<view> out;
    std::string const query = detail::normalize_name(name);
    if (query.empty() || max == 0) return out;
    std::size_t const limit = std::max<std::size_t>(1, query.size() / 4);
    std::vector<std::pair<std::size_t, std::uint32_t>> found; // (distance, index)
    auto const [b, e] = range_under(level, within);
    std::string candidate;
    for (std::uint32_t i = b; i < e; ++i) {
        std::string_view full = name_of(level, i);
        // "Kota Depok" is near "Depok" as "Depok" is: the kind prefix does not count.
        detail::prefix_match const np = detail::find_name_prefix<S>(full, level, false);
        std::size_t best = limit + 1;
        for (std::string_view form : {full, full.substr(np.length)}) {
            candidate = detail::normalize_name(form);
            best = std::min(best, detail::edit_distance(query, candidate, limit));
            if (!np.length) break;
        }
        if (best <= limit) found.emplace_back(best, i);
    }
    std::stable_sort(found.begin(), found.end(),
                     [](auto const& x, auto const& y) { return x.first < y.first; });
    for (std::size_t k = 0; k < found.size() && k < max; ++k)
        out.push_back(view(this, level, found[k].second));
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
template <class Where>
bool gazetteer_builder<S>::check_name_for(std::size_t level, std::uint64_t value,
                                          std::string_view name, Where const& where_of_name)
{
    if constexpr (requires { S::name_defect(level, value, name); }) {
        std::string_view const defect = S::name_defect(level, value, name);
        if (defect.empty()) return true;
        report_.add(errc::invalid_value, where_of_name(std::size_t{0}),
                    detail::cat(quote_input(name), ": ", defect));
        return false;
    } else {
        (void)level, (void)value, (void)name, (void)where_of_name;
        return true;
    }
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
    if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) {
        report_.add(detail::empty_list_file(file_name));
        return std::nullopt;
    }
    auto const src = static_cast<std::uint32_t>(sources_.size());
    sources_.push_back({file_name, {}});
    return src;
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
    if (!check_name_for(code.level(), code.value(), name, [&](std::size_t) { return where; }))
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
            report_.add(errc::duplicate_code, where_of(v[i]),
                        detail::duplicate_detail(
                            detail::region_code_access::make_any<S>(v[i].code, level).to_string(),
                            where_of(v[i - 1]).line));
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
                            detail::orphan_detail(
                                detail::region_code_access::make_any<S>(kids[k].code, level)
                                    .to_string(),
                                S::level_name(level - 1),
                                detail::region_code_access::make_any<S>(want, level - 1)
                                    .to_string()));
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

} // namespace sentra

// sentra/region/detail/gazetteer_impl.hpp — definitions behind sentra/region/gazetteer.hpp.
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
    return detail::region_code_access::make_any<S>(g_->code_of(level_, index_), level_);
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

// Whether a byte belongs to a word of a name: letters, digits, and every byte of a UTF-8
// sequence; spaces and punctuation part words and do not count.
constexpr bool word_byte(char ch) noexcept
{
    auto const c = static_cast<unsigned char>(ch);
    return c >= 0x80 || ascii_alnum(c);
}

// Where the next word of `name` starts, at or after `i` (name.size() when none is left).
constexpr std::size_t next_word(std::string_view name, std::size_t i) noexcept
{
    while (i < name.size() && !word_byte(name[i])) ++i;
    return i;
}

// Lower-case ASCII letters and digits, and every non-ASCII byte; spaces and punctuation go.
inline std::string normalize_name(std::string_view s)
{
    std::string out;
    out.reserve(s.size());
    for (char ch : s)
        if (word_byte(ch)) out += static_cast<char>(ascii_lower(static_cast<unsigned char>(ch)));
    return out;
}

// Whether normalize_name(s) == norm, without allocating.
inline bool normalized_equal(std::string_view s, std::string_view norm) noexcept
{
    std::size_t j = 0;
    for (char ch : s) {
        if (!word_byte(ch)) continue;
        auto const lower = static_cast<char>(ascii_lower(static_cast<unsigned char>(ch)));
        if (j == norm.size() || lower != norm[j]) return false;
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

inline bool equal_ci(std::string_view word, std::string_view lower) noexcept
{
    return word.size() == lower.size() && starts_with_ci(word, lower);
}

// The long form of a word the scheme abbreviates ("dki"), or "".
template <region_scheme S>
std::string_view long_form(std::string_view word) noexcept
{
    if constexpr (requires { S::name_abbreviations; }) {
        for (auto const& a : S::name_abbreviations)
            if (equal_ci(word, a.short_form)) return a.long_form;
    }
    return {};
}

// The longest short form the scheme has (0: none).
template <region_scheme S>
constexpr std::size_t longest_short_form() noexcept
{
    std::size_t n = 0;
    if constexpr (requires { S::name_abbreviations; })
        for (auto const& a : S::name_abbreviations) n = std::max(n, a.short_form.size());
    return n;
}

// Whether a short form starts with the letter `ch` (any case): a table, since search asks
// it of most names.
template <region_scheme S>
bool short_form_initial(char ch) noexcept
{
    static constexpr std::array<bool, 256> initial = [] {
        std::array<bool, 256> t{};
        if constexpr (requires { S::name_abbreviations; })
            for (auto const& a : S::name_abbreviations) {
                auto const c = static_cast<unsigned char>(a.short_form.front());
                t[c] = true;
                if (c >= 'a' && c <= 'z') t[static_cast<unsigned char>(c - 32)] = true;
            }
        return t;
    }();
    return initial[static_cast<unsigned char>(ch)];
}

// Calls f(word, long form or "") for each word of `name`, in one pass; stops early when f
// returns false. Search runs this over every name, so only words as short as the short
// forms are looked up.
template <region_scheme S, class F>
bool walk_words(std::string_view name, F&& f)
{
    constexpr std::size_t longest = longest_short_form<S>();
    std::size_t const n = name.size();
    for (std::size_t i = next_word(name, 0); i < n; i = next_word(name, i)) {
        std::size_t const b = i;
        while (i < n && word_byte(name[i])) ++i;
        std::string_view const word = name.substr(b, i - b);
        if (!f(word, word.size() <= longest ? long_form<S>(word) : std::string_view{})) return false;
    }
    return true;
}

// The compared form of a name with its abbreviations written out: "DKI Jakarta" and
// "Daerah Khusus Ibukota Jakarta" are both "daerahkhususibukotajakarta".
template <region_scheme S>
std::string compared_form(std::string_view name)
{
    std::string out;
    out.reserve(name.size());
    walk_words<S>(name, [&](std::string_view word, std::string_view long_word) {
        for (char ch : long_word.empty() ? word : long_word)
            if (ch != ' ') out += static_cast<char>(ascii_lower(static_cast<unsigned char>(ch)));
        return true;
    });
    return out;
}

// Whether a name's compared form is `form`: no allocation, and out at the first difference
// (search asks this of every name). A word longer than the short forms is compared as it is
// read; only a short word waits to its end, since it may be one to write out.
template <region_scheme S>
bool same_name(std::string_view name, std::string_view form)
{
    constexpr std::size_t longest = longest_short_form<S>();
    std::size_t j = 0;
    std::size_t const n = name.size();
    for (std::size_t i = next_word(name, 0); i < n; i = next_word(name, i)) {
        std::size_t const b = i;
        std::size_t k = j;
        bool same = true;
        for (; i < n && word_byte(name[i]); ++i) {
            if (same) {
                auto const c = static_cast<char>(ascii_lower(static_cast<unsigned char>(name[i])));
                same = k < form.size() && form[k] == c;
                k += same ? 1 : 0;
            }
            // Out as soon as the word cannot be a short form: too long, or no short form
            // starts with its first letter.
            if (!same && (i - b >= longest || (i == b && !short_form_initial<S>(name[i]))))
                return false;
        }
        std::string_view const long_word =
            i - b <= longest ? long_form<S>(name.substr(b, i - b)) : std::string_view{};
        if (long_word.empty()) {
            if (!same) return false;
            j = k;
            continue;
        }
        for (char ch : long_word) {
            if (ch == ' ') continue;
            if (j == form.size() || form[j] != ch) return false;
            ++j;
        }
    }
    return j == form.size();
}

// The level a query names in front of its name ("Kecamatan "), and that word's length.
struct level_word_match {
    std::size_t length = 0;
    std::size_t level = 0;
};
template <region_scheme S>
level_word_match find_level_word(std::string_view query) noexcept
{
    if constexpr (requires { S::query_level_words; }) {
        for (auto const& w : S::query_level_words)
            if (starts_with_ci(query, w.text)) return {w.text.size(), w.level};
    }
    return {};
}

// A name as searched for: its compared form, its kind prefix ("Kab.") and the compared form
// of the rest, and the level a leading word names ("Kecamatan Cipayung") with the compared
// form of the name after it.
template <region_scheme S>
struct name_query {
    explicit name_query(std::string_view name)
        : query(compared_form<S>(name)), prefix(find_name_prefix<S>(name, 0, true)),
          base(prefix.length ? compared_form<S>(name.substr(prefix.length)) : std::string()),
          level_word(find_level_word<S>(name)),
          after_level_word(level_word.length ? compared_form<S>(name.substr(level_word.length))
                                             : std::string())
    {
    }
    std::string query;
    prefix_match prefix;
    std::string base;
    level_word_match level_word;
    std::string after_level_word;
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
bool basic_gazetteer<S>::name_matches(std::size_t level, std::string_view full,
                                      detail::name_query<S> const& q) const
{
    if (detail::same_name<S>(full, q.query)) return true; // also a village named "Desa Baru"
    if (q.level_word.length && q.level_word.level == level && !q.after_level_word.empty() &&
        detail::same_name<S>(full, q.after_level_word))
        return true;
    detail::prefix_match const np = detail::find_name_prefix<S>(full, level, false);
    if (!np.length) return false;
    std::string_view const base = full.substr(np.length);
    return detail::same_name<S>(base, q.query) ||
           (q.prefix.length && q.prefix.level == level && q.prefix.kind == np.kind &&
            !q.base.empty() && detail::same_name<S>(base, q.base));
}

template <region_scheme S>
std::size_t basic_gazetteer<S>::add_names_from(basic_gazetteer const& other)
{
    std::size_t added = 0;
    for (std::size_t level = 0; level < S::levels; ++level)
        for (std::uint32_t j = 0; j < other.nodes_[level].size(); ++j) {
            std::uint32_t const i = index_of(level, other.code_of(level, j));
            if (i == npos) continue;
            std::string_view const theirs = other.name_of(level, j);
            if (detail::compared_form<S>(theirs) == detail::compared_form<S>(name_of(level, i)))
                continue;
            bool known = false;
            for (auto const& [k, n] : other_names_[level]) known = known || (k == i && n == theirs);
            if (known) continue;
            other_names_[level].emplace_back(i, std::string(theirs));
            ++added;
        }
    return added;
}

template <region_scheme S>
template <class Match>
void basic_gazetteer<S>::add_other_name_hits(std::size_t level, std::uint32_t b, std::uint32_t e,
                                             Match const& match, std::vector<view>& out) const
{
    if (level >= S::levels || b >= e) return;
    std::size_t const before = out.size();
    for (auto const& [i, n] : other_names_[level]) {
        if (i < b || i >= e || !match(std::string_view(n))) continue;
        view const v(this, level, i);
        if (std::find(out.begin(), out.end(), v) == out.end()) out.push_back(v);
    }
    if (out.size() == before) return;
    // Keep the order search() promises: top level first, code order within a level.
    std::sort(out.begin() + static_cast<std::ptrdiff_t>(before), out.end(),
              [](view const& x, view const& y) { return x.index_ < y.index_; });
    std::inplace_merge(out.begin(), out.begin() + static_cast<std::ptrdiff_t>(before), out.end(),
                       [](view const& x, view const& y) {
                           return x.level_ != y.level_ ? x.level_ < y.level_ : x.index_ < y.index_;
                       });
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
    auto const contains = [&](std::size_t level, std::string_view text) {
        std::string const form = detail::compared_form<S>(text);
        if (form.find(q.query) != std::string::npos) return true;
        return q.level_word.length && q.level_word.level == level && !q.after_level_word.empty() &&
               form.find(q.after_level_word) != std::string::npos;
    };
    for (std::size_t level = 0; level < S::levels; ++level) {
        auto const& nodes = nodes_[level];
        auto const match = [&](std::string_view text) {
            return how == name_match::exact ? name_matches(level, text, q) : contains(level, text);
        };
        for (std::uint32_t i = 0; i < nodes.size(); ++i)
            if (match(name_of(level, i))) out.push_back(view(this, level, i));
        add_other_name_hits(level, 0, static_cast<std::uint32_t>(nodes.size()), match, out);
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
        if (name_matches(level, name_of(level, i), q)) out.push_back(view(this, level, i));
    auto const match = [&](std::string_view text) { return name_matches(level, text, q); };
    add_other_name_hits(level, b, e, match, out);
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
void gazetteer_builder<S>::reserve_for(std::size_t level, std::string_view text,
                                       std::size_t fixed_bytes)
{
    // Estimate the rows and name bytes from the first 64 KiB, so that the arrays are
    // allocated once (fresh pages are what loading costs most) and need no shrinking
    // afterwards. `fixed_bytes`: what a row holds besides its name (code, parent, commas).
    std::size_t const sample = std::min<std::size_t>(text.size(), 65536);
    auto const lines = static_cast<std::size_t>(
        std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(sample), '\n'));
    std::size_t const rows =
        sample == text.size() ? lines + 1 : text.size() / (sample / (lines + 1)) * 9 / 8 + 16;
    std::size_t const row_bytes = fixed_bytes + 1; // and its line feed
    std::size_t const sample_names =
        sample > (lines + 1) * row_bytes ? sample - (lines + 1) * row_bytes : sample;
    std::size_t const names =
        sample == text.size() ? sample_names
                              : text.size() / sample * sample_names / 16 * 17 + 1024;
    nodes_[level].reserve(nodes_[level].size() + rows);
    keys_[level].reserve(keys_[level].size() + rows);
    codes_[level].reserve(codes_[level].size() + rows);
    names_.reserve(names_.size() + std::min(names, text.size()));
}

namespace detail {

// One merge pass of a level's codes (kids) against the level above's (parents), both
// sorted: each kid's parent index into its node, where each parent's children start into
// `firsts` (np + 1 entries), and the kids without a parent into `orphans`. Its own function
// over plain arrays, so that the loop keeps its state in registers. A kid keeps its line in
// its parent slot until linked, so an orphan's line is still there to report.
template <std::uint64_t Div>
void link_children(std::uint64_t const* parents, std::size_t np, std::uint64_t const* kids,
                   std::size_t nk, gazetteer_node* kid_nodes, std::uint32_t* firsts,
                   std::vector<std::uint32_t>& orphans)
{
    std::size_t j = 0;
    if (np != 0) firsts[0] = 0;
    for (std::size_t k = 0; k < nk; ++k) {
        std::uint64_t const want = kids[k] / Div;
        // Most kids share the parent of the kid before.
        if (j == np || parents[j] != want) {
            while (j < np && parents[j] < want)
                if (++j < np) firsts[j] = static_cast<std::uint32_t>(k);
            if (j == np || parents[j] != want) {
                orphans.push_back(static_cast<std::uint32_t>(k));
                continue;
            }
        }
        kid_nodes[k].parent = static_cast<std::uint32_t>(j);
    }
    while (j + 1 < np) firsts[++j] = static_cast<std::uint32_t>(nk);
    firsts[np] = static_cast<std::uint32_t>(nk);
}

} // namespace detail

template <region_scheme S>
void gazetteer_builder<S>::append(std::size_t level, row_batch& batch)
{
    std::size_t const n = batch.rows;
    if (n == 0) return;
    auto& codes = codes_[level];
    auto& nodes = nodes_[level];
    if (!codes.empty()) note_order(level, codes.back(), batch.codes[0]);
    for (std::size_t i = 1; i < n; ++i) note_order(level, batch.codes[i - 1], batch.codes[i]);
    std::uint32_t const base = names_start(level);
    for (std::size_t i = 0; i < n; ++i) batch.nodes[i].name += base;
    nodes.insert(nodes.end(), batch.nodes.begin(), batch.nodes.begin() + static_cast<std::ptrdiff_t>(n));
    keys_[level].insert(keys_[level].end(), batch.keys.begin(),
                        batch.keys.begin() + static_cast<std::ptrdiff_t>(n));
    codes.insert(codes.end(), batch.codes.begin(), batch.codes.begin() + static_cast<std::ptrdiff_t>(n));
    names_.append(std::string_view(batch.chars.data(), batch.used));
    name_end_[level] = static_cast<std::uint32_t>(names_.size());
    batch.rows = 0;
    batch.used = 0;
}

template <region_scheme S>
location gazetteer_builder<S>::where_of(std::size_t level, std::size_t i,
                                        std::uint32_t column) const
{
    std::size_t const arrival = order_[level].empty() ? i : order_[level][i];
    auto const& runs = runs_[level];
    auto const run = std::upper_bound(runs.begin(), runs.end(), arrival,
                                      [](std::size_t a, source_run const& r) { return a < r.first; });
    source const& s = sources_[std::prev(run)->source];
    if (s.file.empty() && !s.where.empty()) return s.where;
    std::uint32_t const line = nodes_[level][i].parent;
    location l;
    l.file = s.file;
    l.line = line;
    l.column = line != 0 ? column : 0;
    return l;
}

template <region_scheme S>
void gazetteer_builder<S>::relay_names()
{
    // Every name was appended whole, so a name ends where the next one appended (of any
    // level) begins.
    std::vector<std::uint32_t> starts;
    for (auto const& nodes : nodes_)
        for (auto const& n : nodes) starts.push_back(n.name);
    std::sort(starts.begin(), starts.end());
    auto const end_of = [&](std::uint32_t begin) {
        auto const next = std::upper_bound(starts.begin(), starts.end(), begin);
        return next == starts.end() ? static_cast<std::uint32_t>(names_.size()) : *next;
    };
    detail::char_store laid;
    laid.reserve(names_.size());
    std::string_view const old = names_.view();
    for (std::size_t level = 0; level < S::levels; ++level) {
        for (auto& n : nodes_[level]) {
            std::uint32_t const begin = n.name;
            n.name = static_cast<std::uint32_t>(laid.size());
            laid.append(old.substr(begin, end_of(begin) - begin));
        }
        name_end_[level] = static_cast<std::uint32_t>(laid.size());
    }
    names_.swap(laid);
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
    begin_run(code.level(), src);
    push(code.level(), code.value(), name, 0);
}

template <region_scheme S>
result<basic_gazetteer<S>, report> gazetteer_builder<S>::finish() &&
{
    if (report_.has(error_class::io)) return std::move(report_);

    for (std::size_t level = 0; level < S::levels; ++level) {
        auto& codes = codes_[level];
        // The official files are sorted; sort only what is not (stably, so that of two
        // equal codes the first row comes first), and remember each row's arrival.
        if (unsorted_[level]) {
            auto& order = order_[level];
            order.resize(codes.size());
            for (std::size_t i = 0; i < order.size(); ++i) order[i] = static_cast<std::uint32_t>(i);
            std::stable_sort(order.begin(), order.end(),
                             [&](std::uint32_t a, std::uint32_t b) { return codes[a] < codes[b]; });
            auto const permute = [&](auto& v) {
                std::remove_reference_t<decltype(v)> sorted;
                sorted.reserve(v.size());
                for (std::uint32_t i : order) sorted.push_back(v[i]);
                v = std::move(sorted);
            };
            permute(codes);
            permute(nodes_[level]);
            permute(keys_[level]);
        }
        if (!unsorted_[level] && !repeated_[level]) continue;
        for (std::size_t i = 1; i < codes.size(); ++i) {
            if (codes[i] != codes[i - 1]) continue;
            report_.add(errc::duplicate_code, where_of(level, i),
                        detail::duplicate_detail(
                            detail::region_code_access::make_any<S>(codes[i], level).to_string(),
                            where_of(level, i - 1).line));
        }
    }
    // Every region below the top needs its parent. Both levels are sorted by code and a
    // parent's code is its children's prefix, so one merge pass a level checks and links
    // them. A row's line (in its parent slot) is overwritten only once its own checks are
    // done, so every error still finds its line.
    for (auto& n : nodes_[0]) n.parent = 0;
    std::array<std::vector<std::uint32_t>, S::levels> first_child;
    for (std::size_t level_ = 1; level_ < S::levels; ++level_)
        detail::with_level<S::levels>(level_, [&](auto l) {
            constexpr std::size_t level = decltype(l)::value;
            if constexpr (level > 0) {
                auto const& parents = codes_[level - 1];
                auto const& kids = codes_[level];
                auto& kid_nodes = nodes_[level];
                auto& firsts = first_child[level - 1];
                constexpr std::uint64_t div = detail::pow10_table[S::widths[level]];
                std::size_t const np = parents.size();
                firsts.resize(np + 1);
                std::vector<std::uint32_t> orphans;
                detail::link_children<div>(parents.data(), np, kids.data(), kids.size(),
                                           kid_nodes.data(), firsts.data(), orphans);
                for (std::uint32_t k : orphans)
                    report_.add(errc::orphan, where_of(level, k),
                                detail::orphan_detail(
                                    detail::region_code_access::make_any<S>(kids[k], level)
                                        .to_string(),
                                    S::level_name(level - 1),
                                    detail::region_code_access::make_any<S>(kids[k] / div,
                                                                            level - 1)
                                        .to_string()));
            }
        });
    if (!report_.ok()) return std::move(report_);
    bool const sorted_any = std::find(unsorted_.begin(), unsorted_.end(), true) != unsorted_.end();
    if (scattered_ || sorted_any) relay_names();

    basic_gazetteer<S> g;
    g.names_ = std::move(names_);
    g.edition_ = std::move(edition_);
    g.name_end_ = name_end_;
    for (std::size_t level = 0; level < S::levels; ++level) {
        g.nodes_[level] = std::move(nodes_[level]);
        g.keys_[level] = std::move(keys_[level]);
        g.first_child_[level] = std::move(first_child[level]);
    }
    for (std::size_t level_ = 0; level_ < S::levels; ++level_)
        detail::with_level<S::levels>(level_, [&](auto l) {
            constexpr std::size_t level = decltype(l)::value;
            constexpr std::size_t width = detail::pow10_table[S::widths[level]];
            auto const& nodes = g.nodes_[level];
            auto const& keys = g.keys_[level];
            std::size_t const parents = level == 0 ? 1 : g.nodes_[level - 1].size();
            if (parents * width > basic_gazetteer<S>::max_direct_slots) return;
            auto& d = g.direct_[level];
            d.assign(parents * width, basic_gazetteer<S>::npos);
            for (std::size_t i = 0; i < nodes.size(); ++i) {
                std::size_t const parent = level == 0 ? 0 : nodes[i].parent;
                d[parent * width + keys[i]] = static_cast<std::uint32_t>(i);
            }
        });
    return g;
}

} // namespace sentra

// sentra/region/detail/gazetteer_search.hpp — definitions of the gazetteer's search by name
// (sentra/region/gazetteer.hpp): a level's word ("Kota", "Kab.", "Kec."), short and long
// forms, exact and partial matches within a region, and the nearest names of a misspelt one.
#pragma once

#include <sentra/detail/list_messages.hpp>
#include <sentra/region/gazetteer.hpp>
#include <sentra/region/name.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace sentra {

// ---------------------------------------------------------------- search

namespace detail {

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
result<region_view<S>> basic_gazetteer<S>::lookup_name(std::string_view name, std::size_t level,
                                                       std::optional<view> within) const
{
    if (level >= S::levels)
        return make_error(errc::invalid_argument, "region.no_such_level",
                          {{"level", level}, {"last", S::levels - 1}});
    auto const found = find_by_name(name, level, within);
    if (found.size() == 1) return found.front();
    auto const label = [](view const& v) {
        std::string out(v.name());
        if (auto p = v.parent(); p && v.level_index() >= 2) out += detail::cat(", ", p->name());
        return detail::cat(out, " (", v.code().to_string(), ")");
    };
    message_arg const where = detail::within_arg(within ? label(*within) : std::string());
    bilingual const what = detail::level_label_of<S>(level);
    if (found.empty()) {
        std::vector<std::string> names;
        for (auto const& n : nearest_names(name, level, within, 3)) names.emplace_back(n.name());
        return make_error(errc::unknown_name, "region.no_name",
                          {{"level", what},
                           {"name", quote_input(name)},
                           where,
                           detail::suggestion_arg(names)});
    }
    std::size_t const shown = std::min<std::size_t>(found.size(), 5);
    std::string candidates;
    for (std::size_t i = 0; i < shown; ++i) candidates += detail::cat(i ? "; " : "", label(found[i]));
    return make_error(errc::ambiguous_name, "region.ambiguous_name",
                      {{"count", found.size()},
                       {"level", what},
                       {"name", quote_input(name)},
                       where,
                       {"candidates", std::move(candidates)},
                       detail::more_arg(found.size() - shown)});
}

template <region_scheme S>
std::vector<region_view<S>> basic_gazetteer<S>::nearest_names(std::string_view name,
                                                              std::size_t level,
                                                              std::optional<view> within,
                                                              std::size_t max) const
{
    std::vector<view> out;
    std::string const query = normalize_name(name);
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
            candidate = normalize_name(form);
            best = std::min(best, edit_distance(query, candidate, limit));
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

} // namespace sentra

// sentra/business/edition_diff.hpp — what changed between two editions of a classification
// (KBLI 2020 and KBLI 2025), for migrating records: the codes only in one, the codes in both
// whose title changed, and those whose title did not. A code in both editions with another
// title may mean something else (56101 was "Restoran" and is "Aktivitas penyediaan makanan
// di bangunan tetap"): those whose titles share few words are flagged apart, as the likely
// other meanings. This is a comparison of titles, not a correspondence table: no code is
// mapped to another (sentra/business/crosswalk.hpp holds an official table when there is one).
#pragma once

#include <sentra/business/catalog.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sentra {

// A code of both editions (the same digits) with its title in each.
template <classification_scheme From, classification_scheme To>
struct code_in_both_editions {
    any_industry_code<From> before;
    any_industry_code<To> after;
    std::string title_before;
    std::string title_after;
    // The share of words the two titles have in common (0 to 1): 1 for the same words.
    double words_shared = 1.0;
    // The titles share less than half their words: read both before carrying a record over.
    bool likely_other_meaning = false;
};

template <classification_scheme From, classification_scheme To>
struct edition_diff {
    using changed_type = code_in_both_editions<From, To>;
    std::vector<any_industry_code<From>> only_before; // gone (56103, 62011)
    std::vector<any_industry_code<To>> only_after;    // new
    std::vector<changed_type> changed_title;          // in both, another title
    std::vector<changed_type> same_title;             // in both, the same title

    // A code of either edition (the same digits) whose title changed, or nullptr.
    template <class Code>
    changed_type const* changed(Code const& code) const noexcept
    {
        auto const it = std::lower_bound(
            changed_title.begin(), changed_title.end(), code,
            [](changed_type const& c, Code const& k) { return key(c.before) < key(k); });
        if (it == changed_title.end() || key(it->before) != key(code)) return nullptr;
        return &*it;
    }
    // The codes in both editions whose meaning likely differs.
    std::size_t likely_other_meanings() const noexcept
    {
        return static_cast<std::size_t>(
            std::count_if(changed_title.begin(), changed_title.end(),
                          [](changed_type const& c) { return c.likely_other_meaning; }));
    }

    // (level, digits): the same for a code of either edition written the same way.
    template <class Code>
    static std::uint64_t key(Code const& c) noexcept
    {
        return (std::uint64_t{c.level()} << 32) | c.value();
    }
};

namespace detail {

// A title's words for comparing: ASCII letters and digits, lower case.
inline std::vector<std::string> title_words(std::string_view title)
{
    std::vector<std::string> out;
    std::string w;
    for (char c : title) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
            w += c;
        } else if (!w.empty()) {
            out.push_back(std::move(w));
            w.clear();
        }
    }
    if (!w.empty()) out.push_back(std::move(w));
    return out;
}

// Every entry of a catalog, by level, then by code.
template <classification_scheme C>
std::vector<catalog_entry<C>> entries_by_level(basic_catalog<C> const& c)
{
    std::vector<catalog_entry<C>> v;
    for (std::size_t l = 0; l < C::levels; ++l)
        for (auto const& e : c.entries(l)) v.push_back(e);
    std::stable_sort(v.begin(), v.end(), [](auto const& x, auto const& y) {
        return x.level() < y.level() || (x.level() == y.level() && x.code().value() < y.code().value());
    });
    return v;
}

// Jaccard similarity of the two titles' sets of words.
inline double words_shared(std::string_view a, std::string_view b)
{
    auto x = title_words(a), y = title_words(b);
    std::sort(x.begin(), x.end());
    x.erase(std::unique(x.begin(), x.end()), x.end());
    std::sort(y.begin(), y.end());
    y.erase(std::unique(y.begin(), y.end()), y.end());
    if (x.empty() && y.empty()) return 1.0;
    std::vector<std::string> common;
    std::set_intersection(x.begin(), x.end(), y.begin(), y.end(), std::back_inserter(common));
    return static_cast<double>(common.size()) /
           static_cast<double>(x.size() + y.size() - common.size());
}

} // namespace detail

// The differences between two editions' catalogs, each list by level (sections, divisions,
// ...), then by code. Titles are
// compared word for word, ignoring case and punctuation ("Pertanian Jagung" and "PERTANIAN
// JAGUNG" are the same title).
template <classification_scheme From, classification_scheme To>
    requires(From::levels == To::levels)
edition_diff<From, To> diff(basic_catalog<From> const& before, basic_catalog<To> const& after)
{
    edition_diff<From, To> out;
    using D = edition_diff<From, To>;
    auto const a = detail::entries_by_level(before);
    auto const b = detail::entries_by_level(after);
    std::size_t i = 0, j = 0;
    while (i < a.size() || j < b.size()) {
        if (j == b.size() || (i < a.size() && D::key(a[i].code()) < D::key(b[j].code()))) {
            out.only_before.push_back(a[i++].code());
        } else if (i == a.size() || D::key(b[j].code()) < D::key(a[i].code())) {
            out.only_after.push_back(b[j++].code());
        } else {
            typename D::changed_type c;
            c.before = a[i].code();
            c.after = b[j].code();
            c.title_before = std::string(a[i].title(From::title_language));
            c.title_after = std::string(b[j].title(To::title_language));
            c.words_shared = detail::words_shared(c.title_before, c.title_after);
            bool const same = detail::title_words(c.title_before) == detail::title_words(c.title_after);
            c.likely_other_meaning = !same && c.words_shared < 0.5;
            (same ? out.same_title : out.changed_title).push_back(std::move(c));
            ++i;
            ++j;
        }
    }
    return out;
}

} // namespace sentra

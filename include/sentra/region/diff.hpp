// sentra/region/diff.hpp — what changed between two editions of a region list.
//
// Kemendagri renews the codes by decree: regions are added and removed, renamed, and moved
// to a new parent (a village into a new district), which gives them a new code. An app
// whose records hold the old codes migrates them with this list: for every old code, kept,
// renamed, recoded (moved or renumbered, with its new code) or removed.
#pragma once

#include <sentra/detail/config.hpp>
#include <sentra/lang.hpp>
#include <sentra/region/gazetteer.hpp>
#include <sentra/region/name.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace sentra {

enum class region_change : unsigned char {
    added,   // a new code, for a new region
    removed, // an old code with no successor
    renamed, // the same code, another name
    recoded, // the same region under a new code: moved to another parent, or renumbered
};
BOOST_DESCRIBE_ENUM(region_change, added, removed, renamed, recoded)

constexpr std::string_view to_label(region_change c, lang language = lang::en) noexcept
{
    constexpr bilingual labels[] = {{"added", "ditambahkan"},
                                    {"removed", "dihapus"},
                                    {"renamed", "berganti nama"},
                                    {"recoded", "berganti kode"}};
    return detail::label_at(labels, c, language);
}

// One change. `before` is empty for an added region, `after` for a removed one.
template <region_scheme S>
struct basic_region_change_entry {
    region_change change{};
    std::size_t level = 0;
    any_region_code<S> before;
    any_region_code<S> after;
    std::string before_name;
    std::string after_name;

    // For a recoded region: whether its parent changed (moved) rather than only its number.
    bool moved() const noexcept
    {
        return change == region_change::recoded && before.parent() != after.parent();
    }
    friend bool operator==(basic_region_change_entry const&,
                           basic_region_change_entry const&) = default;
};

struct region_diff_options {
    // Also report names that differ only in case or spacing ("KOTA DEPOK" -> "Kota Depok");
    // by default these are not renames.
    bool case_and_spacing = false;
};

template <region_scheme S>
struct basic_region_diff {
    std::vector<basic_region_change_entry<S>> changes; // by level, then by code

    // How many changes of one kind at one level.
    std::size_t count(region_change c, std::size_t level) const noexcept
    {
        std::size_t n = 0;
        for (auto const& e : changes) n += e.change == c && e.level == level;
        return n;
    }
    bool empty() const noexcept { return changes.empty(); }
};

namespace detail {

// Equal but for case and runs of spaces: "Muko  Muko" == "MUKO MUKO".
SENTRA_DECL bool same_name_but_case_and_spacing(std::string_view a, std::string_view b) noexcept;

} // namespace detail

// Every change from `before` to `after`, level by level. A removed code and an added code
// of the same level are one recoded region when their names match as search() matches
// them (case, spaces and punctuation aside) and they share the ancestor two levels up (a
// village's regency, a district's province), and no other removed or added region there
// has that name; otherwise they stay an addition and a removal.
template <region_scheme S>
basic_region_diff<S> diff(basic_gazetteer<S> const& before, basic_gazetteer<S> const& after,
                          region_diff_options options = {})
{
    using entry = basic_region_change_entry<S>;
    basic_region_diff<S> out;
    for (std::size_t level = 0; level < S::levels; ++level) {
        auto const old_regions = before.regions(level);
        auto const new_regions = after.regions(level);
        std::vector<entry> added, removed, level_changes;
        // Both lists are in code order: one merge pass.
        std::size_t i = 0, j = 0;
        while (i < old_regions.size() || j < new_regions.size()) {
            bool const take_old = j == new_regions.size() ||
                                  (i < old_regions.size() &&
                                   old_regions[i].code().value() < new_regions[j].code().value());
            bool const take_new = i == old_regions.size() ||
                                  (j < new_regions.size() &&
                                   new_regions[j].code().value() < old_regions[i].code().value());
            if (take_old) {
                auto const& r = old_regions[i++];
                removed.push_back(
                    {region_change::removed, level, r.code(), {}, std::string(r.name()), {}});
            } else if (take_new) {
                auto const& r = new_regions[j++];
                added.push_back(
                    {region_change::added, level, {}, r.code(), {}, std::string(r.name())});
            } else {
                auto const& a = old_regions[i++];
                auto const& b = new_regions[j++];
                bool const same = options.case_and_spacing
                                      ? a.name() == b.name()
                                      : detail::same_name_but_case_and_spacing(a.name(), b.name());
                if (!same)
                    level_changes.push_back({region_change::renamed, level, a.code(), b.code(),
                                             std::string(a.name()), std::string(b.name())});
            }
        }
        // Pair removals with additions of the same name under the same ancestor.
        std::vector<bool> paired(added.size(), false);
        if (level > 0 && !added.empty() && !removed.empty()) {
            std::size_t const up = level >= 2 ? level - 2 : 0;
            using key = std::pair<std::uint64_t, std::string>;
            std::map<key, std::pair<std::vector<std::size_t>, std::vector<std::size_t>>> groups;
            for (std::size_t k = 0; k < removed.size(); ++k)
                groups[{removed[k].before.ancestor(up).value(),
                        normalize_name(removed[k].before_name)}]
                    .first.push_back(k);
            for (std::size_t k = 0; k < added.size(); ++k)
                groups[{added[k].after.ancestor(up).value(),
                        normalize_name(added[k].after_name)}]
                    .second.push_back(k);
            for (auto const& [k, g] : groups) {
                if (g.first.size() != 1 || g.second.size() != 1 || k.second.empty()) continue;
                entry& r = removed[g.first[0]];
                entry const& a = added[g.second[0]];
                r.change = region_change::recoded;
                r.after = a.after;
                r.after_name = a.after_name;
                paired[g.second[0]] = true;
            }
        }
        for (auto& r : removed) level_changes.push_back(std::move(r));
        for (std::size_t k = 0; k < added.size(); ++k)
            if (!paired[k]) level_changes.push_back(std::move(added[k]));
        std::sort(level_changes.begin(), level_changes.end(), [](entry const& x, entry const& y) {
            auto const cx = x.before.empty() ? x.after.value() : x.before.value();
            auto const cy = y.before.empty() ? y.after.value() : y.before.value();
            return cx < cy;
        });
        for (auto& e : level_changes) out.changes.push_back(std::move(e));
    }
    return out;
}

using region_change_entry = basic_region_change_entry<kemendagri>;
using region_diff = basic_region_diff<kemendagri>;

} // namespace sentra

#if defined(SENTRA_HEADER_ONLY)
#include <sentra/region/impl/diff.ipp>
#endif

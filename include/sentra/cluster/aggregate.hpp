// sentra/cluster/aggregate.hpp — counts of enterprises by region, industry and size class
// that add up exactly over any split of a registry: each part aggregated on its own (in
// another process, on another machine), the parts merged, the same numbers as one pass over
// the whole. What a national cluster map (sentra/cluster/mapping.hpp) is computed from.
//
// Merging is associative and commutative. Records that could not be counted are never
// dropped from the totals: they are counted as refused, by reason, with the first few kept
// with their place (the earliest by file, line and column, so the kept ones do not depend on
// how the registry was split).
#pragma once

#include <sentra/business/industry_code.hpp>
#include <sentra/business/money.hpp>
#include <sentra/business/size.hpp>
#include <sentra/enterprise.hpp>
#include <sentra/error.hpp>
#include <sentra/business/fwd.hpp>
#include <sentra/fwd.hpp>
#include <sentra/region/fwd.hpp>
#include <sentra/region/code.hpp>

#include <boost/unordered/unordered_flat_map.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

namespace sentra {

// What an aggregate counts by: regions of one level, optionally industries of one level of
// the classification, optionally size classes under one criteria; and the region edition
// the codes belong to (parts of different editions do not merge).
template <class P>
class basic_aggregate_by {
public:
    using scheme_type = typename P::scheme_type;
    using classification_type = typename P::classification_type;

    // Villages of the profile's scheme, nothing else.
    basic_aggregate_by() = default;

    static result<basic_aggregate_by> make(std::size_t region_level,
                                           std::optional<std::size_t> industry_level = {},
                                           std::optional<size_criteria_id> size = {},
                                           std::string region_edition = {})
    {
        if (region_level >= scheme_type::levels)
            return make_error(errc::wrong_level, "aggregate.no_region_level",
                              {{"level", region_level}});
        if (industry_level && *industry_level >= classification_type::levels)
            return make_error(errc::wrong_level, "aggregate.no_industry_level",
                              {{"level", *industry_level}});
        basic_aggregate_by b;
        b.region_level_ = region_level;
        b.industry_level_ = industry_level;
        b.size_ = size;
        b.region_edition_ = std::move(region_edition);
        return b;
    }

    // From the names a user writes: "district" or "district,division" (the scheme's and the
    // classification's level names), and a size criteria's name ("pp7-2021") or nothing.
    static result<basic_aggregate_by> parse(std::string_view by,
                                            std::optional<std::string_view> size = {},
                                            std::string region_edition = {})
    {
        auto const comma = by.find(',');
        std::string_view const region_name = by.substr(0, comma);
        auto const r = level_of<scheme_type>(region_name, {"region", "wilayah"});
        if (!r) return r.error();
        std::optional<std::size_t> industry;
        if (comma != std::string_view::npos) {
            auto const i = level_of<classification_type>(by.substr(comma + 1),
                                                          {"industry", "bidang usaha"});
            if (!i) return i.error();
            industry = *i;
        }
        std::optional<size_criteria_id> criteria;
        if (size) {
            auto const c = parse_size_criteria(*size);
            if (!c) return c.error();
            criteria = *c;
        }
        return make(*r, industry, criteria, std::move(region_edition));
    }

    std::size_t region_level() const noexcept { return region_level_; }
    std::optional<std::size_t> industry_level() const noexcept { return industry_level_; }
    std::optional<size_criteria_id> size() const noexcept { return size_; }
    std::string const& region_edition() const noexcept { return region_edition_; }

    // "district,division"
    std::string to_string() const
    {
        std::string out(scheme_type::level_name(region_level_));
        if (industry_level_) {
            out += ',';
            out += classification_type::level_name(*industry_level_);
        }
        return out;
    }

    friend bool operator==(basic_aggregate_by const&, basic_aggregate_by const&) = default;

private:
    template <class Scheme>
    static result<std::size_t> level_of(std::string_view name, bilingual what)
    {
        std::string known;
        for (std::size_t l = 0; l < Scheme::levels; ++l) {
            if (Scheme::level_name(l) == name) return l;
            known += l ? ", " : "";
            known += Scheme::level_name(l);
        }
        return make_error(errc::invalid_argument, "aggregate.unknown_level",
                          {{"input", quote_input(name)}, {"what", what}, {"known", known}});
    }

    std::size_t region_level_ = scheme_type::levels - 1;
    std::optional<std::size_t> industry_level_;
    std::optional<size_criteria_id> size_;
    std::string region_edition_;
};

// Where an enterprise is counted: its region at the aggregate's level, its main activity (the
// first KBLI code) at the aggregate's industry level, its size class. `industry` is empty
// when the aggregate does not count by industry; `size` is nullopt when it does not count by
// size, or (with `unclassified`) when the criteria could not classify the enterprise.
template <class P>
struct basic_aggregate_key {
    any_region_code<typename P::scheme_type> region;
    any_industry_code<typename P::classification_type> industry;
    std::optional<size_class> size;
    bool unclassified = false;

    friend bool operator==(basic_aggregate_key const&, basic_aggregate_key const&) = default;
    // By region (parent first), industry (sections first), size class, unclassified last.
    friend std::strong_ordering operator<=>(basic_aggregate_key const& a,
                                            basic_aggregate_key const& b)
    {
        if (auto c = a.region <=> b.region; c != 0) return c;
        if (a.industry.empty() != b.industry.empty())
            return a.industry.empty() ? std::strong_ordering::less : std::strong_ordering::greater;
        if (auto c = a.industry <=> b.industry; c != 0) return c;
        if (auto c = a.unclassified <=> b.unclassified; c != 0) return c;
        return a.size <=> b.size;
    }
};

// What is counted under a key. Workers and sales are sums over the enterprises that gave
// them; `*_reported` says how many did, so that a sum is never read as complete when it
// is not.
struct aggregate_counts {
    std::uint64_t enterprises = 0;
    std::uint64_t workers = 0;
    std::uint64_t workers_reported = 0;
    rupiah sales{};
    std::uint64_t sales_reported = 0;

    friend bool operator==(aggregate_counts const&, aggregate_counts const&) = default;
};

// The records that could not be counted: how many, how many for each reason (the code of
// each record's first problem), and the earliest few with their place.
struct aggregate_refusals {
    static constexpr std::size_t kept = 5;
    std::uint64_t records = 0;
    std::map<errc, std::uint64_t> by_reason;
    std::vector<error> first; // at most `kept`, ordered by place

    friend bool operator==(aggregate_refusals const&, aggregate_refusals const&) = default;
};

namespace detail {

// A total order on errors, place first, for keeping "the earliest few" whatever the split.
inline bool earlier(error const& a, error const& b)
{
    auto key = [](error const& e) {
        return std::make_tuple(e.where.file, e.where.line, e.where.column, e.where.pointer,
                               e.where.field,
                               e.code, e.id.index(), e.detail(lang::en), e.level);
    };
    return key(a) < key(b);
}

inline bool add_checked(std::uint64_t& to, std::uint64_t n) noexcept
{
    return !__builtin_add_overflow(to, n, &to);
}

template <class P>
struct aggregate_key_hash {
    std::size_t operator()(basic_aggregate_key<P> const& k) const noexcept
    {
        std::uint64_t h = k.region.value() * 0x9E3779B97F4A7C15ull;
        h ^= (static_cast<std::uint64_t>(k.industry.value()) << 8 | k.industry.level() << 4 |
              (k.size ? static_cast<unsigned>(*k.size) + 1u : 0u) | (k.unclassified ? 8u : 0u)) *
             0xC2B2AE3D27D4EB4Full;
        h ^= k.region.level();
        return static_cast<std::size_t>(h ^ (h >> 29));
    }
};

} // namespace detail

// Counts of enterprises (and their workers and sales) by key; see the top of this file.
template <class P>
class basic_aggregate {
public:
    using profile_type = P;
    using key_type = basic_aggregate_key<P>;
    using by_type = basic_aggregate_by<P>;
    using enterprise_type = basic_enterprise<P>;

    explicit basic_aggregate(by_type by = {}) : by_(std::move(by)) {}

    by_type const& by() const noexcept { return by_; }

    // Counts a checked enterprise under its key. One that cannot be placed (no village; no
    // KBLI code when counting by industry; a sales total that would overflow) is refused,
    // with why, at `where` (the record's place in its input); the return value says which
    // happened.
    bool add(enterprise_type const& e, location const& where = {})
    {
        auto key = key_of(e);
        if (!key) {
            error why = std::move(key).error();
            placed(why, where);
            refuse(std::move(why));
            return false;
        }
        aggregate_counts& c = cells_[*key];
        aggregate_counts next = c;
        bool ok = detail::add_checked(next.enterprises, 1);
        if (e.workers) {
            ok = ok && detail::add_checked(next.workers, e.workers->value) &&
                 detail::add_checked(next.workers_reported, 1);
        }
        if (e.annual_sales) {
            auto const sum = e.annual_sales->value.value() >= 0
                                 ? checked_add(next.sales, e.annual_sales->value)
                                 : std::nullopt;
            ok = ok && sum && detail::add_checked(next.sales_reported, 1);
            if (sum) next.sales = *sum;
        }
        if (!ok) {
            if (c.enterprises == 0) cells_.erase(*key);
            error why = refusal(errc::out_of_range, "/annual_sales", "aggregate.bad_sales");
            placed(why, where);
            refuse(std::move(why));
            return false;
        }
        c = next;
        ++added_;
        return true;
    }

    // Counts a record refused before it got here (not JSON, or failed validation): the
    // reason is its first error. A report with no error is not a refusal.
    void refuse(report const& problems)
    {
        for (auto const& e : problems.problems())
            if (e.level == severity::error) {
                refuse(e);
                return;
            }
    }

    void refuse(error why)
    {
        ++refused_.records;
        ++refused_.by_reason[why.code];
        auto& first = refused_.first;
        if (first.size() < aggregate_refusals::kept || detail::earlier(why, first.back())) {
            first.insert(std::upper_bound(first.begin(), first.end(), why, detail::earlier),
                         std::move(why));
            if (first.size() > aggregate_refusals::kept) first.pop_back();
        }
    }

    // Adds another aggregate's counts: both must count by the same keys. Exact (integers, with
    // overflow an error that leaves this aggregate as it was).
    result<void> merge(basic_aggregate const& other)
    {
        if (!(other.by_ == by_))
            return make_error(errc::invalid_argument, "aggregate.different_keys",
                              {{"keys", describe(by_)}, {"other", describe(other.by_)}});
        auto sum = [](aggregate_counts a, aggregate_counts const& b) -> std::optional<aggregate_counts> {
            auto const s = checked_add(a.sales, b.sales);
            if (!s || !detail::add_checked(a.enterprises, b.enterprises) ||
                !detail::add_checked(a.workers, b.workers) ||
                !detail::add_checked(a.workers_reported, b.workers_reported) ||
                !detail::add_checked(a.sales_reported, b.sales_reported))
                return std::nullopt;
            a.sales = *s;
            return a;
        };
        std::uint64_t added = added_, refused = refused_.records;
        bool ok = detail::add_checked(added, other.added_) &&
                  detail::add_checked(refused, other.refused_.records);
        for (auto const& [k, n] : other.refused_.by_reason) {
            auto const it = refused_.by_reason.find(k);
            std::uint64_t v = it == refused_.by_reason.end() ? 0 : it->second;
            ok = ok && detail::add_checked(v, n);
        }
        for (auto const& [k, c] : other.cells_) {
            auto const it = cells_.find(k);
            if (it != cells_.end()) ok = ok && sum(it->second, c).has_value();
        }
        if (!ok) return make_error(errc::out_of_range, "aggregate.merge_overflow");
        for (auto const& [k, c] : other.cells_) {
            auto [it, fresh] = cells_.try_emplace(k, c);
            if (!fresh) it->second = *sum(it->second, c);
        }
        added_ = added;
        refused_.records = refused;
        for (auto const& [k, n] : other.refused_.by_reason) refused_.by_reason[k] += n;
        auto& first = refused_.first;
        first.insert(first.end(), other.refused_.first.begin(), other.refused_.first.end());
        std::sort(first.begin(), first.end(), detail::earlier);
        if (first.size() > aggregate_refusals::kept) first.resize(aggregate_refusals::kept);
        return {};
    }

    // Records counted, refused, and both.
    std::uint64_t added() const noexcept { return added_; }
    aggregate_refusals const& refused() const noexcept { return refused_; }
    std::uint64_t records() const noexcept { return added_ + refused_.records; }

    // The counts under `key` (zero when nothing was counted there).
    aggregate_counts at(key_type const& key) const
    {
        auto const it = cells_.find(key);
        return it == cells_.end() ? aggregate_counts{} : it->second;
    }
    std::size_t size() const noexcept { return cells_.size(); }

    // Every key with its counts, in key order (region, industry, size).
    std::vector<std::pair<key_type, aggregate_counts>> cells() const
    {
        std::vector<std::pair<key_type, aggregate_counts>> out;
        out.reserve(cells_.size());
        for_each([&](key_type const& k, aggregate_counts const& c) { out.emplace_back(k, c); });
        return out;
    }

    // Calls f(key, counts) for every key in key order, without a copy of the counts (what
    // writers use: a national aggregate holds hundreds of thousands of keys).
    template <class F>
    void for_each(F&& f) const
    {
        std::vector<value_type const*> order;
        order.reserve(cells_.size());
        for (auto const& cell : cells_) order.push_back(&cell);
        // Every key of one aggregate has the same region and industry levels, where the
        // codes' values are in key order: a cheap compare (the general one formats codes).
        auto rank = [](key_type const& k) {
            return std::tuple(k.region.value(), k.industry.value(), k.unclassified, k.size);
        };
        std::sort(order.begin(), order.end(), [&](value_type const* a, value_type const* b) {
            return rank(a->first) < rank(b->first);
        });
        for (auto const* cell : order) f(cell->first, cell->second);
    }

    // Restores a key's counts as read back from a part (the io reader): a key only once.
    result<void> restore(key_type const& key, aggregate_counts const& counts)
    {
        if (!cells_.try_emplace(key, counts).second)
            return make_error(errc::duplicate_code, "aggregate.duplicate_key");
        return {};
    }
    // Restores the refusals and the count of records added as read back (the io reader).
    void restore(std::uint64_t added, aggregate_refusals refused)
    {
        added_ = added;
        refused_ = std::move(refused);
        std::sort(refused_.first.begin(), refused_.first.end(), detail::earlier);
        if (refused_.first.size() > aggregate_refusals::kept)
            refused_.first.resize(aggregate_refusals::kept);
    }

    // The key an enterprise is counted under, or why it has none.
    result<key_type> key_of(enterprise_type const& e) const
    {
        key_type k;
        if (!e.village) return refusal(errc::missing_key, "/village", "aggregate.no_village");
        k.region = any_region_code<typename P::scheme_type>(*e.village).ancestor(by_.region_level());
        if (auto const level = by_.industry_level()) {
            if (e.kbli.empty())
                return refusal(errc::missing_key, "/kbli", "aggregate.no_kbli");
            any_industry_code<typename P::classification_type> i(e.kbli.front());
            while (i.level() > *level) i = *i.parent();
            k.industry = i;
        }
        if (auto const criteria = by_.size()) {
            auto const d = classify(*criteria, size_inputs_of(e), size_purpose::empowerment);
            if (d)
                k.size = d->size;
            else
                k.unclassified = true;
        }
        return k;
    }

    friend bool operator==(basic_aggregate const& a, basic_aggregate const& b)
    {
        return a.by_ == b.by_ && a.added_ == b.added_ && a.refused_ == b.refused_ &&
               a.cells_ == b.cells_;
    }

private:
    static std::string describe(by_type const& b)
    {
        std::string s = b.to_string();
        if (b.size()) s += detail::cat(" by size ", to_string(*b.size()));
        if (!b.region_edition().empty()) s += detail::cat(", edition ", b.region_edition());
        return s;
    }
    static void placed(error& e, location const& where)
    {
        std::string pointer = std::move(e.where.pointer);
        e.where = where;
        e.where.pointer = where.pointer + pointer;
    }
    static error refusal(errc code, std::string_view pointer, message_id why)
    {
        error e;
        e.code = code;
        e.where.pointer = std::string(pointer);
        e.id = why;
        return e;
    }

    using map_type =
        boost::unordered_flat_map<key_type, aggregate_counts, detail::aggregate_key_hash<P>>;
    using value_type = typename map_type::value_type;

    by_type by_;
    map_type cells_;
    std::uint64_t added_ = 0;
    aggregate_refusals refused_;
};

using aggregate_by = basic_aggregate_by<indonesia>;
using aggregate_key = basic_aggregate_key<indonesia>;
using aggregate = basic_aggregate<indonesia>;

} // namespace sentra

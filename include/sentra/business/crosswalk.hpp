// sentra/business/crosswalk.hpp — a correspondence table between two classifications (a
// "tabel korespondensi": KBLI 2020 to KBLI 2025 when BPS publishes one): which codes of one
// each code of the other corresponds to, wholly or in part. sentra ships no such table and
// makes none up from titles (sentra/business/edition_diff.hpp only compares them); an
// official table is read with sentra/io/crosswalk_csv.hpp, or built link by link.
#pragma once

#include <sentra/business/industry_code.hpp>
#include <sentra/detail/list_messages.hpp>
#include <sentra/error.hpp>

#include <algorithm>
#include <cstddef>
#include <string>
#include <utility>
#include <vector>

namespace sentra {

// One row of a table: `from` corresponds to `to`; `partial` when only part of `from` does
// (the rest corresponds to other codes).
template <classification_scheme From, classification_scheme To>
struct crosswalk_link {
    any_industry_code<From> from;
    any_industry_code<To> to;
    bool partial = false;
    friend bool operator==(crosswalk_link const&, crosswalk_link const&) = default;
};

template <classification_scheme From, classification_scheme To>
class crosswalk {
public:
    using link = crosswalk_link<From, To>;

    crosswalk() = default;
    // `source` says which table it is ("BPS, Korespondensi KBLI 2020-KBLI 2025").
    explicit crosswalk(std::string source) : source_(std::move(source)) {}

    // Adds a link; the same pair twice is a duplicate_code error, and an empty code an
    // empty_value error (nothing is added).
    result<void> add(link const& l)
    {
        if (l.from.empty() || l.to.empty())
            return make_error(errc::empty_value, "industry.empty_code");
        auto const at = std::lower_bound(links_.begin(), links_.end(), l, before);
        if (at != links_.end() && at->from == l.from && at->to == l.to)
            return detail::duplicate_error({}, l.from.to_string() + " -> " + l.to.to_string(), 0);
        links_.insert(at, l);
        return {};
    }

    // The codes `from` corresponds to, in code order (none: the table does not list it).
    std::vector<link> targets(any_industry_code<From> const& from) const
    {
        std::vector<link> out;
        for (auto const& l : links_)
            if (l.from == from) out.push_back(l);
        return out;
    }
    // The codes that correspond to `to`, in code order.
    std::vector<link> sources(any_industry_code<To> const& to) const
    {
        std::vector<link> out;
        for (auto const& l : links_)
            if (l.to == to) out.push_back(l);
        return out;
    }

    std::vector<link> const& links() const noexcept { return links_; }
    std::size_t size() const noexcept { return links_.size(); }
    bool empty() const noexcept { return links_.empty(); }
    std::string const& source() const noexcept { return source_; }

private:
    static bool before(link const& a, link const& b)
    {
        if (a.from != b.from) return a.from < b.from;
        return a.to < b.to;
    }
    std::string source_;
    std::vector<link> links_; // by from, then to
};

} // namespace sentra

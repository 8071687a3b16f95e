// sentra/region/detail/gazetteer_builder_impl.hpp — definitions of gazetteer_builder
// (sentra/region/gazetteer.hpp): names checked, rows added in batches, each level linked to
// the one above in one merge pass, and the finished gazetteer with every problem reported.
#pragma once

#include <sentra/detail/defect_messages.hpp>
#include <sentra/region/gazetteer.hpp>
#include <sentra/region/name.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

namespace sentra {

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
        report_.add(errc::empty_value, where, "name.empty");
        return false;
    }
    if (name.size() > 1024) {
        report_.add(errc::value_too_long, where, "name.too_long",
                    {{"bytes", name.size()}, {"max", 1024}});
        return false;
    }
    std::size_t const bad = detail::find_invalid_utf8(name);
    if (bad != detail::utf8_ok) {
        report_.add(errc::invalid_utf8, where_of_name(bad), "name.utf8_byte", {{"byte", bad + 1}});
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
        error e = detail::defect_error(errc::invalid_value, name, defect);
        e.where = where_of_name(std::size_t{0});
        report_.add(std::move(e));
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
        report_.add(errc::value_too_long, std::move(l), "file.over_4gib");
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
        report_.add(errc::empty_value, where, "region.empty_code");
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
            report_.add(detail::duplicate_error(
                where_of(level, i),
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
                    report_.add(detail::orphan_error(
                        where_of(level, k),
                        detail::region_code_access::make_any<S>(kids[k], level).to_string(),
                        detail::level_label_of<S>(level - 1),
                        detail::region_code_access::make_any<S>(kids[k] / div, level - 1)
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

// sentra/region/detail/region_view_impl.hpp — definitions of region_view
// (sentra/region/gazetteer.hpp): a region's code, name, parent, children and chain.
#pragma once

#include <sentra/region/gazetteer.hpp>

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

namespace sentra {

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

template <region_scheme S>
std::string region_view<S>::full_name(std::string_view separator) const
{
    std::string out(name());
    for (auto up = parent(); up; up = up->parent()) out.append(separator).append(up->name());
    return out;
}

} // namespace sentra

// sentra/io/impl/json_binder.ipp — the definitions of the reader's problem paths
// (sentra/io/detail/json_binder.hpp): pointers built from the stack, problems put in the
// DOM reader's order, wrong types and missing keys. The events stay inline in the header.
// Included by the header when sentra is header-only, compiled once in the library
// otherwise (sentra/src.hpp).
#pragma once

#include <sentra/io/detail/json_binder.hpp>

namespace sentra::io::json::detail {

SENTRA_DECL std::string binder::pointer_here(std::size_t frames) const
{
    std::string p;
    for (std::size_t i = 0; i < frames; ++i) {
        auto const& f = frames_[i];
        switch (f.now) {
        case bind_frame::child::member:
            append_token(p, f.self.ops->member_key(f.member));
            break;
        case bind_frame::child::index:
            p += '/';
            p += std::to_string(f.index);
            break;
        case bind_frame::child::key:
            append_token(p, f.key);
            break;
        case bind_frame::child::none:
            break;
        }
    }
    return p;
}

SENTRA_DECL void binder::fail_at(std::string pointer, errc code, message_id id,
                                 std::vector<message_arg> args)
{
    location l;
    l.pointer = std::move(pointer);
    sink().push_back(make_error(code, id, std::move(args), std::move(l)));
}

SENTRA_DECL void binder::fail_with(error e)
{
    e.where = location{};
    e.where.pointer = pointer_here(frames_.size());
    sink().push_back(std::move(e));
}

SENTRA_DECL std::vector<error>& binder::sink_of(std::size_t depth)
{
    if (depth == 0) return problems_;
    bind_frame& f = frames_[depth - 1];
    if (f.now == bind_frame::child::key && f.self.ops->member_key != no_member_key)
        return f.unknown; // an object's unknown key
    std::size_t const i = f.now == bind_frame::child::member ? f.member : 0;
    if (f.buckets.size() <= i) f.buckets.resize(f.self.ops->member_count + 1);
    return f.buckets[i];
}

SENTRA_DECL void binder::forget(bind_frame& f, std::uint32_t member)
{
    if (member < f.buckets.size()) f.buckets[member].clear();
}

SENTRA_DECL bool binder::reported_unknown(bind_frame& f, std::string_view k)
{
    for (auto const& u : f.unknown_keys)
        if (u == k) {
            suspect_ = true;
            return true;
        }
    f.unknown_keys.emplace_back(k);
    return false;
}

SENTRA_DECL void binder::wrong_type(bilingual expected, bilingual found)
{
    fail(errc::wrong_type, "json.wrong_type", {{"expected", expected}, {"found", found}});
}

SENTRA_DECL void binder::missing(std::uint32_t i, std::string_view key)
{
    std::string p = pointer_here(frames_.size() - 1);
    append_token(p, key);
    bind_frame& f = frames_.back();
    f.now = bind_frame::child::member;
    f.member = i;
    fail_at(std::move(p), errc::missing_key, "json.required", {{"key", key}});
    f.now = bind_frame::child::none;
}

} // namespace sentra::io::json::detail

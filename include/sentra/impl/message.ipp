// sentra/impl/message.ipp — the catalogue's tables and the rendering of messages
// (sentra/message.hpp): compiled once in sentra::compiled, or inline when header-only.
#pragma once

#include <sentra/message.hpp>

#include <sentra/detail/messages_en.hpp>
#include <sentra/detail/messages_id.hpp>

#include <algorithm>
#include <atomic>
#include <cstdio>

namespace sentra {

SENTRA_DECL std::span<message_text const> catalogue(lang language) noexcept
{
    // A third language: its table, its enumerator in `lang`, one case here.
    switch (language) {
    case lang::id:
        return detail::messages_id;
    default:
        return detail::messages_en;
    }
}

namespace detail {
// Appends the digits of a whole number, grouped in threes from 10,000 on ("12,500";
// "12.500"; "9999").
inline void append_grouped(std::string& out, std::string_view digits, lang language)
{
    if (digits.size() <= 4) {
        out.append(digits);
        return;
    }
    char const group = language == lang::id ? '.' : ',';
    std::size_t const first = digits.size() % 3 == 0 ? 3 : digits.size() % 3;
    out.append(digits.substr(0, first));
    for (std::size_t i = first; i < digits.size(); i += 3) {
        out += group;
        out.append(digits.substr(i, 3));
    }
}
} // namespace detail

SENTRA_DECL std::string format_integer(std::int64_t n, lang language)
{
    bool const negative = n < 0;
    // Through unsigned: the most negative number has no positive twin.
    std::uint64_t const u =
        negative ? 0 - static_cast<std::uint64_t>(n) : static_cast<std::uint64_t>(n);
    std::string out;
    if (negative) out += '-';
    detail::append_grouped(out, std::to_string(u), language);
    return out;
}

SENTRA_DECL std::string format_number(double v, int decimals, lang language)
{
    if (!(v == v)) return "NaN";
    if (decimals < 0) decimals = 0;
    if (decimals > 9) decimals = 9;
    char buf[64];
    int const n = std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
    if (n <= 0 || static_cast<std::size_t>(n) >= sizeof buf) return std::to_string(v); // huge
    std::string_view text(buf, static_cast<std::size_t>(n));
    bool const negative = !text.empty() && text.front() == '-';
    if (negative) text.remove_prefix(1);
    std::size_t const dot = text.find('.');
    std::string_view whole = text.substr(0, dot);
    std::string_view fraction = dot == std::string_view::npos ? std::string_view() : text.substr(dot + 1);
    while (!fraction.empty() && fraction.back() == '0') fraction.remove_suffix(1);
    std::string out;
    bool const zero = whole.find_first_not_of('0') == std::string_view::npos && fraction.empty();
    if (negative && !zero) out += '-';
    detail::append_grouped(out, whole, language);
    if (!fraction.empty()) {
        out += language == lang::id ? ',' : '.';
        out.append(fraction);
    }
    return out;
}

SENTRA_DECL std::string message_arg::render(lang language) const
{
    switch (kind_) {
    case kind::integer:
        return format_integer(integer_, language);
    case kind::label:
        return language == lang::id ? label_id_ : text_;
    case kind::nested:
        return nested_ ? nested_->render(language) : std::string();
    case kind::list: {
        std::string out;
        if (list_)
            for (std::size_t i = 0; i < list_->size(); ++i) {
                if (i != 0) out += text_;
                out += (*list_)[i].render(language);
            }
        return out;
    }
    default:
        return text_;
    }
}

SENTRA_DECL bool operator==(message_arg const& a, message_arg const& b)
{
    if (a.name_ != b.name_ || a.kind_ != b.kind_) return false;
    switch (a.kind_) {
    case message_arg::kind::integer:
        return a.integer_ == b.integer_;
    case message_arg::kind::label:
        return a.text_ == b.text_ && a.label_id_ == b.label_id_;
    case message_arg::kind::nested:
        return a.nested_ && b.nested_ ? *a.nested_ == *b.nested_ : a.nested_ == b.nested_;
    case message_arg::kind::list:
        return a.text_ == b.text_ && a.items().size() == b.items().size() &&
               std::equal(a.items().begin(), a.items().end(), b.items().begin());
    default:
        return a.text_ == b.text_;
    }
}

SENTRA_DECL bool operator==(message const& a, message const& b)
{
    return a.id == b.id && a.args == b.args;
}

SENTRA_DECL std::string message::render(lang language) const
{
    return sentra::render(id, args, language);
}

SENTRA_DECL std::string render(message_id id, std::span<message_arg const> args, lang language)
{
    if (id.empty()) return {};
    auto const table = catalogue(language);
    return render_text(id.index() < table.size() ? table[id.index()].text : std::string_view{},
                       args, language);
}

SENTRA_DECL std::string render_text(std::string_view text, std::span<message_arg const> args,
                                    lang language)
{
    std::string out;
    out.reserve(text.size() + 32);
    std::size_t i = 0;
    while (i < text.size()) {
        std::size_t const open = text.find('{', i);
        if (open == std::string_view::npos) break;
        std::size_t const close = text.find('}', open);
        if (close == std::string_view::npos) break;
        out.append(text, i, open - i);
        std::string_view const name = text.substr(open + 1, close - open - 1);
        message_arg const* found = nullptr;
        for (auto const& a : args)
            if (a.name() == name) {
                found = &a;
                break;
            }
        if (found != nullptr)
            out += found->render(language);
        else
            out.append(text, open, close - open + 1);
        i = close + 1;
    }
    out.append(text, i);
    return out;
}

namespace detail {
inline std::atomic<lang>& default_lang_slot() noexcept
{
    static std::atomic<lang> slot{lang::en};
    return slot;
}
} // namespace detail

SENTRA_DECL lang default_lang() noexcept
{
    return detail::default_lang_slot().load(std::memory_order_relaxed);
}

SENTRA_DECL void set_default_lang(lang language) noexcept
{
    detail::default_lang_slot().store(language, std::memory_order_relaxed);
}

} // namespace sentra

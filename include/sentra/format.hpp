// sentra/format.hpp — std::format and {fmt} support for sentra's value types, opt-in: this
// header adds no dependency. It defines std::formatter where the standard library has
// std::format (C++20's format header), and fmt::formatter where {fmt}'s fmt/format.h is on
// the include path (define SENTRA_NO_FMT to leave {fmt} out).
//
//   std::format("{}", code)           "32.76.07.1002"   (codes, ids, dates, money, ...)
//   std::format("{:>16}", code)       the standard string options apply
//   std::format("{}", case_status::on_hold)      "on_hold"   (the stable name)
//   std::format("{:en}", case_status::on_hold)   "on hold"   (the English label)
//   std::format("{:id}", case_status::on_hold)   "ditunda"   (the Indonesian label)
#pragma once

#include <sentra/lang.hpp>

#include <algorithm>
#include <concepts>
#include <string>
#include <string_view>
#include <type_traits>
#include <version>

#if defined(__cpp_lib_format) && __cpp_lib_format >= 201907L
#include <format>
#define SENTRA_HAS_STD_FORMAT 1
#else
#define SENTRA_HAS_STD_FORMAT 0
#endif

#if !defined(SENTRA_NO_FMT) && __has_include(<fmt/format.h>)
#include <fmt/format.h>
#define SENTRA_HAS_FMT 1
#else
#define SENTRA_HAS_FMT 0
#endif

namespace sentra {

// Found by argument-dependent lookup only for types of namespace sentra: that is how the
// formatters below recognise sentra's own types and leave everyone else's alone.
template <class T>
void sentra_adl_probe(T const&) noexcept;

} // namespace sentra

namespace sentra_detail_adl {

void sentra_adl_probe() = delete; // stops ordinary look-up here; ADL does the rest

template <class T>
concept own_type = requires(T const& x)
{
    sentra_adl_probe(x);
};

} // namespace sentra_detail_adl

namespace sentra {

// A value type with a canonical text form: codes, ids, dates, timestamps, money.
template <class T>
concept text_value = sentra_detail_adl::own_type<T> && !std::is_enum_v<T> && requires(T const& x)
{
    {
        x.to_string()
        } -> std::convertible_to<std::string>;
};

namespace detail {

// The part of a format spec that selects a label: "en" or "id", or nothing (the name).
enum class enum_form : unsigned char { name, label_en, label_id };

// Parses "", "en" or "id" up to '}' ; returns the position after it, or nullptr on an
// unknown spec (each caller throws its library's format_error).
template <class It>
constexpr It parse_enum_spec(It first, It last, enum_form& form) noexcept
{
    form = enum_form::name;
    if (first == last || *first == '}') return first;
    if (last - first >= 2) {
        if (first[0] == 'e' && first[1] == 'n')
            form = enum_form::label_en;
        else if (first[0] == 'i' && first[1] == 'd')
            form = enum_form::label_id;
        else
            return last;
        first += 2;
        if (first == last || *first == '}') return first;
    }
    return last;
}

template <labelled_enum E>
std::string_view enum_text(E e, enum_form form) noexcept
{
    switch (form) {
    case enum_form::label_en:
        return to_label(e, lang::en);
    case enum_form::label_id:
        return to_label(e, lang::id);
    default:
        return to_string(e);
    }
}

// The formatter of an enum for std::format and for {fmt}, which differ only in their
// error type.
template <class E, class FormatError>
struct enum_formatter {
    enum_form form = enum_form::name;

    template <class ParseContext>
    constexpr auto parse(ParseContext& ctx)
    {
        auto it = parse_enum_spec(ctx.begin(), ctx.end(), form);
        if (it != ctx.end() && *it != '}')
            throw FormatError("sentra: an enum takes {}, {:en} or {:id}");
        return it;
    }
    template <class Context>
    auto format(E e, Context& ctx) const
    {
        auto const text = enum_text(e, form);
        return std::copy(text.begin(), text.end(), ctx.out());
    }
};

} // namespace detail
} // namespace sentra

#if SENTRA_HAS_STD_FORMAT
template <sentra::text_value T>
struct std::formatter<T, char> : std::formatter<std::string_view, char> {
    template <class Context>
    auto format(T const& value, Context& ctx) const
    {
        return std::formatter<std::string_view, char>::format(value.to_string(), ctx);
    }
};

template <sentra::labelled_enum E>
    requires sentra_detail_adl::own_type<E>
struct std::formatter<E, char> : sentra::detail::enum_formatter<E, std::format_error> {
};
#endif

#if SENTRA_HAS_FMT
template <sentra::text_value T>
struct fmt::formatter<T, char> : fmt::formatter<fmt::string_view, char> {
    template <class Context>
    auto format(T const& value, Context& ctx) const
    {
        auto const text = value.to_string();
        return fmt::formatter<fmt::string_view, char>::format(
            fmt::string_view(text.data(), text.size()), ctx);
    }
};

template <sentra::labelled_enum E>
    requires sentra_detail_adl::own_type<E>
struct fmt::formatter<E, char> : sentra::detail::enum_formatter<E, fmt::format_error> {
};
#endif

// sentra/region/code.hpp — region codes, one strong type per level of a scheme.
//
// `region_code<Scheme, Level>` holds a validated code as one integer: cheap to copy,
// compare and hash. A village code cannot be passed where a district code is expected,
// `parent()` returns the type one level up, and a code written as a literal is checked
// at compile time. `any_region_code<Scheme>` holds a code of a level known at run time.
#pragma once

#include <sentra/detail/defect_messages.hpp>
#include <sentra/detail/list_messages.hpp>
#include <sentra/detail/literal_error.hpp>
#include <sentra/region/detail/region_code_parse.hpp>
#include <sentra/error.hpp>
#include <sentra/region/scheme.hpp>

#include <compare>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>

namespace sentra {

template <region_scheme S>
class any_region_code;

namespace detail {
struct region_code_access;

template <region_scheme S>
error region_parse_error(std::string_view text, code_parse const& p)
{
    // The column inside the text; readers of files add the field's own column.
    return defect_error(errc::malformed_code, text, p.defect, p.offset);
}

template <region_scheme S>
error region_level_error(std::string_view text, std::size_t expected, std::size_t got)
{
    error e = make_error(errc::wrong_level, "code.wrong_level",
                         {{"input", quote_input(text)},
                          {"level", level_label_of<S>(got)},
                          {"expected", level_label_of<S>(expected)}});
    e.where.column = 1;
    return e;
}
} // namespace detail

template <region_scheme S, std::size_t L>
    requires(L < S::levels)
class region_code {
    using layout = detail::scheme_layout<S>;

public:
    using scheme_type = S;
    static constexpr std::size_t level = L;

    // The empty code: only a placeholder to assign to. Parsing never yields it.
    constexpr region_code() noexcept = default;

    // A literal, checked at compile time: `village_code v = "32.76.07.1002";`
    template <std::size_t N>
    consteval region_code(char const (&text)[N]) : value_(literal(std::string_view(text, N - 1)))
    {
    }

    // Parses the display form ("32.76.07") or the compact form ("327607").
    static result<region_code> parse(std::string_view text)
    {
        detail::code_parse const p = detail::parse_region_code<S>(text);
        if (!p.defect.empty()) return detail::region_parse_error<S>(text, p);
        if (p.level != L) return detail::region_level_error<S>(text, L, p.level);
        return region_code(p.value);
    }

    // The same as parse, for constant evaluation: nullopt when malformed or of another level.
    static constexpr std::optional<region_code> try_parse(std::string_view text) noexcept
    {
        detail::code_parse const p = detail::parse_region_code<S>(text);
        if (!p.defect.empty() || p.level != L) return std::nullopt;
        return region_code(p.value);
    }

    // From the compact integer (3276071002 for 32.76.07.1002).
    static result<region_code> from_value(std::uint64_t value)
    {
        std::string_view const why = detail::check_region_value<S>(value, L);
        if (!why.empty())
            return detail::defect_error(errc::malformed_code, std::to_string(value), why);
        return region_code(value);
    }

    constexpr std::uint64_t value() const noexcept { return value_; }
    constexpr bool empty() const noexcept { return value_ == 0; }

    // Part i (0 = top level) as a number: segment(2) of 32.76.07.1002 is 7.
    constexpr std::uint32_t segment(std::size_t i) const noexcept
    {
        return i <= L ? layout::segment(value_, L, i) : 0;
    }

    constexpr auto parent() const noexcept requires(L > 0)
    {
        return region_code<S, L - 1>(layout::truncate(value_, L, L - 1));
    }

    template <std::size_t A>
        requires(A <= L)
    constexpr region_code<S, A> ancestor() const noexcept
    {
        return region_code<S, A>(layout::truncate(value_, L, A));
    }

    // True when `other` is this code or one of its ancestors: 32.76.07.1002 is within 32.76.
    template <std::size_t M>
    constexpr bool within(region_code<S, M> const& other) const noexcept
    {
        if constexpr (M > L)
            return false;
        else
            return layout::truncate(value_, L, M) == other.value();
    }
    constexpr bool within(any_region_code<S> const& other) const noexcept;

    // "32.76.07.1002"
    std::string to_string() const
    {
        char buf[layout::max_text];
        return std::string(buf, formatted(buf, true));
    }
    // The same, appended to `out` (what writers call: no temporary).
    void append_to(std::string& out) const
    {
        char buf[layout::max_text];
        out.append(buf, formatted(buf, true));
    }
    // "3276071002"
    std::string to_compact_string() const
    {
        char buf[layout::max_text];
        return std::string(buf, formatted(buf, false));
    }

    friend constexpr bool operator==(region_code, region_code) noexcept = default;
    friend constexpr auto operator<=>(region_code, region_code) noexcept = default;
    friend std::ostream& operator<<(std::ostream& os, region_code const& c)
    {
        return os << c.to_string();
    }

private:
    // The code's text in `buf`; its length, never more than the buffer (GCC 12 cannot see
    // that bound through the formatter and warns, -Warray-bounds, where this is inlined).
    std::size_t formatted(char (&buf)[layout::max_text], bool separated) const noexcept
    {
        std::size_t const n = detail::format_region_code<S>(value_, L, separated, buf);
        return n < layout::max_text ? n : layout::max_text;
    }

    template <region_scheme S2, std::size_t M>
        requires(M < S2::levels)
    friend class region_code;
    friend class any_region_code<S>;
    friend struct detail::region_code_access;

    constexpr explicit region_code(std::uint64_t value) noexcept : value_(value) {}

    static consteval std::uint64_t literal(std::string_view text)
    {
        detail::code_parse const p = detail::parse_region_code<S>(text);
        if (!p.defect.empty()) detail::literal_defect(p.defect);
        if (p.level != L) literal_error::region_code_of_another_level();
        return p.value;
    }

    std::uint64_t value_ = 0;
};

// A code whose level is known only at run time: a zone's members, a look-up argument.
// Ordered parent first: 32 < 32.76 < 32.76.07 < 32.76.07.1002 < 32.76.08.
template <region_scheme S>
class any_region_code {
    using layout = detail::scheme_layout<S>;

public:
    using scheme_type = S;

    constexpr any_region_code() noexcept = default;

    template <std::size_t L>
    constexpr any_region_code(region_code<S, L> const& code) noexcept
        : value_(code.value()), level_(static_cast<std::uint8_t>(L))
    {
    }

    template <std::size_t N>
    consteval any_region_code(char const (&text)[N])
    {
        detail::code_parse const p = detail::parse_region_code<S>(std::string_view(text, N - 1));
        if (!p.defect.empty()) detail::literal_defect(p.defect);
        value_ = p.value;
        level_ = static_cast<std::uint8_t>(p.level);
    }

    static result<any_region_code> parse(std::string_view text)
    {
        detail::code_parse const p = detail::parse_region_code<S>(text);
        if (!p.defect.empty()) return detail::region_parse_error<S>(text, p);
        return any_region_code(p.value, p.level);
    }

    static result<any_region_code> from_value(std::uint64_t value, std::size_t level)
    {
        if (level >= S::levels)
            return make_error(errc::wrong_level, "region.no_such_level",
                              {{"level", level}, {"last", S::levels - 1}});
        std::string_view const why = detail::check_region_value<S>(value, level);
        if (!why.empty())
            return detail::defect_error(errc::malformed_code, std::to_string(value), why);
        return any_region_code(value, level);
    }

    constexpr std::uint64_t value() const noexcept { return value_; }
    constexpr std::size_t level() const noexcept { return level_; }
    constexpr bool empty() const noexcept { return value_ == 0; }

    constexpr std::uint32_t segment(std::size_t i) const noexcept
    {
        return i <= level_ ? layout::segment(value_, level_, i) : 0;
    }

    // The typed code, when this is of level L.
    template <std::size_t L>
    constexpr std::optional<region_code<S, L>> as() const noexcept
    {
        if (level_ != L || empty()) return std::nullopt;
        return region_code<S, L>(value_);
    }

    // The typed code, when this is of that code's level: `as<village_code>()`.
    template <class Code>
        requires std::same_as<Code, region_code<S, Code::level>>
    constexpr std::optional<Code> as() const noexcept
    {
        return as<Code::level>();
    }

    // The ancestor at `up` (up <= level()).
    constexpr any_region_code ancestor(std::size_t up) const noexcept
    {
        if (up >= level_ || level_ >= S::levels) return *this;
        return any_region_code(layout::truncate(value_, level_, up), up);
    }

    constexpr std::optional<any_region_code> parent() const noexcept
    {
        if (level_ == 0) return std::nullopt;
        return ancestor(level_ - 1u);
    }

    // True when `other` is this code or one of its ancestors.
    constexpr bool within(any_region_code const& other) const noexcept
    {
        if (other.level_ > level_) return false;
        return layout::truncate(value_, level_, other.level_) == other.value_;
    }

    std::string to_string() const
    {
        char buf[layout::max_text];
        return std::string(buf, formatted(buf, true));
    }
    void append_to(std::string& out) const
    {
        char buf[layout::max_text];
        out.append(buf, formatted(buf, true));
    }
    std::string to_compact_string() const
    {
        char buf[layout::max_text];
        return std::string(buf, formatted(buf, false));
    }

    friend constexpr bool operator==(any_region_code, any_region_code) noexcept = default;
    friend constexpr std::strong_ordering operator<=>(any_region_code a, any_region_code b) noexcept
    {
        if (auto c = layout::widen(a.value_, a.level_) <=> layout::widen(b.value_, b.level_);
            c != 0)
            return c;
        return a.level_ <=> b.level_;
    }
    friend std::ostream& operator<<(std::ostream& os, any_region_code const& c)
    {
        return os << c.to_string();
    }

private:
    // The code's text in `buf`; its length, never more than the buffer (GCC 12 cannot see
    // that bound through the formatter and warns, -Warray-bounds, where this is inlined).
    std::size_t formatted(char (&buf)[layout::max_text], bool separated) const noexcept
    {
        std::size_t const n = detail::format_region_code<S>(value_, level_, separated, buf);
        return n < layout::max_text ? n : layout::max_text;
    }

    friend struct detail::region_code_access;
    constexpr any_region_code(std::uint64_t value, std::size_t level) noexcept
        : value_(value), level_(static_cast<std::uint8_t>(level))
    {
    }

    std::uint64_t value_ = 0;
    std::uint8_t level_ = 0;
};

template <region_scheme S, std::size_t L>
    requires(L < S::levels)
constexpr bool region_code<S, L>::within(any_region_code<S> const& other) const noexcept
{
    return any_region_code<S>(*this).within(other);
}

namespace detail {
// For the library's own containers, which store values they validated themselves.
struct region_code_access {
    // The code a literal spells, with the checks of region_code's literal constructor (for
    // literals written another way: "32.76"_regency).
    template <region_scheme S, std::size_t L>
    static consteval region_code<S, L> from_literal(std::string_view text)
    {
        return region_code<S, L>(region_code<S, L>::literal(text));
    }
    template <region_scheme S, std::size_t L>
    static constexpr region_code<S, L> make(std::uint64_t value) noexcept
    {
        return region_code<S, L>(value);
    }
    template <region_scheme S>
    static constexpr any_region_code<S> make_any(std::uint64_t value, std::size_t level) noexcept
    {
        return any_region_code<S>(value, level);
    }
};
} // namespace detail

} // namespace sentra

template <sentra::region_scheme S, std::size_t L>
struct std::hash<sentra::region_code<S, L>> {
    std::size_t operator()(sentra::region_code<S, L> const& c) const noexcept
    {
        return std::hash<std::uint64_t>{}(c.value());
    }
};

template <sentra::region_scheme S>
struct std::hash<sentra::any_region_code<S>> {
    std::size_t operator()(sentra::any_region_code<S> const& c) const noexcept
    {
        return std::hash<std::uint64_t>{}(c.value() * 8u + c.level());
    }
};

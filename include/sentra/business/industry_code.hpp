// sentra/business/industry_code.hpp — industry classification codes, one strong type per
// level, templated on the classification (KBLI 2025, KBLI 2020, ISIC Rev.4, or a scheme of
// the user's own).
#pragma once

#include <sentra/business/industry_scheme.hpp>
#include <sentra/business/detail/industry_code_parse.hpp>
#include <sentra/detail/list_messages.hpp>
#include <sentra/detail/literal_error.hpp>
#include <sentra/error.hpp>
#include <sentra/lang.hpp>

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

template <classification_scheme C>
class any_industry_code;

template <classification_scheme C, std::size_t L>
    requires(L < C::levels)
class industry_code {
public:
    using scheme_type = C;
    static constexpr std::size_t level = L;

    // The empty code: only a placeholder to assign to. Parsing never yields it.
    constexpr industry_code() noexcept = default;

    // A literal, checked at compile time: `kbli_subclass c = "14111";`
    template <std::size_t N>
    consteval industry_code(char const (&text)[N])
    {
        auto const p = detail::parse_industry_code<C>(std::string_view(text, N - 1));
        if (!p.defect.empty()) detail::literal_defect(p.defect);
        if (p.level != L) literal_error::industry_code_of_another_level();
        value_ = p.value;
        set_ = true;
    }

    static result<industry_code> parse(std::string_view text)
    {
        auto const p = detail::parse_industry_code<C>(text);
        if (!p.defect.empty()) return detail::industry_parse_error(text, p);
        if (p.level != L)
            return make_error(errc::wrong_level, "code.wrong_level",
                              {{"input", quote_input(text)},
                               {"level", detail::level_label_of<C>(p.level)},
                               {"expected", detail::level_label_of<C>(L)}});
        return industry_code(p.value);
    }

    static constexpr std::optional<industry_code> try_parse(std::string_view text) noexcept
    {
        auto const p = detail::parse_industry_code<C>(text);
        if (!p.defect.empty() || p.level != L) return std::nullopt;
        return industry_code(p.value);
    }

    constexpr bool empty() const noexcept { return !set_; }
    // The digits as a number (14111), or the section's place in the alphabet (C = 2).
    constexpr std::uint32_t value() const noexcept { return value_; }

    // The section letter, for a section.
    constexpr char letter() const noexcept requires(L == 0)
    {
        return static_cast<char>('A' + value_);
    }

    constexpr auto parent() const noexcept requires(L > 0)
    {
        if constexpr (L == 1)
            return industry_code<C, 0>(
                static_cast<std::uint32_t>(detail::section_of_division<C>(value_) - 'A'));
        else
            return industry_code<C, L - 1>(value_ / 10);
    }

    // The section this code is in.
    constexpr industry_code<C, 0> section() const noexcept
    {
        if constexpr (L == 0)
            return *this;
        else
            return parent().section();
    }

    // True when `other` is this code or one of its ancestors: 14111 is within C and 141.
    template <std::size_t M>
    constexpr bool within(industry_code<C, M> const& other) const noexcept
    {
        if constexpr (M > L)
            return false;
        else if constexpr (M == L)
            return *this == other;
        else
            return parent().within(other);
    }

    void append_to(std::string& out) const
    {
        if constexpr (L == 0) {
            out += letter();
        } else {
            std::size_t const at = out.size();
            out.append(L + 1, '0');
            std::uint32_t v = value_;
            for (std::size_t i = out.size(); i-- > at;) {
                out[i] = static_cast<char>('0' + v % 10);
                v /= 10;
            }
        }
    }
    std::string to_string() const
    {
        if constexpr (L == 0)
            return std::string(1, letter());
        else {
            std::string s(L + 1, '0');
            std::uint32_t v = value_;
            for (std::size_t i = L + 1; i-- > 0;) {
                s[i] = static_cast<char>('0' + v % 10);
                v /= 10;
            }
            return s;
        }
    }

    friend constexpr bool operator==(industry_code, industry_code) noexcept = default;
    friend constexpr auto operator<=>(industry_code, industry_code) noexcept = default;
    friend std::ostream& operator<<(std::ostream& os, industry_code const& c)
    {
        return os << c.to_string();
    }

private:
    template <classification_scheme C2, std::size_t M>
        requires(M < C2::levels)
    friend class industry_code;
    friend class any_industry_code<C>;
    friend struct detail::industry_code_access;

    constexpr explicit industry_code(std::uint32_t v) noexcept : value_(v), set_(true) {}

    std::uint32_t value_ = 0;
    bool set_ = false;
};

// An industry code whose level is known only at run time.
template <classification_scheme C>
class any_industry_code {
public:
    using scheme_type = C;

    constexpr any_industry_code() noexcept = default;

    template <std::size_t L>
    constexpr any_industry_code(industry_code<C, L> const& c) noexcept
        : value_(c.value_), level_(static_cast<std::uint8_t>(L)), set_(!c.empty())
    {
    }

    template <std::size_t N>
    consteval any_industry_code(char const (&text)[N])
    {
        auto const p = detail::parse_industry_code<C>(std::string_view(text, N - 1));
        if (!p.defect.empty()) detail::literal_defect(p.defect);
        value_ = p.value;
        level_ = static_cast<std::uint8_t>(p.level);
        set_ = true;
    }

    static result<any_industry_code> parse(std::string_view text)
    {
        auto const p = detail::parse_industry_code<C>(text);
        if (!p.defect.empty()) return detail::industry_parse_error(text, p);
        any_industry_code out;
        out.value_ = p.value;
        out.level_ = static_cast<std::uint8_t>(p.level);
        out.set_ = true;
        return out;
    }

    constexpr bool empty() const noexcept { return !set_; }
    constexpr std::size_t level() const noexcept { return level_; }
    constexpr std::uint32_t value() const noexcept { return value_; }

    template <std::size_t L>
    constexpr std::optional<industry_code<C, L>> as() const noexcept
    {
        if (!set_ || level_ != L) return std::nullopt;
        return industry_code<C, L>(value_);
    }
    // The same by the typed code's name, as region codes allow: `c.as<kbli_subclass>()`.
    template <class Code>
        requires std::same_as<Code, industry_code<C, Code::level>>
    constexpr std::optional<Code> as() const noexcept
    {
        return as<Code::level>();
    }

    constexpr std::optional<any_industry_code> parent() const noexcept
    {
        if (!set_ || level_ == 0) return std::nullopt;
        any_industry_code p = *this;
        p.level_ = static_cast<std::uint8_t>(level_ - 1);
        p.value_ = level_ == 1
                       ? static_cast<std::uint32_t>(detail::section_of_division<C>(value_) - 'A')
                       : value_ / 10;
        return p;
    }

    // True when `other` is this code or one of its ancestors.
    constexpr bool within(any_industry_code const& other) const noexcept
    {
        if (!set_ || !other.set_ || other.level_ > level_) return false;
        any_industry_code c = *this;
        while (c.level_ > other.level_) c = *c.parent();
        return c == other;
    }

    std::string to_string() const { return set_ ? detail::format_industry(value_, level_) : ""; }
    void append_to(std::string& out) const
    {
        if (!set_) return;
        if (level_ == 0) {
            out += static_cast<char>('A' + value_);
            return;
        }
        std::size_t const at = out.size();
        out.append(static_cast<std::size_t>(level_) + 1, '0');
        std::uint32_t v = value_;
        for (std::size_t i = out.size(); i-- > at;) {
            out[i] = static_cast<char>('0' + v % 10);
            v /= 10;
        }
    }

    friend constexpr bool operator==(any_industry_code, any_industry_code) noexcept = default;
    // Sections first, then by code as written: A < 01 < 011 < 0111 < 01111 < 02.
    friend std::strong_ordering operator<=>(any_industry_code const& a, any_industry_code const& b)
    {
        if (a.level_ == 0 || b.level_ == 0) {
            if (a.level_ != b.level_)
                return a.level_ == 0 ? std::strong_ordering::less : std::strong_ordering::greater;
            return a.value_ <=> b.value_;
        }
        return a.to_string() <=> b.to_string();
    }
    friend std::ostream& operator<<(std::ostream& os, any_industry_code const& c)
    {
        return os << c.to_string();
    }

private:
    friend struct detail::industry_code_access;
    std::uint32_t value_ = 0;
    std::uint8_t level_ = 0;
    bool set_ = false;
};

namespace detail {
// Builds a code from its parts where they are known good (a scheme's own tables).
struct industry_code_access {
    template <classification_scheme C>
    static constexpr any_industry_code<C> make_any(std::uint32_t value, std::size_t level) noexcept
    {
        any_industry_code<C> c;
        c.value_ = value;
        c.level_ = static_cast<std::uint8_t>(level);
        c.set_ = true;
        return c;
    }
};
} // namespace detail

using kbli_section = industry_code<kbli2020, 0>;
using kbli_division = industry_code<kbli2020, 1>;
using kbli_group = industry_code<kbli2020, 2>;
using kbli_class = industry_code<kbli2020, 3>;
using kbli_subclass = industry_code<kbli2020, 4>;
using kbli_code = any_industry_code<kbli2020>;

// KBLI 2025's: other types than KBLI 2020's, so that a code of one edition is never taken
// for the other's.
using kbli2025_section = industry_code<kbli2025, 0>;
using kbli2025_division = industry_code<kbli2025, 1>;
using kbli2025_group = industry_code<kbli2025, 2>;
using kbli2025_class = industry_code<kbli2025, 3>;
using kbli2025_subclass = industry_code<kbli2025, 4>;
using kbli2025_code = any_industry_code<kbli2025>;

using isic_section = industry_code<isic4, 0>;
using isic_division = industry_code<isic4, 1>;
using isic_group = industry_code<isic4, 2>;
using isic_class = industry_code<isic4, 3>;
using isic_code = any_industry_code<isic4>;

// KBLI 2020 and ISIC Rev.4 share their sections and divisions exactly; below that a shared number
// does not mean the same scope (193 KBLI classes have no ISIC twin), so only these two
// levels convert.
constexpr isic_section to_isic(kbli_section const& s) noexcept
{
    return *isic_section::try_parse(std::string_view(&"ABCDEFGHIJKLMNOPQRSTU"[s.value()], 1));
}
constexpr isic_division to_isic(kbli_division const& d) noexcept
{
    char const text[2] = {static_cast<char>('0' + d.value() / 10),
                          static_cast<char>('0' + d.value() % 10)};
    return *isic_division::try_parse(std::string_view(text, 2));
}
constexpr kbli_section to_kbli(isic_section const& s) noexcept
{
    return *kbli_section::try_parse(std::string_view(&"ABCDEFGHIJKLMNOPQRSTU"[s.value()], 1));
}
constexpr kbli_division to_kbli(isic_division const& d) noexcept
{
    char const text[2] = {static_cast<char>('0' + d.value() / 10),
                          static_cast<char>('0' + d.value() % 10)};
    return *kbli_division::try_parse(std::string_view(text, 2));
}

} // namespace sentra

template <sentra::classification_scheme C, std::size_t L>
struct std::hash<sentra::industry_code<C, L>> {
    std::size_t operator()(sentra::industry_code<C, L> const& c) const noexcept
    {
        return std::hash<std::uint32_t>{}(c.value());
    }
};

template <sentra::classification_scheme C>
struct std::hash<sentra::any_industry_code<C>> {
    std::size_t operator()(sentra::any_industry_code<C> const& c) const noexcept
    {
        return std::hash<std::uint64_t>{}(std::uint64_t{c.value()} * 16u + c.level());
    }
};

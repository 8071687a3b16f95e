// sentra/id.hpp — stable identifiers that a programme chooses for its own records
// (categories, agencies, clusters, enterprises, cases): `basic_id<Tag>`, one type per kind so
// that a cluster id cannot be passed where an agency id is expected.
//
// An id is 1 to 64 characters of lower-case ASCII letters, digits, '-', '_' and '.',
// starting with a letter or digit: "konveksi", "disperindag-depok", "ent-0001".
#pragma once

#include <sentra/detail/defect_messages.hpp>
#include <sentra/detail/literal_error.hpp>
#include <sentra/error.hpp>
#include <sentra/detail/id_tags.hpp>

#include <compare>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <ostream>
#include <string>
#include <string_view>

namespace sentra {

namespace detail {
// What is wrong with `text` as an id, or "" (with the 0-based offset of a bad character).
struct id_check {
    std::string_view defect;
    std::size_t offset = 0;
};
constexpr id_check check_id(std::string_view text) noexcept
{
    if (text.empty()) return {"an id cannot be empty", 0};
    if (text.size() > 64) return {"an id has at most 64 characters", 64};
    for (std::size_t i = 0; i < text.size(); ++i) {
        char const c = text[i];
        bool const alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        if (alnum || (i > 0 && (c == '-' || c == '_' || c == '.'))) continue;
        return {"an id is lower-case letters, digits, '-', '_' and '.', starting with a letter "
                "or digit",
                i};
    }
    return {};
}
} // namespace detail

// The characters are held in the object (an id has at most 64): no allocation, and a literal
// is a constant, checked when the program is compiled.
template <class Tag>
class basic_id {
public:
    static constexpr std::size_t max_size = 64;

    constexpr basic_id() noexcept = default;

    // A literal, checked at compile time: `agency_id a = "dinkopukm-bandung";`
    template <std::size_t N>
    consteval basic_id(char const (&text)[N])
    {
        std::string_view const t(text, N - 1);
        if (auto const c = detail::check_id(t); !c.defect.empty()) detail::literal_defect(c.defect);
        assign(t);
    }

    static result<basic_id> parse(std::string_view text)
    {
        detail::id_check const c = detail::check_id(text);
        if (!c.defect.empty()) {
            if (text.empty()) return make_error(errc::empty_value, "id.empty");
            if (text.size() > max_size)
                return make_error(errc::value_too_long, "id.too_long", {{"length", text.size()}});
            return detail::defect_error(errc::invalid_value, text, c.defect, c.offset);
        }
        basic_id out;
        out.assign(text);
        return out;
    }

    constexpr std::string_view view() const noexcept { return {data_, size_}; }
    std::string to_string() const { return std::string(view()); }
    void append_to(std::string& out) const { out.append(data_, size_); }
    constexpr std::size_t size() const noexcept { return size_; }
    constexpr bool empty() const noexcept { return size_ == 0; }

    friend constexpr bool operator==(basic_id const& a, basic_id const& b) noexcept
    {
        return a.view() == b.view();
    }
    friend constexpr std::strong_ordering operator<=>(basic_id const& a, basic_id const& b) noexcept
    {
        return a.view().compare(b.view()) <=> 0;
    }
    friend std::ostream& operator<<(std::ostream& os, basic_id const& x) { return os << x.view(); }

private:
    constexpr void assign(std::string_view text) noexcept
    {
        for (std::size_t i = 0; i < text.size(); ++i) data_[i] = text[i];
        size_ = static_cast<std::uint8_t>(text.size());
    }

    std::uint8_t size_ = 0;
    char data_[max_size] = {};
};

namespace detail {
// A string literal as a template argument, so that a literal operator can hand the characters
// to basic_id's checked constructor as the array they are.
template <std::size_t N>
struct id_literal_text {
    char chars[N] = {};
    consteval id_literal_text(char const (&text)[N])
    {
        for (std::size_t i = 0; i < N; ++i) chars[i] = text[i];
    }
};
} // namespace detail

// Literals of each kind of id, checked when compiled, for where a literal cannot convert by
// itself: a std::optional member (`e.category = "rajut"_category;`), a function template's
// argument, `auto`.
inline namespace literals {
template <detail::id_literal_text T>
consteval category_id operator""_category()
{
    return category_id(T.chars);
}
template <detail::id_literal_text T>
consteval agency_id operator""_agency()
{
    return agency_id(T.chars);
}
template <detail::id_literal_text T>
consteval enterprise_id operator""_enterprise()
{
    return enterprise_id(T.chars);
}
template <detail::id_literal_text T>
consteval cluster_id operator""_cluster()
{
    return cluster_id(T.chars);
}
template <detail::id_literal_text T>
consteval case_id operator""_case()
{
    return case_id(T.chars);
}
} // namespace literals

} // namespace sentra

template <class Tag>
struct std::hash<sentra::basic_id<Tag>> {
    std::size_t operator()(sentra::basic_id<Tag> const& x) const noexcept
    {
        return std::hash<std::string_view>{}(x.view());
    }
};

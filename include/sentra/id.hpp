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
#include <cstring>
#include <functional>
#include <memory>
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

// An id of up to 23 characters (almost every one) is held in the object, 32 bytes: no
// allocation. A longer one (up to 64) points to its characters: a literal's own, or a block
// of its own when read at run time. A literal is a constant, checked when the program is
// compiled.
template <class Tag>
class basic_id {
public:
    static constexpr std::size_t max_size = 64;
    // The longest id held in the object itself.
    static constexpr std::size_t inline_size = 23;

    constexpr basic_id() noexcept = default;

    // A literal, checked at compile time: `agency_id a = "dinkopukm-bandung";`
    template <std::size_t N>
    consteval basic_id(char const (&text)[N])
    {
        std::string_view const t(text, N - 1);
        if (auto const c = detail::check_id(t); !c.defect.empty()) detail::literal_defect(c.defect);
        if (t.size() <= inline_size) {
            assign(t);
        } else { // the literal's characters live as long as the program
            std::construct_at(&long_, text);
            size_ = static_cast<std::uint8_t>(t.size());
        }
    }

    constexpr basic_id(basic_id const& o) { copy(o); }
    constexpr basic_id(basic_id&& o) noexcept { take(o); }
    constexpr basic_id& operator=(basic_id const& o)
    {
        if (this != &o) {
            release();
            copy(o);
        }
        return *this;
    }
    constexpr basic_id& operator=(basic_id&& o) noexcept
    {
        if (this != &o) {
            release();
            take(o);
        }
        return *this;
    }
    constexpr ~basic_id() { release(); }

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

    constexpr std::string_view view() const noexcept
    {
        if (size() <= inline_size) return {short_, size()};
        return {long_, size()};
    }
    std::string to_string() const { return std::string(view()); }
    void append_to(std::string& out) const
    {
        auto const v = view();
        out.append(v.data(), v.size());
    }
    constexpr std::size_t size() const noexcept { return size_ & size_bits; }
    constexpr bool empty() const noexcept { return size() == 0; }

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
    static constexpr std::uint8_t size_bits = 0x7F;
    static constexpr std::uint8_t owned_bit = 0x80; // long_ is a block of this id's own

    // `text` has at most max_size characters (checked by the callers).
    constexpr void assign(std::string_view text)
    {
        if (text.size() <= inline_size) {
            std::construct_at(&short_[0]);
            for (std::size_t i = 0; i < text.size(); ++i) short_[i] = text[i];
            size_ = static_cast<std::uint8_t>(text.size());
            return;
        }
        std::construct_at(&long_, new_block(text));
        size_ = static_cast<std::uint8_t>(text.size() | owned_bit);
    }
    constexpr void copy(basic_id const& o)
    {
        if (o.size() > inline_size && !(o.size_ & owned_bit)) { // a literal's: shared
            std::construct_at(&long_, o.long_);
            size_ = o.size_;
        } else {
            assign(o.view());
        }
    }
    constexpr void take(basic_id& o) noexcept
    {
        if (o.size() > inline_size) {
            std::construct_at(&long_, o.long_);
        } else {
            std::construct_at(&short_[0]);
            for (std::size_t i = 0; i < o.size(); ++i) short_[i] = o.short_[i];
        }
        size_ = o.size_;
        o.size_ = 0; // a block, if any, is this one's now
    }
    constexpr void release() noexcept
    {
        if (size_ & owned_bit) free_block(long_);
        size_ = 0;
    }
    // Out of line: never at compile time (a literal is never owned), and GCC's inliner would
    // otherwise see a delete[] of the union's bytes on paths where they hold characters.
    [[gnu::noinline]] static char const* new_block(std::string_view text)
    {
        char* const p = new char[text.size()];
        std::memcpy(p, text.data(), text.size());
        return p;
    }
    [[gnu::noinline]] static void free_block(char const* p) noexcept { delete[] p; }

    union {
        char short_[inline_size] = {}; // up to inline_size characters
        char const* long_;             // more: a literal's, or a block (owned_bit)
    };
    std::uint8_t size_ = 0;
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

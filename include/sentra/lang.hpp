// sentra/lang.hpp — the languages user-facing labels come in (Indonesian and English), and
// what every sentra enum offers because of it: to_label(x, lang), to_string(x) (the stable
// snake_case name that JSON and the CLI use) and operator<< (that name).
#pragma once

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>
#include <boost/describe/enum_to_string.hpp>

#include <concepts>
#include <cstddef>
#include <ostream>
#include <string>
#include <string_view>
#include <type_traits>

namespace sentra {

// Every enum in sentra has labels in both languages: `to_label(x, lang::id)`.
enum class lang : unsigned char { en, id };
BOOST_DESCRIBE_ENUM(lang, en, id)

// A label in both languages.
struct bilingual {
    std::string_view en;
    std::string_view id;

    constexpr std::string_view in(lang language) const noexcept
    {
        return language == lang::id ? id : en;
    }
    friend constexpr bool operator==(bilingual const&, bilingual const&) = default;
};
// In JSON {"en": ..., "id": ...} (written, as a result's wording; an app shows its user's).
BOOST_DESCRIBE_STRUCT(bilingual, (), (en, id))

constexpr std::string_view to_label(lang l, lang language = lang::en) noexcept
{
    constexpr bilingual labels[] = {{"English", "Inggris"}, {"Indonesian", "Indonesia"}};
    return l == lang::id ? labels[1].in(language) : labels[0].in(language);
}

// A noun in both languages, for counts: English has a plural form, Indonesian does not mark
// one ("1 cluster, 2 clusters"; "1 klaster, 2 klaster").
struct noun {
    std::string_view en_one;
    std::string_view en_many;
    std::string_view id;

    constexpr std::string_view in(lang language, std::size_t count) const noexcept
    {
        return language == lang::id ? id : count == 1 ? en_one : en_many;
    }
};

// "1 cluster", "3 errors", "3 kesalahan".
inline std::string counted(std::size_t count, noun const& what, lang language = lang::en)
{
    std::string out = std::to_string(count);
    out += ' ';
    out += what.in(language, count);
    return out;
}

namespace detail {

// The label of enumerator `e` in a table ordered like the enum; "" for a value outside it
// (an integer cast into the enum), never out-of-bounds.
template <class E, std::size_t N>
constexpr std::string_view label_at(bilingual const (&labels)[N], E e, lang language) noexcept
{
    auto const i = static_cast<std::size_t>(static_cast<std::underlying_type_t<E>>(e));
    return i < N ? labels[i].in(language) : std::string_view{};
}

// The label of entry `i` (a level of a scheme); "" past the end.
template <std::size_t N>
constexpr std::string_view label_at(bilingual const (&labels)[N], std::size_t i, lang language) noexcept
{
    return i < N ? labels[i].in(language) : std::string_view{};
}

} // namespace detail

// A described enum with bilingual labels: every public enum of sentra.
template <class E>
concept labelled_enum = std::is_enum_v<E> && boost::describe::has_describe_enumerators<E>::value &&
    requires(E e)
{
    {
        to_label(e, lang::en)
        } -> std::convertible_to<std::string_view>;
};

// The stable name of an enumerator ("in_coordination"), as JSON writes it; "" for a value
// that is not an enumerator.
template <labelled_enum E>
std::string_view to_string(E e) noexcept
{
    return boost::describe::enum_to_string(e, "");
}

template <labelled_enum E>
std::ostream& operator<<(std::ostream& os, E e)
{
    return os << to_string(e);
}

} // namespace sentra

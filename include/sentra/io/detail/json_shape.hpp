// sentra/io/detail/json_shape.hpp — the one description of how a C++ type looks in JSON,
// decided once for the reader (from text and from a DOM), the writers and the schema.
//
// `shape_of<T>` says which JSON form T takes (an object of described members, an enum's
// name, a value type's text or integer, an array, ...), and `for_each_member<T>` which
// members an object has (public ones, inherited included), their keys, whether they may be
// absent and whether they are personal data. `visit_shape<T>(walker)` is the one switch
// over shapes: the three walkers (the reader's tables, json_bind_ops.hpp; the writer,
// json_write.hpp, into text or into a boost::json::value; the schema, json_schema.hpp) are
// overload sets with one overload per shape and switch on nothing else, so a new member or
// a new value type is one edit and all follow; a new shape fails to compile in each walker
// until handled.
#pragma once

#include <sentra/error.hpp>
#include <sentra/heap_optional.hpp>
#include <sentra/personal_data.hpp>

#include <boost/describe/enum.hpp>
#include <boost/describe/members.hpp>
#include <boost/json/fwd.hpp>
#include <boost/mp11/algorithm.hpp>

#include <array>
#include <concepts>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace sentra::io::json::detail {

template <class T>
struct is_optional : std::false_type {
};
template <class T>
struct is_optional<std::optional<T>> : std::true_type {
};
// Held on the heap, but in JSON an optional like any other.
template <class T>
struct is_optional<heap_optional<T>> : std::true_type {
};

template <class T>
struct is_vector : std::false_type {
};
template <class T, class A>
struct is_vector<std::vector<T, A>> : std::true_type {
};

// A member that may be absent from an object: an optional (absent: none) or a list
// (absent: empty; a list that may not be empty is validation's to say, at its pointer).
// Writers still write every list, empty ones too.
template <class T>
inline constexpr bool may_be_absent = is_optional<T>::value || is_vector<T>::value;

template <class T>
struct is_string_map : std::false_type {
};
template <class V, class C, class A>
struct is_string_map<std::map<std::string, V, C, A>> : std::true_type {
};

// A strong value type that reads and writes itself as a JSON string.
template <class T>
concept string_codec = requires(T const& x, std::string_view s)
{
    {
        T::parse(s)
        } -> std::same_as<result<T>>;
    {
        x.to_string()
        } -> std::convertible_to<std::string>;
};

// A value type that writes its text straight into a buffer (no temporary string). The text
// must need no JSON escaping (codes, digits, dates, amounts): the writer adds only quotes.
template <class T>
concept appends_text = requires(T const& x, std::string& out)
{
    x.append_to(out);
};

// A value type whose JSON form is an integer (money: whole rupiah): it says `static
// constexpr bool json_integer = true`, gives the integer by `value()` and is constructed
// from it. Its text is still read (older documents wrote money as display text).
template <class T>
concept integer_codec = string_codec<T> && requires(T const& x)
{
    requires T::json_integer;
    {
        x.value()
        } -> std::integral;
    T(x.value());
};

template <class T>
concept described_class = boost::describe::has_describe_members<T>::value && !std::is_union_v<T>;

template <class T>
concept described_enum = boost::describe::has_describe_enumerators<T>::value;

// A string value type that also reads a JSON integer as its decimal text (Open311 writes
// ids and zipcodes either way): it says `static constexpr bool reads_json_integers = true`.
template <class T>
concept reads_json_integers = string_codec<T> && requires { requires T::reads_json_integers; };

// A described class that is also read from a bare value, into its member `value` (a
// figure without its year): it says `static constexpr bool reads_bare_value = true`, and
// is written bare when its other members are absent.
template <class T>
concept reads_bare_value = described_class<T> && requires { requires T::reads_bare_value; };

// A type this converter handles; the boost::json hooks are limited to these.
template <class T>
concept convertible = described_class<T> || described_enum<T> || string_codec<T>;

// The JSON key of a member: its name, less one trailing '_' (a member named after a C++
// keyword: `long_` is "long").
constexpr std::string_view json_key(char const* member) noexcept
{
    std::string_view k(member);
    if (!k.empty() && k.back() == '_') k.remove_suffix(1);
    return k;
}

// The members of an object in JSON: the public ones, inherited ones included.
template <class T>
using members_of =
    boost::describe::describe_members<T, boost::describe::mod_public | boost::describe::mod_inherited>;

// `,"key":` for a key known at compile time: what the text writer appends before a
// member's value (the comma left off for the first member).
template <std::size_t N>
struct member_prefix_text {
    std::array<char, N + 4> bytes{};
    constexpr explicit member_prefix_text(std::string_view key)
    {
        bytes[0] = ',';
        bytes[1] = '"';
        for (std::size_t i = 0; i < N; ++i) bytes[i + 2] = key[i];
        bytes[N + 2] = '"';
        bytes[N + 3] = ':';
    }
    constexpr std::string_view view() const noexcept { return {bytes.data(), bytes.size()}; }
};

// What every walker needs of one member D of T, decided here once.
template <class T, class D>
struct member_info {
    using type = std::remove_cvref_t<decltype(std::declval<T const&>().*D::pointer)>;
    static constexpr auto pointer = D::pointer;
    static constexpr std::string_view key = json_key(D::name);
    // May be absent (std::optional): not required, left out when empty.
    static constexpr bool optional = is_optional<type>::value;
    // Required in an object: neither an optional nor a list (which reads as empty).
    static constexpr bool required = !may_be_absent<type>;
    // `,"key":`, the text writer's (member names need no escaping).
    static constexpr member_prefix_text<key.size()> prefix{key};
    // Written only when asked for (sentra/personal_data.hpp).
    static constexpr bool personal = [] {
        if constexpr (optional) return is_personal_data_v<typename type::value_type>;
        else return is_personal_data_v<type>;
    }();
};

// Calls f(member_info<T, D>{}) for each member of T, in the order of its description.
template <class T, class F>
constexpr void for_each_member(F&& f)
{
    boost::mp11::mp_for_each<members_of<T>>(
        [&](auto d) { f(member_info<T, decltype(d)>{}); });
}

enum class shape : unsigned char {
    optional,   // absent or null, else the inner shape
    json_value, // any JSON, carried as a boost::json::value
    boolean,
    integer,
    number,
    string,
    text_value, // a value type as its text (and, for some, an integer)
    integer_value, // a value type as an integer (its text read too)
    enumeration,
    array,
    string_map,
    object, // described members (a bare value too, for reads_bare_value)
    unsupported,
};

template <class T>
constexpr shape shape_of_impl() noexcept
{
    if constexpr (is_optional<T>::value) return shape::optional;
    else if constexpr (std::is_same_v<T, boost::json::value>) return shape::json_value;
    else if constexpr (std::is_same_v<T, bool>) return shape::boolean;
    else if constexpr (std::is_integral_v<T>) return shape::integer;
    else if constexpr (std::is_floating_point_v<T>) return shape::number;
    else if constexpr (std::is_same_v<T, std::string>) return shape::string;
    // Written only: text the library owns (a label, a rule's wording) in a result type.
    else if constexpr (std::is_same_v<T, std::string_view>) return shape::string;
    else if constexpr (integer_codec<T>) return shape::integer_value;
    else if constexpr (string_codec<T>) return shape::text_value;
    else if constexpr (described_enum<T>) return shape::enumeration;
    else if constexpr (is_vector<T>::value) return shape::array;
    else if constexpr (is_string_map<T>::value) return shape::string_map;
    else if constexpr (described_class<T>) return shape::object;
    else return shape::unsupported;
}

template <class T>
inline constexpr shape shape_of = shape_of_impl<T>();

// The one message for a type that has no JSON form: what to do about it.
#define SENTRA_JSON_UNSUPPORTED_TYPE                                                           \
    "sentra::io::json has no JSON form for this type (named in the 'with T = ...' note): "      \
    "describe a struct with BOOST_DESCRIBE_STRUCT(T, (), (member, ...)) and an enum with "      \
    "BOOST_DESCRIBE_ENUM(E, value, ...), or give a value type `static "                        \
    "sentra::result<T> parse(std::string_view)` and `std::string to_string() const`"

template <shape S>
using shape_tag = std::integral_constant<shape, S>;

// The one switch over shapes. Calls `walker(shape_tag<shape_of<T>>{}, std::type_identity<T>{},
// args...)`: a walker is an overload set with one overload per shape (the reader's tables,
// json_bind_ops.hpp; the writer, json_write.hpp; the schema, json_schema.hpp), so a shape
// added here fails to compile in every walker that does not handle it yet.
template <class T, class Walker, class... Args>
constexpr decltype(auto) visit_shape(Walker&& walker, Args&&... args)
{
    static_assert(shape_of<T> != shape::unsupported, SENTRA_JSON_UNSUPPORTED_TYPE);
    return std::forward<Walker>(walker)(shape_tag<shape_of<T>>{}, std::type_identity<T>{},
                                        std::forward<Args>(args)...);
}

} // namespace sentra::io::json::detail

namespace sentra::io::json {
// True when T has a JSON form: a described struct or enum, a value type with parse and
// to_string, a number, bool, std::string (std::string_view: written only), std::optional,
// std::vector or a map from strings of such types, or a boost::json::value.
template <class T>
concept serializable = detail::shape_of<T> != detail::shape::unsupported;
} // namespace sentra::io::json

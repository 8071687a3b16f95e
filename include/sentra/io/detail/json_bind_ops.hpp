// sentra/io/detail/json_bind_ops.hpp — the reader's table of functions for each type, made
// from its shape (visit_shape, json_shape.hpp): what it does with a null, a boolean, a
// number, a string, the start of an object or an array, a key, an element; what it refuses
// is reported as a wrong type ("expected an object, found a string").
#pragma once

#include <sentra/error.hpp>
#include <sentra/io/detail/json_binder.hpp>
#include <sentra/io/detail/json_shape.hpp>

#include <boost/describe/enum_from_string.hpp>
#include <boost/json/value.hpp>
#include <boost/mp11/algorithm.hpp>

#include <array>
#include <cstdint>
#include <cstring>
#include <limits>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace sentra::io::json::detail {

// ---- the functions of each shape

namespace bind {

inline void ignore_null(binder&, void*) {}
inline void ignore_bool(binder&, void*, bool) {}
inline void ignore_int64(binder&, void*, std::int64_t) {}
inline void ignore_uint64(binder&, void*, std::uint64_t) {}
inline void ignore_double(binder&, void*, double) {}
inline void ignore_string(binder&, void*, std::string_view) {}
inline slot refuse(binder&, void*) { return {}; }
inline slot no_key(binder&, bind_frame&, std::string_view) { return {}; }
inline slot no_element(binder&, bind_frame&) { return {}; }
inline void no_end(binder&, bind_frame&) {}

// The kinds of JSON value, as "expected an object, found a string" names them.
inline constexpr bilingual kind_value{"a value", "sebuah nilai"};
inline constexpr bilingual kind_null{"null", "null"};
inline constexpr bilingual kind_boolean{"a boolean", "boolean (true/false)"};
inline constexpr bilingual kind_integer{"an integer", "bilangan bulat"};
inline constexpr bilingual kind_number{"a number", "angka"};
inline constexpr bilingual kind_string{"a string", "teks (string)"};
inline constexpr bilingual kind_string_or_integer{"a string or an integer",
                                                  "teks (string) atau bilangan bulat"};
inline constexpr bilingual kind_integer_or_string{"an integer or a string",
                                                  "bilangan bulat atau teks (string)"};
inline constexpr bilingual kind_array{"an array", "larik (array)"};
inline constexpr bilingual kind_object{"an object", "objek"};

// What the reader takes of each shape, for "expected an object, found a string".
struct expected_text {
    template <class T>
    constexpr bilingual operator()(shape_tag<shape::optional>, std::type_identity<T>) const
    {
        return kind_value;
    }
    template <class T>
    constexpr bilingual operator()(shape_tag<shape::json_value>, std::type_identity<T>) const
    {
        return kind_value;
    }
    template <class T>
    constexpr bilingual operator()(shape_tag<shape::boolean>, std::type_identity<T>) const
    {
        return kind_boolean;
    }
    template <class T>
    constexpr bilingual operator()(shape_tag<shape::integer>, std::type_identity<T>) const
    {
        return kind_integer;
    }
    template <class T>
    constexpr bilingual operator()(shape_tag<shape::number>, std::type_identity<T>) const
    {
        return kind_number;
    }
    template <class T>
    constexpr bilingual operator()(shape_tag<shape::string>, std::type_identity<T>) const
    {
        return kind_string;
    }
    template <class T>
    constexpr bilingual operator()(shape_tag<shape::enumeration>, std::type_identity<T>) const
    {
        return kind_string;
    }
    template <class T>
    constexpr bilingual operator()(shape_tag<shape::text_value>, std::type_identity<T>) const
    {
        return reads_json_integers<T> ? kind_string_or_integer : kind_string;
    }
    template <class T>
    constexpr bilingual operator()(shape_tag<shape::integer_value>, std::type_identity<T>) const
    {
        return kind_integer_or_string;
    }
    template <class T>
    constexpr bilingual operator()(shape_tag<shape::array>, std::type_identity<T>) const
    {
        return kind_array;
    }
    template <class T>
    constexpr bilingual operator()(shape_tag<shape::string_map>, std::type_identity<T>) const
    {
        return kind_object;
    }
    template <class T>
    constexpr bilingual operator()(shape_tag<shape::object>, std::type_identity<T>) const
    {
        return kind_object;
    }
};

template <class T>
constexpr bilingual expected_of() noexcept
{
    return visit_shape<T>(expected_text{});
}

// What any type does with a JSON form it does not take: says so.
template <class T>
struct wrong {
    static void null_(binder& b, void*) { b.wrong_type(expected_of<T>(), kind_null); }
    static void bool_(binder& b, void*, bool) { b.wrong_type(expected_of<T>(), kind_boolean); }
    static void int_(binder& b, void*, std::int64_t) { b.wrong_type(expected_of<T>(), kind_integer); }
    static void uint_(binder& b, void*, std::uint64_t) { b.wrong_type(expected_of<T>(), kind_integer); }
    static void double_(binder& b, void*, double) { b.wrong_type(expected_of<T>(), kind_number); }
    static void string_(binder& b, void*, std::string_view) { b.wrong_type(expected_of<T>(), kind_string); }
    static slot object_(binder& b, void*)
    {
        b.wrong_type(expected_of<T>(), kind_object);
        return {};
    }
    static slot array_(binder& b, void*)
    {
        b.wrong_type(expected_of<T>(), kind_array);
        return {};
    }
};

template <class T>
T& as(void* p) noexcept
{
    return *static_cast<T*>(p);
}

template <class T>
bool integer_from(binder& b, void* p, std::int64_t i)
{
    if constexpr (std::is_signed_v<T>) {
        if (i >= static_cast<std::int64_t>(std::numeric_limits<T>::min()) &&
            i <= static_cast<std::int64_t>(std::numeric_limits<T>::max())) {
            as<T>(p) = static_cast<T>(i);
            return true;
        }
    } else {
        if (i >= 0 && static_cast<std::uint64_t>(i) <= std::numeric_limits<T>::max()) {
            as<T>(p) = static_cast<T>(i);
            return true;
        }
    }
    b.fail(errc::out_of_range, "json.does_not_fit", {{"value", std::to_string(i)}});
    return false;
}
template <class T>
bool integer_from_u(binder& b, void* p, std::uint64_t u)
{
    if (u <= static_cast<std::uint64_t>(std::numeric_limits<T>::max())) {
        as<T>(p) = static_cast<T>(u);
        return true;
    }
    b.fail(errc::out_of_range, "json.does_not_fit", {{"value", std::to_string(u)}});
    return false;
}

template <class T>
void text_from(binder& b, void* p, std::string_view s)
{
    auto r = T::parse(s);
    if (!r) {
        b.fail_with(r.error());
        return;
    }
    as<T>(p) = std::move(*r);
}

template <class T>
void enum_from(binder& b, void* p, std::string_view s)
{
    bool found = false;
    boost::mp11::mp_for_each<boost::describe::describe_enumerators<T>>([&](auto d) {
        if (!found && s == d.name) {
            as<T>(p) = d.value;
            found = true;
        }
    });
    if (found) return;
    std::string allowed;
    boost::mp11::mp_for_each<boost::describe::describe_enumerators<T>>([&](auto d) {
        if (!allowed.empty()) allowed += ", ";
        allowed += d.name;
    });
    b.fail(errc::invalid_value, "json.not_one_of",
           {{"input", sentra::quote_input(s)}, {"allowed", std::move(allowed)}});
}

// The keys of T's members, in order, fixed at compile time.
template <class T>
struct keys_of {
    using members = members_of<T>;
    static constexpr std::size_t size = boost::mp11::mp_size<members>::value;
    static_assert(size <= 128, "an object of more than 128 members");
    static constexpr std::array<std::string_view, size> keys =
        []<std::size_t... I>(std::index_sequence<I...>) {
            return std::array<std::string_view, size>{
                json_key(boost::mp11::mp_at_c<members, I>::name)...};
        }(std::make_index_sequence<size>{});
    static std::string_view at(std::uint32_t i) { return keys[i]; }
};

} // namespace bind

template <class T>
struct ops_of {
    static_assert(serializable<T>, SENTRA_JSON_UNSUPPORTED_TYPE);
    using w = bind::wrong<T>;

    // optional: null is absent, anything else the inner value
    static void opt_null(binder&, void* p) { bind::as<T>(p).reset(); }
    template <auto F, class... A>
    static auto opt_forward(binder& b, void* p, A... a)
    {
        using U = typename T::value_type;
        auto& o = bind::as<T>(p);
        o.emplace();
        return (ops_of<U>::table.*F)(b, &*o, a...);
    }
    static void opt_bool(binder& b, void* p, bool v) { opt_forward<&bind_ops::on_bool>(b, p, v); }
    static void opt_int(binder& b, void* p, std::int64_t v) { opt_forward<&bind_ops::on_int64>(b, p, v); }
    static void opt_uint(binder& b, void* p, std::uint64_t v) { opt_forward<&bind_ops::on_uint64>(b, p, v); }
    static void opt_double(binder& b, void* p, double v) { opt_forward<&bind_ops::on_double>(b, p, v); }
    static void opt_string(binder& b, void* p, std::string_view v) { opt_forward<&bind_ops::on_string>(b, p, v); }
    static slot opt_object(binder& b, void* p) { return opt_forward<&bind_ops::object_begin>(b, p); }
    static slot opt_array(binder& b, void* p) { return opt_forward<&bind_ops::array_begin>(b, p); }

    // scalars
    static void set_bool(binder&, void* p, bool v) { bind::as<T>(p) = v; }
    static void integer_int(binder& b, void* p, std::int64_t v) { bind::integer_from<T>(b, p, v); }
    static void integer_uint(binder& b, void* p, std::uint64_t v) { bind::integer_from_u<T>(b, p, v); }
    static void number_int(binder&, void* p, std::int64_t v) { bind::as<T>(p) = static_cast<T>(v); }
    static void number_uint(binder&, void* p, std::uint64_t v) { bind::as<T>(p) = static_cast<T>(v); }
    static void set_double(binder&, void* p, double v) { bind::as<T>(p) = static_cast<T>(v); }
    static void set_string(binder&, void* p, std::string_view v) { bind::as<T>(p).assign(v.data(), v.size()); }
    static void enum_string(binder& b, void* p, std::string_view v) { bind::enum_from<T>(b, p, v); }

    // value types: their text (and, for some, an integer as its decimal text)
    static void text_string(binder& b, void* p, std::string_view v) { bind::text_from<T>(b, p, v); }
    static void text_int(binder& b, void* p, std::int64_t v) { bind::text_from<T>(b, p, std::to_string(v)); }
    static void text_uint(binder& b, void* p, std::uint64_t v) { bind::text_from<T>(b, p, std::to_string(v)); }

    // money: the integer, or (as older documents wrote it) its text
    static void amount_int(binder& b, void* p, std::int64_t v)
    {
        using whole = decltype(std::declval<T const&>().value());
        whole w{};
        if (bind::integer_from<whole>(b, &w, v)) bind::as<T>(p) = T(w);
    }
    static void amount_uint(binder& b, void* p, std::uint64_t v)
    {
        using whole = decltype(std::declval<T const&>().value());
        whole w{};
        if (bind::integer_from_u<whole>(b, &w, v)) bind::as<T>(p) = T(w);
    }

    // any JSON, kept as it is
    static void any_null(binder&, void* p) { bind::as<T>(p) = nullptr; }
    static void any_bool(binder&, void* p, bool v) { bind::as<T>(p) = v; }
    static void any_int(binder&, void* p, std::int64_t v) { bind::as<T>(p) = v; }
    static void any_uint(binder&, void* p, std::uint64_t v) { bind::as<T>(p) = v; }
    static void any_double(binder&, void* p, double v) { bind::as<T>(p) = v; }
    static void any_string(binder&, void* p, std::string_view v)
    {
        bind::as<T>(p).emplace_string().assign(v.data(), v.size());
    }
    static slot any_container(binder& b, void* p)
    {
        b.capture(p);
        return {}; // skipped by the parser's events, and captured on the way
    }

    // arrays
    static slot array_begin(binder&, void* p)
    {
        bind::as<T>(p).clear();
        return {p, &table};
    }
    static slot element(binder&, bind_frame& f)
    {
        auto& v = bind::as<T>(f.self.target);
        f.now = bind_frame::child::index;
        f.index = v.size();
        v.emplace_back();
        return {&v.back(), &ops_of<typename T::value_type>::table};
    }

    // maps
    static slot map_begin(binder&, void* p)
    {
        bind::as<T>(p).clear();
        return {p, &table};
    }
    static slot map_key(binder&, bind_frame& f, std::string_view k)
    {
        auto& m = bind::as<T>(f.self.target);
        f.now = bind_frame::child::key;
        f.key.assign(k.data(), k.size());
        auto& item = m[std::string(k)]; // a repeated key: the last value, as the DOM keeps
        item = typename T::mapped_type{};
        return {&item, &ops_of<typename T::mapped_type>::table};
    }

    // objects
    static slot object_begin(binder&, void* p) { return {p, &table}; }
    static slot member(binder& b, bind_frame& f, std::string_view k)
    {
        constexpr auto const& keys = bind::keys_of<T>::keys;
        constexpr auto n = static_cast<std::uint32_t>(keys.size());
        // Keys mostly come in the order of the description (sentra writes them so): the
        // one after the last member read is tried first, then the others in turn.
        std::uint32_t i = f.now == bind_frame::child::member ? f.member + 1 : 0;
        for (std::uint32_t tried = 0; tried < n; ++tried, ++i) {
            if (i >= n) i = 0;
            // One switch on the index: the key compared, and on a match the member's slot.
            slot out;
            bool const hit = boost::mp11::mp_with_index<bind::keys_of<T>::size>(i, [&](auto I) {
                constexpr std::string_view key = keys[I];
                if (k.size() != key.size() || std::memcmp(k.data(), key.data(), key.size()) != 0)
                    return false;
                f.now = bind_frame::child::member;
                f.member = i;
                std::uint64_t const bit = std::uint64_t{1} << (I % 64);
                bool const again = (f.seen[I / 64] & bit) != 0;
                f.seen[I / 64] |= bit;
                using D = boost::mp11::mp_at_c<members_of<T>, I>;
                auto& m = bind::as<T>(f.self.target).*D::pointer;
                using M = std::remove_cvref_t<decltype(m)>;
                if (again) { // a repeated key: the last value, as a DOM keeps
                    b.repeated_key();
                    b.forget(f, i);
                    m = M{};
                }
                out = slot{&m, &ops_of<M>::table};
                return true;
            });
            if (hit) return out;
        }
        f.now = bind_frame::child::key;
        f.key.assign(k.data(), k.size());
        if (!b.reported_unknown(f, k))
            b.fail(errc::unknown_key, "json.not_a_member", {{"key", sentra::quote_input(k)}});
        return {};
    }
    static void object_end(binder& b, bind_frame& f)
    {
        boost::mp11::mp_for_each<boost::mp11::mp_iota_c<bind::keys_of<T>::size>>([&](auto I) {
            constexpr std::size_t i = decltype(I)::value;
            if (f.seen[i / 64] & (std::uint64_t{1} << (i % 64))) return;
            using D = boost::mp11::mp_at_c<members_of<T>, i>;
            using M = std::remove_cvref_t<decltype(std::declval<T&>().*D::pointer)>;
            if constexpr (is_optional<M>::value)
                (bind::as<T>(f.self.target).*D::pointer).reset(); // absent: none, as the DOM reads
            else if constexpr (is_vector<M>::value)
                (bind::as<T>(f.self.target).*D::pointer).clear(); // absent: empty
            else
                b.missing(static_cast<std::uint32_t>(i), json_key(D::name));
        });
    }

    // a figure: its bare value, or the object
    template <auto F, class... A>
    static auto bare_forward(binder& b, void* p, A... a)
    {
        using V = decltype(std::declval<T&>().value);
        return (ops_of<V>::table.*F)(b, &bind::as<T>(p).value, a...);
    }
    static void bare_null(binder& b, void* p) { bare_forward<&bind_ops::on_null>(b, p); }
    static void bare_bool(binder& b, void* p, bool v) { bare_forward<&bind_ops::on_bool>(b, p, v); }
    static void bare_int(binder& b, void* p, std::int64_t v) { bare_forward<&bind_ops::on_int64>(b, p, v); }
    static void bare_uint(binder& b, void* p, std::uint64_t v) { bare_forward<&bind_ops::on_uint64>(b, p, v); }
    static void bare_double(binder& b, void* p, double v) { bare_forward<&bind_ops::on_double>(b, p, v); }
    static void bare_string(binder& b, void* p, std::string_view v) { bare_forward<&bind_ops::on_string>(b, p, v); }
    static slot bare_array(binder& b, void* p) { return bare_forward<&bind_ops::array_begin>(b, p); }

    // The table of each shape (visit_shape): what it takes, the rest refused as wrong types.
    struct filler {
        bind_ops& o;
        constexpr void operator()(shape_tag<shape::optional>, std::type_identity<T>) const
        {
            o.on_null = opt_null;
            o.on_bool = opt_bool;
            o.on_int64 = opt_int;
            o.on_uint64 = opt_uint;
            o.on_double = opt_double;
            o.on_string = opt_string;
            o.object_begin = opt_object;
            o.array_begin = opt_array;
        }
        constexpr void operator()(shape_tag<shape::json_value>, std::type_identity<T>) const
        {
            o.on_null = any_null;
            o.on_bool = any_bool;
            o.on_int64 = any_int;
            o.on_uint64 = any_uint;
            o.on_double = any_double;
            o.on_string = any_string;
            o.object_begin = any_container;
            o.array_begin = any_container;
        }
        constexpr void operator()(shape_tag<shape::boolean>, std::type_identity<T>) const
        {
            o.on_bool = set_bool;
        }
        constexpr void operator()(shape_tag<shape::integer>, std::type_identity<T>) const
        {
            o.on_int64 = integer_int;
            o.on_uint64 = integer_uint;
        }
        constexpr void operator()(shape_tag<shape::number>, std::type_identity<T>) const
        {
            o.on_int64 = number_int;
            o.on_uint64 = number_uint;
            o.on_double = set_double;
        }
        constexpr void operator()(shape_tag<shape::string>, std::type_identity<T>) const
        {
            o.on_string = set_string;
        }
        constexpr void operator()(shape_tag<shape::enumeration>, std::type_identity<T>) const
        {
            o.on_string = enum_string;
        }
        constexpr void operator()(shape_tag<shape::integer_value>, std::type_identity<T>) const
        {
            o.on_int64 = amount_int;
            o.on_uint64 = amount_uint;
            o.on_string = text_string;
        }
        constexpr void operator()(shape_tag<shape::text_value>, std::type_identity<T>) const
        {
            o.on_string = text_string;
            if constexpr (reads_json_integers<T>) {
                o.on_int64 = text_int;
                o.on_uint64 = text_uint;
            }
        }
        constexpr void operator()(shape_tag<shape::array>, std::type_identity<T>) const
        {
            o.array_begin = array_begin;
            o.element = element;
        }
        constexpr void operator()(shape_tag<shape::string_map>, std::type_identity<T>) const
        {
            o.object_begin = map_begin;
            o.key = map_key;
        }
        constexpr void operator()(shape_tag<shape::object>, std::type_identity<T>) const
        {
            o.object_begin = object_begin;
            o.key = member;
            o.object_end = object_end;
            o.member_key = bind::keys_of<T>::at;
            o.member_count = bind::keys_of<T>::size;
            if constexpr (reads_bare_value<T>) {
                o.on_null = bare_null;
                o.on_bool = bare_bool;
                o.on_int64 = bare_int;
                o.on_uint64 = bare_uint;
                o.on_double = bare_double;
                o.on_string = bare_string;
                o.array_begin = bare_array;
            }
        }
    };

    static constexpr bind_ops make() noexcept
    {
        bind_ops o{w::null_,      w::bool_,       w::int_,       w::uint_,      w::double_,
                   w::string_,    w::object_,     w::array_,     bind::no_key,  bind::no_element,
                   bind::no_end,  binder::no_member_key, 0};
        visit_shape<T>(filler{o});
        return o;
    }
    static constexpr bind_ops table = make();
};

inline bind_ops const binder::skip_ops{
    bind::ignore_null, bind::ignore_bool,   bind::ignore_int64, bind::ignore_uint64,
    bind::ignore_double, bind::ignore_string, bind::refuse,      bind::refuse,
    bind::no_key,      bind::no_element,    bind::no_end,       binder::no_member_key, 0};

} // namespace sentra::io::json::detail

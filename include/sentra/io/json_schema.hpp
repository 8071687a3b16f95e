// sentra/io/json_schema.hpp — JSON Schema (draft 2020-12) generated from the described
// types themselves, so that it cannot drift from what sentra reads: `json::schema<T>()`.
//
// A described struct is an object with exactly its members ("additionalProperties":
// false), the ones neither optional nor a list required (a list may be absent: it reads as
// empty); an optional may also be null; an enum is one of its names; vectors are arrays; codes, ids, dates and times are strings with the pattern
// of their form; money is an integer (or its text, which older documents wrote). The schema checks form; sentra checks more (that a village exists, that a
// reference resolves, that a case log replays), so a document can pass the schema and
// still be refused by sentra, never the other way round. A string-coded type of your own
// gets a pattern by specializing `sentra::io::json::schema_pattern<T>`.
#pragma once

#include <sentra/business/industry_code.hpp>
#include <sentra/date.hpp>
#include <sentra/id.hpp>
#include <sentra/io/json.hpp>
#include <sentra/region/code.hpp>
#include <sentra/timestamp.hpp>

#include <boost/describe/enumerators.hpp>
#include <boost/describe/members.hpp>
#include <boost/json/value.hpp>
#include <boost/mp11/algorithm.hpp>

#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <type_traits>
#include <vector>

namespace sentra::io::json {

// The regular expression (ECMA-262, as JSON Schema uses) of a string-coded type's text,
// or none. Specialize it for your own types.
template <class T>
struct schema_pattern {
    static std::optional<std::string> get() { return std::nullopt; }
};

namespace detail {

// "[0-9]{2}\\.[0-9]{2}..." for the first `levels` levels of a region scheme.
template <region_scheme S>
std::string region_display_pattern(std::size_t levels)
{
    std::string out;
    for (std::size_t i = 0; i < levels; ++i) {
        if (i && S::separator != '\0') {
            out += '\\';
            out += S::separator;
        }
        out += "[0-9]{" + std::to_string(S::widths[i]) + "}";
    }
    return out;
}

template <region_scheme S>
std::size_t region_digits(std::size_t levels)
{
    std::size_t n = 0;
    for (std::size_t i = 0; i < levels; ++i) n += S::widths[i];
    return n;
}

// Display or compact form of one level: "^(32\.76|3276)$" in shape.
template <region_scheme S>
std::string region_level_alternatives(std::size_t levels)
{
    std::string out = region_display_pattern<S>(levels);
    if (S::separator != '\0' && levels > 1)
        out += "|[0-9]{" + std::to_string(region_digits<S>(levels)) + "}";
    return out;
}

} // namespace detail

template <region_scheme S, std::size_t L>
struct schema_pattern<region_code<S, L>> {
    static std::optional<std::string> get()
    {
        return "^(" + detail::region_level_alternatives<S>(L + 1) + ")$";
    }
};

template <region_scheme S>
struct schema_pattern<any_region_code<S>> {
    static std::optional<std::string> get()
    {
        std::string out = "^(";
        for (std::size_t l = 1; l <= S::widths.size(); ++l) {
            if (l > 1) out += '|';
            out += detail::region_level_alternatives<S>(l);
        }
        return out + ")$";
    }
};

template <class C, std::size_t L>
struct schema_pattern<industry_code<C, L>> {
    static std::optional<std::string> get()
    {
        if (L == 0) return std::string("^[A-U]$");
        return "^[0-9]{" + std::to_string(L + 1) + "}$";
    }
};

template <class C>
struct schema_pattern<any_industry_code<C>> {
    static std::optional<std::string> get()
    {
        return "^([A-U]|[0-9]{2," + std::to_string(C::levels) + "})$";
    }
};

template <class Tag>
struct schema_pattern<basic_id<Tag>> {
    static std::optional<std::string> get() { return "^[a-z0-9][a-z0-9._-]{0,63}$"; }
};

template <>
struct schema_pattern<date> {
    static std::optional<std::string> get() { return "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"; }
};

template <>
struct schema_pattern<timestamp> {
    static std::optional<std::string> get()
    {
        return "^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}"
               "([Zz]|[+-][0-9]{2}:[0-9]{2})$";
    }
};

namespace detail {

template <class T>
boost::json::value schema_of();
template <class T>
boost::json::object object_schema();

template <class T>
boost::json::object integer_schema()
{
    boost::json::object o{{"type", "integer"}};
    if constexpr (std::is_signed_v<T>) {
        o["minimum"] = static_cast<std::int64_t>(std::numeric_limits<T>::min());
        o["maximum"] = static_cast<std::int64_t>(std::numeric_limits<T>::max());
    } else {
        o["minimum"] = 0;
        o["maximum"] = static_cast<std::uint64_t>(std::numeric_limits<T>::max());
    }
    return o;
}

// A described class's object: its members' schemas, the ones that may not be absent
// required (an optional or a list may be: a list absent is empty), no other key.
template <class T>
boost::json::object object_schema()
{
    boost::json::object properties;
    boost::json::array required;
    for_each_member<T>([&](auto m) {
        using info = decltype(m);
        properties[info::key] = schema_of<typename info::type>();
        if constexpr (info::required) required.emplace_back(info::key);
    });
    boost::json::object o{{"type", "object"}, {"properties", std::move(properties)}};
    if (!required.empty()) o["required"] = std::move(required);
    o["additionalProperties"] = false;
    return o;
}

// The walk: T's schema, one overload per shape (visit_shape).
struct schema_maker {
    template <class T>
    boost::json::value operator()(shape_tag<shape::optional>, std::type_identity<T>) const
    {
        boost::json::array any_of{schema_of<typename T::value_type>(),
                                  boost::json::object{{"type", "null"}}};
        return boost::json::object{{"anyOf", std::move(any_of)}};
    }
    template <class T>
    boost::json::value operator()(shape_tag<shape::json_value>, std::type_identity<T>) const
    {
        return boost::json::object{}; // any JSON value
    }
    template <class T>
    boost::json::value operator()(shape_tag<shape::boolean>, std::type_identity<T>) const
    {
        return boost::json::object{{"type", "boolean"}};
    }
    template <class T>
    boost::json::value operator()(shape_tag<shape::integer>, std::type_identity<T>) const
    {
        return integer_schema<T>();
    }
    template <class T>
    boost::json::value operator()(shape_tag<shape::number>, std::type_identity<T>) const
    {
        return boost::json::object{{"type", "number"}};
    }
    template <class T>
    boost::json::value operator()(shape_tag<shape::string>, std::type_identity<T>) const
    {
        return boost::json::object{{"type", "string"}};
    }
    template <class T>
    boost::json::value operator()(shape_tag<shape::enumeration>, std::type_identity<T>) const
    {
        boost::json::array names;
        boost::mp11::mp_for_each<boost::describe::describe_enumerators<T>>(
            [&](auto d) { names.emplace_back(d.name); });
        return boost::json::object{{"type", "string"}, {"enum", std::move(names)}};
    }
    template <class T>
    boost::json::value operator()(shape_tag<shape::array>, std::type_identity<T>) const
    {
        return boost::json::object{{"type", "array"},
                                   {"items", schema_of<typename T::value_type>()}};
    }
    template <class T>
    boost::json::value operator()(shape_tag<shape::string_map>, std::type_identity<T>) const
    {
        return boost::json::object{{"type", "object"},
                                   {"additionalProperties", schema_of<typename T::mapped_type>()}};
    }
    template <class T>
    boost::json::value operator()(shape_tag<shape::integer_value>, std::type_identity<T>) const
    {
        // Written as the integer; its text (older documents) is still read.
        boost::json::object text{{"type", "string"}};
        if (auto p = schema_pattern<T>::get()) text["pattern"] = *p;
        return boost::json::object{
            {"anyOf", boost::json::array{integer_schema<decltype(std::declval<T const&>().value())>(),
                                         std::move(text)}}};
    }
    template <class T>
    boost::json::value operator()(shape_tag<shape::text_value>, std::type_identity<T>) const
    {
        if constexpr (reads_json_integers<T>) {
            return boost::json::object{{"type", boost::json::array{"string", "integer"}}};
        } else {
            boost::json::object o{{"type", "string"}};
            if (auto p = schema_pattern<T>::get()) o["pattern"] = *p;
            return o;
        }
    }
    template <class T>
    boost::json::value operator()(shape_tag<shape::object>, std::type_identity<T>) const
    {
        if constexpr (reads_bare_value<T>) {
            // The bare value, or the object with the value and the rest.
            return boost::json::object{
                {"anyOf",
                 boost::json::array{schema_of<decltype(std::declval<T const&>().value)>(),
                                    object_schema<T>()}}};
        } else {
            return object_schema<T>();
        }
    }
};

template <class T>
boost::json::value schema_of()
{
    return visit_shape<T>(schema_maker{});
}

} // namespace detail

// The JSON Schema (draft 2020-12) of T's JSON form, with `title` when given.
template <class T>
boost::json::value schema(std::string_view title = {})
{
    boost::json::value body = detail::schema_of<T>();
    boost::json::object out{{"$schema", "https://json-schema.org/draft/2020-12/schema"}};
    if (!title.empty()) out["title"] = title;
    for (auto& kv : body.as_object()) out[kv.key()] = std::move(kv.value());
    return out;
}

} // namespace sentra::io::json

// sentra/io/json.hpp — the one strict JSON converter for every sentra type.
//
// Described structs and enums (Boost.Describe) convert without hand-written code, and so
// does any value type with `static result<T> parse(std::string_view)` and
// `std::string to_string() const` (region codes, and later money, KBLI codes, dates).
// Reading is strict and the same on every Boost version: an unknown key, a missing key,
// a wrong type or a malformed value is an error with its JSON Pointer, and every problem
// in the input is reported, not just the first. Writing keeps member order, leaves out
// absent optionals, and writes enums by their snake_case names. The rules are in
// docs/json.md. `boost::json::value_from` / `value_to` give the same results for sentra
// types (value_to throws sentra::exception).
#pragma once

#include <sentra/error.hpp>
#include <sentra/personal_data.hpp>

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>
#include <boost/describe/enum_from_string.hpp>
#include <boost/describe/enum_to_string.hpp>
#include <boost/describe/members.hpp>
#include <boost/json/parser.hpp>
#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>
#include <boost/json/value_from.hpp>
#include <boost/json/value_to.hpp>
#include <boost/mp11/algorithm.hpp>

#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace sentra::json {

struct read_options {
    // Stop after this many errors (0: report all).
    std::size_t max_errors = 0;
    // Deepest nesting accepted by parse(); deeper input is an error, not a stack overflow.
    std::size_t max_depth = 64;
};

struct write_options {
    // Write members of types marked as personal data (sentra/personal_data.hpp); left out
    // by default.
    bool personal_data = false;
};

namespace detail {

template <class T>
struct is_optional : std::false_type {
};
template <class T>
struct is_optional<std::optional<T>> : std::true_type {
};

template <class T>
struct is_vector : std::false_type {
};
template <class T, class A>
struct is_vector<std::vector<T, A>> : std::true_type {
};

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

template <class T>
concept described_class = boost::describe::has_describe_members<T>::value && !std::is_union_v<T>;

template <class T>
concept described_enum = boost::describe::has_describe_enumerators<T>::value;

// A type this converter handles; the boost::json hooks below are limited to these.
template <class T>
concept convertible = described_class<T> || described_enum<T> || string_codec<T>;

// "/a~1b" for key "a/b" (RFC 6901).
inline void append_token(std::string& pointer, std::string_view key)
{
    pointer += '/';
    for (char c : key) {
        if (c == '~')
            pointer += "~0";
        else if (c == '/')
            pointer += "~1";
        else
            pointer += c;
    }
}

inline std::string_view kind_name(boost::json::value const& v) noexcept
{
    switch (v.kind()) {
    case boost::json::kind::null:
        return "null";
    case boost::json::kind::bool_:
        return "a boolean";
    case boost::json::kind::int64:
    case boost::json::kind::uint64:
        return "an integer";
    case boost::json::kind::double_:
        return "a number";
    case boost::json::kind::string:
        return "a string";
    case boost::json::kind::array:
        return "an array";
    case boost::json::kind::object:
        return "an object";
    }
    return "a value";
}

struct context {
    report& out;
    std::string pointer;

    void fail(errc code, std::string detail)
    {
        location l;
        l.pointer = pointer; // "" is the whole document (RFC 6901)
        out.add(code, std::move(l), std::move(detail));
    }
    void wrong_type(std::string_view expected, boost::json::value const& got)
    {
        fail(errc::wrong_type,
             "expected " + std::string(expected) + ", found " + std::string(kind_name(got)));
    }
};

template <class T>
bool read_value(boost::json::value const& v, T& out, context& cx);

template <class T>
bool read_integer(boost::json::value const& v, T& out, context& cx)
{
    if (v.is_int64()) {
        std::int64_t const i = v.get_int64();
        if constexpr (std::is_signed_v<T>) {
            if (i >= static_cast<std::int64_t>(std::numeric_limits<T>::min()) &&
                i <= static_cast<std::int64_t>(std::numeric_limits<T>::max())) {
                out = static_cast<T>(i);
                return true;
            }
        } else {
            if (i >= 0 && static_cast<std::uint64_t>(i) <= std::numeric_limits<T>::max()) {
                out = static_cast<T>(i);
                return true;
            }
        }
        cx.fail(errc::out_of_range, std::to_string(i) + " does not fit");
        return false;
    }
    if (v.is_uint64()) {
        std::uint64_t const u = v.get_uint64();
        if (u <= static_cast<std::uint64_t>(std::numeric_limits<T>::max())) {
            out = static_cast<T>(u);
            return true;
        }
        cx.fail(errc::out_of_range, std::to_string(u) + " does not fit");
        return false;
    }
    cx.wrong_type("an integer", v);
    return false;
}

template <class T>
bool read_class(boost::json::value const& v, T& out, context& cx)
{
    if (!v.is_object()) {
        cx.wrong_type("an object", v);
        return false;
    }
    auto const& obj = v.get_object();
    bool ok = true;
    std::size_t const base = cx.pointer.size();
    using members = boost::describe::describe_members<T, boost::describe::mod_public>;
    // Unknown keys first, in document order.
    for (auto const& kv : obj) {
        bool known = false;
        boost::mp11::mp_for_each<members>([&](auto d) {
            if (kv.key() == d.name) known = true;
        });
        if (!known) {
            append_token(cx.pointer, kv.key());
            cx.fail(errc::unknown_key,
                    sentra::detail::cat("'", std::string_view(kv.key()), "' is not a member"));
            cx.pointer.resize(base);
            ok = false;
        }
    }
    boost::mp11::mp_for_each<members>([&](auto d) {
        if (cx.out.full()) return;
        using member_type = std::remove_cvref_t<decltype(out.*d.pointer)>;
        append_token(cx.pointer, d.name);
        if (auto const* mv = obj.if_contains(d.name)) {
            if (!read_value(*mv, out.*d.pointer, cx)) ok = false;
        } else if constexpr (is_optional<member_type>::value) {
            out.*d.pointer = std::nullopt;
        } else {
            cx.fail(errc::missing_key,
                    sentra::detail::cat("'", std::string_view(d.name), "' is required"));
            ok = false;
        }
        cx.pointer.resize(base);
    });
    return ok;
}

template <class T>
bool read_value(boost::json::value const& v, T& out, context& cx)
{
    if constexpr (is_optional<T>::value) {
        if (v.is_null()) {
            out = std::nullopt;
            return true;
        }
        typename T::value_type inner{};
        if (!read_value(v, inner, cx)) return false;
        out = std::move(inner);
        return true;
    } else if constexpr (std::is_same_v<T, boost::json::value>) {
        out = v; // carried as it is (extension objects)
        return true;
    } else if constexpr (std::is_same_v<T, bool>) {
        if (!v.is_bool()) {
            cx.wrong_type("a boolean", v);
            return false;
        }
        out = v.get_bool();
        return true;
    } else if constexpr (std::is_integral_v<T>) {
        return read_integer(v, out, cx);
    } else if constexpr (std::is_floating_point_v<T>) {
        if (v.is_double())
            out = static_cast<T>(v.get_double());
        else if (v.is_int64())
            out = static_cast<T>(v.get_int64());
        else if (v.is_uint64())
            out = static_cast<T>(v.get_uint64());
        else {
            cx.wrong_type("a number", v);
            return false;
        }
        return true;
    } else if constexpr (std::is_same_v<T, std::string>) {
        if (!v.is_string()) {
            cx.wrong_type("a string", v);
            return false;
        }
        out.assign(v.get_string().data(), v.get_string().size());
        return true;
    } else if constexpr (string_codec<T>) {
        if (!v.is_string()) {
            cx.wrong_type("a string", v);
            return false;
        }
        auto const& s = v.get_string();
        auto r = T::parse(std::string_view(s.data(), s.size()));
        if (!r) {
            error e = r.error();
            e.where = location{};
            e.where.pointer = cx.pointer;
            cx.out.add(std::move(e));
            return false;
        }
        out = *r;
        return true;
    } else if constexpr (described_enum<T>) {
        if (!v.is_string()) {
            cx.wrong_type("a string", v);
            return false;
        }
        auto const& s = v.get_string();
        std::string const name(s.data(), s.size());
        if (!boost::describe::enum_from_string(name.c_str(), out)) {
            std::string allowed;
            boost::mp11::mp_for_each<boost::describe::describe_enumerators<T>>([&](auto d) {
                if (!allowed.empty()) allowed += ", ";
                allowed += d.name;
            });
            cx.fail(errc::invalid_value,
                    sentra::detail::cat("'", name, "' is not one of: ", allowed));
            return false;
        }
        return true;
    } else if constexpr (is_vector<T>::value) {
        if (!v.is_array()) {
            cx.wrong_type("an array", v);
            return false;
        }
        auto const& arr = v.get_array();
        out.clear();
        out.reserve(arr.size());
        bool ok = true;
        std::size_t const base = cx.pointer.size();
        for (std::size_t i = 0; i < arr.size(); ++i) {
            if (cx.out.full()) return false;
            cx.pointer += '/';
            cx.pointer += std::to_string(i);
            typename T::value_type item{};
            if (read_value(arr[i], item, cx))
                out.push_back(std::move(item));
            else
                ok = false;
            cx.pointer.resize(base);
        }
        return ok;
    } else if constexpr (is_string_map<T>::value) {
        if (!v.is_object()) {
            cx.wrong_type("an object", v);
            return false;
        }
        out.clear();
        bool ok = true;
        std::size_t const base = cx.pointer.size();
        for (auto const& kv : v.get_object()) {
            append_token(cx.pointer, kv.key());
            typename T::mapped_type item{};
            if (read_value(kv.value(), item, cx))
                out.emplace(std::string(kv.key()), std::move(item));
            else
                ok = false;
            cx.pointer.resize(base);
        }
        return ok;
    } else if constexpr (described_class<T>) {
        return read_class(v, out, cx);
    } else {
        static_assert(sizeof(T) == 0, "sentra::json cannot read this type: describe it "
                                      "(BOOST_DESCRIBE_STRUCT) or give it parse/to_string");
    }
}

template <class T>
void write_into(boost::json::value& jv, T const& x, write_options const& opt = {})
{
    if constexpr (is_optional<T>::value) {
        if (x)
            write_into(jv, *x);
        else
            jv = nullptr;
    } else if constexpr (std::is_same_v<T, boost::json::value>) {
        jv = x;
    } else if constexpr (std::is_same_v<T, bool>) {
        jv = x;
    } else if constexpr (std::is_integral_v<T>) {
        if constexpr (std::is_signed_v<T>)
            jv = static_cast<std::int64_t>(x);
        else
            jv = static_cast<std::uint64_t>(x);
    } else if constexpr (std::is_floating_point_v<T>) {
        jv = static_cast<double>(x);
    } else if constexpr (std::is_same_v<T, std::string>) {
        jv = boost::json::string(x);
    } else if constexpr (string_codec<T>) {
        jv = boost::json::string(x.to_string());
    } else if constexpr (described_enum<T>) {
        char const* name = boost::describe::enum_to_string(x, nullptr);
        if (name != nullptr)
            jv = boost::json::string(name);
        else
            jv = static_cast<std::int64_t>(static_cast<std::underlying_type_t<T>>(x));
    } else if constexpr (is_vector<T>::value) {
        auto& arr = jv.emplace_array();
        arr.reserve(x.size());
        for (auto const& item : x) write_into(arr.emplace_back(nullptr), item, opt);
    } else if constexpr (is_string_map<T>::value) {
        auto& obj = jv.emplace_object();
        for (auto const& [k, item] : x) write_into(obj[k], item, opt);
    } else if constexpr (described_class<T>) {
        auto& obj = jv.emplace_object();
        using members = boost::describe::describe_members<T, boost::describe::mod_public>;
        boost::mp11::mp_for_each<members>([&](auto d) {
            auto const& m = x.*d.pointer;
            using member_type = std::remove_cvref_t<decltype(m)>;
            if constexpr (is_optional<member_type>::value) {
                if (!m) return; // absent optionals are left out
                if constexpr (is_personal_data_v<typename member_type::value_type>)
                    if (!opt.personal_data) return;
            } else if constexpr (is_personal_data_v<member_type>) {
                if (!opt.personal_data) return;
            }
            write_into(obj[d.name], m, opt);
        });
    } else {
        static_assert(sizeof(T) == 0, "sentra::json cannot write this type: describe it "
                                      "(BOOST_DESCRIBE_STRUCT) or give it parse/to_string");
    }
}

inline void line_and_column(std::string_view text, std::size_t offset, std::uint32_t& line,
                            std::uint32_t& column)
{
    line = 1;
    std::size_t line_start = 0;
    if (offset > text.size()) offset = text.size();
    for (std::size_t i = 0; i < offset; ++i)
        if (text[i] == '\n') {
            ++line;
            line_start = i + 1;
        }
    column = static_cast<std::uint32_t>(offset - line_start + 1);
}

} // namespace detail

// Reads a T from a JSON value; every problem is in the report, each with its pointer.
template <class T>
result<T, report> read(boost::json::value const& v, read_options options = {})
{
    report out(options.max_errors);
    detail::context cx{out, {}};
    T value{};
    if (!detail::read_value(v, value, cx) || !out.ok()) return out;
    return result<T, report>(boost::system::in_place_value, std::move(value));
}

// Parses JSON text (syntax errors carry line and column; `file` names the input).
inline result<boost::json::value> parse_value(std::string_view text, read_options options = {},
                                              std::string file = {})
{
    boost::json::parse_options po;
    po.max_depth = options.max_depth;
    boost::json::parser p(boost::json::storage_ptr(), po);
    boost::system::error_code ec;
    std::size_t const n = p.write_some(text.data(), text.size(), ec);
    if (!ec && n < text.size()) ec = boost::json::error::extra_data;
    if (ec) {
        location l;
        l.file = std::move(file);
        detail::line_and_column(text, n, l.line, l.column);
        std::string detail = ec.message();
        if (detail == "syntax error") detail.clear(); // the label says as much
        return make_error(errc::syntax_error, std::move(detail), std::move(l));
    }
    return p.release();
}

// Parses JSON text and reads a T from it.
template <class T>
result<T, report> parse(std::string_view text, read_options options = {}, std::string file = {})
{
    auto v = parse_value(text, options, std::move(file));
    if (!v) {
        report out(options.max_errors);
        out.add(v.error());
        return out;
    }
    return read<T>(*v, options);
}

// The JSON value of x. Personal data is left out unless `options` ask for it.
template <class T>
boost::json::value write(T const& x, write_options const& options = {})
{
    boost::json::value jv;
    detail::write_into(jv, x, options);
    return jv;
}

// The JSON text of x: compact, keys in member order.
template <class T>
std::string serialize(T const& x, write_options const& options = {})
{
    return boost::json::serialize(write(x, options));
}

} // namespace sentra::json

namespace sentra {

// Boost.JSON's customization points, so that boost::json::value_from / value_to on sentra
// types mean the same as sentra::json::write / read.
template <class T>
    requires json::detail::convertible<T>
void tag_invoke(boost::json::value_from_tag, boost::json::value& jv, T const& x)
{
    json::detail::write_into(jv, x);
}

template <class T>
    requires json::detail::convertible<T> T tag_invoke(boost::json::value_to_tag<T>,
                                                       boost::json::value const& jv)
    {
        return json::read<T>(jv).value();
    }

} // namespace sentra

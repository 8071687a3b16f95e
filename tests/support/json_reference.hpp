// tests/support/json_reference.hpp — a second, independent JSON reader, kept only to check
// the library's one: it walks a Boost.JSON DOM with its own ladder of the shapes (the
// reader sentra had before the binder, json_bind.hpp). The differential fuzzer and the
// tests read the same bytes through both and require the same values and the same
// problems in the same order. Not part of the library: it is an oracle, and an oracle
// shares as little as it can with what it checks.
#pragma once

#include <sentra/io/json.hpp>
#include <sentra/personal_data.hpp>

#include <boost/describe/enum_from_string.hpp>
#include <boost/json/value.hpp>
#include <boost/mp11/algorithm.hpp>

#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <type_traits>

namespace sentra_test::json_reference {

using namespace sentra;
using namespace sentra::io::json::detail;

inline bilingual kind_name(boost::json::value const& v) noexcept
{
    switch (v.kind()) {
    case boost::json::kind::null:
        return io::json::detail::bind::kind_null;
    case boost::json::kind::bool_:
        return io::json::detail::bind::kind_boolean;
    case boost::json::kind::int64:
    case boost::json::kind::uint64:
        return io::json::detail::bind::kind_integer;
    case boost::json::kind::double_:
        return io::json::detail::bind::kind_number;
    case boost::json::kind::string:
        return io::json::detail::bind::kind_string;
    case boost::json::kind::array:
        return io::json::detail::bind::kind_array;
    case boost::json::kind::object:
        return io::json::detail::bind::kind_object;
    }
    return io::json::detail::bind::kind_value;
}

struct context {
    report& out;
    std::string pointer;

    void fail(errc code, message_id id, std::vector<message_arg> args = {})
    {
        location l;
        l.pointer = pointer; // "" is the whole document (RFC 6901)
        out.add(code, std::move(l), id, std::move(args));
    }
    void wrong_type(bilingual expected, boost::json::value const& got)
    {
        fail(errc::wrong_type, "json.wrong_type", {{"expected", expected}, {"found", kind_name(got)}});
    }
};

template <class T>
bool read_value(boost::json::value const& v, T& out, context& cx);

// A value type's own verdict on its text: the value, or its error at the pointer.
template <class T>
bool take(result<T> r, T& out, context& cx)
{
    if (!r) {
        error e = r.error();
        e.where = location{};
        e.where.pointer = cx.pointer;
        cx.out.add(std::move(e));
        return false;
    }
    out = std::move(*r);
    return true;
}

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
        cx.fail(errc::out_of_range, "json.does_not_fit", {{"value", std::to_string(i)}});
        return false;
    }
    if (v.is_uint64()) {
        std::uint64_t const u = v.get_uint64();
        if (u <= static_cast<std::uint64_t>(std::numeric_limits<T>::max())) {
            out = static_cast<T>(u);
            return true;
        }
        cx.fail(errc::out_of_range, "json.does_not_fit", {{"value", std::to_string(u)}});
        return false;
    }
    cx.wrong_type(io::json::detail::bind::kind_integer, v);
    return false;
}

template <class T>
bool read_class(boost::json::value const& v, T& out, context& cx)
{
    if (!v.is_object()) {
        cx.wrong_type(io::json::detail::bind::kind_object, v);
        return false;
    }
    auto const& obj = v.get_object();
    bool ok = true;
    std::size_t const base = cx.pointer.size();
    using members = members_of<T>;
    // Unknown keys first, in document order.
    for (auto const& kv : obj) {
        bool known = false;
        boost::mp11::mp_for_each<members>([&](auto d) {
            if (kv.key() == json_key(d.name)) known = true;
        });
        if (!known) {
            append_token(cx.pointer, kv.key());
            cx.fail(errc::unknown_key, "json.not_a_member", {{"key", sentra::quote_input(kv.key())}});
            cx.pointer.resize(base);
            ok = false;
        }
    }
    boost::mp11::mp_for_each<members>([&](auto d) {
        if (cx.out.full()) return;
        using member_type = std::remove_cvref_t<decltype(out.*d.pointer)>;
        append_token(cx.pointer, json_key(d.name));
        if (auto const* mv = obj.if_contains(json_key(d.name))) {
            if (!read_value(*mv, out.*d.pointer, cx)) ok = false;
        } else if constexpr (is_optional<member_type>::value) {
            out.*d.pointer = std::nullopt;
        } else if constexpr (is_vector<member_type>::value) {
            (out.*d.pointer).clear(); // a list absent is empty
        } else {
            cx.fail(errc::missing_key, "json.required", {{"key", json_key(d.name)}});
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
            cx.wrong_type(io::json::detail::bind::kind_boolean, v);
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
            cx.wrong_type(io::json::detail::bind::kind_number, v);
            return false;
        }
        return true;
    } else if constexpr (std::is_same_v<T, std::string>) {
        if (!v.is_string()) {
            cx.wrong_type(io::json::detail::bind::kind_string, v);
            return false;
        }
        out.assign(v.get_string().data(), v.get_string().size());
        return true;
    } else if constexpr (integer_codec<T>) {
        using whole = decltype(std::declval<T const&>().value());
        if (v.is_int64() || v.is_uint64()) {
            whole w{};
            if (!read_integer(v, w, cx)) return false;
            out = T(w);
            return true;
        }
        if (!v.is_string()) {
            cx.wrong_type(io::json::detail::bind::kind_integer_or_string, v);
            return false;
        }
        auto r = T::parse(std::string_view(v.get_string().data(), v.get_string().size()));
        return take(std::move(r), out, cx);
    } else if constexpr (string_codec<T>) {
        std::string number; // an integer's text, for a type that reads them
        if constexpr (reads_json_integers<T>) {
            if (v.is_int64()) number = std::to_string(v.get_int64());
            if (v.is_uint64()) number = std::to_string(v.get_uint64());
        }
        if (!v.is_string() && number.empty()) {
            cx.wrong_type(reads_json_integers<T> ? io::json::detail::bind::kind_string_or_integer
                                                  : io::json::detail::bind::kind_string,
                          v);
            return false;
        }
        std::string_view const text =
            number.empty() ? std::string_view(v.get_string().data(), v.get_string().size())
                           : std::string_view(number);
        auto r = T::parse(text);
        return take(std::move(r), out, cx);
    } else if constexpr (described_enum<T>) {
        if (!v.is_string()) {
            cx.wrong_type(io::json::detail::bind::kind_string, v);
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
            cx.fail(errc::invalid_value, "json.not_one_of",
                    {{"input", sentra::quote_input(name)}, {"allowed", allowed}});
            return false;
        }
        return true;
    } else if constexpr (is_vector<T>::value) {
        if (!v.is_array()) {
            cx.wrong_type(io::json::detail::bind::kind_array, v);
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
            // Read in place: no temporary to move (and none for GCC 12 to think uninitialized).
            out.emplace_back();
            if (!read_value(arr[i], out.back(), cx)) {
                out.pop_back();
                ok = false;
            }
            cx.pointer.resize(base);
        }
        return ok;
    } else if constexpr (is_string_map<T>::value) {
        if (!v.is_object()) {
            cx.wrong_type(io::json::detail::bind::kind_object, v);
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
    } else if constexpr (reads_bare_value<T>) {
        if (v.is_object()) return read_class(v, out, cx);
        out = T{};
        return read_value(v, out.value, cx);
    } else if constexpr (described_class<T>) {
        return read_class(v, out, cx);
    } else {
        static_assert(sizeof(T) == 0, "sentra::io::json cannot read this type: describe it "
                                      "(BOOST_DESCRIBE_STRUCT) or give it parse/to_string");
    }
}

// Reads a T from a DOM by the reference's own walk.
template <class T>
result<T, report> read(boost::json::value const& v, io::json::read_options options = {})
{
    report out(options.max_errors);
    context cx{out, {}};
    T value{};
    if (!read_value(v, value, cx) || !out.ok()) return out;
    return result<T, report>(boost::system::in_place_value, std::move(value));
}

// Text to a DOM (Boost.JSON's parser, with sentra's syntax and duplicate-key errors), then
// the DOM to a T by the reference's walk.
template <class T>
result<T, report> parse(std::string_view text, std::string const& file = {},
                        io::json::read_options options = {}, std::uint32_t first_line = 1)
{
    report out(options.max_errors);
    auto v = parse_dom(text, options, file, {}, first_line, out);
    if (!v) return out;
    auto r = json_reference::read<T>(*v, options);
    if (r && out.ok()) return r;
    if (!r) {
        report more = std::move(r).error();
        place(text, more.problems(), first_line);
        for (auto& e : more.problems()) e.where.file = file;
        out.merge(more);
    }
    return out;
}

} // namespace sentra_test::json_reference

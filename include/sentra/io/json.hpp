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

#include <sentra/io/detail/json_bind.hpp>
#include <sentra/io/detail/json_shape.hpp>
#include <sentra/io/detail/json_text.hpp>
#include <sentra/detail/line_scan.hpp>
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

#include <bit>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace sentra::io::json {

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

// "/a~1b" for key "a/b" (RFC 6901).

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
    using members = members_of<T>;
    // Unknown keys first, in document order.
    for (auto const& kv : obj) {
        bool known = false;
        boost::mp11::mp_for_each<members>([&](auto d) {
            if (kv.key() == json_key(d.name)) known = true;
        });
        if (!known) {
            append_token(cx.pointer, kv.key());
            cx.fail(errc::unknown_key,
                    sentra::detail::cat(sentra::quote_input(kv.key()),
                                        " is not a member"));
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
        } else {
            cx.fail(errc::missing_key,
                    sentra::detail::cat("'", json_key(d.name), "' is required"));
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
        std::string number; // an integer's text, for a type that reads them
        if constexpr (reads_json_integers<T>) {
            if (v.is_int64()) number = std::to_string(v.get_int64());
            if (v.is_uint64()) number = std::to_string(v.get_uint64());
        }
        if (!v.is_string() && number.empty()) {
            cx.wrong_type(reads_json_integers<T> ? "a string or an integer" : "a string", v);
            return false;
        }
        std::string_view const text =
            number.empty() ? std::string_view(v.get_string().data(), v.get_string().size())
                           : std::string_view(number);
        auto r = T::parse(text);
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

template <class T>
void write_into(boost::json::value& jv, T const& x, write_options const& opt = {})
{
    if constexpr (is_optional<T>::value) {
        if (x)
            write_into(jv, *x, opt);
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
        if constexpr (reads_bare_value<T>) {
            if (x == T(x.value)) { // nothing but the value: written bare
                write_into(jv, x.value, opt);
                return;
            }
        }
        auto& obj = jv.emplace_object();
        using members = members_of<T>;
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
            write_into(obj[json_key(d.name)], m, opt);
        });
    } else {
        static_assert(sizeof(T) == 0, "sentra::io::json cannot write this type: describe it "
                                      "(BOOST_DESCRIBE_STRUCT) or give it parse/to_string");
    }
}

// The first byte at or after `i` that JSON must escape (a quote, a backslash, a control
// character), or s.size(). Sixteen bytes a step where SSE2 is there.
inline std::size_t next_to_escape(std::string_view s, std::size_t i) noexcept
{
#ifdef SENTRA_DETAIL_SSE2
    __m128i const quote = _mm_set1_epi8('"');
    __m128i const backslash = _mm_set1_epi8('\\');
    __m128i const control = _mm_set1_epi8(0x1F);
    for (; i + 16 <= s.size(); i += 16) {
        __m128i const x = _mm_loadu_si128(reinterpret_cast<__m128i const*>(s.data() + i));
        __m128i const hits =
            _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, quote), _mm_cmpeq_epi8(x, backslash)),
                         _mm_cmpeq_epi8(_mm_max_epu8(x, control), control)); // bytes <= 0x1F
        if (int const mask = _mm_movemask_epi8(hits); mask != 0)
            return i + static_cast<std::size_t>(std::countr_zero(static_cast<unsigned>(mask)));
    }
#endif
    for (; i < s.size(); ++i) {
        auto const c = static_cast<unsigned char>(s[i]);
        if (c < 0x20 || c == '"' || c == '\\') return i;
    }
    return i;
}

// The JSON text of a string, escaped as JSON requires (quotes, backslashes and control
// characters); everything else, UTF-8 included, is copied in runs.
inline void append_escaped(std::string& out, std::string_view s)
{
    static constexpr char hex[] = "0123456789abcdef";
    out += '"';
    std::size_t run = 0;
    for (std::size_t i = next_to_escape(s, 0); i < s.size(); i = next_to_escape(s, i + 1)) {
        auto const c = static_cast<unsigned char>(s[i]);
        out.append(s.data() + run, i - run);
        run = i + 1;
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        default:
            out += "\\u00";
            out += hex[c >> 4];
            out += hex[c & 0xF];
        }
    }
    out.append(s.data() + run, s.size() - run);
    out += '"';
}

// Shortest text that reads back as the same double, always with a '.' or an exponent so
// that it stays a double; JSON has no infinity or NaN, so those are written as null.
inline void append_double(std::string& out, double d)
{
    if (!std::isfinite(d)) {
        out += "null";
        return;
    }
    char buf[32];
    auto const r = std::to_chars(buf, buf + sizeof buf, d);
    std::string_view const text(buf, static_cast<std::size_t>(r.ptr - buf));
    out += text;
    if (text.find_first_of(".e") == std::string_view::npos) out += ".0";
}

template <class I>
void append_integer(std::string& out, I i)
{
    char buf[24];
    auto const r = std::to_chars(buf, buf + sizeof buf, i);
    out.append(buf, static_cast<std::size_t>(r.ptr - buf));
}

// The JSON text of x written straight into `out`, without a DOM: the same members, order
// and omissions as write_into (a test holds them equal).
template <class T>
void write_text(std::string& out, T const& x, write_options const& opt)
{
    if constexpr (is_optional<T>::value) {
        if (x)
            write_text(out, *x, opt);
        else
            out += "null";
    } else if constexpr (std::is_same_v<T, boost::json::value>) {
        out += boost::json::serialize(x);
    } else if constexpr (std::is_same_v<T, bool>) {
        out += x ? "true" : "false";
    } else if constexpr (std::is_integral_v<T>) {
        append_integer(out, x);
    } else if constexpr (std::is_floating_point_v<T>) {
        append_double(out, static_cast<double>(x));
    } else if constexpr (std::is_same_v<T, std::string>) {
        append_escaped(out, x);
    } else if constexpr (string_codec<T> && appends_text<T>) {
        // A value type's text is codes, digits and punctuation: nothing to escape, written
        // straight into the output.
        out += '"';
        x.append_to(out);
        out += '"';
    } else if constexpr (string_codec<T>) {
        append_escaped(out, x.to_string());
    } else if constexpr (described_enum<T>) {
        char const* name = boost::describe::enum_to_string(x, nullptr);
        if (name != nullptr)
            append_escaped(out, name);
        else
            append_integer(out, static_cast<std::underlying_type_t<T>>(x));
    } else if constexpr (is_vector<T>::value) {
        out += '[';
        bool first = true;
        for (auto const& item : x) {
            if (!first) out += ',';
            first = false;
            write_text(out, item, opt);
        }
        out += ']';
    } else if constexpr (is_string_map<T>::value) {
        out += '{';
        bool first = true;
        for (auto const& [k, item] : x) {
            if (!first) out += ',';
            first = false;
            append_escaped(out, k);
            out += ':';
            write_text(out, item, opt);
        }
        out += '}';
    } else if constexpr (described_class<T>) {
        if constexpr (reads_bare_value<T>) {
            if (x == T(x.value)) { // nothing but the value: written bare
                write_text(out, x.value, opt);
                return;
            }
        }
        out += '{';
        bool first = true;
        using members = members_of<T>;
        boost::mp11::mp_for_each<members>([&](auto d) {
            auto const& m = x.*d.pointer;
            using member_type = std::remove_cvref_t<decltype(m)>;
            if constexpr (is_optional<member_type>::value) {
                if (!m) return;
                if constexpr (is_personal_data_v<typename member_type::value_type>)
                    if (!opt.personal_data) return;
            } else if constexpr (is_personal_data_v<member_type>) {
                if (!opt.personal_data) return;
            }
            if (!first) out += ',';
            first = false;
            static constexpr std::string_view name = json_key(decltype(d)::name);
            out += '"';
            out += name; // member names need no escaping
            out += "\":";
            write_text(out, m, opt);
        });
        out += '}';
    } else {
        static_assert(sizeof(T) == 0, "sentra::io::json cannot write this type");
    }
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

namespace detail {

// Parses into a DOM, adding syntax errors and duplicate keys to `out`; the DOM comes back
// unless the syntax was wrong (with duplicates it holds the last member, so that the
// caller can still report every other problem).
template <class = void> // compiled where called: it instantiates the parser
std::optional<boost::json::value> parse_dom(std::string_view text, read_options options,
                                                   std::string const& file,
                                                   boost::json::storage_ptr storage,
                                                   std::uint32_t first_line, report& out)
{
    boost::json::parse_options po;
    po.max_depth = options.max_depth;
    boost::json::basic_parser<dom_handler> p(po); // its own stack on the default heap
    p.handler().reset(storage);                   // the values in `storage`
    boost::system::error_code ec;
    std::size_t const n = p.write_some(false, text.data(), text.size(), ec);
    if (!ec && n < text.size()) ec = boost::json::error::extra_data;
    if (ec) {
        out.add(syntax_error_at(text, n, ec, file, first_line));
        return std::nullopt;
    }
    if (p.handler().suspect_duplicates())
        for (auto& e : duplicate_keys(text, first_line)) {
            e.where.file = file;
            out.add(std::move(e));
        }
    return p.handler().stack().release();
}

} // namespace detail

// Parses JSON text into a DOM. Syntax errors and duplicate keys (which the DOM would
// silently drop) are errors with line and column; `file` names the input in them.
// `first_line` is the line the text starts on (a record of an NDJSON stream).
template <class = void> // compiled where called: it instantiates the parser
result<boost::json::value, report>
parse_value(std::string_view text, std::string const& file = {}, read_options options = {},
            std::uint32_t first_line = 1, boost::json::storage_ptr storage = {})
{
    report out(options.max_errors);
    auto v = detail::parse_dom(text, options, file, std::move(storage), first_line, out);
    if (!out.ok()) return out;
    return std::move(*v);
}

namespace detail {

// The DOM path: text to a boost::json::value, then the value to a T. For types that hold a
// boost::json::value, and as the reference the binder is checked against (a differential
// fuzzer reads the same bytes both ways).
template <class T>
result<T, report> parse_through_dom(std::string_view text, std::string const& file,
                                    read_options options, std::uint32_t first_line,
                                    boost::json::storage_ptr storage)
{
    report out(options.max_errors);
    auto v = parse_dom(text, options, file, std::move(storage), first_line, out);
    if (!v) return out;
    auto r = read<T>(*v, options);
    if (r && out.ok()) return r;
    if (!r) {
        report more = std::move(r).error();
        place(text, more.problems(), first_line);
        for (auto& e : more.problems()) e.where.file = file;
        out.merge(more);
    }
    return out;
}

// Binds the text straight into a T (json_bind.hpp): the same problems as the DOM path,
// without building a DOM.
template <class T>
result<T, report> bind_text(std::string_view text, std::string const& file,
                            read_options options, std::uint32_t first_line)
{
    boost::json::parse_options po;
    po.max_depth = options.max_depth;
    boost::json::basic_parser<binder> p(po);
    T value{};
    p.handler().start(value);
    boost::system::error_code ec;
    std::size_t const n = p.write_some(false, text.data(), text.size(), ec);
    if (!ec && n < text.size()) ec = boost::json::error::extra_data;
    report out(options.max_errors);
    if (ec) { // a syntax error is the only problem reported: what follows it is unknown
        out.add(syntax_error_at(text, n, ec, file, first_line));
        return out;
    }
    if (p.handler().suspect_duplicates())
        for (auto& e : duplicate_keys(text, first_line)) {
            e.where.file = file;
            out.add(std::move(e));
        }
    auto& problems = p.handler().problems();
    if (problems.empty() && out.ok())
        return result<T, report>(boost::system::in_place_value, std::move(value));
    // The DOM reader stops at the cap: the first problems in its order are the ones kept.
    if (options.max_errors != 0 && problems.size() > options.max_errors)
        problems.resize(options.max_errors);
    place(text, problems, first_line);
    for (auto& e : problems) {
        e.where.file = file;
        out.add(std::move(e));
    }
    return out;
}

} // namespace detail

// Parses JSON text and reads a T from it: every problem with its pointer, line and column.
// The text is bound straight into the T, with no DOM in between (a type that holds a
// boost::json::value goes through one; `storage` holds it).
template <class T>
result<T, report> parse(std::string_view text, std::string const& file = {},
                        read_options options = {}, std::uint32_t first_line = 1,
                        boost::json::storage_ptr storage = {})
{
    if constexpr (detail::holds_json_value<T>())
        return detail::parse_through_dom<T>(text, file, options, first_line, std::move(storage));
    else
        return detail::bind_text<T>(text, file, options, first_line);
}

// The same through a boost::json::value: the reference `parse` is checked against (the
// differential fuzzer and the tests read the same bytes both ways). Slower; for checking.
template <class T>
result<T, report> parse_through_dom(std::string_view text, std::string const& file = {},
                                    read_options options = {}, std::uint32_t first_line = 1)
{
    return detail::parse_through_dom<T>(text, file, options, first_line, {});
}

// Gives each problem found in `text` after parsing (by validate(), which knows only JSON
// Pointers) the line and column of its value, and names `file`. A problem that has a line
// already keeps it. `first_line` shifts lines, for a record that starts further down a file.
inline void locate(std::string_view text, report& problems, std::string_view file = {},
                   std::uint32_t first_line = 1)
{
    detail::place(text, problems.problems(), first_line);
    if (!file.empty())
        for (auto& e : problems.problems())
            if (e.where.file.empty()) e.where.file = std::string(file);
}

// The JSON value of x. Personal data is left out unless `options` ask for it.
template <class T>
boost::json::value write(T const& x, write_options const& options = {})
{
    boost::json::value jv;
    detail::write_into(jv, x, options);
    return jv;
}

// The JSON text of x: compact, keys in member order, written directly (no DOM).
template <class T>
std::string serialize(T const& x, write_options const& options = {})
{
    std::string out;
    detail::write_text(out, x, options);
    return out;
}

// Appends the JSON text of x to `out` (for streams of records: no allocation per record
// once `out` has grown).
template <class T>
void serialize_to(std::string& out, T const& x, write_options const& options = {})
{
    detail::write_text(out, x, options);
}

namespace detail {

inline void write_canonical(std::string& out, boost::json::value const& v, std::size_t indent)
{
    auto const newline = [&](std::size_t level) {
        out += '\n';
        out.append(level * 2, ' ');
    };
    switch (v.kind()) {
    case boost::json::kind::null:
        out += "null";
        break;
    case boost::json::kind::bool_:
        out += v.get_bool() ? "true" : "false";
        break;
    case boost::json::kind::int64:
        out += std::to_string(v.get_int64());
        break;
    case boost::json::kind::uint64:
        out += std::to_string(v.get_uint64());
        break;
    case boost::json::kind::double_:
        append_double(out, v.get_double());
        break;
    case boost::json::kind::string:
        append_escaped(out, std::string_view(v.get_string()));
        break;
    case boost::json::kind::array: {
        auto const& a = v.get_array();
        if (a.empty()) {
            out += "[]";
            break;
        }
        out += '[';
        for (std::size_t i = 0; i < a.size(); ++i) {
            if (i) out += ',';
            newline(indent + 1);
            write_canonical(out, a[i], indent + 1);
        }
        newline(indent);
        out += ']';
        break;
    }
    case boost::json::kind::object: {
        auto const& o = v.get_object();
        if (o.empty()) {
            out += "{}";
            break;
        }
        out += '{';
        bool first = true;
        for (auto const& kv : o) {
            if (!first) out += ',';
            first = false;
            newline(indent + 1);
            append_escaped(out, std::string_view(kv.key()));
            out += ": ";
            write_canonical(out, kv.value(), indent + 1);
        }
        newline(indent);
        out += '}';
        break;
    }
    }
}

} // namespace detail

// The canonical text of a JSON value: members in the order they are stored (for sentra's
// types, the order of their description), two-space indentation, one member or element a
// line, numbers in their shortest exact form, a final newline. The same value always gives
// the same bytes.
inline std::string canonical_text(boost::json::value const& v)
{
    std::string out;
    detail::write_canonical(out, v, 0);
    out += '\n';
    return out;
}

// The canonical text of x (see canonical_text).
template <class T>
std::string canonical(T const& x, write_options const& options = {})
{
    return canonical_text(write(x, options));
}

} // namespace sentra::io::json

namespace sentra {

// Boost.JSON's customization points, so that boost::json::value_from / value_to on sentra
// types mean the same as sentra::io::json::write / read.
template <class T>
    requires io::json::detail::convertible<T>
void tag_invoke(boost::json::value_from_tag, boost::json::value& jv, T const& x)
{
    io::json::detail::write_into(jv, x);
}

template <class T>
    requires io::json::detail::convertible<T> T tag_invoke(boost::json::value_to_tag<T>,
                                                       boost::json::value const& jv)
    {
        return io::json::read<T>(jv).value();
    }

} // namespace sentra

// sentra/io/detail/json_write.hpp — writing sentra types as JSON: one walk over the
// description (json_shape.hpp) into a sink, which is either JSON text appended straight
// into a string (serialize, NDJSON, documents) or a boost::json::value (write, value_from).
//
// The walk decides everything a reader of the output sees: member order, absent optionals
// left out, personal data left out unless asked for, enums by name, money as integers,
// figures bare when they carry nothing but their value. The sinks only spell it, so text
// and DOM always agree (a test holds them equal on every fixture).
#pragma once

#include <sentra/detail/platform.hpp>
#include <sentra/io/detail/json_shape.hpp>

#include <boost/describe/enum_to_string.hpp>
#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>

#include <bit>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace sentra::io::json {

struct write_options {
    // Write members of types marked as personal data (sentra/personal_data.hpp); left out
    // by default.
    bool personal_data = false;
};

namespace detail {

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

// JSON text appended to a string: compact, nothing allocated but the string's growth. The
// walk calls `next()` before each member or element; the sink puts the commas.
class text_sink {
public:
    explicit text_sink(std::string& out) noexcept : out_(out) {}

    void null() { out_.append("null", 4); }
    void boolean(bool b) { b ? out_.append("true", 4) : out_.append("false", 5); }
    void integer(std::int64_t i) { append_integer(out_, i); }
    void integer(std::uint64_t u) { append_integer(out_, u); }
    void number(double d) { append_double(out_, d); }
    void string(std::string_view s) { append_escaped(out_, s); }
    // A value type's text: codes, digits and punctuation, nothing to escape, appended in
    // place between its quotes (no temporary string).
    template <class T>
    void text_of(T const& x)
    {
        out_ += '"';
        x.append_to(out_);
        out_ += '"';
    }
    void json(boost::json::value const& v) { out_ += boost::json::serialize(v); }

    void begin_object()
    {
        out_ += '{';
        first_ = true;
    }
    // A map's key, escaped.
    void key(std::string_view k)
    {
        next();
        append_escaped(out_, k);
        out_ += ':';
    }
    // A member's key, as `,"key":` made at compile time: one append.
    void member(std::string_view, std::string_view prefix)
    {
        if (first_) prefix.remove_prefix(1);
        first_ = false;
        out_.append(prefix.data(), prefix.size());
    }
    void end_object()
    {
        out_ += '}';
        first_ = false; // the container it closes is a value of its parent
    }
    void begin_array()
    {
        out_ += '[';
        first_ = true;
    }
    void element() { next(); }
    void end_array()
    {
        out_ += ']';
        first_ = false;
    }

private:
    void next()
    {
        if (!first_) out_ += ',';
        first_ = false;
    }
    std::string& out_;
    bool first_ = true;
};

// A boost::json::value built in place: each value goes where the last key or element
// said. Only the containers being filled are on the stack, and nothing is added to a
// container while one of its children is being filled, so the pointers stay valid.
class value_sink {
public:
    explicit value_sink(boost::json::value& root) : here_(&root) {}

    void null() { *here_ = nullptr; }
    void boolean(bool b) { *here_ = b; }
    void integer(std::int64_t i) { *here_ = i; }
    void integer(std::uint64_t u) { *here_ = u; }
    void number(double d) { *here_ = d; }
    void string(std::string_view s) { here_->emplace_string().assign(s.data(), s.size()); }
    template <class T>
    void text_of(T const& x)
    {
        std::string s;
        x.append_to(s);
        string(s);
    }
    void json(boost::json::value const& v) { *here_ = v; }

    void begin_object()
    {
        here_->emplace_object();
        open_.push_back(here_);
    }
    void key(std::string_view k) { here_ = &open_.back()->get_object()[k]; }
    void member(std::string_view k, std::string_view) { key(k); }
    void end_object() { open_.pop_back(); }
    void begin_array()
    {
        here_->emplace_array();
        open_.push_back(here_);
    }
    void element() { here_ = &open_.back()->get_array().emplace_back(nullptr); }
    void end_array() { open_.pop_back(); }

private:
    boost::json::value* here_;
    std::vector<boost::json::value*> open_;
};

template <class T, class Sink>
void write_value(Sink& out, T const& x, write_options const& opt);

// The walk: a value into the sink, one overload per shape (visit_shape).
template <class Sink>
struct value_writer {
    Sink& out;
    write_options const& opt;

    template <class T>
    void operator()(shape_tag<shape::optional>, std::type_identity<T>, T const& x) const
    {
        if (x)
            write_value(out, *x, opt);
        else
            out.null();
    }
    template <class T>
    void operator()(shape_tag<shape::json_value>, std::type_identity<T>, T const& x) const
    {
        out.json(x);
    }
    template <class T>
    void operator()(shape_tag<shape::boolean>, std::type_identity<T>, T const& x) const
    {
        out.boolean(x);
    }
    template <class T>
    void operator()(shape_tag<shape::integer>, std::type_identity<T>, T const& x) const
    {
        if constexpr (std::is_signed_v<T>)
            out.integer(static_cast<std::int64_t>(x));
        else
            out.integer(static_cast<std::uint64_t>(x));
    }
    template <class T>
    void operator()(shape_tag<shape::number>, std::type_identity<T>, T const& x) const
    {
        out.number(static_cast<double>(x));
    }
    template <class T>
    void operator()(shape_tag<shape::string>, std::type_identity<T>, T const& x) const
    {
        out.string(x);
    }
    template <class T>
    void operator()(shape_tag<shape::integer_value>, std::type_identity<T>, T const& x) const
    {
        write_value(out, x.value(), opt);
    }
    template <class T>
    void operator()(shape_tag<shape::text_value>, std::type_identity<T>, T const& x) const
    {
        if constexpr (appends_text<T>)
            out.text_of(x);
        else
            out.string(x.to_string());
    }
    template <class T>
    void operator()(shape_tag<shape::enumeration>, std::type_identity<T>, T const& x) const
    {
        char const* name = boost::describe::enum_to_string(x, nullptr);
        if (name != nullptr)
            out.string(name);
        else // a value outside the enum: its number, which no reader takes back
            out.integer(static_cast<std::int64_t>(static_cast<std::underlying_type_t<T>>(x)));
    }
    template <class T>
    void operator()(shape_tag<shape::array>, std::type_identity<T>, T const& x) const
    {
        out.begin_array();
        for (auto const& item : x) {
            out.element();
            write_value(out, item, opt);
        }
        out.end_array();
    }
    template <class T>
    void operator()(shape_tag<shape::string_map>, std::type_identity<T>, T const& x) const
    {
        out.begin_object();
        for (auto const& [k, item] : x) {
            out.key(k);
            write_value(out, item, opt);
        }
        out.end_object();
    }
    template <class T>
    void operator()(shape_tag<shape::object>, std::type_identity<T>, T const& x) const
    {
        if constexpr (reads_bare_value<T>) {
            if (x == T(x.value)) { // nothing but the value: written bare
                write_value(out, x.value, opt);
                return;
            }
        }
        out.begin_object();
        for_each_member<T>([&](auto m) {
            using info = decltype(m);
            auto const& v = x.*info::pointer;
            if constexpr (info::optional)
                if (!v) return; // absent optionals are left out
            if constexpr (info::personal)
                if (!opt.personal_data) return;
            out.member(info::key, info::prefix.view());
            write_value(out, v, opt);
        });
        out.end_object();
    }
};

template <class T, class Sink>
void write_value(Sink& out, T const& x, write_options const& opt)
{
    visit_shape<T>(value_writer<Sink>{out, opt}, x);
}

} // namespace detail
} // namespace sentra::io::json

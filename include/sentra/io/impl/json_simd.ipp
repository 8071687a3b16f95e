// sentra/io/impl/json_simd.ipp — the simdjson walk behind detail::simd_bind
// (sentra/io/detail/json_simd.hpp). Compiled once in the library (sentra/src.hpp), or
// included by the header when sentra is header-only; without SENTRA_WITH_SIMDJSON it only
// says that there is no such tokenizer.
#pragma once

#include <sentra/io/detail/json_simd.hpp>

#if defined(SENTRA_WITH_SIMDJSON)

#include <sentra/io/detail/json_bind_ops.hpp>
#include <sentra/io/detail/json_binder.hpp>
#include <sentra/io/detail/json_shape.hpp>

#include <boost/mp11/algorithm.hpp>

#include <simdjson.h>

#include <cmath>
#include <cstring>
#include <limits>
#include <string>
#include <type_traits>

namespace sentra::io::json::detail {

struct simd_tokenizer {
    simdjson::ondemand::parser parser;
    std::string padded; // the text, then simdjson's padding
};

namespace simd {

namespace od = simdjson::ondemand;

// Deeper than this the walk (recursive) gives up and Boost.JSON (iterative) reads the text.
inline constexpr std::size_t max_walk_depth = 256;

// An escaped lone surrogate ("\udc00") is written by simdjson 3.0 as the three bytes of a
// surrogate, which is not UTF-8: Boost.JSON refuses it. Text that was UTF-8 already (simdjson
// checks the whole input) never holds ED A0..ED BF.
inline bool has_surrogate(std::string_view s) noexcept
{
    // Short strings, mostly: a loop the compiler unrolls beats a call to memchr.
    for (std::size_t i = 0; i + 1 < s.size(); ++i)
        if (s[i] == '\xED' && static_cast<unsigned char>(s[i + 1]) >= 0xA0) return true;
    return false;
}

// The number's own text: simdjson's token runs to the next token, spaces included.
inline std::string_view trimmed(std::string_view s) noexcept
{
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\n' || s.back() == '\r'))
        s.remove_suffix(1);
    return s;
}

class walk {
public:
    walk(binder& b, std::size_t max_depth) : b_(b), max_depth_(max_depth) {}

    bool value(od::value v, std::size_t depth)
    {
        od::json_type t{};
        if (v.type().get(t)) return false;
        switch (t) {
        case od::json_type::object: {
            od::object o;
            if (deep(depth) || v.get_object().get(o)) return false;
            return object(o, depth);
        }
        case od::json_type::array: {
            od::array a;
            if (deep(depth) || v.get_array().get(a)) return false;
            return array(a, depth);
        }
        case od::json_type::string: {
            std::string_view s;
            if (v.get_string().get(s) || has_surrogate(s)) return false;
            return b_.on_string(sv(s), s.size(), ec_);
        }
        case od::json_type::number: return number(v);
        case od::json_type::boolean: {
            bool x = false;
            if (v.get_bool().get(x)) return false;
            return b_.on_bool(x, ec_);
        }
        case od::json_type::null: {
            bool x = false;
            if (v.is_null().get(x) || !x) return false;
            return b_.on_null(ec_);
        }
        }
        return false;
    }

    bool object(od::object& o, std::size_t depth)
    {
        b_.on_object_begin(ec_);
        std::size_t n = 0;
        for (auto member : o) {
            od::field f;
            std::string_view k;
            if (std::move(member).get(f) || f.unescaped_key().get(k) || has_surrogate(k))
                return false;
            b_.on_key(sv(k), k.size(), ec_);
            if (!value(f.value(), depth + 1)) return false;
            ++n;
        }
        return b_.on_object_end(n, ec_);
    }

    bool array(od::array& a, std::size_t depth)
    {
        b_.on_array_begin(ec_);
        std::size_t n = 0;
        for (auto element : a) {
            od::value e;
            if (std::move(element).get(e) || !value(e, depth + 1)) return false;
            ++n;
        }
        return b_.on_array_end(n, ec_);
    }

    // An object or array at `depth` (0: the top): Boost.JSON refuses depth >= max_depth; the
    // walk leaves a margin and its own limit to it.
    bool deep(std::size_t depth) const noexcept
    {
        return depth + 1 >= max_depth_ || depth >= max_walk_depth;
    }

private:
    static boost::json::string_view sv(std::string_view s) noexcept { return {s.data(), s.size()}; }

    // Boost.JSON's kinds: an integer (no fraction, no exponent) that fits int64 or uint64, else
    // a double (read again from its text by the binder, as from Boost.JSON).
    bool number(od::value& v)
    {
        std::string_view const raw = trimmed(v.raw_json_token());
        od::number n;
        if (v.get_number().get(n)) return false;
        switch (n.get_number_type()) {
        case od::number_type::signed_integer: return b_.on_int64(n.get_int64(), sv(raw), ec_);
        case od::number_type::unsigned_integer: return b_.on_uint64(n.get_uint64(), sv(raw), ec_);
        case od::number_type::floating_point_number:
            // simdjson reads "-0" and integers beyond 64 bits as doubles too; Boost.JSON's kind
            // for "-0" is an integer.
            if (raw.find_first_of(".eE") == std::string_view::npos &&
                raw.find_first_not_of("-0") == std::string_view::npos)
                return b_.on_int64(0, sv(raw), ec_);
            return b_.on_double(n.get_double(), sv(raw), ec_);
        }
        return false;
    }

    binder& b_;
    std::size_t max_depth_;
    boost::system::error_code ec_;
};

// The text in simdjson's padded buffer, iterated: false when simdjson refuses it at once, or
// when it starts with a byte order mark (simdjson skips it; Boost.JSON refuses it).
inline bool start(simd_tokenizer& t, std::string_view text, od::document& d)
{
    if (text.size() >= 3 && text.substr(0, 3) == "\xEF\xBB\xBF") return false;
    std::size_t const capacity = text.size() + simdjson::SIMDJSON_PADDING;
    if (t.padded.size() < capacity) t.padded.resize(capacity);
    if (!text.empty()) std::memcpy(t.padded.data(), text.data(), text.size());
    return !t.parser.iterate(t.padded.data(), text.size(), t.padded.size()).get(d);
}

// Nothing after the value: past the last token there is no location.
inline bool at_end(od::document& d) noexcept
{
    return d.current_location().error() == simdjson::OUT_OF_BOUNDS;
}

// A JSON number as Boost.JSON's parser gives it to the binder.
struct number_value {
    enum class kind : unsigned char { int64, uint64, real } k{};
    std::int64_t i = 0;
    std::uint64_t u = 0;
    double d = 0;
};

inline bool number_of(od::value& v, number_value& n)
{
    std::string_view const raw = v.raw_json_token(); // to the next token: enough to look at
    od::number x;
    if (v.get_number().get(x)) return false;
    switch (x.get_number_type()) {
    case od::number_type::signed_integer:
        n.k = number_value::kind::int64;
        n.i = x.get_int64();
        return true;
    case od::number_type::unsigned_integer:
        n.k = number_value::kind::uint64;
        n.u = x.get_uint64();
        return true;
    case od::number_type::floating_point_number:
        n.k = number_value::kind::real;
        n.d = x.get_double();
        if (n.d == 0) {
            std::string_view const t = trimmed(raw);
            // A zero written as one: "0.0", "-0.0", "0e5" (and "-0", an integer to Boost.JSON);
            // a tiny number that became zero is left to the binder.
            if (t.find_first_of("123456789") != std::string_view::npos) return false;
            if (t.find_first_of(".eE") == std::string_view::npos) {
                n.k = number_value::kind::int64;
                n.i = 0;
            }
            return true;
        }
        // Subnormal and out-of-range doubles: the binder's (Boost.JSON's and from_chars').
        return std::isfinite(n.d) && std::fabs(n.d) >= std::numeric_limits<double>::min();
    }
    return false;
}

template <class I>
bool fits(number_value const& n, I& out) noexcept
{
    if (n.k == number_value::kind::int64) {
        if constexpr (std::is_signed_v<I>) {
            if (n.i < static_cast<std::int64_t>(std::numeric_limits<I>::min()) ||
                n.i > static_cast<std::int64_t>(std::numeric_limits<I>::max()))
                return false;
        } else {
            if (n.i < 0 || static_cast<std::uint64_t>(n.i) > std::numeric_limits<I>::max()) return false;
        }
        out = static_cast<I>(n.i);
        return true;
    }
    if (n.k == number_value::kind::uint64) {
        if (n.u > static_cast<std::uint64_t>(std::numeric_limits<I>::max())) return false;
        out = static_cast<I>(n.u);
        return true;
    }
    return false;
}

inline bool string_of(od::value& v, std::string_view& s)
{
    return !v.get_string().get(s) && !has_surrogate(s);
}

// The typed walk: one overload per shape (visit_shape), each doing what the binder's table
// of that shape does with a value it accepts, and giving up where the table would report.
class typed_walk {
public:
    explicit typed_walk(std::size_t max_depth) : max_depth_(max_depth) {}

    template <class T>
    bool read(od::value v, T& out, std::size_t depth)
    {
        return visit_shape<T>(*this, v, out, depth);
    }

    template <class T>
    bool operator()(shape_tag<shape::optional>, std::type_identity<T>, od::value& v, T& out,
                    std::size_t depth)
    {
        od::json_type t{};
        if (v.type().get(t)) return false;
        if (t == od::json_type::null) {
            bool null = false;
            if (v.is_null().get(null) || !null) return false;
            out.reset();
            return true;
        }
        return read(v, out.emplace(), depth);
    }
    template <class T>
    bool operator()(shape_tag<shape::json_value>, std::type_identity<T>, od::value&, T&, std::size_t)
    {
        return false; // captured whole by the binder
    }
    template <class T>
    bool operator()(shape_tag<shape::boolean>, std::type_identity<T>, od::value& v, T& out, std::size_t)
    {
        return !v.get_bool().get(out);
    }
    template <class T>
    bool operator()(shape_tag<shape::integer>, std::type_identity<T>, od::value& v, T& out, std::size_t)
    {
        number_value n;
        return is(v, od::json_type::number) && number_of(v, n) && fits(n, out);
    }
    template <class T>
    bool operator()(shape_tag<shape::number>, std::type_identity<T>, od::value& v, T& out, std::size_t)
    {
        number_value n;
        if (!is(v, od::json_type::number) || !number_of(v, n)) return false;
        switch (n.k) {
        case number_value::kind::int64: out = static_cast<T>(n.i); break;
        case number_value::kind::uint64: out = static_cast<T>(n.u); break;
        case number_value::kind::real: out = static_cast<T>(n.d); break;
        }
        return true;
    }
    template <class T>
    bool operator()(shape_tag<shape::string>, std::type_identity<T>, od::value& v, T& out, std::size_t)
    {
        std::string_view s;
        if (!is(v, od::json_type::string) || !string_of(v, s)) return false;
        out.assign(s.data(), s.size());
        return true;
    }
    template <class T>
    bool operator()(shape_tag<shape::enumeration>, std::type_identity<T>, od::value& v, T& out, std::size_t)
    {
        std::string_view s;
        if (!is(v, od::json_type::string) || !string_of(v, s)) return false;
        bool found = false;
        boost::mp11::mp_for_each<boost::describe::describe_enumerators<T>>([&](auto d) {
            if (!found && s == d.name) {
                out = d.value;
                found = true;
            }
        });
        return found;
    }
    template <class T>
    bool operator()(shape_tag<shape::integer_value>, std::type_identity<T>, od::value& v, T& out, std::size_t)
    {
        od::json_type t{};
        if (v.type().get(t)) return false;
        if (t == od::json_type::string) return text(v, out);
        if (t != od::json_type::number) return false;
        number_value n;
        using whole = decltype(std::declval<T const&>().value());
        whole w{};
        if (!number_of(v, n) || !fits(n, w)) return false;
        out = T(w);
        return true;
    }
    template <class T>
    bool operator()(shape_tag<shape::text_value>, std::type_identity<T>, od::value& v, T& out, std::size_t)
    {
        od::json_type t{};
        if (v.type().get(t)) return false;
        if (t == od::json_type::string) return text(v, out);
        if constexpr (reads_json_integers<T>) {
            number_value n;
            if (t != od::json_type::number || !number_of(v, n)) return false;
            std::string digits;
            if (n.k == number_value::kind::int64) digits = std::to_string(n.i);
            else if (n.k == number_value::kind::uint64) digits = std::to_string(n.u);
            else return false;
            auto r = T::parse(digits);
            if (!r) return false;
            out = std::move(*r);
            return true;
        } else {
            return false;
        }
    }
    template <class T>
    bool operator()(shape_tag<shape::array>, std::type_identity<T>, od::value& v, T& out, std::size_t depth)
    {
        od::array a;
        if (!is(v, od::json_type::array) || deep(depth) || v.get_array().get(a)) return false;
        out.clear();
        for (auto element : a) {
            od::value e;
            if (std::move(element).get(e) || !read(e, out.emplace_back(), depth + 1)) return false;
        }
        return true;
    }
    template <class T>
    bool operator()(shape_tag<shape::string_map>, std::type_identity<T>, od::value&, T&, std::size_t)
    {
        return false; // maps are rare in records: the binder reads them
    }
    template <class T>
    bool operator()(shape_tag<shape::object>, std::type_identity<T>, od::value& v, T& out, std::size_t depth)
    {
        od::json_type t{};
        if (v.type().get(t)) return false;
        if constexpr (reads_bare_value<T>) {
            if (t != od::json_type::object) return read(v, out.value, depth); // a bare figure
        }
        od::object o;
        if (t != od::json_type::object || deep(depth) || v.get_object().get(o)) return false;
        return object(o, out, depth);
    }

    template <class T>
    bool object(od::object& o, T& out, std::size_t depth)
    {
        using keys = bind::keys_of<T>;
        constexpr std::uint32_t n = static_cast<std::uint32_t>(keys::size);
        std::uint64_t seen[2] = {0, 0};
        std::uint32_t next = 0; // keys mostly come in the order of the description
        for (auto member : o) {
            od::field f;
            if (std::move(member).get(f)) return false;
            std::string_view k;
            if (!key_of(f, k)) return false;
            bool hit = false, ok = false;
            std::uint32_t i = next;
            for (std::uint32_t tried = 0; tried < n && !hit; ++tried, ++i) {
                if (i >= n) i = 0;
                boost::mp11::mp_with_index<keys::size>(i, [&](auto I) {
                    constexpr std::string_view key = keys::keys[I];
                    if (k.size() != key.size() || std::memcmp(k.data(), key.data(), key.size()) != 0)
                        return;
                    hit = true;
                    std::uint64_t const bit = std::uint64_t{1} << (I % 64);
                    if (seen[I / 64] & bit) return; // a repeated key: the binder reports it
                    seen[I / 64] |= bit;
                    using D = boost::mp11::mp_at_c<members_of<T>, I>;
                    ok = read(f.value(), out.*D::pointer, depth + 1);
                });
                if (hit) next = i + 1;
            }
            if (!hit || !ok) return false; // an unknown key, a repeated one, a refused value
        }
        bool complete = true;
        boost::mp11::mp_for_each<boost::mp11::mp_iota_c<keys::size>>([&](auto I) {
            constexpr std::size_t i = decltype(I)::value;
            if (seen[i / 64] & (std::uint64_t{1} << (i % 64))) return;
            using D = boost::mp11::mp_at_c<members_of<T>, i>;
            using M = std::remove_cvref_t<decltype(out.*D::pointer)>;
            if constexpr (is_optional<M>::value) (out.*D::pointer).reset();
            else if constexpr (is_vector<M>::value) (out.*D::pointer).clear();
            else complete = false; // a missing key
        });
        return complete;
    }

    bool deep(std::size_t depth) const noexcept
    {
        return depth + 1 >= max_depth_ || depth >= max_walk_depth;
    }

private:
    static bool is(od::value& v, od::json_type want)
    {
        od::json_type t{};
        return !v.type().get(t) && t == want;
    }

    template <class T>
    static bool text(od::value& v, T& out)
    {
        std::string_view s;
        if (!string_of(v, s)) return false;
        auto r = T::parse(s);
        if (!r) return false;
        out = std::move(*r);
        return true;
    }

    // A key as it is in the text when it has no escape (no copy, no call into simdjson's
    // string decoder); unescaped otherwise.
    static bool key_of(od::field& f, std::string_view& k)
    {
        char const* const raw = f.key().raw();
        std::size_t n = 0;
        while (raw[n] != '"') {
            if (raw[n] == '\\') return !f.unescaped_key().get(k) && !has_surrogate(k);
            ++n;
        }
        k = std::string_view(raw, n);
        return true;
    }

    std::size_t max_depth_;
};

} // namespace simd

template <class T>
bool simd_read_typed(simd_tokenizer& t, T& value, std::string_view text, std::size_t max_depth)
{
    simdjson::ondemand::document d;
    if (!simd::start(t, text, d)) return false;
    simdjson::ondemand::value v;
    if (d.get_value().get(v)) return false;
    simd::typed_walk w(max_depth);
    return w.read(v, value, 0) && simd::at_end(d);
}

SENTRA_DECL simd_tokenizer* make_simd_tokenizer() { return new simd_tokenizer(); }

SENTRA_DECL void free_simd_tokenizer(simd_tokenizer* t) noexcept { delete t; }

SENTRA_DECL bool simd_bind(simd_tokenizer& t, binder& b, std::string_view text, std::size_t max_depth)
{
    namespace od = simdjson::ondemand;
    od::document d;
    if (!simd::start(t, text, d)) return false;
    od::json_type type{};
    if (d.type().get(type)) return false;
    simd::walk w(b, max_depth);
    bool read = false;
    if (type == od::json_type::object) {
        od::object o;
        read = !w.deep(0) && !d.get_object().get(o) && w.object(o, 0);
    } else if (type == od::json_type::array) {
        od::array a;
        read = !w.deep(0) && !d.get_array().get(a) && w.array(a, 0);
    } // a scalar at the top: Boost.JSON's (simdjson reads it by other rules)
    return read && simd::at_end(d);
}

} // namespace sentra::io::json::detail

namespace sentra::io::json {

SENTRA_DECL bool uses_simdjson() noexcept { return true; }

} // namespace sentra::io::json

#else

namespace sentra::io::json::detail {

struct simd_tokenizer {};

SENTRA_DECL simd_tokenizer* make_simd_tokenizer() { return nullptr; }

SENTRA_DECL void free_simd_tokenizer(simd_tokenizer* t) noexcept { delete t; }

SENTRA_DECL bool simd_bind(simd_tokenizer&, binder&, std::string_view, std::size_t) { return false; }

template <class T>
bool simd_read_typed(simd_tokenizer&, T&, std::string_view, std::size_t)
{
    return false;
}

} // namespace sentra::io::json::detail

namespace sentra::io::json {

SENTRA_DECL bool uses_simdjson() noexcept { return false; }

} // namespace sentra::io::json

#endif

#if defined(SENTRA_SOURCE)
// The library's typed fast paths (sentra/io/detail/json_simd.hpp), compiled once.
namespace sentra::io::json::detail {
template bool simd_read_typed<sentra::enterprise>(simd_tokenizer&, sentra::enterprise&,
                                                  std::string_view, std::size_t);
template bool simd_read_typed<std::vector<sentra::enterprise>>(simd_tokenizer&,
                                                               std::vector<sentra::enterprise>&,
                                                               std::string_view, std::size_t);
template bool simd_read_typed<sentra::document>(simd_tokenizer&, sentra::document&,
                                                std::string_view, std::size_t);
} // namespace sentra::io::json::detail
#endif

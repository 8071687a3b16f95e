// sentra/io/detail/json_bind.hpp — reading JSON text straight into sentra types, without a
// DOM: a boost::json::basic_parser handler that binds each value into its C++ target as
// the bytes arrive.
//
// Each type gets a table of functions generated from its description (json_shape.hpp):
// what to do with a string, a number, the start of an object or an array, a key, an
// element. The handler keeps a stack of the objects and arrays it is in; keys are matched
// against the members' keys by length and bytes, numbers and strings converted in place,
// value types parsed from the string view. A value the type refuses is reported (wrong
// type, unknown key, a value type's own error) and its subtree skipped; missing keys are
// reported when the object ends. Pointers are built from the stack only when there is a
// problem, lines and columns afterwards from the text (json_text.hpp). A member of type
// boost::json::value is captured whole into a value_stack.
//
// This is the only reader: a boost::json::value is read by replaying its events into the
// same handler (`replay`), so text and DOM are read by one set of rules.
#pragma once

#include <sentra/io/detail/json_shape.hpp>
#include <sentra/io/detail/json_text.hpp>
#include <sentra/error.hpp>

#include <boost/describe/enum_from_string.hpp>
#include <boost/json/basic_parser_impl.hpp>
#include <boost/json/value.hpp>
#include <boost/json/value_stack.hpp>
#include <boost/mp11/algorithm.hpp>

#include <array>
#include <charconv>
#include <cstdint>
#include <cstring>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace sentra::io::json::detail {

class binder;
struct bind_ops;

// Where a value goes: its target and the functions of its type.
struct slot {
    void* target = nullptr;
    bind_ops const* ops = nullptr;
};

// An object or array being read, and which of its children is being read now (for the
// pointer of a problem).
struct bind_frame {
    enum class child : unsigned char { none, member, index, key };
    slot self;
    child now = child::none;
    std::uint32_t member = 0;
    std::size_t index = 0;
    std::string key;              // a map's key, or an unknown key
    std::uint64_t seen[2] = {0, 0}; // members seen (objects)
    // Problems found inside, in the DOM reader's order (only when there are any): an
    // object's unknown keys first, then each member's in the order of its description; an
    // array's or a map's in the order of the text.
    std::vector<std::vector<error>> buckets = {};
    std::vector<error> unknown = {};
    std::vector<std::string> unknown_keys = {};
};

struct bind_ops {
    void (*on_null)(binder&, void*);
    void (*on_bool)(binder&, void*, bool);
    void (*on_int64)(binder&, void*, std::int64_t);
    void (*on_uint64)(binder&, void*, std::uint64_t);
    void (*on_double)(binder&, void*, double);
    void (*on_string)(binder&, void*, std::string_view);
    // The container to read into, or an empty slot when the type refuses it (reported).
    slot (*object_begin)(binder&, void*);
    slot (*array_begin)(binder&, void*);
    // In a container of this type: the child for a key (empty: skip it) or the next element.
    slot (*key)(binder&, bind_frame&, std::string_view);
    slot (*element)(binder&, bind_frame&);
    void (*object_end)(binder&, bind_frame&);
    std::string_view (*member_key)(std::uint32_t);
    std::size_t member_count;
};

template <class T>
struct ops_of;

class binder {
public:
    using string_view = boost::json::string_view;
    using error_code = boost::system::error_code;

    static constexpr std::size_t max_object_size = std::size_t(-1);
    static constexpr std::size_t max_array_size = std::size_t(-1);
    static constexpr std::size_t max_key_size = std::size_t(-1);
    static constexpr std::size_t max_string_size = std::size_t(-1);

    binder() = default;

    template <class T>
    void start(T& root)
    {
        frames_.clear();
        hashes_.clear();
        hash_starts_.clear();
        problems_.clear();
        pending_ = slot{&root, &ops_of<T>::table};
        has_pending_ = true;
        skip_ = 0;
        capture_ = nullptr;
        suspect_ = false;
        hash_ = offset_basis;
        key_.clear(); // parts of a text that stopped at a syntax error
        string_.clear();
        number_.clear();
    }

    // A boost::json::value member: the value that starts now (an object or an array) is
    // kept whole, built on a value_stack while its subtree is otherwise skipped.
    void capture(void* target)
    {
        capture_ = static_cast<boost::json::value*>(target);
        captured_.reset();
    }

    std::vector<error>& problems() noexcept { return problems_; }
    bool suspect_duplicates() const noexcept { return suspect_; }

    // ---- problems: the pointer of the value being read, built from the stack
    std::string pointer_here(std::size_t frames) const
    {
        std::string p;
        for (std::size_t i = 0; i < frames; ++i) {
            auto const& f = frames_[i];
            switch (f.now) {
            case bind_frame::child::member:
                append_token(p, f.self.ops->member_key(f.member));
                break;
            case bind_frame::child::index:
                p += '/';
                p += std::to_string(f.index);
                break;
            case bind_frame::child::key:
                append_token(p, f.key);
                break;
            case bind_frame::child::none:
                break;
            }
        }
        return p;
    }
    void fail(errc code, std::string detail) { fail_at(pointer_here(frames_.size()), code, std::move(detail)); }
    void fail_at(std::string pointer, errc code, std::string detail)
    {
        location l;
        l.pointer = std::move(pointer);
        sink().push_back(make_error(code, std::move(detail), std::move(l)));
    }
    void fail_with(error e)
    {
        e.where = location{};
        e.where.pointer = pointer_here(frames_.size());
        sink().push_back(std::move(e));
    }
    // Where a problem of the value being read goes: the bucket of the innermost container's
    // current child.
    std::vector<error>& sink() { return sink_of(frames_.size()); }
    // The sink of the child being read in frame `depth - 1` (0: the top level).
    std::vector<error>& sink_of(std::size_t depth)
    {
        if (depth == 0) return problems_;
        bind_frame& f = frames_[depth - 1];
        if (f.now == bind_frame::child::key && f.self.ops->member_key != no_member_key)
            return f.unknown; // an object's unknown key
        std::size_t const i = f.now == bind_frame::child::member ? f.member : 0;
        if (f.buckets.size() <= i) f.buckets.resize(f.self.ops->member_count + 1);
        return f.buckets[i];
    }
    // An object's member read again (a repeated key): the DOM keeps the last value only.
    void forget(bind_frame& f, std::uint32_t member)
    {
        if (member < f.buckets.size()) f.buckets[member].clear();
    }
    // Whether an unknown key was reported in this object already (a repeated key).
    bool reported_unknown(bind_frame& f, std::string_view k)
    {
        for (auto const& u : f.unknown_keys)
            if (u == k) {
                suspect_ = true;
                return true;
            }
        f.unknown_keys.emplace_back(k);
        return false;
    }
    // A member's key seen again in its object.
    void repeated_key() noexcept { suspect_ = true; }
    // The problems of a finished container, in order, to its parent.
    void flush()
    {
        bind_frame& f = frames_.back();
        if (f.unknown.empty() && f.buckets.empty()) return;
        std::vector<error>& to = sink_of(frames_.size() - 1); // the parent's
        for (auto& e : f.unknown) to.push_back(std::move(e));
        for (auto& b : f.buckets)
            for (auto& e : b) to.push_back(std::move(e));
        f.unknown.clear();
        f.buckets.clear();
    }
    static std::string_view no_member_key(std::uint32_t) { return {}; }
    void wrong_type(std::string_view expected, std::string_view found)
    {
        fail(errc::wrong_type, "expected " + std::string(expected) + ", found " + std::string(found));
    }
    // A missing member of the innermost object, in the place of member `i`.
    void missing(std::uint32_t i, std::string_view key)
    {
        std::string p = pointer_here(frames_.size() - 1);
        append_token(p, key);
        bind_frame& f = frames_.back();
        f.now = bind_frame::child::member;
        f.member = i;
        fail_at(std::move(p), errc::missing_key, sentra::detail::cat("'", key, "' is required"));
        f.now = bind_frame::child::none;
    }

    // ---- basic_parser's handler
    bool on_document_begin(error_code&) { return true; }
    bool on_document_end(error_code&) { return true; }

    // A repeated key anywhere in the text is reported (json_text.hpp finds where), as a
    // DOM would lose it. An object read into a described type notices its own repeats (the
    // members it has seen, the unknown keys it has reported); the keys of every other
    // object, a map's or a skipped one's, are hashed.
    bool on_object_begin(error_code&)
    {
        if (skip_) {
            hash_starts_.push_back(hashes_.size());
            ++skip_;
            return true;
        }
        slot const s = value_slot();
        slot const c = s.ops->object_begin(*this, s.target);
        if (!c.target) {
            hash_starts_.push_back(hashes_.size());
            skip_ = 1;
            return true;
        }
        hash_starts_.push_back(c.ops->member_key != no_member_key ? not_hashed : hashes_.size());
        push(c);
        return true;
    }
    bool on_object_end(std::size_t n, error_code&)
    {
        if (hash_starts_.back() != not_hashed) hashes_.resize(hash_starts_.back());
        hash_starts_.pop_back();
        if (skip_) {
            if (capture_) captured_.push_object(n);
            if (--skip_ == 0 && capture_) end_capture();
            return true;
        }
        bind_frame& f = frames_.back();
        f.now = bind_frame::child::none;
        f.self.ops->object_end(*this, f);
        flush();
        frames_.pop_back();
        return true;
    }
    bool on_array_begin(error_code&)
    {
        if (skip_) {
            ++skip_;
            return true;
        }
        slot const s = value_slot();
        slot const c = s.ops->array_begin(*this, s.target);
        if (!c.target) {
            skip_ = 1;
            return true;
        }
        push(c);
        return true;
    }
    bool on_array_end(std::size_t n, error_code&)
    {
        if (skip_) {
            if (capture_) captured_.push_array(n);
            if (--skip_ == 0 && capture_) end_capture();
            return true;
        }
        flush();
        frames_.pop_back();
        return true;
    }
    bool on_key_part(string_view s, std::size_t, error_code&)
    {
        if (hash_starts_.back() != not_hashed) hash_ = mix(hash_, s);
        if (!skip_) key_.append(s.data(), s.size());
        else if (capture_) captured_.push_chars(s);
        return true;
    }
    bool on_key(string_view s, std::size_t, error_code&)
    {
        if (std::size_t const from = hash_starts_.back(); from != not_hashed) {
            std::uint64_t const h = mix(hash_, s);
            hash_ = offset_basis;
            for (std::size_t i = from; i < hashes_.size(); ++i)
                if (hashes_[i] == h) suspect_ = true;
            hashes_.push_back(h);
        }
        if (skip_) {
            if (capture_) captured_.push_key(s);
            return true;
        }
        std::string_view k(s.data(), s.size());
        if (!key_.empty()) {
            key_.append(s.data(), s.size());
            k = key_;
        }
        bind_frame& f = frames_.back();
        pending_ = f.self.ops->key(*this, f, k);
        if (!pending_.target) pending_ = slot{this, &skip_ops};
        has_pending_ = true;
        key_.clear();
        return true;
    }
    bool on_string_part(string_view s, std::size_t, error_code&)
    {
        if (!skip_) string_.append(s.data(), s.size());
        else if (capture_) captured_.push_chars(s);
        return true;
    }
    bool on_string(string_view s, std::size_t, error_code&)
    {
        if (skip_) {
            if (capture_) captured_.push_string(s);
            return true;
        }
        std::string_view v(s.data(), s.size());
        if (!string_.empty()) {
            string_.append(s.data(), s.size());
            v = string_;
        }
        slot const t = value_slot();
        t.ops->on_string(*this, t.target, v);
        string_.clear();
        return true;
    }
    bool on_number_part(string_view s, error_code&)
    {
        if (!skip_ || capture_) number_.append(s.data(), s.size());
        return true;
    }
    bool on_int64(std::int64_t i, string_view, error_code&)
    {
        number_.clear();
        if (skip_) {
            if (capture_) captured_.push_int64(i);
            return true;
        }
        slot const t = value_slot();
        t.ops->on_int64(*this, t.target, i);
        return true;
    }
    bool on_uint64(std::uint64_t u, string_view, error_code&)
    {
        number_.clear();
        if (skip_) {
            if (capture_) captured_.push_uint64(u);
            return true;
        }
        slot const t = value_slot();
        t.ops->on_uint64(*this, t.target, u);
        return true;
    }
    bool on_double(double d, string_view s, error_code&)
    {
        if (skip_ && !capture_) {
            number_.clear();
            return true;
        }
        d = exact_double(d, std::string_view(s.data(), s.size()), number_);
        if (skip_) {
            captured_.push_double(d);
            return true;
        }
        slot const t = value_slot();
        t.ops->on_double(*this, t.target, d);
        return true;
    }
    bool on_bool(bool b, error_code&)
    {
        if (skip_) {
            if (capture_) captured_.push_bool(b);
            return true;
        }
        slot const t = value_slot();
        t.ops->on_bool(*this, t.target, b);
        return true;
    }
    bool on_null(error_code&)
    {
        if (skip_) {
            if (capture_) captured_.push_null();
            return true;
        }
        slot const t = value_slot();
        t.ops->on_null(*this, t.target);
        return true;
    }
    bool on_comment_part(string_view, error_code&) { return true; }
    bool on_comment(string_view, error_code&) { return true; }

    // A value nobody reads (an unknown key's): ignored, its containers skipped whole.
    static bind_ops const skip_ops;

private:
    static constexpr std::uint64_t offset_basis = 14695981039346656037ull;
    static constexpr std::size_t not_hashed = static_cast<std::size_t>(-1);
    static std::uint64_t mix(std::uint64_t h, string_view s) noexcept
    {
        for (char const c : s) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull; // FNV-1a
        return h;
    }

    void end_capture()
    {
        *capture_ = captured_.release();
        capture_ = nullptr;
    }

    bind_frame& push(slot s)
    {
        frames_.emplace_back();
        bind_frame& f = frames_.back();
        f.self = s;
        return f;
    }

    // The slot of the value that starts now.
    slot value_slot()
    {
        if (has_pending_) {
            has_pending_ = false;
            return pending_;
        }
        bind_frame& f = frames_.back(); // in an array: its next element
        return f.self.ops->element(*this, f);
    }

    std::vector<bind_frame> frames_;
    std::vector<std::uint64_t> hashes_;
    std::vector<std::size_t> hash_starts_;
    std::vector<error> problems_;
    slot pending_;
    bool has_pending_ = false;
    std::size_t skip_ = 0;
    boost::json::value* capture_ = nullptr; // the value being captured, while skip_ > 0
    boost::json::value_stack captured_;
    std::string key_, string_, number_;
    std::uint64_t hash_ = offset_basis;
    bool suspect_ = false;
};

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

// What any type does with a JSON form it does not take: says so.
template <class T>
struct wrong {
    static void null_(binder& b, void*) { b.wrong_type(expected_of<T>(), "null"); }
    static void bool_(binder& b, void*, bool) { b.wrong_type(expected_of<T>(), "a boolean"); }
    static void int_(binder& b, void*, std::int64_t) { b.wrong_type(expected_of<T>(), "an integer"); }
    static void uint_(binder& b, void*, std::uint64_t) { b.wrong_type(expected_of<T>(), "an integer"); }
    static void double_(binder& b, void*, double) { b.wrong_type(expected_of<T>(), "a number"); }
    static void string_(binder& b, void*, std::string_view) { b.wrong_type(expected_of<T>(), "a string"); }
    static slot object_(binder& b, void*)
    {
        b.wrong_type(expected_of<T>(), "an object");
        return {};
    }
    static slot array_(binder& b, void*)
    {
        b.wrong_type(expected_of<T>(), "an array");
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
    b.fail(errc::out_of_range, std::to_string(i) + " does not fit");
    return false;
}
template <class T>
bool integer_from_u(binder& b, void* p, std::uint64_t u)
{
    if (u <= static_cast<std::uint64_t>(std::numeric_limits<T>::max())) {
        as<T>(p) = static_cast<T>(u);
        return true;
    }
    b.fail(errc::out_of_range, std::to_string(u) + " does not fit");
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
    b.fail(errc::invalid_value,
           sentra::detail::cat("'", std::string(s), "' is not one of: ", allowed));
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
    static constexpr shape s = shape_of<T>;
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
    static void set_int(binder& b, void* p, std::int64_t v)
    {
        if constexpr (s == shape::integer) bind::integer_from<T>(b, p, v);
        else if constexpr (s == shape::number) bind::as<T>(p) = static_cast<T>(v);
        else if constexpr (reads_json_integers<T>) bind::text_from<T>(b, p, std::to_string(v));
        else w::int_(b, p, v);
    }
    static void set_uint(binder& b, void* p, std::uint64_t v)
    {
        if constexpr (s == shape::integer) bind::integer_from_u<T>(b, p, v);
        else if constexpr (s == shape::number) bind::as<T>(p) = static_cast<T>(v);
        else if constexpr (reads_json_integers<T>) bind::text_from<T>(b, p, std::to_string(v));
        else w::uint_(b, p, v);
    }
    static void set_double(binder&, void* p, double v) { bind::as<T>(p) = static_cast<T>(v); }

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
    static void set_string(binder& b, void* p, std::string_view v)
    {
        if constexpr (s == shape::string) bind::as<T>(p).assign(v.data(), v.size());
        else if constexpr (s == shape::text_value || s == shape::integer_value)
            bind::text_from<T>(b, p, v);
        else bind::enum_from<T>(b, p, v);
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
            b.fail(errc::unknown_key, sentra::detail::cat(sentra::quote_input(k), " is not a member"));
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

    static constexpr bind_ops make() noexcept
    {
        bind_ops o{w::null_,      w::bool_,       w::int_,       w::uint_,      w::double_,
                   w::string_,    w::object_,     w::array_,     bind::no_key,  bind::no_element,
                   bind::no_end,  binder::no_member_key, 0};
        if constexpr (s == shape::optional) {
            o.on_null = opt_null;
            o.on_bool = opt_bool;
            o.on_int64 = opt_int;
            o.on_uint64 = opt_uint;
            o.on_double = opt_double;
            o.on_string = opt_string;
            o.object_begin = opt_object;
            o.array_begin = opt_array;
        } else if constexpr (s == shape::json_value) {
            o.on_null = any_null;
            o.on_bool = any_bool;
            o.on_int64 = any_int;
            o.on_uint64 = any_uint;
            o.on_double = any_double;
            o.on_string = any_string;
            o.object_begin = any_container;
            o.array_begin = any_container;
        } else if constexpr (s == shape::boolean) {
            o.on_bool = set_bool;
        } else if constexpr (s == shape::integer) {
            o.on_int64 = set_int;
            o.on_uint64 = set_uint;
        } else if constexpr (s == shape::number) {
            o.on_int64 = set_int;
            o.on_uint64 = set_uint;
            o.on_double = set_double;
        } else if constexpr (s == shape::string || s == shape::enumeration) {
            o.on_string = set_string;
        } else if constexpr (s == shape::integer_value) {
            o.on_int64 = amount_int;
            o.on_uint64 = amount_uint;
            o.on_string = set_string;
        } else if constexpr (s == shape::text_value) {
            o.on_string = set_string;
            if constexpr (reads_json_integers<T>) {
                o.on_int64 = set_int;
                o.on_uint64 = set_uint;
            }
        } else if constexpr (s == shape::array) {
            o.array_begin = array_begin;
            o.element = element;
        } else if constexpr (s == shape::string_map) {
            o.object_begin = map_begin;
            o.key = map_key;
        } else if constexpr (s == shape::object) {
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
        return o;
    }
    static constexpr bind_ops table = make();
};

inline bind_ops const binder::skip_ops{
    bind::ignore_null, bind::ignore_bool,   bind::ignore_int64, bind::ignore_uint64,
    bind::ignore_double, bind::ignore_string, bind::refuse,      bind::refuse,
    bind::no_key,      bind::no_element,    bind::no_end,       binder::no_member_key, 0};

// The events a parser would give for `v`, in document order, to a basic_parser handler: how
// a DOM is read by the same rules as text. Iterative (a stack of the containers open), so
// a deep DOM built by hand cannot overflow the call stack.
template <class Handler>
void replay(boost::json::value const& v, Handler& h)
{
    boost::system::error_code ec;
    using sv = boost::json::string_view;
    struct open {
        boost::json::value const* container;
        std::size_t next;
    };
    std::vector<open> stack;
    auto const scalar = [&](boost::json::value const& x) {
        switch (x.kind()) {
        case boost::json::kind::null:
            h.on_null(ec);
            break;
        case boost::json::kind::bool_:
            h.on_bool(x.get_bool(), ec);
            break;
        case boost::json::kind::int64:
            h.on_int64(x.get_int64(), sv(), ec);
            break;
        case boost::json::kind::uint64:
            h.on_uint64(x.get_uint64(), sv(), ec);
            break;
        case boost::json::kind::double_:
            h.on_double(x.get_double(), sv(), ec);
            break;
        case boost::json::kind::string:
            h.on_string(sv(x.get_string().data(), x.get_string().size()), x.get_string().size(), ec);
            break;
        default:
            break;
        }
    };
    // Starts x: a scalar is given whole, a container opened.
    auto const start = [&](boost::json::value const& x) {
        if (x.is_object()) {
            h.on_object_begin(ec);
            stack.push_back({&x, 0});
        } else if (x.is_array()) {
            h.on_array_begin(ec);
            stack.push_back({&x, 0});
        } else
            scalar(x);
    };
    h.on_document_begin(ec);
    start(v);
    while (!stack.empty()) {
        open& top = stack.back();
        if (top.container->is_object()) {
            auto const& o = top.container->get_object();
            if (top.next == o.size()) {
                std::size_t const n = o.size();
                stack.pop_back();
                h.on_object_end(n, ec);
                continue;
            }
            auto const& kv = *(o.begin() + static_cast<std::ptrdiff_t>(top.next++));
            h.on_key(sv(kv.key().data(), kv.key().size()), kv.key().size(), ec);
            start(kv.value()); // may push: `top` is not used after this
        } else {
            auto const& a = top.container->get_array();
            if (top.next == a.size()) {
                std::size_t const n = a.size();
                stack.pop_back();
                h.on_array_end(n, ec);
                continue;
            }
            start(a[top.next++]);
        }
    }
    h.on_document_end(ec);
}

} // namespace sentra::io::json::detail

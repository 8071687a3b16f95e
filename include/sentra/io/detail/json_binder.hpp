// sentra/io/detail/json_binder.hpp — the reader's boost::json::basic_parser handler: a stack
// of the objects and arrays being read, each value handed to its target's table of
// functions (json_bind_ops.hpp), problems with their pointers built from the stack when
// there is one, duplicate keys noticed by a hash of each object's keys, and a
// boost::json::value member captured whole on a value_stack.
#pragma once

#include <sentra/detail/config.hpp>
#include <sentra/io/detail/json_shape.hpp>
#include <sentra/io/detail/json_text.hpp>
#include <sentra/error.hpp>

#include <boost/describe/enum_from_string.hpp>
#include <boost/json/basic_parser_impl.hpp>
#include <boost/json/value.hpp>
#include <boost/json/value_stack.hpp>
#include <boost/mp11/algorithm.hpp>

#include <cstdint>
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
    SENTRA_DECL std::string pointer_here(std::size_t frames) const;
    void fail(errc code, message_id id, std::vector<message_arg> args = {})
    {
        fail_at(pointer_here(frames_.size()), code, id, std::move(args));
    }
    SENTRA_DECL void fail_at(std::string pointer, errc code, message_id id,
                             std::vector<message_arg> args = {});
    SENTRA_DECL void fail_with(error e);
    // Where a problem of the value being read goes: the bucket of the innermost container's
    // current child.
    std::vector<error>& sink() { return sink_of(frames_.size()); }
    // The sink of the child being read in frame `depth - 1` (0: the top level).
    SENTRA_DECL std::vector<error>& sink_of(std::size_t depth);
    // An object's member read again (a repeated key): the DOM keeps the last value only.
    SENTRA_DECL void forget(bind_frame& f, std::uint32_t member);
    // Whether an unknown key was reported in this object already (a repeated key).
    SENTRA_DECL bool reported_unknown(bind_frame& f, std::string_view k);
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
    SENTRA_DECL void wrong_type(bilingual expected, bilingual found);
    // A missing member of the innermost object, in the place of member `i`.
    SENTRA_DECL void missing(std::uint32_t i, std::string_view key);

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

} // namespace sentra::io::json::detail

#if defined(SENTRA_HEADER_ONLY)
#include <sentra/io/impl/json_binder.ipp>
#endif

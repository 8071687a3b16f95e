// sentra/heap_optional.hpp — an optional whose value, when there is one, lives on the heap:
// the size of a pointer when empty. For a large member that most records leave out (an
// enterprise's owner contact), where std::optional would carry the whole value in every
// record. Value semantics: a copy copies the value, == compares values, as std::optional.
#pragma once

#include <compare>
#include <memory>
#include <optional>
#include <type_traits>
#include <utility>

namespace sentra {

template <class T>
class heap_optional {
public:
    using value_type = T;

    constexpr heap_optional() noexcept = default;
    constexpr heap_optional(std::nullopt_t) noexcept {}
    heap_optional(T const& v) : p_(std::make_unique<T>(v)) {}           // NOLINT(google-explicit-constructor)
    heap_optional(T&& v) : p_(std::make_unique<T>(std::move(v))) {}      // NOLINT(google-explicit-constructor)
    heap_optional(std::optional<T> const& o) : p_(o ? std::make_unique<T>(*o) : nullptr) {} // NOLINT
    heap_optional(heap_optional const& o) : p_(o.p_ ? std::make_unique<T>(*o.p_) : nullptr) {}
    heap_optional(heap_optional&&) noexcept = default;
    heap_optional& operator=(heap_optional const& o)
    {
        if (this != &o) p_ = o.p_ ? std::make_unique<T>(*o.p_) : nullptr;
        return *this;
    }
    heap_optional& operator=(heap_optional&&) noexcept = default;
    heap_optional& operator=(std::nullopt_t) noexcept
    {
        p_.reset();
        return *this;
    }
    heap_optional& operator=(T const& v)
    {
        if (p_) *p_ = v;
        else p_ = std::make_unique<T>(v);
        return *this;
    }
    heap_optional& operator=(T&& v)
    {
        if (p_) *p_ = std::move(v);
        else p_ = std::make_unique<T>(std::move(v));
        return *this;
    }

    template <class... A>
    T& emplace(A&&... a)
    {
        p_ = std::make_unique<T>(std::forward<A>(a)...);
        return *p_;
    }
    void reset() noexcept { p_.reset(); }

    bool has_value() const noexcept { return p_ != nullptr; }
    explicit operator bool() const noexcept { return p_ != nullptr; }
    T& operator*() & noexcept { return *p_; }
    T const& operator*() const& noexcept { return *p_; }
    T* operator->() noexcept { return p_.get(); }
    T const* operator->() const noexcept { return p_.get(); }
    T& value() &
    {
        if (!p_) throw std::bad_optional_access();
        return *p_;
    }
    T const& value() const&
    {
        if (!p_) throw std::bad_optional_access();
        return *p_;
    }
    template <class U>
    T value_or(U&& fallback) const
    {
        return p_ ? *p_ : static_cast<T>(std::forward<U>(fallback));
    }
    // As a std::optional (a copy), for code written against one.
    std::optional<T> to_optional() const { return p_ ? std::optional<T>(*p_) : std::nullopt; }

    friend bool operator==(heap_optional const& a, heap_optional const& b)
    {
        if (!a.p_ || !b.p_) return !a.p_ && !b.p_;
        return *a.p_ == *b.p_;
    }
    friend bool operator==(heap_optional const& a, std::nullopt_t) noexcept { return !a.p_; }
    friend bool operator==(heap_optional const& a, T const& v) { return a.p_ && *a.p_ == v; }

private:
    std::unique_ptr<T> p_;
};

} // namespace sentra

// sentra/optional_ref.hpp — an optional reference, what a look-up by id returns: the
// object in the collection, or nothing; and what a context holds of the things a call may
// consult (a gazetteer, a registry). std::optional<T&> arrives only with C++26; this has
// its interface (has_value, value, *, ->, comparison with std::nullopt), and copies
// nothing. It refers to objects, never to temporaries: made from an rvalue it does not
// compile, so `cx.regions = load_gazetteer(…).value()` is refused instead of dangling.
#pragma once

#include <optional>

namespace sentra {

template <class T>
class optional_ref {
public:
    using value_type = T;

    constexpr optional_ref() noexcept = default;
    constexpr optional_ref(std::nullopt_t) noexcept {}
    constexpr optional_ref(T& x) noexcept : p_(&x) {}
    optional_ref(T&&) = delete; // a temporary would be gone by the next line
    // From a pointer, nullptr for nothing: what the contexts held before they held this.
    constexpr optional_ref(T* p) noexcept : p_(p) {}

    constexpr bool has_value() const noexcept { return p_ != nullptr; }
    constexpr explicit operator bool() const noexcept { return p_ != nullptr; }
    // Undefined when empty, as for std::optional.
    constexpr T& operator*() const noexcept { return *p_; }
    constexpr T* operator->() const noexcept { return p_; }
    // Throws std::bad_optional_access when empty.
    constexpr T& value() const
    {
        if (!p_) throw std::bad_optional_access();
        return *p_;
    }
    // The address of the object, or nullptr: for code that keeps a pointer.
    constexpr T* get() const noexcept { return p_; }

    friend constexpr bool operator==(optional_ref a, std::nullopt_t) noexcept { return !a.p_; }
    // Two references are equal when they refer to the same object.
    friend constexpr bool operator==(optional_ref a, optional_ref b) noexcept
    {
        return a.p_ == b.p_;
    }

private:
    T* p_ = nullptr;
};

} // namespace sentra

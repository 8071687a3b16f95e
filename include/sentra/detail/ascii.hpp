// sentra/detail/ascii.hpp — ASCII letters and digits, and lower case, as names, headers and
// titles are compared across the library (bytes of 0x80 and above are left as they are:
// UTF-8 text is compared byte for byte beyond ASCII).
#pragma once

#include <string>
#include <string_view>

namespace sentra::detail {

constexpr bool ascii_alnum(unsigned char c) noexcept
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

constexpr unsigned char ascii_lower(unsigned char c) noexcept
{
    return (c >= 'A' && c <= 'Z') ? static_cast<unsigned char>(c + 32) : c;
}

inline std::string ascii_lower(std::string_view s)
{
    std::string out(s);
    for (auto& c : out) c = static_cast<char>(ascii_lower(static_cast<unsigned char>(c)));
    return out;
}

// A stable id from a name: lower-case ASCII words joined by '-', at most `max` characters
// ("Kota Makassar" -> "kota-makassar"); empty when the name has no ASCII letter or digit.
// The import's new enterprise ids and start_programme's ids are made with it.
inline std::string slug(std::string_view name, std::size_t max)
{
    std::string out;
    bool dash = false;
    for (char ch : name) {
        auto const c = static_cast<unsigned char>(ch);
        if (ascii_alnum(c)) {
            if (dash && !out.empty()) out += '-';
            dash = false;
            if (out.size() >= max) break;
            out += static_cast<char>(ascii_lower(c));
        } else {
            dash = true;
        }
    }
    while (out.size() > max || (!out.empty() && out.back() == '-')) out.pop_back();
    return out;
}

} // namespace sentra::detail

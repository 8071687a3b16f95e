// sentra/version.hpp — the one place the library version lives (CMake reads it from here).
#pragma once

#include <compare>
#include <ostream>

#define SENTRA_VERSION_MAJOR 0
#define SENTRA_VERSION_MINOR 1
#define SENTRA_VERSION_PATCH 0

#define SENTRA_DETAIL_STRINGIZE2(x) #x
#define SENTRA_DETAIL_STRINGIZE(x) SENTRA_DETAIL_STRINGIZE2(x)
// "0.1.0", made from the three numbers above so it cannot disagree with them.
#define SENTRA_VERSION_STRING                                                                      \
    SENTRA_DETAIL_STRINGIZE(SENTRA_VERSION_MAJOR)                                                  \
    "." SENTRA_DETAIL_STRINGIZE(SENTRA_VERSION_MINOR) "." SENTRA_DETAIL_STRINGIZE(                 \
        SENTRA_VERSION_PATCH)

namespace sentra {

// A semantic version: ordered by major, then minor, then patch.
struct version_info {
    int major;
    int minor;
    int patch;

    friend constexpr auto operator<=>(version_info const&, version_info const&) = default;

    friend std::ostream& operator<<(std::ostream& os, version_info const& v)
    {
        return os << v.major << '.' << v.minor << '.' << v.patch;
    }
};

// The version this header belongs to, e.g. for `sentra --version`.
inline constexpr version_info version{SENTRA_VERSION_MAJOR, SENTRA_VERSION_MINOR,
                                      SENTRA_VERSION_PATCH};

inline constexpr char version_string[] = SENTRA_VERSION_STRING;

} // namespace sentra

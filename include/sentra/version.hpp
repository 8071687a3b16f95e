// sentra/version.hpp — the one place the library version lives (CMake reads it from here).
#pragma once

#define SENTRA_VERSION_MAJOR 0
#define SENTRA_VERSION_MINOR 1
#define SENTRA_VERSION_PATCH 0

namespace sentra {

struct version_info {
    int major;
    int minor;
    int patch;
};

// The version this header belongs to, e.g. for `sentra --version`.
inline constexpr version_info version{SENTRA_VERSION_MAJOR, SENTRA_VERSION_MINOR,
                                      SENTRA_VERSION_PATCH};

// "0.1.0"
inline constexpr char version_string[] = "0.1.0";

} // namespace sentra

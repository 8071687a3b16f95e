// tests/catch.hpp — one include for Catch2 3 (vcpkg, Conan) and Catch2 2 (Debian 12).
#pragma once

#if __has_include(<catch2/catch_test_macros.hpp>)
#include <catch2/catch_test_macros.hpp>
#else
#include <catch2/catch.hpp>
#endif

#include <cstdlib>
#include <filesystem>
#include <string>

namespace sentra_test {

// The official data folder: $SENTRA_REFERENCE_DATA_DIR, else the CMake option.
inline std::filesystem::path reference_data()
{
    if (char const* env = std::getenv("SENTRA_REFERENCE_DATA_DIR"); env && *env) return env;
    return SENTRA_REFERENCE_DATA_DIR;
}

// True when the data is there. When it is not, the test says so by name and passes
// without checking, unless SENTRA_REQUIRE_REFERENCE_DATA made that a failure.
inline bool have_reference_data(std::string const& what)
{
    auto const file = reference_data() / what;
    if (std::filesystem::exists(file)) return true;
    if (SENTRA_REQUIRE_REFERENCE_DATA) FAIL("reference data missing: " << file.string());
    WARN("SKIPPED: reference data missing: " << file.string());
    return false;
}

} // namespace sentra_test

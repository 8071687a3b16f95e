// tests/catch.hpp — one include for Catch2 3 (vcpkg, Conan) and Catch2 2 (Debian 12).
#pragma once

#if __has_include(<catch2/catch_test_macros.hpp>)
#include <catch2/catch_test_macros.hpp>
#else
#include <catch2/catch.hpp>
#endif

#include <boost/system/result.hpp>

#include <cstdlib>
#include <filesystem>
#include <string>

// Catch prints a result in a failed assertion as whether it holds a value.
namespace Catch {
template <class T, class E>
struct StringMaker<boost::system::result<T, E>> {
    static std::string convert(boost::system::result<T, E> const& r)
    {
        return r.has_value() ? "result(value)" : "result(error)";
    }
};
} // namespace Catch

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

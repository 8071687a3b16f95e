// tests/catch.hpp — one include for Catch2 3 (vcpkg, Conan) and Catch2 2 (Debian 12).
#pragma once

#if __has_include(<catch2/catch_test_macros.hpp>)
#include <catch2/catch_test_macros.hpp>
#else
#include <catch2/catch.hpp>
#endif

#include <boost/system/result.hpp>

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


#include <sentra/version.hpp>

#include "catch.hpp"

#include <sstream>
#include <string>

TEST_CASE("version macros, value and string agree", "[version]")
{
    CHECK(sentra::version.major == SENTRA_VERSION_MAJOR);
    CHECK(sentra::version.minor == SENTRA_VERSION_MINOR);
    CHECK(sentra::version.patch == SENTRA_VERSION_PATCH);
    CHECK(std::string(sentra::version_string) == std::to_string(SENTRA_VERSION_MAJOR) + "." +
                                                     std::to_string(SENTRA_VERSION_MINOR) + "." +
                                                     std::to_string(SENTRA_VERSION_PATCH));
}

TEST_CASE("versions order by major, minor, patch and print as x.y.z", "[version]")
{
    using sentra::version_info;
    STATIC_REQUIRE(version_info{0, 9, 9} < version_info{1, 0, 0});
    STATIC_REQUIRE(version_info{1, 2, 3} == version_info{1, 2, 3});
    STATIC_REQUIRE(version_info{1, 2, 3} < version_info{1, 10, 0});
    std::ostringstream out;
    out << sentra::version;
    CHECK(out.str() == sentra::version_string);
    CHECK(std::string(SENTRA_VERSION_STRING) == sentra::version_string);
}

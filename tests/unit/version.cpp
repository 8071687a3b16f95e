#include <sentra/version.hpp>

#include "../catch.hpp"

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

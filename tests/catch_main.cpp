// The main() for Catch2 2, which has no Catch2WithMain target.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>

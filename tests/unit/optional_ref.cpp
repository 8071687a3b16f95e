// optional_ref: what a look-up by id returns, the object itself or nothing.
#include <sentra/optional_ref.hpp>

#include "catch.hpp"

#include <optional>
#include <string>
#include <type_traits>

using sentra::optional_ref;

TEST_CASE("an optional reference refers, or is empty, and copies nothing", "[optional_ref]")
{
    std::string s = "Cipayung";
    optional_ref<std::string const> r = s;
    REQUIRE(r.has_value());
    CHECK(static_cast<bool>(r));
    CHECK(*r == "Cipayung");
    CHECK(r->size() == 8);
    CHECK(&r.value() == &s);
    CHECK(r.get() == &s);
    s += " Jaya";
    CHECK(*r == "Cipayung Jaya"); // the object itself, not a copy

    optional_ref<std::string const> none;
    CHECK(!none.has_value());
    CHECK(none == std::nullopt);
    CHECK(none.get() == nullptr);
    CHECK_THROWS_AS(none.value(), std::bad_optional_access);
    optional_ref<std::string const> also_none = std::nullopt;
    CHECK(also_none == none);
    CHECK(!(r == none));
    CHECK(r == optional_ref<std::string const>(s));
}

TEST_CASE("an optional reference is made from a pointer, never from a temporary", "[optional_ref]")
{
    std::string s = "Cipayung";
    optional_ref<std::string const> from_pointer = &s;
    CHECK(from_pointer.get() == &s);
    optional_ref<std::string const> from_null = nullptr;
    CHECK(from_null == std::nullopt);
    std::string const* none = nullptr;
    CHECK(!optional_ref<std::string const>(none).has_value());
    // `optional_ref<std::string const> r = std::string("gone");` does not compile: the
    // temporary would be destroyed at the end of the line.
    STATIC_REQUIRE(std::is_constructible_v<optional_ref<std::string const>, std::string&>);
    STATIC_REQUIRE(std::is_constructible_v<optional_ref<std::string const>, std::string const&>);
    STATIC_REQUIRE(!std::is_constructible_v<optional_ref<std::string const>, std::string>);
    STATIC_REQUIRE(!std::is_constructible_v<optional_ref<std::string const>, std::string&&>);
    STATIC_REQUIRE(!std::is_constructible_v<optional_ref<std::string>, std::string const&>);
}

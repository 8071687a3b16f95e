// heap_optional: an optional the size of a pointer, with std::optional's meaning.
#include <sentra/heap_optional.hpp>

#include "catch.hpp"

#include <optional>
#include <stdexcept>
#include <string>
#include <utility>

using sentra::heap_optional;

TEST_CASE("heap_optional is empty or holds a value, the size of a pointer", "[heap_optional]")
{
    static_assert(sizeof(heap_optional<std::string>) == sizeof(void*));
    static_assert(std::is_same_v<heap_optional<std::string>::value_type, std::string>);
    heap_optional<std::string> a;
    CHECK_FALSE(a);
    CHECK_FALSE(a.has_value());
    CHECK(a == std::nullopt);
    CHECK_THROWS_AS(a.value(), std::bad_optional_access);
    CHECK(a.value_or("none") == "none");
    CHECK_FALSE(a.to_optional());
    a = std::string("Siti");
    REQUIRE(a);
    CHECK(*a == "Siti");
    CHECK(a->size() == 4);
    CHECK(a.value() == "Siti");
    CHECK(a == std::string("Siti"));
    CHECK(a.to_optional() == std::optional<std::string>("Siti"));
    a.emplace(3, 'x');
    CHECK(*a == "xxx");
    a.reset();
    CHECK_FALSE(a);
    a = std::string("Budi");
    a = std::nullopt;
    CHECK_FALSE(a);
    heap_optional<std::string> const from_optional = std::optional<std::string>("Dewi");
    CHECK(from_optional.value() == "Dewi");
    heap_optional<std::string> const from_none = std::optional<std::string>();
    CHECK_FALSE(from_none);
}

TEST_CASE("heap_optional copies its value, moves its pointer, compares values", "[heap_optional]")
{
    heap_optional<std::string> a = std::string("Siti");
    heap_optional<std::string> b = a; // a copy of the value, not of the pointer
    REQUIRE(b);
    CHECK(&*a != &*b);
    CHECK(a == b);
    *b = "Budi";
    CHECK(*a == "Siti");
    CHECK(a != b);
    std::string const* where = &*a;
    heap_optional<std::string> c = std::move(a);
    CHECK(&*c == where); // moved: the same block
    b = c;
    CHECK(b == c);
    CHECK(&*b != &*c);
    auto const& same = b;
    b = same; // self-assignment keeps the value
    CHECK(*b == "Siti");
    heap_optional<std::string> none, other_none;
    CHECK(none == other_none);
    CHECK(none != c);
    c = none;
    CHECK_FALSE(c);
    std::string const s = "Dewi";
    c = s;
    CHECK(*c == "Dewi");
    c = std::string("Eka"); // assigned into the block it has
    CHECK(*c == "Eka");
}

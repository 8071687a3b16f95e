#include <sentra/id.hpp>

#include "catch.hpp"

#include <sstream>
#include <type_traits>
#include <unordered_set>

using namespace sentra;

struct thing_tag;
using thing_id = basic_id<thing_tag>;
struct other_tag;
static_assert(!std::is_convertible_v<thing_id, basic_id<other_tag>>);

TEST_CASE("ids: the allowed characters, empty, too long", "[id]")
{
    CHECK(thing_id::parse("konveksi")->to_string() == "konveksi");
    CHECK(thing_id::parse("ent-0001.a_b"));
    CHECK(thing_id::parse("9a"));
    CHECK(thing_id::parse("").error().code == errc::empty_value);
    CHECK(thing_id::parse(std::string(65, 'a')).error().code == errc::value_too_long);
    CHECK(thing_id::parse(std::string(64, 'a')));
    auto bad = thing_id::parse("Konveksi");
    REQUIRE(!bad);
    CHECK(bad.error().code == errc::invalid_value);
    CHECK(bad.error().where.column == 1);
    CHECK(thing_id::parse("-x").error().where.column == 1);
    CHECK(thing_id::parse("a b").error().where.column == 2);
    CHECK(!thing_id::parse("kué"));
    CHECK(thing_id{}.empty());
    std::unordered_set<thing_id> s{thing_id::parse("a").value(), thing_id::parse("a").value()};
    CHECK(s.size() == 1);
    std::ostringstream os;
    os << thing_id::parse("x1").value();
    CHECK(os.str() == "x1");
    CHECK(thing_id::parse("a").value() < thing_id::parse("b").value());
}

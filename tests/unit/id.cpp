#include <sentra/id.hpp>

#include "catch.hpp"

#include <optional>
#include <sstream>
#include <type_traits>
#include <unordered_set>
#include <string>
#include <vector>

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

TEST_CASE("id literals are checked at compile time and hold their text in place", "[id]")
{
    constexpr thing_id k = "dinkopukm-bandung";
    static_assert(k.view() == "dinkopukm-bandung");
    static_assert(k.size() == 17);
    static_assert(!k.empty());
    static_assert(thing_id("a") < thing_id("b"));
    static_assert(thing_id("ent-0001") == thing_id("ent-0001"));
    CHECK(k == thing_id::parse("dinkopukm-bandung").value());
    CHECK(k.to_string() == "dinkopukm-bandung");
    std::string out = "id=";
    k.append_to(out);
    CHECK(out == "id=dinkopukm-bandung");
    // The longest id fits, in place.
    constexpr thing_id longest = "a123456789012345678901234567890123456789012345678901234567890123";
    static_assert(longest.size() == thing_id::max_size);
    CHECK(thing_id::parse(longest.view()).value() == longest);
    // The check is the parser's: the same defects, at run time with a place.
    static_assert(detail::check_id("Konveksi").defect.starts_with("an id is lower-case"));
    static_assert(detail::check_id("").defect == "an id cannot be empty");
    static_assert(detail::check_id(std::string_view("ab c")).offset == 2);
    CHECK(thing_id::parse("ab c").error().detail() ==
          "'ab c': an id is lower-case letters, digits, '-', '_' and '.', starting with a letter "
          "or digit");
    CHECK(thing_id::parse(std::string(70, 'a')).error().detail() ==
          "an id has at most 64 characters, this one 70");
    // A copy is a copy of the characters, not of a pointer.
    thing_id a = thing_id::parse("konveksi").value();
    thing_id b = a;
    a = thing_id::parse("batik").value();
    CHECK(b.view() == "konveksi");
    CHECK(a.view() == "batik");
    // 32 bytes: up to 23 characters in place, a longer id read at run time in a block of its
    // own (a literal's characters are the literal's).
    static_assert(sizeof(thing_id) == 32);
    static_assert(thing_id::inline_size == 23);
    std::string const long_text = "kawasan-industri-kecil-cipayung-depok-2024";
    thing_id c = thing_id::parse(long_text).value();
    thing_id d = c; // its own block
    CHECK(d.view() == long_text);
    CHECK(d.view().data() != c.view().data());
    c = thing_id::parse("x").value(); // the block freed, the short form back
    CHECK(c.view() == "x");
    CHECK(d.view() == long_text);
    thing_id e = std::move(d); // the block moves
    CHECK(e.view() == long_text);
    CHECK(d.empty());
    d = e;
    e = longest; // a literal's characters, shared
    CHECK(e.view().data() == longest.view().data());
    thing_id f = e;
    CHECK(f == longest);
    f = std::move(d);
    CHECK(f.view() == long_text);
    auto const& same = f;
    f = same;
    CHECK(f.view() == long_text);
    std::vector<thing_id> many;
    for (std::size_t n = 1; n <= thing_id::max_size; ++n)
        many.push_back(thing_id::parse(std::string(n, 'k')).value());
    for (std::size_t n = 1; n <= thing_id::max_size; ++n) CHECK(many[n - 1].size() == n);
    CHECK(std::hash<thing_id>{}(many[40]) == std::hash<std::string_view>{}(std::string(41, 'k')));
}

TEST_CASE("each kind of id has a literal, for where a literal cannot convert by itself", "[id]")
{
    using namespace sentra::literals;
    static_assert(std::is_same_v<decltype("rajut"_category), category_id>);
    static_assert(std::is_same_v<decltype("dinkopukm-bandung"_agency), agency_id>);
    static_assert(std::is_same_v<decltype("rajut-binong-01"_enterprise), enterprise_id>);
    static_assert(std::is_same_v<decltype("sentra-rajut-binong"_cluster), cluster_id>);
    static_assert(std::is_same_v<decltype("rajut-2024-001"_case), case_id>);
    static_assert("rajut"_category == category_id("rajut"));
    static_assert("rajut-2024-001"_case.size() == 14);
    // A std::optional member: the literal of the kind converts where a bare literal cannot
    // (optional's converting constructor passes the array on as a run-time value).
    std::optional<category_id> category;
    category = "rajut"_category;
    std::optional<agency_id> agency = "dinkopukm-bandung"_agency;
    CHECK(category->view() == "rajut");
    CHECK(agency.value() == agency_id::parse("dinkopukm-bandung").value());
    // The longest and the shortest ids.
    constexpr auto longest = "a123456789012345678901234567890123456789012345678901234567890123"_cluster;
    static_assert(longest.size() == cluster_id::max_size);
    static_assert("9"_enterprise.view() == "9");
}

#include <sentra/validation/context.hpp>

#include "catch.hpp"
#include "case_helpers.hpp"
#include "cluster/programme_helpers.hpp"

#include <sentra/validation.hpp>

#include <type_traits>
#include <vector>

using namespace sentra;
using namespace cluster_test;

TEST_CASE("what the context lacks is not checked", "[validation]")
{
    // A cluster without a registry: its references are not resolved, its form is.
    cluster c = good_cluster();
    c.members.push_back(id<enterprise_id>("nobody"));
    CHECK(validate(c).error_count() == 0);
    auto const reg = make_registry();
    auto const resolved = validate(c, in(reg));
    REQUIRE(resolved.error_count() == 1);
    CHECK(resolved.problems()[0].code == errc::unknown_code);
    cluster nameless = good_cluster();
    nameless.name.clear();
    CHECK(pointers(validate(nameless)) == std::vector<std::string>{"/name"});

    // An enterprise's village is looked up only with a gazetteer.
    enterprise e = member("x", "32.76.07.1999", "konveksi");
    CHECK(validate(e).empty());
    CHECK(validate(e, {&kota_depok(), nullptr, nullptr, {}}).error_count() == 1);
    // Its category only with a registry that lists categories.
    enterprise other = member("y", "32.76.07.1002", "batik");
    CHECK(validate(other, in(reg)).problems()[0].where.pointer == "/category");
    document no_categories;
    auto const empty = make_registry(no_categories).value();
    CHECK(validate(other, {nullptr, nullptr, &empty, {}}).empty());
    // A founding date only with today.
    e.founded = date(2030, 1, 1);
    CHECK(validate(e).empty());
    CHECK(validate(e, {nullptr, nullptr, nullptr, date(2020, 1, 1)}).problems()[0].where.pointer ==
          "/founded");
}

TEST_CASE("a context refers to what it consults, by reference or pointer, never a temporary",
          "[validation][lifetime]")
{
    auto const reg = make_registry();
    // Written with the objects themselves: no address taken, no pointer.
    validation_context const by_reference{kota_depok(), {}, reg, date(2020, 1, 1)};
    CHECK(by_reference.regions.get() == &kota_depok());
    CHECK(by_reference.registry.get() == &reg);
    CHECK(!by_reference.catalog);
    validation_context const by_pointer{&kota_depok(), nullptr, &reg, {}};
    enterprise const e = member("x", "32.76.07.1999", "konveksi");
    CHECK(validate(e, by_reference).error_count() == 1);
    CHECK(pointers(validate(e, by_pointer)) == pointers(validate(e, by_reference)));
    // A temporary gazetteer or registry would be gone by the next line: refused.
    using regions_ref = decltype(validation_context::regions);
    using registry_ref = decltype(validation_context::registry);
    STATIC_REQUIRE(!std::is_constructible_v<regions_ref, gazetteer>);
    STATIC_REQUIRE(!std::is_constructible_v<registry_ref, registry>);
    STATIC_REQUIRE(std::is_constructible_v<registry_ref, registry const&>);
}

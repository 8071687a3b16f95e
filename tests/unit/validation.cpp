// One convention for checking meaning: validate(x, context) -> report, every type. Each
// area's checks are tested beside their header (tests/unit/validation/).
#include <sentra/validation.hpp>

#include "catch.hpp"
#include "case_helpers.hpp"
#include "cluster/programme_helpers.hpp"

using namespace sentra;
using namespace cluster_test;

TEST_CASE("validation.hpp brings every area's validate, one convention", "[validation]")
{
    auto const reg = make_registry();
    // The same call for each type, each report relative to the value checked.
    CHECK(validate(good_cluster(), in(reg)).error_count() == 0);
    CHECK(validate(member("x", "32.76.07.1001", "konveksi"), in(reg)).error_count() == 0);
    CHECK(validate(case_test::reported_case()).empty());
    CHECK(validate(deadline_policy::lapor()).empty());
    // A document's problems are placed under the part's pointer.
    document d = programme_data();
    d.enterprises[2].name.clear();
    bool placed = false;
    for (auto const& p : validate(d).problems())
        placed = placed || p.where.pointer == "/enterprises/2/name";
    CHECK(placed);
    enterprise nameless = member("y", "32.76.07.1001", "konveksi");
    nameless.name.clear();
    auto const r = validate(nameless);
    REQUIRE(r.error_count() == 1);
    CHECK(r.problems()[0].where.pointer == "/name");
}

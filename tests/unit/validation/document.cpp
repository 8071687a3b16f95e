#include <sentra/validation/document.hpp>

#include "catch.hpp"
#include "case_helpers.hpp"
#include "cluster/programme_helpers.hpp"

#include <sentra/validation.hpp>

#include <vector>

using namespace sentra;
using namespace cluster_test;

TEST_CASE("a document is checked whole, its parts placed under their pointers", "[validation]")
{
    document d = programme_data();
    d.clusters = {good_cluster()};
    d.enterprises[0].kbli.clear();
    d.cases = {case_test::reported_case(), case_test::reported_case()};
    auto const r = validate(d, {&kota_depok(), nullptr, nullptr, {}});
    // (kul's 14111 is not a kuliner code: the sample's own slip, found by the category check)
    CHECK(pointers(r) ==
          std::vector<std::string>{"/enterprises/0/kbli", "/enterprises/5/kbli/0", "/cases/1/id"});
    d.format = "other";
    CHECK(validate(d).problems()[0].where.pointer == "/format");
}

// fwd.hpp names sentra's types without defining them: a header that only refers to them
// compiles with it alone, and the names are the same types as the full headers'.
#include <sentra/fwd.hpp>

// What a user's header might declare with fwd.hpp alone.
namespace user {
std::size_t count_regions(sentra::gazetteer const& g);
bool knows(sentra::kbli_catalog const& c, sentra::any_industry_code<sentra::kbli2020> const& code);
sentra::report check(sentra::document const& d);
void follow(sentra::case_id const& id, sentra::agency_id const& agency);
} // namespace user

#include <sentra/business/catalog.hpp>
#include <sentra/cluster/agency.hpp>
#include <sentra/cluster/cluster.hpp>
#include <sentra/coordination/case.hpp>
#include <sentra/document.hpp>
#include <sentra/enterprise.hpp>
#include <sentra/region/depok.hpp>

#include "catch.hpp"

#include <type_traits>

static_assert(std::is_same_v<sentra::gazetteer, sentra::basic_gazetteer<sentra::kemendagri>>);
static_assert(std::is_same_v<sentra::kbli_catalog, sentra::basic_catalog<sentra::kbli2020>>);
static_assert(std::is_same_v<sentra::enterprise_id, decltype(sentra::enterprise{}.id)>);
static_assert(std::is_same_v<sentra::cluster_id, decltype(sentra::cluster{}.id)>);
static_assert(std::is_same_v<sentra::agency_id, decltype(sentra::agency{}.id)>);
static_assert(std::is_same_v<sentra::case_id, decltype(sentra::coordination_case{}.id)>);

std::size_t user::count_regions(sentra::gazetteer const& g)
{
    return g.size();
}

TEST_CASE("a function declared with fwd.hpp alone is defined and called with the full types",
          "[fwd]")
{
    CHECK(user::count_regions(sentra::kota_depok()) == sentra::kota_depok().size());
    CHECK(user::count_regions(sentra::gazetteer{}) == 0);
}

// fwd.hpp names sentra's core types, ids and programme types without defining them (and
// without any area header): a header that only refers to them compiles with it alone, and
// the names are the same types as the full headers'.
#include <sentra/fwd.hpp>

// What a user's header might declare with fwd.hpp alone.
namespace user {
sentra::report check(sentra::document const& d);
void follow(sentra::case_id const& id, sentra::agency_id const& agency);
std::size_t members(sentra::cluster const& c);
} // namespace user

#include <sentra/cluster/agency.hpp>
#include <sentra/cluster/cluster.hpp>
#include <sentra/coordination/case.hpp>
#include <sentra/document.hpp>
#include <sentra/enterprise.hpp>

#include "catch.hpp"

#include <type_traits>

static_assert(std::is_same_v<sentra::enterprise_id, decltype(sentra::enterprise{}.id)>);
static_assert(std::is_same_v<sentra::cluster_id, decltype(sentra::cluster{}.id)>);
static_assert(std::is_same_v<sentra::agency_id, decltype(sentra::agency{}.id)>);
static_assert(std::is_same_v<sentra::case_id, decltype(sentra::coordination_case{}.id)>);
static_assert(std::is_same_v<sentra::document, sentra::basic_document<sentra::indonesia>>);

std::size_t user::members(sentra::cluster const& c)
{
    return c.members.size();
}

TEST_CASE("a function declared with fwd.hpp alone is defined and called with the full types",
          "[fwd]")
{
    sentra::cluster c;
    c.members = {sentra::enterprise_id("ent-1"), sentra::enterprise_id("ent-2")};
    CHECK(user::members(c) == 2);
    CHECK(user::members(sentra::cluster{}) == 0);
}

// region/fwd.hpp names the region area's types without defining them.
#include <sentra/region/fwd.hpp>

namespace user {
std::size_t count_regions(sentra::gazetteer const& g);
} // namespace user

#include <sentra/region/depok.hpp>

#include "catch.hpp"

#include <type_traits>

static_assert(std::is_same_v<sentra::gazetteer, sentra::basic_gazetteer<sentra::kemendagri>>);
static_assert(std::is_same_v<sentra::region, sentra::region_view<sentra::kemendagri>>);

std::size_t user::count_regions(sentra::gazetteer const& g)
{
    return g.size();
}

TEST_CASE("a function declared with region/fwd.hpp alone is called with the full types",
          "[fwd][region]")
{
    CHECK(user::count_regions(sentra::kota_depok()) == sentra::kota_depok().size());
    CHECK(user::count_regions(sentra::gazetteer{}) == 0);
}

// business/fwd.hpp names the business area's types without defining them.
#include <sentra/business/fwd.hpp>

namespace user {
bool knows(sentra::kbli_catalog const& c, sentra::any_industry_code<sentra::kbli2020> const& code);
} // namespace user

#include <sentra/business/catalog.hpp>
#include <sentra/business/category.hpp>

#include "catch.hpp"

#include <type_traits>

static_assert(std::is_same_v<sentra::kbli_catalog, sentra::basic_catalog<sentra::kbli2020>>);
static_assert(std::is_same_v<sentra::isic_catalog, sentra::basic_catalog<sentra::isic4>>);
static_assert(std::is_same_v<sentra::programme_category,
                             sentra::basic_programme_category<sentra::indonesia>>);

bool user::knows(sentra::kbli_catalog const& c, sentra::any_industry_code<sentra::kbli2020> const& code)
{
    return c.find(code).has_value();
}

TEST_CASE("a function declared with business/fwd.hpp alone is called with the full types",
          "[fwd][business]")
{
    CHECK_FALSE(user::knows(sentra::kbli_catalog{}, sentra::kbli_code("14111")));
}

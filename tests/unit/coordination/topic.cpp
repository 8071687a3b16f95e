// The default topics of a coordination case.
#include <sentra/coordination/topic.hpp>

#include "catch.hpp"

#include <boost/describe/enum_to_string.hpp>

using namespace sentra;

TEST_CASE("case topics: stable names and labels in both languages", "[coordination]")
{
    CHECK(std::string_view(boost::describe::enum_to_string(case_topic::raw_materials, "")) ==
          "raw_materials");
    CHECK(to_label(case_topic::raw_materials) == "raw materials");
    CHECK(to_label(case_topic::permits, lang::id) == "perizinan");
    CHECK(to_label(case_topic::other, lang::id) == "lainnya");
    CHECK(to_label(static_cast<case_topic>(42)).empty());
}

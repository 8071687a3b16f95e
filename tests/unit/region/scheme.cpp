// What a region scheme is, and Kemendagri's.
#include <sentra/region/scheme.hpp>

#include "catch.hpp"

using namespace sentra;

static_assert(region_scheme<kemendagri>);
static_assert(kemendagri::levels == 4);
static_assert(kemendagri::widths[0] == 2 && kemendagri::widths[3] == 4);

TEST_CASE("the Kemendagri scheme: levels, names, labels and the rules of each part", "[scheme]")
{
    CHECK(kemendagri::name == "kemendagri");
    CHECK(kemendagri::separator == '.');
    CHECK(!kemendagri::padded);
    CHECK(kemendagri::level_name(3) == "village");
    CHECK(kemendagri::level_name(4) == "unknown");
    CHECK(kemendagri::level_label(1, lang::id) == "kabupaten/kota");
    CHECK(kemendagri::level_label(2, lang::en) == "district");
    CHECK(kemendagri::level_label(9, lang::en).empty());
    CHECK(kemendagri::check_segment(3, 1002).empty());
    CHECK(!kemendagri::check_segment(3, 4002).empty()); // a village part starts with 1, 2 or 3
    CHECK(!kemendagri::check_segment(3, 2000).empty()); // and is not 000
    CHECK(kemendagri::file_names[0] == "provinces.csv");
}

#include <sentra/region/name.hpp>

#include "catch.hpp"

#include <string>

using namespace sentra;

TEST_CASE("names are compared without case, spaces and punctuation", "[region][name]")
{
    CHECK(normalize_name("Kota Depok") == "kotadepok");
    CHECK(normalize_name("KOTA-DEPOK ") == "kotadepok");
    CHECK(normalize_name("Kab. Pangkajene dan Kepulauan") == "kabpangkajenedankepulauan");
    CHECK(normalize_name("Kelurahan 1 Ilir") == "kelurahan1ilir");
    CHECK(normalize_name("").empty());
    CHECK(normalize_name(" .,-/() ").empty());
    // Bytes of UTF-8 sequences are kept as they are: "É" is not "é" nor "e".
    CHECK(normalize_name("Désa Éka") == "d\xC3\xA9sa\xC3\x89ka");
    CHECK(normalize_name("\xC3\x89") != normalize_name("\xC3\xA9"));
    // A NUL or a control byte is punctuation, not a letter.
    CHECK(normalize_name(std::string("Ci\0payung\t", 10)) == "cipayung");
    // A long name is normalised whole.
    std::string const huge(100000, 'A');
    CHECK(normalize_name(huge) == std::string(100000, 'a'));
}

TEST_CASE("equals_normalized compares with a normalised name without allocating",
          "[region][name]")
{
    CHECK(equals_normalized("Kota Depok", "kotadepok"));
    CHECK(equals_normalized("  kota   DEPOK!", "kotadepok"));
    CHECK_FALSE(equals_normalized("Kota Depok", "kotadepo"));   // one left over
    CHECK_FALSE(equals_normalized("Kota Depo", "kotadepok"));   // one missing
    CHECK_FALSE(equals_normalized("Kota Bogor", "kotadepok"));
    CHECK(equals_normalized("", ""));
    CHECK(equals_normalized("--", ""));
    CHECK_FALSE(equals_normalized("a", ""));
    // Its second argument is taken as already normalised: upper case there never matches.
    CHECK_FALSE(equals_normalized("Kota Depok", "KOTADEPOK"));
}

TEST_CASE("edit_distance counts additions, removals, changes and swaps up to a limit",
          "[region][name]")
{
    CHECK(edit_distance("cipayung", "cipayung", 2) == 0);
    CHECK(edit_distance("cipayung", "cipayng", 2) == 1);   // dropped
    CHECK(edit_distance("cipayung", "cipayuung", 2) == 1); // added
    CHECK(edit_distance("cipayung", "cipajung", 2) == 1);  // changed
    CHECK(edit_distance("cipayung", "cipyaung", 2) == 1);  // neighbours swapped
    CHECK(edit_distance("cipayung", "cpiayugn", 3) == 2);
    // Beyond the limit the answer is limit + 1, whether by length or by letters.
    CHECK(edit_distance("cipayung", "ci", 2) == 3);
    CHECK(edit_distance("cipayung", "bogorkota", 2) == 3);
    CHECK(edit_distance("", "", 0) == 0);
    CHECK(edit_distance("", "abc", 5) == 3);
    CHECK(edit_distance("abc", "", 1) == 2);
}

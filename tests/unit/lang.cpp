// Languages and the one label mechanism: a bilingual table read by label_at.
#include <sentra/lang.hpp>

#include "catch.hpp"

using namespace sentra;

namespace {
enum class colour : unsigned char { red, green };
constexpr bilingual colour_labels[] = {{"red", "merah"}, {"green", "hijau"}};
} // namespace

TEST_CASE("labels come from bilingual tables", "[lang]")
{
    CHECK(to_label(lang::en) == "English");
    CHECK(to_label(lang::id, lang::id) == "Indonesia");
    CHECK(bilingual{"city", "kota"}.in(lang::id) == "kota");
    CHECK(bilingual{"city", "kota"}.in(lang::en) == "city");
    CHECK(detail::label_at(colour_labels, colour::green, lang::id) == "hijau");
    CHECK(detail::label_at(colour_labels, static_cast<colour>(7), lang::en).empty());
    CHECK(detail::label_at(colour_labels, std::size_t{0}, lang::en) == "red");
    CHECK(detail::label_at(colour_labels, std::size_t{2}, lang::en).empty());
}

TEST_CASE("counts take the noun form of their language", "[lang]")
{
    constexpr noun cluster{"cluster", "clusters", "klaster"};
    CHECK(counted(1, cluster) == "1 cluster");
    CHECK(counted(0, cluster) == "0 clusters");
    CHECK(counted(2, cluster, lang::en) == "2 clusters");
    CHECK(counted(1, cluster, lang::id) == "1 klaster");
    CHECK(counted(12, cluster, lang::id) == "12 klaster");
    static_assert(cluster.in(lang::en, 3) == "clusters");
}

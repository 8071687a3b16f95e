// The one record of the reference data's releases.
#include <sentra/data_version.hpp>

#include "catch.hpp"

using namespace sentra;

TEST_CASE("the editions and releases sentra ships are recorded once", "[data_version]")
{
    CHECK(reference_data_version == "2026.2");
    REQUIRE(kemendagri_editions.size() >= 2);
    CHECK(latest_kemendagri_edition.name == "2025");
    REQUIRE(find_kemendagri_edition("2022") != nullptr);
    CHECK(find_kemendagri_edition("2022")->counts[3] == 83763);
    CHECK(find_kemendagri_edition("2019") == nullptr);
    CHECK(find_kemendagri_edition("") == nullptr);
    CHECK(kemendagri_edition_names() == "2022, 2025");
    CHECK(kbli2020_release.name == "kbli2020");
    CHECK(kbli2020_release.codes == 2710);
    CHECK(isic4_release.file == "isic_rev4.csv");
    CHECK(find_classification_release("isic4") == &isic4_release);
    CHECK(find_classification_release("kbli2020") == &kbli2020_release);
    CHECK(find_classification_release("kbli2025") == &kbli2025_release);
    CHECK(find_classification_release("kbli2017") == nullptr);
    CHECK(kbli2025_release.codes == 22 + 87 + 257 + 519 + 1559);
    CHECK(kbli2025_release.file == "2025");
    CHECK(&latest_kbli_release == &kbli2025_release);
    CHECK(kbli_editions.back() == &latest_kbli_release);
}

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

// A code whose title shares few words with the other edition's is warned of, at its pointer,
// in the language of the reader, from either side of the diff; the others are not.
TEST_CASE("check_other_meanings: enterprises, either edition, not a programme's categories", "[validation][kbli2025]")
{
    catalog_builder<kbli2020> a;
    catalog_builder<kbli2025> b;
    for (auto const* code : {"I", "56", "561", "5610"}) {
        a.add(*kbli_code::parse(code), "Penyediaan Makanan", "");
        b.add(*kbli2025_code::parse(code), "PENYEDIAAN MAKANAN", "");
    }
    a.add(kbli_code("56101"), "Restoran", "");
    b.add(kbli2025_code("56101"), "AKTIVITAS PENYEDIAAN MAKANAN DI BANGUNAN TETAP", "");
    a.add(kbli_code("56102"), "Rumah Makan", "");
    b.add(kbli2025_code("56102"), "RUMAH MAKAN", "");
    auto const changes = diff(std::move(a).finish().value(), std::move(b).finish().value());

    basic_enterprise<indonesia_kbli2025> e;
    e.kbli = {kbli2025_subclass("56102"), kbli2025_subclass("56101")};
    auto const r = check_other_meanings(e, changes);
    REQUIRE(r.problems().size() == 1);
    auto const& w = r.problems()[0];
    CHECK(w.level == severity::warning);
    CHECK(w.where.pointer == "/kbli/1");
    CHECK(w.detail(lang::en) ==
          "56101 is 'AKTIVITAS PENYEDIAAN MAKANAN DI BANGUNAN TETAP' in KBLI 2025 but 'Restoran' "
          "in KBLI 2020: check that the record's code is a KBLI 2025 code");
    CHECK(w.detail(lang::id).find("berarti 'AKTIVITAS") != std::string::npos);

    basic_document<indonesia> d;
    d.enterprises.resize(2);
    d.enterprises[1].kbli = {kbli_subclass("56101")};
    d.categories.resize(1);
    d.categories[0].codes = {kbli_code("561"), kbli_code("56101")};
    auto const rd = check_other_meanings(d, changes);
    // The category's 56101 was chosen with its label: not warned of.
    REQUIRE(rd.problems().size() == 1);
    CHECK(rd.problems()[0].where.pointer == "/enterprises/1/kbli/0");
    CHECK(rd.problems()[0].detail(lang::en).starts_with("56101 is 'Restoran' in KBLI 2020"));
    CHECK(rd.ok()); // warnings only
    CHECK(check_other_meanings(basic_document<indonesia>{}, changes).empty());
}

// What changed between KBLI 2020 and KBLI 2025: codes only in one edition, codes in both
// with another title (the likely other meanings flagged apart), codes with the same title.
#include <sentra/business/edition_diff.hpp>

#include <sentra/io/reference_data.hpp>

#include "catch.hpp"

using namespace sentra;

TEST_CASE("diff of two small catalogs", "[edition_diff]")
{
    catalog_builder<kbli2020> a;
    a.add(kbli_code("I"), "Penyediaan Akomodasi dan Makan Minum", "");
    a.add(kbli_code("56"), "Penyediaan Makanan dan Minuman", "");
    a.add(kbli_code("561"), "Restoran dan Penyediaan Makanan Keliling", "");
    a.add(kbli_code("5610"), "Restoran dan Penyediaan Makanan Keliling", "");
    a.add(kbli_code("56101"), "Restoran", "");
    a.add(kbli_code("56103"), "Kedai Makanan", "");
    catalog_builder<kbli2025> b;
    b.add(kbli2025_code("I"), "PENYEDIAAN AKOMODASI DAN MAKAN MINUM", "");
    b.add(kbli2025_code("56"), "PENYEDIAAN MAKANAN DAN MINUMAN", "");
    b.add(kbli2025_code("561"), "AKTIVITAS RESTORAN DAN PENYEDIAAN MAKANAN KELILING", "");
    b.add(kbli2025_code("5610"), "AKTIVITAS RESTORAN DAN PENYEDIAAN MAKANAN KELILING", "");
    b.add(kbli2025_code("56101"), "AKTIVITAS PENYEDIAAN MAKANAN DI BANGUNAN TETAP", "");
    b.add(kbli2025_code("56109"), "AKTIVITAS PENYEDIAAN MAKANAN LAINNYA", "");
    auto const before = std::move(a).finish().value();
    auto const after = std::move(b).finish().value();
    auto const d = diff(before, after);
    REQUIRE(d.only_before.size() == 1);
    CHECK(d.only_before[0].to_string() == "56103");
    REQUIRE(d.only_after.size() == 1);
    CHECK(d.only_after[0].to_string() == "56109");
    CHECK(d.same_title.size() == 2); // I and 56: the same words in other case
    REQUIRE(d.changed_title.size() == 3);
    auto const* restoran = d.changed(kbli_code("56101"));
    REQUIRE(restoran != nullptr);
    CHECK(restoran->likely_other_meaning);
    CHECK(restoran->title_before == "Restoran");
    CHECK(restoran->words_shared == 0.0);
    CHECK(d.changed(kbli2025_code("56101")) == restoran); // either edition's code
    auto const* group = d.changed(kbli2025_code("561"));
    REQUIRE(group != nullptr);
    CHECK(!group->likely_other_meaning); // one word added
    CHECK(group->words_shared > 0.8);
    CHECK(d.changed(kbli_code("56")) == nullptr);
    CHECK(d.likely_other_meanings() == 1);
}

TEST_CASE("diff of the shipped KBLI 2020 and KBLI 2025", "[edition_diff][data]")
{
    auto const k2020 = io::load_kbli().value();
    auto const k2025 = io::load_kbli2025().value();
    auto const d = diff(k2020, k2025);
    CHECK(d.only_before.size() + d.changed_title.size() + d.same_title.size() == k2020.size());
    CHECK(d.only_after.size() + d.changed_title.size() + d.same_title.size() == k2025.size());
    for (auto const* code : {"56101", "56102"}) {
        auto const* c = d.changed(*kbli_code::parse(code));
        REQUIRE(c != nullptr);
        CHECK(c->likely_other_meaning);
    }
    auto gone = [&](char const* code) {
        return std::find(d.only_before.begin(), d.only_before.end(), *kbli_code::parse(code)) !=
               d.only_before.end();
    };
    CHECK(gone("56103"));
    CHECK(gone("62011"));
    CHECK(gone("45"));
    // Konveksi is spelt konfeksi now: another title, the same meaning.
    auto const* konveksi = d.changed(*kbli_code::parse("14111"));
    REQUIRE(konveksi != nullptr);
    CHECK(!konveksi->likely_other_meaning);
    CHECK(d.changed(*kbli_code::parse("10792")) == nullptr); // kue basah: the same title
    CHECK(d.likely_other_meanings() > 100);
    CHECK(d.likely_other_meanings() < d.changed_title.size());
}

TEST_CASE("title_words and words_shared", "[edition_diff]")
{
    CHECK(detail::title_words("Rumah/Warung Makan") ==
          std::vector<std::string>{"rumah", "warung", "makan"});
    CHECK(detail::words_shared("A B", "a b") == 1.0);
    CHECK(detail::words_shared("a b", "c d") == 0.0);
    CHECK(detail::words_shared("", "") == 1.0);
}

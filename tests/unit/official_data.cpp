// Tests against the official Kemendagri list in SENTRA_REFERENCE_DATA_DIR/regions.
#include <sentra/region/depok.hpp>
#include <sentra/region/gazetteer.hpp>

#include "../catch.hpp"

#include <filesystem>
#include <fstream>
#include <set>

using namespace sentra;

TEST_CASE("the full official list loads: 38 / 514 / 7,277 / 83,763", "[data]")
{
    if (!sentra_test::have_reference_data("regions/villages.csv")) return;
    auto g = gazetteer::load(sentra_test::reference_data() / "regions");
    if (!g)
        for (auto const& e : g.error().problems()) UNSCOPED_INFO(e.to_string());
    REQUIRE(g);
    CHECK(g->count(0) == 38);
    CHECK(g->count(1) == 514);
    CHECK(g->count(2) == 7277);
    CHECK(g->count(3) == 83763);

    // The founding case.
    CHECK(g->find(province_code("32"))->name() == "JAWA BARAT");
    CHECK(g->find(regency_code("32.76"))->name() == "KOTA DEPOK");
    CHECK(g->find(district_code("32.76.07"))->name() == "Cipayung");
    CHECK(g->find(village_code("32.76.07.1002"))->name() == "Cipayung Jaya");
    CHECK(g->find(village_code("32.76.07.1004"))->name() == "Bojong Pondok Terong");

    // Nine places are named Cipayung.
    CHECK(g->search("Cipayung").size() == 9);

    // Integrity and the facts in DOMAIN.md.
    std::size_t kelurahan = 0, desa = 0, adat = 0, kota = 0;
    for (auto const& v : g->regions(3)) {
        auto code = *v.code().as<3>();
        switch (kind_of(code)) {
        case village_kind::kelurahan:
            ++kelurahan;
            break;
        case village_kind::desa:
            ++desa;
            break;
        case village_kind::desa_adat:
            ++adat;
            break;
        }
        REQUIRE(v.parent());
        CHECK(v.parent()->code() == region_id(code.parent()));
    }
    CHECK(kelurahan == 8498);
    CHECK(desa == 75251);
    CHECK(adat == 14);
    for (auto const& r : g->regions(1))
        if (kind_of(*r.code().as<1>()) == regency_kind::kota) ++kota;
    CHECK(kota == 98);
    std::size_t children = 0;
    for (auto const& d : g->regions(2)) children += d.child_count();
    CHECK(children == 83763);

    // A name with a bare quote came through.
    CHECK(!g->search("Soka\"an").empty());
}

TEST_CASE("every official code parses and round-trips", "[data]")
{
    if (!sentra_test::have_reference_data("regions/villages.csv")) return;
    auto g = gazetteer::load(sentra_test::reference_data() / "regions");
    REQUIRE(g);
    for (std::size_t level = 0; level < 4; ++level)
        for (auto const& r : g->regions(level)) {
            auto text = r.code().to_string();
            auto back = region_id::parse(text);
            REQUIRE(back);
            CHECK(*back == r.code());
            CHECK(region_id::parse(r.code().to_compact_string()).value() == r.code());
            CHECK(g->find(*back) == r);
        }
}

TEST_CASE("the embedded Kota Depok set equals the official rows", "[data][depok]")
{
    if (!sentra_test::have_reference_data("regions/villages.csv")) return;
    auto g = gazetteer::load(sentra_test::reference_data() / "regions");
    REQUIRE(g);
    gazetteer const& d = kota_depok();
    auto official = g->find(regency_code("32.76"));
    REQUIRE(official);
    std::set<std::pair<std::string, std::string>> want, got;
    want.emplace("32", std::string(g->find(province_code("32"))->name()));
    want.emplace("32.76", std::string(official->name()));
    for (auto const& dist : official->children()) {
        want.emplace(dist.code().to_string(), std::string(dist.name()));
        for (auto const& v : dist.children())
            want.emplace(v.code().to_string(), std::string(v.name()));
    }
    for (std::size_t level = 0; level < 4; ++level)
        for (auto const& r : d.regions(level))
            got.emplace(r.code().to_string(), std::string(r.name()));
    CHECK(want == got);
    CHECK(got.size() == 76);
}

TEST_CASE("one broken line in the official folder names its file and line", "[data]")
{
    if (!sentra_test::have_reference_data("regions/villages.csv")) return;
    auto src = sentra_test::reference_data() / "regions";
    auto dir = std::filesystem::temp_directory_path() / "sentra_broken_official";
    std::filesystem::create_directories(dir);
    for (auto const* f : {"provinces.csv", "regencies.csv", "districts.csv", "villages.csv"})
        std::filesystem::copy_file(src / f, dir / f,
                                   std::filesystem::copy_options::overwrite_existing);
    {
        std::ofstream out(dir / "districts.csv", std::ios::app);
        out << "32.76.99,32.77,Broken\n";
    }
    auto g = gazetteer::load(dir);
    REQUIRE(!g);
    REQUIRE(g.error().error_count() == 1);
    auto const e = g.error().problems()[0];
    CHECK(e.code == errc::parent_mismatch);
    CHECK(e.where.file == (dir / "districts.csv").string());
    CHECK(e.where.line == 7279);
}

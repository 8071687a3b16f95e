// Tests against the official Kemendagri lists that ship in data/regions/ (both editions),
// found as every program finds them (sentra/io/reference_data.hpp).
#include <sentra/region/depok.hpp>
#include <sentra/io/reference_data.hpp>
#include <sentra/region/diff.hpp>
#include <sentra/region/gazetteer.hpp>

#include "catch.hpp"

#include <filesystem>
#include <fstream>
#include <set>

using namespace sentra;

TEST_CASE("the 2022 edition loads: 38 / 514 / 7,277 / 83,763", "[data]")
{
    auto g = io::load_gazetteer("2022");
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
    auto g = io::load_gazetteer("2022");
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
    auto g = io::load_gazetteer("2022");
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
    auto src = io::find_reference_data().value().regions(*find_kemendagri_edition("2022"));
    auto dir = std::filesystem::temp_directory_path() / "sentra_broken_official";
    std::filesystem::create_directories(dir);
    for (auto const* f : {"provinces.csv", "regencies.csv", "districts.csv", "villages.csv"})
        std::filesystem::copy_file(src / f, dir / f,
                                   std::filesystem::copy_options::overwrite_existing);
    {
        std::ofstream out(dir / "districts.csv", std::ios::app);
        out << "32.76.99,32.77,Broken\n";
    }
    auto g = sentra::io::read_gazetteer(dir);
    REQUIRE(!g);
    REQUIRE(g.error().error_count() == 1);
    auto const e = g.error().problems()[0];
    CHECK(e.code == errc::parent_mismatch);
    CHECK(e.where.file == (dir / "districts.csv").string());
    CHECK(e.where.line == 7279);
}

TEST_CASE("the 2025 edition loads: 38 / 514 / 7,285 / 83,762, the default", "[data]")
{
    auto g = io::load_gazetteer();
    if (!g)
        for (auto const& e : g.error().problems()) UNSCOPED_INFO(e.to_string());
    REQUIRE(g);
    CHECK(g->edition() == "2025");
    CHECK(latest_kemendagri_edition.name == "2025");
    CHECK(g->count(0) == 38);
    CHECK(g->count(1) == 514);
    CHECK(g->count(2) == 7285);
    CHECK(g->count(3) == 83762);
    // Title case and RFC 4180 quoting: a comma and a doubled quote inside names.
    CHECK(g->find(regency_code("32.76"))->name() == "Kota Depok");
    CHECK(g->find(province_code("31"))->name() == "Daerah Khusus Ibukota Jakarta");
    CHECK(g->find(village_code("32.76.07.1002"))->name() == "Cipayung Jaya");
    CHECK(g->find(village_code("12.07.28.1007"))->name() == "Lubuk Pakam I,II");
    CHECK(g->find(village_code("35.13.15.2017"))->name() == "Soka\"an");
    CHECK(g->search("Cipayung").size() == 8);
    // 32.01.35.2004 was renamed from Cipayung to Sipayung.
    CHECK(g->find(village_code("32.01.35.2004"))->name() == "Sipayung");
    std::size_t children = 0;
    for (auto const& d : g->regions(2)) children += d.child_count();
    CHECK(children == 83762);
}

TEST_CASE("every edition's counts are those data_version.hpp records", "[data]")
{
    for (auto const& e : kemendagri_editions) {
        auto g = io::load_gazetteer(e.name);
        REQUIRE(g);
        CHECK(g->edition() == e.name);
        for (std::size_t level = 0; level < 4; ++level) CHECK(g->count(level) == e.counts[level]);
    }
    CHECK(find_kemendagri_edition("2022")->decree == "Kepmendagri 100.1.1-6117 Tahun 2022");
    CHECK(find_kemendagri_edition("2019") == nullptr);
    CHECK(io::load_kbli().value().size() == kbli2020_release.codes);
    CHECK(io::load_isic().value().size() == isic4_release.codes);
}

TEST_CASE("an edition sentra does not have is a usage error naming those it has", "[data]")
{
    auto g = io::load_gazetteer("2019");
    REQUIRE_FALSE(g);
    auto const problems = g.error(); // result::error() returns a copy
    auto const& e = problems.problems()[0];
    CHECK(e.code == errc::invalid_argument);
    CHECK(e.where.field == "edition");
    CHECK(e.detail() == "'2019' is not a region edition sentra has (2022, 2025)");
}

TEST_CASE("the embedded Kota Depok set has the 2025 edition's codes", "[data][depok]")
{
    auto const g = io::load_gazetteer("2025").value();
    std::set<std::string> want, got;
    auto const depok = g.find(regency_code("32.76"));
    REQUIRE(depok);
    want.insert("32");
    want.insert("32.76");
    for (auto const& dist : depok->children()) {
        want.insert(dist.code().to_string());
        for (auto const& v : dist.children()) want.insert(v.code().to_string());
    }
    for (std::size_t level = 0; level < 4; ++level)
        for (auto const& r : kota_depok().regions(level)) got.insert(r.code().to_string());
    CHECK(want == got);
}

TEST_CASE("search understands the names people write: level words, DKI, DIY, NTB, NTT, Kep.",
          "[data][search]")
{
    auto const g = io::load_gazetteer("2025");
    REQUIRE(g);
    auto codes = [&](std::string_view query) {
        std::vector<std::string> out;
        for (auto const& v : g->search(query)) out.push_back(v.code().to_string());
        return out;
    };
    // "Cipayung" is a district and villages; a level word keeps to its level.
    CHECK(codes("Kecamatan Cipayung") == std::vector<std::string>{"31.75.10", "32.76.07"});
    CHECK(codes("Kec. Cipayung") == codes("Kecamatan Cipayung"));
    CHECK(codes("kec cipayung") == codes("Kecamatan Cipayung"));
    for (auto const& v : g->search("Kelurahan Cipayung Jaya")) CHECK(v.level() == region_level::village);
    CHECK(codes("Kelurahan Cipayung Jaya") == std::vector<std::string>{"32.76.07.1002"});
    CHECK(codes("Kel. Cipayung Jaya") == codes("Kelurahan Cipayung Jaya"));
    CHECK(codes("Desa Cipayung Jaya") == codes("Kelurahan Cipayung Jaya"));
    CHECK(codes("Provinsi Jawa Barat") == std::vector<std::string>{"32"});
    CHECK(codes("Kecamatan Cipayung Jaya").empty()); // a village, not a district
    // Abbreviations, in the query or in the list.
    CHECK(codes("DKI Jakarta") == std::vector<std::string>{"31"});
    CHECK(codes("Daerah Khusus Ibukota Jakarta") == std::vector<std::string>{"31"});
    CHECK(codes("DIY") == std::vector<std::string>{"34"});
    CHECK(codes("DI Yogyakarta") == std::vector<std::string>{"34"});
    CHECK(codes("NTB") == std::vector<std::string>{"52"});
    CHECK(codes("ntt") == std::vector<std::string>{"53"});
    CHECK(codes("Kab. Kep. Seribu") == std::vector<std::string>{"31.01"});
    CHECK(codes("Kab. Adm. Kep. Seribu") == std::vector<std::string>{"31.01"});
    CHECK(codes("Kepulauan Seribu") == std::vector<std::string>{"31.01"});
    CHECK(codes("Kota Adm. Jakarta Timur") == std::vector<std::string>{"31.75"});
    // Part of a name.
    CHECK(!g->search("DKI", name_match::contains).empty());
    auto const old = io::load_gazetteer("2022");
    REQUIRE(old);
    CHECK(old->search("Daerah Khusus Ibukota Jakarta").size() == 1); // "DKI JAKARTA" in 2022
    CHECK(old->search("DKI", name_match::contains).front().code() == region_id("31"));
}

TEST_CASE("a region renamed between editions is found by its other name", "[data][search]")
{
    auto g = io::load_gazetteer("2025");
    auto const old = io::load_gazetteer("2022");
    REQUIRE(g);
    REQUIRE(old);
    CHECK(g->search("Padang Sidempuan").empty());
    CHECK(g->search("Muko Muko").size() == 1); // spaces do not count: the same name
    std::size_t const added = g->add_names_from(*old);
    CHECK(added > 40); // 1 province, 1 regency and 41 districts, and villages
    CHECK(g->add_names_from(*old) == 0); // once only
    auto const found = g->search("Kota Padang Sidempuan");
    REQUIRE(found.size() == 1);
    CHECK(found[0].code() == region_id("12.77"));
    CHECK(found[0].name() == "Kota Padangsidimpuan"); // the name stays this edition's
    // Within a region, by level.
    auto const aceh_utara = g->find(regency_code("11.08"));
    REQUIRE(aceh_utara);
    auto const district = g->find_by_name("T. Jambo Aye", 2, aceh_utara);
    REQUIRE(district.size() == 1);
    CHECK(district[0].code() == region_id("11.08.14"));
    CHECK(district[0].name() == "Tanah Jambo Aye");
    CHECK(g->find_by_name("T. Jambo Aye", 2, g->find(regency_code("11.01"))).empty());
    // Results keep their order: top level first, code order.
    auto const kecamatan = g->search("Kecamatan STM Hilir");
    REQUIRE(kecamatan.size() == 1);
    CHECK(kecamatan[0].code() == region_id("12.07.08"));
    CHECK(g->memory().name_bytes > old->memory().name_bytes / 2);
}

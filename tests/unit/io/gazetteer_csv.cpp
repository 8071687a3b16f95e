// Reading the official region lists from CSV: folders, combined files, checks with counts.
#include <sentra/io/gazetteer_csv.hpp>

#include "catch.hpp"
#include "scratch.hpp"


using namespace sentra;
namespace fs = std::filesystem;

namespace {
void write(fs::path const& p, std::string const& text)
{
    scratch::write_bytes(p, text);
}
fs::path small_folder(std::string const& name, std::string const& villages)
{
    auto const dir = scratch::fresh_dir(name);
    write(dir / "provinces.csv", "code,name\n32,JAWA BARAT\n");
    write(dir / "regencies.csv", "code,parent_code,name\n32.76,32,KOTA DEPOK\n");
    write(dir / "districts.csv", "code,parent_code,name\n32.76.07,32.76,CIPAYUNG\n");
    write(dir / "villages.csv", villages);
    return dir;
}
} // namespace

TEST_CASE("a folder reads, and a check counts the rows of a broken one", "[gazetteer][io]")
{
    auto const good = small_folder("gazetteer-csv-good",
                                   "code,parent_code,name\n32.76.07.1002,32.76.07,CIPAYUNG JAYA\n");
    CHECK(io::level_file<kemendagri>(good, 3) == good / "villages.csv");
    auto const g = io::read_gazetteer(good, {0, "2025"});
    REQUIRE(g.has_value());
    CHECK(g->size() == 4);
    CHECK(g->edition() == "2025");
    auto const ok = io::check_gazetteer(good);
    CHECK(ok.ok());
    CHECK(ok.rows == std::array<std::size_t, 4>{1, 1, 1, 1});

    auto const bad = small_folder("gazetteer-csv-bad", "code,parent_code,name\n"
                                                       "32.76.07.1002,32.76.07,CIPAYUNG JAYA\n"
                                                       "32.76.08.1001,32.76.08,NOWHERE\n"
                                                       "32.76.07.100,32.76.07,SHORT\n");
    auto const check = io::check_gazetteer(bad);
    CHECK(!check.ok());
    CHECK(check.rows[3] == 2); // the malformed row is not counted; the orphan is, until the end
    std::vector<errc> codes;
    for (auto const& p : check.problems.problems()) codes.push_back(p.code);
    CHECK(codes == std::vector<errc>{errc::malformed_code, errc::orphan});

    fs::remove(bad / "districts.csv");
    auto const missing = io::check_gazetteer(bad);
    CHECK(missing.problems.has(error_class::io));
    CHECK(missing.rows == std::array<std::size_t, 4>{});
}

TEST_CASE("a combined code,name file, from text or a file", "[gazetteer][io]")
{
    gazetteer_builder<kemendagri> b;
    io::add_combined_csv(b, "code,name\n32,JAWA BARAT\n32.76,KOTA DEPOK\n", "all.csv");
    io::add_level_csv(b, 2, "code,parent_code,name\n32.76.07,32.76,CIPAYUNG\n", "districts.csv");
    auto const g = std::move(b).finish();
    REQUIRE(g.has_value());
    CHECK(g->count(2) == 1);
    auto const missing = io::read_gazetteer_combined("/nonexistent/all.csv");
    REQUIRE(!missing);
    CHECK(missing.error().problems()[0].code == errc::file_not_found);
}

TEST_CASE("a regency's name agrees with its code: kabupaten 01-69, kota 71-99", "[gazetteer][io]")
{
    auto const dir = scratch::fresh_dir("gazetteer-csv-kinds");
    write(dir / "provinces.csv", "code,name\n32,JAWA BARAT\n");
    write(dir / "regencies.csv", "code,parent_code,name\n"
                                 "32.01,32,KOTA BOGOR X\n"         // a kabupaten's code
                                 "32.04,32,Kabupaten Bandung\n"
                                 "32.05,32,Kab. Garut\n"           // an abbreviation is fine
                                 "32.71,32,\"Kabupaten Bogor\"\n"  // a kota's code (quoted: the name at 11)
                                 "32.76,32,KOTA DEPOK\n"
                                 "32.77,32,Depok Baru\n");         // no kind at all
    write(dir / "districts.csv", "code,parent_code,name\n32.76.07,32.76,CIPAYUNG\n");
    write(dir / "villages.csv", "code,parent_code,name\n32.76.07.1002,32.76.07,CIPAYUNG JAYA\n");
    auto const g = io::read_gazetteer(dir);
    REQUIRE(!g);
    std::vector<std::string> lines;
    for (auto const& p : g.error().problems()) lines.push_back(p.to_string());
    auto const file = (dir / "regencies.csv").string();
    CHECK(lines == std::vector<std::string>{
                       file + ":2:10: error: invalid value: 'KOTA BOGOR X': a regency coded 01 to "
                              "69 is a kabupaten: its name starts with 'Kabupaten', not 'Kota' "
                              "[invalid_value]",
                       file + ":5:11: error: invalid value: 'Kabupaten Bogor': a regency coded 71 "
                              "to 99 is a kota: its name starts with 'Kota', not 'Kabupaten' "
                              "[invalid_value]",
                       file + ":7:10: error: invalid value: 'Depok Baru': a regency coded 71 to "
                              "99 is a kota: its name starts with 'Kota' [invalid_value]"});
    // The same rule when rows are added one by one.
    gazetteer_builder<kemendagri> b;
    b.add(region_id("32"), "JAWA BARAT");
    b.add(region_id("32.01"), "Kota Bogor", location{"list", 3, 1, {}, {}});
    auto const built = std::move(b).finish();
    REQUIRE(!built);
    CHECK(built.error().problems()[0].where.line == 3);
    CHECK(built.error().problems()[0].code == errc::invalid_value);
    // Both shipped editions follow it (every row loads), checked with the official data.
    CHECK(kemendagri::name_defect(1, 3276, "KOTA DEPOK").empty());
    CHECK(kemendagri::name_defect(2, 327607, "Kota").empty()); // other levels: no rule
}

// Reading a catalog from CSV, and the builder under it.
#include <sentra/io/catalog_csv.hpp>

#include "catch.hpp"

#include <string>

using namespace sentra;

namespace {
std::string const header = "code,level,parent_code,title_id,title_en\n";
std::string const small = header + "C,section,,Industri Pengolahan,Manufacturing\n"
                                   "14,division,C,Industri Pakaian Jadi,\n"
                                   "141,group,14,Industri Pakaian Jadi,\n";
} // namespace

TEST_CASE("a catalog reads from CSV text, from a builder, and reports a missing file", "[catalog]")
{
    auto const c = io::read_catalog_csv<kbli2020>(small, "k.csv");
    REQUIRE(c.has_value());
    CHECK(c->size() == 3);
    CHECK(c->lookup("141").value().parent()->code().to_string() == "14");

    catalog_builder<kbli2020> b;
    io::add_catalog_csv(b, small, "k.csv");
    CHECK(b.size() == 3);
    b.add(kbli_code::parse("1411").value(), "Industri Pakaian Jadi Rajutan", "", {});
    auto const built = std::move(b).finish();
    REQUIRE(built.has_value());
    CHECK(built->size() == 4);

    auto const missing = io::read_catalog<kbli2020>("/nonexistent/kbli.csv");
    REQUIRE(!missing);
    CHECK(missing.error().problems()[0].code == errc::file_not_found);
}

TEST_CASE("the builder checks entries given in code, and the list as a whole", "[catalog]")
{
    catalog_builder<kbli2020> b;
    location where;
    where.field = "entry";
    b.add(kbli_code{}, "x", "", where);
    b.add(kbli_code::parse("C").value(), "", "", where);
    b.add(kbli_code::parse("14").value(), std::string("bad \xff title"), "", where);
    b.add(kbli_code::parse("141").value(), "orphan", "", where);
    auto const r = std::move(b).finish();
    REQUIRE(!r);
    std::vector<errc> codes;
    for (auto const& p : r.error().problems()) codes.push_back(p.code);
    CHECK(codes == std::vector<errc>{errc::empty_value, errc::empty_value, errc::invalid_utf8,
                                     errc::orphan});
    CHECK(r.error().problems()[3].where.field == "entry");

    // The same code twice: the second is the duplicate, and names the first's line.
    auto const dup = io::read_catalog_csv<kbli2020>(small + "14,division,C,Lagi,\n", "k.csv");
    REQUIRE(!dup);
    CHECK(dup.error().problems()[0].code == errc::duplicate_code);
    CHECK(dup.error().problems()[0].where.line == 5);
    CHECK(dup.error().problems()[0].detail() == "'14' appears more than once (first at line 3)");
}

TEST_CASE("legacy codes are accepted only when asked, under their nearest ancestor", "[catalog]")
{
    std::string const text = header + "J,section,,Informasi dan Komunikasi,\n"
                                       "61,division,J,Telekomunikasi,\n"
                                       "M,section,,Jasa Profesional,\n"
                                       "N,section,,Jasa Persewaan,\n";
    auto const plain = io::read_catalog_csv<kbli2020>(text, "k.csv");
    REQUIRE(plain.has_value());
    CHECK(!plain->find(kbli_code::parse("61925").value()));
    CHECK(plain->lookup("61925").error().detail().find("accept_legacy_codes") != std::string::npos);
    auto const legacy = io::read_catalog_csv<kbli2020>(text, "k.csv", {0, true});
    REQUIRE(legacy.has_value());
    auto const e = legacy->find(kbli_code::parse("61925").value());
    REQUIRE(e.has_value());
    CHECK(e->legacy());
    CHECK(e->parent()->code().to_string() == "61");
    CHECK(e->title(lang::en) == kbli2020::legacy_title.en);
}

TEST_CASE("an empty catalog file is a failed export, not an empty list", "[catalog]")
{
    auto const r = io::read_catalog_csv<isic4>("  \n", "i.csv");
    REQUIRE(!r);
    CHECK(r.error().problems()[0].code == errc::bad_header);
    CHECK(r.error().problems()[0].detail() == "the file is empty: no header row");
}

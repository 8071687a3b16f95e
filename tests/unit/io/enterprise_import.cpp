#include <sentra/io/enterprise_import.hpp>

#include "catch.hpp"
#include "import_fixtures.hpp"
#include "scratch.hpp"

#include <sentra/io/document.hpp>

#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

using namespace sentra;
using namespace sentra::test_import;
using io::enterprise_column;

TEST_CASE("a semicolon list with a BOM and CRLF: rows, values and every problem at its cell",
          "[import]")
{
    io::import_options o;
    o.mapping.figures_year = 2025;
    auto const r = import_text(fixture("members_semicolon.csv"), depok(), o);
    CHECK(r.summary.delimiter == ';');
    CHECK(r.summary.header_line == 1);
    CHECK(r.summary.rows == 7);
    CHECK(r.summary.imported == 4);
    CHECK(r.summary.refused == 3);
    CHECK(r.summary.columns.size() == 14);
    CHECK(r.summary.columns[0] == std::pair<std::string, enterprise_column>{"No", enterprise_column::ignored});
    CHECK(places(r.problems) == std::vector<std::string>{
                                    "1:14 Keterangan [unknown_column]",
                                    "6:4 NIK Pemilik [malformed_code]",
                                    "6:8 Kelurahan/Desa [unknown_name]",
                                    "6:13 No. HP/WA [invalid_value]",
                                    "7:8 Kelurahan/Desa [ambiguous_name]",
                                    "7:9 Jenis Usaha [ambiguous_name]",
                                    "7:10 Omzet per Tahun (Rp) [invalid_value]",
                                    "9:2 Nama Usaha [empty_value]",
                                });
    auto const& p = r.problems.problems();
    CHECK(p[0].level == severity::warning);
    CHECK(p[0].to_string() ==
          "members.csv:1:14: warning: Keterangan: column not imported: no enterprise field has "
          "that header (map it in an import mapping, or to \"ignored\") [unknown_column]");
    CHECK(p[2].to_string() ==
          "members.csv:6:8: error: Kelurahan/Desa: no such name: no village 'Cipayung Jya' in "
          "Cipayung, Kota Depok (did you mean 'Cipayung Jaya'?) [unknown_name]");
    CHECK(p[4].detail().find("Curug (Cimanggis, 32.76.02.1008); Curug (Bojongsari, "
                             "32.76.11.1005)") != std::string::npos);
    CHECK(p[5].detail().find("14111 Industri Pakaian Jadi (Konveksi) Dari Tekstil; 14112") !=
          std::string::npos);
    // The same problems in Indonesian, as an officer reads them.
    CHECK(p[2].detail(lang::id) ==
          "desa/kelurahan 'Cipayung Jya' tidak ada di Cipayung, Kota Depok (maksud Anda "
          "'Cipayung Jaya'?)");
    CHECK(p[2].id == message_id("import.no_region"));
    CHECK(p[2].arg("input")->text() == "'Cipayung Jya'");
    CHECK(p[4].detail(lang::id).starts_with("ada 2 wilayah (desa/kelurahan) bernama 'Curug'"));
    CHECK(p[3].detail().find("drops the leading 0") != std::string::npos);

    REQUIRE(r.rows.size() == 4);
    auto const& first = r.rows[0].enterprise;
    CHECK(r.rows[0].line == 2);
    CHECK(first.id.to_string() == "konveksi-maju-bersama-3276071002");
    CHECK(first.name == "Konveksi Maju Bersama");
    CHECK(first.nib->to_string() == "9120001234567");
    CHECK(first.village->to_string() == "32.76.07.1002");
    CHECK(first.kbli.size() == 1);
    CHECK(first.annual_sales->value == rupiah(1'500'000'000));
    CHECK(first.annual_sales->year == 2025);
    CHECK(first.capital->value == rupiah(250'000'000));
    CHECK(first.workers->value == 12u);
    CHECK(first.owner->name == "Siti Rahmawati");
    CHECK(first.owner->nik->to_string() == "3276074501850002");
    CHECK(first.owner->phone->to_string() == "+6281234567890");
    // A quoted address with the delimiter in it; two codes; "1,5 jt", "Rp25,5 juta", "3 orang".
    auto const& second = r.rows[1].enterprise;
    CHECK(second.address == "Gg. Melati; RT 03/RW 05");
    CHECK(second.kbli.size() == 2);
    CHECK(second.annual_sales->value == rupiah(1'500'000));
    CHECK(second.capital->value == rupiah(25'500'000));
    CHECK(second.workers->value == 3u);
    CHECK(second.owner->phone->to_string() == "+6281311112222");
    // A line break inside a quoted cell: the next row's line is one further down.
    auto const& third = r.rows[2].enterprise;
    CHECK(third.address == "Jl. Pondok\nblok C");
    CHECK(third.kbli.front().to_string() == "14111"); // by its exact title
    CHECK(third.annual_sales->value == rupiah(750'000));
    CHECK(third.owner->phone->to_string() == "+6281299998888");
    // A village given by its code.
    CHECK(r.rows[3].line == 8);
    CHECK(r.rows[3].enterprise.village->to_string() == "32.76.07.1001");
    CHECK(r.rows[3].enterprise.annual_sales->value == rupiah(2'000'000'000));

    // Personal data is in the records, never in a message.
    for (auto const& e : r.problems.problems())
        for (std::string_view secret : {"3276", "Dewi", "Lestari", "81234567890", "Fauzi",
                                        "0856", "Tanpa Nama"}) {
            CAPTURE(e.to_string(), secret);
            CHECK(e.to_string().find(secret) == std::string::npos);
        }
}

TEST_CASE("a comma list with title rows above the header, blank rows and columns", "[import]")
{
    auto const r = import_text(fixture("members_comma_title_rows.csv"));
    CHECK(r.summary.delimiter == ',');
    CHECK(r.summary.header_line == 4);
    CHECK(r.summary.rows == 5);
    CHECK(r.summary.imported == 3);
    CHECK(r.summary.refused == 2);
    CHECK(places(r.problems) == std::vector<std::string>{"7:6 OMZET [invalid_value]",
                                                         "8:5 KBLI [wrong_level]",
                                                         "9:9  [unknown_column]"});
    CHECK(r.problems.problems()[1].detail().find("was it 01111?") != std::string::npos);
    REQUIRE(r.rows.size() == 3);
    CHECK(r.rows[0].enterprise.annual_sales->value == rupiah(1'500'000'000)); // "1,500,000,000"
    CHECK(r.rows[1].enterprise.capital->value == rupiah(25'500'000));         // "Rp 25.500.000,00"
    CHECK(r.rows[2].enterprise.village->to_string() == "32.76.07.1002");       // "Cipayungjaya"
    CHECK(!r.rows[0].enterprise.annual_sales->year);
}

TEST_CASE("rows with problems are kept without the values that had them when asked",
          "[import]")
{
    io::import_options o;
    o.keep_invalid = true;
    auto const r = import_text(fixture("members_semicolon.csv"), depok(), o);
    CHECK(r.summary.imported == 6); // the row with no name is still refused
    CHECK(r.summary.kept_with_problems == 2);
    CHECK(r.summary.refused == 1);
    REQUIRE(r.rows.size() == 6);
    auto const& kept = r.rows[3];
    CHECK(kept.has_problems);
    CHECK(kept.enterprise.name == "Bordir Cantik");
    CHECK(!kept.enterprise.village);
    CHECK(!kept.enterprise.owner->nik);
    CHECK(kept.enterprise.annual_sales->value == rupiah(120'000'000));
    CHECK_FALSE(r.rows[0].has_problems);
}

TEST_CASE("values as people type them", "[import]")
{
    auto one = [](std::string row) {
        return import_text("Nama Usaha,Kelurahan,KBLI,Omzet,Modal,Tenaga Kerja,No. HP,NIK,NIB,"
                           "Tanggal Berdiri,Sertifikat Halal\n" + row + "\n");
    };
    auto r = one("A,Cipayung Jaya,14111,Rp1.500.000,\"1,5 jt\",\"1.200\",0812-3456-7890,"
                 "3276 0745 0185 0002,'9120001234567,15/08/2019,ID32110000123450921");
    REQUIRE(r.rows.size() == 1);
    CHECK(r.problems.empty());
    auto const& e = r.rows[0].enterprise;
    CHECK(e.annual_sales->value == rupiah(1'500'000));
    CHECK(e.capital->value == rupiah(1'500'000));
    CHECK(e.workers->value == 1200u);
    CHECK(e.owner->nik->to_string() == "3276074501850002");
    CHECK(e.nib->to_string() == "9120001234567");
    CHECK(e.founded == date(2019, 8, 15));
    REQUIRE(e.certifications.size() == 1);
    CHECK(e.certifications[0].kind == certification_kind::halal);

    for (auto phone : {"+62 812 3456 7890", "6281234567890", "(0812) 3456-7890"}) {
        auto p = one(std::string("A,Cipayung Jaya,14111,,,,") + phone + ",,,,");
        REQUIRE(p.rows.size() == 1);
        CHECK(p.rows[0].enterprise.owner->phone->to_string() == "+6281234567890");
    }
    // Each wrong value: its cell and its code, and no value quoted that is personal data.
    struct bad {
        std::string row;
        std::uint32_t column;
        errc code;
        std::string_view says;
    };
    for (auto const& b : std::vector<bad>{
             {"A,Cipayung Jaya,14111,\"1,500\",,,,,,,", 4, errc::invalid_value, "one comma"},
             {"A,Cipayung Jaya,14111,1.5 jt,,,,,,,", 4, errc::invalid_value, "a dot groups"},
             {"A,Cipayung Jaya,14111,1.5E+06,,,,,,,", 4, errc::invalid_value, "exponent"},
             {"A,Cipayung Jaya,14111,-Rp5.000,,,,,,,", 4, errc::out_of_range, "negative"},
             {"A,Cipayung Jaya,14111,99999999999999999999,,,,,,,", 4, errc::out_of_range, "too large"},
             {"A,Cipayung Jaya,14111,,lima juta,,,,,,", 5, errc::invalid_value, "an amount"},
             {"A,Cipayung Jaya,14111,,,banyak,,,,,", 6, errc::invalid_value, "a number of people"},
             {"A,Cipayung Jaya,14111,,,99999999999,,,,,", 6, errc::out_of_range, "people"},
             {"A,Cipayung Jaya,14111,,,,0812,,,,", 7, errc::invalid_value, "8 to 12 digits"},
             {"A,Cipayung Jaya,14111,,,,6.28123E+12,,,,", 7, errc::invalid_value, "exponent"},
             {"A,Cipayung Jaya,14111,,,,,3.27607E+15,,,", 8, errc::malformed_code, "exponent"},
             {"A,Cipayung Jaya,14111,,,,,32760745,,,", 8, errc::malformed_code, "16 digits"},
             {"A,Cipayung Jaya,14111,,,,,,91200012,,", 9, errc::malformed_code, "13 digits"},
             {"A,Cipayung Jaya,14111,,,,,,,08/15/2019,", 10, errc::invalid_value, "month"},
             {"A,Cipayung Jaya,14111,,,,,,,31/02/2019,", 10, errc::invalid_value, "a date"},
             {"A,Cipayung Jaya,14111,,,,,,,kemarin,", 10, errc::invalid_value, "a date"},
             {"A,Cipayung Jaya,14111,,,,,,,99999999999999/1/2019,", 10, errc::invalid_value, "a date"},
             {"A,Cipayung Jaya,14111,,,,,,,1/1/99999999999999,", 10, errc::invalid_value, "a date"},
             {"A,Cipayung Jaya,14111,,,,,,,,ID123", 11, errc::malformed_code, "halal"},
             {"A,Cipayung Jaya,99999,,,,,,,,", 3, errc::unknown_code, "not in kbli2020"},
             {"A,Cipayung Jaya,1411,,,,,,,,", 3, errc::wrong_level, "class code"},
             {"A,Cipayung Jaya,industri roket antariksa,,,,,,,,", 3, errc::unknown_name, "no kbli2020"},
             {"A,Cipayung Jaya,pakaian jadi,,,,,,,,", 3, errc::ambiguous_name, "codes have titles"},
             {"A,Cipayung Jaya,,,,,,,,,", 3, errc::empty_value, "at least one KBLI"},
             {"A,32.76.07,14111,,,,,,,,", 2, errc::wrong_level, "district code"},
             {"A,32.76.07.1099,14111,,,,,,,,", 2, errc::unknown_code, "not in the gazetteer"},
             {"A,31.75.10.1001,14111,,,,,,,,", 2, errc::invalid_value, "is not in Kota Depok"},
             {"A,32.7x,14111,,,,,,,,", 2, errc::unknown_name, "no village"},
         }) {
        CAPTURE(b.row);
        auto p = one(b.row);
        CHECK(p.rows.empty());
        CHECK(p.summary.refused == 1);
        REQUIRE(p.problems.error_count() == 1);
        auto const& problem = p.problems.problems().back();
        CHECK(problem.where.line == 2);
        CHECK(problem.where.column == b.column);
        CHECK(problem.code == b.code);
        CHECK(problem.detail().find(b.says) != std::string::npos);
        CHECK(problem.detail().find("3276") == std::string::npos);
        CHECK(problem.detail().find("0812") == std::string::npos);
    }
}

TEST_CASE("a kecamatan column narrows a village's name, codes are checked against names",
          "[import]")
{
    auto r = import_text("Nama Usaha;Kecamatan;Kelurahan;KBLI\n"
                         "A;Cimanggis;Curug;14111\n"
                         "B;Bojongsari;Curug;14111\n"
                         "C;Cimanggs;Curug;14111\n");
    REQUIRE(r.rows.size() == 2);
    CHECK(r.rows[0].enterprise.village->to_string() == "32.76.02.1008");
    CHECK(r.rows[1].enterprise.village->to_string() == "32.76.11.1005");
    CHECK(places(r.problems) == std::vector<std::string>{"4:2 Kecamatan [unknown_name]",
                                                         "4:3 Kelurahan [ambiguous_name]"});
    CHECK(r.problems.problems()[0].detail().find("did you mean 'Cimanggis'") != std::string::npos);

    // With no area, a name is looked for over the whole country; every candidate is listed.
    auto national = depok();
    national.area.reset();
    auto const everywhere = import_text("Nama Usaha;Kelurahan;KBLI\nA;Sukamaju;14111\n", national);
    REQUIRE(everywhere.problems.error_count() == 1);
    auto const& many = everywhere.problems.problems()[0];
    CHECK(many.code == errc::ambiguous_name);
    auto const count = regions().find_by_name("Sukamaju", 3).size();
    CHECK(count > 50);
    std::string const detail = many.detail();
    CHECK(detail.starts_with(std::to_string(count) + " regions (village) are called 'Sukamaju' in the gazetteer: "));
    // every candidate with its district and code: "Suka Maju (Lawe Sigala-Gala, 11.02.02.2015)"
    CHECK(static_cast<std::size_t>(std::count(detail.begin(), detail.end(), '(')) == count + 1);

    auto codes = import_text("Nama Usaha;Kecamatan;Kelurahan;Kode Kelurahan/Desa;KBLI\n"
                             "A;Cipayung;Cipayung Jaya;32.76.07.1002;14111\n"
                             "B;Cipayung;Ratu Jaya;32.76.07.1002;14111\n"
                             "C;Beji;Cipayung Jaya;32.76.07.1002;14111\n");
    CHECK(codes.rows.size() == 1);
    CHECK(places(codes.problems) == std::vector<std::string>{"3:3 Kelurahan [invalid_value]",
                                                             "4:2 Kecamatan [invalid_value]"});
}

TEST_CASE("ids are stable, unique, and rows of one enterprise twice are refused", "[import]")
{
    std::string const text = "Nama Usaha;NIB;Kelurahan;KBLI\n"
                             "Maju Jaya;;Cipayung Jaya;14111\n"
                             "Maju-Jaya!;;Cipayung Jaya;14111\n"
                             "Maju Jaya \xC3\x91;;Cipayung Jaya;14111\n"
                             "Maju Jaya;;Ratu Jaya;14111\n"
                             "Sablon;9120001234567;Ratu Jaya;14111\n"
                             "Sablon Dua;9120001234567;Ratu Jaya;14111\n"
                             "Maju Jaya;;Cipayung Jaya;14111\n"
                             "Kopi Ñoño;;;14111\n"
                             "日本;;;14111\n";
    auto const r = import_text(text);
    std::vector<std::string> ids;
    for (auto const& row : r.rows) ids.push_back(row.enterprise.id.to_string());
    CHECK(ids == std::vector<std::string>{"maju-jaya-3276071002", "maju-jaya-3276071002-2",
                                          "maju-jaya-3276071003", "sablon-3276071003",
                                          "kopi-o-o", "usaha-" + ids.back().substr(6)});
    CHECK(ids.back().size() == 14);
    CHECK(places(r.problems) == std::vector<std::string>{"3:1 Nama Usaha [duplicate_code]",
                                                         "7:2 NIB [duplicate_code]",
                                                         "8:1 Nama Usaha [duplicate_code]"});
    CHECK(import_text(text).rows.size() == r.rows.size());
    CHECK(import_text(text).rows.back().enterprise.id == r.rows.back().enterprise.id);

    // A long name still gives an id of at most 64 characters.
    std::string const long_name(100'000, 'a');
    auto const huge = import_text("Nama Usaha;Kelurahan;KBLI\n" + long_name + ";Cipayung Jaya;14111\n");
    REQUIRE(huge.rows.size() == 1);
    CHECK(huge.rows[0].enterprise.id.to_string().size() <= 64);
    CHECK(huge.rows[0].enterprise.name == long_name);
}

TEST_CASE("into a document: matched by id, NIB, then name and village, merge_into updates",
          "[import]")
{
    document d;
    d.categories.push_back({category_id::parse("konveksi").value(), "Konveksi", "Garment making",
                            {any_industry_code<kbli2020>::parse("14111").value()}});
    enterprise a;
    a.id = enterprise_id::parse("ent-001").value();
    a.name = "Konveksi Satu";
    a.nib = nib_number::parse("9120001234567").value();
    a.village = village_code::parse("32.76.07.1002").value();
    a.kbli = {kbli_subclass::parse("14111").value()};
    a.capital = figure<rupiah>(rupiah(100), 2019);
    a.certifications = {{certification_kind::sni, "SNI 1234:2020", {}}};
    enterprise b = a;
    b.id = enterprise_id::parse("ent-002").value();
    b.name = "Konveksi Dua";
    b.nib.reset();
    d.enterprises = {a, b};
    auto cx = depok();
    cx.document = &d;
    auto const r = import_text("NIB;Nama Usaha;Kelurahan;KBLI;Modal;Kategori\n"
                               "9120001234567;Konveksi Satu Baru;Cipayung Jaya;14111;100;Konveksi\n"
                               ";konveksi dua;Cipayung Jaya;14111;200;konveksi\n"
                               ";Konveksi Tiga;Cipayung Jaya;14111;300;Batik\n"
                               ";Konveksi Empat;Cipayung Jaya;14111;400;\n",
                               cx);
    CHECK(places(r.problems) == std::vector<std::string>{"4:6 Kategori [unknown_name]"});
    REQUIRE(r.rows.size() == 3);
    CHECK(r.summary.updated == 2);
    CHECK(r.rows[0].updates_existing);
    CHECK(r.rows[0].enterprise.id.to_string() == "ent-001");
    CHECK(r.rows[0].enterprise.name == "Konveksi Satu Baru");
    CHECK(r.rows[0].enterprise.capital->year == 2019); // the same value: the figure kept
    CHECK(r.rows[0].enterprise.certifications.size() == 1); // no column: kept
    CHECK(r.rows[0].enterprise.category->to_string() == "konveksi");
    CHECK(r.rows[1].enterprise.id.to_string() == "ent-002");
    CHECK(r.rows[1].enterprise.capital->value == rupiah(200));
    CHECK(!r.rows[1].enterprise.capital->year); // a new value with no year
    CHECK(r.rows[2].enterprise.id.to_string() == "konveksi-empat-3276071002");
    CHECK_FALSE(r.rows[2].updates_existing);

    document merged = d;
    registry const before = make_registry(merged).value();
    CHECK(io::merge_into(merged, r.rows) == 1);
    REQUIRE(merged.enterprises.size() == 3);
    // The registry made before the merge is stale: it says so instead of reading the
    // enterprises' old, freed buffer (a use after free under AddressSanitizer before).
    CHECK_THROWS_AS(before.find(enterprise_id::parse("ent-001").value()), stale_registry);
    CHECK(make_registry(merged).value().find(r.rows[2].enterprise.id).has_value());
    CHECK(merged.enterprises[0].name == "Konveksi Satu Baru");
    CHECK(merged.enterprises[2].name == "Konveksi Empat");

    // An id column that disagrees with the match; one enterprise updated by two rows.
    auto const conflict = import_text("ID Usaha;NIB;Nama Usaha;Kelurahan;KBLI\n"
                                      "ent-009;9120001234567;X;Cipayung Jaya;14111\n"
                                      "ent-002;;Y;Cipayung Jaya;14111\n"
                                      "ent-002;;Z;Cipayung Jaya;14111\n",
                                      cx);
    CHECK(places(conflict.problems) == std::vector<std::string>{"2:1 ID Usaha [invalid_value]",
                                                                "4:1  [duplicate_code]"});

    // A document with one NIB twice, matched by name from a sheet with no NIB column: the
    // second row is the first's NIB again, said at the row.
    document twice = d;
    twice.enterprises[1].nib = twice.enterprises[0].nib;
    cx.document = &twice;
    auto const no_nib_column = import_text("Nama Usaha;Kelurahan;KBLI\n"
                                           "Konveksi Satu;Cipayung Jaya;14111\n"
                                           "Konveksi Dua;Cipayung Jaya;14111\n",
                                           cx);
    CHECK(places(no_nib_column.problems) == std::vector<std::string>{"3:1  [duplicate_code]"});
}

// "Jenis Usaha: Kuliner": a kind of business named as a programme category is the row's
// category (the document's, else the common ones), its KBLI code left for the NIB; a KBLI
// title or code is read as before; without a --area, the document's area.
TEST_CASE("a kind of business named as a programme category, the document's area", "[import]")
{
    // Without a document: the common categories of sentra init.
    auto const plain = import_text("Nama Usaha;Kelurahan;Jenis Usaha\n"
                                   "Warung Satu;Cipayung Jaya;Kuliner\n"
                                   "Warung Dua;Cipayung Jaya;culinary\n"
                                   "Warung Tiga;Cipayung Jaya;pertanian-olahan\n"
                                   "Warung Empat;Cipayung Jaya;Makanan Enak Sekali\n"
                                   "Warung Lima;Cipayung Jaya;14111\n");
    REQUIRE(plain.rows.size() == 4);
    CHECK(plain.rows[0].enterprise.category->to_string() == "kuliner");
    CHECK(plain.rows[0].enterprise.kbli.empty());
    CHECK(plain.rows[1].enterprise.category->to_string() == "kuliner");
    CHECK(plain.rows[2].enterprise.category->to_string() == "pertanian-olahan");
    CHECK(plain.rows[3].enterprise.kbli.at(0).to_string() == "14111");
    CHECK_FALSE(plain.rows[3].enterprise.category);
    // Row 5's words are no KBLI title and no category: refused as before, at its cell. The
    // others are warned that the code is still to come, at the KBLI cell.
    auto const p = places(plain.problems);
    CHECK(std::count(p.begin(), p.end(), "5:3 Jenis Usaha [unknown_name]") == 1);
    CHECK(std::count(p.begin(), p.end(), "2:3 Jenis Usaha [empty_value]") == 1);
    for (auto const& e : plain.problems.problems())
        if (e.code == errc::empty_value) {
            CHECK(e.level == severity::warning);
            CHECK(e.id == message_id("enterprise.kbli_by_category"));
        }

    // A document's own categories, by label: the common ones are not used then.
    document d;
    d.categories.push_back({category_id::parse("makanan").value(), "Makanan Khas", "Local food",
                            {any_industry_code<kbli2020>::parse("561").value()}});
    d.agencies.push_back({agency_id::parse("dkum-depok").value(), "Dinas Koperasi dan Usaha Mikro Kota Depok",
                          agency_kind::dinas, any_region_code<kemendagri>::parse("32.76").value()});
    cluster c;
    c.id = cluster_id::parse("sentra-makanan").value();
    c.lead_agency = d.agencies[0].id;
    d.clusters.push_back(c);
    auto cx = depok();
    cx.area.reset(); // the document's area: its first cluster's lead agency's city
    cx.document = &d;
    auto const into = import_text("Nama Usaha;Kelurahan;Jenis Usaha\n"
                                  "Warung Satu;Cipayung Jaya;makanan khas\n"
                                  "Warung Dua;Cipayung Jaya;Kuliner\n"
                                  "Warung Tiga;Cipayung Jaya;56101\n"
                                  "Konveksi Empat;Cipayung Jaya;14111\n",
                                  cx);
    REQUIRE(into.rows.size() == 3);
    CHECK(into.rows[0].enterprise.category->to_string() == "makanan");
    // A code one category covers: that category; one none covers: none.
    CHECK(into.rows[1].enterprise.category->to_string() == "makanan");
    CHECK_FALSE(into.rows[2].enterprise.category);
    CHECK(into.rows[0].enterprise.village->to_string() == "32.76.07.1002");
    CHECK(places(into.problems) == std::vector<std::string>{"2:3 Jenis Usaha [empty_value]",
                                                            "3:3 Jenis Usaha [unknown_name]"});
    CHECK(programme_area(d)->to_string() == "32.76");
    CHECK_FALSE(programme_area(document{}));

    // The rows into the document, and into the cluster's members, once.
    document merged = d;
    CHECK(io::merge_into(merged, into.rows) == 3);
    CHECK(io::add_members(merged, c.id, into.rows).value() == 3);
    CHECK(merged.clusters[0].members.front() == into.rows[0].enterprise.id);
    CHECK(io::add_members(merged, c.id, into.rows).value() == 0);
    auto const none = io::add_members(merged, cluster_id::parse("tidak-ada").value(), into.rows);
    REQUIRE_FALSE(none);
    CHECK(none.error().id == message_id("ref.no_cluster"));
    CHECK(merged.clusters[0].members.size() == 3);
}

TEST_CASE("what cannot be read as a list is refused with a clear error", "[import]")
{
    auto first = [](io::import_result const& r) {
        REQUIRE_FALSE(r.problems.ok());
        return r.problems.problems().front();
    };
    auto utf16 = import_text(std::string("\xFF\xFE" "N\0a\0", 6));
    CHECK(utf16.summary.header_line == 0);
    CHECK(first(utf16).code == errc::invalid_utf8);
    CHECK(first(utf16).detail().find("UTF-16") != std::string::npos);
    CHECK(first(utf16).where.line == 1);

    auto nul = import_text(std::string("Nama Usaha,KBLI\nA\0B,14111\n", 26));
    CHECK(first(nul).code == errc::invalid_utf8);
    CHECK(first(nul).where.line == 2);

    auto latin1 = import_text("Nama Usaha,Kelurahan,KBLI\nKopi Caf\xE9,Cipayung Jaya,14111\n"
                              "Kue \xE9,Cipayung Jaya,14111\nBaik,Cipayung Jaya,14111\n");
    CHECK(places(latin1.problems) ==
          std::vector<std::string>{"2:1 Nama Usaha [invalid_utf8]", "3:1 Nama Usaha [invalid_utf8]"});
    CHECK(latin1.problems.problems()[0].detail().find("Windows-1252") != std::string::npos);
    CHECK(latin1.rows.size() == 1);

    CHECK(first(import_text("")).code == errc::bad_header);
    CHECK(first(import_text("a,b,c\n1,2,3\n")).code == errc::bad_header);
    auto no_name = import_text("NIB,KBLI\n9120001234567,14111\n");
    CHECK(first(no_name).code == errc::bad_header);
    CHECK(first(no_name).detail().find("business name") != std::string::npos);
    auto no_kbli = import_text("Nama Usaha,NIB\nA,9120001234567\n");
    CHECK(first(no_kbli).detail().find("KBLI") != std::string::npos);
    auto twice = import_text("Nama Usaha,Nama UMKM,KBLI\nA,B,14111\n");
    CHECK(places(twice.problems) == std::vector<std::string>{"1:2 Nama UMKM [duplicate_key]"});
    CHECK(twice.rows.size() == 1);

    // An unclosed quote: the rest of the file is one cell, reported where it opened.
    auto unclosed = import_text("Nama Usaha,KBLI\n\"A,14111\nB,14111\n");
    CHECK(places(unclosed.problems) == std::vector<std::string>{"2:1  [unterminated_quote]"});
    CHECK(unclosed.summary.refused == 1);
    // A stray character after a closing quote: that row is refused, the next one read.
    auto stray = import_text("Nama Usaha,KBLI\n\"A\"x,14111\nB,14111\n");
    CHECK(stray.problems.problems().front().code == errc::syntax_error);
    CHECK(stray.rows.size() == 1);
    // Cut in the middle of a row: what is there is read.
    auto truncated = import_text("Nama Usaha,Kelurahan,KBLI\nA,Cipayung Jaya,141");
    CHECK(truncated.problems.problems().front().code == errc::wrong_level); // a group code
    // A value past the last header.
    auto extra = import_text("Nama Usaha,KBLI\nA,14111,x\nB,14111,y\n");
    CHECK(places(extra.problems) == std::vector<std::string>{"2:3  [unknown_column]"});
    CHECK(extra.rows.size() == 2);

    // The area must be a region above the villages, and in the gazetteer.
    io::import_options o;
    o.mapping.area = "32.76.07.1002";
    auto cx = depok();
    cx.area.reset();
    CHECK(first(import_text("Nama Usaha,KBLI\nA,14111\n", cx, o)).code == errc::wrong_level);
    o.mapping.area = "32.99";
    CHECK(first(import_text("Nama Usaha,KBLI\nA,14111\n", cx, o)).where.field == "area");
    o.mapping.area = "32.7";
    CHECK(first(import_text("Nama Usaha,KBLI\nA,14111\n", cx, o)).code == errc::malformed_code);
}

TEST_CASE("a mapping names columns, the header line and the delimiter", "[import]")
{
    io::import_options o;
    o.mapping.columns = std::map<std::string, enterprise_column>{
        {"Nama Pelaku Usaha", enterprise_column::name},
        {"Lokasi", enterprise_column::village},
        {"Bidang", enterprise_column::kbli},
        {"Keterangan", enterprise_column::ignored}};
    o.mapping.recognise_headers = false;
    o.mapping.delimiter = "|";
    o.mapping.header_line = 2;
    auto const r = import_text("Judul|x\nNama Pelaku Usaha|Lokasi|Bidang|Keterangan|NIB\n"
                               "Usaha A|Cipayung Jaya|14111|catatan|9120001234567\n",
                               depok(), o);
    CHECK(r.summary.header_line == 2);
    CHECK(r.summary.delimiter == '|');
    CHECK(places(r.problems) == std::vector<std::string>{"2:5 NIB [unknown_column]"});
    REQUIRE(r.rows.size() == 1);
    CHECK(!r.rows[0].enterprise.nib);
    CHECK(r.rows[0].enterprise.village->to_string() == "32.76.07.1002");

    io::import_options tab;
    auto const t = import_text("Nama Usaha\tKBLI\tKelurahan\nA\t14111\tRatu Jaya\n", depok(), tab);
    CHECK(t.summary.delimiter == '\t');
    CHECK(t.rows.size() == 1);
}

TEST_CASE("a stream is read in pieces and gives what the text gives", "[import]")
{
    std::string text = "\xEF\xBB\xBFNama Usaha;Alamat;Kelurahan;KBLI;Omzet\r\n";
    for (int i = 0; i < 6000; ++i) {
        text += "Usaha " + std::to_string(i) + ";\"Jl. Mawar " + std::to_string(i) +
                "\r\nRT 01; \"\"Gang\"\"\";Cipayung Jaya;14111;";
        text += i % 1000 == 7 ? "1,500" : "Rp1.500.000";
        text += "\r\n";
    }
    auto const whole = import_text(text);
    std::istringstream in(text);
    report problems;
    std::vector<io::imported_row> rows;
    io::import_options o;
    o.file = "members.csv";
    auto const summary = io::import_enterprises(in, o, depok(), problems,
                                                [&](io::imported_row&& row) { rows.push_back(std::move(row)); });
    CHECK(summary == whole.summary);
    CHECK(summary.rows == 6000);
    CHECK(summary.refused == 6);
    CHECK(places(problems) == places(whole.problems));
    CHECK(problems.problems().front().where.line == 2 + 2 * 7);
    REQUIRE(rows.size() == whole.rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        CHECK(rows[i].line == whole.rows[i].line);
        CHECK(rows[i].enterprise == whole.rows[i].enterprise);
    }
    CHECK(rows.back().enterprise.address == "Jl. Mawar 5999\r\nRT 01; \"Gang\"");

    // From a file: the same again, in pieces.
    auto const dir = scratch::fresh_dir("import_file");
    scratch::write_bytes(dir / "members.csv", text);
    report from_file;
    std::size_t delivered = 0;
    auto const file_summary = io::import_enterprises_file(
        dir / "members.csv", o, depok(), from_file, [&](io::imported_row&&) { ++delivered; });
    CHECK(file_summary == whole.summary);
    CHECK(delivered == whole.rows.size());
    CHECK(places(from_file) == places(whole.problems));
}

TEST_CASE("a file that cannot be read is one I/O problem naming it", "[import]")
{
    auto const dir = scratch::fresh_dir("import_missing");
    io::import_options o;
    for (auto const& path : {dir / "missing.csv", dir}) {
        report problems;
        std::size_t delivered = 0;
        auto const summary = io::import_enterprises_file(path, o, depok(), problems,
                                                         [&](io::imported_row&&) { ++delivered; });
        CHECK(summary.header_line == 0);
        CHECK(delivered == 0);
        REQUIRE(problems.problems().size() == 1);
        CHECK(problems.has(error_class::io));
        CHECK(problems.problems()[0].where.file == path.string());
    }
    report missing;
    io::import_enterprises_file(dir / "missing.csv", o, depok(), missing, [](io::imported_row&&) {});
    CHECK(missing.problems()[0].code == errc::file_not_found);
}

TEST_CASE("without reference data codes are taken by form", "[import]")
{
    io::import_context bare;
    auto const r = import_text("Nama Usaha,Kelurahan,KBLI\nA,32.76.07.1002,14111\n"
                               "B,Cipayung Jaya,14111\nC,32.76.07.1002,konveksi\n", bare);
    REQUIRE(r.rows.size() == 1);
    CHECK(r.rows[0].enterprise.village->to_string() == "32.76.07.1002");
    CHECK(places(r.problems) == std::vector<std::string>{"3:2 Kelurahan [invalid_value]",
                                                         "4:3 KBLI [malformed_code]"});
}


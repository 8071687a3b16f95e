// redact(): a document fit to share, and what was removed.
#include <sentra/redaction.hpp>

#include "catch.hpp"
#include "case_helpers.hpp"

#include <sentra/io/document.hpp>
#include <sentra/io/json.hpp>
#include <sentra/region/depok.hpp>
#include <sentra/validation.hpp>

#include <filesystem>
#include <string>
#include <vector>

using namespace sentra;
using namespace case_test;

namespace {

document shared_programme()
{
    return io::read_document_file(std::filesystem::path(SENTRA_TEST_DIR) /
                                  "data/documents/cipayung.json")
        .value()
        .document;
}

owner_contact owner(char const* name, char const* nik, char const* phone)
{
    return {std::string(name), nik_number::parse(nik).value(), phone_number::parse(phone).value()};
}

bool holds(std::string const& text, std::string_view what)
{
    return text.find(what) != std::string::npos;
}

} // namespace

TEST_CASE("numbers that spell a NIK or a phone number are withheld from a text", "[redaction]")
{
    auto withheld = [](std::string s) {
        detail::withhold_numbers(s);
        return s;
    };
    CHECK(withheld("HP 0812-3456-7890, silakan") == "HP [withheld], silakan");
    CHECK(withheld("WA +62 813 1111 2222.") == "WA [withheld].");
    CHECK(withheld("telp (021) 555-1234") == "telp [withheld]");
    CHECK(withheld("6281311112222") == "[withheld]");
    CHECK(withheld("NIK 3276074501850002 dan 3276071203900001") == "NIK [withheld] dan [withheld]");
    CHECK(withheld("kasus 12 0812 3456 7890") == "kasus 12 [withheld]"); // a number before it stays
    // What is no NIK or phone number stays: dates, amounts, an NIB, codes, short numbers.
    for (char const* kept : {"2020-01-06", "Rp 1.500.000.000", "NIB 9120001234567",
                             "KBLI 14111", "32.76.07.1002", "500 potong", "", "08", "0812",
                             "Rp 15.000.000.000", "v1.2.3", "+", "12345678901234567"})
        CHECK(withheld(kept) == kept);
    // Unicode around it is left as it was.
    CHECK(withheld("Bu Siti — 0812-3456-7890 ✓") == "Bu Siti — [withheld] ✓");
    // A huge text: every number found, nothing else touched.
    std::string huge;
    for (int i = 0; i < 10000; ++i) huge += "hubungi 0812-3456-7890; ";
    std::string const done = withheld(huge);
    CHECK(!holds(done, "0812"));
    CHECK(done.size() == huge.size() - 10000 * (14 - 10));
}

TEST_CASE("owners' names are withheld as whole words, case ignored", "[redaction]")
{
    std::vector<std::string> const names = {"Siti Rahmawati", "Budi Santoso"};
    std::string s = "Pelapor: siti rahmawati; saksi BUDI SANTOSO, bukan Budi Santosoputra";
    CHECK(detail::withhold_names(s, names));
    CHECK(s == "Pelapor: [withheld]; saksi [withheld], bukan Budi Santosoputra");
    std::string none = "tidak ada nama";
    CHECK(!detail::withhold_names(none, names));
    CHECK(none == "tidak ada nama");
}

TEST_CASE("redact removes owners, addresses and what the cases' privacy withholds, and says so",
          "[redaction][privacy]")
{
    document d = shared_programme();
    REQUIRE(d.enterprises.size() >= 3);
    REQUIRE(d.cases.size() >= 2);
    d.enterprises[0].owner = owner("Siti Rahmawati", "3276074501850002", "0812-3456-7890");
    d.enterprises[0].address = "Jl. Raya Cipayung No. 12";
    d.enterprises[1].owner = owner("Budi Santoso", "3276071203900001", "+62 813 1111 2222");
    d.enterprises[2].owner = owner_contact{}; // a record with nothing in it still goes
    d.cases[0].privacy = {true, false};
    d.cases[0].description = "Siti Rahmawati (0812-3456-7890) dimintai pungutan";
    d.cases[1].privacy = {false, true};
    d.cases[1].log[0].actor = "Budi Santoso";
    d.cases[2].privacy = {false, false};
    d.cases[2].description = "Hubungi Bu Siti Rahmawati di 0812 3456 7890 atau NIK 3276071203900001";
    d.cases[2].log.back().note = "dari budi santoso";
    d.cases[2].log[1].actor = "rudi.hartono"; // an officer's account: a person, not an agency
    std::string const agency_actor = d.cases[2].log[0].actor; // "kecamatan-cipayung"
    d.cases.push_back(d.cases[2]);
    d.cases.back().id = case_id::parse("case-imported").value();
    d.cases.back().log[0].actor = "open311";
    auto const before = io::write_document(d);
    for (char const* s : {"3276074501850002", "+6281234567890", "Siti Rahmawati", "Jl. Raya"})
        REQUIRE(holds(before, s));

    auto const r = redact(d);
    CHECK(r.removed.owners == 3);
    CHECK(r.removed.addresses == 1);
    CHECK(r.removed.confidential_cases == 1);
    CHECK(r.removed.anonymous_cases == 1);
    CHECK(r.removed.actors == 2); // rudi.hartono, in case 2 and its copy
    CHECK(r.removed.texts == 4);  // the description and note of case 2 and its copy
    CHECK(r.document.cases[2].log[0].actor == agency_actor);
    CHECK(r.document.cases[2].log[1].actor == "[withheld]");
    CHECK(r.document.cases[3].log[0].actor == "open311");
    CHECK(!r.removed.empty());
    // Written with personal data asked for, it still has none: it was removed.
    auto const text = io::write_document(r.document);
    for (char const* s : {"3276074501850002", "3276071203900001", "+6281234567890", "0812",
                          "+6281311112222", "Siti Rahmawati", "Budi Santoso", "budi santoso",
                          "Jl. Raya", "\"owner\"", "\"address\"", "pungutan", "rudi"})
        CHECK(!holds(text, s));
    CHECK(r.document.cases[2].description == "Hubungi Bu [withheld] di [withheld] atau NIK [withheld]");
    CHECK(r.document.cases[0].description == "[withheld]");
    CHECK(r.document.cases[1].raised_by.empty());
    // What is not personal stays: ids, names of enterprises, villages, KBLI, case logs.
    CHECK(r.document.enterprises.size() == d.enterprises.size());
    CHECK(r.document.enterprises[0].name == d.enterprises[0].name);
    CHECK(r.document.enterprises[0].village == d.enterprises[0].village);
    CHECK(r.document.cases[2].log.size() == d.cases[2].log.size());
    CHECK(r.document.clusters == d.clusters);
    // The copy validates, against the reference data as the original does.
    validation_context const cx{kota_depok(), {}, {}, {}};
    CHECK(validate(d, cx).error_count() == 0);
    CHECK(validate(r.document, cx).error_count() == 0);
    for (auto const& c : r.document.cases) CHECK(replay(c).has_value());
    // Redacting again removes nothing more, and round-trips through JSON.
    auto const again = redact(r.document);
    CHECK(again.removed == redaction_summary{0, 0, 1, 1, 0, 0});
    CHECK(again.document == r.document);
    CHECK(io::read_document(text).value().document == r.document);
}

TEST_CASE("a document without personal data redacts to itself", "[redaction]")
{
    document d;
    auto const r = redact(d);
    CHECK(r.removed.empty());
    CHECK(r.document == d);
    CHECK(io::json::serialize(r.removed) ==
          R"({"owners":0,"addresses":0,"confidential_cases":0,"anonymous_cases":0,"actors":0,"texts":0})");
}

#include <sentra/enterprise.hpp>
#include <sentra/io/catalog_csv.hpp>
#include <sentra/validation.hpp>
#include <sentra/io/json.hpp>
#include <sentra/region/depok.hpp>

#include "cipayung/programme.hpp"
#include "catch.hpp"
#include "enterprise_sample.hpp"

using namespace sentra;
using namespace sentra::literals;
using enterprise_test::sample;

TEST_CASE("identifiers: NIB, NIK, phone", "[enterprise]")
{
    CHECK(nib_number::parse("1234567890123")->to_string() == "1234567890123");
    CHECK(!nib_number::parse("123456789012"));
    CHECK(!nib_number::parse("12345678901234"));
    CHECK(!nib_number::parse("123456789012x"));
    CHECK(nib_number{}.empty());
    // Held in 13 bytes: the view, the text appended, the order of the digits.
    static_assert(sizeof(nib_number) == nib_number::digits);
    auto const nib = nib_number::parse("9120001234567").value();
    CHECK_FALSE(nib.empty());
    CHECK(nib.view() == "9120001234567");
    CHECK(nib_number{}.view().empty());
    std::string out = "nib=";
    nib.append_to(out);
    CHECK(out == "nib=9120001234567");
    CHECK(nib < nib_number::parse("9120001234568").value());
    CHECK(nib == nib_number::parse("9120001234567").value());
    CHECK(nib != nib_number{});
    CHECK(nib_number::parse("\xD9\xA1" "234567890123").error().code == sentra::errc::malformed_code); // Unicode digit
    CHECK(nik_number::parse("3276071203850001")->district() == district_code("32.76.07"));
    auto bad_nik = nik_number::parse("327607120385000");
    REQUIRE(!bad_nik);
    CHECK(bad_nik.error().detail().find("327607") == std::string::npos); // never echoed
    CHECK(!nik_number::parse("0000001203850001")->district());
    for (auto const* p :
         {"0812-3456-7890", "+62 812 3456 7890", "6281234567890", "(0812) 3456 7890"})
        CHECK(phone_number::parse(p)->to_string() == "+6281234567890");
    for (auto const* p : {"", "12345", "+1 202 555 0100", "0812-3456-789x", "08123", "00812345678",
                          "0812345678901234"}) {
        INFO(p);
        auto r = phone_number::parse(p);
        REQUIRE(!r);
        CHECK(r.error().detail().find("812") == std::string::npos);
    }
}

TEST_CASE("certificate number forms", "[enterprise]")
{
    using k = certification_kind;
    CHECK(certification_number_defect({k::halal, "ID32110000123450921", {}}).empty());
    CHECK(!certification_number_defect({k::halal, "ID3211000012345092", {}}).empty());
    CHECK(!certification_number_defect({k::halal, "XX32110000123450921", {}}).empty());
    CHECK(certification_number_defect({k::pirt, "206327601234525", {}}).empty());
    CHECK(!certification_number_defect({k::pirt, "20632760123452", {}}).empty());
    CHECK(certification_number_defect({k::sni, "SNI ISO 22000:2018", {}}).empty());
    CHECK(!certification_number_defect({k::sni, "ISO 22000", {}}).empty());
    CHECK(to_label(k::pirt, lang::id).find("P-IRT") == 0);
    CHECK(to_label(k::halal) == "halal certificate");
}

TEST_CASE("JSON leaves personal data out unless asked, and round-trips", "[enterprise]")
{
    enterprise const e = sample();
    auto const plain = io::json::serialize(e);
    CHECK(plain.find("owner") == std::string::npos);
    CHECK(plain.find("3276071203850001") == std::string::npos);
    auto const full = io::json::serialize(e, io::json::write_options{true});
    CHECK(full.find("\"owner\":{\"nik\":\"3276071203850001\",\"phone\":\"+6281234567890\"}") !=
          std::string::npos);
    auto back = io::json::parse<enterprise>(full);
    REQUIRE(back.has_value());
    CHECK(*back == e);
    auto without = io::json::parse<enterprise>(plain);
    REQUIRE(without.has_value());
    CHECK(!without->owner);

    auto bad = io::json::parse<enterprise>(
        R"({"id":"x","name":"n","kbli":["1411"],"certifications":[{"kind":"iso","number":"1"}],)"
        R"("capital":"1,5","founded":"2019-02-30","owner":{"nik":"12345"}})");
    REQUIRE(!bad);
    std::vector<std::string> pointers;
    for (auto const& p : bad.error().problems()) pointers.push_back(p.where.pointer);
    CHECK(pointers == std::vector<std::string>{"/kbli/0", "/capital", "/founded",
                                               "/certifications/0/kind", "/owner/nik"});
    for (auto const& p : bad.error().problems()) CHECK(p.detail().find("12345") == std::string::npos);
}

TEST_CASE("an enterprise's figures: years checked, and what classify needs", "[enterprise][size]")
{
    enterprise e = sample();
    e.capital = figure<rupiah>(rupiah(-5), 2019);
    e.net_assets = figure<rupiah>(90'000'000_rp, 1899);
    e.annual_sales = figure<rupiah>(900'000'000_rp, 2015); // after `today`
    e.investment = rupiah(-1);
    e.workers = figure<std::uint32_t>(12, 2013);
    validation_context const cx{nullptr, nullptr, nullptr, date(2014, 1, 1)};
    auto const r = validate(e, cx);
    std::vector<std::string> pointers;
    for (auto const& p : r.problems()) pointers.push_back(p.where.pointer);
    CHECK(pointers == std::vector<std::string>{"/capital/value", "/capital/year", "/net_assets/year",
                                               "/annual_sales/year", "/investment",
                                               "/founded"});
    // Without today, any year from 1900 on.
    CHECK(validate(e, validation_context{}).error_count() == 3);

    enterprise f = sample();
    f.capital = figure<rupiah>(150'000'000_rp, 2019);
    f.annual_sales = figure<rupiah>(3'000'000'000_rp, 2019);
    f.workers = 12u;
    f.founded = date(2012, 1, 15);
    auto const in = size_inputs_of(f);
    CHECK(in.capital == 150'000'000_rp);
    CHECK(in.annual_sales == 3'000'000'000_rp);
    CHECK(in.workers == 12u);
    CHECK(!in.net_assets);
    CHECK(!in.investment);
    CHECK(in.operating_since == date(2012, 1, 15));
    // Operating since 2012, empowered: its sales decide (Art. 35(6)).
    auto const d = classify<pp7_2021>(in, size_purpose::empowerment).value();
    CHECK(d.size == size_class::kecil);
    CHECK(d.conflict);

    // JSON: figures with years are objects, without are bare, and both read back.
    auto const text = io::json::serialize(f);
    CHECK(text.find(R"("capital":{"value":150000000,"year":2019})") != std::string::npos);
    CHECK(text.find(R"("workers":12)") != std::string::npos);
    auto back = io::json::parse<enterprise>(text);
    REQUIRE(back.has_value());
    CHECK(back->capital == f.capital);
    CHECK(back->workers == f.workers);
}

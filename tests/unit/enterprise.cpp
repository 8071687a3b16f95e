#include <sentra/enterprise.hpp>
#include <sentra/io/catalog_csv.hpp>
#include <sentra/validation.hpp>
#include <sentra/io/json.hpp>
#include <sentra/region/depok.hpp>

#include "cipayung/programme.hpp"
#include "catch.hpp"

using namespace sentra;
using namespace sentra::literals;

namespace {

enterprise sample()
{
    enterprise e;
    e.id = enterprise_id::parse("ent-001").value();
    e.nib = nib_number::parse("1234567890123").value();
    e.name = "Konveksi Maju Jaya (sample data)";
    e.village = village_code("32.76.07.1002");
    e.address = "Jl. Contoh No. 1";
    e.kbli = {kbli_subclass("14111")};
    e.category = category_id::parse("konveksi").value();
    e.capital = 250'000'000_rp;
    e.annual_sales = 900'000'000_rp;
    e.workers = 12;
    e.founded = date(2015, 3, 1);
    e.certifications = {{certification_kind::halal, "ID32110000123450921", {}},
                        {certification_kind::pirt, "206327601234525", date(2025, 1, 1)},
                        {certification_kind::sni, "SNI 3553:2015", {}}};
    e.owner = owner_contact{std::nullopt, nik_number::parse("3276071203850001").value(),
                            phone_number::parse("0812-3456-7890").value()};
    return e;
}

kbli_catalog catalog()
{
    return sentra::io::read_catalog_csv<sentra::kbli2020>("code,level,parent_code,title_id,title_en\n"
                                  "C,section,,Industri Pengolahan,\n"
                                  "I,section,,Akomodasi dan makan minum,\n"
                                  "14,division,C,Pakaian,\n141,group,14,Pakaian,\n"
                                  "1411,class,141,Pakaian,\n14111,subclass,1411,Konveksi,\n"
                                  "56,division,I,Makan minum,\n561,group,56,Restoran,\n"
                                  "5610,class,561,Restoran,\n56101,subclass,5610,Restoran,\n",
                                  "k.csv")
        .value();
}

} // namespace

TEST_CASE("identifiers: NIB, NIK, phone", "[enterprise]")
{
    CHECK(nib_number::parse("1234567890123")->to_string() == "1234567890123");
    CHECK(!nib_number::parse("123456789012"));
    CHECK(!nib_number::parse("12345678901234"));
    CHECK(!nib_number::parse("123456789012x"));
    CHECK(nib_number{}.empty());
    CHECK(nik_number::parse("3276071203850001")->district() == district_code("32.76.07"));
    auto bad_nik = nik_number::parse("327607120385000");
    REQUIRE(!bad_nik);
    CHECK(bad_nik.error().detail.find("327607") == std::string::npos); // never echoed
    CHECK(!nik_number::parse("0000001203850001")->district());
    for (auto const* p :
         {"0812-3456-7890", "+62 812 3456 7890", "6281234567890", "(0812) 3456 7890"})
        CHECK(phone_number::parse(p)->to_string() == "+6281234567890");
    for (auto const* p : {"", "12345", "+1 202 555 0100", "0812-3456-789x", "08123", "00812345678",
                          "0812345678901234"}) {
        INFO(p);
        auto r = phone_number::parse(p);
        REQUIRE(!r);
        CHECK(r.error().detail.find("812") == std::string::npos);
    }
}

TEST_CASE("a good enterprise validates clean", "[enterprise]")
{
    document lists;
    lists.categories = cipayung::categories();
    auto const reg = make_registry(lists).value();
    auto const cat = catalog();
    auto r = validate(sample(), {&kota_depok(), &cat, &reg, date(2019, 12, 17)});
    INFO(r);
    CHECK(r.empty());
    CHECK(validate(sample()).empty()); // nothing to check against: form only
}

TEST_CASE("every enterprise problem is reported with its pointer", "[enterprise]")
{
    document lists;
    lists.categories = cipayung::categories();
    auto const reg = make_registry(lists).value();
    auto const cat = catalog();
    validation_context const cx{&kota_depok(), &cat, &reg, date(2014, 1, 1)};
    enterprise e = sample();
    e.id = {};
    e.name.clear();
    e.village = village_code("32.76.07.1099");
    e.kbli = {kbli_subclass("14111"), kbli_subclass("56101"), kbli_subclass("14112"),
              kbli_subclass("14111")};
    e.capital = rupiah(-1);
    e.certifications[0].number = "ID123";
    e.certifications[1].number = "206999901234525";
    e.owner->nik = nik_number::parse("1101011203850001").value(); // Aceh: not in the Depok set
    auto r = validate(e, cx);
    std::vector<std::string> pointers;
    for (auto const& p : r.problems()) pointers.push_back(p.where.pointer);
    CHECK(pointers == std::vector<std::string>{"/id", "/name", "/village", "/kbli/1", "/kbli/2",
                                               "/kbli/3", "/capital", "/founded",
                                               "/certifications/0/number",
                                               "/certifications/1/number", "/owner/nik"});
    CHECK(r.warning_count() == 1); // the NIK prefix is a warning only
    for (auto const& p : r.problems())
        CHECK(p.detail.find("1101011203850001") == std::string::npos);

    // One mistake, one error: a code not in KBLI is not also "not under the category".
    enterprise unknown = sample();
    unknown.kbli = {kbli_subclass("14111"), kbli_subclass("99999")};
    auto const ru = validate(unknown, validation_context{&kota_depok(), &cat, &reg, {}});
    INFO(ru);
    REQUIRE(ru.size() == 1);
    CHECK(ru[0].where.pointer == "/kbli/1");
    CHECK(ru[0].code == errc::unknown_code);

    enterprise none = sample();
    none.kbli.clear();
    none.category = category_id::parse("batik").value();
    auto r2 = validate(none, cx);
    REQUIRE(r2.error_count() >= 2);
    CHECK(r2.problems()[0].where.pointer == "/kbli");
    CHECK(r2.problems()[1].where.pointer == "/category");
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
    for (auto const& p : bad.error().problems()) CHECK(p.detail.find("12345") == std::string::npos);
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

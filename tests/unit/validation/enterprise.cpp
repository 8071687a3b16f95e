#include <sentra/validation/enterprise.hpp>
#include <sentra/io/catalog_csv.hpp>
#include <sentra/io/json.hpp>
#include <sentra/region/depok.hpp>

#include "cipayung/programme.hpp"
#include "catch.hpp"
#include "enterprise_sample.hpp"

using namespace sentra;
using namespace sentra::literals;
using enterprise_test::sample;

namespace {

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
        CHECK(p.detail().find("1101011203850001") == std::string::npos);

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

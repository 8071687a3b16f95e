// The sample enterprise of the enterprise tests (enterprise.cpp, validation/enterprise.cpp):
// every field set, every check passing against Kota Depok and the Cipayung categories.
#pragma once

#include <sentra/enterprise.hpp>

namespace enterprise_test {

using namespace sentra;
using namespace sentra::literals;

inline enterprise sample()
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

} // namespace enterprise_test

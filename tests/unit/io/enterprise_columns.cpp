#include <sentra/io/enterprise_columns.hpp>

#include "catch.hpp"
#include "import_fixtures.hpp"

#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

using namespace sentra;
using namespace sentra::test_import;
using io::enterprise_column;

TEST_CASE("headers are recognised in Indonesian and English, case and spaces aside",
          "[import]")
{
    CHECK(io::recognise_header("Nama Usaha") == enterprise_column::name);
    CHECK(io::recognise_header("NAMA UMKM") == enterprise_column::name);
    CHECK(io::recognise_header("  nama   usaha ") == enterprise_column::name);
    CHECK(io::recognise_header("NIB") == enterprise_column::nib);
    CHECK(io::recognise_header("NIK Pemilik") == enterprise_column::nik);
    CHECK(io::recognise_header("Pemilik") == enterprise_column::owner_name);
    CHECK(io::recognise_header("Kelurahan/Desa") == enterprise_column::village);
    CHECK(io::recognise_header("Kode Kelurahan/Desa") == enterprise_column::village_code);
    CHECK(io::recognise_header("Kec.") == enterprise_column::district);
    CHECK(io::recognise_header("KBLI") == enterprise_column::kbli);
    CHECK(io::recognise_header("Jenis Usaha") == enterprise_column::kbli);
    CHECK(io::recognise_header("Omzet per Tahun (Rp)") == enterprise_column::annual_sales);
    CHECK(io::recognise_header("Modal Usaha") == enterprise_column::capital);
    CHECK(io::recognise_header("Jumlah Tenaga Kerja") == enterprise_column::workers);
    CHECK(io::recognise_header("No. HP/WA") == enterprise_column::phone);
    CHECK(io::recognise_header("Business Name") == enterprise_column::name);
    CHECK(io::recognise_header("Annual Sales") == enterprise_column::annual_sales);
    CHECK(io::recognise_header("No.") == enterprise_column::ignored);
    CHECK_FALSE(io::recognise_header("Keterangan"));
    CHECK_FALSE(io::recognise_header(""));
    CHECK_FALSE(io::recognise_header("(Rp)"));
    // Every column's own export header is recognised, in both languages.
    for (auto c : {enterprise_column::id, enterprise_column::name, enterprise_column::nib,
                   enterprise_column::owner_name, enterprise_column::nik, enterprise_column::phone,
                   enterprise_column::address, enterprise_column::village,
                   enterprise_column::village_code, enterprise_column::district,
                   enterprise_column::kbli, enterprise_column::category, enterprise_column::capital,
                   enterprise_column::net_assets, enterprise_column::annual_sales,
                   enterprise_column::investment, enterprise_column::workers,
                   enterprise_column::figures_year, enterprise_column::founded,
                   enterprise_column::halal, enterprise_column::pirt, enterprise_column::sni}) {
        CAPTURE(to_label(c, lang::id));
        CHECK(io::recognise_header(to_label(c, lang::id)) == c);
        CHECK(io::recognise_header(to_label(c, lang::en)) == c);
    }
}


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

// Spellings from real members lists (Dinas Koperasi dan UKM and Disperindag sheets of
// several cities): short forms, slashes, units, run-together words.
TEST_CASE("headers as officers spell them", "[import]")
{
    struct spelling {
        char const* header;
        enterprise_column column;
    };
    spelling const spellings[] = {
        {"Omzet/Tahun", enterprise_column::annual_sales},
        {"Omset", enterprise_column::annual_sales},
        {"Omzet (Rp/thn)", enterprise_column::annual_sales},
        {"Omset per Thn", enterprise_column::annual_sales},
        {"OMZET PER TAHUN (Rp)", enterprise_column::annual_sales},
        {"Omzet Setahun", enterprise_column::annual_sales},
        {"Penjualan per Tahun", enterprise_column::annual_sales},
        {"Jml Karyawan", enterprise_column::workers},
        {"TK", enterprise_column::workers},
        {"Jml TK", enterprise_column::workers},
        {"Jumlah Tenaga Kerja (orang)", enterprise_column::workers},
        {"Tenaga Kerja (org)", enterprise_column::workers},
        {"Alamat Usaha", enterprise_column::address},
        {"Almt Usaha", enterprise_column::address},
        {"Kel.", enterprise_column::village},
        {"Desa/Kel", enterprise_column::village},
        {"Kelurahan / Desa", enterprise_column::village},
        {"Ds/Kel.", enterprise_column::village},
        {"Kec", enterprise_column::district},
        {"No. WA", enterprise_column::phone},
        {"No HP/WA", enterprise_column::phone},
        {"No. Handphone", enterprise_column::phone},
        {"No. Tlp", enterprise_column::phone},
        {"Telp/HP", enterprise_column::phone},
        {"Nmr HP", enterprise_column::phone},
        {"Nama Pelaku Usaha", enterprise_column::name},
        {"Nama Usaha/Merek", enterprise_column::name},
        {"Nama UMKM", enterprise_column::name},
        {"Nama Pemilik", enterprise_column::owner_name},
        {"No. KTP", enterprise_column::nik},
        {"Nomor Induk Berusaha (NIB)", enterprise_column::nib},
        {"KBLI 2025", enterprise_column::kbli},
        {"Kode KBLI", enterprise_column::kbli},
        {"Jenis Produk", enterprise_column::kbli},
        {"Bidang Usaha", enterprise_column::kbli},
        {"Tgl. Berdiri", enterprise_column::founded},
        {"Tgl Berdiri", enterprise_column::founded},
        {"No. P-IRT", enterprise_column::pirt},
        {"Modal Usaha (Rp)", enterprise_column::capital},
        {"Kategori", enterprise_column::category},
    };
    STATIC_REQUIRE(std::size(spellings) >= 30);
    for (auto const& s : spellings) {
        CAPTURE(s.header);
        CHECK(io::recognise_header(s.header) == s.column);
    }
    CHECK(io::detail::spelled_key("Jml Karyawan") == "jumlahkaryawan");
    CHECK(io::detail::spelled_key("Desa/Kel.") == "desakelurahan");
    CHECK(io::detail::spelled_key("Omzet per Tahun (Rp)") == "omzettahun");
    CHECK(io::detail::spelled_key("") == "");
    // A monthly figure is not an annual one; words it does not know stay unknown.
    CHECK_FALSE(io::recognise_header("Omzet per Bulan"));
    CHECK_FALSE(io::recognise_header("Per"));
    CHECK_FALSE(io::recognise_header("Rp"));
    CHECK_FALSE(io::recognise_header("Keterangan Tambahan"));
    CHECK(io::recognise_header("\xF0\x9F\x93\x9E HP") == enterprise_column::phone); // an emoji aside
}


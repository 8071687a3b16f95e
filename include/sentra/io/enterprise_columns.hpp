// sentra/io/enterprise_columns.hpp — the columns of a members list in a spreadsheet: what
// each holds (enterprise_column), the header sentra writes for it in Indonesian and English,
// and the headers it recognises when reading ("Nama Usaha", "NIK Pemilik", "Kelurahan/Desa",
// "Omzet per Tahun (Rp)"..., case, spaces, punctuation and a bracketed unit aside).
#pragma once

#include <sentra/detail/config.hpp>
#include <sentra/detail/ascii.hpp>
#include <sentra/lang.hpp>

#include <boost/describe/enum.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace sentra::io {

// What a spreadsheet column holds: an enterprise's field, or something read only to find one
// (`district` narrows the village's name, `figures_year` dates the money and the workers),
// or nothing (`ignored`: a row number, remarks).
enum class enterprise_column : unsigned char {
    id,
    name,
    nib,
    owner_name,
    nik,
    phone,
    address,
    village,
    village_code,
    district,
    kbli,
    category,
    capital,
    net_assets,
    annual_sales,
    investment,
    workers,
    figures_year,
    founded,
    halal,
    pirt,
    sni,
    ignored,
};
BOOST_DESCRIBE_ENUM(enterprise_column, id, name, nib, owner_name, nik, phone, address, village,
                    village_code, district, kbli, category, capital, net_assets, annual_sales,
                    investment, workers, figures_year, founded, halal, pirt, sni, ignored)

// The header write_enterprises_csv gives the column (Indonesian first: officers' sheets).
constexpr std::string_view to_label(enterprise_column c, lang language = lang::en) noexcept
{
    constexpr bilingual labels[] = {
        {"Enterprise ID", "ID Usaha"},
        {"Business Name", "Nama Usaha"},
        {"NIB", "NIB"},
        {"Owner", "Nama Pemilik"},
        {"Owner NIK", "NIK Pemilik"},
        {"Phone/WhatsApp", "No. HP/WA"},
        {"Address", "Alamat"},
        {"Village", "Kelurahan/Desa"},
        {"Village Code", "Kode Kelurahan/Desa"},
        {"District", "Kecamatan"},
        {"KBLI", "KBLI"},
        {"Category", "Kategori"},
        {"Capital", "Modal Usaha"},
        {"Net Assets", "Kekayaan Bersih"},
        {"Annual Sales", "Omzet per Tahun"},
        {"Investment", "Nilai Investasi"},
        {"Workers", "Jumlah Tenaga Kerja"},
        {"Year of the Figures", "Tahun Data"},
        {"Founded", "Tanggal Berdiri"},
        {"Halal Certificate", "Sertifikat Halal"},
        {"P-IRT Number", "Nomor P-IRT"},
        {"SNI", "SNI"},
        {"(ignored)", "(diabaikan)"},
    };
    return sentra::detail::label_at(labels, c, language);
}

namespace detail {


// A header as it is compared: ASCII letters and digits, lower case; what is in brackets
// ("Omzet (Rp)") and everything else left out. "No. HP/WA" is "nohpwa".
SENTRA_DECL std::string header_key(std::string_view header);
// The same with the short forms officers write spelled out and words that say nothing of
// the column left out, word by word: "Jml Karyawan" is "jumlahkaryawan", "Omzet/Thn"
// "omzettahun", "Desa/Kel." "desakelurahan", "Omzet per Tahun (Rp)" "omzettahun".
SENTRA_DECL std::string spelled_key(std::string_view header);

struct known_header {
    std::string_view key;
    enterprise_column column;
};

// The headers recognised without a mapping, in header_key form.
inline constexpr known_header known_headers[] = {
    {"id", enterprise_column::id},
    {"idusaha", enterprise_column::id},
    {"kodeusaha", enterprise_column::id},
    {"enterpriseid", enterprise_column::id},
    {"namausaha", enterprise_column::name},
    {"namaumkm", enterprise_column::name},
    {"namaukm", enterprise_column::name},
    {"namaikm", enterprise_column::name},
    {"namaperusahaan", enterprise_column::name},
    {"namatoko", enterprise_column::name},
    {"namabadanusaha", enterprise_column::name},
    {"namausahaumkm", enterprise_column::name},
    {"namausahamerek", enterprise_column::name},
    {"namapelakuusaha", enterprise_column::name},
    {"namaumkmikm", enterprise_column::name},
    {"businessname", enterprise_column::name},
    {"enterprisename", enterprise_column::name},
    {"enterprise", enterprise_column::name},
    {"pemilik", enterprise_column::owner_name},
    {"namapemilik", enterprise_column::owner_name},
    {"namapemilikusaha", enterprise_column::owner_name},
    {"penanggungjawab", enterprise_column::owner_name},
    {"owner", enterprise_column::owner_name},
    {"ownername", enterprise_column::owner_name},
    {"nik", enterprise_column::nik},
    {"nikpemilik", enterprise_column::nik},
    {"nomornik", enterprise_column::nik},
    {"noktp", enterprise_column::nik},
    {"nomorktp", enterprise_column::nik},
    {"ktp", enterprise_column::nik},
    {"nomorindukkependudukan", enterprise_column::nik},
    {"ownernik", enterprise_column::nik},
    {"nib", enterprise_column::nib},
    {"nonib", enterprise_column::nib},
    {"nomornib", enterprise_column::nib},
    {"nomorindukberusaha", enterprise_column::nib},
    {"hp", enterprise_column::phone},
    {"nohp", enterprise_column::phone},
    {"nohpwa", enterprise_column::phone},
    {"nomorhp", enterprise_column::phone},
    {"nomorhpwa", enterprise_column::phone},
    {"hpwa", enterprise_column::phone},
    {"wa", enterprise_column::phone},
    {"nowa", enterprise_column::phone},
    {"nomorwa", enterprise_column::phone},
    {"whatsapp", enterprise_column::phone},
    {"telp", enterprise_column::phone},
    {"notelp", enterprise_column::phone},
    {"telepon", enterprise_column::phone},
    {"notelepon", enterprise_column::phone},
    {"nomortelepon", enterprise_column::phone},
    {"telphp", enterprise_column::phone},
    {"nomortelp", enterprise_column::phone},
    {"hpwhatsapp", enterprise_column::phone},
    {"kontak", enterprise_column::phone},
    {"phone", enterprise_column::phone},
    {"phonewhatsapp", enterprise_column::phone},
    {"phonenumber", enterprise_column::phone},
    {"mobile", enterprise_column::phone},
    {"alamat", enterprise_column::address},
    {"alamatusaha", enterprise_column::address},
    {"alamatlengkap", enterprise_column::address},
    {"address", enterprise_column::address},
    {"kelurahan", enterprise_column::village},
    {"desa", enterprise_column::village},
    {"kelurahandesa", enterprise_column::village},
    {"desakelurahan", enterprise_column::village},
    {"keldesa", enterprise_column::village},
    {"kel", enterprise_column::village},
    {"village", enterprise_column::village},
    {"kodekelurahan", enterprise_column::village_code},
    {"kodedesa", enterprise_column::village_code},
    {"kodekelurahandesa", enterprise_column::village_code},
    {"kodewilayah", enterprise_column::village_code},
    {"villagecode", enterprise_column::village_code},
    {"kecamatan", enterprise_column::district},
    {"kec", enterprise_column::district},
    {"district", enterprise_column::district},
    {"subdistrict", enterprise_column::district},
    {"kbli", enterprise_column::kbli},
    {"kodekbli", enterprise_column::kbli},
    {"kbli2020", enterprise_column::kbli},
    {"kbli2025", enterprise_column::kbli},
    {"jenisproduk", enterprise_column::kbli},
    {"produk", enterprise_column::kbli},
    {"produkutama", enterprise_column::kbli},
    {"jenisusaha", enterprise_column::kbli},
    {"bidangusaha", enterprise_column::kbli},
    {"jenisindustri", enterprise_column::kbli},
    {"sektorusaha", enterprise_column::kbli},
    {"industry", enterprise_column::kbli},
    {"activity", enterprise_column::kbli},
    {"kategori", enterprise_column::category},
    {"kategoriusaha", enterprise_column::category},
    {"category", enterprise_column::category},
    {"modal", enterprise_column::capital},
    {"modalusaha", enterprise_column::capital},
    {"capital", enterprise_column::capital},
    {"kekayaanbersih", enterprise_column::net_assets},
    {"aset", enterprise_column::net_assets},
    {"asetbersih", enterprise_column::net_assets},
    {"netassets", enterprise_column::net_assets},
    {"omzet", enterprise_column::annual_sales},
    {"omset", enterprise_column::annual_sales},
    {"omzetpertahun", enterprise_column::annual_sales},
    {"omsetpertahun", enterprise_column::annual_sales},
    {"omzettahunan", enterprise_column::annual_sales},
    {"omzettahun", enterprise_column::annual_sales},
    {"penjualantahun", enterprise_column::annual_sales},
    {"omsettahunan", enterprise_column::annual_sales},
    {"penjualantahunan", enterprise_column::annual_sales},
    {"hasilpenjualantahunan", enterprise_column::annual_sales},
    {"annualsales", enterprise_column::annual_sales},
    {"turnover", enterprise_column::annual_sales},
    {"investasi", enterprise_column::investment},
    {"nilaiinvestasi", enterprise_column::investment},
    {"investment", enterprise_column::investment},
    {"tenagakerja", enterprise_column::workers},
    {"jumlahtenagakerja", enterprise_column::workers},
    {"tk", enterprise_column::workers},
    {"jumlahtk", enterprise_column::workers},
    {"pekerja", enterprise_column::workers},
    {"jumlahpekerja", enterprise_column::workers},
    {"karyawan", enterprise_column::workers},
    {"jumlahkaryawan", enterprise_column::workers},
    {"workers", enterprise_column::workers},
    {"employees", enterprise_column::workers},
    {"tahundata", enterprise_column::figures_year},
    {"yearofthefigures", enterprise_column::figures_year},
    {"tanggalberdiri", enterprise_column::founded},
    {"tglberdiri", enterprise_column::founded},
    {"mulaiberoperasi", enterprise_column::founded},
    {"tanggalmulaiusaha", enterprise_column::founded},
    {"founded", enterprise_column::founded},
    {"halal", enterprise_column::halal},
    {"sertifikathalal", enterprise_column::halal},
    {"nomorsertifikathalal", enterprise_column::halal},
    {"nosertifikathalal", enterprise_column::halal},
    {"halalcertificate", enterprise_column::halal},
    {"pirt", enterprise_column::pirt},
    {"nopirt", enterprise_column::pirt},
    {"nomorpirt", enterprise_column::pirt},
    {"sppirt", enterprise_column::pirt},
    {"nomorsppirt", enterprise_column::pirt},
    {"pirtnumber", enterprise_column::pirt},
    {"sni", enterprise_column::sni},
    {"sertifikatsni", enterprise_column::sni},
    {"nomorsni", enterprise_column::sni},
    {"no", enterprise_column::ignored},
    {"nourut", enterprise_column::ignored},
    {"nomorurut", enterprise_column::ignored},
};

} // namespace detail

// The column a header names, among the headers sentra recognises (case, spaces,
// punctuation and a bracketed unit aside: "OMZET PER TAHUN (Rp)" is annual_sales).
SENTRA_DECL std::optional<enterprise_column> recognise_header(std::string_view header);

// How to read one spreadsheet: the JSON of an import mapping file (docs/import.md; its

} // namespace sentra::io

#if defined(SENTRA_HEADER_ONLY)
#include <sentra/io/impl/enterprise_columns.ipp>
#endif

// A members list as an agency's spreadsheet exports it (`;`, CRLF, a UTF-8 mark, Indonesian
// headers, villages by name in Kota Depok, amounts typed five ways), of any length and the
// same every time: for the import benchmarks and sentra_generate_members.
#pragma once

#include <cstddef>
#include <cstdio>
#include <string>

namespace sentra_bench {

inline void append_member_header(std::string& out)
{
    out += "\xEF\xBB\xBFNo;Nama Usaha;Pemilik;NIK Pemilik;NIB;Alamat;Kelurahan/Desa;KBLI;"
           "Omzet per Tahun (Rp);Modal Usaha;Jumlah Tenaga Kerja;No. HP/WA\r\n";
}

// Row i (0-based): every value valid, every NIB and name its own.
inline void append_member_row(std::string& out, std::size_t i)
{
    static constexpr char const* villages[] = {
        "Cipayung Jaya", "Ratu Jaya", "Pondok Jaya", "Bojong Pondok Terong", "Cipayung",
        "Depok Jaya",    "Mampang",   "Tugu",        "Mekarsari",           "Sawangan Baru",
        "Meruyung",      "Grogol",    "Limo",        "Beji",                "Pancoran Mas"};
    static constexpr char const* kbli[] = {"14111", "14112", "13134", "10792", "14120"};
    static constexpr char const* sales[] = {"Rp 1.500.000", "1,5 jt", "1500000", "Rp1,5 juta",
                                            "750 rb"};
    char buf[512];
    auto const n = static_cast<unsigned long long>(i);
    int const len = std::snprintf(
        buf, sizeof buf,
        "%llu;Usaha Konveksi %llu;Pemilik %llu;3276%012llu;9%012llu;\"Jl. Mawar No. %llu; RT "
        "0%llu\";%s;%s;%s;Rp %llu.000.000;%llu;0812-%04llu-%04llu\r\n",
        n + 1, n, n, n % 1'000'000'000'000ULL, n, n % 200, n % 9 + 1,
        villages[i % (sizeof villages / sizeof *villages)], kbli[i % 5], sales[i % 5],
        n % 90 + 10, n % 20 + 1, (n / 10'000) % 10'000, n % 10'000);
    out.append(buf, static_cast<std::size_t>(len));
}

inline std::string members_csv(std::size_t rows)
{
    std::string out;
    out.reserve(rows * 170 + 200);
    append_member_header(out);
    for (std::size_t i = 0; i < rows; ++i) append_member_row(out, i);
    return out;
}

} // namespace sentra_bench

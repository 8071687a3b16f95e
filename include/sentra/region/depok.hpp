// sentra/region/depok.hpp — Kota Depok, written down in source: a gazetteer that needs no
// files, for apps, examples and tests.
//
// 1 province (Jawa Barat), 1 city (Kota Depok), 11 districts and 63 villages, as in the
// Kemendagri list (idn-area-data 3.1.2). A test checks every row against the official CSV.
#pragma once

#include <sentra/region/gazetteer.hpp>
#include <sentra/region/kemendagri.hpp>

#include <array>
#include <string_view>

namespace sentra {

namespace detail {
struct embedded_region {
    region_id code;
    std::string_view name;
};

// clang-format off
inline constexpr std::array<embedded_region, 76> kota_depok_regions{{
    {"32", "JAWA BARAT"},
    {"32.76", "KOTA DEPOK"},
    {"32.76.01", "Pancoran Mas"},
    {"32.76.02", "Cimanggis"},
    {"32.76.03", "Sawangan"},
    {"32.76.04", "Limo"},
    {"32.76.05", "Sukmajaya"},
    {"32.76.06", "Beji"},
    {"32.76.07", "Cipayung"},
    {"32.76.08", "Cilodong"},
    {"32.76.09", "Cinere"},
    {"32.76.10", "Tapos"},
    {"32.76.11", "Bojongsari"},
    {"32.76.01.1006", "Depok"},
    {"32.76.01.1007", "Depok Jaya"},
    {"32.76.01.1008", "Pancoran Mas"},
    {"32.76.01.1009", "Mampang"},
    {"32.76.01.1010", "Rangkapan Jaya Baru"},
    {"32.76.01.1011", "Rangkapan Jaya"},
    {"32.76.02.1007", "Harjamukti"},
    {"32.76.02.1008", "Curug"},
    {"32.76.02.1009", "Tugu"},
    {"32.76.02.1010", "Mekarsari"},
    {"32.76.02.1011", "Pasir Gunung Selatan"},
    {"32.76.02.1012", "Cisalak Pasar"},
    {"32.76.03.1001", "Pasir Putih"},
    {"32.76.03.1002", "Bedahan"},
    {"32.76.03.1003", "Pengasinan"},
    {"32.76.03.1009", "Cinangka"},
    {"32.76.03.1010", "Sawangan"},
    {"32.76.03.1011", "Sawangan Baru"},
    {"32.76.03.1012", "Kedaung"},
    {"32.76.04.1001", "Meruyung"},
    {"32.76.04.1002", "Grogol"},
    {"32.76.04.1003", "Krukut"},
    {"32.76.04.1004", "Limo"},
    {"32.76.05.1001", "Sukmajaya"},
    {"32.76.05.1003", "Abadijaya"},
    {"32.76.05.1004", "Mekarjaya"},
    {"32.76.05.1005", "Baktijaya"},
    {"32.76.05.1008", "Cisalak"},
    {"32.76.05.1010", "Tirtajaya"},
    {"32.76.06.1001", "Beji"},
    {"32.76.06.1002", "Kukusan"},
    {"32.76.06.1003", "Tanah Baru"},
    {"32.76.06.1004", "Kemiri Muka"},
    {"32.76.06.1005", "Pondok Cina"},
    {"32.76.06.1006", "Beji Timur"},
    {"32.76.07.1001", "Cipayung"},
    {"32.76.07.1002", "Cipayung Jaya"},
    {"32.76.07.1003", "Ratu Jaya"},
    {"32.76.07.1004", "Bojong Pondok Terong"},
    {"32.76.07.1005", "Pondok Jaya"},
    {"32.76.08.1001", "Sukamaju"},
    {"32.76.08.1002", "Cilodong"},
    {"32.76.08.1003", "Kalibaru"},
    {"32.76.08.1004", "Kalimulya"},
    {"32.76.08.1005", "Jatimulya"},
    {"32.76.09.1001", "Cinere"},
    {"32.76.09.1002", "Gandul"},
    {"32.76.09.1003", "Pangkalan Jati"},
    {"32.76.09.1004", "Pangkalan Jati Baru"},
    {"32.76.10.1001", "Tapos"},
    {"32.76.10.1002", "Leuwinanggung"},
    {"32.76.10.1003", "Sukatani"},
    {"32.76.10.1004", "Sukamaju Baru"},
    {"32.76.10.1005", "Jatijajar"},
    {"32.76.10.1006", "Cilangkap"},
    {"32.76.10.1007", "Cimpaeun"},
    {"32.76.11.1001", "Bojongsari"},
    {"32.76.11.1002", "Bojongsari Baru"},
    {"32.76.11.1003", "Serua"},
    {"32.76.11.1004", "Pondok Petir"},
    {"32.76.11.1005", "Curug"},
    {"32.76.11.1006", "Duren Mekar"},
    {"32.76.11.1007", "Duren Seribu"},
}};
// clang-format on
} // namespace detail

// The embedded Kota Depok gazetteer, built once on first use.
template <class = void> // compiled where called: it instantiates the gazetteer builder
gazetteer const& kota_depok()
{
    static gazetteer const g = [] {
        gazetteer_builder<kemendagri> b;
        for (auto const& r : detail::kota_depok_regions) b.add(r.code, r.name);
        return std::move(b).finish().value();
    }();
    return g;
}

} // namespace sentra

// examples/cipayung/programme.hpp — the founding case's own programme data: its four
// categories and its routing rules. A programme's data, not the library's: an example
// mapping, not an official one. The Cipayung example and the tests use it.
#pragma once

#include <sentra/business/category.hpp>
#include <sentra/coordination/routing.hpp>

#include <initializer_list>
#include <string_view>
#include <vector>

namespace cipayung {

// The four categories of the founding case's launch (25 konveksi, 5 fashion, 15 kuliner
// and 5 kerajinan stands), as this example's mapping — not an official one.
inline std::vector<sentra::programme_category> categories()
{
    auto id = [](std::string_view s) { return sentra::category_id::parse(s).value(); };
    auto codes = [](std::initializer_list<std::string_view> list) {
        std::vector<sentra::kbli_code> out;
        for (auto s : list) out.push_back(sentra::kbli_code::parse(s).value());
        return out;
    };
    return {
        {id("konveksi"), "Konveksi", "Garment making", codes({"14111", "14112", "14120"})},
        {id("fashion"), "Fashion", "Fashion", codes({"1430", "15121", "1520"})},
        {id("kuliner"), "Kuliner", "Culinary", codes({"561", "10710", "10792"})},
        {id("kerajinan"), "Kerajinan tangan", "Handicrafts", codes({"13134", "16291", "32"})},
    };
}

// The founding case's defaults: marketing and sales to Disperindag Kota Depok, financing
// to the Dinas Koperasi dan Usaha Mikro, permits to DPMPTSP, P-IRT and food safety to
// Dinkes, and the rest to the Cipayung district office (camat) to coordinate.
inline sentra::routing_table routing()
{
    auto a = [](char const* s) { return sentra::agency_id::parse(s).value(); };
    sentra::routing_table t;
    t.version = "cipayung-2019-12";
    t.default_coordinator = a("kecamatan-cipayung");
    t.rules = {
        {sentra::case_topic::marketing, {}, {}, a("disperindag-depok")},
        {sentra::case_topic::sales, {}, {}, a("disperindag-depok")},
        {sentra::case_topic::production, {}, {}, a("disperindag-depok")},
        {sentra::case_topic::raw_materials, {}, {}, a("disperindag-depok")},
        {sentra::case_topic::training, {}, {}, a("disperindag-depok")},
        {sentra::case_topic::certification, {}, {}, a("disperindag-depok")},
        {sentra::case_topic::certification, sentra::category_id::parse("kuliner").value(), {}, a("dinkes-depok")},
        {sentra::case_topic::financing, {}, {}, a("dkum-depok")},
        {sentra::case_topic::permits, {}, {}, a("dpmptsp-depok")}};
    return t;
}

} // namespace cipayung

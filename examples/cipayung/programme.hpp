// examples/cipayung/programme.hpp — the founding case's own programme data: its agencies,
// its four categories, its routing rules and how it follows cases (deadlines and the
// escalation chain). A programme's data, not the library's: an example, not an official
// mapping. The Cipayung example and the tests use it.
#pragma once

#include <sentra/business/category.hpp>
#include <sentra/cluster/agency.hpp>
#include <sentra/coordination/deadlines.hpp>
#include <sentra/coordination/routing.hpp>

#include <initializer_list>
#include <string_view>
#include <vector>

namespace cipayung {

inline sentra::agency_id agency(std::string_view s)
{
    return sentra::agency_id::parse(s).value();
}

// The agencies of Kota Depok the programme works with (the lead, its partners, and the
// city secretary and mayor of the escalation chain), by their official names. The lead's
// official name is Dinas Perdagangan dan Perindustrian; the founding article calls it
// Dinas Perindustrian dan Perdagangan, kept as an alias.
inline std::vector<sentra::agency> agencies()
{
    using sentra::agency_kind;
    using sentra::region_id;
    std::vector<sentra::agency> list{
        {agency("disperindag-depok"), "Dinas Perdagangan dan Perindustrian Kota Depok",
         agency_kind::dinas, region_id("32.76")},
        {agency("kecamatan-cipayung"), "Kecamatan Cipayung", agency_kind::kantor_kecamatan,
         region_id("32.76.07")},
        {agency("dkum-depok"), "Dinas Koperasi dan Usaha Mikro Kota Depok", agency_kind::dinas,
         region_id("32.76")},
        {agency("dpmptsp-depok"), "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kota Depok",
         agency_kind::dinas, region_id("32.76")},
        {agency("dinkes-depok"), "Dinas Kesehatan Kota Depok", agency_kind::dinas,
         region_id("32.76")},
        {agency("dpupr-depok"), "Dinas Pekerjaan Umum dan Penataan Ruang Kota Depok",
         agency_kind::dinas, region_id("32.76")},
        {agency("bappeda-depok"), "Badan Perencanaan Pembangunan Daerah Kota Depok",
         agency_kind::badan, region_id("32.76")},
        {agency("setda-depok"), "Sekretariat Daerah Kota Depok", agency_kind::sekretariat_daerah,
         region_id("32.76")},
        {agency("wali-kota-depok"), "Wali Kota Depok", agency_kind::kepala_daerah,
         region_id("32.76")},
    };
    list.front().aliases = std::vector<std::string>{"Dinas Perindustrian dan Perdagangan Kota Depok"};
    return list;
}

// The four categories of the founding case's launch (25 konveksi, 5 fashion, 15 kuliner
// and 5 kerajinan stands), as this example's mapping — not an official one. Each lists the
// KBLI 2020 subclasses (or a class whose every subclass belongs) of the trade, never a
// whole division: division 32 would make a uranium fuel plant a handicraft, and group 563
// a nightclub a culinary stand. A test lists every title each category covers.
inline sentra::category_id category(std::string_view s)
{
    return sentra::category_id::parse(s).value();
}

// Codes of classification C from their text (known good: the example's own lists).
template <class C>
std::vector<sentra::any_industry_code<C>> codes_of(std::initializer_list<std::string_view> list)
{
    std::vector<sentra::any_industry_code<C>> out;
    for (auto s : list) out.push_back(sentra::any_industry_code<C>::parse(s).value());
    return out;
}

inline std::vector<sentra::programme_category> categories()
{
    auto const id = category;
    auto const codes = codes_of<sentra::kbli2020>;
    return {
        // garments of textile and leather, tailoring to order, clothing accessories
        {id("konveksi"), "Konveksi", "Garment making",
         codes({"14111", "14112", "14120", "14131"})},
        // knitted and embroidered apparel, personal leather goods (bags), everyday footwear
        {id("fashion"), "Fashion", "Fashion", codes({"1430", "15121", "15201", "15209"})},
        // eating places, mobile food, catering, cafés and drink stalls (not bars or clubs),
        // bread and cakes, prepared meals, kue basah, kerupuk and keripik, dodol
        {id("kuliner"), "Kuliner", "Culinary",
         codes({"56101", "56102", "56103", "56104", "56210", "56290", "56303", "56304", "10710",
                "10750", "10792", "10794", "10796"})},
        // tenun ikat, batik, woven rattan, bamboo and other plants, wood carving, household
        // pottery and other earthenware, imitation jewellery, handicrafts n.e.c.
        {id("kerajinan"), "Kerajinan tangan", "Handicrafts",
         codes({"13122", "13134", "16291", "16292", "16293", "23932", "23939", "32120",
                "32903"})},
    };
}

// The same four categories in KBLI 2025 codes, for a programme whose records are in the
// current edition (basic_document<indonesia_kbli2025>). Chosen from KBLI 2025's own titles,
// not carried over by digits: batik is 13133 now (13134 in 2020), 32907 is buttons and
// zips (no longer uranium fuel), eating places are split by building (56101 fixed, 56102
// not fixed) and mobile drink sellers have their own 56306. A test lists every title each
// covers.
inline std::vector<sentra::basic_programme_category<sentra::indonesia_kbli2025>> categories_kbli2025()
{
    auto const id = category;
    auto const codes = codes_of<sentra::kbli2025>;
    return {
        // garments of textile and leather, tailoring to order, clothing accessories
        {id("konveksi"), "Konveksi", "Garment making",
         codes({"14111", "14112", "14120", "14131"})},
        // knitted and crocheted apparel and hosiery, bags, everyday footwear
        {id("fashion"), "Fashion", "Fashion", codes({"1430", "15121", "15201", "15209"})},
        // eating places (fixed and not fixed buildings), catering, cafés, drink stalls and
        // mobile drink sellers (not bars, clubs or jamu houses), bread and cakes, prepared
        // meals, kue basah, kerupuk and keripik, dodol
        {id("kuliner"), "Kuliner", "Culinary",
         codes({"56101", "56102", "56210", "56290", "56303", "56304", "56306", "10710", "10750",
                "10792", "10794", "10796"})},
        // hand-loom weaving, batik, woven rattan, bamboo and other plants, wood carving,
        // wooden kitchenware, household pottery and other earthenware, imitation jewellery,
        // handicrafts n.e.c.
        {id("kerajinan"), "Kerajinan tangan", "Handicrafts",
         codes({"13122", "13133", "16291", "16292", "16293", "16294", "23932", "23939", "32120",
                "32903"})},
    };
}

// Every topic to the agency with authority over it: marketing, sales, production, raw
// materials, training and certification to Disperindag Kota Depok (certification of
// kuliner to Dinkes: P-IRT and food safety), financing to the Dinas Koperasi dan Usaha
// Mikro, permits to DPMPTSP, infrastructure to public works (DPUPR), anything else to the
// lead agency. The Cipayung district office (camat) coordinates what no rule matches.
inline sentra::routing_table routing()
{
    using sentra::case_topic;
    sentra::routing_table t;
    t.version = "cipayung-2019-12";
    t.default_coordinator = agency("kecamatan-cipayung");
    t.rules = {
        {case_topic::marketing, {}, {}, agency("disperindag-depok")},
        {case_topic::sales, {}, {}, agency("disperindag-depok")},
        {case_topic::production, {}, {}, agency("disperindag-depok")},
        {case_topic::raw_materials, {}, {}, agency("disperindag-depok")},
        {case_topic::training, {}, {}, agency("disperindag-depok")},
        {case_topic::certification, {}, {}, agency("disperindag-depok")},
        {case_topic::certification, sentra::category_id("kuliner"), {},
         agency("dinkes-depok")},
        {case_topic::financing, {}, {}, agency("dkum-depok")},
        {case_topic::permits, {}, {}, agency("dpmptsp-depok")},
        {case_topic::infrastructure, {}, {}, agency("dpupr-depok")},
        {case_topic::other, {}, {}, agency("disperindag-depok")}};
    return t;
}

// SP4N-LAPOR!'s figures, and Depok's chain above an agency that misses them: the head of
// the agency, then the city secretary, then the mayor (the camat coordinates; it has no
// authority over a dinas).
inline sentra::deadline_policy deadlines()
{
    auto p = sentra::deadline_policy::lapor();
    p.version = "cipayung-2019-12";
    p.escalation = {{"Kepala dinas", "Head of the agency", {}},
                    {"Sekretaris daerah", "City secretary", agency("setda-depok")},
                    {"Wali kota", "Mayor", agency("wali-kota-depok")}};
    return p;
}

} // namespace cipayung

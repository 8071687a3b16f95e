// sentra/programme_start.hpp — a programme started from a few answers, as a dinas officer
// gives them: the common programme categories with their KBLI codes (both editions), the
// agencies a kota or kabupaten usually has (named as the region names them: "Dinas
// Koperasi dan UKM Kota Makassar"), and start_programme(), which makes of them a document
// that validates: the categories, the agencies, one cluster with its locus, routing rules
// that send each topic to the agency with authority over it, SP4N-LAPOR!'s deadlines, and
// the region edition and classification recorded. Everything it writes can be edited
// afterwards; `sentra init` is its command.
#pragma once

#include <sentra/business/industry_scheme.hpp>
#include <sentra/cluster/agency.hpp>
#include <sentra/coordination/topic.hpp>
#include <sentra/detail/ascii.hpp>
#include <sentra/document.hpp>
#include <sentra/error.hpp>
#include <sentra/lang.hpp>
#include <sentra/region/gazetteer.hpp>
#include <sentra/region/time_zones.hpp>

#include <algorithm>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace sentra {

// A category programmes commonly work with, and the KBLI codes it covers in each edition
// (chosen from each edition's own titles: batik is 13134 in KBLI 2020, 13133 in 2025).
struct common_category {
    std::string_view id;       // "kuliner"
    std::string_view label_id; // "Kuliner"
    std::string_view label_en; // "Culinary"
    std::span<std::string_view const> kbli2020;
    std::span<std::string_view const> kbli2025;
};

namespace detail::starter {
inline constexpr std::string_view konveksi_2020[] = {"14111", "14112", "14120"};
inline constexpr std::string_view konveksi_2025[] = {"14111", "14112", "14120", "14131"};
inline constexpr std::string_view fashion_2020[] = {"1430", "15121", "1520"};
inline constexpr std::string_view fashion_2025[] = {"1430", "15121", "15201", "15209"};
inline constexpr std::string_view kuliner_2020[] = {"561", "10710", "10792"};
inline constexpr std::string_view kuliner_2025[] = {"56101", "56102", "56210", "56290", "56303", "56304",
                                                    "56306", "10710", "10750", "10792", "10794", "10796"};
inline constexpr std::string_view kerajinan_both[] = {"13122", "16291", "16292", "16293", "16294",
                                                      "23932", "23939", "32120", "32903"};
inline constexpr std::string_view batik_2020[] = {"13134"};
inline constexpr std::string_view batik_2025[] = {"13133"};
inline constexpr std::string_view mebel_both[] = {"310"};
inline constexpr std::string_view logam_both[] = {"25"};
// Fruit and vegetables, rice and maize milling, coffee and tea, spices and seasonings.
inline constexpr std::string_view pertanian_olahan_both[] = {"103", "1063", "1076", "1077"};

inline constexpr common_category categories[] = {
    {"konveksi", "Konveksi", "Garment making", konveksi_2020, konveksi_2025},
    {"fashion", "Fashion", "Fashion", fashion_2020, fashion_2025},
    {"kuliner", "Kuliner", "Culinary", kuliner_2020, kuliner_2025},
    {"kerajinan", "Kerajinan tangan", "Handicrafts", kerajinan_both, kerajinan_both},
    {"batik", "Batik", "Batik", batik_2020, batik_2025},
    {"mebel", "Mebel", "Furniture", mebel_both, mebel_both},
    {"logam", "Logam", "Metal products", logam_both, logam_both},
    {"pertanian-olahan", "Pertanian olahan", "Processed farm produce", pertanian_olahan_both,
     pertanian_olahan_both},
};

inline constexpr case_topic trade_topics[] = {case_topic::marketing, case_topic::sales,
                                              case_topic::production, case_topic::raw_materials,
                                              case_topic::training, case_topic::certification};
inline constexpr case_topic cooperative_topics[] = {case_topic::financing, case_topic::training};
inline constexpr case_topic licensing_topics[] = {case_topic::permits};
inline constexpr case_topic health_topics[] = {case_topic::certification};
inline constexpr case_topic manpower_topics[] = {case_topic::training};
inline constexpr case_topic works_topics[] = {case_topic::infrastructure};
inline constexpr case_topic no_topics[] = {case_topic::other};
} // namespace detail::starter

// The common programme categories, in the order `sentra init --help` lists them.
constexpr std::span<common_category const> common_categories() noexcept
{
    return detail::starter::categories;
}

constexpr std::optional<common_category> find_common_category(std::string_view id) noexcept
{
    for (auto const& c : common_categories())
        if (c.id == id) return c;
    return std::nullopt;
}

// An agency a kota or kabupaten usually has: its short name, its name before the region's
// ("Dinas Koperasi dan UKM" + " Kota Makassar"), its kind, and the case topics it has
// authority over (the routing start_programme writes). The kecamatan is the district's
// office, named by and serving the district of the cluster's locus.
struct usual_agency {
    std::string_view id;      // "diskopukm"
    std::string_view name_id; // "Dinas Koperasi dan UKM"
    std::string_view name_en; // "Department of Cooperatives and Small and Medium Enterprises"
    agency_kind kind = agency_kind::dinas;
    std::span<case_topic const> topics;
    bool of_district = false; // the kecamatan

    // "Dinas Koperasi dan UKM Kota Makassar": as the region names it.
    std::string name_in(std::string_view region_name) const
    {
        return std::string(name_id) + " " + std::string(region_name);
    }
};

namespace detail::starter {
// Order matters where two share a topic: the first of the programme's agencies that has it
// gets it (the lead agency before its partners).
inline constexpr usual_agency agencies[] = {
    {"disperindag", "Dinas Perindustrian dan Perdagangan", "Department of Industry and Trade",
     agency_kind::dinas, trade_topics},
    {"diskopukm", "Dinas Koperasi dan UKM",
     "Department of Cooperatives and Small and Medium Enterprises", agency_kind::dinas,
     cooperative_topics},
    {"dpmptsp", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
     "One-Stop Investment and Licensing Service", agency_kind::dinas, licensing_topics},
    {"dinkes", "Dinas Kesehatan", "Health Department", agency_kind::dinas, health_topics},
    {"bappeda", "Badan Perencanaan Pembangunan Daerah", "Regional Development Planning Agency",
     agency_kind::badan, no_topics},
    {"disnaker", "Dinas Tenaga Kerja", "Manpower Department", agency_kind::dinas, manpower_topics},
    {"dpupr", "Dinas Pekerjaan Umum dan Penataan Ruang", "Public Works and Spatial Planning Department",
     agency_kind::dinas, works_topics},
    {"kecamatan", "Kecamatan", "District office", agency_kind::kantor_kecamatan, no_topics, true},
};
} // namespace detail::starter

constexpr std::span<usual_agency const> usual_agencies() noexcept
{
    return detail::starter::agencies;
}

constexpr std::optional<usual_agency> find_usual_agency(std::string_view id) noexcept
{
    for (auto const& a : usual_agencies())
        if (a.id == id) return a;
    return std::nullopt;
}

// The answers a programme starts from. Names are as people write them; ids are made from
// them (lower case, '-' for anything else).
struct programme_start {
    std::string name;                  // the programme's ("Program Sentra Kuliner Makassar")
    std::string cluster;               // the cluster's ("Sentra Kuliner Losari")
    std::string focus;                 // a common category's id ("kuliner")
    std::string lead;                  // a usual agency's id ("diskopukm")
    std::vector<std::string> partners; // usual agencies' ids
    std::string locus_name = {};       // the locus zone's; default: its regions' names
    std::optional<date> proposed = {}; // the cluster's first phase, when given
};

namespace detail::starter {
// An id from a name (detail::slug), never empty: a name with no ASCII letter or digit is "x".
inline std::string slug(std::string_view name, std::size_t room = 64)
{
    std::string out = sentra::detail::slug(name, room);
    return out.empty() ? std::string("x") : out;
}

inline std::string known_ids(auto const& list)
{
    std::string out;
    for (auto const& x : list) out += (out.empty() ? "" : ", ") + std::string(x.id);
    return out;
}
} // namespace detail::starter

// The category of the programme's classification for a common one: its codes in that
// edition. start.no_codes for a classification other than KBLI 2020 and KBLI 2025.
template <class P>
result<basic_programme_category<P>> make_category(common_category const& c)
{
    using C = typename P::classification_type;
    std::span<std::string_view const> codes;
    if constexpr (std::is_same_v<C, kbli2020>)
        codes = c.kbli2020;
    else if constexpr (std::is_same_v<C, kbli2025>)
        codes = c.kbli2025;
    else
        return make_error(errc::invalid_argument, "start.no_codes", {{"classification", C::name}});
    basic_programme_category<P> out;
    auto id = category_id::parse(c.id);
    if (!id) return id.error();
    out.id = *id;
    out.label_id = std::string(c.label_id);
    out.label_en = std::string(c.label_en);
    for (auto const code : codes) {
        auto parsed = any_industry_code<C>::parse(code);
        if (!parsed) return parsed.error();
        out.codes.push_back(*parsed);
    }
    return out;
}

// A document from the answers: in `regions` (the gazetteer the codes are of, whose edition
// the document records), for the city or regency `area`, with the locus `locus` (villages
// or districts inside it). Errors name the answer at fault ("focus", "lead", "partners/1",
// "locus/0", "area") and list the valid choices.
template <class P>
result<basic_document<P>> start_programme(programme_start const& answers,
                                          basic_gazetteer<typename P::scheme_type> const& regions,
                                          any_region_code<typename P::scheme_type> const& area,
                                          std::vector<any_region_code<typename P::scheme_type>> const& locus)
{
    using region_type = any_region_code<typename P::scheme_type>;
    namespace st = detail::starter;
    auto const where = [](std::string field) {
        location l;
        l.field = std::move(field);
        return l;
    };

    auto const area_view = regions.find(area);
    if (!area_view) return make_error(errc::unknown_code, "region.not_in_gazetteer",
                                      {{"code", area.to_string()}}, where("area"));
    // A city or regency: the level above districts (Kemendagri's second).
    if (area_view->level_index() + 2 >= P::scheme_type::levels || area_view->level_index() == 0)
        return make_error(errc::invalid_argument, "start.area_level", {{"code", area.to_string()}},
                          where("area"));
    auto const focus = find_common_category(answers.focus);
    if (!focus)
        return make_error(errc::invalid_argument, "start.unknown_focus",
                          {{"input", quote_input(answers.focus)},
                           {"known", st::known_ids(common_categories())}},
                          where("focus"));
    if (locus.empty()) return make_error(errc::missing_key, "start.no_locus", {}, where("locus"));

    std::vector<usual_agency> chosen;
    auto take = [&](std::string const& id, std::string const& field) -> result<void> {
        auto a = find_usual_agency(id);
        if (!a)
            return make_error(errc::invalid_argument, "start.unknown_agency",
                              {{"input", quote_input(id)}, {"known", st::known_ids(usual_agencies())}},
                              where(field));
        if (std::none_of(chosen.begin(), chosen.end(), [&](auto const& c) { return c.id == a->id; }))
            chosen.push_back(*a);
        return {};
    };
    if (auto r = take(answers.lead, "lead"); !r) return r.error();
    for (std::size_t i = 0; i < answers.partners.size(); ++i)
        if (auto r = take(answers.partners[i], "partners/" + std::to_string(i)); !r) return r.error();

    basic_document<P> d;
    if (!regions.edition().empty()) d.region_edition = std::string(regions.edition());
    d.name = answers.name;
    auto category = make_category<P>(*focus);
    if (!category) return category.error();
    d.categories.push_back(std::move(*category));

    // The locus: inside the area; its districts, for the kecamatan.
    std::vector<region_type> districts;
    std::string locus_names;
    for (std::size_t i = 0; i < locus.size(); ++i) {
        auto const v = regions.find(locus[i]);
        if (!v) return make_error(errc::unknown_code, "region.not_in_gazetteer",
                                  {{"code", locus[i].to_string()}}, where("locus/" + std::to_string(i)));
        if (!locus[i].within(area) || v->level_index() <= area_view->level_index())
            return make_error(errc::invalid_argument, "start.outside_area",
                              {{"code", locus[i].to_string()}, {"area", std::string(area_view->name())}},
                              where("locus/" + std::to_string(i)));
        auto chain = v->chain();
        region_type const district = chain.at(area_view->level_index() + 1).code();
        if (std::find(districts.begin(), districts.end(), district) == districts.end())
            districts.push_back(district);
        locus_names += (locus_names.empty() ? "" : ", ") + std::string(v->name());
    }

    std::string const area_slug = st::slug(area_view->name(), 40);
    std::vector<agency_id> ids; // in the order of `chosen` (the kecamatan: its first district's)
    for (auto const& a : chosen) {
        if (a.of_district) {
            bool first = true;
            for (auto const& dist : districts) {
                auto const dv = regions.find(dist);
                basic_agency<P> ag;
                ag.id = agency_id::parse(std::string(a.id) + "-" + st::slug(dv->name(), 40)).value();
                ag.name = a.name_in(dv->name());
                ag.kind = a.kind;
                ag.jurisdiction = dist;
                if (first) ids.push_back(ag.id);
                first = false;
                d.agencies.push_back(std::move(ag));
            }
            continue;
        }
        basic_agency<P> ag;
        ag.id = agency_id::parse(std::string(a.id) + "-" + area_slug).value();
        ag.name = a.name_in(area_view->name());
        ag.kind = a.kind;
        ag.jurisdiction = area;
        ids.push_back(ag.id);
        d.agencies.push_back(std::move(ag));
    }

    basic_cluster<P> c;
    c.id = cluster_id::parse(st::slug(answers.cluster)).value();
    c.name = answers.cluster;
    c.focus = d.categories.front().id;
    c.locus.id = "lokus-" + st::slug(answers.locus_name.empty() ? locus_names : answers.locus_name, 50);
    c.locus.name = answers.locus_name.empty() ? locus_names : answers.locus_name;
    c.locus.regions = locus;
    c.lead_agency = ids.front();
    for (auto const& a : d.agencies)
        if (!(a.id == c.lead_agency)) c.partners.push_back(a.id);
    if (answers.proposed) c.phases.push_back({"proposed", *answers.proposed});
    d.clusters.push_back(std::move(c));

    // Routing: each topic to the first of the programme's agencies with authority over it;
    // the rest (and "other") to the default coordinator: the kecamatan when there is one,
    // else the lead agency. Certification of food (kuliner) goes to Dinkes when it takes
    // part (P-IRT and food safety are its), before the general rule.
    basic_routing_table<P> routing;
    routing.version = "initial";
    routing.default_coordinator = ids.front();
    for (std::size_t i = 0; i < chosen.size(); ++i)
        if (chosen[i].of_district) routing.default_coordinator = ids[i];
    for (auto const topic : {case_topic::marketing, case_topic::sales, case_topic::production,
                             case_topic::raw_materials, case_topic::financing, case_topic::permits,
                             case_topic::training, case_topic::certification,
                             case_topic::infrastructure}) {
        if (topic == case_topic::certification && focus->id == "kuliner") {
            for (std::size_t i = 0; i < chosen.size(); ++i)
                if (chosen[i].id == "dinkes")
                    routing.rules.push_back({topic, d.categories.front().id, std::nullopt, ids[i]});
        }
        for (std::size_t i = 0; i < chosen.size(); ++i) {
            auto const& t = chosen[i].topics;
            if (std::find(t.begin(), t.end(), topic) == t.end()) continue;
            routing.rules.push_back({topic, std::nullopt, std::nullopt, ids[i]});
            break;
        }
    }
    d.routing = std::move(routing);
    d.deadlines = basic_deadline_policy<typename P::topic_type>::lapor();
    if constexpr (std::is_same_v<typename P::scheme_type, kemendagri>) {
        if (auto z = indonesian_time_zone(area)) d.time_zone = *z;
    }
    return d;
}

} // namespace sentra

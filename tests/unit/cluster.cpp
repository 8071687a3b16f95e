#include <sentra/cluster/analytics.hpp>
#include <sentra/cluster/registry.hpp>
#include <sentra/document.hpp>
#include <sentra/io/document.hpp>
#include <sentra/validation.hpp>
#include <sentra/io/json.hpp>
#include <sentra/region/depok.hpp>

#include "../../examples/cipayung/programme.hpp"
#include "../catch.hpp"

#include <algorithm>
#include <cmath>

using namespace sentra;
using namespace sentra::literals;

namespace {

template <class Id>
Id id(std::string_view s)
{
    return Id::parse(s).value();
}

enterprise member(char const* name, village_code v, char const* category, std::uint32_t workers = 5)
{
    enterprise e;
    e.id = id<enterprise_id>(name);
    e.name = name;
    e.village = v;
    e.kbli = {kbli_subclass("14111")};
    e.category = id<category_id>(category);
    e.capital = 100'000'000_rp;
    e.workers = workers;
    return e;
}

// The lists the registries of these tests index (a registry copies nothing).
document const& programme_data()
{
    static document const d = [] {
        document x;
        x.categories = cipayung::categories();
        x.agencies = {agency{id<agency_id>("disperindag"), "Disperindag Kota Depok",
                             agency_kind::dinas, region_id("32.76")},
                      agency{id<agency_id>("camat-cipayung"), "Kecamatan Cipayung",
                             agency_kind::kantor_kecamatan, region_id("32.76.07")}};
        for (int i = 1; i <= 5; ++i)
            x.enterprises.push_back(
                member(("k" + std::to_string(i)).c_str(), "32.76.07.1002", "konveksi"));
        x.enterprises.push_back(member("kul", "32.76.07.1004", "kuliner"));
        x.enterprises.push_back(member("far", "32.76.01.1006", "konveksi"));
        return x;
    }();
    return d;
}

registry make_registry()
{
    return make_registry(programme_data()).value();
}

// Checked against the Kota Depok gazetteer and the registry.
validation_context in(registry const& reg)
{
    return {&kota_depok(), nullptr, &reg, {}};
}

cluster good_cluster()
{
    cluster c;
    c.id = id<cluster_id>("sentra-konveksi");
    c.name = "Sentra Konveksi Cipayung";
    c.focus = id<category_id>("konveksi");
    c.locus = zone{
        "senada", "Kawasan Senada", {village_code("32.76.07.1002"), village_code("32.76.07.1004")}};
    c.lead_agency = id<agency_id>("disperindag");
    c.partners = {id<agency_id>("camat-cipayung")};
    for (char const* m : {"k1", "k2", "k3", "k4", "k5", "kul"})
        c.members.push_back(id<enterprise_id>(m));
    c.phases = {{"proposed", date(2019, 9, 1)}, {"launched", date(2019, 12, 17)}};
    event e;
    e.name = "Launch";
    e.kind = event_kind::launch;
    e.date = date(2019, 12, 17);
    e.venue = region_id("32.76.07");
    e.stands = {{id<category_id>("konveksi"), 25, 30}, {id<category_id>("kuliner"), 15, {}}};
    c.events = {e};
    return c;
}

std::vector<std::string> pointers(report const& r)
{
    std::vector<std::string> out;
    for (auto const& p : r.problems()) out.push_back(p.where.pointer);
    return out;
}

} // namespace

TEST_CASE("a good cluster validates clean", "[cluster]")
{
    auto const reg = make_registry();
    auto r = validate(good_cluster(), in(reg));
    INFO(r);
    CHECK(r.empty());
    CHECK(good_cluster().events[0].total_stands() == 40);
    CHECK(good_cluster().entered("launched") == date(2019, 12, 17));
    CHECK(!good_cluster().entered("developing"));
}

TEST_CASE("every cluster finding is reported with its pointer", "[cluster]")
{
    auto const reg = make_registry();
    SECTION("members: unknown, duplicate, outside the locus; too few of one category")
    {
        cluster c = good_cluster();
        c.members = {id<enterprise_id>("k1"), id<enterprise_id>("ghost"), id<enterprise_id>("k1"),
                     id<enterprise_id>("far")};
        auto r = validate(c, in(reg));
        CHECK(pointers(r) ==
              std::vector<std::string>{"/members/1", "/members/2", "/members/3", "/members"});
        auto p = r.problems();
        CHECK(p[0].code == errc::unknown_code);
        CHECK(p[1].code == errc::duplicate_code);
        CHECK(p[2].code == errc::outside_locus);
        CHECK(p[3].code == errc::too_few_members);
        CHECK(p[3].level == severity::warning);
        CHECK(p[3].detail.find("'konveksi'") != std::string::npos);
        CHECK(r.warning_count() == 1);
    }
    SECTION("agencies, category, locus and jurisdiction")
    {
        cluster c = good_cluster();
        c.focus = id<category_id>("batik");
        c.partners.push_back(id<agency_id>("nobody"));
        c.lead_agency = id<agency_id>("camat-cipayung");
        c.locus.regions.push_back(village_code("32.76.01.1006")); // outside the camat's district
        c.locus.regions.push_back(village_code("32.76.07.1099")); // not in the gazetteer
        auto r = validate(c, in(reg));
        CHECK(pointers(r) == std::vector<std::string>{"/focus", "/partners/1", "/locus/regions/2",
                                                      "/locus/regions/3"});
        auto p = r.problems();
        CHECK(p[2].code == errc::outside_jurisdiction);
        CHECK(p[3].code == errc::unknown_code);
        cluster d = good_cluster();
        d.lead_agency = id<agency_id>("nobody");
        CHECK(pointers(validate(d, in(reg))) == std::vector<std::string>{"/lead_agency"});
        cluster e = good_cluster();
        e.lead_agency = {};
        e.locus.regions.clear();
        e.id = {};
        e.name.clear();
        auto const pe = pointers(validate(e, in(reg)));
        REQUIRE(pe.size() >= 4);
        CHECK(std::vector<std::string>(pe.begin(), pe.begin() + 4) ==
              std::vector<std::string>{"/id", "/name", "/lead_agency", "/locus/regions"});
    }
    SECTION("stands: unknown category, negative, over capacity")
    {
        cluster c = good_cluster();
        c.events[0].stands = {{id<category_id>("konveksi"), 31, 30},
                              {id<category_id>("batik"), -2, {}},
                              {id<category_id>("kuliner"), 1, -1}};
        auto r = validate(c, in(reg));
        CHECK(pointers(r) ==
              std::vector<std::string>{"/events/0/stands/0/count", "/events/0/stands/1/category",
                                       "/events/0/stands/1/count", "/events/0/stands/2/capacity"});
        CHECK(r.problems()[0].code == errc::over_capacity);
        CHECK(r.problems()[2].code == errc::out_of_range);
    }
    SECTION("dates and phases out of order")
    {
        cluster c = good_cluster();
        event early = c.events[0];
        early.kind = event_kind::fair;
        early.date = date(2019, 11, 1);
        early.venue = region_id("32.76.07.1099");
        c.events.push_back(early);
        c.phases = {{"launched", date(2019, 12, 17)},
                    {"proposed", date(2019, 9, 1)},
                    {"flourishing", date(2020, 1, 1)},
                    {"dissolved", date(2021, 1, 1)},
                    {"developing", date(2022, 1, 1)}};
        auto r = validate(c, in(reg));
        CHECK(pointers(r) == std::vector<std::string>{"/phases/1/since", "/phases/1/phase",
                                                      "/phases/2/phase", "/phases/4/phase",
                                                      "/events/1/date", "/events/1/venue"});
        CHECK(r.problems()[0].code == errc::out_of_order);
        CHECK(r.problems()[2].code == errc::invalid_value);
        c.phase_set = "unknown-model";
        auto const ps = pointers(validate(c, in(reg)));
        CHECK(std::find(ps.begin(), ps.end(), "/phase_set") != ps.end());
    }
}

TEST_CASE("the registry indexes and refuses duplicates", "[cluster]")
{
    registry reg = make_registry();
    CHECK(reg.find(id<enterprise_id>("k1")).has_value());
    CHECK(reg.find(id<enterprise_id>("none")) == std::nullopt);
    CHECK(reg.find(id<agency_id>("disperindag"))->kind == agency_kind::dinas);
    CHECK(reg.find(id<category_id>("kuliner"))->label() == "Kuliner");
    CHECK(reg.in_region(region_id("32.76.07")).size() == 6);
    CHECK(reg.in_region(region_id("32.76")).size() == 7);
    CHECK(reg.of_category(id<category_id>("konveksi")).size() == 6);
    // Lists with a taken or an empty id are refused, and the registry is as it was.
    document twice = programme_data();
    twice.enterprises.push_back(member("k1", "32.76.07.1002", "konveksi"));
    auto const dup = reg.index(twice.categories, twice.agencies, twice.enterprises, twice.clusters);
    REQUIRE(!dup.ok());
    CHECK(dup.problems()[0].code == errc::duplicate_code);
    CHECK(dup.problems()[0].where.pointer == "/enterprises/7/id");
    CHECK(reg.enterprises().size() == 7);
    CHECK(reg.enterprises().data() == programme_data().enterprises.data()); // not copied
    document nameless = programme_data();
    nameless.enterprises.push_back(enterprise{});
    auto const empty = reg.index(nameless.categories, nameless.agencies, nameless.enterprises,
                                 nameless.clusters);
    REQUIRE(!empty.ok());
    CHECK(empty.problems()[0].code == errc::empty_value);
    CHECK(reg.enterprises().size() == 7);
    CHECK(!reg.add(sentra_phases()));
    CHECK(reg.find_phase_model("bank_indonesia")->rank("phasing_out") == 2);
    document with_cluster = programme_data();
    with_cluster.clusters.push_back(good_cluster());
    CHECK(reg.index(with_cluster.categories, with_cluster.agencies, with_cluster.enterprises,
                    with_cluster.clusters)
              .ok());
    CHECK(reg.find(id<cluster_id>("sentra-konveksi"))->members.size() == 6);
    CHECK(reg.clusters().size() == 1);
    CHECK(reg.agencies().size() == 2);
    CHECK(reg.categories().size() == 4);
}

TEST_CASE("agencies: labels and jurisdiction", "[cluster]")
{
    agency a{id<agency_id>("camat"), "Camat", agency_kind::kantor_kecamatan, region_id("32.76.07")};
    CHECK(a.covers(region_id("32.76.07.1002")));
    CHECK(!a.covers(region_id("32.76.01")));
    CHECK(!a.covers(region_id("32.76"))); // the city is wider than the district
    agency anywhere{id<agency_id>("bank"), "Bank", agency_kind::bank, {}};
    CHECK(anywhere.covers(region_id("11")));
    CHECK(to_label(agency_kind::dinas, lang::id) == "dinas");
    CHECK(to_label(agency_kind::perguruan_tinggi) == "university");
    CHECK(to_label(agency_kind::kepala_daerah, lang::id) == "kantor wali kota/bupati");
}

TEST_CASE("clusters round-trip through JSON", "[cluster]")
{
    cluster c = good_cluster();
    c.established = decree{"SK Wali Kota No. 1/2020 (sample)", date(2020, 1, 6)};
    c.institutions = {{institution_role::upt, "UPT (sample)"}};
    c.goals = {{"certified members", "enterprises", 0, 5, "2020-2022", {{date(2021, 1, 1), 2.5}}}};
    auto text = io::json::serialize(c);
    auto back = io::json::parse<cluster>(text);
    REQUIRE(back.has_value());
    CHECK(*back == c);
    auto bad = io::json::parse<cluster>(R"({"id":"x"})");
    REQUIRE(!bad);
    CHECK(bad.error().problems()[0].code == errc::missing_key);
}

TEST_CASE("analytics against numbers worked by hand", "[cluster][analytics]")
{
    auto const reg = make_registry();
    auto const c = good_cluster();
    auto cats = members_by_category(c, reg);
    CHECK(cats == std::map<std::string, std::size_t>{{"konveksi", 5}, {"kuliner", 1}});
    CHECK(members_by_village(c, reg) ==
          std::map<std::string, std::size_t>{{"32.76.07.1002", 5}, {"32.76.07.1004", 1}});
    CHECK(members_by_size<pp7_2021>(c, reg) == std::map<std::string, std::size_t>{{"mikro", 6}});
    CHECK(members_by_size<permenperin64_2016>(c, reg) ==
          std::map<std::string, std::size_t>{{"", 6}});

    // HHI of 5 and 1: (5/6)^2 + (1/6)^2 = 26/36
    CHECK(std::abs(herfindahl_hirschman(cats).value() - 26.0 / 36.0) < 1e-12);
    CHECK(herfindahl_hirschman({{"a", 1}}).value() == 1.0);
    CHECK(!herfindahl_hirschman({}));

    // LQ: konveksi is 5 of 6 in Cipayung and 6 of 7 in Depok: (5/6)/(6/7) = 35/36
    auto lq = location_quotient(reg, id<category_id>("konveksi"), region_id("32.76.07"),
                                region_id("32.76"));
    CHECK(std::abs(lq.value() - 35.0 / 36.0) < 1e-12);
    // by workers: all have 5, so the same
    auto lqw = location_quotient(reg, id<category_id>("konveksi"), region_id("32.76.07"),
                                 region_id("32.76"), lq_measure::workers);
    CHECK(std::abs(lqw.value() - 35.0 / 36.0) < 1e-12);
    CHECK(location_quotient(20, 100, 50, 1000).value() == 4.0);
    CHECK(!location_quotient(1, 0, 1, 1));
    CHECK(!location_quotient(2, 1, 1, 1));
    CHECK(!location_quotient(reg, id<category_id>("batik"), region_id("32.76.07"),
                             region_id("32.76")));

    // strong cluster: LQ >= 1 and at or above the 75th percentile (nearest rank)
    std::vector<double> const all{0.5, 0.8, 1.1, 1.4, 2.0, 3.0, 0.9, 1.2};
    // sorted 0.5 0.8 0.9 1.1 1.2 1.4 2.0 3.0; rank ceil(0.75*8)=6 -> 1.4
    CHECK(is_strong_cluster(1.4, all));
    CHECK(!is_strong_cluster(1.3, all));
    CHECK(!is_strong_cluster(0.95, all, 0.0));
    CHECK(is_strong_cluster(1.0, all, 0.0));
    CHECK(!is_strong_cluster(5.0, {}));

    // shift-share: region 100 -> 130 workers in the industry; reference industry
    // 1000 -> 1100; reference total 10000 -> 10500.
    // national 100*0.05 = 5; mix 100*(0.10-0.05) = 5; regional 100*(0.30-0.10) = 20
    auto ss = shift_share(100, 130, 1000, 1100, 10000, 10500).value();
    CHECK(std::abs(ss.national_share - 5) < 1e-9);
    CHECK(std::abs(ss.industry_mix - 5) < 1e-9);
    CHECK(std::abs(ss.regional_shift - 20) < 1e-9);
    CHECK(std::abs(ss.total() - 30) < 1e-9);
    CHECK(!shift_share(0, 1, 1, 1, 1, 1));
    CHECK(!shift_share(1, -1, 1, 1, 1, 1));
}

TEST_CASE("a programme builds its registry or says which ids clash", "[cluster]")
{
    document p;
    p.categories = cipayung::categories();
    p.enterprises = {member("a", "32.76.07.1002", "konveksi"),
                     member("b", "32.76.07.1002", "konveksi"),
                     member("a", "32.76.07.1004", "kuliner")};
    p.categories.push_back(p.categories[0]);
    auto r = make_registry(p);
    REQUIRE(!r);
    CHECK(pointers(r.error()) == std::vector<std::string>{"/categories/4/id", "/enterprises/2/id"});
    p.enterprises.pop_back();
    p.categories.pop_back();
    auto ok = make_registry(p);
    REQUIRE(ok.has_value());
    CHECK(ok->enterprises().size() == 2);
    auto text = io::json::serialize(p);
    CHECK(io::json::parse<document>(text).value() == p);
    // The bare programme file of earlier versions (no header) reads into a document too.
    auto const lists = R"({"categories": [], "agencies": [], "enterprises": [], "clusters": []})";
    CHECK(io::parse_programme(lists).value() == document{});
    CHECK(io::parse_programme(text).value() == p);
    CHECK(!io::parse_programme(R"({"categories": 3})"));
}

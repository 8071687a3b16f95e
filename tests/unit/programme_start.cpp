#include <sentra/programme_start.hpp>

#include <sentra/io/reference_data.hpp>
#include <sentra/validation.hpp>

#include "catch.hpp"

#include <string>
#include <vector>

namespace {

using namespace sentra;

gazetteer const& official_regions()
{
    static gazetteer const g = io::load_gazetteer("2025").value();
    return g;
}

region_id code(std::string_view text)
{
    return region_id::parse(text).value();
}

// Kota Makassar, with two kelurahan of Kecamatan Ujung Pandang and one of Mariso.
struct makassar {
    region_id area = code("73.71");
    std::vector<region_id> locus;
    programme_start answers;
    makassar()
    {
        auto const& g = official_regions();
        auto const city = g.find(area).value();
        for (auto const* name : {"Losari", "Maloku"})
            locus.push_back(g.lookup_name(name, region_level::village, city).value().code());
        answers.name = "Program Sentra Kuliner Kota Makassar";
        answers.cluster = "Sentra Kuliner Pantai Losari";
        answers.focus = "kuliner";
        answers.lead = "diskopukm";
        answers.partners = {"disperindag", "dinkes", "kecamatan"};
    }
};

} // namespace

TEST_CASE("common_categories: every code is in its edition's catalog", "[starter]")
{
    auto const k2020 = io::load_kbli().value();
    auto const k2025 = io::load_kbli2025().value();
    REQUIRE(common_categories().size() >= 8);
    for (auto const* id : {"konveksi", "fashion", "kuliner", "kerajinan", "batik", "mebel", "logam",
                           "pertanian-olahan"}) {
        auto const c = find_common_category(id);
        REQUIRE(c);
        CHECK(!c->label_id.empty());
        CHECK(!c->label_en.empty());
        REQUIRE(!c->kbli2020.empty());
        REQUIRE(!c->kbli2025.empty());
        for (auto const code_text : c->kbli2020) {
            INFO(id << " 2020 " << code_text);
            CHECK(k2020.lookup(code_text));
        }
        for (auto const code_text : c->kbli2025) {
            INFO(id << " 2025 " << code_text);
            CHECK(k2025.lookup(code_text));
        }
    }
    CHECK_FALSE(find_common_category("Kuliner")); // ids, not labels
    // Batik moved: 13134 in KBLI 2020, 13133 in KBLI 2025, and each is titled batik.
    CHECK(k2020.lookup("13134")->title().find("Batik") != std::string_view::npos);
    CHECK(k2025.lookup("13133")->title().find("BATIK") != std::string_view::npos);
}

TEST_CASE("make_category: the codes of the programme's edition", "[starter]")
{
    auto const batik = find_common_category("batik").value();
    auto const c2020 = make_category<indonesia>(batik).value();
    auto const c2025 = make_category<indonesia_kbli2025>(batik).value();
    CHECK(c2020.id.view() == "batik");
    CHECK(c2020.label_id == "Batik");
    REQUIRE(c2020.codes.size() == 1);
    CHECK(c2020.codes[0].to_string() == "13134");
    CHECK(c2025.codes[0].to_string() == "13133");
}

TEST_CASE("usual_agencies: named as the region names them", "[starter]")
{
    for (auto const* id : {"disperindag", "diskopukm", "dpmptsp", "dinkes", "bappeda", "disnaker",
                           "dpupr", "kecamatan"})
        CHECK(find_usual_agency(id));
    CHECK_FALSE(find_usual_agency("dinas"));
    CHECK(find_usual_agency("diskopukm")->name_in("Kota Makassar") == "Dinas Koperasi dan UKM Kota Makassar");
    CHECK(find_usual_agency("kecamatan")->of_district);
    CHECK(find_usual_agency("bappeda")->kind == agency_kind::badan);
}

TEST_CASE("start_programme: a document that validates, for a city outside Java", "[starter]")
{
    makassar m;
    auto const d = start_programme<indonesia_kbli2025>(m.answers, official_regions(), m.area, m.locus);
    REQUIRE(d);
    CHECK(d->region_edition == "2025");
    CHECK(d->classification == "kbli2025");
    CHECK(d->name == "Program Sentra Kuliner Kota Makassar");
    REQUIRE(d->categories.size() == 1);
    CHECK(d->categories[0].label_id == "Kuliner");
    REQUIRE(d->agencies.size() == 4);
    CHECK(d->agencies[0].id.view() == "diskopukm-kota-makassar");
    CHECK(d->agencies[0].name == "Dinas Koperasi dan UKM Kota Makassar");
    CHECK(d->agencies[0].jurisdiction->to_string() == "73.71");
    CHECK(d->agencies[1].name == "Dinas Perindustrian dan Perdagangan Kota Makassar");
    CHECK(d->agencies[2].name == "Dinas Kesehatan Kota Makassar");
    // Losari and Maloku are both in Kecamatan Ujung Pandang: one camat.
    CHECK(d->agencies[3].name == "Kecamatan Ujung Pandang");
    CHECK(d->agencies[3].kind == agency_kind::kantor_kecamatan);
    CHECK(d->agencies[3].jurisdiction->level() == 2);

    REQUIRE(d->clusters.size() == 1);
    auto const& c = d->clusters[0];
    CHECK(c.id.view() == "sentra-kuliner-pantai-losari");
    CHECK(c.lead_agency == d->agencies[0].id);
    CHECK(c.partners.size() == 3);
    CHECK(c.locus.name == "Losari, Maloku");
    CHECK(c.locus.regions == m.locus);
    CHECK(c.focus == d->categories[0].id);
    CHECK(c.phase_set == "sentra");
    CHECK(c.phases.empty());

    // Routing: financing to DKUM (the lead), marketing to Disperindag, certification of
    // kuliner to Dinkes before Disperindag, the camat coordinating the rest.
    REQUIRE(d->routing);
    CHECK(d->routing->default_coordinator == d->agencies[3].id);
    auto agency_for = [&](case_topic t) {
        for (auto const& r : d->routing->rules)
            if (r.topic == t) return r.agency.to_string() + (r.category ? "/" + r.category->to_string() : "");
        return std::string();
    };
    CHECK(agency_for(case_topic::financing) == "diskopukm-kota-makassar");
    CHECK(agency_for(case_topic::marketing) == "disperindag-kota-makassar");
    CHECK(agency_for(case_topic::certification) == "dinkes-kota-makassar/kuliner");
    CHECK(agency_for(case_topic::permits).empty()); // no DPMPTSP: the coordinator's
    REQUIRE(d->deadlines);
    CHECK(*d->deadlines == deadline_policy::lapor());
    REQUIRE(d->time_zone);
    CHECK(d->time_zone->to_string() == "WITA");

    // Valid: the one finding is the members not yet imported.
    auto const found = validate(*d, {&official_regions(), nullptr, nullptr, {}});
    CHECK(found.ok());
    REQUIRE(found.problems().size() == 1);
    CHECK(found.problems()[0].id == message_id("cluster.no_members"));
    CHECK(found.problems()[0].where.pointer == "/clusters/0/members");
    CHECK(found.problems()[0].detail(lang::en).ends_with("it has no members yet"));

    // KBLI 2020: the same programme with that edition's codes.
    auto const old = start_programme<indonesia>(m.answers, official_regions(), m.area, m.locus);
    REQUIRE(old);
    CHECK(old->classification == "kbli2020");
    CHECK(old->categories[0].codes[0].to_string() == "561");
}

TEST_CASE("start_programme: a kecamatan as the locus, and the date it was proposed", "[starter]")
{
    makassar m;
    m.locus = {code("73.71.01")};
    m.answers.partners = {"kecamatan"};
    m.answers.locus_name = "Kawasan Kuliner";
    m.answers.proposed = date::parse("2026-12-01").value();
    auto const d = start_programme<indonesia_kbli2025>(m.answers, official_regions(), m.area, m.locus).value();
    CHECK(d.clusters[0].locus.name == "Kawasan Kuliner");
    CHECK(d.clusters[0].locus.id == "lokus-kawasan-kuliner");
    REQUIRE(d.clusters[0].phases.size() == 1);
    CHECK(d.clusters[0].phases[0].phase == "proposed");
    CHECK(d.agencies.back().jurisdiction->to_string() == "73.71.01");
}

TEST_CASE("start_programme: wrong answers, each named, the valid ones listed", "[starter]")
{
    auto const& g = official_regions();
    makassar m;
    auto fails = [&](programme_start const& a, region_id const& area, std::vector<region_id> const& locus) {
        auto d = start_programme<indonesia_kbli2025>(a, g, area, locus);
        REQUIRE_FALSE(d);
        return d.error();
    };
    auto a = m.answers;
    a.focus = "Kuliner";
    auto e = fails(a, m.area, m.locus);
    CHECK(e.id == message_id("start.unknown_focus"));
    CHECK(e.where.field == "focus");
    CHECK(e.detail(lang::en).find("konveksi, fashion, kuliner") != std::string::npos);

    a = m.answers;
    a.partners = {"dinkes", "dinas-pariwisata"};
    e = fails(a, m.area, m.locus);
    CHECK(e.id == message_id("start.unknown_agency"));
    CHECK(e.where.field == "partners/1");
    CHECK(e.detail(lang::id).find("disperindag") != std::string::npos);

    a = m.answers;
    a.lead = "";
    CHECK(fails(a, m.area, m.locus).where.field == "lead");

    CHECK(fails(m.answers, code("73"), m.locus).id == message_id("start.area_level"));          // a province
    CHECK(fails(m.answers, code("73.71.01"), m.locus).id == message_id("start.area_level"));    // a district
    CHECK(fails(m.answers, code("73.99"), m.locus).id == message_id("region.not_in_gazetteer")); // no such city
    e = fails(m.answers, m.area, {code("32.76.07.1002")});                           // Depok
    CHECK(e.id == message_id("start.outside_area"));
    CHECK(e.where.field == "locus/0");
    CHECK(e.detail(lang::en).find("Kota Makassar") != std::string::npos);
    CHECK(fails(m.answers, m.area, {m.area}).id == message_id("start.outside_area")); // the city itself
    CHECK(fails(m.answers, m.area, {}).id == message_id("start.no_locus"));
    CHECK(fails(m.answers, m.area, {code("73.71.01.1999")}).id == message_id("region.not_in_gazetteer"));

    // Long names make ids of at most 64 characters.
    a = m.answers;
    a.cluster = std::string(200, 'x') + " Sentra";
    auto const d = start_programme<indonesia_kbli2025>(a, g, m.area, m.locus).value();
    CHECK(d.clusters[0].id.size() <= 64);
    // Unicode and punctuation: ids of ASCII letters, digits and '-'.
    a.cluster = "Sentra Kuliner \"Losari\" — Makassar (2026)";
    CHECK(start_programme<indonesia_kbli2025>(a, g, m.area, m.locus)->clusters[0].id.view() ==
          "sentra-kuliner-losari-makassar-2026");
    // A name with no ASCII letter or digit still makes an id.
    a.cluster = "\xE2\x80\x94\xE2\x80\x94";
    CHECK(start_programme<indonesia_kbli2025>(a, g, m.area, m.locus)->clusters[0].id.view() == "x");
}

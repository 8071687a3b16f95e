#include <sentra/report/cluster_report.hpp>

#include <sentra/io/document.hpp>
#include <sentra/io/html_report.hpp>
#include <sentra/io/reference_data.hpp>

#include "catch.hpp"

#include <filesystem>
#include <string>

namespace {

using namespace sentra;

document const& cipayung()
{
    static document const d =
        io::read_document_file(std::filesystem::path(SENTRA_TEST_DIR) / "data/documents/cipayung.json")
            .value()
            .document;
    return d;
}

gazetteer const& official_regions()
{
    static gazetteer const g = io::load_gazetteer("2025").value();
    return g;
}

cluster_id const konveksi = *cluster_id::parse("sentra-konveksi-cipayung");
timestamp const march = *timestamp::parse("2020-03-01T10:00:00+07:00");

} // namespace

TEST_CASE("the report of the founding case's cluster: its figures", "[report]")
{
    auto r = make_cluster_report(cipayung(), konveksi, march, lang::id, &official_regions());
    REQUIRE(r.has_value());
    CHECK(r->programme == "Cipayung Industry Cluster Development Programme");
    CHECK(r->cluster.name == "Sentra Konveksi Cipayung");
    CHECK(r->members == 7);
    // the launch event's stands: 25 konveksi, 5 fashion, 15 kuliner, 5 kerajinan
    REQUIRE(r->launch.has_value());
    REQUIRE(r->stands_by_category.size() == 4);
    CHECK(r->stands_by_category[0].count == 25);
    CHECK(r->stands_by_category[0].label == "Konveksi");
    CHECK(r->stands_by_category[1].count == 5);
    CHECK(r->stands_by_category[2].count == 15);
    CHECK(r->stands_by_category[3].count == 5);
    // the locus by its full name, most specific first, from the gazetteer
    REQUIRE(r->locus_names.size() == 2);
    CHECK(r->locus_names[0].starts_with("Cipayung Jaya, Cipayung, "));
    CHECK(r->locus_names[0].ends_with(", Jawa Barat"));
    CHECK(r->lead_agency == "Dinas Perindustrian dan Perdagangan Kota Depok");
    CHECK(r->phase == "launched");
    // members: by category, size (PP 7/2021, empowerment) and village
    std::size_t by_category = 0, by_village = 0;
    for (auto const& c : r->members_by_category) by_category += c.count;
    for (auto const& v : r->members_by_village) by_village += v.count;
    CHECK(by_category == 7);
    CHECK(by_village == 7);
    CHECK(r->members_by_village[0].label == "Cipayung Jaya");
    CHECK(r->members_by_size.by_class.at(size_class::mikro) == 5);
    // cases at 1 March 2020: the one case is open, in coordination, its resolution clock
    // running, its follow-up overdue
    CHECK(r->cases == 1);
    CHECK(r->cases_open == 1);
    REQUIRE(r->cases_by_status.size() == 1);
    CHECK(r->cases_by_status[0].key == "in_coordination");
    CHECK(r->cases_by_status[0].label == "dalam koordinasi");
    CHECK(r->ageing.on_time == 1);
    CHECK(r->ageing.late == 0);
    CHECK(r->ageing.overdue_now == 1);
    CHECK(r->ageing.running == 1);
    CHECK(r->ageing.share_on_time() == 0.5);
    REQUIRE(r->overdue.size() == 1);
    CHECK(r->overdue[0].id.to_string() == "case-2020-001");
    CHECK(r->overdue[0].finding.days_late == 34);
    CHECK(r->overdue[0].title == cipayung().cases[0].title);
    REQUIRE(r->agencies.size() == 1);
    CHECK(r->agencies[0].clocks.overdue_now == 1);
    CHECK(!r->agencies[0].median_working_days); // none answered yet
    CHECK(r->findings.empty());
}

TEST_CASE("the report in English, without a gazetteer, and for an unknown cluster", "[report]")
{
    auto r = make_cluster_report(cipayung(), konveksi, march, lang::en);
    REQUIRE(r.has_value());
    CHECK(r->language == lang::en);
    CHECK(r->stands_by_category[0].label == "Garment making");
    CHECK(r->cases_by_status[0].label == "in coordination");
    // no gazetteer: the codes stand for the names
    CHECK(r->locus_names[0] == "32.76.07.1002");
    CHECK(r->members_by_village[0].label == r->members_by_village[0].key);
    // as of a time before the case was reported: no case, nothing judged yet
    auto early = make_cluster_report(cipayung(), konveksi, *timestamp::parse("2019-12-20T09:00:00+07:00"));
    REQUIRE(early.has_value());
    CHECK(early->cases == 0);
    CHECK(!early->ageing.share_on_time());
    CHECK(early->overdue.empty());
    // as of the day after the report: the case as its log stood then (reported, assigned)
    auto next = make_cluster_report(cipayung(), konveksi, *timestamp::parse("2020-01-06T12:00:00+07:00"));
    REQUIRE(next.has_value());
    CHECK(next->cases == 1);
    CHECK(next->cases_by_status[0].key != "in_coordination");
    auto unknown = make_cluster_report(cipayung(), *cluster_id::parse("sentra-tidak-ada"), march);
    REQUIRE(!unknown);
    CHECK(unknown.error().problems()[0].code == errc::unknown_code);
    CHECK(unknown.error().problems()[0].where.pointer == "/clusters");
}

TEST_CASE("a median of working days and the share met on time", "[report]")
{
    CHECK(!sentra::detail::median({}));
    CHECK(sentra::detail::median({3, 1, 2}) == 2);
    CHECK(sentra::detail::median({4, 1, 2, 3}) == 2.5);
    deadline_ageing a;
    CHECK(!a.share_on_time());
    a.running = 4; // running clocks have no verdict yet
    CHECK(!a.share_on_time());
    a.on_time = 3;
    a.late = 1;
    CHECK(a.share_on_time() == 0.75);
}

TEST_CASE("a confidential case's title is withheld from the report", "[report][privacy]")
{
    document d = cipayung();
    d.cases[0].privacy.confidential = true;
    d.cases[0].title = "Pungutan liar oleh oknum";
    auto const id = make_cluster_report(d, konveksi, march, lang::id).value();
    REQUIRE(id.overdue.size() == 1);
    CHECK(id.overdue[0].title == "[dirahasiakan]");
    auto const en = make_cluster_report(d, konveksi, march, lang::en).value();
    CHECK(en.overdue[0].title == "[withheld]");
    CHECK(io::cluster_report_html(en).find("Pungutan") == std::string::npos);
}

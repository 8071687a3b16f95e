// The founding case in code: the Cipayung garment centre (sentra konveksi) of Kota Depok,
// launched on 17 December 2019, with the Senada zone over the kelurahan Cipayung Jaya and
// Bojong Pondok Terong as its locus and the city's Department of Industry and Trade as
// lead agency. Agencies, zone, cluster and launch (25 konveksi, 5 fashion, 15 kuliner and
// 5 kerajinan stands) are from the DepokTime article of that day; the member enterprises
// are INVENTED SAMPLE DATA. It validates the whole, prints the analytics, follows a case
// within SP4N-LAPOR!'s deadlines in Depok's time zone (WIB) and, with `--json FILE`,
// writes everything as one sentra document (the programme, its routing rules, deadlines
// and the case) and checks that it reads back equal.
#include <sentra/business/category.hpp>
#include <sentra/cluster/analytics.hpp>
#include "programme.hpp"
#include <sentra/document.hpp>
#include <sentra/cluster/registry.hpp>
#include <sentra/coordination/deadlines.hpp>
#include <sentra/coordination/routing.hpp>
#include <sentra/io/document.hpp>
#include <sentra/io/json.hpp>
#include <sentra/region/depok.hpp>
#include <sentra/validation.hpp>

#include <boost/describe/enum_to_string.hpp>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <string_view>

using namespace sentra;
using namespace sentra::literals;

namespace {

// Invented sample enterprises: names, numbers and figures are not real.
std::vector<enterprise> sample_enterprises()
{
    struct row {
        char const* id;
        char const* name;
        village_code village;
        char const* kbli;
        char const* category;
        std::int64_t capital;
        std::int64_t sales; // of 2019
        std::uint32_t workers;
    };
    row const rows[] = {
        {"ent-001", "Konveksi Sampel Satu", "32.76.07.1002", "14111", "konveksi", 150'000'000,
         900'000'000, 12},
        {"ent-002", "Konveksi Sampel Dua", "32.76.07.1002", "14111", "konveksi", 600'000'000,
         3'200'000'000, 25},
        {"ent-003", "Konveksi Sampel Tiga", "32.76.07.1004", "14120", "konveksi", 90'000'000,
         400'000'000, 6},
        {"ent-004", "Konveksi Sampel Empat", "32.76.07.1004", "14111", "konveksi", 1'200'000'000,
         16'000'000'000, 40},
        {"ent-005", "Konveksi Sampel Lima", "32.76.07.1002", "14112", "konveksi", 75'000'000,
         250'000'000, 4},
        {"ent-006", "Kuliner Sampel", "32.76.07.1004", "10792", "kuliner", 20'000'000,
         120'000'000, 3},
        {"ent-007", "Rajut Sampel", "32.76.07.1002", "14301", "fashion", 300'000'000,
         1'100'000'000, 9},
        {"ent-008", "Konveksi Sampel Pancoran Mas", "32.76.01.1006", "14111", "konveksi",
         100'000'000, 500'000'000, 7},
    };
    std::vector<enterprise> out;
    for (auto const& r : rows) {
        enterprise e;
        e.id = enterprise_id::parse(r.id).value();
        e.name = std::string(r.name) + " (sample data)";
        e.village = r.village;
        e.kbli = {kbli_subclass::parse(r.kbli).value()};
        e.category = category_id::parse(r.category).value();
        e.capital = figure<rupiah>(rupiah(r.capital), 2019);
        e.annual_sales = figure<rupiah>(rupiah(r.sales), 2019);
        e.workers = figure<std::uint32_t>(r.workers, 2019);
        e.founded = date(2012, 1, 15);
        out.push_back(std::move(e));
    }
    return out;
}

cluster garment_centre()
{
    cluster c;
    c.id = "sentra-konveksi-cipayung"; // ids, codes and dates written here are checked when compiled
    c.name = "Sentra Konveksi Cipayung";
    c.focus = category_id("konveksi");
    c.locus = zone{
        "senada", "Kawasan Senada", {village_code("32.76.07.1002"), village_code("32.76.07.1004")}};
    c.lead_agency = "disperindag-depok";
    c.partners = {"kecamatan-cipayung", "dkum-depok", "dpmptsp-depok", "dinkes-depok",
                  "bappeda-depok"};
    c.institutions = {{institution_role::pengurus, "Pengurus Sentra Konveksi Cipayung (sample)"}};
    for (char const* m :
         {"ent-001", "ent-002", "ent-003", "ent-004", "ent-005", "ent-006", "ent-007"})
        c.members.push_back(enterprise_id::parse(m).value());
    c.phase_set = "sentra";
    c.phases = {{"proposed", date(2019, 9, 1), "sample"},
                {"launched", date(2019, 12, 17), "DepokTime, 17 December 2019"}};
    // The article's stated aims (no figures given), then one invented, quantified goal.
    std::string const article = "DepokTime, 17 December 2019";
    c.goals = {{"daya saing IKM anggota (members' competitiveness)", "", {}, {}, "", {}, article},
               {"produksi IKM anggota (members' production)", "", {}, {}, "", {}, article},
               {"pemasaran produk IKM (marketing of members' products)", "", {}, {}, "", {}, article},
               {"members with halal or SNI certification", "enterprises", 0, 5, "2020-2022", {},
                "sample", "anggota bersertifikat halal atau SNI",
                "members with halal or SNI certification", "usaha", "enterprises"}};
    event launch;
    launch.name = "Pencanangan Pembinaan Cluster Industri Cipayung";
    launch.kind = event_kind::launch;
    launch.date = date(2019, 12, 17);
    launch.venue = region_id("32.76.07");
    launch.stands = {{category_id("konveksi"), 25, {}},
                     {category_id("fashion"), 5, {}},
                     {category_id("kuliner"), 15, {}},
                     {category_id("kerajinan"), 5, {}}};
    c.events = {launch};
    return c;
}

void print_counts(char const* title, std::map<std::string, std::size_t> const& counts)
{
    std::cout << title << ":";
    for (auto const& [k, n] : counts)
        std::cout << "  " << (k.empty() ? "(unknown)" : k) << " " << n;
    std::cout << '\n';
}

} // namespace

int main(int argc, char** argv)
{
    std::string json_file;
    for (int i = 1; i < argc; ++i) {
        std::string_view const a = argv[i];
        if (a == "--json" && i + 1 < argc)
            json_file = argv[++i];
        else {
            std::cerr << "usage: cipayung [--json FILE]\n";
            return 2;
        }
    }

    document data;
    data.name = "Cipayung Industry Cluster Development Programme (sample members)";
    data.region_edition = "2025"; // the Kemendagri decree its codes follow
    data.categories = cipayung::categories();
    data.agencies = cipayung::agencies();
    data.routing = cipayung::routing();
    data.deadlines = cipayung::deadlines();
    data.enterprises = sample_enterprises();
    data.clusters = {garment_centre()};
    registry const reg = make_registry(data).value();
    // Working days are counted in the programme's zone: WIB, from its regions (Jawa Barat).
    working_calendar const calendar = calendar_of(data).value();

    cluster const& c = data.clusters.front();
    auto const lead = reg.find(c.lead_agency);
    std::cout << c.name << " (" << c.id << "), locus " << c.locus.name << ", lead "
              << lead->name << " (the article: " << lead->aliases->front() << ")\n";
    for (auto const& ev : c.events) {
        std::cout << ev.date << "  " << ev.name << ": " << ev.total_stands() << " stands (";
        for (std::size_t i = 0; i < ev.stands.size(); ++i)
            std::cout << (i ? ", " : "") << ev.stands[i].count << ' '
                      << reg.find(ev.stands[i].category)->label(lang::id);
        std::cout << ")\n";
    }

    // Checked against the city's regions and the programme's own lists, on launch day.
    validation_context const cx{&kota_depok(), nullptr, &reg, date(2019, 12, 17)};
    std::size_t problems = 0;
    for (auto const& e : data.enterprises) {
        auto r = validate(e, cx);
        for (auto const& p : r.problems()) std::cout << e.id << ": " << p << '\n';
        problems += r.error_count();
    }
    auto findings = validate(c, cx);
    for (auto const& p : findings.problems()) std::cout << c.id << ": " << p << '\n';
    problems += findings.error_count();
    std::cout << "validation: " << problems << " errors, " << findings.warning_count()
              << " warnings\n";

    print_counts("members by category", members_by_category(c, reg));
    // Members operating since before 2021, empowered by the programme: PP 7/2021 Art. 35(6)
    // classifies them by annual sales (capital would say otherwise for one of them).
    auto const sizes = members_by_size<pp7_2021>(c, reg, size_purpose::empowerment);
    std::cout << "members by size (PP 7/2021, " << to_label(size_purpose::empowerment, lang::id)
              << "):";
    for (auto const& [size, n] : sizes.by_class) std::cout << "  " << to_label(size, lang::id) << ' ' << n;
    std::cout << "; unclassified " << sizes.unclassified << ", criteria disagree for "
              << sizes.conflicts << '\n';
    print_counts("members by village", members_by_village(c, reg));
    if (auto h = herfindahl_hirschman(members_by_category(c, reg)))
        std::cout << "category mix HHI: " << *h << '\n';
    if (auto lq = location_quotient(reg, category_id("konveksi"), region_id("32.76.07"),
                                    region_id("32.76")))
        std::cout << "LQ of konveksi in Kecamatan Cipayung against Kota Depok (sample): " << *lq
                  << '\n';

    // The article's promise: a marketing problem is coordinated with the relevant agency
    // and followed up, not merely ceremonial. Routed, co-handled, resolved, and logged.
    coordination_case kasus;
    kasus.id = "case-2020-001";
    kasus.cluster = c.id;
    kasus.raised_by = {"ent-001", "ent-002"};
    kasus.topic = case_topic::marketing;
    kasus.title = "Pemasaran produk konveksi ke luar Depok";
    kasus.description = "Members ask for help reaching buyers outside the city (sample).";
    auto when = [](char const* t) { return timestamp::parse(t).value(); };
    auto step = [&](log_entry e) {
        if (auto r = record(kasus, std::move(e)); !r) {
            std::cerr << "cipayung: " << r.error() << '\n';
            std::exit(1);
        }
    };
    step({when("2020-01-06T09:00:00+07:00"), "kecamatan-cipayung", case_action::report});
    auto const routed = route(cipayung::routing(), kasus.topic, c.focus, region_id("32.76.07.1002"));
    step(assignment(routed, when("2020-01-06T10:00:00+07:00"), "kecamatan-cipayung"));
    log_entry answer{when("2020-01-08T09:00:00+07:00"), "disperindag-depok", case_action::respond};
    answer.note = "Disperindag and DKUM will arrange business matching with buyers";
    step(answer);
    log_entry task{when("2020-01-08T10:00:00+07:00"), "disperindag-depok", case_action::add_task};
    task.agency = agency_id("dkum-depok");
    task.task = "business matching with buyers";
    step(task);
    step({when("2020-01-08T11:00:00+07:00"), "disperindag-depok", case_action::start_coordination});
    log_entry note{when("2020-01-09T14:00:00+07:00"), "disperindag-depok", case_action::note};
    note.note = "a stand at the city's bazaar booked for the members";
    step(note);
    log_entry done{when("2020-01-10T11:00:00+07:00"), "dkum-depok", case_action::update_task};
    done.task_index = 0;
    done.state = task_state::done;
    step(done);
    log_entry resolved{when("2020-01-13T15:00:00+07:00"), "disperindag-depok", case_action::resolve};
    resolved.note = "the members sold at the bazaar; two buyers from Bogor signed orders";
    step(resolved);
    std::cout << "case " << kasus.id << " (" << kasus.title << "), routed by " << routed.version
              << " to " << routed.agency << ":\n";
    auto print_log = [&](std::size_t from) {
        for (std::size_t i = from; i < kasus.log.size(); ++i) {
            auto const& e = kasus.log[i];
            std::cout << "  " << calendar.zone().in_zone(e.at) << "  " << e.actor << "  "
                      << to_label(e.action, lang::id);
            if (e.agency) std::cout << " -> " << *e.agency;
            if (e.task) std::cout << ": " << *e.task;
            if (e.note) std::cout << ": " << *e.note;
            std::cout << '\n';
        }
    };
    print_log(0);
    // Each SP4N-LAPOR! clock of the case, in WIB working days.
    auto const policy = cipayung::deadlines();
    auto const clocks = deadlines(kasus, policy, calendar, kasus.log.back().at).value();
    std::cout << "  deadlines (" << clocks.policy_version << ", " << to_label(calendar.zone(), lang::id)
              << "):\n";
    for (auto const& k : clocks.clocks)
        std::cout << "    " << to_label(k.kind, lang::id) << ": " << k.allowed.days << ' '
                  << to_label(k.allowed.kind, lang::id) << " from " << k.start << ", due " << k.due
                  << ", " << to_label(k.outcome, lang::id)
                  << (k.ended ? " " + k.ended->to_string() : std::string())
                  << (k.met_on_time() ? " (on time)" : "") << '\n';
    // The reporter did not answer the resolution: ten days on, the case is due to be
    // completed, and the administrator records it (nothing changes a case by itself).
    auto const ten_days_on = when("2020-01-23T09:00:00+07:00");
    if (auto due = due_for_completion(kasus, policy, calendar, ten_days_on).value()) {
        std::cout << "  due for completion since " << due->due << " (no reply from the reporter for "
                  << due->days_silent << " days):\n";
        std::size_t const before = kasus.log.size();
        for (auto& e : completion_entries(*due, ten_days_on, "kecamatan-cipayung")) step(e);
        print_log(before);
    }
    auto const state = replay(kasus).value();
    std::cout << "  status " << to_label(state.status, lang::id) << "; overdue now: "
              << overdue(kasus, policy, calendar, ten_days_on).value().size() << '\n';

    if (!json_file.empty()) {
        // Everything in one sentra document (docs/json-format.md), in canonical form.
        document doc = data;
        doc.cases = {kasus};
        std::string const text = io::write_document(doc);
        {
            std::ofstream out(json_file, std::ios::binary);
            out << text;
            if (!out) {
                std::cerr << "cipayung: cannot write " << json_file << '\n';
                return 2;
            }
        }
        auto back = io::read_document(text);
        if (!back || !(back->document == doc) || io::write_document(back->document) != text) {
            std::cerr << "cipayung: the JSON did not read back equal\n";
            return 1;
        }
        std::cout << "wrote " << json_file << " (" << text.size()
                  << " bytes); it reads back equal\n";
    }
    return problems == 0 ? 0 : 1;
}

// A newcomer's whole programme in one file, the size of the one issue 35 timed: a culinary
// cluster in Kota Makassar. The national gazetteer and KBLI, a cluster with its members and
// their PP 7/2021 size classes, validation, a case with SP4N-LAPOR!'s deadlines, the
// document written and read back, the case exported as Open311, the cluster's HTML report,
// and members imported from a spreadsheet's CSV. benchmarks/build_cost.py measures what this
// file costs to compile (header-only, with the compiled library, precompiled); the tests
// build and run it, and tests/package/check.sh builds it against the installed library.
#include <sentra/sentra.hpp>

#include <chrono>
#include <cstdint>
#include <iostream>
#include <string>

using namespace sentra;
using namespace std::chrono_literals;

namespace {

// Fails the programme with what went wrong.
int fail(char const* what)
{
    std::cerr << "app: " << what << '\n';
    return 1;
}

enterprise member(enterprise_id id, char const* name, village_code village, std::uint32_t workers,
                  std::int64_t sales_million)
{
    enterprise e;
    e.id = id;
    e.name = name;
    e.village = village;
    e.kbli = {kbli_subclass("56102")}; // Rumah/Warung Makan
    e.category = "kuliner"_category;
    e.workers = figure<std::uint32_t>(workers, 2025);
    e.annual_sales = figure<rupiah>(rupiah(sales_million * 1'000'000), 2025);
    return e;
}

} // namespace

int main()
{
    // 1. The reference data that ships with sentra, found with no path.
    gazetteer const regions = io::load_gazetteer().value();
    kbli_catalog const kbli = io::load_kbli().value();

    // 2. The city and the kelurahan of the locus, as people write them.
    auto const city = regions.lookup_name("Kota Makassar", region_level::regency);
    if (!city) return fail("Kota Makassar not found once");
    auto const found = regions.lookup_name("Kelurahan Maccini", region_level::village, *city);
    if (!found) return fail("Kelurahan Maccini not found once");
    village_code const maccini = *found->as<village_code>();
    std::cout << found->name() << ", " << found->parent()->name() << ", " << city->name()
              << ": " << maccini << '\n';
    std::cout << "56102 " << kbli.find(kbli_subclass("56102"))->title(lang::id) << '\n';

    // 3. The programme: a category, two agencies, members, the cluster.
    document d;
    d.name = "Program Sentra Kuliner Maccini";
    d.region_edition = "2025";
    d.categories = {{"kuliner", "Kuliner", "Culinary", {kbli_code("56")}}};
    region_id const makassar = city->code();
    d.agencies = {{"diskopukm-makassar", "Dinas Koperasi dan UKM Kota Makassar", agency_kind::dinas,
                   makassar},
                  {"disperindag-makassar", "Dinas Perindustrian dan Perdagangan Kota Makassar",
                   agency_kind::dinas, makassar}};
    d.enterprises = {member("kuliner-001", "Warung Coto Daeng", maccini, 4, 300),
                     member("kuliner-002", "Konro Bakar Maccini", maccini, 12, 2'400),
                     member("kuliner-003", "Pisang Epe Pantai", maccini, 2, 90)};
    cluster c;
    c.id = "sentra-kuliner-maccini";
    c.name = "Sentra Kuliner Maccini";
    c.focus = "kuliner"_category;
    c.locus = zone{"maccini", "Kawasan Maccini", {maccini}};
    c.lead_agency = "diskopukm-makassar";
    c.partners = {"disperindag-makassar"};
    for (enterprise const& e : d.enterprises) c.members.push_back(e.id);
    c.phases = {{"launched", "2025-02-10", "sample"}};
    d.clusters = {c};

    // 4. Each member's size class under PP 7/2021, from its sales and workers.
    for (enterprise const& e : d.enterprises) {
        size_inputs in;
        in.annual_sales = e.annual_sales->value;
        in.workers = e.workers->value;
        auto const decided = classify(size_criteria_id::pp7_2021, in, size_purpose::empowerment);
        if (!decided) return fail("a size class could not be decided");
        std::cout << e.name << ": " << to_label(decided->size, lang::id) << '\n';
    }

    // 5. The whole document checked against the reference data and its own lists.
    registry const reg = make_registry(d).value();
    validation_context const cx{&regions, &kbli, &reg, date("2025-06-30")};
    report const findings = validate(d, cx);
    std::cout << "checked: " << findings.error_count() << " errors, " << findings.warning_count()
              << " warnings\n";
    for (error const& e : findings) std::cout << "  " << e << '\n';

    // 6. A case: the members need a halal certificate. Reported, assigned, answered,
    //    resolved, closed; then whether SP4N-LAPOR!'s deadlines were kept.
    time_zone const wita = time_zone::wita();
    coordination_case k;
    k.id = "kasus-2025-001";
    k.cluster = c.id;
    k.raised_by = {enterprise_id("kuliner-001")};
    k.topic = case_topic::certification;
    k.title = "Sertifikat halal belum terbit";
    auto step = [&](date day, std::chrono::seconds at, char const* actor, case_action a) {
        log_entry e{wita.at(day, at), actor, a};
        if (a == case_action::assign) e.agency = "diskopukm-makassar"_agency;
        if (a == case_action::respond || a == case_action::resolve)
            e.note = "pendampingan sertifikasi halal gratis";
        return record(k, e).has_value();
    };
    bool const logged = step("2025-07-01", 9h, "diskopukm-makassar", case_action::report) &&
                        step("2025-07-01", 11h, "diskopukm-makassar", case_action::assign) &&
                        step("2025-07-03", 14h, "diskopukm-makassar", case_action::respond) &&
                        step("2025-07-15", 10h, "diskopukm-makassar", case_action::resolve) &&
                        step("2025-07-16", 9h, "diskopukm-makassar", case_action::close);
    if (!logged) return fail("the case's log was refused");
    working_calendar const calendar{wita, {}};
    deadline_policy const policy = deadline_policy::lapor();
    auto const kept = deadlines_kept(k, policy, calendar).value();
    for (deadline_clock const& clock : kept.clocks)
        std::cout << to_label(clock.kind, lang::id) << ": "
                  << (clock.met_on_time() ? "tepat waktu" : "terlambat") << '\n';
    d.cases = {k};

    // 7. The document, written canonically and read back equal.
    std::string const text = io::write_document(d);
    auto const back = io::read_document(text, "maccini.json", cx);
    if (!back || !(back->document == d)) return fail("the document did not read back equal");
    std::cout << "maccini.json: " << text.size() << " bytes, reads back equal\n";

    // 8. The case for another system, as Open311 (no personal data: anyone may see it).
    io::open311_context exported;
    exported.policy = &policy;
    exported.calendar = &calendar;
    exported.regions = &regions;
    exported.registry = &reg;
    io::open311_request const request = io::to_open311(k, exported).value();
    std::string const wire = io::json::serialize(std::vector<io::open311_request>{request});
    auto const request_back = io::read_open311(wire, "requests.json");
    if (!request_back || request_back->size() != 1) return fail("Open311 did not read back");
    std::cout << "open311: " << wire.size() << " bytes\n";

    // 9. The cluster's report as one HTML page.
    auto const page_report =
        make_cluster_report(d, c.id, timestamp("2025-08-01T09:00:00+08:00"), lang::id, &regions);
    if (!page_report) return fail("no report");
    std::string const page = io::cluster_report_html(*page_report);
    std::cout << "report: " << page.size() << " bytes of HTML\n";

    // 10. New members from the officers' spreadsheet (Excel's CSV, `;`), into the document.
    std::string const sheet = "Nama Usaha;Kecamatan;Kelurahan;KBLI;Omzet per Tahun;Tenaga Kerja\r\n"
                              "Es Pisang Ijo Maccini;Makassar;Maccini;56102;150 jt;3\r\n";
    io::import_context icx;
    icx.regions = &regions;
    icx.catalog = &kbli;
    icx.document = &d;
    icx.area = city->code();
    io::import_options options;
    options.file = "anggota.csv";
    options.mapping.figures_year = 2025;
    io::import_result const imported = io::import_enterprises(sheet, options, icx);
    std::cout << imported.problems;
    std::size_t const added = io::merge_into(d, imported.rows);
    std::cout << "imported: " << added << " new member(s)\n";
    return findings.ok() && added == 1 ? 0 : 1;
}

// A program that uses sentra as an outside project would: a region code, a KBLI code, the
// national gazetteer and the KBLI catalog loaded with no path given (the data that ships
// with sentra), a cluster, a coordination case and the JSON round trip. Built three ways by CI (the
// installed package with find_package, pkg-config, add_subdirectory) and by the vcpkg and
// Conan test consumers; its output is checked against expected_output.txt.
#include <sentra/sentra.hpp>

#include <cstdlib>
#include <iostream>

int main()
{
    using namespace sentra;
    using namespace sentra::literals;

    constexpr village_code cipayung_jaya = "32.76.07.1002";
    auto const garment = kbli_subclass::parse("14111").value();
    std::cout << "village " << cipayung_jaya << " in district " << cipayung_jaya.parent() << '\n';
    std::cout << "kbli " << garment << " in section " << garment.section() << '\n';

    auto const regions = io::load_gazetteer().value();
    std::cout << "gazetteer " << regions.edition() << ": " << regions.count(3) << " villages, "
              << regions.search("Cipayung").size() << " places named Cipayung\n";
    auto const kbli = io::load_kbli().value();
    std::cout << "kbli " << garment << ": " << kbli.find(garment)->title() << '\n';

    cluster konveksi;
    konveksi.id = cluster_id::parse("sentra-konveksi-cipayung").value();
    konveksi.name = "Sentra Konveksi Cipayung";
    konveksi.locus = zone{"senada", "Kawasan Senada", {cipayung_jaya, "32.76.07.1004"_village}};
    konveksi.lead_agency = agency_id::parse("disperindag-depok").value();

    coordination_case problem;
    problem.id = case_id::parse("case-001").value();
    problem.topic = case_topic::marketing;
    problem.title = "Pemasaran produk konveksi";
    problem.cluster = konveksi.id;
    problem.log = {
        {timestamp::parse("2019-12-17T10:00:00+07:00").value(), "camat", case_action::report}};
    log_entry assign{timestamp::parse("2019-12-18T09:00:00+07:00").value(), "camat",
                     case_action::assign};
    assign.agency = konveksi.lead_agency;
    auto const state = record(problem, assign).value();
    std::cout << "case " << problem.id << ": " << state.status << " ("
              << to_label(state.status, lang::id) << ") to " << *state.lead_agency << '\n';

    auto const text = io::json::serialize(konveksi);
    auto const back = io::json::parse<cluster>(text);
    auto const case_back = io::json::parse<coordination_case>(io::json::serialize(problem));
    bool const equal = back && *back == konveksi && case_back && *case_back == problem;
    std::cout << "json round trip: " << (equal ? "equal" : "DIFFERENT") << '\n';
    std::cout << "sentra " << sentra::version << '\n';
    return equal ? EXIT_SUCCESS : EXIT_FAILURE;
}

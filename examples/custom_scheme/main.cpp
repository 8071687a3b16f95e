// A programme of another country, defined outside the library, end to end: the
// Philippines' Philippine Standard Geographic Code (PSGC, 10 digits: region AA, province
// BBB, city/municipality CC, barangay DDD) as the region scheme, the Philippine Standard
// Industrial Classification (PSIC 2009, ISIC-based, to five-digit sub-classes) as the
// classification, and a programme's own case topics, made one profile. Unlike Kemendagri,
// PSGC always writes all ten digits, lower levels as zeros (0102800000 is the province of
// Ilocos Norte), and has no separator. Nothing in sentra changes for it: the gazetteer,
// the catalog, enterprises, a cluster, routing, a case, the registry, validation and the
// JSON document all take the profile.
//
// The codes and names below are a handful from the PSA's lists, and the enterprises are
// INVENTED SAMPLE DATA.
#include <sentra/business/catalog.hpp>
#include <sentra/document.hpp>
#include <sentra/io/document.hpp>
#include <sentra/profile.hpp>
#include <sentra/region/code.hpp>
#include <sentra/region/gazetteer.hpp>
#include <sentra/region/zone.hpp>
#include <sentra/validation.hpp>

#include <boost/describe/enum.hpp>

#include <array>
#include <iostream>
#include <string>
#include <string_view>

struct psgc {
    static constexpr std::string_view name = "psgc";
    static constexpr std::size_t levels = 4;
    static constexpr std::array<std::size_t, 4> widths{2, 3, 2, 3};
    static constexpr char separator = '\0';
    static constexpr bool padded = true;

    static constexpr std::string_view check_segment(std::size_t, std::uint32_t part) noexcept
    {
        return part == 0 ? "part cannot be zero" : "";
    }
    static constexpr std::string_view level_name(std::size_t level) noexcept
    {
        constexpr std::array<std::string_view, 4> n{"region", "province", "municipality",
                                                    "barangay"};
        return level < 4 ? n[level] : "unknown";
    }
    static constexpr std::string_view level_label(std::size_t level, sentra::lang) noexcept
    {
        constexpr std::array<std::string_view, 4> n{"region", "province", "city/municipality",
                                                    "barangay"};
        return level < 4 ? n[level] : "";
    }
};
static_assert(sentra::region_scheme<psgc>);

using psgc_province = sentra::region_code<psgc, 1>;
using psgc_barangay = sentra::region_code<psgc, 3>;

// PSIC 2009: section, division, group, class, sub-class, as KBLI (both extend ISIC Rev.4).
struct psic2009 {
    static constexpr std::string_view name = "psic2009";
    static constexpr std::size_t levels = 5;
    static constexpr sentra::lang title_language = sentra::lang::en;
    static constexpr std::string_view level_name(std::size_t level) noexcept
    {
        constexpr std::array<std::string_view, 5> n{"section", "division", "group", "class",
                                                    "sub-class"};
        return level < 5 ? n[level] : "unknown";
    }
    static constexpr std::string_view level_label(std::size_t level, sentra::lang) noexcept
    {
        return level_name(level);
    }
};
static_assert(sentra::classification_scheme<psic2009>);

// The programme's own topics of coordination cases.
enum class ph_topic : unsigned char { business_permit, financing, marketing, other };
BOOST_DESCRIBE_ENUM(ph_topic, business_permit, financing, marketing, other)

using philippines = sentra::profile<psgc, psic2009, ph_topic>;
static_assert(sentra::programme_profile<philippines>);
using ph_document = sentra::basic_document<philippines>;

namespace {

// The programme: a woodcraft cluster of five workshops in Adams, Ilocos Norte.
ph_document woodcraft_programme()
{
    using namespace sentra::literals; // "woodcraft"_category: an id of its kind, checked when compiled
    ph_document d;
    d.name = "Adams woodcraft cluster (sample)";
    d.categories = {{"woodcraft"_category, "Woodcraft", "Woodcraft",
                     {sentra::any_industry_code<psic2009>("162")}}};
    d.agencies = {{"dti-ilocos-norte"_agency, "DTI Ilocos Norte",
                   sentra::agency_kind::kantor_wilayah,
                   sentra::any_region_code<psgc>("0102800000")},
                  {"lgu-adams"_agency, "Municipality of Adams",
                   sentra::agency_kind::kepala_daerah, sentra::any_region_code<psgc>("0102801000")}};
    for (int i = 1; i <= 5; ++i) {
        sentra::basic_enterprise<philippines> e;
        e.id = sentra::enterprise_id::parse("ws-" + std::to_string(i)).value(); // made at run time
        e.name = "Workshop " + std::to_string(i);
        e.village = psgc_barangay("0102801001");
        e.kbli = {sentra::industry_code<psic2009, 4>("16290")};
        e.category = "woodcraft"_category;
        d.enterprises.push_back(e);
    }
    sentra::basic_cluster<philippines> c;
    c.id = "adams-woodcraft"_cluster;
    c.name = "Adams woodcraft";
    c.focus = "woodcraft"_category;
    c.locus = {"adams", "Adams", {sentra::any_region_code<psgc>("0102801000")}};
    c.lead_agency = "dti-ilocos-norte"_agency;
    for (auto const& e : d.enterprises) c.members.push_back(e.id);
    d.clusters = {c};
    sentra::basic_routing_table<philippines> routing;
    routing.version = "adams-2026-11";
    routing.default_coordinator = "dti-ilocos-norte"_agency;
    routing.rules = {{ph_topic::business_permit, {}, {}, "lgu-adams"_agency}};
    d.routing = routing;
    sentra::basic_case<ph_topic> permit;
    permit.id = "case-001"_case;
    permit.topic = ph_topic::business_permit;
    permit.title = "Mayor's permit renewal";
    permit.log = {{"2026-11-02T09:00:00+08:00", "ws-1",
                   sentra::case_action::report}};
    d.cases = {permit};
    // Working days are counted in the programme's zone: Philippine Standard Time. (sentra
    // tells Indonesia's zones from region codes; another scheme's programme states it.)
    d.time_zone = sentra::time_zone::parse("+08:00").value();
    return d;
}

} // namespace

int main()
{
    // Checked at compile time, like Kemendagri literals.
    constexpr psgc_barangay adams_poblacion = "0102801001";
    static_assert(adams_poblacion.parent().parent() == psgc_province("0102800000"));

    sentra::gazetteer_builder<psgc> b;
    b.add(sentra::any_region_code<psgc>("0100000000"), "Region I (Ilocos Region)");
    b.add(sentra::any_region_code<psgc>("0102800000"), "Ilocos Norte");
    b.add(sentra::any_region_code<psgc>("0102801000"), "Adams");
    b.add(sentra::any_region_code<psgc>("0102801001"), "Adams (Pob.)");
    b.add(sentra::any_region_code<psgc>("0102802000"), "Bacarra");
    auto g = std::move(b).finish();
    if (!g) {
        for (auto const& e : g.error().problems()) std::cerr << e << '\n';
        return 1;
    }
    auto r = g->find(adams_poblacion);
    if (!r) return 1;
    for (auto const& level : r->chain())
        std::cout << level.code() << "  " << psgc::level_name(level.level()) << "  " << level.name()
                  << '\n';

    sentra::basic_zone<psgc> z{"adams", "Adams area", {psgc_province("0102800000")}};
    std::cout << "in zone: " << std::boolalpha << z.contains(adams_poblacion) << '\n';

    auto bad = psgc_barangay::parse("01028010");
    std::cout << bad.error() << '\n';
    if (!z.contains(adams_poblacion) || bad) return 1;

    // The classification's code list, built in code.
    sentra::catalog_builder<psic2009> cb;
    cb.add(sentra::any_industry_code<psic2009>("C"), "", "Manufacturing");
    cb.add(sentra::any_industry_code<psic2009>("16"), "", "Manufacture of wood and of products of wood");
    cb.add(sentra::any_industry_code<psic2009>("162"), "", "Manufacture of products of wood");
    cb.add(sentra::any_industry_code<psic2009>("1629"), "", "Manufacture of other products of wood");
    cb.add(sentra::any_industry_code<psic2009>("16290"), "", "Manufacture of other products of wood");
    auto catalog = std::move(cb).finish();
    if (!catalog) {
        std::cerr << catalog.error();
        return 1;
    }

    // The programme, checked against the gazetteer and the catalog, as a sentra document.
    ph_document const programme = woodcraft_programme();
    sentra::basic_validation_context<philippines> const cx{&*g, &*catalog, nullptr, {}};
    auto const problems = sentra::validate(programme, cx);
    std::cout << "programme: " << problems.error_count() << " errors, "
              << problems.warning_count() << " warnings\n"
              << problems;
    auto const reg = sentra::make_registry(programme).value();
    auto const decision = sentra::route(*programme.routing, ph_topic::business_permit, {},
                                        sentra::any_region_code<psgc>("0102801001"));
    std::cout << "a permit case goes to " << reg.find(decision.agency)->name << '\n';

    std::string const text = sentra::io::write_document(programme);
    auto const back = sentra::io::read_document<ph_document>(text, "adams.json", cx);
    if (!back || !(back->document == programme)) {
        if (!back) std::cerr << back.error();
        std::cerr << "the PSGC/PSIC document did not read back equal\n";
        return 1;
    }
    std::cout << "document: " << text.size() << " bytes, region_scheme "
              << back->document.region_scheme << ", classification "
              << back->document.classification << "; reads back equal\n";

    // A workshop in a barangay the gazetteer does not have (and so outside the locus) is
    // found, by pointer.
    ph_document wrong = programme;
    wrong.enterprises[4].village = psgc_barangay("0102802001");
    auto const found = sentra::validate(wrong, cx);
    std::cout << found;
    auto const schema = sentra::io::document_schema<ph_document>();
    bool const schema_ok =
        schema.at("properties").at("region_scheme").at("const") == "psgc" &&
        schema.at("properties").at("classification").at("const") == "psic2009";
    return problems.ok() && found.error_count() == 2 && schema_ok ? 0 : 1;
}

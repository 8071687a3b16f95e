// sentra cluster report FILE
#include "cli.hpp"
#include "outputs.hpp"
#include "programme.hpp"

#include <sentra/cluster/analytics.hpp>
#include <sentra/report/cluster_report.hpp>
#include <sentra/io/html_report.hpp>
#include <sentra/document.hpp>
#include <sentra/io/document.hpp>
#include <sentra/validation.hpp>
#include <sentra/io/file.hpp>
#include <sentra/io/json.hpp>
#include <sentra/region/gazetteer.hpp>

#include <chrono>
#include <map>

namespace sentra_cli {

namespace {

// The report's words in both languages (Indonesian for the programme's officers).
constexpr sentra::bilingual unknown_word{"(unknown)", "(tidak diketahui)"};
constexpr sentra::bilingual none_word{"none", "tidak ada"};
constexpr sentra::noun stand_noun{"stand", "stands", "stan"};

std::string join_counts(std::map<std::string, std::size_t> const& m, sentra::lang language)
{
    std::string out;
    for (auto const& [k, n] : m) {
        if (!out.empty()) out += ", ";
        out += (k.empty() ? std::string(unknown_word.in(language)) : k) + " " + std::to_string(n);
    }
    return out.empty() ? std::string(none_word.in(language)) : out;
}

// Counts by key, "unknown" for the members without one.
std::map<std::string, std::size_t> named_counts(std::map<std::string, std::size_t> const& m)
{
    std::map<std::string, std::size_t> out;
    for (auto const& [k, n] : m) out[k.empty() ? "unknown" : k] += n;
    return out;
}

// "mikro 6, kecil 1; 1 unclassified; 2 with criteria that disagree"
std::string size_text(sentra::size_counts const& s, sentra::lang language)
{
    std::string out;
    for (auto const& [size, n] : s.by_class) {
        if (!out.empty()) out += ", ";
        out += std::string(sentra::to_label(size, language)) + " " + std::to_string(n);
    }
    if (out.empty()) out = none_word.in(language);
    if (s.unclassified)
        out += "; " + std::to_string(s.unclassified) + " " +
               std::string(sentra::bilingual{"unclassified", "tidak terklasifikasi"}.in(language));
    if (s.conflicts)
        out += "; " + std::to_string(s.conflicts) + " " +
               std::string(sentra::bilingual{"with criteria that disagree",
                                             "dengan kriteria yang berbeda hasil"}
                               .in(language));
    return out;
}

size_counts_output size_output(sentra::size_counts const& s)
{
    size_counts_output out{sentra::pp7_2021::name, sentra::size_purpose::empowerment, {},
                           s.unclassified, s.conflicts};
    auto& c = out.counts;
    for (auto const& [size, n] : s.by_class)
        (size == sentra::size_class::mikro      ? c.mikro
         : size == sentra::size_class::kecil    ? c.kecil
         : size == sentra::size_class::menengah ? c.menengah
                                                : c.besar) = n;
    return out;
}

// One cluster as an HTML page on standard output (--format html).
template <class P>
int cluster_page(options const& o, std::string const& file, sentra::basic_document<P> const& d,
                 sentra::gazetteer const& regions)
{
    if (d.clusters.empty()) {
        std::cerr << file << ": " << say({"the document has no cluster", "dokumen ini tidak memiliki klaster"})
                  << '\n';
        return exit_invalid;
    }
    sentra::cluster_id id = d.clusters.front().id;
    if (o.cluster) {
        auto parsed = sentra::cluster_id::parse(*o.cluster);
        if (!parsed) return usage_error({"--cluster takes a cluster id",
                             "--cluster berisi id klaster"});
        id = *parsed;
    }
    sentra::timestamp now;
    if (o.now) {
        auto parsed = sentra::timestamp::parse(*o.now);
        if (!parsed) return usage_error({"--now takes a time such as 2020-03-01T10:00:00+07:00",
                             "--now berisi waktu seperti 2020-03-01T10:00:00+07:00"});
        now = *parsed;
    } else { // the clock, written in the programme's zone
        auto const zone = sentra::programme_time_zone(d);
        now = sentra::timestamp(
            std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now()),
            zone ? zone->offset_minutes() : 0);
    }
    // Indonesian unless asked: the page is for the programme's own officers.
    sentra::lang const language = o.language_given ? o.language : sentra::lang::id;
    auto r = sentra::make_cluster_report(d, id, now, language, &regions);
    if (!r) {
        auto problems = std::move(r).error();
        problems.name_file(file);
        std::cerr << problems.to_string(o.language);
        return exit_invalid; // an id that is well formed but not found is "not found" (1)
    }
    std::cout << sentra::io::cluster_report_html(*r);
    return exit_ok;
}

template <class P>
int cluster_report_as(options const& o, std::string const& file, std::string const& text,
                      sentra::gazetteer const& regions);

} // namespace

int cluster_report(options const& o)
{
    if (o.args.size() != 1) return usage_error({"cluster report needs one FILE",
                             "cluster report memerlukan satu BERKAS"});
    std::string const& file = o.args[0];
    std::string text;
    if (auto r = sentra::io::read_file_into(file, text); !r) {
        std::cerr << r.error().to_string(o.language) << '\n';
        return exit_usage;
    }
    int status = exit_ok;
    auto const loaded = load_regions(o, edition_name(o), status);
    if (!loaded) return status;
    // Read with the types of the KBLI edition the document names (a programme file, which
    // names none, is KBLI 2020's, as every one was).
    return with_profile(edition_named_in(text).value_or(kbli_edition::kbli2020), [&](auto profile) {
        using P = typename decltype(profile)::type;
        return cluster_report_as<P>(o, file, text, *loaded);
    });
}

namespace {

template <class P>
int cluster_report_as(options const& o, std::string const& file, std::string const& text,
                      sentra::gazetteer const& regions)
{
    sentra::io::json::read_options ro;
    ro.max_errors = o.max_errors;
    auto prog = parse_programme_as<P>(text, file, ro);
    if (!prog) {
        print_problems(std::cout, prog.error(), file);
        std::cout << file << ": " << sentra::bilingual{"invalid", "tidak valid"}.in(o.language)
                  << ", "
                  << sentra::counted(prog.error().error_count(), {"error", "errors", "kesalahan"},
                                     o.language)
                  << '\n';
        return exit_invalid;
    }
    if (o.output == output_format::html) return cluster_page(o, file, *prog, regions);
    auto reg = sentra::make_registry(*prog);
    if (!reg) {
        print_problems(std::cout, reg.error(), file);
        return exit_invalid;
    }
    std::size_t errors = 0;
    std::vector<cluster_output<P>> out;
    sentra::basic_validation_context<P> const cx{&regions, nullptr, &*reg, {}};
    sentra::report members;
    for (std::size_t i = 0; i < prog->enterprises.size(); ++i)
        members.merge_under(sentra::json_pointer("enterprises", i),
                            sentra::validate(prog->enterprises[i], cx));
    members.name_file(file);
    if (!o.json) std::cout << members.to_string(o.language);
    errors += members.error_count();
    for (std::size_t i = 0; i < prog->clusters.size(); ++i) {
        auto const& c = prog->clusters[i];
        sentra::report findings;
        findings.merge_under(sentra::json_pointer("clusters", i), sentra::validate(c, cx));
        errors += findings.error_count();
        auto const by_category = sentra::members_by_category(c, *reg);
        // A cluster programme empowers its members: PP 7/2021 for empowerment.
        auto const by_size =
            sentra::members_by_size<sentra::pp7_2021>(c, *reg, sentra::size_purpose::empowerment);
        auto const by_village = sentra::members_by_village(c, *reg);
        if (o.json) {
            cluster_output<P> j;
            j.id = c.id.to_string();
            j.name = c.name;
            j.members = c.members.size();
            j.by_category = named_counts(by_category);
            j.by_size = size_output(by_size);
            j.by_village = named_counts(by_village);
            for (auto const& ev : c.events) j.events.push_back({ev, ev.total_stands()});
            for (auto const& e : findings.problems()) j.findings.push_back(sentra::io::json::write(e));
            out.push_back(std::move(j));
            continue;
        }
        sentra::lang const l = o.language;
        std::cout << c.id << "  " << c.name << '\n';
        std::cout << "  " << say({"locus", "lokus"}) << ": " << c.locus.name << " (";
        for (std::size_t k = 0; k < c.locus.regions.size(); ++k)
            std::cout << (k ? ", " : "") << c.locus.regions[k];
        std::cout << "); " << say({"lead agency", "instansi pembina"}) << ": " << c.lead_agency
                  << '\n';
        std::cout << "  " << say({"members", "anggota"}) << ": " << c.members.size() << "; "
                  << say({"by category", "per kategori"}) << ": " << join_counts(by_category, l)
                  << "; "
                  << say({"by size (PP 7/2021, empowerment)",
                          "per skala usaha (PP 7/2021, pemberdayaan)"})
                  << ": " << size_text(by_size, l) << '\n';
        for (auto const& ev : c.events) {
            std::cout << "  " << say({"event", "kegiatan"}) << " " << ev.date << "  " << ev.name
                      << ": " << ev.total_stands() << ' '
                      << stand_noun.in(l, ev.total_stands() == 1 ? 1 : 2); // may be negative
            for (std::size_t k = 0; k < ev.stands.size(); ++k)
                std::cout << (k ? ", " : " (") << ev.stands[k].category << ' '
                          << ev.stands[k].count;
            std::cout << (ev.stands.empty() ? "" : ")") << '\n';
        }
        findings.name_file(file);
        for (auto const& e : findings.problems()) std::cout << "  " << e.to_string(o.language) << '\n';
    }
    if (o.json)
        print_result(out);
    else
        std::cout << file << ": "
                  << sentra::counted(prog->clusters.size(), {"cluster", "clusters", "klaster"},
                                     o.language)
                  << ", "
                  << sentra::counted(errors, {"error", "errors", "kesalahan"}, o.language)
                  << '\n';
    return errors == 0 ? exit_ok : exit_invalid;
}

} // namespace

} // namespace sentra_cli

// sentra init FILE --area CODE|NAME --name TEXT --cluster TEXT --focus CATEGORY
//             --locus NAME... --lead KIND [--partner KIND]... [--force]
//
// A programme started from a few answers (sentra/programme_start.hpp): names resolved in
// the gazetteer with its "did you mean", the document written atomically. Exit 0 written;
// 1 a name that does not resolve (with the nearest names); 2 usage, an existing FILE
// without --force, or I/O.
#include "cli.hpp"

#include <sentra/programme_start.hpp>
#include <sentra/date.hpp>
#include <sentra/io/document.hpp>
#include <sentra/io/file.hpp>

#include <filesystem>
#include <iostream>
#include <string>
#include <string_view>
#include <vector>

namespace sentra_cli {

namespace {

using view = sentra::gazetteer::view;

// "Kelurahan Losari", "Kel. Losari", "Desa X": a village; "Kecamatan X", "Kec. X": a
// district; a bare name: whichever level has it (both: ambiguous, and said so).
struct locus_name {
    std::string name;
    std::optional<sentra::region_level> level;
};

locus_name split_locus(std::string_view text)
{
    constexpr std::pair<std::string_view, sentra::region_level> prefixes[] = {
        {"kelurahan ", sentra::region_level::village}, {"kel. ", sentra::region_level::village},
        {"kel ", sentra::region_level::village},       {"desa ", sentra::region_level::village},
        {"kecamatan ", sentra::region_level::district}, {"kec. ", sentra::region_level::district},
        {"kec ", sentra::region_level::district}};
    std::string lower;
    for (char c : text) lower += c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    for (auto const& [p, level] : prefixes)
        if (lower.starts_with(p)) return {std::string(text.substr(p.size())), level};
    return {std::string(text), std::nullopt};
}

// Prints `e` (the look-up's error, with its "did you mean") placed at the option.
int not_resolved(sentra::error e, std::string_view option)
{
    e.where.field = std::string(option);
    std::cerr << "sentra: " << e.to_string(sentra::default_lang()) << '\n';
    return exit_invalid;
}

// A region given by its code: the gazetteer's, or not (said at `option`).
std::optional<view> find_code(sentra::gazetteer const& g, sentra::region_id const& code,
                              std::string_view option, int& status)
{
    auto v = g.find(code);
    if (!v)
        status = not_resolved(sentra::make_error(sentra::errc::unknown_code, "region.not_in_gazetteer",
                                                 {{"code", code.to_string()}}),
                              option);
    return v;
}

std::optional<view> resolve_area(sentra::gazetteer const& g, std::string const& text, int& status)
{
    if (auto code = sentra::region_id::parse(text)) return find_code(g, *code, "--area", status);
    auto v = g.lookup_name(text, sentra::region_level::regency);
    if (!v) {
        status = not_resolved(v.error(), "--area");
        return std::nullopt;
    }
    return *v;
}

std::optional<view> resolve_locus(sentra::gazetteer const& g, view area, std::string const& text,
                                  int& status)
{
    if (auto code = sentra::region_id::parse(text)) return find_code(g, *code, "--locus", status);
    auto const [name, level] = split_locus(text);
    if (level) {
        auto v = g.lookup_name(name, *level, area);
        if (!v) {
            status = not_resolved(v.error(), "--locus");
            return std::nullopt;
        }
        return *v;
    }
    auto village = g.lookup_name(name, sentra::region_level::village, area);
    auto district = g.lookup_name(name, sentra::region_level::district, area);
    if (village && district) {
        status = not_resolved(sentra::make_error(sentra::errc::ambiguous_name, "app.text",
                                                 {{"text", say({"'{name}' is both a kelurahan/desa and a kecamatan in {area}: "
                                                                "write 'Kelurahan {name}' or 'Kecamatan {name}'",
                                                                "'{name}' adalah nama kelurahan/desa dan juga kecamatan di {area}: "
                                                                "tulis 'Kelurahan {name}' atau 'Kecamatan {name}'"},
                                                               {{"name", name}, {"area", area.name()}})}}),
                              "--locus");
        return std::nullopt;
    }
    if (village) return *village;
    if (district) return *district;
    // Neither: the village look-up's error, unless only the district level is near.
    auto const& e = village.error();
    if (e.code == sentra::errc::ambiguous_name) {
        status = not_resolved(e, "--locus");
        return std::nullopt;
    }
    // The kelurahan's look-up says it, unless only a kecamatan's name is near.
    bool const village_near = !g.nearest_names(name, sentra::region_level::village, area, 1).empty();
    bool const district_near = !g.nearest_names(name, sentra::region_level::district, area, 1).empty();
    status = not_resolved(district_near && !village_near ? district.error() : village.error(), "--locus");
    return std::nullopt;
}

} // namespace

int init_programme(options const& o)
{
    if (o.args.size() != 1) return usage_error({"init needs one FILE (the document to write)",
                                                "init memerlukan satu BERKAS (dokumen yang ditulis)"});
    std::vector<std::string> missing;
    if (!o.area) missing.push_back("--area");
    if (!o.programme_name) missing.push_back("--name");
    if (!o.cluster_name) missing.push_back("--cluster");
    if (!o.focus) missing.push_back("--focus");
    if (o.locus.empty()) missing.push_back("--locus");
    if (!o.lead) missing.push_back("--lead");
    if (!missing.empty()) {
        std::string list;
        for (auto const& m : missing) list += (list.empty() ? "" : ", ") + m;
        return usage_error({"init needs {options}", "init memerlukan {options}"}, {{"options", list}});
    }
    std::string const& file = o.args[0];
    std::error_code ec;
    if (!o.force && std::filesystem::exists(file, ec))
        return usage_error({"{file} exists; --force replaces it", "{file} sudah ada; --force menggantinya"},
                           {{"file", file}});

    int status = exit_ok;
    auto const edition = chosen_classification(o, status);
    if (!edition) return status;
    auto regions = load_regions(o, edition_name(o), status);
    if (!regions) return status;
    auto const area = resolve_area(*regions, *o.area, status);
    if (!area) return status;
    std::vector<sentra::region_id> locus;
    for (auto const& name : o.locus) {
        auto v = resolve_locus(*regions, *area, name, status);
        if (!v) return status;
        locus.push_back(v->code());
    }
    sentra::programme_start answers;
    answers.name = *o.programme_name;
    answers.cluster = *o.cluster_name;
    answers.focus = *o.focus;
    answers.lead = *o.lead;
    answers.partners = o.partners;
    if (o.locus_name) answers.locus_name = *o.locus_name;
    if (o.since) {
        auto d = sentra::date::parse(*o.since);
        if (!d) {
            sentra::error e = d.error();
            e.where.field = "--since";
            return usage_error_text(e.to_string(o.language));
        }
        answers.proposed = *d;
    }
    return with_profile(*edition, [&](auto profile) {
        using P = typename decltype(profile)::type;
        auto doc = sentra::start_programme<P>(answers, *regions, area->code(), locus);
        if (!doc) {
            std::cerr << "sentra: " << doc.error().to_string(o.language) << '\n';
            return exit_invalid;
        }
        if (auto w = sentra::io::write_document_file(file, *doc); !w) {
            std::cerr << "sentra: " << w.error().to_string(o.language) << '\n';
            return exit_usage;
        }
        auto const& c = doc->clusters.front();
        std::string names;
        for (auto const& r : c.locus.regions)
            if (auto v = regions->find(r)) names += (names.empty() ? "" : ", ") + std::string(v->name());
        std::cout << say({"{file}: {cluster} in {area} (locus: {locus}), led by {lead}, {count} agencies, "
                          "categories in {classification}",
                          "{file}: {cluster} di {area} (lokus: {locus}), dipimpin {lead}, {count} instansi, "
                          "kategori dalam {classification}"},
                         {{"file", file},
                          {"cluster", c.name},
                          {"area", area->name()},
                          {"locus", names},
                          {"lead", doc->agencies.front().name},
                          {"count", doc->agencies.size()},
                          {"classification", doc->classification}})
                  << '\n'
                  << say({"next: sentra import enterprises MEMBERS.csv --document {file} --write",
                          "berikutnya: sentra import enterprises ANGGOTA.csv --document {file} --write"},
                         {{"file", file}})
                  << '\n';
        return exit_ok;
    });
}

} // namespace sentra_cli

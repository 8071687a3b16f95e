// sentra data, sentra regions diff, and the reference data every command loads.
#include "cli.hpp"
#include "outputs.hpp"

#include <sentra/data_version.hpp>
#include <sentra/io/json.hpp>
#include <sentra/business/catalog.hpp>
#include <sentra/io/catalog_csv.hpp>
#include <sentra/io/document.hpp>
#include <sentra/io/reference_data.hpp>
#include <sentra/region/diff.hpp>

#include <iostream>

namespace sentra_cli {

std::filesystem::path data_option(options const& o)
{
    return o.data ? std::filesystem::path(*o.data) : std::filesystem::path();
}

int print_load_problems(sentra::report const& r, options const& o)
{
    for (auto const& e : r.problems()) std::cerr << "sentra: " << e.to_string(o.language) << '\n';
    return r.has(sentra::error_class::io) || r.has(sentra::error_class::usage) ? exit_usage
                                                                               : exit_invalid;
}

std::string_view edition_name(options const& o)
{
    return o.edition ? std::string_view(*o.edition) : sentra::latest_kemendagri_edition.name;
}

std::optional<kbli_edition> classification_named(std::string_view name)
{
    if (name == sentra::kbli2025::name) return kbli_edition::kbli2025;
    if (name == sentra::kbli2020::name) return kbli_edition::kbli2020;
    return std::nullopt;
}

std::optional<kbli_edition> edition_named_in(std::string_view document_text)
{
    auto const named = sentra::io::document_classification(document_text);
    return named ? classification_named(*named) : std::nullopt;
}

std::optional<kbli_edition> edition_named_in_file(std::string const& file)
{
    std::string text;
    if (!sentra::io::read_file_into(file, text, sentra::io::document_max_bytes)) return std::nullopt;
    return edition_named_in(text);
}

std::optional<kbli_edition> chosen_classification(options const& o, int& status, bool say_default)
{
    if (o.classification) {
        auto e = classification_named(*o.classification);
        if (!e) {
            std::vector<sentra::message_arg> const args{
                {"input", sentra::quote_input(*o.classification)}, {"known", "kbli2025, kbli2020"}};
            status = usage_error_text(sentra::render("cli.classification", args, o.language));
            return std::nullopt;
        }
        return e;
    }
    if (say_default)
        std::cerr << "sentra: "
                  << say({"KBLI codes read as {title}, the latest (--classification kbli2020 for "
                          "records in KBLI 2020)",
                          "kode KBLI dibaca sebagai {title}, yang terbaru (--classification kbli2020 "
                          "untuk catatan dalam KBLI 2020)"},
                         {{"title", std::string(sentra::latest_kbli_release.title)}})
                  << '\n';
    return kbli_edition::kbli2025;
}

std::optional<sentra::gazetteer> load_regions(options const& o, std::string_view edition,
                                              int& status)
{
    auto g = sentra::io::load_gazetteer(edition, data_option(o));
    if (!g) {
        status = print_load_problems(g.error(), o);
        return std::nullopt;
    }
    return std::move(*g);
}

std::optional<sentra::io::reference_data_folder> find_data(options const& o)
{
    auto found = sentra::io::find_reference_data(data_option(o));
    if (!found) {
        std::cerr << "sentra: " << found.error().to_string(o.language) << '\n';
        return std::nullopt;
    }
    return std::move(*found);
}

std::string data_summary()
{
    std::string s = say({"reference data {version}: regions ", "data rujukan {version}: wilayah "},
                        {{"version", std::string(sentra::reference_data_version)}});
    for (auto it = sentra::kemendagri_editions.rbegin(); it != sentra::kemendagri_editions.rend();
         ++it) {
        if (it != sentra::kemendagri_editions.rbegin()) s += ", ";
        s += std::string(it->name) + " (" + std::string(it->source) + ")";
    }
    s += "; " + std::string(sentra::kbli2025_release.title) + ", " +
         std::string(sentra::kbli2020_release.title) + "; " + std::string(sentra::isic4_release.title);
    return s;
}

int data_info(options const& o)
{
    if (!o.args.empty()) return usage_error({"data takes no arguments",
                             "data tidak menerima argumen"});
    auto const places = sentra::io::reference_data_places(data_option(o));
    sentra::io::data_place const* found = nullptr;
    for (auto const& p : places)
        if (p.found) found = &p;
    if (o.json) {
        data_output out;
        out.version = sentra::reference_data_version;
        for (auto const& e : sentra::kemendagri_editions) {
            edition_output j{e.name, e.decree, e.source,
                             e.name == sentra::latest_kemendagri_edition.name, {}};
            for (std::size_t l = 0; l < 4; ++l)
                j.counts[l] = e.counts[l];
            out.regions.push_back(std::move(j));
        }
        for (auto const* c : {&sentra::kbli2025_release, &sentra::kbli2020_release,
                              &sentra::isic4_release})
            out.classifications.push_back({c->name, c->title, c->regulation, c->source, c->file,
                                           c->codes, c == &sentra::latest_kbli_release});
        for (auto const& p : places) {
            data_place_output j{p.origin, p.folder.string(), p.found, {}, {}};
            if (!p.found) {
                j.why_not = std::string(p.why_not.name());
                j.why_not_text = sentra::render(p.why_not, {}, o.language);
            }
            out.places.push_back(std::move(j));
        }
        if (found) out.folder = found->folder.string();
        print_result(out);
        return found ? exit_ok : exit_usage;
    }
    std::cout << say({"sentra reference data {version}", "data rujukan sentra {version}"},
                     {{"version", std::string(sentra::reference_data_version)}})
              << '\n';
    for (auto it = sentra::kemendagri_editions.rbegin(); it != sentra::kemendagri_editions.rend();
         ++it) {
        std::cout << "  " << say({"regions", "wilayah"}) << " " << it->name << "  " << it->decree << "  " << it->source << "  "
                  << it->counts[0] << " / " << it->counts[1] << " / " << it->counts[2] << " / "
                  << it->counts[3]
                  << (it->name == sentra::latest_kemendagri_edition.name
                          ? say({"  (default)", "  (bawaan)"})
                          : std::string())
                  << '\n';
    }
    for (auto const* c : {&sentra::kbli2025_release, &sentra::kbli2020_release,
                          &sentra::isic4_release})
        std::cout << "  " << c->title << "  " << c->regulation << "  " << c->codes
                  << say({" codes", " kode"}) << "  kbli/" << c->file
                  << (c == &sentra::latest_kbli_release ? say({"  (default)", "  (bawaan)"})
                                                        : std::string())
                  << '\n';
    for (auto const& p : places) {
        std::cout << say(p.found ? sentra::bilingual{"found: ", "ditemukan: "}
                                 : sentra::bilingual{"tried: ", "dicoba: "})
                  << sentra::io::to_label(p.origin, o.language);
        if (!p.folder.empty()) std::cout << "  " << p.folder.string();
        if (!p.found) std::cout << "  (" << sentra::render(p.why_not, {}, o.language) << ')';
        std::cout << '\n';
    }
    if (!found)
        std::cerr << "sentra: " << say({"no reference data found", "data rujukan tidak ditemukan"})
                  << '\n';
    return found ? exit_ok : exit_usage;
}

int regions_diff(options const& o)
{
    if (o.args.size() != 2) return usage_error({"regions diff needs two editions (e.g. 2022 2025)",
                             "regions diff memerlukan dua edisi (mis. 2022 2025)"});
    int status = exit_ok;
    auto before = load_regions(o, o.args[0], status);
    if (!before) return status;
    auto after = load_regions(o, o.args[1], status);
    if (!after) return status;
    sentra::region_diff_options options;
    auto const d = sentra::diff(*before, *after, options);
    auto const code_text = [](sentra::region_id const& c) {
        return c.empty() ? std::string() : c.to_string();
    };
    if (o.json) {
        regions_diff_output out{o.args[0], o.args[1], {}, {}};
        for (std::size_t l = 0; l < 4; ++l) {
            out.counts[l] = {d.count(sentra::region_change::added, l),
                             d.count(sentra::region_change::removed, l),
                             d.count(sentra::region_change::renamed, l),
                             d.count(sentra::region_change::recoded, l)};
        }
        for (auto const& e : d.changes) {
            region_change_output j{e.change, sentra::kemendagri::level_name(e.level), {}, {}, {}, {}, {}};
            if (!e.before.empty()) {
                j.before = code_text(e.before);
                j.before_name = e.before_name;
            }
            if (!e.after.empty()) {
                j.after = code_text(e.after);
                j.after_name = e.after_name;
            }
            if (e.change == sentra::region_change::recoded) j.moved = e.moved();
            out.changes.push_back(std::move(j));
        }
        print_result(out);
        return exit_ok;
    }
    for (auto const& e : d.changes) {
        std::cout << sentra::to_label(e.change, o.language) << "  "
                  << sentra::kemendagri::level_name(e.level) << "  ";
        switch (e.change) {
        case sentra::region_change::added:
            std::cout << code_text(e.after) << "  " << e.after_name;
            break;
        case sentra::region_change::removed:
            std::cout << code_text(e.before) << "  " << e.before_name;
            break;
        case sentra::region_change::renamed:
            std::cout << code_text(e.before) << "  " << e.before_name << " -> " << e.after_name;
            break;
        case sentra::region_change::recoded:
            std::cout << code_text(e.before) << " -> " << code_text(e.after) << "  "
                      << e.before_name;
            if (e.after_name != e.before_name) std::cout << " -> " << e.after_name;
            if (e.moved())
                std::cout << (o.language == sentra::lang::id ? "  (pindah ke " : "  (moved to ")
                          << e.after.parent()->to_string() << ')';
            break;
        }
        std::cout << '\n';
    }
    std::cout << o.args[0] << " -> " << o.args[1] << ':';
    for (std::size_t l = 0; l < 4; ++l) {
        std::cout << (l ? ";" : "") << ' ' << sentra::kemendagri::level_name(l);
        for (auto k : {sentra::region_change::added, sentra::region_change::removed,
                       sentra::region_change::renamed, sentra::region_change::recoded})
            std::cout << ' ' << d.count(k, l) << ' ' << sentra::to_label(k, o.language)
                      << (k == sentra::region_change::recoded ? "" : ",");
    }
    std::cout << '\n';
    return exit_ok;
}

void take_isic_titles(sentra::kbli_catalog& kbli, sentra::io::reference_data_folder const& data)
{
    auto const isic_file = data.classification(sentra::isic4_release);
    if (!std::filesystem::exists(isic_file)) return;
    if (auto isic = sentra::io::read_catalog<sentra::isic4>(isic_file)) kbli.take_english_titles(*isic);
}

} // namespace sentra_cli

// sentra regions check | lookup | search
#include "cli.hpp"
#include "outputs.hpp"

#include <sentra/io/file.hpp>
#include <sentra/io/json.hpp>
#include <sentra/region/gazetteer.hpp>

#include <array>
#include <filesystem>

namespace sentra_cli {

namespace {

region_output region_of(sentra::region const& r, sentra::lang language)
{
    region_output out{r.code().to_string(), sentra::kemendagri::level_name(r.level_index()),
                      sentra::to_label(sentra::level_of(r.code()), language), {},
                      std::string(r.name())};
    if (auto k = sentra::kind_label(r.code(), language); !k.empty()) out.kind = k;
    return out;
}

// The region, then the regions above it (its parent first, the province last).
region_found_output found_of(sentra::region const& r, sentra::lang language)
{
    region_found_output out{region_of(r, language), {}};
    for (auto up = r.parent(); up; up = up->parent()) out.chain.push_back(region_of(*up, language));
    return out;
}

} // namespace

int regions_check(options const& o)
{
    if (o.args.size() > 1) return usage_error({"regions check takes at most one FOLDER",
                             "regions check menerima paling banyak satu FOLDER"});
    std::filesystem::path folder;
    if (!o.args.empty()) {
        if (o.edition) return usage_error({"regions check takes a FOLDER or --edition, not both",
                             "regions check menerima FOLDER atau --edition, tidak keduanya"});
        folder = o.args[0];
    } else {
        if (!sentra::find_kemendagri_edition(edition_name(o))) {
            int status = exit_ok;
            load_regions(o, edition_name(o), status); // says which editions there are
            return status;
        }
        auto data = find_data(o);
        if (!data) return exit_usage;
        folder = data->regions(*sentra::find_kemendagri_edition(edition_name(o)));
    }
    std::string const source = folder.string();
    auto const check = sentra::io::check_gazetteer(
        folder, sentra::gazetteer_options{
                    o.max_errors, o.args.empty() ? std::string(edition_name(o)) : std::string()});
    sentra::report const& problems = check.problems;
    if (problems.has(sentra::error_class::io)) {
        for (auto const& e : problems.problems()) std::cerr << e.to_string(o.language) << '\n';
        return exit_usage;
    }
    auto const& counts = check.rows;

    if (o.json) {
        regions_check_output out{source, {}, problems.ok(), problems.error_count(), {}};
        for (std::size_t level = 0; level < 4; ++level)
            out.counts[level] = counts[level];
        for (auto const& e : problems.problems())
            out.problems.push_back(sentra::io::json::write(e, o.language));
        print_result(out);
    } else {
        for (std::size_t level = 0; level < 4; ++level)
            std::cout << sentra::kemendagri::level_label(level, o.language) << ' ' << counts[level]
                      << '\n';
        for (auto const& e : problems.problems()) std::cout << e.to_string(o.language) << '\n';
        if (problems.ok())
            std::cout << source << ": " << say({"valid", "valid"}) << '\n';
        else {
            std::cout << source << ": " << say({"invalid", "tidak valid"}) << ", "
                      << sentra::counted(problems.error_count(), {"error", "errors", "kesalahan"},
                                         o.language);
            if (problems.truncated())
                std::cout << say({" ({count} not shown)", " ({count} tidak ditampilkan)"},
                                 {{"count", problems.omitted()}});
            std::cout << '\n';
        }
    }
    return problems.ok() ? exit_ok : exit_invalid;
}

int regions_lookup(options const& o)
{
    if (o.args.empty()) return usage_error({"regions lookup needs at least one CODE",
                             "regions lookup memerlukan sekurang-kurangnya satu KODE"});
    int status = exit_ok;
    auto const regions = load_regions(o, edition_name(o), status);
    if (!regions) return status;
    boost::json::array results;
    for (std::size_t i = 0; i < o.args.size(); ++i) {
        std::string const& arg = o.args[i];
        auto const r = regions->lookup(arg);
        sentra::error err;
        bool failed = false;
        if (!r) {
            err = r.error();
            err.where = {};
            // A malformed argument is a usage error (2); a code not in the list, invalid (1).
            if (err.code == sentra::errc::malformed_code)
                status = exit_usage;
            else if (status == exit_ok)
                status = exit_invalid;
            failed = true;
        } else if (o.json) {
            results.push_back(sentra::io::json::write(found_of(*r, o.language)));
        } else {
            auto const c = r->chain();
            for (auto it = c.rbegin(); it != c.rend(); ++it) {
                std::string label(sentra::to_label(sentra::level_of(it->code()), o.language));
                if (auto k = sentra::kind_label(it->code(), o.language); !k.empty())
                    label += " (" + std::string(k) + ")";
                std::cout << (it == c.rbegin() ? "" : "  ") << it->code().to_string() << "  "
                          << label << "  " << it->name() << '\n';
            }
        }
        if (failed) {
            err.where.field = say({"argument {n}", "argumen {n}"}, {{"n", i + 1}});
            if (o.json) {
                results.push_back(
                    sentra::io::json::write(lookup_failure_output{arg, sentra::io::json::write(err)}));
            } else {
                std::cerr << "sentra: " << err.to_string(o.language) << '\n';
            }
        }
    }
    if (o.json) print_json(results);
    return status;
}

int regions_search(options const& o)
{
    if (o.args.empty()) return usage_error({"regions search needs a NAME",
                             "regions search memerlukan NAMA"});
    std::string name;
    for (auto const& a : o.args) {
        if (!name.empty()) name += ' ';
        name += a;
    }
    int status = exit_ok;
    auto regions = load_regions(o, edition_name(o), status);
    if (!regions) return status;
    auto found = regions->search(name);
    if (found.empty()) // renamed since (or until) another edition: found by that name too
        for (auto const& e : sentra::kemendagri_editions) {
            if (e.name == regions->edition()) continue;
            auto other = sentra::io::load_gazetteer(e.name, data_option(o));
            if (!other) continue;
            regions->add_names_from(*other);
            found = regions->search(name);
        }
    std::vector<region_found_output> results;
    for (auto const& r : found) {
        if (o.json)
            results.push_back(found_of(r, o.language));
        else
            std::cout << r.code().to_string() << "  "
                      << sentra::to_label(sentra::level_of(r.code()), o.language) << "  "
                      << r.full_name() << '\n';
    }
    if (o.json)
        print_result(results);
    else if (found.empty())
        std::cerr << "sentra: "
                  << say({"no region is named {name}", "tidak ada wilayah bernama {name}"},
                         {{"name", sentra::quote_input(name)}})
                  << '\n';
    return found.empty() ? exit_invalid : exit_ok;
}

} // namespace sentra_cli

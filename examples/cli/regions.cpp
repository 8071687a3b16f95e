// sentra regions check | lookup | search
#include "cli.hpp"

#include <sentra/io/file.hpp>
#include <sentra/io/json.hpp>
#include <sentra/region/gazetteer.hpp>

#include <array>
#include <filesystem>

namespace sentra_cli {

namespace {

boost::json::object region_json(sentra::region const& r, sentra::lang language)
{
    boost::json::object o;
    o["code"] = r.code().to_string();
    o["level"] = sentra::kemendagri::level_name(r.level_index());
    o["level_label"] = sentra::to_label(sentra::level_of(r.code()), language);
    if (auto k = sentra::kind_label(r.code(), language); !k.empty()) o["kind"] = k;
    o["name"] = std::string(r.name());
    return o;
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
        boost::json::object out;
        out["source"] = source;
        boost::json::object c;
        for (std::size_t level = 0; level < 4; ++level)
            c[sentra::kemendagri::level_name(level)] = counts[level];
        out["counts"] = std::move(c);
        out["valid"] = problems.ok();
        out["errors"] = problems.error_count();
        boost::json::array list;
        for (auto const& e : problems.problems()) list.push_back(sentra::io::json::write(e, o.language));
        out["problems"] = std::move(list);
        print_json(out);
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
            boost::json::object obj = region_json(*r, o.language);
            boost::json::array chain;
            auto const c = r->chain();
            for (auto it = c.rbegin() + 1; it != c.rend(); ++it)
                chain.push_back(region_json(*it, o.language));
            obj["chain"] = std::move(chain);
            results.push_back(std::move(obj));
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
                boost::json::object obj;
                obj["input"] = arg;
                obj["error"] = sentra::io::json::write(err);
                results.push_back(std::move(obj));
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
    boost::json::array results;
    for (auto const& r : found) {
        auto const c = r.chain();
        if (o.json) {
            boost::json::object obj = region_json(r, o.language);
            boost::json::array chain;
            for (auto it = c.rbegin() + 1; it != c.rend(); ++it)
                chain.push_back(region_json(*it, o.language));
            obj["chain"] = std::move(chain);
            results.push_back(std::move(obj));
            continue;
        }
        std::cout << r.code().to_string() << "  " << sentra::to_label(sentra::level_of(r.code()), o.language) << "  ";
        for (auto it = c.rbegin(); it != c.rend(); ++it)
            std::cout << (it == c.rbegin() ? "" : ", ") << it->name();
        std::cout << '\n';
    }
    if (o.json)
        print_json(results);
    else if (found.empty())
        std::cerr << "sentra: "
                  << say({"no region is named {name}", "tidak ada wilayah bernama {name}"},
                         {{"name", sentra::quote_input(name)}})
                  << '\n';
    return found.empty() ? exit_invalid : exit_ok;
}

} // namespace sentra_cli

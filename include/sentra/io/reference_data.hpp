// sentra/io/reference_data.hpp — finding and loading the official data that ships with sentra.
//
// sentra's data/ folder holds the Kemendagri region lists (regions/EDITION/) and the
// KBLI 2025 (kbli/2025/), KBLI 2020 and ISIC Rev.4 lists (kbli/); data_version.hpp says
// which releases. Programs,
// the sentra CLI, the tests and the benchmarks all find it the same way, first match wins:
//   1. a folder given explicitly (a function argument, the CLI's --data DIR);
//   2. the environment variable SENTRA_REFERENCE_DATA_DIR;
//   3. beside the program: (the program's folder)/SENTRA_DATA_DIR_FROM_PROGRAM, by default
//      ../share/sentra/data, where `cmake --install` puts it (Linux: /proc/self/exe), so an
//      installed prefix may be moved;
//   4. the folder the build was configured with, SENTRA_DATA_DIR: the installed data for
//      a consumer of the CMake package (header-only: derived from the package's own
//      location; the compiled library: where it was installed), the source tree's data/ in
//      sentra's own build or under add_subdirectory (io/detail/data_folder.hpp).
// A place given by 1 or 2 is the only one looked at, so a typo is not hidden by a fallback.
// When nothing is found, the error names every place tried and why each was passed over.
#pragma once

#include <sentra/detail/config.hpp>
#include <sentra/business/catalog.hpp>
#include <sentra/business/edition_diff.hpp>
#include <sentra/io/catalog_csv.hpp>
#include <sentra/io/gazetteer_csv.hpp>
#include <sentra/io/detail/data_folder.hpp>
#include <sentra/data_version.hpp>
#include <sentra/error.hpp>
#include <sentra/lang.hpp>
#include <sentra/region/gazetteer.hpp>

#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

// Where the data is relative to a program's own folder once installed.
#ifndef SENTRA_DATA_DIR_FROM_PROGRAM
#define SENTRA_DATA_DIR_FROM_PROGRAM "../share/sentra/data"
#endif

namespace sentra::io {

// The environment variable that names the data folder.
inline constexpr char const* reference_data_variable = "SENTRA_REFERENCE_DATA_DIR";

// Where a data folder came from, in the order they are tried.
enum class data_origin : unsigned char {
    explicit_folder, // given by the caller
    environment,     // SENTRA_REFERENCE_DATA_DIR
    beside_program,  // the program's folder, then ../share/sentra/data
    configured,      // SENTRA_DATA_DIR, set by the build
};
BOOST_DESCRIBE_ENUM(data_origin, explicit_folder, environment, beside_program, configured)

constexpr std::string_view to_label(data_origin o, lang language = lang::en) noexcept
{
    constexpr bilingual labels[] = {
        {"the folder given", "folder yang diberikan"},
        {"SENTRA_REFERENCE_DATA_DIR", "SENTRA_REFERENCE_DATA_DIR"},
        {"beside the program", "di samping program"},
        {"the folder sentra was built with", "folder saat sentra dibangun"}};
    return sentra::detail::label_at(labels, o, language);
}

// One place looked at: where, and whether it holds the data (if not, why not).
struct data_place {
    data_origin origin{};
    std::filesystem::path folder; // empty when the place does not apply (variable not set)
    bool found = false;
    message_id why_not; // "data.not_set", "data.no_folder", "data.not_a_folder", "data.no_subfolders"
};

// A data folder that was found.
struct reference_data_folder {
    std::filesystem::path folder;
    data_origin origin{};

    // The four files of a region edition, and a classification's file.
    std::filesystem::path regions(region_edition const& e = latest_kemendagri_edition) const
    {
        return folder / "regions" / std::string(e.name);
    }
    std::filesystem::path classification(classification_release const& c) const
    {
        return folder / "kbli" / std::string(c.file);
    }
};

namespace detail {

// The running program's folder, where the system says it (Linux); else empty.
SENTRA_DECL std::filesystem::path program_folder();

SENTRA_DECL data_place examine(data_origin origin, std::filesystem::path folder);

} // namespace detail

// Every place looked at for the data, in order, up to and including the one that holds it
// (`sentra data` prints them). `explicit_folder` empty: none given.
inline std::vector<data_place>
reference_data_places(std::filesystem::path const& explicit_folder = {})
{
    std::vector<data_place> out;
    if (!explicit_folder.empty()) {
        out.push_back(detail::examine(data_origin::explicit_folder, explicit_folder));
        return out;
    }
    if (char const* env = std::getenv(reference_data_variable); env && *env) {
        out.push_back(detail::examine(data_origin::environment, env));
        return out;
    }
    out.push_back({data_origin::environment, {}, false, "data.not_set"});
    if (auto const dir = detail::program_folder(); !dir.empty()) {
        out.push_back(detail::examine(data_origin::beside_program,
                                      (dir / SENTRA_DATA_DIR_FROM_PROGRAM).lexically_normal()));
        if (out.back().found) return out;
    } else {
        out.push_back(
            {data_origin::beside_program, {}, false, "data.no_program_folder"});
    }
    if (char const* configured = detail::configured_data_folder())
        out.push_back(detail::examine(data_origin::configured, configured));
    else
        out.push_back({data_origin::configured, {}, false, "data.no_build_folder"});
    return out;
}

// The data folder: the first place of reference_data_places() that holds it, or a
// file_not_found error naming every place tried.
inline result<reference_data_folder>
find_reference_data(std::filesystem::path const& explicit_folder = {})
{
    auto const places = reference_data_places(explicit_folder);
    for (auto const& p : places)
        if (p.found) return reference_data_folder{p.folder, p.origin};
    // Each place tried: "the folder given /x (no such folder)", "; " apart.
    std::vector<message> tried;
    for (auto const& p : places)
        tried.push_back(
            {p.folder.empty() ? message_id("data.tried") : message_id("data.tried_folder"),
             {{"origin", label_of(p.origin)},
              {"folder", p.folder.string()},
              {"why", message{p.why_not, {}}}}});
    location where;
    if (!explicit_folder.empty()) where.file = explicit_folder.string();
    return make_error(errc::file_not_found, "data.not_found",
                      {{"tried", std::move(tried), "; "}}, std::move(where));
}

// The national gazetteer of a Kemendagri edition (default: the latest), from the data
// folder found as above (or `data_folder`, when given). Its edition() is the name.
template <class = void> // compiled where called: it instantiates the CSV reader
result<gazetteer, report>
load_gazetteer(std::string_view edition = latest_kemendagri_edition.name,
               std::filesystem::path const& data_folder = {}, gazetteer_options options = {})
{
    region_edition const* e = find_kemendagri_edition(edition);
    if (!e) {
        error err = make_error(errc::invalid_argument, "data.unknown_edition",
                               {{"input", sentra::quote_input(edition)},
                                {"known", std::string(kemendagri_edition_names())}});
        err.where.field = "edition";
        return report::of(std::move(err));
    }
    auto found = find_reference_data(data_folder);
    if (!found) return report::of(found.error());
    options.edition = std::string(e->name);
    return sentra::io::read_gazetteer(found->regions(*e), std::move(options));
}

// The KBLI 2020 catalog from the data folder (found as above).
template <class = void> // compiled where called: it instantiates the CSV reader
result<kbli_catalog, report> load_kbli(std::filesystem::path const& data_folder = {},
                                              catalog_options options = {})
{
    auto found = find_reference_data(data_folder);
    if (!found) return report::of(found.error());
    return sentra::io::read_catalog<sentra::kbli2020>(found->classification(kbli2020_release), options);
}

// The KBLI 2025 catalog from the data folder (found as above): the publication's JSON files
// (sentra/io/kbli_json.hpp). Compiled once in the library, so that this header does not
// bring Boost.JSON to every file that loads the gazetteer.
SENTRA_DECL result<kbli2025_catalog, report> load_kbli2025(std::filesystem::path const& data_folder = {},
                                                           catalog_options options = {});

// The ISIC Rev.4 catalog from the data folder (found as above).
template <class = void> // compiled where called: it instantiates the CSV reader
result<isic_catalog, report> load_isic(std::filesystem::path const& data_folder = {},
                                              catalog_options options = {})
{
    auto found = find_reference_data(data_folder);
    if (!found) return report::of(found.error());
    return sentra::io::read_catalog<sentra::isic4>(found->classification(isic4_release), options);
}

// The reference data of one run, each part loaded once, on first use: the KBLI catalog and
// the gazetteer of each region edition asked for (a run that checks documents of two
// editions loads both, once each). The gazetteers stay where they are while the set lives.
class reference_set {
public:
    explicit reference_set(std::filesystem::path data_folder = {})
        : folder_(std::move(data_folder))
    {
    }

    // The gazetteer of `edition`, or why it cannot be loaded (an `io` error: nothing found).
    template <class = void> // compiled where called, like load_gazetteer
    result<gazetteer const*, report> regions(std::string_view edition = latest_kemendagri_edition.name)
    {
        for (auto const& g : regions_)
            if (g->edition() == edition) return g.get();
        auto g = load_gazetteer(edition, folder_);
        if (!g) return std::move(g).error();
        regions_.push_back(std::make_unique<gazetteer>(std::move(*g)));
        return regions_.back().get();
    }

    // The KBLI 2020 catalog, or why it cannot be loaded.
    template <class = void> // compiled where called, like load_kbli
    result<kbli_catalog const*, report> catalog(catalog_options options = {})
    {
        if (!catalog_) {
            auto c = load_kbli(folder_, options);
            if (!c) return std::move(c).error();
            catalog_ = std::make_unique<kbli_catalog>(std::move(*c));
        }
        return catalog_.get();
    }

    // The catalog of KBLI edition C (kbli2020 or kbli2025), or why it cannot be loaded.
    template <classification_scheme C>
    result<basic_catalog<C> const*, report> catalog_of(catalog_options options = {})
    {
        if constexpr (std::is_same_v<C, kbli2020>) {
            return catalog(options);
        } else {
            static_assert(std::is_same_v<C, kbli2025>, "sentra ships KBLI 2020 and KBLI 2025");
            if (!catalog2025_) {
                auto c = load_kbli2025(folder_, options);
                if (!c) return std::move(c).error();
                catalog2025_ = std::make_unique<kbli2025_catalog>(std::move(*c));
            }
            return catalog2025_.get();
        }
    }

    // What changed from KBLI 2020 to KBLI 2025 (sentra/business/edition_diff.hpp), computed
    // once from both catalogs.
    template <class = void> // compiled where called, like load_kbli
    result<edition_diff<kbli2020, kbli2025> const*, report> kbli_changes()
    {
        if (!changes_) {
            auto before = catalog();
            if (!before) return std::move(before).error();
            auto after = catalog_of<kbli2025>();
            if (!after) return std::move(after).error();
            changes_ = std::make_unique<edition_diff<kbli2020, kbli2025>>(diff(**before, **after));
        }
        return changes_.get();
    }

private:
    std::filesystem::path folder_;
    std::unique_ptr<kbli_catalog> catalog_;
    std::unique_ptr<kbli2025_catalog> catalog2025_;
    std::unique_ptr<edition_diff<kbli2020, kbli2025>> changes_;
    std::vector<std::unique_ptr<gazetteer>> regions_;
};

} // namespace sentra::io

// The loaders' instantiations, compiled once in the sentra::compiled library
// (sentra/detail/config.hpp) instead of in every file that calls them.
#if defined(SENTRA_SEPARATE_COMPILATION)
namespace sentra::io {
SENTRA_EXTERN template result<gazetteer, report>
load_gazetteer<void>(std::string_view, std::filesystem::path const&, gazetteer_options);
SENTRA_EXTERN template result<kbli_catalog, report>
load_kbli<void>(std::filesystem::path const&, catalog_options);
SENTRA_EXTERN template result<isic_catalog, report>
load_isic<void>(std::filesystem::path const&, catalog_options);
SENTRA_EXTERN template result<gazetteer const*, report>
reference_set::regions<void>(std::string_view);
SENTRA_EXTERN template result<kbli_catalog const*, report>
reference_set::catalog<void>(catalog_options);
} // namespace sentra::io
#endif

#if defined(SENTRA_HEADER_ONLY)
#include <sentra/io/impl/reference_data.ipp>
#endif

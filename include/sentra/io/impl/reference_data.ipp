// sentra/io/impl/reference_data.ipp — the definitions of sentra/io/reference_data.hpp's
// functions: where the data is found. Included by the header when sentra is header-only,
// compiled once in the library otherwise (sentra/src.hpp).
#pragma once

#include <sentra/io/reference_data.hpp>

#include <sentra/io/kbli_json.hpp>

#include <system_error>

namespace sentra::io {

namespace detail {

SENTRA_DECL std::filesystem::path program_folder()
{
#if defined(__linux__)
    std::error_code ec;
    auto const exe = std::filesystem::read_symlink("/proc/self/exe", ec);
    if (!ec) return exe.parent_path();
#endif
    return {};
}

SENTRA_DECL data_place examine(data_origin origin, std::filesystem::path folder)
{
    data_place p{origin, std::move(folder), false, {}};
    std::error_code ec;
    if (!std::filesystem::is_directory(p.folder, ec))
        p.why_not = std::filesystem::exists(p.folder, ec) ? message_id("data.not_a_folder")
                                                          : message_id("data.no_folder");
    else if (!std::filesystem::is_directory(p.folder / "regions", ec) ||
             !std::filesystem::is_directory(p.folder / "kbli", ec))
        p.why_not = "data.no_subfolders";
    else
        p.found = true;
    return p;
}

} // namespace detail

SENTRA_DECL result<kbli2025_catalog, report> load_kbli2025(std::filesystem::path const& data_folder,
                                                           catalog_options options)
{
    auto found = find_reference_data(data_folder);
    if (!found) return report::of(found.error());
    return read_kbli_json<kbli2025>(found->classification(kbli2025_release), options);
}

} // namespace sentra::io

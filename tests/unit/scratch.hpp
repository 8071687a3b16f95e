// Helpers shared by the tests that write files: a fresh folder under the temporary
// directory, and bytes written exactly.
#pragma once

#include <filesystem>
#include <fstream>
#include <string>

namespace scratch {

inline std::filesystem::path fresh_dir(std::string const& name)
{
    auto dir = std::filesystem::temp_directory_path() / ("sentra_" + name);
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    return dir;
}

inline void write_bytes(std::filesystem::path const& p, std::string const& bytes)
{
    std::ofstream(p, std::ios::binary | std::ios::trunc) << bytes;
}

} // namespace scratch

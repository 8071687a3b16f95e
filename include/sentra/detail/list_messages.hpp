// sentra/detail/list_messages.hpp — the messages every code list (a gazetteer, a catalog)
// gives for the same faults, written once: a code twice, a code without its parent, a file
// with nothing in it.
#pragma once

#include <sentra/error.hpp>

#include <cstdint>
#include <string>
#include <string_view>

namespace sentra::detail {

// "'32.76' appears more than once (first at line 12)"; no line when the first came from code.
inline std::string duplicate_detail(std::string_view code, std::uint32_t first_line)
{
    std::string d = cat("'", code, "' appears more than once");
    if (first_line != 0) d += cat(" (first at line ", std::to_string(first_line), ")");
    return d;
}

// "'32.76.07' has no regency '32.76' in the list"
inline std::string orphan_detail(std::string_view code, std::string_view parent_level,
                                 std::string_view parent_code)
{
    return cat("'", code, "' has no ", parent_level, " '", parent_code, "' in the list");
}

// An empty file is a download or an export that failed, not a list with nothing in it.
inline error empty_list_file(std::string file)
{
    location l;
    l.file = std::move(file);
    l.line = 1;
    l.column = 1;
    return make_error(errc::bad_header, "the file is empty: no header row", std::move(l));
}

} // namespace sentra::detail

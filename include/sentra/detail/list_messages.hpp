// sentra/detail/list_messages.hpp — the messages every code list (a gazetteer, a catalog)
// gives for the same faults, written once: a code twice, a code without its parent, a file
// with nothing in it.
#pragma once

#include <sentra/error.hpp>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace sentra::detail {

// The labels of a scheme's level in both languages, as an argument ("regency/city",
// "kabupaten/kota"): for region schemes and classifications alike.
template <class Scheme>
bilingual level_label_of(std::size_t level)
{
    return {Scheme::level_label(level, lang::en), Scheme::level_label(level, lang::id)};
}

// "'32.76' appears more than once (first at line 12)"; no line when the first came from code.
inline error duplicate_error(location where, std::string_view code, std::uint32_t first_line)
{
    if (first_line != 0)
        return error{errc::duplicate_code, std::move(where), "list.duplicate_at",
                     {{"code", code}, {"line", first_line}}};
    return error{errc::duplicate_code, std::move(where), "list.duplicate", {{"code", code}}};
}

// "'32.76.07' has no regency/city '32.76' in the list"
inline error orphan_error(location where, std::string_view code, bilingual parent_level,
                          std::string_view parent_code)
{
    return error{errc::orphan, std::move(where), "list.orphan",
                 {{"code", code}, {"level", parent_level}, {"parent", parent_code}}};
}

// Parts of a message that are there or not, as arguments that render as "" when absent:
// " in Cipayung, Kota Depok" and " (did you mean 'Cipayung Jaya'?)".
inline message_arg within_arg(std::string_view place)
{
    if (place.empty()) return {"within", std::string()};
    return {"within", message{"part.within", {{"place", place}}}};
}
// `names` each quoted as data ('Cipayung Jaya'), comma apart.
inline message_arg suggestion_arg(std::vector<std::string> const& names)
{
    if (names.empty()) return {"suggestion", std::string()};
    std::string list;
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (i != 0) list += ", ";
        list += '\'';
        list += names[i];
        list += '\'';
    }
    return {"suggestion", message{"part.did_you_mean", {{"names", std::move(list)}}}};
}
// " and 3 more" after a list cut short; "" when nothing was left out.
inline message_arg more_arg(std::size_t more)
{
    if (more == 0) return {"more", std::string()};
    return {"more", message{"part.and_more", {{"count", more}}}};
}

// An empty file is a download or an export that failed, not a list with nothing in it.
inline error empty_list_file(std::string file)
{
    location l;
    l.file = std::move(file);
    l.line = 1;
    l.column = 1;
    return make_error(errc::bad_header, "list.empty_file", {}, std::move(l));
}

} // namespace sentra::detail

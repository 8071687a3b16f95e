// sentra/detail/defect_messages.hpp — the catalogue's message for each defect sentra's
// parsers name. The constexpr parsers (codes, ids, dates, times) say what is wrong with a
// fixed English key, which the compile-time checks of literals also read
// (detail/literal_error.hpp); an error made from a parse carries the message below
// instead, so it renders in the user's language.
#pragma once

#include <sentra/error.hpp>

#include <string_view>

namespace sentra::detail {

// The message of `defect`. A defect a region scheme of the user's own names is kept as its
// author wrote it ("code.scheme_defect").
inline message defect_message(std::string_view defect)
{
    struct entry {
        std::string_view defect;
        message_id id;
    };
    static constexpr entry fixed[] = {
        {"empty code", "code.empty"},
        {"too long for a code", "code.too_long"},
        {"ends with a separator", "code.ends_with_separator"},
        {"part has the wrong number of digits", "code.part_width_wrong"},
        {"too many parts", "code.too_many_parts"},
        {"only digits are allowed", "code.digits_only"},
        {"wrong number of digits", "code.digit_count"},
        {"village part must start with 1 (kelurahan), 2 (desa) or 3 (desa adat)",
         "code.village_kind"},
        {"village number cannot be 000", "code.village_number_zero"},
        {"a regency coded 71 to 99 is a kota: its name starts with 'Kota', not 'Kabupaten'",
         "region.kota_not_kabupaten"},
        {"a regency coded 01 to 69 is a kabupaten: its name starts with 'Kabupaten', not 'Kota'",
         "region.kabupaten_not_kota"},
        {"a regency coded 71 to 99 is a kota: its name starts with 'Kota'", "region.kota_name"},
        {"a regency coded 01 to 69 is a kabupaten: its name starts with 'Kabupaten'",
         "region.kabupaten_name"},
        {"sections run from A to U", "industry.section_letter"},
        {"sections run from A to V", "industry.section_letter_v"},
        {"no such division in KBLI 2025 (00, 04, 34, 40, 44, 45, 48, 54, 57, 67, 76, 83 and 89 "
         "are unused)",
         "industry.no_division_2025"},
        {"a code is a section letter or 2 or more digits", "industry.too_short"},
        {"too many digits for this classification", "industry.too_many_digits"},
        {"only digits are allowed after the section", "industry.digits_only"},
        {"an id cannot be empty", "id.empty"},
        {"an id is lower-case letters, digits, '-', '_' and '.', starting with a letter or digit",
         "id.characters"},
        {"a date is written YYYY-MM-DD", "date.form"},
        {"the year must be 1000 or later", "date.year"},
        {"no such date", "date.no_such_date"},
        {"a time is written YYYY-MM-DDThh:mm:ss+hh:mm (or Z)", "time.form"},
        {"sentra keeps whole seconds; write the time without a fraction", "time.fraction"},
    };
    for (auto const& e : fixed)
        if (e.defect == defect) return {e.id, {}};
    if (defect.starts_with("no such division")) return {"industry.no_division", {}};
    // "part must have N digits" (N from 1 to 8)
    if (defect.starts_with("part must have ") && defect.size() > 15) {
        char const d = defect[15];
        if (d == '1') return {"code.part_width_one", {}};
        if (d >= '2' && d <= '9') return {"code.part_width", {{"digits", d - '0'}}};
    }
    // "province part cannot be 00", and the regency's and the district's
    static constexpr struct {
        std::string_view defect;
        bilingual level;
    } zero[] = {{"province part cannot be 00", {"province", "provinsi"}},
                {"regency part cannot be 00", {"regency", "kabupaten/kota"}},
                {"district part cannot be 00", {"district", "kecamatan"}}};
    for (auto const& z : zero)
        if (z.defect == defect) return {"code.part_zero", {{"level", z.level}}};
    return {"code.scheme_defect", {{"why", defect}}};
}

// The error of a text a parser refused: "'32.76.7': part must have 2 digits", with the
// column of the defect when the parser knows it (`offset`, 0-based).
inline error defect_error(errc code, std::string_view text, std::string_view defect,
                          std::size_t offset = static_cast<std::size_t>(-1))
{
    error e = make_error(code, "input.defect",
                         {{"input", quote_input(text)}, {"why", defect_message(defect)}});
    if (offset != static_cast<std::size_t>(-1))
        e.where.column = static_cast<std::uint32_t>(offset + 1);
    return e;
}

} // namespace sentra::detail

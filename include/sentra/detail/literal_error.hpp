// sentra/detail/literal_error.hpp — how a literal checked at compile time says what is wrong.
//
// A consteval constructor that finds a defect cannot print a message; what the compiler
// prints is the expression that stopped the evaluation. So the check calls a function
// named after the defect, declared and never defined (it is never called at run time): the
// compiler's error then reads "call to non-'constexpr' function
// 'void sentra::literal_error::part_must_have_4_digits()'", the defect the run-time parser
// names ("part must have 4 digits").
#pragma once

#include <string_view>

namespace sentra::literal_error {
// Region codes (sentra/region/code.hpp).
void empty_code();
void too_long_for_a_code();
void ends_with_a_separator();
void part_has_the_wrong_number_of_digits();
void part_must_have_1_digit();
void part_must_have_2_digits();
void part_must_have_3_digits();
void part_must_have_4_digits();
void part_must_have_5_digits();
void part_must_have_6_digits();
void part_must_have_7_digits();
void part_must_have_8_digits();
void too_many_parts();
void only_digits_are_allowed();
void wrong_number_of_digits();
void too_many_digits_for_its_level();
void province_part_cannot_be_00();
void regency_part_cannot_be_00();
void district_part_cannot_be_00();
void village_part_must_start_with_1_kelurahan_2_desa_or_3_desa_adat();
void village_number_cannot_be_000();
void part_refused_by_the_region_scheme();
void region_code_of_another_level();
// Industry codes (sentra/business/industry_code.hpp).
void sections_run_from_A_to_U();
void sections_run_from_A_to_V();
void a_code_is_a_section_letter_or_2_or_more_digits();
void too_many_digits_for_this_classification();
void only_digits_are_allowed_after_the_section();
void no_such_division();
void industry_code_of_another_level();
// Ids (sentra/id.hpp).
void an_id_cannot_be_empty();
void an_id_has_at_most_64_characters();
void an_id_is_lower_case_letters_digits_dash_underscore_dot_starting_with_a_letter_or_digit();
// Dates and times (sentra/date.hpp, sentra/timestamp.hpp).
void a_date_is_written_YYYY_MM_DD();
void the_year_must_be_1000_or_later();
void no_such_date();
void a_time_is_written_YYYY_MM_DDThh_mm_ss_and_an_offset_or_Z();
void sentra_keeps_whole_seconds();
// Money (sentra/business/money.hpp).
void rupiah_literal_out_of_range();
} // namespace sentra::literal_error

namespace sentra::detail {

// Stops a constant evaluation at the function named after `defect` (one of the messages of
// sentra's parsers). A scheme's own message that is not listed stops at
// part_refused_by_the_region_scheme.
consteval void literal_defect(std::string_view defect)
{
    namespace e = literal_error;
    using sv = std::string_view;
    if (defect == sv("empty code")) e::empty_code();
    if (defect == sv("too long for a code")) e::too_long_for_a_code();
    if (defect == sv("ends with a separator")) e::ends_with_a_separator();
    if (defect == sv("part has the wrong number of digits")) e::part_has_the_wrong_number_of_digits();
    if (defect == sv("part must have 1 digit")) e::part_must_have_1_digit();
    if (defect == sv("part must have 2 digits")) e::part_must_have_2_digits();
    if (defect == sv("part must have 3 digits")) e::part_must_have_3_digits();
    if (defect == sv("part must have 4 digits")) e::part_must_have_4_digits();
    if (defect == sv("part must have 5 digits")) e::part_must_have_5_digits();
    if (defect == sv("part must have 6 digits")) e::part_must_have_6_digits();
    if (defect == sv("part must have 7 digits")) e::part_must_have_7_digits();
    if (defect == sv("part must have 8 digits")) e::part_must_have_8_digits();
    if (defect == sv("too many parts")) e::too_many_parts();
    if (defect == sv("only digits are allowed")) e::only_digits_are_allowed();
    if (defect == sv("wrong number of digits")) e::wrong_number_of_digits();
    if (defect == sv("too many digits for its level")) e::too_many_digits_for_its_level();
    if (defect == sv("province part cannot be 00")) e::province_part_cannot_be_00();
    if (defect == sv("regency part cannot be 00")) e::regency_part_cannot_be_00();
    if (defect == sv("district part cannot be 00")) e::district_part_cannot_be_00();
    if (defect.starts_with(sv("village part must start with 1")))
        e::village_part_must_start_with_1_kelurahan_2_desa_or_3_desa_adat();
    if (defect == sv("village number cannot be 000")) e::village_number_cannot_be_000();
    if (defect == sv("sections run from A to U")) e::sections_run_from_A_to_U();
    if (defect == sv("sections run from A to V")) e::sections_run_from_A_to_V();
    if (defect == sv("a code is a section letter or 2 or more digits"))
        e::a_code_is_a_section_letter_or_2_or_more_digits();
    if (defect == sv("too many digits for this classification"))
        e::too_many_digits_for_this_classification();
    if (defect == sv("only digits are allowed after the section"))
        e::only_digits_are_allowed_after_the_section();
    if (defect.starts_with(sv("no such division"))) e::no_such_division();
    if (defect.starts_with(sv("an id cannot be empty"))) e::an_id_cannot_be_empty();
    if (defect.starts_with(sv("an id has at most 64"))) e::an_id_has_at_most_64_characters();
    if (defect.starts_with(sv("an id is lower-case")))
        e::an_id_is_lower_case_letters_digits_dash_underscore_dot_starting_with_a_letter_or_digit();
    if (defect == sv("a date is written YYYY-MM-DD")) e::a_date_is_written_YYYY_MM_DD();
    if (defect == sv("the year must be 1000 or later")) e::the_year_must_be_1000_or_later();
    if (defect == sv("no such date")) e::no_such_date();
    if (defect.starts_with(sv("a time is written")))
        e::a_time_is_written_YYYY_MM_DDThh_mm_ss_and_an_offset_or_Z();
    if (defect.starts_with(sv("sentra keeps whole seconds"))) e::sentra_keeps_whole_seconds();
    if (!defect.empty()) e::part_refused_by_the_region_scheme();
}

} // namespace sentra::detail

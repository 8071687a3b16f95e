// The sentra program's shared pieces: exit codes, the options a command line gave (main.cpp
// defines each command's own on CLI11, typed and checked there), JSON output.
#pragma once

#include <sentra/io/json.hpp>
#include <sentra/io/reference_data.hpp>
#include <sentra/lang.hpp>
#include <sentra/message.hpp>
#include <sentra/region/gazetteer.hpp>

#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <cstdlib>
#include <iostream>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace sentra_cli {

constexpr int exit_ok = 0;
constexpr int exit_invalid = 1;
constexpr int exit_usage = 2;

enum class output_format { text, json, ndjson, html, csv };

// What a command line gave: each command defines (and so accepts) only its own options.
struct options {
    std::vector<std::string> args; // positional, after the command words
    std::optional<std::string> data;
    std::optional<std::string> edition;
    bool json = false;
    output_format output = output_format::text;
    sentra::lang language = sentra::lang::en;
    bool language_given = false; // KBLI titles default to the classification's own language
    std::size_t max_errors = 0;
    // kbli
    std::optional<std::string> scheme;
    bool legacy = false;
    // scale
    // (amounts and the date as typed, read by rupiah::parse_informal and date::parse)
    std::optional<std::string> criteria, capital, net_assets, sales, investment, purpose,
        operating_since;
    std::optional<std::uint32_t> workers;
    // case
    std::optional<std::string> now, holidays, programme, time_zone;
    std::string open311_action; // export or import
    // cluster report
    std::optional<std::string> cluster;
    bool internal = false; // the whole case, for exchange between agencies
    // validate
    std::optional<std::string> records, previous;
    unsigned threads = 2;
    // fmt, import --document
    bool write = false;
    // import, export
    std::optional<std::string> map, area, delimiter, document;
    std::optional<std::int32_t> year; // 1900 to 9999, checked when parsed
    bool keep_invalid = false;
    // aggregate, map
    std::optional<std::string> by, size, source, level, kbli, base, measure;
    std::optional<std::uint64_t> first_line; // from 1, checked when parsed
    // validate, import, aggregate, map: the KBLI edition (kbli2025, kbli2020)
    std::optional<std::string> classification;
    bool merge = false;
    bool format_given = false;
    // init
    std::optional<std::string> programme_name, cluster_name, focus, lead, locus_name, since;
    std::vector<std::string> locus, partners;
    bool force = false;
};

// The help of the command being run (main.cpp sets it once the command line is parsed:
// generated from the command's definition), printed after a usage problem.
inline std::string& command_help()
{
    static std::string text;
    return text;
}

// A line of the CLI's own in the chosen language: both wordings side by side, "{name}"
// where an argument goes (numbers written as the language writes them).
inline std::string say(sentra::bilingual text, std::vector<sentra::message_arg> const& args = {})
{
    sentra::lang const l = sentra::default_lang();
    return sentra::render_text(text.in(l), args, l);
}

// A usage problem, already in the chosen language (sentra's message), then the help.
inline int usage_error_text(std::string_view message)
{
    std::cerr << "sentra: " << message << "\n\n" << command_help();
    return exit_usage;
}
inline int usage_error(sentra::bilingual message, std::vector<sentra::message_arg> const& args = {})
{
    return usage_error_text(say(message, args));
}

// The language of the user's locale, as Unix programs read it: LC_ALL, then LC_MESSAGES,
// then LANG (the first that is set and not empty); "id" or "id_*" is Indonesian, anything
// else English.
inline sentra::lang locale_language()
{
    for (char const* name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        char const* v = std::getenv(name);
        if (v == nullptr || *v == '\0') continue;
        std::string_view const s(v);
        return s == "id" || s.starts_with("id_") || s.starts_with("id.") ? sentra::lang::id
                                                                            : sentra::lang::en;
    }
    return sentra::lang::en;
}

inline void print_json(boost::json::value const& v)
{
    std::cout << boost::json::serialize(v) << '\n';
}

// A result (a described type: the library's, or an output of the CLI's own below) as one
// line of JSON on standard output, by the library's one writer.
template <class T>
void print_result(T const& x)
{
    std::cout << sentra::io::json::serialize(x) << '\n';
}

// Problems with an input, one a line in the chosen language (the library's rendering of a
// report), then "(N more errors not kept)" when capped; those without a file are named
// `file`. On standard output where a command's output is its verdict on the input
// (validate, case check, cluster report, case open311 import); on standard error where it
// is data (import enterprises, whose records go to standard output).
inline void print_problems(std::ostream& out, sentra::report problems, std::string_view file = {})
{
    if (!file.empty()) problems.name_file(file);
    out << problems.to_string(sentra::default_lang());
}

// The reference data (data.cpp): found as sentra::io finds it, --data first. Each prints
// its problems and sets `status` (2 for I/O and usage, 1 for a damaged list) on failure.
std::string_view edition_name(options const& o); // --edition, else the latest
std::filesystem::path data_option(options const& o); // --data, else found (empty)
// Prints why reference data could not be loaded, on stderr; the exit code: I/O problems
// (nothing found, a file missing) 2, a damaged list 1.
int print_load_problems(sentra::report const& r, options const& o);
std::optional<sentra::gazetteer> load_regions(options const& o, std::string_view edition,
                                              int& status);
std::optional<sentra::io::reference_data_folder> find_data(options const& o);
std::string data_summary(); // one line, for --version
// English titles for KBLI's sections and divisions, from ISIC Rev.4 when it is in `data`.
void take_isic_titles(sentra::kbli_catalog& kbli, sentra::io::reference_data_folder const& data);

int data_info(options const& o);
int regions_diff(options const& o);
int regions_check(options const& o);
int regions_lookup(options const& o);
int regions_search(options const& o);
int kbli_lookup(options const& o);
int kbli_search(options const& o);
int kbli_diff(options const& o);

// The KBLI edition a command reads codes in: --classification, else the latest (KBLI 2025),
// said once on standard error so that nobody takes it for a guess. nullopt (and a usage
// error printed, `status` 2) for a name sentra does not ship.
enum class kbli_edition { kbli2020, kbli2025 };
std::optional<kbli_edition> chosen_classification(options const& o, int& status,
                                                  bool say_default = true);
// The same from a name a file gives ("kbli2020", "kbli2025").
std::optional<kbli_edition> classification_named(std::string_view name);
// The edition a document's text names (its "classification"); nullopt when it names none
// (a programme file, or no JSON object) or one sentra does not ship. Callers take KBLI 2020
// then, as every document before KBLI 2025 was, and its reader says what is wrong.
std::optional<kbli_edition> edition_named_in(std::string_view document_text);
// The same of a file; nullopt also when it cannot be read (its reader then says why).
std::optional<kbli_edition> edition_named_in_file(std::string const& file);
// Calls f(profile) with the profile of the edition: sentra::indonesia (KBLI 2020) or
// sentra::indonesia_kbli2025.
template <class F>
decltype(auto) with_profile(kbli_edition e, F&& f)
{
    if (e == kbli_edition::kbli2025) return f(std::type_identity<sentra::indonesia_kbli2025>{});
    return f(std::type_identity<sentra::indonesia>{});
}
int scale(options const& o);
int cluster_report(options const& o);
int case_check(options const& o);
int case_overdue(options const& o);
int case_open311(options const& o);
int validate_files(options const& o);
int format_file(options const& o);
int redact_file(options const& o);
int print_schema(options const& o);
int import_enterprises(options const& o);
int export_enterprises(options const& o);
int aggregate_records(options const& o);
int map_command(options const& o);
int init_programme(options const& o);

} // namespace sentra_cli

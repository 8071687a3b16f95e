// The sentra program's --format json outputs that are not one library result: lists and
// summaries made of library results, described here so that the library's one writer
// (sentra::io::json) writes them like every other sentra type. A problem inside one is the
// library's JSON of an error (sentra/io/error_json.hpp), carried as a JSON value.
#pragma once

#include <sentra/business/size.hpp>
#include <sentra/cluster/cluster.hpp>
#include <sentra/cluster/mapping.hpp>
#include <sentra/io/reference_data.hpp>
#include <sentra/region/diff.hpp>

#include <boost/describe/class.hpp>
#include <boost/json/value.hpp>

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sentra_cli {

using json_problems = std::vector<boost::json::value>; // errors as io::json::write writes them

// Something per Kemendagri level, in the levels' order (a map would sort them by name).
template <class T>
struct by_level {
    T province{};
    T regency{};
    T district{};
    T village{};
    T& operator[](std::size_t level) noexcept
    {
        return level == 0 ? province : level == 1 ? regency : level == 2 ? district : village;
    }
    BOOST_DESCRIBE_CLASS(by_level, (), (province, regency, district, village), (), ())
};

// sentra regions lookup / search: a region and the regions above it (parent first).
struct region_output {
    std::string code;
    std::string_view level;       // the scheme's name: "village"
    std::string_view level_label; // in the chosen language
    std::optional<std::string_view> kind = {}; // "kota", "kelurahan"...
    std::string name;
};
BOOST_DESCRIBE_STRUCT(region_output, (), (code, level, level_label, kind, name))

struct region_found_output : region_output {
    std::vector<region_output> chain;
};
BOOST_DESCRIBE_STRUCT(region_found_output, (region_output), (chain))

// An argument that named nothing (lookups): the argument and why.
struct lookup_failure_output {
    std::string input;
    boost::json::value error;
};
BOOST_DESCRIBE_STRUCT(lookup_failure_output, (), (input, error))

// sentra regions check
struct regions_check_output {
    std::string source;
    by_level<std::size_t> counts;
    bool valid = false;
    std::size_t errors = 0;
    json_problems problems;
};
BOOST_DESCRIBE_STRUCT(regions_check_output, (), (source, counts, valid, errors, problems))

// sentra regions diff
struct region_change_output {
    sentra::region_change change{};
    std::string_view level;
    std::optional<std::string> before = {};
    std::optional<std::string> before_name = {};
    std::optional<std::string> after = {};
    std::optional<std::string> after_name = {};
    std::optional<bool> moved = {}; // recoded: moved to another parent
};
BOOST_DESCRIBE_STRUCT(region_change_output, (),
                      (change, level, before, before_name, after, after_name, moved))

struct change_counts_output {
    std::size_t added = 0;
    std::size_t removed = 0;
    std::size_t renamed = 0;
    std::size_t recoded = 0;
};
BOOST_DESCRIBE_STRUCT(change_counts_output, (), (added, removed, renamed, recoded))

struct regions_diff_output {
    std::string before;
    std::string after;
    by_level<change_counts_output> counts;
    std::vector<region_change_output> changes;
};
BOOST_DESCRIBE_STRUCT(regions_diff_output, (), (before, after, counts, changes))

// sentra kbli lookup / search: an entry of a classification and, for lookups, its chain.
struct industry_output {
    std::string code;
    std::string_view level;
    std::string_view level_label;
    std::string_view title;
    std::optional<std::string_view> title_sentence = {}; // when it differs from the title
    std::optional<std::string_view> description = {};
    std::optional<bool> legacy = {}; // a KBLI 2017 code kept for old records
};
BOOST_DESCRIBE_STRUCT(industry_output, (),
                      (code, level, level_label, title, title_sentence, description, legacy))

struct industry_found_output : industry_output {
    std::vector<industry_output> chain;
};
BOOST_DESCRIBE_STRUCT(industry_found_output, (industry_output), (chain))

// sentra kbli diff 2020 2025
struct kbli_code_output {
    std::string code;
    std::string_view level;
    std::string_view title;
};
BOOST_DESCRIBE_STRUCT(kbli_code_output, (), (code, level, title))

struct kbli_title_change_output {
    std::string code;
    std::string_view level;
    std::string title_2020;
    std::string title_2025;
    double words_shared = 0; // the share of words the two titles have in common
    bool likely_other_meaning = false;
};
BOOST_DESCRIBE_STRUCT(kbli_title_change_output, (),
                      (code, level, title_2020, title_2025, words_shared, likely_other_meaning))

struct kbli_diff_output {
    std::string_view from = "kbli2020";
    std::string_view to = "kbli2025";
    std::vector<kbli_code_output> only_2020;
    std::vector<kbli_code_output> only_2025;
    std::vector<kbli_title_change_output> changed_title;
    std::size_t likely_other_meaning = 0;
    std::size_t same_title = 0;
};
BOOST_DESCRIBE_STRUCT(kbli_diff_output, (),
                      (from, to, only_2020, only_2025, changed_title, likely_other_meaning,
                       same_title))

// sentra data
struct edition_output {
    std::string_view name;
    std::string_view decree;
    std::string_view source;
    bool default_ = false; // "default"
    by_level<std::size_t> counts;
};
BOOST_DESCRIBE_STRUCT(edition_output, (), (name, decree, source, default_, counts))

struct classification_output {
    std::string_view name;
    std::string_view title;
    std::string_view regulation;
    std::string_view source;
    std::string_view file;
    std::size_t codes = 0;
    bool default_ = false;
};
BOOST_DESCRIBE_STRUCT(classification_output, (),
                      (name, title, regulation, source, file, codes, default_))

struct data_place_output {
    sentra::io::data_origin origin{};
    std::string folder;
    bool found = false;
    std::optional<std::string> why_not = {};      // a message id
    std::optional<std::string> why_not_text = {}; // in the chosen language
};
BOOST_DESCRIBE_STRUCT(data_place_output, (), (origin, folder, found, why_not, why_not_text))

struct data_output {
    std::string_view version;
    std::vector<edition_output> regions;
    std::vector<classification_output> classifications;
    std::vector<data_place_output> places;
    std::optional<std::string> folder = {}; // absent: none found
};
BOOST_DESCRIBE_STRUCT(data_output, (), (version, regions, classifications, places, folder))

// sentra cluster report --format json: a cluster, counted.
struct size_class_counts_output { // the classes counted, smallest first
    std::optional<std::size_t> mikro, kecil, menengah, besar;
};
BOOST_DESCRIBE_STRUCT(size_class_counts_output, (), (mikro, kecil, menengah, besar))

struct size_counts_output {
    std::string_view criteria;
    sentra::size_purpose purpose{};
    size_class_counts_output counts;
    std::size_t unclassified = 0;
    std::size_t conflicts = 0;
};
BOOST_DESCRIBE_STRUCT(size_counts_output, (), (criteria, purpose, counts, unclassified, conflicts))

template <class P>
struct event_output : sentra::basic_event<P> {
    std::int64_t total_stands = 0;
    BOOST_DESCRIBE_CLASS(event_output, (sentra::basic_event<P>), (total_stands), (), ())
};

template <class P>
struct cluster_output {
    std::string id;
    std::string name;
    std::size_t members = 0;
    std::map<std::string, std::size_t> by_category; // "unknown" for members with none
    size_counts_output by_size;
    std::map<std::string, std::size_t> by_village;
    std::vector<event_output<P>> events;
    json_problems findings;
    BOOST_DESCRIBE_CLASS(cluster_output, (),
                         (id, name, members, by_category, by_size, by_village, events, findings),
                         (), ())
};

// sentra map --format ndjson: a line of the library's cluster map, with the names a reader
// wants beside the codes.
template <class P>
struct map_row_output : sentra::basic_cluster_map_entry<P> {
    sentra::lq_measure measure{};
    std::string region_name; // full name, most specific first
    std::string industry_title;
    std::string base_name; // "Indonesia" for the national base
    BOOST_DESCRIBE_CLASS(map_row_output, (sentra::basic_cluster_map_entry<P>),
                         (measure, region_name, industry_title, base_name), (), ())
};

// sentra validate --format json: the whole run, and (ndjson) one line per record.
struct validated_file_output {
    std::string file;
    std::uint64_t records = 0;
    std::size_t errors = 0;
    std::size_t warnings = 0;
    bool readable = true;
};
BOOST_DESCRIBE_STRUCT(validated_file_output, (), (file, records, errors, warnings, readable))

struct validate_output {
    bool valid = false;
    std::vector<validated_file_output> files;
    std::uint64_t records = 0;
    std::size_t errors = 0;
    std::size_t warnings = 0;
    bool stopped_at_max_errors = false;
    json_problems problems;
    std::optional<std::string_view> classification = {}; // of enterprise streams
};
BOOST_DESCRIBE_STRUCT(validate_output, (),
                      (valid, files, records, errors, warnings, stopped_at_max_errors, problems,
                       classification))

struct validated_record_output {
    std::string file;
    std::uint64_t line = 0;
    bool valid = false;
    std::optional<std::string> id = {};
    json_problems problems;
};
BOOST_DESCRIBE_STRUCT(validated_record_output, (), (file, line, valid, id, problems))

} // namespace sentra_cli

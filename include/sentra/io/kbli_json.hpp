// sentra/io/kbli_json.hpp — reading KBLI from the JSON files of BPS's publication as
// data/kbli/2025/ ships them (unchanged: their licence forbids a converted copy): one file a
// level, 01_kategori.json to 05_kelompok.json, each an array of {code, title, description}
// with the parent's code under the parent level's name ("kategori_code" ...
// "subgolongan_code").
//
// Every problem is reported with its file, line, column and JSON Pointer, as the CSV readers
// do: the JSON itself (syntax, invalid UTF-8, a wrong type, a missing or unknown key), a code
// of the wrong form or the wrong level for its file, a parent that is not the code's, an
// empty title; the catalog builder then checks the list as a whole (duplicates, parents that
// exist).
#pragma once

#include <sentra/business/catalog.hpp>
#include <sentra/detail/list_messages.hpp>
#include <sentra/error.hpp>
#include <sentra/io/file.hpp>
#include <sentra/io/json.hpp>

#include <boost/describe/class.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace sentra::io {

// The level files, section first.
inline constexpr std::array<std::string_view, 5> kbli_json_files{
    "01_kategori.json", "02_golongan_pokok.json", "03_golongan.json", "04_subgolongan.json",
    "05_kelompok.json"};

namespace detail {

struct kbli_json_section {
    std::string code, title, description;
};
struct kbli_json_division {
    std::string code, title, description, kategori_code;
};
struct kbli_json_group {
    std::string code, title, description, golongan_pokok_code;
};
struct kbli_json_class {
    std::string code, title, description, golongan_code;
};
struct kbli_json_subclass {
    std::string code, title, description, subgolongan_code;
};
BOOST_DESCRIBE_STRUCT(kbli_json_section, (), (code, title, description))
BOOST_DESCRIBE_STRUCT(kbli_json_division, (), (code, title, description, kategori_code))
BOOST_DESCRIBE_STRUCT(kbli_json_group, (), (code, title, description, golongan_pokok_code))
BOOST_DESCRIBE_STRUCT(kbli_json_class, (), (code, title, description, golongan_code))
BOOST_DESCRIBE_STRUCT(kbli_json_subclass, (), (code, title, description, subgolongan_code))

inline std::string_view parent_of(kbli_json_section const&) noexcept { return {}; }
inline std::string_view parent_of(kbli_json_division const& r) noexcept { return r.kategori_code; }
inline std::string_view parent_of(kbli_json_group const& r) noexcept { return r.golongan_pokok_code; }
inline std::string_view parent_of(kbli_json_class const& r) noexcept { return r.golongan_code; }
inline std::string_view parent_of(kbli_json_subclass const& r) noexcept { return r.subgolongan_code; }
inline constexpr std::array<std::string_view, 5> kbli_json_parent_keys{
    "", "kategori_code", "golongan_pokok_code", "golongan_code", "subgolongan_code"};

template <classification_scheme C, class Row>
void add_kbli_json_rows(catalog_builder<C>& b, std::size_t level, std::string_view text,
                        std::string const& file)
{
    auto rows = json::parse<std::vector<Row>>(text, file);
    if (!rows) {
        for (auto const& e : rows.error()) b.add_problem(e);
        return;
    }
    // Each row's line and column: the places of their pointers, found in one pass.
    report places;
    for (std::size_t i = 0; i < rows->size(); ++i) {
        location l;
        l.pointer = "/" + std::to_string(i);
        places.add(error{errc::invalid_value, std::move(l), "list.empty_file", {}});
    }
    json::locate(text, places, file);
    report problems;
    auto at = [&](std::size_t i, std::string_view key) {
        location l;
        l.pointer = "/" + std::to_string(i) + "/" + std::string(key);
        return l;
    };
    std::vector<std::pair<std::size_t, any_industry_code<C>>> good;
    for (std::size_t i = 0; i < rows->size(); ++i) {
        Row const& r = (*rows)[i];
        auto code = any_industry_code<C>::parse(r.code);
        if (!code) {
            error e = code.error();
            e.where = at(i, "code");
            problems.add(std::move(e));
            continue;
        }
        bool ok = true;
        if (code->level() != level) {
            problems.add(errc::wrong_level, at(i, "code"), "code.wrong_level",
                         {{"input", quote_input(r.code)},
                          {"level", sentra::detail::level_label_of<C>(code->level())},
                          {"expected", sentra::detail::level_label_of<C>(level)}});
            ok = false;
        } else if (level > 0) {
            std::string const parent = code->parent()->to_string();
            if (parent_of(r) != parent) {
                problems.add(errc::parent_mismatch, at(i, kbli_json_parent_keys[level]),
                             "catalog.parent_mismatch",
                             {{"input", quote_input(parent_of(r))},
                              {"code", code->to_string()},
                              {"parent", parent}});
                ok = false;
            }
        }
        if (r.title.find_first_not_of(" \t") == std::string::npos) {
            problems.add(errc::empty_value, at(i, "title"), "industry.no_title",
                         {{"code", code->to_string()}});
            ok = false;
        }
        if (ok) good.emplace_back(i, *code);
    }
    json::locate(text, problems, file);
    for (auto const& e : problems) b.add_problem(e);
    for (auto const& [i, code] : good) {
        Row const& r = (*rows)[i];
        b.add(code, C::title_language == lang::id ? std::string_view(r.title) : std::string_view(),
              C::title_language == lang::id ? std::string_view() : std::string_view(r.title),
              r.description, places.problems()[i].where);
    }
}

} // namespace detail

// Adds the text of one level's file (`level` 0 for sections ... 4 for subclasses) to a
// builder; `file` names it in errors. An empty or blank text is an empty list.
template <classification_scheme C = kbli2025>
    requires(C::levels == 5)
void add_kbli_json(catalog_builder<C>& b, std::size_t level, std::string_view text,
                   std::string const& file)
{
    if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) {
        b.add_problem(sentra::detail::empty_list_file(file));
        return;
    }
    switch (level) {
    case 0: detail::add_kbli_json_rows<C, detail::kbli_json_section>(b, 0, text, file); break;
    case 1: detail::add_kbli_json_rows<C, detail::kbli_json_division>(b, 1, text, file); break;
    case 2: detail::add_kbli_json_rows<C, detail::kbli_json_group>(b, 2, text, file); break;
    case 3: detail::add_kbli_json_rows<C, detail::kbli_json_class>(b, 3, text, file); break;
    case 4: detail::add_kbli_json_rows<C, detail::kbli_json_subclass>(b, 4, text, file); break;
    default:
        b.add_problem(make_error(errc::wrong_level, "aggregate.no_industry_level",
                                 {{"level", level}}));
    }
}

// Reads the five level files of `folder` (data/kbli/2025/) into a catalog.
template <classification_scheme C = kbli2025>
    requires(C::levels == 5)
result<basic_catalog<C>, report> read_kbli_json(std::filesystem::path const& folder,
                                                catalog_options options = {})
{
    catalog_builder<C> b(options);
    std::string text;
    for (std::size_t level = 0; level < kbli_json_files.size(); ++level) {
        auto const path = folder / std::string(kbli_json_files[level]);
        if (auto r = read_file_into(path, text); !r) {
            b.add_problem(r.error());
            continue;
        }
        add_kbli_json<C>(b, level, text, path.string());
    }
    return std::move(b).finish();
}

} // namespace sentra::io

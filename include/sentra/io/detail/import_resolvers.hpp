// sentra/io/detail/import_resolvers.hpp — what the members-list import looks up in the
// reference data, each text once and then remembered (most rows repeat a few dozen names):
// a district or village by code or by name within an area (region_resolver, with "did you
// mean" and the candidates of an ambiguous name), and KBLI codes given as codes, as a code
// and its title, or as the words of a title (industry_resolver).
#pragma once

#include <sentra/business/catalog.hpp>
#include <sentra/enterprise.hpp>
#include <sentra/error.hpp>
#include <sentra/io/detail/import_cells.hpp>
#include <sentra/lang.hpp>
#include <sentra/region/gazetteer.hpp>
#include <sentra/region/name.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace sentra::io::detail {

using sentra::detail::cat;

// Strings hashed as views, for caches looked up by the text of a cell.
struct text_hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const noexcept
    {
        return std::hash<std::string_view>{}(s);
    }
};

template <class S>
class region_resolver {
public:
    using view_type = region_view<S>;

    explicit region_resolver(basic_gazetteer<S> const* regions) noexcept : regions_(regions) {}

    // The region of `level` that `text` names (a code, or a name within `within`), or none
    // with the problem added at `where`; `what` names the level in problems ("village").
    // Without a gazetteer, none and no problem.
    std::optional<view_type> resolve(std::string_view text, std::size_t level,
                                     std::optional<view_type> within, location const& where,
                                     report& problems)
    {
        bilingual const what = sentra::detail::level_label_of<S>(level);
        if (!regions_) return std::nullopt;
        // A code, if it looks like one.
        if (text.find_first_not_of("0123456789. ") == std::string_view::npos) {
            auto code = any_region_code<S>::parse(text);
            if (!code) {
                error e = code.error();
                e.where = where;
                problems.add(std::move(e));
                return std::nullopt;
            }
            if (code->level() != level) {
                problems.add(errc::wrong_level, where, "code.wrong_level",
                             {{"input", quote_input(text)},
                              {"level", sentra::detail::level_label_of<S>(code->level())},
                              {"expected", what}});
                return std::nullopt;
            }
            auto found = regions_->find(*code);
            if (!found) {
                problems.add(errc::unknown_code, where, "region.not_in_gazetteer",
                             {{"code", code->to_string()}});
                return std::nullopt;
            }
            if (within && !is_under(*found, *within)) {
                problems.add(errc::invalid_value, where, "import.not_in_area",
                             {{"region", region_label(*found)}, {"area", region_label(*within)}});
                return std::nullopt;
            }
            return found;
        }
        // Most rows repeat a few dozen names: each found once, then remembered.
        std::uint64_t const scope = (within ? within->code().value() + 1 : 0) * 8 + level;
        auto& cache = resolved_[scope];
        if (auto it = cache.find(text); it != cache.end()) return it->second;
        auto const matches = regions_->find_by_name(text, level, within);
        if (matches.size() == 1) {
            if (cache.size() < 4096) cache.emplace(std::string(text), matches.front());
            return matches.front();
        }
        message_arg const in_area =
            within ? message_arg("within", message{"part.within", {{"place", place_name(*within)}}})
                   : message_arg("within", message{"part.in_gazetteer", {}});
        if (matches.empty()) {
            std::vector<std::string> names;
            for (auto const& v : regions_->nearest_names(text, level, within, 3))
                names.emplace_back(v.name());
            problems.add(errc::unknown_name, where, "import.no_region",
                         {{"level", what},
                          {"input", quote_input(text)},
                          in_area,
                          sentra::detail::suggestion_arg(names)});
            return std::nullopt;
        }
        std::vector<std::string> candidates;
        for (auto const& v : matches) {
            std::string c = region_label(v);
            if (auto p = v.parent()) c = cat(v.name(), " (", p->name(), ", ", v.code().to_string(), ")");
            candidates.push_back(std::move(c));
        }
        problems.add(errc::ambiguous_name, where,
                     level == S::levels - 1 ? message_id("import.ambiguous_village")
                                            : message_id("import.ambiguous_region"),
                     {{"count", matches.size()},
                      {"level", what},
                      {"input", quote_input(text)},
                      in_area,
                      {"candidates", listed(candidates, candidates.size(), "; ")}});
        return std::nullopt;
    }


    // Whether `v` lies in `area` (or is it).
    static bool is_under(view_type v, view_type const& area)
    {
        while (v.level_index() > area.level_index()) v = *v.parent();
        return v == area;
    }

private:
    basic_gazetteer<S> const* regions_;
    // Names found, by where they were looked for (a region and a level) and as written.
    std::unordered_map<std::uint64_t,
                       std::unordered_map<std::string, view_type, text_hash, std::equal_to<>>>
        resolved_;
};

template <class P>
class industry_resolver {
public:
    using classification_type = typename P::classification_type;
    using activity_type = typename basic_enterprise<P>::activity_type;

    explicit industry_resolver(basic_catalog<classification_type> const* catalog) noexcept
        : catalog_(catalog)
    {
    }

    // Adds the codes `text` gives to `out` (once each), or the problems at `where`: codes
    // apart by commas, semicolons, slashes or spaces, a code and its title, or the words of a
    // title (looked up in the catalog, when given).
    void read(std::string_view text, location const& where, std::vector<activity_type>& out,
              report& problems)
    {
        // Codes: one or more, apart by commas, semicolons, slashes or spaces.
        bool codes = text.find_first_of("0123456789") != std::string_view::npos;
        for (char c : text)
            if (!((c >= '0' && c <= '9') || c == ',' || c == ';' || c == '/' || c == ' '))
                codes = false;
        // "14111 - Industri Pakaian Jadi": a code and its title.
        std::string_view lead = text.substr(0, text.find_first_not_of("0123456789"));
        if (!codes && lead.size() == 5 && text.size() > 5 &&
            text.substr(5).find_first_not_of(" -:") != 0) {
            text = lead;
            codes = true;
        }
        if (codes) {
            for (std::size_t i = 0; i < text.size();) {
                std::size_t const j = text.find_first_of(",;/ ", i);
                std::string_view const part =
                    text.substr(i, j == std::string_view::npos ? std::string_view::npos : j - i);
                i = j == std::string_view::npos ? text.size() : j + 1;
                if (part.empty()) continue;
                auto code = activity_type::parse(part);
                if (!code) {
                    error err = code.error();
                    err.where = where;
                    // "1111": the sheet took 01111 for a number and dropped its 0.
                    if (part.find_first_not_of("0123456789") == std::string_view::npos &&
                        activity_type::try_parse(cat("0", part))) {
                        message why{err.id, std::move(err.args)};
                        err.id = "import.code_lost_zero";
                        err.args = {{"why", std::move(why)}, {"code", cat("0", part)}};
                    }
                    problems.add(std::move(err));
                    continue;
                }
                if (catalog_ && !catalog_->find(*code)) {
                    problems.add(errc::unknown_code, where, "industry.not_in_classification",
                                 {{"code", code->to_string()},
                                  {"classification", std::string(classification_type::name)}});
                    continue;
                }
                if (std::find(out.begin(), out.end(), *code) == out.end())
                    out.push_back(*code);
            }
            return;
        }
        if (!catalog_) {
            problems.add(errc::malformed_code, where, "import.kbli_without_catalog",
                         {{"input", quote_input(text)}});
            return;
        }
        // Words: a title that is exactly them, else every finest-level title holding them.
        // Each wording is looked up once (a search reads every title), then remembered.
        auto it = words_.find(text);
        if (it == words_.end()) {
            words_outcome outcome = by_words(text);
            if (words_.size() >= 4096) words_.clear();
            it = words_.emplace(std::string(text), std::move(outcome)).first;
        }
        if (it->second.code) {
            out.push_back(*it->second.code);
            return;
        }
        problems.add(it->second.problem, where, it->second.id, it->second.args);
    }

private:
    struct words_outcome {
        std::optional<activity_type> code;
        errc problem{};
        message_id id;
        std::vector<message_arg> args;
    };

    words_outcome by_words(std::string_view text) const
    {
        constexpr std::size_t finest = classification_type::levels - 1;
        std::vector<catalog_entry<classification_type>> hits;
        std::string const want = sentra::normalize_name(text);
        for (auto const& entry : catalog_->search(text)) {
            if (entry.level() != finest) continue;
            if (sentra::normalize_name(entry.title(lang::id)) == want ||
                sentra::normalize_name(entry.title(lang::en)) == want) {
                hits.assign(1, entry);
                break;
            }
            hits.push_back(entry);
        }
        if (hits.size() == 1) return {hits.front().code().template as<finest>(), {}, {}, {}};
        if (hits.empty())
            return {std::nullopt, errc::unknown_name, "import.no_title_words",
                    {{"classification", std::string(classification_type::name)},
                     {"input", quote_input(text)}}};
        std::vector<std::string> candidates;
        for (auto const& h : hits)
            candidates.push_back(cat(h.code().to_string(), " ", h.title(lang::id)));
        return {std::nullopt, errc::ambiguous_name, "import.ambiguous_title_words",
                {{"count", hits.size()},
                 {"classification", std::string(classification_type::name)},
                 {"input", quote_input(text)},
                 {"candidates", listed(candidates, 8, "; ")},
                 sentra::detail::more_arg(hits.size() > 8 ? hits.size() - 8 : 0)}};
    }

    basic_catalog<classification_type> const* catalog_;
    // KBLI words, as written, and what they came to.
    std::unordered_map<std::string, words_outcome, text_hash, std::equal_to<>> words_;
};

} // namespace sentra::io::detail

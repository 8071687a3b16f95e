// sentra/business/catalog.hpp — the code list of a classification (KBLI 2025, KBLI 2020,
// ISIC Rev.4): building and checking it, titles (official, and in sentence case where the
// official text is upper case), descriptions, children, look-up and search by words. Reading
// the official files is io's part (sentra/io/catalog_csv.hpp, sentra/io/kbli_json.hpp); this
// header does no I/O.
//
// "Well-formed but not in the catalog" (unknown_code) is a different error from
// "malformed" (malformed_code). The OSS licensing system still issues three KBLI 2017
// codes (61925, 74100, 77301) that KBLI 2020 no longer has; a scheme lists such codes as
// `legacy_codes`, and a catalog accepts them only when built with `accept_legacy_codes`,
// and marks them `legacy()`.
#pragma once

#include <sentra/business/industry_code.hpp>
#include <sentra/detail/ascii.hpp>
#include <sentra/detail/list_messages.hpp>
#include <sentra/detail/utf8.hpp>
#include <sentra/error.hpp>
#include <sentra/business/fwd.hpp>
#include <sentra/fwd.hpp>

#include <algorithm>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace sentra {

namespace detail {

// Abbreviations and names a sentence-case title keeps as they are written (KBLI 2025).
inline constexpr std::pair<std::string_view, std::string_view> title_words_kept[] = {
    {"3D", "3D"},     {"AKAP", "AKAP"},         {"AKDP", "AKDP"},         {"B2", "B2"},
    {"B3", "B3"},     {"BUDDHA", "Buddha"},     {"CD", "CD"},             {"DVD", "DVD"},
    {"HINDU", "Hindu"}, {"INDONESIA", "Indonesia"}, {"IOT", "IoT"},     {"IPTV", "IPTV"},
    {"ISLAM", "Islam"}, {"ITKP", "ITKP"},       {"JPT", "JPT"},           {"KATOLIK", "Katolik"},
    {"KONGHUCU", "Konghucu"}, {"LED", "LED"},   {"LKS", "LKS"},           {"LPG", "LPG"},
    {"OPT", "OPT"},   {"POME", "POME"},         {"PROTESTAN", "Protestan"}, {"PRT", "PRT"},
    {"SMS", "SMS"},   {"SPA", "SPA"},           {"YBDI", "YBDI"},         {"YTDL", "YTDL"}};

// "AKTIVITAS SANTE PAR AQUA  (SPA) HARIAN" -> "Aktivitas sante par aqua (SPA) harian": the
// first letter upper case, the rest lower but the abbreviations and names above, runs of
// spaces one, no space just inside parentheses. Bytes outside ASCII are kept.
inline std::string sentence_case(std::string_view title)
{
    std::string out;
    out.reserve(title.size());
    std::size_t i = 0;
    auto is_word = [](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    };
    while (i < title.size()) {
        char const c = title[i];
        if (c == ' ' || c == '\t') {
            while (i < title.size() && (title[i] == ' ' || title[i] == '\t')) ++i;
            if (!out.empty() && out.back() != '(' && i < title.size() && title[i] != ')')
                out += ' ';
            continue;
        }
        if (!is_word(c)) {
            out += c;
            ++i;
            continue;
        }
        std::size_t j = i;
        while (j < title.size() && is_word(title[j])) ++j;
        std::string_view const word = title.substr(i, j - i);
        bool kept = false;
        for (auto const& [upper, written] : title_words_kept)
            if (word == upper) {
                out += written;
                kept = true;
                break;
            }
        if (!kept)
            for (char w : word) out += (w >= 'A' && w <= 'Z') ? static_cast<char>(w - 'A' + 'a') : w;
        i = j;
    }
    for (char& c : out)
        if (c >= 'a' && c <= 'z') {
            c = static_cast<char>(c - 'a' + 'A');
            break;
        } else if (c != '(' && c != '"' && c != '\'') {
            break;
        }
    return out;
}

} // namespace detail

struct catalog_options {
    // Stop after this many errors (0: report all).
    std::size_t max_errors = 0;
    // Accept the scheme's legacy codes (KBLI 2020: the KBLI 2017 codes 61925, 74100 and
    // 77301, which OSS still issues); a scheme without `legacy_codes` has none.
    bool accept_legacy_codes = false;
};

// One entry of a catalog: cheap to copy, valid while the catalog lives.
template <classification_scheme C>
class catalog_entry {
public:
    any_industry_code<C> code() const noexcept { return e().code; }
    std::size_t level() const noexcept { return e().code.level(); }
    // The typed code when this entry is of that code's level: `entry.as<kbli_subclass>()`.
    template <class Code>
        requires std::same_as<Code, industry_code<C, Code::level>>
    std::optional<Code> as() const noexcept
    {
        return e().code.template as<Code>();
    }
    // The title in `language`, or in the other language when the catalog has none in it
    // (KBLI 2020 has no official English titles below division; see docs/business.md).
    std::string_view title(lang language = C::title_language) const noexcept
    {
        auto const& x = e();
        std::string_view const want = language == lang::id ? x.title_id : x.title_en;
        if (!want.empty()) return want;
        return language == lang::id ? x.title_en : x.title_id;
    }
    // The title as people write it: the official one, in sentence case where the scheme
    // prints titles in upper case (KBLI 2025: "PERTANIAN JAGUNG" is "Pertanian jagung").
    // Where the catalog has no title in `language`, the sentence case of the one it has.
    std::string_view sentence_title(lang language = C::title_language) const noexcept
    {
        auto const& x = e();
        if (!x.sentence.empty()) {
            std::string_view const want = language == lang::id ? x.title_id : x.title_en;
            if (language == C::title_language || want.empty()) return x.sentence;
        }
        return title(language);
    }
    // The official description of what the code covers and does not ("" when the list has
    // none: the KBLI 2020 and ISIC files ship titles only).
    std::string_view description() const noexcept { return e().description; }
    // A KBLI 2017 code accepted by option.
    bool legacy() const noexcept { return e().legacy; }
    std::optional<catalog_entry> parent() const noexcept
    {
        if (e().parent == npos) return std::nullopt;
        return catalog_entry(c_, e().parent);
    }
    std::vector<catalog_entry> children() const
    {
        std::vector<catalog_entry> out;
        for (auto i : e().children) out.push_back(catalog_entry(c_, i));
        return out;
    }
    // From the section down to this entry.
    std::vector<catalog_entry> chain() const
    {
        std::vector<catalog_entry> out{*this};
        while (auto p = out.back().parent()) out.push_back(*p);
        std::reverse(out.begin(), out.end());
        return out;
    }
    friend bool operator==(catalog_entry const& a, catalog_entry const& b) noexcept
    {
        return a.c_ == b.c_ && a.i_ == b.i_;
    }

private:
    friend class basic_catalog<C>;
    friend class catalog_builder<C>;
    static constexpr std::uint32_t npos = 0xffffffffu;
    catalog_entry(basic_catalog<C> const* c, std::uint32_t i) noexcept : c_(c), i_(i) {}
    auto const& e() const noexcept { return c_->entries_[i_]; }
    basic_catalog<C> const* c_;
    std::uint32_t i_;
};

template <classification_scheme C>
class basic_catalog {
public:
    using scheme_type = C;
    using entry = catalog_entry<C>;

    basic_catalog() = default;

    std::size_t size() const noexcept { return entries_.size(); }
    std::size_t count(std::size_t level) const noexcept
    {
        return static_cast<std::size_t>(
            std::count_if(entries_.begin(), entries_.end(),
                          [&](auto const& x) { return x.code.level() == level; }));
    }

    std::optional<entry> find(any_industry_code<C> const& code) const noexcept
    {
        auto const k = key_of(code);
        auto it = std::lower_bound(index_.begin(), index_.end(), std::pair(k, std::uint32_t{0}));
        if (it == index_.end() || it->first != k) return std::nullopt;
        return entry(this, it->second);
    }
    template <std::size_t L>
    std::optional<entry> find(industry_code<C, L> const& code) const noexcept
    {
        return find(any_industry_code<C>(code));
    }

    // Parses and finds: malformed_code for text that is no code, unknown_code for a
    // well-formed code the catalog does not have.
    result<entry> lookup(std::string_view text) const
    {
        auto code = any_industry_code<C>::parse(text);
        if (!code) return code.error();
        if (auto e = find(*code)) return *e;
        if (is_legacy_code(*code))
            return make_error(errc::unknown_code, "industry.legacy_code",
                              {{"code", code->to_string()},
                               {"classification", std::string(C::name)},
                               {"legacy", legacy_title()}});
        return make_error(errc::unknown_code, "industry.not_in_classification",
                          {{"code", code->to_string()}, {"classification", std::string(C::name)}});
    }

    // Every entry of a level, in code order.
    std::vector<entry> entries(std::size_t level) const
    {
        std::vector<entry> out;
        for (std::uint32_t i = 0; i < entries_.size(); ++i)
            if (entries_[i].code.level() == level) out.push_back(entry(this, i));
        return out;
    }

    // Entries whose title (in either language) contains every word, ignoring ASCII case;
    // in code order.
    std::vector<entry> search(std::string_view words) const;
    // The same, only entries of `level` (KBLI 2020: 4 is the subclass, the five-digit code
    // an enterprise registers under).
    std::vector<entry> search(std::string_view words, std::size_t level) const
    {
        auto found = search(words);
        std::erase_if(found, [&](entry const& x) { return x.level() != level; });
        return found;
    }

    // KBLI 2020 has no official English titles; its sections and divisions are ISIC
    // Rev.4's, so their English titles can be taken from an ISIC catalog. Below division a
    // shared number does not mean the same scope, so nothing else is taken.
    template <classification_scheme Other>
    void take_english_titles(basic_catalog<Other> const& isic) requires(
        std::is_same_v<C, kbli2020>&& std::is_same_v<Other, isic4>)
    {
        for (auto& n : entries_) {
            if (n.code.level() > 1 || !n.title_en.empty()) continue;
            if (auto e = isic.find(*any_industry_code<isic4>::parse(n.code.to_string())))
                n.title_en = std::string(e->title(lang::en));
        }
    }

    // A code the scheme lists as legacy (KBLI 2020: 61925, 74100, 77301).
    static constexpr bool is_legacy_code(any_industry_code<C> const& code) noexcept
    {
        if constexpr (requires { C::legacy_codes; }) {
            if (code.level() != C::legacy_level) return false;
            for (auto v : C::legacy_codes)
                if (code.value() == v) return true;
        }
        return false;
    }
    // What a legacy code is called in the catalog ("KBLI 2017 code still issued by OSS").
    static constexpr bilingual legacy_title() noexcept
    {
        if constexpr (requires { C::legacy_title; })
            return C::legacy_title;
        else
            return {"legacy code", "kode lama"};
    }

private:
    friend class catalog_entry<C>;
    friend class catalog_builder<C>;
    template <classification_scheme>
    friend class basic_catalog;
    static constexpr std::uint32_t npos = 0xffffffffu;

    struct node {
        any_industry_code<C> code;
        std::string title_id;
        std::string title_en;
        std::string description;
        std::string sentence; // the sentence-case title, for schemes printed in upper case
        std::uint32_t parent = npos;
        std::vector<std::uint32_t> children;
        bool legacy = false;
    };

    static std::uint64_t key_of(any_industry_code<C> const& c) noexcept
    {
        return (std::uint64_t{c.level()} << 32) | c.value();
    }

    std::vector<node> entries_;                                  // in code order
    std::vector<std::pair<std::uint64_t, std::uint32_t>> index_; // (key, entry), sorted
};

// Builds a catalog from entries given one by one, checking as it goes; finish() checks the
// list as a whole (duplicates, parents). The CSV reader of io/catalog_csv.hpp uses it; so
// can callers with their own sources.
template <classification_scheme C>
class catalog_builder {
public:
    explicit catalog_builder(catalog_options options = {})
        : report_(options.max_errors), options_(options)
    {
    }

    // Adds one entry; at least one title, each valid UTF-8. `where` names it in errors (a
    // CSV row: file and line; a value built in code: a field).
    void add(any_industry_code<C> const& code, std::string_view title_id,
             std::string_view title_en, location where = {});
    // The same with the official description of the code (KBLI 2025's files have one).
    void add(any_industry_code<C> const& code, std::string_view title_id,
             std::string_view title_en, std::string_view description, location where);
    // Records a problem found outside the builder (a missing file, a malformed row).
    void add_problem(error e) { report_.add(std::move(e)); }

    report const& problems() const noexcept { return report_; }
    std::size_t size() const noexcept { return pending_.size(); }

    // The catalog, or every problem found.
    result<basic_catalog<C>, report> finish() &&;

private:
    // The CSV reader reports row problems in file order, into the same report.
    friend struct io::detail::catalog_csv<C>;
    using node = typename basic_catalog<C>::node;
    struct pending {
        node entry;
        location where;
    };
    report report_;
    catalog_options options_;
    std::vector<pending> pending_;
};

using kbli_catalog = basic_catalog<kbli2020>;
using kbli2025_catalog = basic_catalog<kbli2025>;
using isic_catalog = basic_catalog<isic4>;

template <classification_scheme C>
std::vector<catalog_entry<C>> basic_catalog<C>::search(std::string_view words) const
{
    std::vector<std::string> want;
    std::string const q = detail::ascii_lower(words);
    for (std::size_t i = 0; i < q.size();) {
        while (i < q.size() && (q[i] == ' ' || q[i] == '\t')) ++i;
        std::size_t j = i;
        while (j < q.size() && q[j] != ' ' && q[j] != '\t') ++j;
        if (j > i) want.push_back(q.substr(i, j - i));
        i = j;
    }
    std::vector<entry> out;
    if (want.empty()) return out;
    for (std::uint32_t i = 0; i < entries_.size(); ++i) {
        std::string const id = detail::ascii_lower(entries_[i].title_id);
        std::string const en = detail::ascii_lower(entries_[i].title_en);
        bool all = true;
        for (auto const& w : want)
            if (id.find(w) == std::string::npos && en.find(w) == std::string::npos) {
                all = false;
                break;
            }
        if (all) out.push_back(entry(this, i));
    }
    return out;
}

template <classification_scheme C>
void catalog_builder<C>::add(any_industry_code<C> const& code, std::string_view title_id,
                             std::string_view title_en, location where)
{
    add(code, title_id, title_en, {}, std::move(where));
}

template <classification_scheme C>
void catalog_builder<C>::add(any_industry_code<C> const& code, std::string_view title_id,
                             std::string_view title_en, std::string_view description,
                             location where)
{
    if (code.empty()) {
        report_.add(errc::empty_value, std::move(where), "industry.empty_code");
        return;
    }
    for (std::string_view t : {title_id, title_en, description})
        if (std::size_t const bad = detail::find_invalid_utf8(t); bad != detail::utf8_ok) {
            location l = where;
            if (l.column != 0) l.column += static_cast<std::uint32_t>(bad);
            report_.add(errc::invalid_utf8, std::move(l), "industry.title_utf8");
            return;
        }
    if (title_id.empty() && title_en.empty()) {
        report_.add(errc::empty_value, std::move(where), "industry.no_title",
                    {{"code", code.to_string()}});
        return;
    }
    node n;
    n.code = code;
    n.title_id = std::string(title_id);
    n.title_en = std::string(title_en);
    n.description = std::string(description);
    if constexpr (requires { C::upper_case_titles; }) {
        if constexpr (C::upper_case_titles)
            n.sentence = detail::sentence_case(C::title_language == lang::id ? title_id : title_en);
    }
    pending_.push_back({std::move(n), std::move(where)});
}

template <classification_scheme C>
result<basic_catalog<C>, report> catalog_builder<C>::finish() &&
{
    if (report_.has(error_class::io)) return std::move(report_);
    if constexpr (requires { C::legacy_codes; }) {
        if (options_.accept_legacy_codes)
            for (auto const v : C::legacy_codes) {
                auto const code =
                    detail::industry_code_access::make_any<C>(v, C::legacy_level);
                bool const listed = std::any_of(pending_.begin(), pending_.end(),
                                                [&](pending const& p) { return p.entry.code == code; });
                if (listed) continue; // the list has it already: nothing to stand in for
                node n;
                n.code = code;
                n.title_id = std::string(C::legacy_title.id);
                n.title_en = std::string(C::legacy_title.en);
                n.legacy = true;
                pending_.push_back({std::move(n), location{}});
            }
    }

    // Order, duplicates, parents.
    std::stable_sort(pending_.begin(), pending_.end(),
                     [](pending const& a, pending const& b) { return a.entry.code < b.entry.code; });
    for (std::size_t i = 1; i < pending_.size(); ++i)
        if (pending_[i].entry.code == pending_[i - 1].entry.code)
            report_.add(detail::duplicate_error(pending_[i].where,
                                                pending_[i].entry.code.to_string(),
                                                pending_[i - 1].where.line));
    basic_catalog<C> cat;
    cat.entries_.reserve(pending_.size());
    for (auto& p : pending_) cat.entries_.push_back(std::move(p.entry));
    cat.index_.reserve(cat.entries_.size());
    for (std::uint32_t i = 0; i < cat.entries_.size(); ++i)
        cat.index_.emplace_back(basic_catalog<C>::key_of(cat.entries_[i].code), i);
    std::sort(cat.index_.begin(), cat.index_.end());
    for (std::uint32_t i = 0; i < cat.entries_.size(); ++i) {
        auto& n = cat.entries_[i];
        // A legacy code hangs under its nearest ancestor that exists.
        for (auto p = n.code.parent(); p; p = n.legacy ? p->parent() : std::nullopt) {
            if (auto e = cat.find(*p)) {
                n.parent = e->i_;
                cat.entries_[e->i_].children.push_back(i);
                break;
            }
        }
        if (n.parent == basic_catalog<C>::npos && n.code.level() > 0)
            report_.add(detail::orphan_error(pending_[i].where, n.code.to_string(),
                                             detail::level_label_of<C>(n.code.level() - 1),
                                             n.code.parent()->to_string()));
    }
    if (!report_.ok()) return std::move(report_);
    return cat;
}

} // namespace sentra

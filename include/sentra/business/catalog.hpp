// sentra/business/catalog.hpp — the code list of a classification (KBLI 2020, ISIC Rev.4):
// loading and checking it, titles, children, look-up and search by words.
//
// "Well-formed but not in the catalog" (unknown_code) is a different error from
// "malformed" (malformed_code). The OSS licensing system still issues three KBLI 2017
// codes (61925, 74100, 77301) that KBLI 2020 no longer has; a catalog accepts them only
// when loaded with `accept_kbli2017_legacy`, and marks them `legacy()`.
#pragma once

#include <sentra/business/classification.hpp>
#include <sentra/detail/utf8.hpp>
#include <sentra/error.hpp>
#include <sentra/io/csv.hpp>
#include <sentra/io/file.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace sentra {

struct catalog_options {
    // Stop after this many errors (0: report all).
    std::size_t max_errors = 0;
    // Accept the KBLI 2017 codes 61925, 74100 and 77301, which OSS still issues (KBLI only).
    bool accept_kbli2017_legacy = false;
};

template <classification_scheme C>
class basic_catalog;

// One entry of a catalog: cheap to copy, valid while the catalog lives.
template <classification_scheme C>
class catalog_entry {
public:
    any_industry_code<C> code() const noexcept { return e().code; }
    std::size_t level() const noexcept { return e().code.level(); }
    // The title in `language`, or in the other language when the catalog has none in it
    // (KBLI 2020 has no official English titles below division; see docs/business.md).
    std::string_view title(lang language = C::title_language) const noexcept
    {
        auto const& x = e();
        std::string_view const want = language == lang::id ? x.title_id : x.title_en;
        if (!want.empty()) return want;
        return language == lang::id ? x.title_en : x.title_id;
    }
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

    // Loads a catalog file in the layout of data/kbli/ (a header naming the
    // columns code, level, parent_code and title_id, title_en or title).
    static result<basic_catalog, report> load(std::filesystem::path const& file,
                                              catalog_options options = {})
    {
        std::string text;
        if (auto r = io::read_file_into(file, text); !r) {
            report out;
            out.add(r.error());
            return out;
        }
        return from_csv(text, file.string(), options);
    }

    // The same from text; `file` names it in errors.
    static result<basic_catalog, report> from_csv(std::string_view text, std::string file,
                                                  catalog_options options = {});

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
        std::string detail = detail::cat(code->to_string(), " is not in ", C::name);
        if (is_kbli2017_legacy(*code))
            detail += " (a KBLI 2017 code still issued by OSS; load the catalog with "
                      "accept_kbli2017_legacy to accept it)";
        return make_error(errc::unknown_code, std::move(detail));
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

    static constexpr bool is_kbli2017_legacy(any_industry_code<C> const& code) noexcept
    {
        if constexpr (!std::is_same_v<C, kbli2020>)
            return false;
        else
            return code.level() == 4 &&
                   (code.value() == 61925 || code.value() == 74100 || code.value() == 77301);
    }

private:
    friend class catalog_entry<C>;
    template <classification_scheme>
    friend class basic_catalog;
    static constexpr std::uint32_t npos = 0xffffffffu;

    struct node {
        any_industry_code<C> code;
        std::string title_id;
        std::string title_en;
        std::uint32_t parent = npos;
        std::vector<std::uint32_t> children;
        bool legacy = false;
        std::uint32_t line = 0;
    };

    static std::uint64_t key_of(any_industry_code<C> const& c) noexcept
    {
        return (std::uint64_t{c.level()} << 32) | c.value();
    }

    std::vector<node> entries_;                                  // in code order
    std::vector<std::pair<std::uint64_t, std::uint32_t>> index_; // (key, entry), sorted
};

using kbli_catalog = basic_catalog<kbli2020>;
using isic_catalog = basic_catalog<isic4>;

namespace detail {

inline std::string ascii_lower(std::string_view s)
{
    std::string out(s);
    for (auto& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

} // namespace detail

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
result<basic_catalog<C>, report> basic_catalog<C>::from_csv(std::string_view text, std::string file,
                                                            catalog_options options)
{
    report out(options.max_errors);
    io::csv_reader reader(text, file);
    std::vector<io::csv_field> f;
    basic_catalog cat;

    // The header names the columns.
    int col_code = -1, col_level = -1, col_parent = -1, col_id = -1, col_en = -1;
    std::size_t columns = 0;
    for (;;) {
        auto const st = reader.next(f, out);
        if (st == io::csv_status::end) {
            location l;
            l.file = file;
            l.line = 1;
            l.column = 1;
            out.add(errc::bad_header, std::move(l), "the file is empty: no header row");
            return out;
        }
        if (st == io::csv_status::problem) continue;
        break;
    }
    columns = f.size();
    for (std::size_t i = 0; i < f.size(); ++i) {
        auto const name = f[i].text;
        int const c = static_cast<int>(i);
        if (name == "code")
            col_code = c;
        else if (name == "level")
            col_level = c;
        else if (name == "parent_code")
            col_parent = c;
        else if (name == "title_id")
            col_id = c;
        else if (name == "title_en")
            col_en = c;
        else if (name == "title")
            (C::title_language == lang::id ? col_id : col_en) = c;
    }
    if (col_code < 0 || col_level < 0 || col_parent < 0 || (col_id < 0 && col_en < 0)) {
        out.add(errc::bad_header, reader.where_line(reader.line()),
                "expected the columns code, level, parent_code and title_id, title_en or title");
        return out;
    }
    auto const field = [&](int c) { return f[static_cast<std::size_t>(c)]; };

    while (!out.full()) {
        auto const st = reader.next(f, out);
        if (st == io::csv_status::end) break;
        if (st == io::csv_status::problem) continue;
        if (f.size() != columns) {
            out.add(errc::wrong_column_count, reader.where_line(reader.line()),
                    detail::cat("expected ", std::to_string(columns), " columns, found ",
                                std::to_string(f.size())));
            continue;
        }
        auto const code = any_industry_code<C>::parse(field(col_code).text);
        if (!code) {
            error e = code.error();
            e.where = reader.where(field(col_code), e.where.column ? e.where.column - 1 : 0);
            out.add(std::move(e));
            continue;
        }
        bool ok = true;
        std::string_view const level_name = C::level_name(code->level());
        if (field(col_level).text != level_name) {
            out.add(errc::invalid_value, reader.where(field(col_level)),
                    detail::cat("level column says ",
                                detail::quote_for_detail(field(col_level).text), " but ",
                                code->to_string(), " is a ", level_name));
            ok = false;
        }
        std::string const parent = code->parent() ? code->parent()->to_string() : std::string();
        if (field(col_parent).text != parent) {
            out.add(errc::parent_mismatch, reader.where(field(col_parent)),
                    detail::cat("parent column says ",
                                detail::quote_for_detail(field(col_parent).text),
                                " but the parent of ", code->to_string(), " is '", parent, "'"));
            ok = false;
        }
        node n;
        n.code = *code;
        n.line = reader.line();
        for (int c : {col_id, col_en}) {
            if (c < 0) continue;
            auto const t = field(c).text;
            if (std::size_t const bad = detail::find_invalid_utf8(t); bad != detail::utf8_ok) {
                out.add(errc::invalid_utf8, reader.where(field(c), bad), "in the title");
                ok = false;
            }
            (c == col_id ? n.title_id : n.title_en) = std::string(t);
        }
        if (n.title_id.empty() && n.title_en.empty()) {
            out.add(errc::empty_value, reader.where(field(col_id >= 0 ? col_id : col_en)),
                    detail::cat(code->to_string(), " has no title"));
            ok = false;
        }
        if (ok) cat.entries_.push_back(std::move(n));
    }
    if constexpr (std::is_same_v<C, kbli2020>) {
        if (options.accept_kbli2017_legacy)
            for (auto const* legacy : {"61925", "74100", "77301"}) {
                node n;
                n.code = any_industry_code<C>::parse(legacy).value();
                n.title_id = "Kode KBLI 2017 yang masih diterbitkan OSS (tidak ada di KBLI 2020)";
                n.title_en = "KBLI 2017 code still issued by OSS (not in KBLI 2020)";
                n.legacy = true;
                cat.entries_.push_back(std::move(n));
            }
    }

    // Order, duplicates, parents.
    std::stable_sort(cat.entries_.begin(), cat.entries_.end(),
                     [](node const& a, node const& b) { return a.code < b.code; });
    cat.index_.reserve(cat.entries_.size());
    for (std::uint32_t i = 0; i < cat.entries_.size(); ++i)
        cat.index_.emplace_back(key_of(cat.entries_[i].code), i);
    std::sort(cat.index_.begin(), cat.index_.end());
    for (std::size_t i = 1; i < cat.index_.size(); ++i)
        if (cat.index_[i].first == cat.index_[i - 1].first) {
            auto const& n = cat.entries_[cat.index_[i].second];
            auto const& first = cat.entries_[cat.index_[i - 1].second];
            location l = reader.where_line(std::max(n.line, first.line));
            out.add(errc::duplicate_code, std::move(l),
                    detail::cat("'", n.code.to_string(), "' appears more than once (first at line ",
                                std::to_string(std::min(n.line, first.line)), ")"));
        }
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
        if (n.parent == npos && n.code.level() > 0)
            out.add(errc::orphan, reader.where_line(n.line),
                    detail::cat("'", n.code.to_string(), "' has no ",
                                C::level_name(n.code.level() - 1), " '",
                                n.code.parent()->to_string(), "' in the list"));
    }
    if (!out.ok()) return out;
    return cat;
}

} // namespace sentra

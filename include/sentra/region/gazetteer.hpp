// sentra/region/gazetteer.hpp — the official list of regions: building, checking, look-ups.
//
// A gazetteer holds every region of a scheme with its name, sorted, in flat arrays (about
// 15 bytes a region plus its name). A gazetteer_builder takes regions one by one and checks
// the list as a whole (duplicates, orphans); a list with any error is not built at all, so
// no row is dropped silently. Reading the official CSV files is io's part
// (sentra/io/gazetteer_csv.hpp, sentra/io/reference_data.hpp); this header does no I/O.
#pragma once

#include <sentra/detail/list_messages.hpp>
#include <sentra/detail/platform.hpp>
#include <sentra/region/detail/region_code_parse.hpp>
#include <sentra/detail/utf8.hpp>
#include <sentra/error.hpp>
#include <sentra/region/fwd.hpp>
#include <sentra/lang.hpp>
#include <sentra/region/code.hpp>
#include <sentra/region/kemendagri.hpp>
#include <sentra/region/scheme.hpp>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace sentra {

namespace detail {
struct prefix_match;
template <region_scheme S>
struct name_query;
// One region in a gazetteer: where its name starts in the gazetteer's name buffer (it ends
// where the next region's of its level starts) and its parent's index in the level above.
// While a builder collects rows, `parent` holds the row's line.
struct gazetteer_node {
    std::uint32_t name;
    std::uint32_t parent;
};
static_assert(sizeof(gazetteer_node) == 8);

// A growable buffer of characters that is not zero-filled when it grows (a gazetteer's
// names: a few megabytes written once, copied whole when the gazetteer is).
class char_store {
public:
    char_store() = default;
    char_store(char_store const& o) : char_store() { assign(o.view()); }
    char_store& operator=(char_store const& o)
    {
        if (this != &o) {
            char_store copy(o);
            *this = std::move(copy);
        }
        return *this;
    }
    char_store(char_store&& o) noexcept
        : data_(std::move(o.data_)), size_(std::exchange(o.size_, 0)),
          capacity_(std::exchange(o.capacity_, 0))
    {
    }
    char_store& operator=(char_store&& o) noexcept
    {
        data_ = std::move(o.data_);
        size_ = std::exchange(o.size_, 0);
        capacity_ = std::exchange(o.capacity_, 0);
        return *this;
    }

    std::size_t size() const noexcept { return size_; }
    std::size_t capacity() const noexcept { return capacity_; }
    std::string_view view() const noexcept { return {data_.get(), size_}; }

    void reserve(std::size_t n)
    {
        if (n <= capacity_) return;
        auto bigger = std::make_unique_for_overwrite<char[]>(n);
        if (size_ != 0) std::memcpy(bigger.get(), data_.get(), size_);
        data_ = std::move(bigger);
        capacity_ = n;
    }
    void append(std::string_view s)
    {
        if (s.size() > capacity_ - size_) grow(s.size());
        if (!s.empty()) std::memcpy(data_.get() + size_, s.data(), s.size());
        size_ += s.size();
    }
    void assign(std::string_view s)
    {
        size_ = 0;
        reserve(s.size());
        append(s);
    }
    void swap(char_store& o) noexcept
    {
        std::swap(data_, o.data_);
        std::swap(size_, o.size_);
        std::swap(capacity_, o.capacity_);
    }

private:
    SENTRA_DETAIL_NOINLINE void grow(std::size_t more) { reserve(std::max(size_ + more, 2 * capacity_)); }

    std::unique_ptr<char[]> data_;
    std::size_t size_ = 0;
    std::size_t capacity_ = 0;
};
} // namespace detail

struct gazetteer_options {
    // Stop after this many errors (0: report all).
    std::size_t max_errors = 0;
    // The edition the files are (e.g. "2025"); the gazetteer reports it as edition().
    std::string edition = {};
};

// How search() compares names; both ignore case, spaces and punctuation.
enum class name_match : unsigned char {
    exact,    // the whole name ("cipayung jaya")
    contains, // a part of the name ("pondok")
};
BOOST_DESCRIBE_ENUM(name_match, exact, contains)

constexpr std::string_view to_label(name_match m, lang language = lang::en) noexcept
{
    constexpr bilingual labels[] = {{"exact name", "nama persis"},
                                    {"part of the name", "sebagian nama"}};
    return detail::label_at(labels, m, language);
}

// A region in a gazetteer: cheap to copy, valid while the gazetteer lives.
template <region_scheme S>
class region_view {
public:
    any_region_code<S> code() const noexcept;
    std::string_view name() const noexcept;
    // The level as the scheme's enum (region_level::village), or its number when the scheme
    // has no enum; level_index() is always the number (0 = the top level).
    scheme_level_t<S> level() const noexcept { return static_cast<scheme_level_t<S>>(level_); }
    std::size_t level_index() const noexcept { return level_; }
    // The typed code when this region is of that code's level: `v.as<village_code>()`.
    template <class Code>
        requires std::same_as<typename Code::scheme_type, S>
    std::optional<Code> as() const noexcept
    {
        return code().template as<Code>();
    }
    std::optional<region_view> parent() const noexcept;
    std::size_t child_count() const noexcept;
    std::vector<region_view> children() const;
    // From the top level down to this region: province, regency, district, village.
    std::vector<region_view> chain() const;
    // The region's name, then its parents', most specific first, as an address is written:
    // "Cipayung Jaya, Cipayung, KOTA DEPOK, JAWA BARAT".
    std::string full_name(std::string_view separator = ", ") const;

    friend bool operator==(region_view const& a, region_view const& b) noexcept
    {
        return a.g_ == b.g_ && a.level_ == b.level_ && a.index_ == b.index_;
    }

private:
    friend class basic_gazetteer<S>;
    region_view(basic_gazetteer<S> const* g, std::size_t level, std::uint32_t index) noexcept
        : g_(g), level_(static_cast<std::uint8_t>(level)), index_(index)
    {
    }
    basic_gazetteer<S> const* g_ = nullptr;
    std::uint8_t level_ = 0;
    std::uint32_t index_ = 0;
};

// Bytes held, for the memory figures in benchmarks/README.md.
struct gazetteer_memory {
    std::size_t regions = 0;
    std::size_t node_bytes = 0;  // name offsets, parent and child links
    std::size_t index_bytes = 0; // code parts and the direct tables
    std::size_t name_bytes = 0;  // the names themselves
};

template <region_scheme S>
class basic_gazetteer {
public:
    using scheme_type = S;
    using view = region_view<S>;

    basic_gazetteer() = default;

    std::size_t size() const noexcept
    {
        std::size_t n = 0;
        for (auto const& l : nodes_) n += l.size();
        return n;
    }
    std::size_t count(std::size_t level) const noexcept
    {
        return level < S::levels ? nodes_[level].size() : 0;
    }
    bool empty() const noexcept { return size() == 0; }
    // The edition of the official list this is ("2025"), empty when the loader was not told.
    std::string_view edition() const noexcept { return edition_; }

    std::optional<view> find(any_region_code<S> const& code) const noexcept
    {
        if (code.empty() || code.level() >= S::levels) return std::nullopt;
        std::uint32_t const i = index_of(code.level(), code.value());
        if (i == npos) return std::nullopt;
        return view(this, code.level(), i);
    }
    template <std::size_t L>
    std::optional<view> find(region_code<S, L> const& code) const noexcept
    {
        if (code.empty()) return std::nullopt;
        std::uint32_t const i = index_at<L>(code.value());
        if (i == npos) return std::nullopt;
        return view(this, L, i);
    }
    bool contains(any_region_code<S> const& code) const noexcept { return find(code).has_value(); }

    // Parses and finds: malformed_code for text that is no code of the scheme (with the
    // column of the fault), unknown_code for a well-formed code the gazetteer does not have.
    result<view> lookup(std::string_view text) const
    {
        auto code = any_region_code<S>::parse(text);
        if (!code) return code.error();
        if (auto r = find(*code)) return *r;
        if (edition_.empty())
            return make_error(errc::unknown_code, "region.not_in_gazetteer",
                              {{"code", code->to_string()}});
        return make_error(errc::unknown_code, "region.not_in_edition",
                          {{"code", code->to_string()}, {"edition", edition_}});
    }

    // All regions of one level, in code order.
    std::vector<view> regions(std::size_t level) const
    {
        std::vector<view> out;
        if (level >= S::levels) return out;
        out.reserve(nodes_[level].size());
        for (std::size_t i = 0; i < nodes_[level].size(); ++i)
            out.push_back(view(this, level, static_cast<std::uint32_t>(i)));
        return out;
    }

    // Every region whose name matches, top level first, in code order. Case, spaces and
    // punctuation do not count; "Kota Depok", "kota depok" and "Depok" all find 32.76, and
    // "Kab. Bogor" finds KABUPATEN BOGOR but not KOTA BOGOR.
    std::vector<view> search(std::string_view name, name_match how = name_match::exact) const;

    // The regions of `level` named `name` (compared as search() compares), only those under
    // `within` when it is given, in code order: a kelurahan's name resolved in a city.
    std::vector<view> find_by_name(std::string_view name, std::size_t level,
                                   std::optional<view> within = std::nullopt) const;

    // The one region of `level` named `name` (under `within`, when given): unknown_name with
    // the nearest names ("did you mean") when there is none, ambiguous_name with the
    // candidates and their parents when there are several, invalid_argument for a level the
    // scheme does not have. The single look-up a program wants instead of
    // `find_by_name(...).at(0)`.
    result<view> lookup_name(std::string_view name, std::size_t level,
                             std::optional<view> within = std::nullopt) const;

    // Names the regions had in another edition (`other`), where they differ from this one's:
    // search() and find_by_name() then also find a region by that name ("Padang Sidempuan",
    // the 2022 list's, finds 12.77 "Kota Padangsidimpuan" in the 2025 one). A region's name()
    // stays this edition's. Returns how many names were added.
    std::size_t add_names_from(basic_gazetteer const& other);

    // "Did you mean": the regions of `level` (under `within`, when given) whose names are
    // nearest to `name`, nearest first, at most `max`. Names are compared as search() does;
    // "near" is at most one edit (a letter added, dropped, changed or two swapped) for each
    // four letters of `name`, and at least one.
    std::vector<view> nearest_names(std::string_view name, std::size_t level,
                                    std::optional<view> within = std::nullopt,
                                    std::size_t max = 3) const;

    // The same calls with the scheme's level enum, as region views return it:
    // `find_by_name("Binong", region_level::village, bandung)`.
    template <class L>
        requires scheme_level_enum<S, L>
    std::size_t count(L level) const noexcept
    {
        return count(static_cast<std::size_t>(level));
    }
    template <class L>
        requires scheme_level_enum<S, L>
    std::vector<view> regions(L level) const
    {
        return regions(static_cast<std::size_t>(level));
    }
    template <class L>
        requires scheme_level_enum<S, L>
    std::vector<view> find_by_name(std::string_view name, L level,
                                   std::optional<view> within = std::nullopt) const
    {
        return find_by_name(name, static_cast<std::size_t>(level), within);
    }
    template <class L>
        requires scheme_level_enum<S, L>
    result<view> lookup_name(std::string_view name, L level,
                             std::optional<view> within = std::nullopt) const
    {
        return lookup_name(name, static_cast<std::size_t>(level), within);
    }
    template <class L>
        requires scheme_level_enum<S, L>
    std::vector<view> nearest_names(std::string_view name, L level,
                                    std::optional<view> within = std::nullopt,
                                    std::size_t max = 3) const
    {
        return nearest_names(name, static_cast<std::size_t>(level), within, max);
    }

    // "gazetteer kemendagri: 38 province, 514 regency, 7277 district, 83763 village"
    friend std::ostream& operator<<(std::ostream& os, basic_gazetteer const& g)
    {
        os << "gazetteer " << S::name << ':';
        for (std::size_t l = 0; l < S::levels; ++l)
            os << (l ? ", " : " ") << g.count(l) << ' ' << S::level_name(l);
        return os;
    }

    gazetteer_memory memory() const noexcept
    {
        gazetteer_memory m;
        m.regions = size();
        for (auto const& l : nodes_) m.node_bytes += l.capacity() * sizeof(node);
        for (auto const& c : first_child_) m.node_bytes += c.capacity() * sizeof(std::uint32_t);
        for (auto const& d : direct_) m.index_bytes += d.capacity() * sizeof(std::uint32_t);
        for (auto const& k : keys_) m.index_bytes += k.capacity() * sizeof(std::uint32_t);
        m.name_bytes = names_.capacity();
        for (auto const& l : other_names_)
            for (auto const& [i, n] : l) m.name_bytes += sizeof(i) + n.capacity();
        return m;
    }

private:
    friend class region_view<S>;
    friend class gazetteer_builder<S>;
    using layout = detail::scheme_layout<S>;
    static constexpr std::uint32_t npos = 0xffffffffu;
    // Levels whose codes are few get a direct table from (parent index, own part) to the
    // index: Kemendagri's provinces (100 slots), regencies (38 x 100) and districts
    // (514 x 100), about 2.4 bytes a region; villages are found by binary search among
    // their district's code parts (a dozen, typically).
    static constexpr std::size_t max_direct_slots = std::size_t{1} << 20;

    using node = detail::gazetteer_node;

    // The nodes of `level` under `within` (all of them without it): a range, since a
    // level's nodes are in code order.
    std::pair<std::uint32_t, std::uint32_t> range_under(std::size_t level,
                                                        std::optional<view> within) const noexcept;
    bool name_matches(std::size_t level, std::string_view name,
                      detail::name_query<S> const& q) const;
    // Appends the regions of `level` with index in [b, e) whose other name matches, keeping
    // `out` in level and code order.
    template <class Match>
    void add_other_name_hits(std::size_t level, std::uint32_t b, std::uint32_t e,
                             Match const& match, std::vector<view>& out) const;

    std::uint32_t child_begin(std::size_t level, std::uint32_t i) const noexcept
    {
        return level + 1 < S::levels ? first_child_[level][i] : 0;
    }
    std::uint32_t child_end(std::size_t level, std::uint32_t i) const noexcept
    {
        return level + 1 < S::levels ? first_child_[level][i + 1] : 0;
    }

    // Branch-light binary search for a part among a parent's children (a dozen,
    // typically), over the compact keys rather than the nodes: one or two cache lines.
    static std::uint32_t search_keys(std::vector<std::uint32_t> const& keys, std::uint32_t lo,
                                     std::uint32_t hi, std::uint32_t key) noexcept
    {
        std::uint32_t n = hi - lo;
        if (n == 0) return npos;
        std::uint32_t const* base = keys.data() + lo;
        while (n > 1) {
            std::uint32_t const half = n / 2;
            base = base[half] <= key ? base + half : base;
            n -= half;
        }
        if (*base == key) return static_cast<std::uint32_t>(base - keys.data());
        return npos;
    }

    // The index of `code` at level L, or npos; the recursion and the divisions are
    // resolved at compile time.
    template <std::size_t L>
    std::uint32_t index_at(std::uint64_t code) const noexcept
    {
        constexpr std::uint64_t width = detail::pow10_table[S::widths[L]];
        auto const& direct = direct_[L];
        if constexpr (L == 0) {
            if (code >= width) return npos;
            if (!direct.empty()) return direct[code];
            return search_keys(keys_[0], 0, static_cast<std::uint32_t>(keys_[0].size()),
                               static_cast<std::uint32_t>(code));
        } else {
            std::uint32_t const p = index_at<L - 1>(code / width);
            if (p == npos) return npos;
            if (!direct.empty()) return direct[p * width + code % width];
            return search_keys(keys_[L], child_begin(L - 1, p), child_end(L - 1, p),
                               static_cast<std::uint32_t>(code % width));
        }
    }

    std::uint32_t index_of(std::size_t level, std::uint64_t code) const noexcept
    {
        return detail::with_level<S::levels>(
            level, [&](auto l) { return index_at<decltype(l)::value>(code); });
    }

    std::string_view name_of(std::size_t level, std::uint32_t i) const noexcept
    {
        auto const& nodes = nodes_[level];
        std::uint32_t const begin = nodes[i].name;
        std::uint32_t const end = i + 1 < nodes.size() ? nodes[i + 1].name : name_end_[level];
        return names_.view().substr(begin, end - begin);
    }

    // The code of node i of `level`: its own part under its parent's code.
    std::uint64_t code_of(std::size_t level, std::uint32_t i) const noexcept
    {
        std::uint64_t value = keys_[level][i];
        std::uint64_t scale = detail::pow10_table[S::widths[level]];
        for (std::size_t l = level; l-- > 0;) {
            i = nodes_[l + 1][i].parent;
            value += keys_[l][i] * scale;
            scale *= detail::pow10_table[S::widths[l]];
        }
        return value;
    }

    // Each level's regions in code order; a level's names are contiguous, in the same order.
    std::array<std::vector<node>, S::levels> nodes_;
    // Each region's own part of its code (code % 10^width), in node order.
    std::array<std::vector<std::uint32_t>, S::levels> keys_;
    // For every level but the last: where each region's children start in the level below,
    // and a last entry, the size of the level below.
    std::array<std::vector<std::uint32_t>, S::levels> first_child_;
    std::array<std::vector<std::uint32_t>, S::levels> direct_;
    // Where the names of each level's last region end.
    std::array<std::uint32_t, S::levels> name_end_{};
    // Names from other editions (add_names_from): (index, name), a few per level.
    std::array<std::vector<std::pair<std::uint32_t, std::string>>, S::levels> other_names_;
    detail::char_store names_;
    std::string edition_;
};

// Builds a gazetteer from regions given one by one, checking as it goes. The CSV readers
// of io/gazetteer_csv.hpp use it; so can callers with their own sources (a database,
// embedded tables).
template <region_scheme S>
class gazetteer_builder {
public:
    explicit gazetteer_builder(gazetteer_options options = {})
        : report_(options.max_errors), edition_(std::move(options.edition))
    {
    }

    // Adds one region built in code; `where` names it in errors.
    void add(any_region_code<S> const& code, std::string_view name, location where = {});
    // Records a problem found outside the builder (a missing file, a malformed row).
    void add_problem(error e) { report_.add(std::move(e)); }

    report const& problems() const noexcept { return report_; }
    // Rows of `level` accepted so far (before the checks of finish()).
    std::size_t count(std::size_t level) const noexcept
    {
        return level < S::levels ? nodes_[level].size() : 0;
    }

    // Checks what was added as a whole (duplicates, orphans) and returns the gazetteer,
    // or every problem found.
    result<basic_gazetteer<S>, report> finish() &&;

private:
    // The CSV reader adds rows straight from the text, without a location each.
    friend struct io::detail::gazetteer_csv<S>;
    using layout = detail::scheme_layout<S>;
    using node = detail::gazetteer_node;
    struct source {
        std::string file;
        location where; // for regions added in code
    };

    template <class Where>
    bool check_name(std::string_view name, Where const& where_of_name);
    // The scheme's own rule for a name at a level (S::name_defect, when it has one).
    template <class Where>
    bool check_name_for(std::size_t level, std::uint64_t value, std::string_view name,
                        Where const& where_of_name);
    // The rows of `level` pushed from now on come from source `src`.
    void begin_run(std::size_t level, std::uint32_t src)
    {
        auto& runs = runs_[level];
        if (runs.empty() || runs.back().source != src)
            runs.push_back({static_cast<std::uint32_t>(nodes_[level].size()), src});
    }
    // `key` is the code's own part (code % 10^width), which callers on a known level
    // compute without a division. The row's source is the one begin_run() named.
    void push(std::size_t level, std::uint64_t code, std::uint32_t key, std::string_view name,
              std::uint32_t line)
    {
        auto& codes = codes_[level];
        if (!codes.empty()) note_order(level, codes.back(), code);
        nodes_[level].push_back({names_start(level), line});
        keys_[level].push_back(key);
        codes.push_back(code);
        names_.append(name);
        name_end_[level] = static_cast<std::uint32_t>(names_.size());
    }
    void push(std::size_t level, std::uint64_t code, std::string_view name, std::uint32_t line)
    {
        push(level, code, static_cast<std::uint32_t>(code % detail::pow10_table[S::widths[level]]),
             name, line);
    }
    // Rows a reader takes in bulk, collected in small arrays and appended whole: a row then
    // costs a few stores, not the bookkeeping of three vectors and a string.
    struct row_batch {
        static constexpr std::size_t max_rows = 256;
        static constexpr std::size_t max_chars = 16384; // room for the longest name, 1,024
        std::array<node, max_rows> nodes;               // name: offset in `chars`; parent: line
        std::array<std::uint32_t, max_rows> keys;
        std::array<std::uint64_t, max_rows> codes;
        std::array<char, max_chars> chars;
        std::size_t rows = 0;
        std::size_t used = 0;

        bool has_room(std::size_t name_size) const noexcept
        {
            return rows < max_rows && used + name_size + 16 <= max_chars;
        }
        // `name` is followed by at least `readable` bytes of its text (for a short name
        // copied 16 bytes at a time).
        SENTRA_DETAIL_ALWAYS_INLINE void add(std::uint64_t code, std::uint32_t key,
                                             std::string_view name, std::size_t readable,
                                             std::uint32_t line) noexcept
        {
            nodes[rows] = {static_cast<std::uint32_t>(used), line};
            keys[rows] = key;
            codes[rows] = code;
            if (name.size() <= 16 && readable >= 16)
                std::memcpy(chars.data() + used, name.data(), 16);
            else
                std::memcpy(chars.data() + used, name.data(), name.size());
            used += name.size();
            ++rows;
        }
    };
    // Appends a batch's rows (a reader's source run is begun already) and empties it.
    void append(std::size_t level, row_batch& batch);
    // Notes whether `code`, arriving after `before`, leaves the level unsorted or repeated,
    // so that finish() sorts and looks for duplicates only when it must.
    void note_order(std::size_t level, std::uint64_t before, std::uint64_t code) noexcept
    {
        if (code < before)
            unsorted_[level] = true;
        else if (code == before)
            repeated_[level] = true;
    }
    // Where names appended now for `level` start; notes when they do not follow its last.
    std::uint32_t names_start(std::size_t level) noexcept
    {
        auto const start = static_cast<std::uint32_t>(names_.size());
        if (!nodes_[level].empty() && start != name_end_[level]) scattered_ = true;
        return start;
    }
    void reserve_for(std::size_t level, std::string_view text, std::size_t fixed_bytes);
    // Registers a file; nullopt (and an error) if it is too large to index.
    std::optional<std::uint32_t> begin_source(std::string_view text, std::string const& file_name);
    // Where row i of `level` (in the order rows are now in) came from; `column` 1.
    location where_of(std::size_t level, std::size_t i, std::uint32_t column = 1) const;
    // Lays the names out again, level by level in node order, after rows were sorted or
    // levels interleaved.
    void relay_names();

    report report_;
    // The rows of each level as they came (sorted by finish()): node (its parent slot
    // holding the row's line until finish() links it), own part, whole code.
    std::array<std::vector<node>, S::levels> nodes_;
    std::array<std::vector<std::uint32_t>, S::levels> keys_;
    std::array<std::vector<std::uint64_t>, S::levels> codes_;
    // Which source each row came from: runs of rows, by the first row's arrival index.
    struct source_run {
        std::uint32_t first;
        std::uint32_t source;
    };
    std::array<std::vector<source_run>, S::levels> runs_;
    // After a sort: the arrival index of each row.
    std::array<std::vector<std::uint32_t>, S::levels> order_;
    // Noted as rows arrive, so that finish() sorts and looks for duplicates only when needed.
    std::array<bool, S::levels> unsorted_{};
    std::array<bool, S::levels> repeated_{};
    // Whether a level's names are not one run in arrival order (levels interleaved).
    bool scattered_ = false;
    std::array<std::uint32_t, S::levels> name_end_{};
    std::vector<source> sources_;
    detail::char_store names_;
    std::string edition_;
};

using gazetteer = basic_gazetteer<kemendagri>;
using region = region_view<kemendagri>;

} // namespace sentra

#include <sentra/region/detail/gazetteer_impl.hpp>

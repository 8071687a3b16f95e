// sentra/io/enterprise_csv.hpp — a members list as an agency keeps it, in a spreadsheet:
// CSV in (import_enterprises, every problem at its cell) and out (write_enterprises_csv),
// so that a list can go round through Excel or Google Sheets. docs/import.md has the rules
// and an example.
//
// Reading takes what spreadsheets export: UTF-8 with or without a byte order mark (UTF-16
// and other encodings are refused, naming the line), `,` `;` or tab between fields (found
// from the header row unless given), CRLF, quoted fields with delimiters and line breaks,
// junk rows above the header (a merged title), blank rows and columns. Columns are found by
// their headers: common Indonesian and English ones are recognised ("Nama Usaha", "NIK
// Pemilik", "Kelurahan/Desa", "Omzet per Tahun (Rp)"...), others by an import mapping
// (a JSON file: read_import_mapping). Values are read as people type them (rupiah::
// parse_informal, phone_number, NIK and NIB forms), villages by name within the programme's
// area through the gazetteer, KBLI as codes or as words of a title.
//
// A problem's place is FILE:LINE:COL with the column's header as its field: LINE is the
// CSV line the row starts on (the spreadsheet's row unless a cell above holds a line
// break), COL the column's number (1 is column A). Personal data (owner, NIK, phone) is
// never quoted.
#pragma once

#include <sentra/detail/config.hpp>
#include <sentra/business/catalog.hpp>
#include <sentra/business/money.hpp>
#include <sentra/date.hpp>
#include <sentra/detail/utf8.hpp>
#include <sentra/document.hpp>
#include <sentra/enterprise.hpp>
#include <sentra/error.hpp>
#include <sentra/io/csv.hpp>
#include <sentra/io/json.hpp>
#include <sentra/io/json_schema.hpp>
#include <sentra/lang.hpp>
#include <sentra/region/gazetteer.hpp>
#include <sentra/validation.hpp>

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>

#include <algorithm>
#include <array>
#include <charconv>
#include <cstddef>
#include <cstdint>
#include <istream>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace sentra::io {

// What a spreadsheet column holds: an enterprise's field, or something read only to find one
// (`district` narrows the village's name, `figures_year` dates the money and the workers),
// or nothing (`ignored`: a row number, remarks).
enum class enterprise_column : unsigned char {
    id,
    name,
    nib,
    owner_name,
    nik,
    phone,
    address,
    village,
    village_code,
    district,
    kbli,
    category,
    capital,
    net_assets,
    annual_sales,
    investment,
    workers,
    figures_year,
    founded,
    halal,
    pirt,
    sni,
    ignored,
};
BOOST_DESCRIBE_ENUM(enterprise_column, id, name, nib, owner_name, nik, phone, address, village,
                    village_code, district, kbli, category, capital, net_assets, annual_sales,
                    investment, workers, figures_year, founded, halal, pirt, sni, ignored)

// The header write_enterprises_csv gives the column (Indonesian first: officers' sheets).
constexpr std::string_view to_label(enterprise_column c, lang language = lang::en) noexcept
{
    constexpr bilingual labels[] = {
        {"Enterprise ID", "ID Usaha"},
        {"Business Name", "Nama Usaha"},
        {"NIB", "NIB"},
        {"Owner", "Nama Pemilik"},
        {"Owner NIK", "NIK Pemilik"},
        {"Phone/WhatsApp", "No. HP/WA"},
        {"Address", "Alamat"},
        {"Village", "Kelurahan/Desa"},
        {"Village Code", "Kode Kelurahan/Desa"},
        {"District", "Kecamatan"},
        {"KBLI", "KBLI"},
        {"Category", "Kategori"},
        {"Capital", "Modal Usaha"},
        {"Net Assets", "Kekayaan Bersih"},
        {"Annual Sales", "Omzet per Tahun"},
        {"Investment", "Nilai Investasi"},
        {"Workers", "Jumlah Tenaga Kerja"},
        {"Year of the Figures", "Tahun Data"},
        {"Founded", "Tanggal Berdiri"},
        {"Halal Certificate", "Sertifikat Halal"},
        {"P-IRT Number", "Nomor P-IRT"},
        {"SNI", "SNI"},
        {"(ignored)", "(diabaikan)"},
    };
    return sentra::detail::label_at(labels, c, language);
}

namespace detail {

using sentra::detail::all_digits;
using sentra::detail::cat;

// A header as it is compared: ASCII letters and digits, lower case; what is in brackets
// ("Omzet (Rp)") and everything else left out. "No. HP/WA" is "nohpwa".
inline std::string header_key(std::string_view header)
{
    std::string out;
    int depth = 0;
    for (char ch : header) {
        if (ch == '(' || ch == '[') ++depth;
        else if ((ch == ')' || ch == ']') && depth > 0) --depth;
        else if (depth == 0 && sentra::detail::ascii_alnum(static_cast<unsigned char>(ch)))
            out += static_cast<char>(sentra::detail::ascii_lower(static_cast<unsigned char>(ch)));
    }
    return out;
}

struct known_header {
    std::string_view key;
    enterprise_column column;
};

// The headers recognised without a mapping, in header_key form.
inline constexpr known_header known_headers[] = {
    {"id", enterprise_column::id},
    {"idusaha", enterprise_column::id},
    {"kodeusaha", enterprise_column::id},
    {"enterpriseid", enterprise_column::id},
    {"namausaha", enterprise_column::name},
    {"namaumkm", enterprise_column::name},
    {"namaukm", enterprise_column::name},
    {"namaikm", enterprise_column::name},
    {"namaperusahaan", enterprise_column::name},
    {"namatoko", enterprise_column::name},
    {"namabadanusaha", enterprise_column::name},
    {"namausahaumkm", enterprise_column::name},
    {"businessname", enterprise_column::name},
    {"enterprisename", enterprise_column::name},
    {"enterprise", enterprise_column::name},
    {"pemilik", enterprise_column::owner_name},
    {"namapemilik", enterprise_column::owner_name},
    {"namapemilikusaha", enterprise_column::owner_name},
    {"penanggungjawab", enterprise_column::owner_name},
    {"owner", enterprise_column::owner_name},
    {"ownername", enterprise_column::owner_name},
    {"nik", enterprise_column::nik},
    {"nikpemilik", enterprise_column::nik},
    {"nomornik", enterprise_column::nik},
    {"noktp", enterprise_column::nik},
    {"nomorktp", enterprise_column::nik},
    {"ktp", enterprise_column::nik},
    {"nomorindukkependudukan", enterprise_column::nik},
    {"ownernik", enterprise_column::nik},
    {"nib", enterprise_column::nib},
    {"nonib", enterprise_column::nib},
    {"nomornib", enterprise_column::nib},
    {"nomorindukberusaha", enterprise_column::nib},
    {"hp", enterprise_column::phone},
    {"nohp", enterprise_column::phone},
    {"nohpwa", enterprise_column::phone},
    {"nomorhp", enterprise_column::phone},
    {"nomorhpwa", enterprise_column::phone},
    {"hpwa", enterprise_column::phone},
    {"wa", enterprise_column::phone},
    {"nowa", enterprise_column::phone},
    {"nomorwa", enterprise_column::phone},
    {"whatsapp", enterprise_column::phone},
    {"telp", enterprise_column::phone},
    {"notelp", enterprise_column::phone},
    {"telepon", enterprise_column::phone},
    {"notelepon", enterprise_column::phone},
    {"nomortelepon", enterprise_column::phone},
    {"telphp", enterprise_column::phone},
    {"kontak", enterprise_column::phone},
    {"phone", enterprise_column::phone},
    {"phonewhatsapp", enterprise_column::phone},
    {"phonenumber", enterprise_column::phone},
    {"mobile", enterprise_column::phone},
    {"alamat", enterprise_column::address},
    {"alamatusaha", enterprise_column::address},
    {"alamatlengkap", enterprise_column::address},
    {"address", enterprise_column::address},
    {"kelurahan", enterprise_column::village},
    {"desa", enterprise_column::village},
    {"kelurahandesa", enterprise_column::village},
    {"desakelurahan", enterprise_column::village},
    {"keldesa", enterprise_column::village},
    {"kel", enterprise_column::village},
    {"village", enterprise_column::village},
    {"kodekelurahan", enterprise_column::village_code},
    {"kodedesa", enterprise_column::village_code},
    {"kodekelurahandesa", enterprise_column::village_code},
    {"kodewilayah", enterprise_column::village_code},
    {"villagecode", enterprise_column::village_code},
    {"kecamatan", enterprise_column::district},
    {"kec", enterprise_column::district},
    {"district", enterprise_column::district},
    {"subdistrict", enterprise_column::district},
    {"kbli", enterprise_column::kbli},
    {"kodekbli", enterprise_column::kbli},
    {"kbli2020", enterprise_column::kbli},
    {"jenisusaha", enterprise_column::kbli},
    {"bidangusaha", enterprise_column::kbli},
    {"jenisindustri", enterprise_column::kbli},
    {"sektorusaha", enterprise_column::kbli},
    {"industry", enterprise_column::kbli},
    {"activity", enterprise_column::kbli},
    {"kategori", enterprise_column::category},
    {"kategoriusaha", enterprise_column::category},
    {"category", enterprise_column::category},
    {"modal", enterprise_column::capital},
    {"modalusaha", enterprise_column::capital},
    {"capital", enterprise_column::capital},
    {"kekayaanbersih", enterprise_column::net_assets},
    {"aset", enterprise_column::net_assets},
    {"asetbersih", enterprise_column::net_assets},
    {"netassets", enterprise_column::net_assets},
    {"omzet", enterprise_column::annual_sales},
    {"omset", enterprise_column::annual_sales},
    {"omzetpertahun", enterprise_column::annual_sales},
    {"omsetpertahun", enterprise_column::annual_sales},
    {"omzettahunan", enterprise_column::annual_sales},
    {"omsettahunan", enterprise_column::annual_sales},
    {"penjualantahunan", enterprise_column::annual_sales},
    {"hasilpenjualantahunan", enterprise_column::annual_sales},
    {"annualsales", enterprise_column::annual_sales},
    {"turnover", enterprise_column::annual_sales},
    {"investasi", enterprise_column::investment},
    {"nilaiinvestasi", enterprise_column::investment},
    {"investment", enterprise_column::investment},
    {"tenagakerja", enterprise_column::workers},
    {"jumlahtenagakerja", enterprise_column::workers},
    {"tk", enterprise_column::workers},
    {"jumlahtk", enterprise_column::workers},
    {"pekerja", enterprise_column::workers},
    {"jumlahpekerja", enterprise_column::workers},
    {"karyawan", enterprise_column::workers},
    {"jumlahkaryawan", enterprise_column::workers},
    {"workers", enterprise_column::workers},
    {"employees", enterprise_column::workers},
    {"tahundata", enterprise_column::figures_year},
    {"yearofthefigures", enterprise_column::figures_year},
    {"tanggalberdiri", enterprise_column::founded},
    {"tglberdiri", enterprise_column::founded},
    {"mulaiberoperasi", enterprise_column::founded},
    {"tanggalmulaiusaha", enterprise_column::founded},
    {"founded", enterprise_column::founded},
    {"halal", enterprise_column::halal},
    {"sertifikathalal", enterprise_column::halal},
    {"nomorsertifikathalal", enterprise_column::halal},
    {"nosertifikathalal", enterprise_column::halal},
    {"halalcertificate", enterprise_column::halal},
    {"pirt", enterprise_column::pirt},
    {"nopirt", enterprise_column::pirt},
    {"nomorpirt", enterprise_column::pirt},
    {"sppirt", enterprise_column::pirt},
    {"nomorsppirt", enterprise_column::pirt},
    {"pirtnumber", enterprise_column::pirt},
    {"sni", enterprise_column::sni},
    {"sertifikatsni", enterprise_column::sni},
    {"nomorsni", enterprise_column::sni},
    {"no", enterprise_column::ignored},
    {"nourut", enterprise_column::ignored},
    {"nomorurut", enterprise_column::ignored},
};

} // namespace detail

// The column a header names, among the headers sentra recognises (case, spaces,
// punctuation and a bracketed unit aside: "OMZET PER TAHUN (Rp)" is annual_sales).
inline std::optional<enterprise_column> recognise_header(std::string_view header)
{
    std::string const key = detail::header_key(header);
    for (auto const& h : detail::known_headers)
        if (h.key == key) return h.column;
    return std::nullopt;
}

// How to read one spreadsheet: the JSON of an import mapping file (docs/import.md; its
// JSON Schema: `sentra schema --mapping`). Every member may be left out.
struct import_mapping {
    // Header (as written, compared as recognise_header compares) to column.
    std::optional<std::map<std::string, enterprise_column>> columns = {};
    // Whether headers not in `columns` are recognised (default true).
    std::optional<bool> recognise_headers = {};
    // ",", ";", "\t" or "|"; found from the header row when left out.
    std::optional<std::string> delimiter = {};
    // The line of the header row; else the row among the first 30 that names most columns.
    std::optional<std::uint32_t> header_line = {};
    // The region the list's villages are in (a regency or city, or a district): villages
    // given by name are looked for there. Its code, e.g. "32.76".
    std::optional<std::string> area = {};
    // The year the money and worker figures are for, unless a Tahun Data column says.
    std::optional<std::int32_t> figures_year = {};
    friend bool operator==(import_mapping const&, import_mapping const&) = default;
};
BOOST_DESCRIBE_STRUCT(import_mapping, (),
                      (columns, recognise_headers, delimiter, header_line, area, figures_year))

// Reads an import mapping (JSON), every problem with its line, column and pointer; a
// delimiter other than the four is an error at "/delimiter".
template <class = void> // compiled where called: it instantiates the parser
result<import_mapping, report> read_import_mapping(std::string_view text, std::string const& file = {})
{
    auto m = json::parse<import_mapping>(text, file);
    if (!m) return m;
    if (m->delimiter && *m->delimiter != "," && *m->delimiter != ";" && *m->delimiter != "\t" &&
        *m->delimiter != "|") {
        report r;
        r.add(errc::invalid_value, at_pointer("/delimiter"),
              "a delimiter is \",\", \";\", \"\\t\" or \"|\"");
        json::locate(text, r, file);
        return r;
    }
    return m;
}

// The JSON Schema (draft 2020-12) of an import mapping file (`sentra schema mapping`).
inline boost::json::value import_mapping_schema()
{
    auto out = json::schema<import_mapping>("sentra import mapping");
    auto& properties = out.as_object()["properties"].as_object();
    properties["delimiter"] = {{"enum", {",", ";", "\t", "|"}}};
    out.as_object()["$id"] = "https://sentra.dev/schema/import-mapping-1.json";
    return out;
}

struct import_options {
    import_mapping mapping = {};
    // Names the input in problems ("members.csv").
    std::string file = {};
    // Rows with problems are imported without the values that had them (a row without a
    // name is still refused); by default such a row is left out.
    bool keep_invalid = false;
    // Problems kept in the report (0: all); the rest are counted.
    std::size_t max_errors = 0;
};

// What the reference data and the programme give an import. All optional: without a
// gazetteer villages are taken by code only; without a catalog KBLI codes are taken by
// form only; without a document every row is a new enterprise.
template <class P>
struct basic_import_context {
    basic_gazetteer<typename P::scheme_type> const* regions = nullptr;
    basic_catalog<typename P::classification_type> const* catalog = nullptr;
    // The programme imported into: a row that matches one of its enterprises (by id, then
    // NIB, then name and village) updates it and keeps its id; categories may be named.
    basic_document<P> const* document = nullptr;
    // The region villages given by name are looked for in (else import_mapping::area).
    std::optional<any_region_code<typename P::scheme_type>> area = {};
    // "today", for founding dates that may not be later.
    std::optional<date> today = {};
};

// How the header was read, and how many rows went where.
struct import_summary {
    std::size_t rows = 0;     // data rows read (blank rows are not rows)
    std::size_t imported = 0; // delivered: new or updated, with problems or not
    std::size_t updated = 0;  // of which matched an enterprise of the document
    std::size_t kept_with_problems = 0;
    std::size_t refused = 0;
    std::uint32_t header_line = 0; // 0: no header was found, nothing was read
    char delimiter = ',';
    // Each column's header and what it was read as (`ignored` for a column not read).
    std::vector<std::pair<std::string, enterprise_column>> columns = {};
    friend bool operator==(import_summary const&, import_summary const&) = default;
};

// One row imported: the enterprise, the line its row starts on, and whether it had problems
// (imported only with import_options::keep_invalid).
template <class P>
struct basic_imported_row {
    basic_enterprise<P> enterprise;
    std::uint32_t line = 0;
    bool has_problems = false;
    bool updates_existing = false; // it matched an enterprise of the context's document
};

template <class P>
struct basic_import_result {
    std::vector<basic_imported_row<P>> rows;
    report problems;
    import_summary summary;
};

using import_context = basic_import_context<indonesia>;
using imported_row = basic_imported_row<indonesia>;
using import_result = basic_import_result<indonesia>;

namespace detail {

inline std::string_view trim_cell(std::string_view s) noexcept
{
    auto space_at_front = [&] {
        if (s.empty()) return std::size_t{0};
        if (s[0] == ' ' || s[0] == '\t' || s[0] == '\r' || s[0] == '\n') return std::size_t{1};
        if (s.size() >= 2 && s[0] == '\xC2' && s[1] == '\xA0') return std::size_t{2};
        return std::size_t{0};
    };
    auto space_at_back = [&] {
        std::size_t const n = s.size();
        if (n == 0) return std::size_t{0};
        char const c = s[n - 1];
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n') return std::size_t{1};
        if (n >= 2 && s[n - 2] == '\xC2' && c == '\xA0') return std::size_t{2};
        return std::size_t{0};
    };
    for (std::size_t k; (k = space_at_front()) != 0;) s.remove_prefix(k);
    for (std::size_t k; (k = space_at_back()) != 0;) s.remove_suffix(k);
    return s;
}

// Digits with the spaces, dots and dashes people group them by taken out ("9120 0012 3456 7"),
// and a leading apostrophe (how a sheet is told a number is text) dropped.
inline std::string ungrouped_digits(std::string_view s)
{
    if (!s.empty() && s[0] == '\'') s.remove_prefix(1);
    std::string out;
    for (char c : s)
        if (c != ' ' && c != '.' && c != '-') out += c;
    return out;
}

// "3.27607E+15": a spreadsheet showed a long number in exponent form, and its digits are gone.
inline bool exponent_form(std::string_view s) noexcept
{
    std::size_t const e = s.find_first_of("eE");
    return e != std::string_view::npos && e > 0 && e + 1 < s.size() &&
           (s[e + 1] == '+' || s[e + 1] == '-') && s[0] >= '0' && s[0] <= '9';
}

inline constexpr std::string_view exponent_hint =
    "the spreadsheet turned this number into exponent form and lost its digits: format the "
    "column as text and type it again";

// A stable id from a name: lower-case ASCII words joined by '-', at most `max` characters.
inline std::string slug(std::string_view name, std::size_t max)
{
    std::string out;
    bool dash = false;
    for (char ch : name) {
        auto const c = static_cast<unsigned char>(ch);
        if (sentra::detail::ascii_alnum(c)) {
            if (dash && !out.empty()) out += '-';
            dash = false;
            if (out.size() >= max) break;
            out += static_cast<char>(sentra::detail::ascii_lower(c));
        } else {
            dash = true;
        }
    }
    while (out.size() > max || (!out.empty() && out.back() == '-')) out.pop_back();
    return out;
}

// Keys of 64 bits, each with the line it was first seen on: open addressing in two flat
// arrays, so that a list of a million rows costs a few dozen bytes a row and no allocation
// per key.
class line_index {
public:
    // The line `key` was first seen on; 0 when it is new (and now seen on `line`, >= 1).
    std::uint32_t first_seen(std::uint64_t key, std::uint32_t line)
    {
        if ((count_ + 1) * 2 > keys_.size()) grow();
        std::size_t const mask = keys_.size() - 1;
        for (std::size_t i = mix(key) & mask;; i = (i + 1) & mask) {
            if (lines_[i] == 0) {
                keys_[i] = key;
                lines_[i] = line;
                ++count_;
                return 0;
            }
            if (keys_[i] == key) return lines_[i];
        }
    }
    bool contains(std::uint64_t key) const noexcept
    {
        if (keys_.empty()) return false;
        std::size_t const mask = keys_.size() - 1;
        for (std::size_t i = mix(key) & mask; lines_[i] != 0; i = (i + 1) & mask)
            if (keys_[i] == key) return true;
        return false;
    }

private:
    static std::size_t mix(std::uint64_t x) noexcept // splitmix64's finaliser
    {
        x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
        x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
        return static_cast<std::size_t>(x ^ (x >> 31));
    }
    void grow()
    {
        std::vector<std::uint64_t> keys = std::move(keys_);
        std::vector<std::uint32_t> lines = std::move(lines_);
        keys_.assign(keys.empty() ? 1024 : keys.size() * 2, 0);
        lines_.assign(keys_.size(), 0);
        count_ = 0;
        for (std::size_t i = 0; i < keys.size(); ++i)
            if (lines[i] != 0) first_seen(keys[i], lines[i]);
    }
    std::vector<std::uint64_t> keys_;
    std::vector<std::uint32_t> lines_;
    std::size_t count_ = 0;
};

// FNV-1a (64 bits) of text, continuing from `h`.
inline std::uint64_t fnv1a64(std::string_view s, std::uint64_t h = 14695981039346656037ULL) noexcept
{
    for (char c : s) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ULL;
    return h;
}

// FNV-1a, for an id from a name with no ASCII letter or digit.
inline std::uint32_t fnv1a(std::string_view s) noexcept
{
    std::uint32_t h = 2166136261u;
    for (char c : s) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
    return h;
}

inline char hex_digit(unsigned v) noexcept { return "0123456789abcdef"[v & 15u]; }

template <class View>
std::string region_label(View const& v)
{
    return cat(v.name(), " (", v.code().to_string(), ")");
}

// "Cipayung, Kota Depok": a region below the regencies with its regency, so that the one
// district named does not pass for another of the same name.
template <class View>
std::string place_name(View const& v)
{
    std::string out(v.name());
    if (v.level_index() >= 2)
        if (auto p = v.parent()) out += cat(", ", p->name());
    return out;
}

// "A, B and C"
inline std::string listed(std::vector<std::string> const& items, std::size_t shown)
{
    std::string out;
    std::size_t const n = std::min(items.size(), shown);
    for (std::size_t i = 0; i < n; ++i) {
        if (i) out += i + 1 == n && items.size() == n ? " and " : ", ";
        out += items[i];
    }
    if (items.size() > n) out += cat(" and ", std::to_string(items.size() - n), " more");
    return out;
}

// Reads the rows of one spreadsheet, given its header.
template <class P>
class enterprise_rows {
public:
    using enterprise_type = basic_enterprise<P>;
    using scheme_type = typename P::scheme_type;
    using classification_type = typename P::classification_type;
    using village_type = typename enterprise_type::village_type;
    using activity_type = typename enterprise_type::activity_type;
    using region_view_type = region_view<scheme_type>;
    static constexpr std::size_t village_level = scheme_type::levels - 1;

    enterprise_rows(import_options const& options, basic_import_context<P> const& cx,
                    std::optional<region_view_type> area)
        : o_(options), cx_(cx), area_(area)
    {
        if (cx_.document) {
            auto const& list = cx_.document->enterprises;
            for (std::size_t i = 0; i < list.size(); ++i) {
                document_ids_.emplace(list[i].id.to_string(), i);
                if (list[i].nib) by_nib_.emplace(list[i].nib->to_string(), i);
                by_name_.emplace(name_key(list[i].name, list[i].village), i);
            }
        }
    }

    // Reads the header row; false when it cannot be used (the problems are in `out`).
    bool header(std::vector<csv_field> const& fields, std::uint32_t line, csv_reader const& in,
                report& out, import_summary& summary)
    {
        bool const recognise = o_.mapping.recognise_headers.value_or(true);
        columns_.assign(fields.size(), std::nullopt);
        headers_.clear();
        for (std::size_t c = 0; c < fields.size(); ++c) {
            std::string_view const h = trim_cell(fields[c].text);
            headers_.emplace_back(h);
            std::optional<enterprise_column> col;
            if (o_.mapping.columns) {
                std::string const key = header_key(h);
                for (auto const& [text, mapped] : *o_.mapping.columns)
                    if (header_key(text) == key && !key.empty()) col = mapped;
            }
            if (!col && recognise) col = recognise_header(h);
            location where = in.where_line(line, static_cast<std::uint32_t>(c + 1));
            bool twice = false;
            if (col && *col != enterprise_column::ignored) {
                for (std::size_t k = 0; k < c; ++k)
                    if (columns_[k] == col) {
                        twice = true;
                        where.field = std::string(h);
                        out.add(errc::duplicate_key, where,
                                cat("column ", std::to_string(k + 1), " ('", headers_[k],
                                    "') is read as ", to_label(*col), " too; map one of them to "
                                    "\"ignored\""));
                        col.reset();
                        break;
                    }
            }
            if (!col && !h.empty() && !twice) {
                where.field = std::string(h);
                out.add(errc::unknown_column, where,
                        "no enterprise field has that header (map it in an import mapping, or "
                        "to \"ignored\")",
                        severity::warning);
            }
            columns_[c] = col;
            summary.columns.emplace_back(std::string(h), col.value_or(enterprise_column::ignored));
        }
        auto has = [&](enterprise_column c) {
            return std::find(columns_.begin(), columns_.end(), c) != columns_.end();
        };
        if (!has(enterprise_column::name)) {
            out.add(errc::bad_header, in.where_line(line, 1),
                    "no column holds the business name (a header such as 'Nama Usaha' or "
                    "'Nama UMKM', or one mapped to \"name\")");
            return false;
        }
        if (!has(enterprise_column::kbli)) {
            out.add(errc::bad_header, in.where_line(line, 1),
                    "no column holds the KBLI code or the kind of business (a header such as "
                    "'KBLI' or 'Jenis Usaha', or one mapped to \"kbli\"): every enterprise "
                    "needs one");
            return false;
        }
        return true;
    }

    std::size_t header_width() const noexcept { return columns_.size(); }

    // One data row: delivers its enterprise (when it is imported) and adds its problems.
    template <class Deliver>
    void row(std::vector<csv_field> const& fields, std::uint32_t line, csv_reader const& in,
             report& out, import_summary& summary, Deliver& deliver)
    {
        ++summary.rows;
        report problems;
        cells_.assign(columns_.size() + 1, {});
        unreadable_.assign(columns_.size() + 1, false);
        for (std::size_t c = 0; c < fields.size(); ++c) {
            std::string_view text = trim_cell(fields[c].text);
            if (c >= columns_.size()) {
                if (!text.empty() && !reported_extra_) {
                    reported_extra_ = true;
                    location where = in.where_line(line, static_cast<std::uint32_t>(c + 1));
                    out.add(errc::unknown_column, where,
                            cat("a value past the last header (column ",
                                std::to_string(columns_.size()), "): not imported, here or in any "
                                "row below; give the column a header"),
                            severity::warning);
                }
                continue;
            }
            if (!columns_[c]) {
                if (!text.empty() && headers_[c].empty() && !reported_unnamed_[c]) {
                    reported_unnamed_[c] = true;
                    out.add(errc::unknown_column,
                            in.where_line(line, static_cast<std::uint32_t>(c + 1)),
                            "the column has no header, so its values are not imported (give it "
                            "one)",
                            severity::warning);
                }
                continue;
            }
            if (text.empty()) continue;
            // A leading apostrophe is how a sheet is told that a number is text (NIK, NIB).
            if (text[0] == '\'') {
                text = trim_cell(text.substr(1));
                if (text.empty()) continue;
            }
            if (std::size_t const bad = sentra::detail::find_invalid_utf8(text);
                bad != sentra::detail::utf8_ok) {
                problems.add(errc::invalid_utf8, cell(line, c, in),
                             reported_encoding_
                                 ? std::string("not UTF-8")
                                 : std::string("not UTF-8: the file may be in another encoding "
                                               "(Windows-1252, Latin-1); save the sheet as "
                                               "'CSV UTF-8'"));
                reported_encoding_ = true;
                unreadable_[c] = true;
                continue;
            }
            cells_[c] = text;
        }
        enterprise_type e;
        std::optional<std::size_t> existing;
        read_cells(e, line, in, problems, existing);
        finish(e, line, in, problems, existing);
        bool const refused = e.name.empty() || e.id.empty() || (!problems.ok() && !o_.keep_invalid);
        // A row's problems from left to right, as the officer reads the row.
        std::stable_sort(problems.problems().begin(), problems.problems().end(),
                         [](error const& x, error const& y) { return x.where.column < y.where.column; });
        out.merge(problems);
        if (refused) {
            ++summary.refused;
            return;
        }
        ++summary.imported;
        if (existing) ++summary.updated;
        if (!problems.ok()) ++summary.kept_with_problems;
        deliver(basic_imported_row<P>{std::move(e), line, !problems.ok(), existing.has_value()});
    }

    void reset_unnamed() { reported_unnamed_.assign(columns_.size(), false); }

private:
    location cell(std::uint32_t line, std::size_t c, csv_reader const& in) const
    {
        location l = in.where_line(line, static_cast<std::uint32_t>(c + 1));
        l.field = headers_[c];
        return l;
    }

    // The cell of `what` in the row, or the row itself when the sheet has no such column
    // (a value that came from the document).
    location cell_of(std::uint32_t line, enterprise_column what, csv_reader const& in) const
    {
        if (auto c = column_of(what)) return cell(line, *c, in);
        return in.where_line(line, 1);
    }

    std::optional<std::size_t> column_of(enterprise_column what) const noexcept
    {
        for (std::size_t c = 0; c < columns_.size(); ++c)
            if (columns_[c] == what) return c;
        return std::nullopt;
    }

    // A name and village as duplicates are told apart: the name as search() compares it
    // (case, spaces and punctuation aside), hashed to 64 bits with the village's code.
    static std::uint64_t name_key(std::string_view name, std::optional<village_type> const& v)
    {
        std::uint64_t h = 14695981039346656037ULL;
        for (char ch : name) {
            auto const c = static_cast<unsigned char>(ch);
            if (c >= 0x80 || sentra::detail::ascii_alnum(c))
                h = (h ^ sentra::detail::ascii_lower(c)) * 1099511628211ULL;
        }
        std::uint64_t const code = v ? v->value() + 1 : 0;
        return (h ^ code) * 1099511628211ULL;
    }
    static std::uint64_t nib_key(nib_number const& n) noexcept
    {
        std::uint64_t v = 0;
        for (char c : n.to_string()) v = v * 10 + static_cast<std::uint64_t>(c - '0');
        return v;
    }
    bool id_taken(std::string const& id) const
    {
        return document_ids_.count(id) != 0 || sheet_ids_.contains(fnv1a64(id));
    }

    std::optional<region_view_type> resolve_region(std::string_view text, std::size_t level,
                                                   std::optional<region_view_type> within,
                                                   location const& where, report& problems,
                                                   std::string_view what)
    {
        if (!cx_.regions) return std::nullopt;
        // A code, if it looks like one.
        if (text.find_first_not_of("0123456789. ") == std::string_view::npos) {
            auto code = any_region_code<scheme_type>::parse(text);
            if (!code) {
                error e = code.error();
                e.where = where;
                problems.add(std::move(e));
                return std::nullopt;
            }
            if (code->level() != level) {
                problems.add(errc::wrong_level, where,
                             cat(code->to_string(), " is a ", scheme_type::level_name(code->level()),
                                 " code, not a ", what, " code"));
                return std::nullopt;
            }
            auto found = cx_.regions->find(*code);
            if (!found) {
                problems.add(errc::unknown_code, where,
                             cat(code->to_string(), " is not in the gazetteer"));
                return std::nullopt;
            }
            if (within && !is_under(*found, *within)) {
                problems.add(errc::invalid_value, where,
                             cat(region_label(*found), " is not in ", region_label(*within)));
                return std::nullopt;
            }
            return found;
        }
        // Most rows repeat a few dozen names: each found once, then remembered.
        std::uint64_t const scope = (within ? within->code().value() + 1 : 0) * 8 + level;
        auto& cache = resolved_[scope];
        if (auto it = cache.find(text); it != cache.end()) return it->second;
        auto const matches = cx_.regions->find_by_name(text, level, within);
        if (matches.size() == 1) {
            if (cache.size() < 4096) cache.emplace(std::string(text), matches.front());
            return matches.front();
        }
        std::string const in_area =
            within ? cat(" in ", place_name(*within)) : std::string(" in the gazetteer");
        if (matches.empty()) {
            std::string detail = cat("no ", what, " ", quote_input(text), in_area);
            auto const near = cx_.regions->nearest_names(text, level, within, 3);
            if (!near.empty()) {
                std::vector<std::string> names;
                for (auto const& v : near) names.push_back(cat("'", v.name(), "'"));
                detail += cat(" (did you mean ", listed(names, 3), "?)");
            }
            problems.add(errc::unknown_name, where, std::move(detail));
            return std::nullopt;
        }
        std::vector<std::string> candidates;
        for (auto const& v : matches) {
            std::string c = region_label(v);
            if (auto p = v.parent()) c = cat(v.name(), " in ", p->name(), " (", v.code().to_string(), ")");
            candidates.push_back(std::move(c));
        }
        problems.add(errc::ambiguous_name, where,
                     cat(std::to_string(matches.size()), " ", what, "s are called ",
                         quote_input(text), in_area, ": ", listed(candidates, candidates.size()),
                         level == village_level ? "; add a Kecamatan column, or give the code"
                                                : "; give the code"));
        return std::nullopt;
    }

    static bool is_under(region_view_type v, region_view_type const& area)
    {
        while (v.level_index() > area.level_index()) v = *v.parent();
        return v == area;
    }

    void read_kbli(std::string_view text, location const& where, enterprise_type& e,
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
                        activity_type::try_parse(cat("0", part)))
                        err.detail += cat(" (a spreadsheet drops the leading 0 of a number: was "
                                          "it 0", part, "? format the column as text)");
                    problems.add(std::move(err));
                    continue;
                }
                if (cx_.catalog && !cx_.catalog->find(*code)) {
                    problems.add(errc::unknown_code, where,
                                 cat(code->to_string(), " is not in ", classification_type::name));
                    continue;
                }
                if (std::find(e.kbli.begin(), e.kbli.end(), *code) == e.kbli.end())
                    e.kbli.push_back(*code);
            }
            return;
        }
        if (!cx_.catalog) {
            problems.add(errc::malformed_code, where,
                         cat(quote_input(text), ": a KBLI code is 5 digits (words are looked up "
                                                "in the catalog, which was not given)"));
            return;
        }
        // Words: a title that is exactly them, else every finest-level title holding them.
        // Each wording is looked up once (a search reads every title), then remembered.
        auto it = kbli_words_.find(text);
        if (it == kbli_words_.end()) {
            words_outcome outcome = kbli_by_words(text);
            if (kbli_words_.size() >= 4096) kbli_words_.clear();
            it = kbli_words_.emplace(std::string(text), std::move(outcome)).first;
        }
        if (it->second.code) {
            e.kbli.push_back(*it->second.code);
            return;
        }
        problems.add(it->second.problem, where, it->second.detail);
    }

    struct words_outcome {
        std::optional<activity_type> code;
        errc problem{};
        std::string detail;
    };

    words_outcome kbli_by_words(std::string_view text) const
    {
        constexpr std::size_t finest = classification_type::levels - 1;
        std::vector<catalog_entry<classification_type>> hits;
        std::string const want = sentra::detail::normalize_name(text);
        for (auto const& entry : cx_.catalog->search(text)) {
            if (entry.level() != finest) continue;
            if (sentra::detail::normalize_name(entry.title(lang::id)) == want ||
                sentra::detail::normalize_name(entry.title(lang::en)) == want) {
                hits.assign(1, entry);
                break;
            }
            hits.push_back(entry);
        }
        if (hits.size() == 1) return {hits.front().code().template as<finest>(), {}, {}};
        if (hits.empty())
            return {std::nullopt, errc::unknown_name,
                    cat("no ", classification_type::name, " code has a title holding ",
                        quote_input(text), " (give the 5-digit code; `sentra kbli search "
                        "WORDS` finds it)")};
        std::vector<std::string> candidates;
        for (auto const& h : hits)
            candidates.push_back(cat(h.code().to_string(), " ", h.title(lang::id)));
        return {std::nullopt, errc::ambiguous_name,
                cat(std::to_string(hits.size()), " ", classification_type::name,
                    " codes have titles holding ", quote_input(text), ": ",
                    listed(candidates, 8), "; give the code")};
    }

    void read_cells(enterprise_type& e, std::uint32_t line, csv_reader const& in, report& problems,
                    std::optional<std::size_t>& existing)
    {
        auto text_of = [&](enterprise_column c) -> std::pair<std::string_view, std::size_t> {
            if (auto k = column_of(c)) return {cells_[*k], *k};
            return {{}, 0};
        };
        // Which enterprise of the document the row is: by id, NIB, then name and village.
        std::optional<enterprise_id> id;
        if (auto [t, c] = text_of(enterprise_column::id); !t.empty()) {
            auto parsed = enterprise_id::parse(t);
            if (!parsed) {
                error err = parsed.error();
                err.where = cell(line, c, in);
                problems.add(std::move(err));
            } else {
                id = *parsed;
            }
        }
        std::optional<nib_number> nib;
        if (auto [t, c] = text_of(enterprise_column::nib); !t.empty()) {
            if (exponent_form(t)) {
                problems.add(errc::malformed_code, cell(line, c, in), std::string(exponent_hint));
            } else if (auto n = nib_number::parse(ungrouped_digits(t))) {
                nib = *n;
            } else {
                problems.add(errc::malformed_code, cell(line, c, in),
                             cat(quote_input(t), ": a NIB is 13 digits"));
            }
        }
        // The village: a code column, else a name (within the district column's, else the area).
        std::optional<village_type> village;
        std::optional<region_view_type> within = area_;
        auto [code_text, code_col] = text_of(enterprise_column::village_code);
        auto [name_text, name_col] = text_of(enterprise_column::village);
        // (not a structured binding: clang 14 does not let a lambda capture one)
        auto const district_cell = text_of(enterprise_column::district);
        std::string_view const district_text = district_cell.first;
        std::size_t const district_col = district_cell.second;
        // The district narrows a village's name; beside a village code it is only checked.
        if (!district_text.empty() && code_text.empty()) {
            auto d = resolve_region(district_text, village_level - 1, area_,
                                    cell(line, district_col, in), problems,
                                    scheme_type::level_name(village_level - 1));
            if (d) within = d;
        }
        if (!code_text.empty()) {
            if (!cx_.regions) {
                if (auto v = village_type::parse(code_text)) village = *v;
                else {
                    error err = v.error();
                    err.where = cell(line, code_col, in);
                    problems.add(std::move(err));
                }
            } else if (auto v = resolve_region(code_text, village_level, area_,
                                               cell(line, code_col, in), problems,
                                               scheme_type::level_name(village_level))) {
                village = v->code().template as<village_level>();
                auto const district = v->parent();
                auto named_district = [&] {
                    for (auto const& d : cx_.regions->find_by_name(district_text, village_level - 1))
                        if (d == *district) return true;
                    return false;
                };
                if (!district_text.empty() && district && !named_district())
                    problems.add(errc::invalid_value, cell(line, district_col, in),
                                 cat(quote_input(district_text), " is not the district of ",
                                     region_label(*v), " (", district->name(), ")"));
                if (!name_text.empty() && cx_.regions &&
                    !sentra::detail::normalized_equal(v->name(),
                                                      sentra::detail::normalize_name(name_text)))
                    problems.add(errc::invalid_value, cell(line, name_col, in),
                                 cat(quote_input(name_text), " is not the name of ",
                                     region_label(*v), ", the row's village code"));
            }
        } else if (!name_text.empty()) {
            if (!cx_.regions) {
                if (auto v = village_type::parse(name_text)) village = *v;
                else
                    problems.add(errc::invalid_value, cell(line, name_col, in),
                                 "a village given by name needs the gazetteer");
            } else if (auto v = resolve_region(name_text, village_level, within,
                                               cell(line, name_col, in), problems,
                                               scheme_type::level_name(village_level))) {
                village = v->code().template as<village_level>();
            }
        }
        auto [name, name_c] = text_of(enterprise_column::name);
        if (cx_.document) {
            auto const& list = cx_.document->enterprises;
            if (id) {
                if (auto it = document_ids_.find(id->to_string()); it != document_ids_.end())
                    existing = it->second;
            }
            if (!existing && nib)
                if (auto it = by_nib_.find(nib->to_string()); it != by_nib_.end())
                    existing = it->second;
            if (!existing && !name.empty())
                if (auto it = by_name_.find(name_key(name, village)); it != by_name_.end())
                    existing = it->second;
            if (existing) e = list[*existing];
        }
        if (id && existing && e.id != *id) {
            problems.add(errc::invalid_value, cell_of(line, enterprise_column::id, in),
                         cat("the row is the programme's '", e.id.to_string(),
                             "' (by its NIB, or its name and village), not '", id->to_string(), "'"));
        } else if (id) {
            e.id = *id;
        }
        if (nib) e.nib = *nib;
        if (!name.empty()) e.name = std::string(name);
        if (village) e.village = *village;
        if (e.name.empty() && !unreadable_[name_c])
            problems.add(errc::empty_value, cell(line, name_c, in),
                         "no business name: the row is not imported");

        auto owner = [&]() -> owner_contact& {
            if (!e.owner) e.owner.emplace();
            return *e.owner;
        };
        if (auto [t, c] = text_of(enterprise_column::owner_name); !t.empty())
            owner().name = std::string(t);
        if (auto [t, c] = text_of(enterprise_column::nik); !t.empty()) {
            if (exponent_form(t))
                problems.add(errc::malformed_code, cell(line, c, in), std::string(exponent_hint));
            else if (auto n = nik_number::parse(ungrouped_digits(t)))
                owner().nik = *n;
            else
                problems.add(errc::malformed_code, cell(line, c, in), "a NIK is 16 digits");
        }
        if (auto [t, c] = text_of(enterprise_column::phone); !t.empty()) {
            std::string_view p = t;
            if (!p.empty() && p[0] == '\'') p.remove_prefix(1);
            if (exponent_form(p)) {
                problems.add(errc::invalid_value, cell(line, c, in), std::string(exponent_hint));
            } else if (auto n = phone_number::parse(p)) {
                owner().phone = *n;
            } else {
                std::string why = n.error().detail;
                // "81234567890": the sheet took it for a number and dropped its leading 0.
                if (p.size() >= 9 && p[0] == '8' && all_digits(p))
                    why += " (a spreadsheet drops the leading 0 of a number: format the column "
                           "as text)";
                problems.add(errc::invalid_value, cell(line, c, in), std::move(why));
            }
        }
        if (auto [t, c] = text_of(enterprise_column::address); !t.empty())
            e.address = std::string(t);
        if (auto [t, c] = text_of(enterprise_column::kbli); !t.empty()) {
            e.kbli.clear();
            read_kbli(t, cell(line, c, in), e, problems);
        }
        if (auto [t, c] = text_of(enterprise_column::category); !t.empty())
            read_category(t, cell(line, c, in), e, problems);

        std::optional<std::int32_t> year = o_.mapping.figures_year;
        bool row_year = false;
        if (auto [t, c] = text_of(enterprise_column::figures_year); !t.empty()) {
            row_year = true;
            std::int32_t y = 0;
            auto const r = std::from_chars(t.data(), t.data() + t.size(), y);
            if (r.ec != std::errc() || r.ptr != t.data() + t.size() || y < 1900 || y > 9999)
                problems.add(errc::invalid_value, cell(line, c, in),
                             cat(quote_input(t), ": a year, such as 2025"));
            else
                year = y;
        }
        // A figure the row repeats unchanged, with no Tahun Data of its own, stays as the
        // programme has it (with its year): an exported list read back changes nothing.
        auto unchanged = [&](auto const& slot, auto const& value) {
            return slot && slot->value == value && !row_year;
        };
        auto money = [&](enterprise_column what, std::optional<figure<rupiah>>& slot) {
            auto [t, c] = text_of(what);
            if (t.empty()) return;
            auto v = rupiah::parse_informal(t);
            if (!v) {
                error err = v.error();
                err.where = cell(line, c, in);
                problems.add(std::move(err));
            } else if (v->value() < 0) {
                problems.add(errc::out_of_range, cell(line, c, in), "an amount cannot be negative");
            } else if (!unchanged(slot, *v)) {
                slot = figure<rupiah>(*v);
                slot->year = year;
            }
        };
        money(enterprise_column::capital, e.capital);
        money(enterprise_column::net_assets, e.net_assets);
        money(enterprise_column::annual_sales, e.annual_sales);
        money(enterprise_column::investment, e.investment);
        if (auto [t, c] = text_of(enterprise_column::workers); !t.empty()) {
            std::string_view n = t;
            for (std::string_view unit : {"orang", "org", "people", "persons"})
                if (n.size() > unit.size() && n.substr(n.size() - unit.size()) == unit) {
                    n = trim_cell(n.substr(0, n.size() - unit.size()));
                    break;
                }
            std::string const digits = ungrouped_digits(n);
            std::uint32_t w = 0;
            auto const r = std::from_chars(digits.data(), digits.data() + digits.size(), w);
            if (digits.empty() || r.ec != std::errc() || r.ptr != digits.data() + digits.size())
                problems.add(r.ec == std::errc::result_out_of_range ? errc::out_of_range
                                                                    : errc::invalid_value,
                             cell(line, c, in),
                             cat(quote_input(t), ": a number of people (5, 5 orang)"));
            else if (!unchanged(e.workers, w)) {
                e.workers = figure<std::uint32_t>(w);
                e.workers->year = year;
            }
        }
        if (auto [t, c] = text_of(enterprise_column::founded); !t.empty())
            read_date(t, cell(line, c, in), e, problems);
        auto certificate = [&](enterprise_column what, certification_kind kind) {
            auto [t, c] = text_of(what);
            if (t.empty()) return;
            certification cert{kind, std::string(t), {}};
            if (auto why = certification_number_defect(cert); !why.empty()) {
                problems.add(errc::malformed_code, cell(line, c, in),
                             cat(quote_input(t), ": ", why));
                return;
            }
            for (auto& have : e.certifications)
                if (have.kind == kind) {
                    if (have.number != cert.number) have = cert;
                    return;
                }
            e.certifications.push_back(std::move(cert));
        };
        certificate(enterprise_column::halal, certification_kind::halal);
        certificate(enterprise_column::pirt, certification_kind::pirt);
        certificate(enterprise_column::sni, certification_kind::sni);
    }

    void read_category(std::string_view t, location const& where, enterprise_type& e,
                       report& problems)
    {
        if (cx_.document && !cx_.document->categories.empty()) {
            std::string const want = sentra::detail::normalize_name(t);
            for (auto const& c : cx_.document->categories)
                if (c.id.to_string() == t || sentra::detail::normalize_name(c.label_id) == want ||
                    (!c.label_en.empty() && sentra::detail::normalize_name(c.label_en) == want)) {
                    e.category = c.id;
                    return;
                }
            std::vector<std::string> names;
            for (auto const& c : cx_.document->categories)
                names.push_back(cat("'", c.label_id, "' (", c.id.to_string(), ")"));
            problems.add(errc::unknown_name, where,
                         cat("no category ", quote_input(t), " in the programme; it has ",
                             listed(names, 8)));
            return;
        }
        auto id = category_id::parse(t);
        if (!id) {
            error err = id.error();
            err.where = where;
            problems.add(std::move(err));
            return;
        }
        e.category = *id;
    }

    static void read_date(std::string_view t, location const& where, enterprise_type& e,
                          report& problems)
    {
        if (auto d = date::parse(t)) {
            e.founded = *d;
            return;
        }
        // dd/mm/yyyy or dd-mm-yyyy: the day first, as Indonesian sheets write dates.
        int part[3] = {0, 0, 0};
        std::size_t k = 0, i = 0;
        bool ok = true;
        for (; k < 3 && ok; ++k) {
            std::size_t const start = i;
            // At most five digits are read into a part (a longer run is wrong anyway).
            while (i < t.size() && t[i] >= '0' && t[i] <= '9' && i - start < 5)
                part[k] = part[k] * 10 + (t[i++] - '0');
            std::size_t const len = i - start;
            ok = len >= 1 && (k < 2 ? len <= 2 : len == 4);
            if (ok && k < 2) ok = i < t.size() && (t[i] == '/' || t[i] == '-' || t[i] == '.') && (++i, true);
        }
        ok = ok && i == t.size();
        if (ok && part[1] > 12 && part[0] <= 12) {
            problems.add(errc::invalid_value, where,
                         cat(quote_input(t), ": the month is written first; write the day "
                                             "first (dd/mm/yyyy) or as yyyy-mm-dd"));
            return;
        }
        if (ok && part[1] >= 1 && part[1] <= 12 && part[0] >= 1 && part[0] <= 31 &&
            part[2] >= 1900) {
            auto two = [](int v) { return cat(v < 10 ? "0" : "", std::to_string(v)); };
            if (auto d = date::parse(cat(std::to_string(part[2]), "-", two(part[1]), "-", two(part[0])))) {
                e.founded = *d;
                return;
            }
        }
        problems.add(errc::invalid_value, where,
                     cat(quote_input(t), ": a date, as yyyy-mm-dd or dd/mm/yyyy"));
    }

    // An id for a new enterprise: its name's words and its village's code, stable from run
    // to run; "-2", "-3" when taken.
    std::string new_id(enterprise_type const& e)
    {
        std::string digits;
        if (e.village)
            for (char c : e.village->to_string())
                if (c >= '0' && c <= '9') digits += c;
        std::size_t const room = 64 - (digits.empty() ? 0 : digits.size() + 1) - 4;
        std::string base = slug(e.name, room);
        if (base.empty()) {
            std::uint32_t const h = fnv1a(e.name);
            base = "usaha-";
            for (int s = 28; s >= 0; s -= 4) base += hex_digit(h >> s);
        }
        if (!digits.empty()) base += '-' + digits;
        std::string id = base;
        for (unsigned n = 2; id_taken(id); ++n) id = cat(base, "-", std::to_string(n));
        return id;
    }

    void finish(enterprise_type& e, std::uint32_t line, csv_reader const& in, report& problems,
                std::optional<std::size_t> existing)
    {
        if (e.name.empty()) return;
        // Rows of this sheet that are the same enterprise twice.
        if (e.nib) {
            if (std::uint32_t const before = sheet_nibs_.first_seen(nib_key(*e.nib), line)) {
                problems.add(errc::duplicate_code, cell_of(line, enterprise_column::nib, in),
                             cat("the NIB of line ", std::to_string(before),
                                 " too: one enterprise, two rows"));
                return;
            }
        }
        if (std::uint32_t const before = sheet_names_.first_seen(name_key(e.name, e.village), line);
            before != 0 && !e.nib) {
            problems.add(errc::duplicate_code, cell_of(line, enterprise_column::name, in),
                         cat("the same name and village as line ", std::to_string(before),
                             ": one enterprise, two rows (give each its NIB if they are two)"));
            return;
        }
        if (e.id.empty()) {
            std::string id = new_id(e);
            e.id = enterprise_id::parse(id).value();
        }
        if (existing) {
            auto [it, fresh] = matched_.emplace(*existing, line);
            if (!fresh) {
                problems.add(errc::duplicate_code, in.where_line(line, 1),
                             cat("line ", std::to_string(it->second), " updates the programme's '",
                                 e.id.to_string(), "' too: one enterprise, two rows"));
                return;
            }
        } else if (id_taken(e.id.to_string())) {
            // Only an id from the sheet's own column can be taken: a new one never is.
            problems.add(errc::duplicate_code,
                         cell_of(line, enterprise_column::id, in),
                         cat("the id '", e.id.to_string(), "' is taken"));
            return;
        } else {
            sheet_ids_.first_seen(fnv1a64(e.id.to_string()), line);
        }
        // The rules every enterprise keeps (sentra/validation.hpp), at the cells they concern.
        basic_validation_context<P> vcx;
        vcx.today = cx_.today;
        report const rules = validate(e, vcx);
        for (error err : rules.problems()) {
            std::string_view const p = err.where.pointer;
            std::string_view const top = p.substr(1, p.find('/', 1) == std::string_view::npos
                                                         ? std::string_view::npos
                                                         : p.find('/', 1) - 1);
            std::optional<enterprise_column> col;
            if (top == "name") col = enterprise_column::name;
            else if (top == "kbli") col = enterprise_column::kbli;
            else if (top == "founded") col = enterprise_column::founded;
            else if (top == "workers") col = enterprise_column::workers;
            else if (top == "capital") col = enterprise_column::capital;
            else if (top == "net_assets") col = enterprise_column::net_assets;
            else if (top == "annual_sales") col = enterprise_column::annual_sales;
            else if (top == "investment") col = enterprise_column::investment;
            if (top == "kbli" && e.kbli.empty() && !problems.ok()) continue; // said already
            std::optional<std::size_t> c = col ? column_of(*col) : std::nullopt;
            err.where = c ? cell(line, *c, in) : in.where_line(line, 1);
            problems.add(std::move(err));
        }
    }

    import_options const& o_;
    basic_import_context<P> const& cx_;
    std::optional<region_view_type> area_;
    std::vector<std::optional<enterprise_column>> columns_;
    std::vector<std::string> headers_;
    std::vector<std::string_view> cells_;
    std::vector<bool> unreadable_; // cells refused for their encoding: said once
    std::vector<bool> reported_unnamed_;
    bool reported_extra_ = false;
    bool reported_encoding_ = false;
    // The document's enterprises by id, NIB, and name and village; this sheet's rows by
    // NIB, by name and village, and by id (a 64-bit hash: two different ids sharing one
    // would make the second a "-2", never a wrong match).
    std::unordered_map<std::string, std::size_t> document_ids_, by_nib_;
    std::unordered_map<std::uint64_t, std::size_t> by_name_;
    line_index sheet_nibs_, sheet_names_, sheet_ids_;
    std::unordered_map<std::size_t, std::uint32_t> matched_; // document index -> line
    struct text_hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const noexcept
        {
            return std::hash<std::string_view>{}(s);
        }
    };
    // KBLI words, as written, and what they came to.
    std::unordered_map<std::string, words_outcome, text_hash, std::equal_to<>> kbli_words_;
    // Names found, by where they were looked for (a region and a level) and as written.
    std::unordered_map<std::uint64_t,
                       std::unordered_map<std::string, region_view_type, text_hash, std::equal_to<>>>
        resolved_;
};

inline bool blank_row(std::vector<csv_field> const& fields) noexcept
{
    return std::all_of(fields.begin(), fields.end(),
                       [](csv_field const& f) { return trim_cell(f.text).empty(); });
}

// How many of a row's cells are headers the import knows.
inline std::size_t header_score(std::vector<csv_field> const& fields, import_mapping const& m)
{
    std::size_t score = 0;
    bool const recognise = m.recognise_headers.value_or(true);
    for (auto const& f : fields) {
        std::string const key = header_key(f.text);
        if (key.empty()) continue;
        bool mapped = false;
        if (m.columns)
            for (auto const& [text, column] : *m.columns)
                if (header_key(text) == key) mapped = true;
        if (mapped || (recognise && recognise_header(f.text))) ++score;
    }
    return score;
}

inline constexpr std::size_t header_search_rows = 30;

// The delimiter and header line of a sheet, from its first rows: the delimiter under which
// some row names most known columns. A mapping's choices are taken as given.
inline std::pair<char, std::uint32_t> find_header(std::string_view text, import_mapping const& m)
{
    std::vector<char> candidates;
    if (m.delimiter) candidates.push_back((*m.delimiter)[0]);
    else candidates = {',', ';', '\t', '|'};
    char best_delimiter = candidates.front();
    std::uint32_t best_line = 0;
    std::size_t best_score = 0;
    std::vector<csv_field> fields;
    for (char d : candidates) {
        csv_reader in(text, {}, d);
        report ignored;
        for (std::size_t n = 0; n < header_search_rows; ++n) {
            auto const status = in.next(fields, ignored);
            if (status == csv_status::end) break;
            if (status != csv_status::record) continue;
            if (m.header_line && in.line() != *m.header_line) continue;
            std::size_t const score = header_score(fields, m);
            if (score > best_score) {
                best_score = score;
                best_line = in.line();
                best_delimiter = d;
            }
        }
    }
    if (m.header_line && best_line == 0) return {best_delimiter, *m.header_line};
    return {best_delimiter, best_line};
}

// The end of the last whole record in `text` (a line break outside quotes), or 0.
inline std::size_t last_record_end(std::string_view text, char delimiter) noexcept
{
    std::size_t end = 0;
    bool quoted = false, field_start = true;
    for (std::size_t i = 0; i < text.size(); ++i) {
        char const c = text[i];
        if (quoted) {
            if (c == '"') {
                if (i + 1 < text.size() && text[i + 1] == '"') ++i;
                else quoted = false;
            }
            continue;
        }
        if (c == '"' && field_start) quoted = true;
        field_start = c == delimiter || c == '\n';
        if (c == '\n') end = i + 1;
    }
    return end;
}

// The import of one input given in pieces: `next_piece(buffer)` appends the next bytes to
// `buffer` and returns false at the end.
template <class P, class NextPiece, class Deliver>
import_summary import_pieces(NextPiece&& next_piece, import_options const& o,
                             basic_import_context<P> const& cx, report& out, Deliver&& deliver)
{
    import_summary summary;
    using scheme = typename P::scheme_type;
    std::optional<region_view<scheme>> area;
    std::optional<any_region_code<scheme>> area_code = cx.area;
    if (!area_code && o.mapping.area) {
        auto parsed = any_region_code<scheme>::parse(*o.mapping.area);
        if (!parsed) {
            error e = parsed.error();
            e.where = {};
            e.where.field = "area";
            out.add(std::move(e));
            return summary;
        }
        area_code = *parsed;
    }
    if (area_code && cx.regions) {
        area = cx.regions->find(*area_code);
        if (!area || area->level_index() + 1 >= scheme::levels) {
            location where;
            where.field = "area";
            out.add(area ? errc::wrong_level : errc::unknown_code, where,
                    area ? cat(area_code->to_string(), " is a village: the area is a region "
                                                       "above the villages")
                         : cat(area_code->to_string(), " is not in the gazetteer"));
            return summary;
        }
    }

    std::string buffer;
    bool more = next_piece(buffer);
    // The first piece holds the header: at least the first rows, unless the input is short.
    while (more && buffer.size() < (std::size_t{1} << 16)) more = next_piece(buffer);
    location top;
    top.file = o.file;
    top.line = 1;
    top.column = 1;
    if (buffer.size() >= 2 && ((buffer[0] == '\xFF' && buffer[1] == '\xFE') ||
                               (buffer[0] == '\xFE' && buffer[1] == '\xFF'))) {
        out.add(errc::invalid_utf8, top,
                "the file is UTF-16: save the sheet as 'CSV UTF-8 (Comma delimited)'");
        return summary;
    }
    if (buffer.find('\0') != std::string::npos) {
        std::size_t const at = buffer.find('\0');
        top.line = static_cast<std::uint32_t>(1 + std::count(buffer.begin(),
                                                             buffer.begin() + static_cast<std::ptrdiff_t>(at), '\n'));
        out.add(errc::invalid_utf8, top,
                "a NUL byte: the file is not text in UTF-8 (UTF-16, or a workbook saved "
                "unconverted: export it as 'CSV UTF-8')");
        return summary;
    }
    if (buffer.empty()) {
        out.add(errc::bad_header, top, "the file is empty");
        return summary;
    }
    auto const [delimiter, header_line] = find_header(buffer, o.mapping);
    summary.delimiter = delimiter;
    if (header_line == 0) {
        out.add(errc::bad_header, top,
                "no header row in the first 30 rows: no row names two known columns (such as "
                "'Nama Usaha', 'NIB', 'Kelurahan', 'KBLI'); give an import mapping");
        return summary;
    }
    enterprise_rows<P> rows(o, cx, area);
    std::vector<csv_field> fields;
    std::uint32_t line = 1;
    bool at_header = true;
    std::size_t consumed = 0;
    for (;;) {
        // Whole records only, unless the input has ended.
        while (more && last_record_end(std::string_view(buffer).substr(consumed), delimiter) == 0)
            more = next_piece(buffer);
        std::string_view piece = std::string_view(buffer).substr(consumed);
        if (more) piece = piece.substr(0, last_record_end(piece, delimiter));
        csv_reader in(piece, o.file, delimiter, line);
        for (;;) {
            auto const status = in.next(fields, out);
            if (status == csv_status::end) break;
            if (status == csv_status::problem) {
                if (!at_header) ++summary.rows, ++summary.refused;
                continue;
            }
            if (at_header) {
                if (in.line() < header_line) continue;
                at_header = false;
                summary.header_line = in.line();
                if (!rows.header(fields, in.line(), in, out, summary)) {
                    summary.header_line = 0;
                    return summary;
                }
                rows.reset_unnamed();
                continue;
            }
            if (blank_row(fields)) continue;
            rows.row(fields, in.line(), in, out, summary, deliver);
        }
        line = in.next_line();
        consumed += piece.size();
        if (!more) break;
        buffer.erase(0, consumed);
        consumed = 0;
        more = next_piece(buffer);
    }
    if (at_header) {
        top.line = header_line;
        out.add(errc::bad_header, top, "the header line given is past the end of the file");
    }
    return summary;
}

} // namespace detail

// Reads a members list from CSV text: each imported row to `deliver(row)` in order, every
// problem into `problems` at its cell. Returns the counts; summary.header_line is 0 when no
// row could be read (no header, an encoding that is not UTF-8: the problem says).
template <class P, class Deliver>
import_summary import_enterprises(std::string_view text, import_options const& options,
                                  basic_import_context<P> const& cx, report& problems,
                                  Deliver&& deliver)
{
    bool given = false;
    return detail::import_pieces<P>(
        [&](std::string& buffer) {
            if (!given) buffer.append(text);
            given = true;
            return false;
        },
        options, cx, problems, deliver);
}

// The same from a stream, read in pieces: memory stays flat however long the list.
template <class P, class Deliver>
import_summary import_enterprises(std::istream& in, import_options const& options,
                                  basic_import_context<P> const& cx, report& problems,
                                  Deliver&& deliver)
{
    return detail::import_pieces<P>(
        [&](std::string& buffer) {
            std::size_t const old = buffer.size();
            buffer.resize(old + (std::size_t{1} << 18));
            in.read(buffer.data() + old, static_cast<std::streamsize>(std::size_t{1} << 18));
            std::size_t const got = static_cast<std::size_t>(in.gcount());
            buffer.resize(old + got);
            return got > 0 && !in.eof() && !in.bad();
        },
        options, cx, problems, deliver);
}

// The whole list in memory.
template <class P>
basic_import_result<P> import_enterprises(std::string_view text, import_options const& options,
                                          basic_import_context<P> const& cx)
{
    basic_import_result<P> r;
    r.problems = report(options.max_errors);
    r.summary = import_enterprises(text, options, cx, r.problems,
                                   [&](basic_imported_row<P>&& row) { r.rows.push_back(std::move(row)); });
    return r;
}

// Puts imported enterprises into a document: one whose id the document has replaces it,
// the others are appended, in order. Returns how many were added.
template <class P>
std::size_t merge_into(basic_document<P>& d, std::vector<basic_imported_row<P>> const& rows)
{
    std::unordered_map<std::string, std::size_t> at;
    for (std::size_t i = 0; i < d.enterprises.size(); ++i) at.emplace(d.enterprises[i].id.to_string(), i);
    std::size_t added = 0;
    for (auto const& row : rows) {
        auto const it = at.find(row.enterprise.id.to_string());
        if (it != at.end()) {
            d.enterprises[it->second] = row.enterprise;
            continue;
        }
        at.emplace(row.enterprise.id.to_string(), d.enterprises.size());
        d.enterprises.push_back(row.enterprise);
        ++added;
    }
    return added;
}

// ---------------------------------------------------------------- writing

struct csv_write_options {
    // Headers in this language (Indonesian by default: the officers').
    lang language = lang::id;
    // `;` by default, as Excel in an Indonesian locale reads and writes it.
    char delimiter = ';';
    // A UTF-8 byte order mark first, so that Excel reads the text as UTF-8.
    bool byte_order_mark = true;
    // The owner's name, NIK and phone: personal data, left out unless asked for.
    bool personal_data = false;
};

// A members list as CSV that import_enterprises reads back (the same enterprises, for the
// fields it has columns for): headers in Indonesian, villages by name and by code, the
// kecamatan's name, money as whole rupiah, KBLI codes apart by ", ", CRLF line ends.
// Figures' years go in one Tahun Data column (the first figure's year). No cell runs as a
// formula in a spreadsheet (io::append_csv_cell), and each reads back as it was.
template <class P>
std::string write_enterprises_csv(std::vector<basic_enterprise<P>> const& list,
                                  basic_gazetteer<typename P::scheme_type> const* regions = nullptr,
                                  csv_write_options const& options = {})
{
    using C = enterprise_column;
    std::vector<C> cols = {C::id, C::name, C::nib};
    if (options.personal_data) cols.insert(cols.end(), {C::owner_name, C::nik, C::phone});
    cols.insert(cols.end(), {C::address});
    if (regions) cols.insert(cols.end(), {C::district, C::village});
    cols.insert(cols.end(), {C::village_code, C::kbli, C::category, C::capital, C::net_assets,
                             C::annual_sales, C::investment, C::workers, C::figures_year,
                             C::founded, C::halal, C::pirt, C::sni});
    std::string out;
    if (options.byte_order_mark) out += "\xEF\xBB\xBF";
    char const d = options.delimiter;
    for (std::size_t i = 0; i < cols.size(); ++i) {
        if (i) out += d;
        append_csv_cell(out, to_label(cols[i], options.language), d);
    }
    out += "\r\n";
    std::string v;
    for (auto const& e : list) {
        std::optional<region_view<typename P::scheme_type>> village;
        if (regions && e.village) village = regions->find(*e.village);
        // One Tahun Data for the row: written when every figure has the same year.
        std::int32_t year = 0; // 0: none to write
        bool one_year = true, any_figure = false;
        auto note_year = [&](std::optional<std::int32_t> const& y) {
            std::int32_t const given = y.value_or(0);
            if (given == 0 || (any_figure && given != year)) one_year = false;
            if (!any_figure) year = given;
            any_figure = true;
        };
        for (auto const* f : {&e.capital, &e.net_assets, &e.annual_sales, &e.investment})
            if (*f) note_year((*f)->year);
        if (e.workers) note_year(e.workers->year);
        if (!one_year) year = 0;
        for (std::size_t i = 0; i < cols.size(); ++i) {
            if (i) out += d;
            v.clear();
            auto amount = [&](std::optional<figure<rupiah>> const& f) {
                if (f) v = std::to_string(f->value.value());
            };
            auto certificate = [&](certification_kind k) {
                for (auto const& c : e.certifications)
                    if (c.kind == k) {
                        v = c.number;
                        return;
                    }
            };
            switch (cols[i]) {
            case C::id: v = e.id.to_string(); break;
            case C::name: v = e.name; break;
            // Codes of digits start with an apostrophe, which tells a spreadsheet they are
            // text: else it shows 16 digits as 3,27607E+15 and writes that back.
            case C::nib: if (e.nib) v = "'" + e.nib->to_string(); break;
            case C::owner_name: if (e.owner && e.owner->name) v = *e.owner->name; break;
            case C::nik: if (e.owner && e.owner->nik) v = "'" + e.owner->nik->to_string(); break;
            case C::phone: if (e.owner && e.owner->phone) v = "'" + e.owner->phone->to_string(); break;
            case C::address: if (e.address) v = *e.address; break;
            case C::district:
                if (village && village->parent()) v = village->parent()->name();
                break;
            case C::village: if (village) v = village->name(); break;
            case C::village_code: if (e.village) v = e.village->to_string(); break;
            case C::kbli:
                for (std::size_t k = 0; k < e.kbli.size(); ++k) {
                    if (k) v += ", ";
                    v += e.kbli[k].to_string();
                }
                if (e.kbli.size() == 1 && !v.empty() && v[0] == '0') v = "'" + v; // 01111
                break;
            case C::category: if (e.category) v = e.category->to_string(); break;
            case C::capital: amount(e.capital); break;
            case C::net_assets: amount(e.net_assets); break;
            case C::annual_sales: amount(e.annual_sales); break;
            case C::investment: amount(e.investment); break;
            case C::workers: if (e.workers) v = std::to_string(e.workers->value); break;
            case C::figures_year: if (year != 0) v = std::to_string(year); break;
            case C::founded: if (e.founded) v = e.founded->to_string(); break;
            case C::halal: certificate(certification_kind::halal); break;
            case C::pirt: certificate(certification_kind::pirt); break;
            case C::sni: certificate(certification_kind::sni); break;
            default: break;
            }
            // Import drops one leading apostrophe (a sheet's "this is text"): keep this one.
            if (!v.empty() && v[0] == '\'' && cols[i] != C::nib && cols[i] != C::nik &&
                cols[i] != C::phone && cols[i] != C::kbli)
                v.insert(0, 1, '\'');
            append_csv_cell(out, v, d);
        }
        out += "\r\n";
    }
    return out;
}

} // namespace sentra::io

// The default profile's instantiations, compiled once in the sentra::compiled library
// (sentra/detail/config.hpp): the row reader, the whole-list import, the mapping reader,
// merging and the writer.
#if defined(SENTRA_SEPARATE_COMPILATION)
namespace sentra::io {
SENTRA_EXTERN template class detail::enterprise_rows<indonesia>;
SENTRA_EXTERN template basic_import_result<indonesia>
import_enterprises<indonesia>(std::string_view, import_options const&,
                              basic_import_context<indonesia> const&);
SENTRA_EXTERN template result<import_mapping, report>
read_import_mapping<void>(std::string_view, std::string const&);
SENTRA_EXTERN template std::size_t
merge_into<indonesia>(basic_document<indonesia>&,
                      std::vector<basic_imported_row<indonesia>> const&);
SENTRA_EXTERN template std::string
write_enterprises_csv<indonesia>(std::vector<basic_enterprise<indonesia>> const&,
                                 basic_gazetteer<kemendagri> const*, csv_write_options const&);
} // namespace sentra::io
#endif

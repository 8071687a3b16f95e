// sentra/impl/error.ipp — the definitions of sentra/error.hpp's functions: the texts of the
// error codes, an error's and a report's text, the exception and the error category.
// Included by the header when sentra is header-only, compiled once in the library otherwise
// (sentra/src.hpp).
#pragma once

#include <sentra/error.hpp>

#include <boost/describe/enum_to_string.hpp>

#include <array>
#include <string>

namespace sentra {

namespace detail {

struct errc_text {
    errc code;
    bilingual label;
};

inline constexpr std::array<errc_text, 33> errc_texts{{
    {errc::file_not_found, {"file not found", "berkas tidak ditemukan"}},
    {errc::file_unreadable, {"file cannot be read", "berkas tidak dapat dibaca"}},
    {errc::syntax_error, {"syntax error", "kesalahan sintaks"}},
    {errc::invalid_utf8, {"invalid UTF-8", "UTF-8 tidak sah"}},
    {errc::unterminated_quote, {"unterminated quoted field", "kolom berkutip tidak ditutup"}},
    {errc::wrong_column_count, {"wrong number of columns", "jumlah kolom salah"}},
    {errc::bad_header, {"unexpected header row", "baris judul tidak sesuai"}},
    {errc::empty_value, {"empty value", "nilai kosong"}},
    {errc::malformed_code, {"malformed code", "kode tidak sah"}},
    {errc::wrong_level, {"code of the wrong level", "kode pada tingkat yang salah"}},
    {errc::value_too_long, {"value too long", "nilai terlalu panjang"}},
    {errc::out_of_range, {"value out of range", "nilai di luar rentang"}},
    {errc::wrong_type, {"wrong type", "tipe salah"}},
    {errc::invalid_value, {"invalid value", "nilai tidak sah"}},
    {errc::missing_key, {"missing key", "kunci tidak ada"}},
    {errc::unknown_key, {"unknown key", "kunci tidak dikenal"}},
    {errc::duplicate_key, {"duplicate key", "kunci ganda"}},
    {errc::unknown_code, {"no such code", "kode tidak terdaftar"}},
    {errc::parent_mismatch,
     {"parent code disagrees with the code", "kode induk tidak sesuai dengan kode"}},
    {errc::orphan, {"parent does not exist", "induk tidak ada"}},
    {errc::duplicate_code, {"duplicate code", "kode ganda"}},
    {errc::invalid_argument, {"invalid argument", "argumen tidak sah"}},
    {errc::out_of_order, {"dates out of order", "urutan tanggal salah"}},
    {errc::outside_locus, {"outside the cluster's locus", "di luar lokus klaster"}},
    {errc::outside_jurisdiction,
     {"outside the agency's jurisdiction", "di luar wilayah kewenangan instansi"}},
    {errc::over_capacity, {"more than the capacity", "melebihi kapasitas"}},
    {errc::too_few_members, {"too few members", "anggota terlalu sedikit"}},
    {errc::illegal_transition, {"transition not allowed", "perubahan status tidak diizinkan"}},
    {errc::file_unwritable, {"file cannot be written", "berkas tidak dapat ditulis"}},
    {errc::history_rewritten, {"recorded history changed", "riwayat yang tercatat berubah"}},
    {errc::unknown_name, {"no such name", "nama tidak terdaftar"}},
    {errc::ambiguous_name, {"ambiguous name", "nama bermakna ganda"}},
    {errc::unknown_column, {"column not imported", "kolom tidak diimpor"}},
}};

} // namespace detail

SENTRA_DECL std::string_view to_string(errc code) noexcept
{
    char const* name = boost::describe::enum_to_string(code, nullptr);
    return name != nullptr ? std::string_view(name) : std::string_view("unknown_error");
}

SENTRA_DECL std::string_view to_label(errc code, lang language) noexcept
{
    for (auto const& t : detail::errc_texts)
        if (t.code == code) return t.label.in(language);
    return bilingual{"unknown error", "kesalahan tidak dikenal"}.in(language);
}

SENTRA_DECL std::string_view to_label(severity s, lang language) noexcept
{
    constexpr bilingual labels[] = {{"error", "galat"}, {"warning", "peringatan"}};
    return detail::label_at(labels, s, language);
}

SENTRA_DECL std::string error::detail(lang language) const
{
    return render(id, args, language);
}

SENTRA_DECL std::string error::message(lang language) const
{
    std::string out(to_label(code, language));
    if (!id.empty()) {
        out += ": ";
        out += detail(language);
    }
    return out;
}

SENTRA_DECL message_arg const* error::arg(std::string_view name) const noexcept
{
    for (auto const& a : args)
        if (a.name() == name) return &a;
    return nullptr;
}

SENTRA_DECL std::string error::to_string(lang language) const
{
    std::string out;
    if (!where.file.empty()) {
        out += where.file;
        out += ':';
    }
    if (where.line != 0) {
        out += std::to_string(where.line);
        out += ':';
        if (where.column != 0) {
            out += std::to_string(where.column);
            out += ':';
        }
    }
    if (!out.empty()) out += ' ';
    // The severity word stays English so tools can grep it, like compilers do.
    out += level == severity::warning ? "warning: " : "error: ";
    if (!where.pointer.empty()) {
        // A line for people: a pointer through a huge key is shortened (its middle left
        // out); the error's `where.pointer` keeps it whole.
        std::string_view const p = where.pointer;
        if (p.size() <= 160) {
            out += p;
        } else {
            out += p.substr(0, detail::utf8_prefix(p, 100));
            out += "...";
            std::size_t from = p.size() - 40;
            while (from < p.size() && (static_cast<unsigned char>(p[from]) & 0xC0) == 0x80)
                ++from;
            out += p.substr(from);
        }
        out += ": ";
    }
    if (!where.field.empty()) {
        out += where.field;
        out += ": ";
    }
    out += message(language);
    out += " [";
    out += sentra::to_string(code);
    out += ']';
    return out;
}

SENTRA_DECL void report::add(error e)
{
    if (e.level == severity::warning) {
        ++warnings_;
        problems_.push_back(std::move(e));
        return;
    }
    ++errors_;
    if (cap_ != 0 && errors_ > cap_) {
        ++omitted_;
        return;
    }
    problems_.push_back(std::move(e));
}

SENTRA_DECL void report::merge(report const& other)
{
    for (auto const& e : other.problems()) add(e);
    errors_ += other.omitted_;
    omitted_ += other.omitted_;
}

SENTRA_DECL void report::merge_under(std::string_view prefix, report const& inner)
{
    for (auto const& e : inner.problems()) add(under_pointer(prefix, e));
    errors_ += inner.omitted_;
    omitted_ += inner.omitted_;
}

SENTRA_DECL void report::name_file(std::string_view file)
{
    for (auto& e : problems_)
        if (e.where.file.empty()) e.where.file = std::string(file);
}

SENTRA_DECL std::string report::to_string(lang language) const
{
    std::string out;
    for (auto const& e : problems_) {
        out += e.to_string(language);
        out += '\n';
    }
    if (omitted_ > 0) { // appended piece by piece: GCC 12 warns falsely of "(" + to_string()
        out += '(';
        out += render("report.omitted", std::vector<message_arg>{{"count", omitted_}}, language);
        out += ")\n";
    }
    return out;
}

SENTRA_DECL bool report::has(error_class c) const noexcept
{
    for (auto const& e : problems_)
        if (e.level == severity::error && class_of(e.code) == c) return true;
    return false;
}

SENTRA_DECL exception::exception(error e)
    : std::system_error(make_error_code(e.code), e.to_string()), what_(e.to_string())
{
    report_.add(std::move(e));
}

SENTRA_DECL exception::exception(sentra::report r)
    : std::system_error(
          make_error_code(r.problems().empty() ? errc::invalid_value : r.problems().front().code),
          r.problems().empty() ? std::string("invalid input") : r.problems().front().to_string(lang::en)),
      report_(std::move(r))
{
    if (report_.problems().empty()) report_.add(errc::invalid_value, {}, "report.invalid_input");
    what_ = report_.problems().front().to_string();
}

[[noreturn]] SENTRA_DECL void throw_exception_from_error(error const& e, boost::source_location const&)
{
    throw exception(e);
}

[[noreturn]] SENTRA_DECL void throw_exception_from_error(report const& r, boost::source_location const&)
{
    throw exception(r);
}

namespace detail {
class sentra_category final : public std::error_category {
public:
    char const* name() const noexcept override { return "sentra"; }
    std::string message(int ev) const override
    {
        return std::string(to_label(static_cast<errc>(ev), lang::en));
    }
};
} // namespace detail

SENTRA_DECL std::error_category const& error_category() noexcept
{
    static detail::sentra_category const category;
    return category;
}

} // namespace sentra

// sentra/error.hpp — the one error model of the library.
//
// Every failure sentra reports is an `error`: a stable code (`errc`), a location (file,
// line and column for text, a JSON Pointer for JSON, a field name for values built in
// code) and what it says: a message of the catalogue and its arguments (sentra/message.hpp),
// rendered in the language asked for. Functions that can fail return `result<T>` (one error) or
// `result<T, report>` (every problem found, up to a cap); nothing on the data path
// throws. `.value()` on a failed result throws `sentra::exception`, the convenience
// layer for callers who prefer exceptions.
#pragma once

#include <sentra/detail/config.hpp>
#include <sentra/lang.hpp>
#include <sentra/message.hpp>

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>
#include <boost/system/result.hpp>

#include <cstddef>
#include <cstdint>
#include <ostream>
#include <span>
#include <string>
#include <string_view>
#include <system_error>
#include <type_traits>
#include <utility>
#include <vector>

namespace sentra {

// Error codes. The names are stable (they appear in reports and JSON as `[code]`);
// new codes are only ever appended.
enum class errc : int {
    // input/output
    file_not_found = 1,
    file_unreadable,
    // text syntax
    syntax_error,
    invalid_utf8,
    unterminated_quote,
    wrong_column_count,
    bad_header,
    // values
    empty_value,
    malformed_code,
    wrong_level,
    value_too_long,
    out_of_range,
    wrong_type,
    invalid_value,
    // structure of JSON objects
    missing_key,
    unknown_key,
    duplicate_key,
    // references and integrity
    unknown_code,
    parent_mismatch,
    orphan,
    duplicate_code,
    // command line
    invalid_argument,
    // programme rules (from the clusters issue on)
    out_of_order,
    outside_locus,
    outside_jurisdiction,
    over_capacity,
    too_few_members,
    illegal_transition,
    // data integrity (from the hardening issue on)
    file_unwritable,
    history_rewritten,
    // names given for codes (from the import issue on)
    unknown_name,
    ambiguous_name,
    unknown_column,
};
BOOST_DESCRIBE_ENUM(errc, file_not_found, file_unreadable, syntax_error, invalid_utf8,
                    unterminated_quote, wrong_column_count, bad_header, empty_value, malformed_code,
                    wrong_level, value_too_long, out_of_range, wrong_type, invalid_value,
                    missing_key, unknown_key, duplicate_key, unknown_code, parent_mismatch, orphan,
                    duplicate_code, invalid_argument, out_of_order, outside_locus,
                    outside_jurisdiction, over_capacity, too_few_members, illegal_transition,
                    file_unwritable, history_rewritten, unknown_name, ambiguous_name,
                    unknown_column)

// Coarse grouping of the codes: callers decide by class (the CLI exits 2 on `io` and
// `usage`, 1 on the rest).
enum class error_class : unsigned char { io, syntax, value, structure, reference, usage, rule };
BOOST_DESCRIBE_ENUM(error_class, io, syntax, value, structure, reference, usage, rule)

constexpr std::string_view to_label(error_class c, lang language = lang::en) noexcept
{
    constexpr bilingual labels[] = {{"input/output", "masukan/keluaran"},
                                    {"syntax", "sintaksis"},
                                    {"value", "nilai"},
                                    {"structure", "struktur"},
                                    {"reference", "rujukan"},
                                    {"usage", "penggunaan"},
                                    {"rule", "aturan"}};
    return detail::label_at(labels, c, language);
}

constexpr error_class class_of(errc code) noexcept
{
    switch (code) {
    case errc::file_not_found:
    case errc::file_unreadable:
    case errc::file_unwritable:
        return error_class::io;
    case errc::syntax_error:
    case errc::invalid_utf8:
    case errc::unterminated_quote:
    case errc::wrong_column_count:
    case errc::bad_header:
        return error_class::syntax;
    case errc::missing_key:
    case errc::unknown_key:
    case errc::duplicate_key:
    case errc::unknown_column:
        return error_class::structure;
    case errc::unknown_code:
    case errc::parent_mismatch:
    case errc::orphan:
    case errc::duplicate_code:
    case errc::unknown_name:
    case errc::ambiguous_name:
        return error_class::reference;
    case errc::invalid_argument:
        return error_class::usage;
    case errc::out_of_order:
    case errc::outside_locus:
    case errc::outside_jurisdiction:
    case errc::over_capacity:
    case errc::too_few_members:
    case errc::illegal_transition:
    case errc::history_rewritten:
        return error_class::rule;
    default:
        return error_class::value;
    }
}

// The stable snake_case name of a code: "malformed_code".
SENTRA_DECL std::string_view to_string(errc code) noexcept;

// A short description of the code, in English or Indonesian.
SENTRA_DECL std::string_view to_label(errc code, lang language = lang::en) noexcept;

// Findings that do not make input invalid (a cluster still short of members, a NIK
// prefix from a region that was split) are warnings.
enum class severity : unsigned char { error, warning };
BOOST_DESCRIBE_ENUM(severity, error, warning)

SENTRA_DECL std::string_view to_label(severity s, lang language = lang::en) noexcept;

// Where a problem is. Text input fills file/line/column (1-based; 0 = unknown), JSON
// input fills pointer (RFC 6901; NDJSON fills both), values built in code fill field.
struct location {
    std::string file;
    std::uint32_t line = 0;
    std::uint32_t column = 0;
    std::string pointer;
    std::string field;

    bool empty() const noexcept
    {
        return file.empty() && line == 0 && pointer.empty() && field.empty();
    }
    friend bool operator==(location const&, location const&) = default;
};
BOOST_DESCRIBE_STRUCT(location, (), (file, line, column, pointer, field))

struct error {
    errc code{};
    location where;
    // What it says: a message of the catalogue ("region.no_name") and its arguments
    // (the code or name it is about, quoted input, numbers, a suggestion). Never personal
    // data.
    message_id id;
    std::vector<message_arg> args;
    sentra::severity level = severity::error;

    // The message in `language`: "no village 'Cipayung Jya' in ..."; "" when there is none.
    SENTRA_DECL std::string detail(lang language) const;
    std::string detail() const { return detail(default_lang()); }

    // The label of the code in `language`, then the message: "malformed code: ...".
    SENTRA_DECL std::string message(lang language) const;
    std::string message() const { return message(default_lang()); }

    // One line: "FILE:LINE:COL: error: POINTER: MESSAGE [code]"; absent parts are left out.
    // "error:"/"warning:" and "[code]" are the same in every language (tools read them).
    SENTRA_DECL std::string to_string(lang language) const;
    std::string to_string() const { return to_string(default_lang()); }

    // The argument named `name`, or null.
    SENTRA_DECL message_arg const* arg(std::string_view name) const noexcept;

    friend bool operator==(error const&, error const&) = default;
    // One line in the default language.
    friend std::ostream& operator<<(std::ostream& os, error const& e)
    {
        return os << e.to_string();
    }
};

// Every problem found in one input, in the order found. With a cap, the first `cap`
// errors are kept and the rest only counted; `full()` tells a reader it may stop.
class report {
public:
    report() = default;
    explicit report(std::size_t max_errors) noexcept : cap_(max_errors) {}
    // A report of one problem: for a function that returns result<T, report> and fails
    // with a single error.
    static report of(error e)
    {
        report r;
        r.add(std::move(e));
        return r;
    }

    SENTRA_DECL void add(error e);
    void add(errc code, location where, message_id id, std::vector<message_arg> args = {},
             sentra::severity level = severity::error)
    {
        add(error{code, std::move(where), id, std::move(args), level});
    }
    // Appends another report's problems (respecting this report's cap).
    SENTRA_DECL void merge(report const& other);
    // The same, each problem placed under `prefix` (a JSON Pointer): the problems of a
    // part ("/enterprises/3") as seen from the whole.
    SENTRA_DECL void merge_under(std::string_view prefix, report const& inner);

    // The problems kept, in the order found, as a std::span: `.size()`, `[i]`, `.front()`,
    // a range-for. The report itself is that sequence too: `r.size()`, `r[i]`, `r.at(i)`.
    std::span<error const> problems() const& noexcept { return problems_; }
    // On a temporary (`r.error().problems()`, since result::error() returns a copy) the
    // problems are handed over, so a range-for over them does not dangle.
    std::vector<error> problems() && noexcept { return std::move(problems_); }
    // For the reader that made the report, to add what it learns later (file, line).
    std::span<error> problems() & noexcept { return problems_; }
    std::size_t size() const noexcept { return problems_.size(); }
    error const& operator[](std::size_t i) const& noexcept { return problems_[i]; }
    // Throws std::out_of_range past the problems kept.
    error const& at(std::size_t i) const& { return problems_.at(i); }
    // On a temporary (`r.error()[0]`: boost::system::result::error() returns a copy) the
    // problem itself, moved out: `error const& e = r.error()[0];` then binds to a value
    // that lives as long as `e` instead of to a report about to be destroyed.
    error operator[](std::size_t i) && noexcept { return std::move(problems_[i]); }
    error at(std::size_t i) && { return std::move(problems_.at(i)); }
    std::vector<error>::const_iterator begin() const noexcept { return problems_.begin(); }
    std::vector<error>::const_iterator end() const noexcept { return problems_.end(); }

    std::size_t error_count() const noexcept { return errors_; }
    std::size_t warning_count() const noexcept { return warnings_; }
    bool ok() const noexcept { return errors_ == 0; }
    bool empty() const noexcept { return errors_ == 0 && warnings_ == 0; }
    // More errors were found than the cap let in.
    bool truncated() const noexcept { return omitted_ > 0; }
    std::size_t omitted() const noexcept { return omitted_; }
    bool full() const noexcept { return cap_ != 0 && errors_ >= cap_; }
    std::size_t cap() const noexcept { return cap_; }
    // Any error of class c (io: the input could not be read at all).
    SENTRA_DECL bool has(error_class c) const noexcept;
    // Names `file` in every problem that names none (a report made from text in memory,
    // then told where the text came from).
    SENTRA_DECL void name_file(std::string_view file);
    // One problem a line in `language`, then "(N more errors not kept)" when capped.
    SENTRA_DECL std::string to_string(lang language) const;
    std::string to_string() const { return to_string(default_lang()); }

    // One problem a line, in the default language.
    friend std::ostream& operator<<(std::ostream& os, report const& r) { return os << r.to_string(); }

private:
    std::vector<error> problems_;
    std::size_t cap_ = 0;
    std::size_t errors_ = 0;
    std::size_t warnings_ = 0;
    std::size_t omitted_ = 0;
};

// What `.value()` on a failed result throws. `what()` is the first problem's line.
class exception : public std::system_error {
public:
    SENTRA_DECL explicit exception(error e);
    SENTRA_DECL explicit exception(sentra::report r);

    sentra::report const& problems() const noexcept { return report_; }
    error const& first() const noexcept { return report_.problems().front(); }
    // The first problem's line, without std::system_error's suffix.
    char const* what() const noexcept override { return what_.c_str(); }

private:
    sentra::report report_;
    std::string what_;
};

// `result<T>` fails with one error; `result<T, report>` with every problem found.
template <class T, class E = error>
using result = boost::system::result<T, E>;

// Found by argument-dependent lookup from boost::system::result::value().
[[noreturn]] SENTRA_DECL void throw_exception_from_error(error const& e,
                                                    boost::source_location const& loc);
[[noreturn]] SENTRA_DECL void throw_exception_from_error(report const& r,
                                                    boost::source_location const& loc);

// errc plugs into std::error_code for code that speaks it.
SENTRA_DECL std::error_category const& error_category() noexcept;
inline std::error_code make_error_code(errc e) noexcept
{
    return {static_cast<int>(e), error_category()};
}

namespace detail {
// Joins pieces into one string. (GCC 12 warns falsely, -Wrestrict, on `"'" + str`.)
template <class... Parts>
std::string cat(Parts const&... parts)
{
    std::string out;
    out.reserve((std::string_view(parts).size() + ... + 0));
    (out.append(std::string_view(parts)), ...);
    return out;
}

// How many bytes of `text` fit in `limit` without cutting a UTF-8 sequence in two.
constexpr std::size_t utf8_prefix(std::string_view text, std::size_t limit) noexcept
{
    if (text.size() <= limit) return text.size();
    std::size_t n = limit;
    while (n > 0 && (static_cast<unsigned char>(text[n]) & 0xC0) == 0x80) --n;
    return n;
}

} // namespace detail

// Input quoted for an error's detail: 'text', at most 40 bytes (a cut never splits a UTF-8
// sequence; "..." marks it), control bytes escaped as \\xNN, so that an error stays one
// readable line whatever the input. The one way the library quotes input; never used on
// personal data (a NIK or a phone number is named, not quoted).
inline std::string quote_input(std::string_view text)
{
    std::string out = "'";
    std::size_t const keep = detail::utf8_prefix(text, 40);
    for (std::size_t i = 0; i < keep; ++i) {
        auto const c = static_cast<unsigned char>(text[i]);
        if (c < 0x20 || c == 0x7f) {
            constexpr char hex[] = "0123456789abcdef";
            out += "\\x";
            out += hex[c >> 4];
            out += hex[c & 0xf];
        } else {
            out += static_cast<char>(c);
        }
    }
    if (keep < text.size()) out += "...";
    out += "'";
    return out;
}


// The location of a value in a JSON document (RFC 6901 pointer).
inline location at_pointer(std::string pointer)
{
    location l;
    l.pointer = std::move(pointer);
    return l;
}

namespace detail {
inline void append_pointer_part(std::string& out, std::string_view part)
{
    out += '/';
    for (char c : part) {
        if (c == '~')
            out += "~0";
        else if (c == '/')
            out += "~1";
        else
            out += c;
    }
}
template <class Part>
void append_pointer_part(std::string& out, Part const& part)
    requires std::is_integral_v<Part>
{
    out += '/';
    out += std::to_string(part);
}
} // namespace detail

// A JSON Pointer (RFC 6901) from its parts, keys escaped: json_pointer("clusters", 2,
// "name") is "/clusters/2/name". The one way the library writes a pointer.
template <class... Parts>
std::string json_pointer(Parts const&... parts)
{
    std::string out;
    (detail::append_pointer_part(out, parts), ...);
    return out;
}

// The same error placed under `prefix` (a JSON Pointer): "/name" found in a cluster is
// "/clusters/2/name" in its document.
inline error under_pointer(std::string_view prefix, error e)
{
    e.where.pointer.insert(0, prefix);
    return e;
}

// Shorthand for building a failed result:
// `return make_error(errc::malformed_code, "enterprise.nib_digits", {{"input", quote_input(text)}})`.
inline error make_error(errc code, message_id id, std::vector<message_arg> args = {},
                        location where = {})
{
    return error{code, std::move(where), id, std::move(args), severity::error};
}

// An error of the app's own, whose text the app wrote (and translates, if it will): the
// message "app.text", the same text in every language.
inline error make_text_error(errc code, std::string text, location where = {})
{
    return error{code, std::move(where), "app.text", {{"text", std::move(text)}}, severity::error};
}

} // namespace sentra

template <>
struct std::is_error_code_enum<sentra::errc> : std::true_type {
};

#if defined(SENTRA_HEADER_ONLY)
#include <sentra/impl/error.ipp>
#endif

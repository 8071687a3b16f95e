// sentra/io/csv.hpp — a CSV record reader that is lenient where real files need it and
// reports every structural problem with its line and column.
//
// RFC 4180 quoting (a field that starts with `"` ends at a lone `"`; `""` inside is a
// quote; it may hold commas and line breaks), plus what official exports do: a bare `"`
// inside an unquoted field is kept as a character (`Soka"an`), a UTF-8 byte order mark
// is skipped, lines end in LF or CRLF, the last line may lack its newline. Columns are
// 1-based byte offsets in their line. The delimiter is `,` unless told otherwise (Excel in
// an Indonesian locale writes `;`).
#pragma once

#include <sentra/error.hpp>
#include <sentra/lang.hpp>

#include <boost/describe/enum.hpp>

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace sentra::io {

struct csv_field {
    std::string_view text; // unescaped; valid until the next call of next()
    std::uint32_t line = 0;
    std::uint32_t column = 0;
    bool quoted = false;
};

enum class csv_status : unsigned char {
    record,  // fields hold the record
    problem, // a syntax problem was reported; the rest of its line was skipped
    end,     // no more input
};
BOOST_DESCRIBE_ENUM(csv_status, record, problem, end)

constexpr std::string_view to_label(csv_status s, lang language = lang::en) noexcept
{
    constexpr bilingual labels[] = {
        {"record", "baris data"}, {"problem", "masalah"}, {"end of input", "akhir masukan"}};
    return sentra::detail::label_at(labels, s, language);
}

using sentra::operator<<; // so that argument-dependent look-up finds it for csv_status

class csv_reader {
public:
    // `file` names the input in errors.
    explicit csv_reader(std::string_view input, std::string file = {})
        : in_(input), file_(std::move(file))
    {
        if (in_.size() >= 3 && std::memcmp(in_.data(), "\xEF\xBB\xBF", 3) == 0) {
            pos_ = 3;
            line_start_ = 3; // the mark is not a column
        }
    }

    // The same, with fields separated by `delimiter` (`;`, a tab...; not a quote or a line
    // break).
    csv_reader(std::string_view input, std::string file, char delimiter)
        : csv_reader(input, std::move(file))
    {
        if (delimiter != '"' && delimiter != '\n' && delimiter != '\r') delimiter_ = delimiter;
    }

    // The same for a piece of a longer input that starts on line `first_line` (a reader
    // that reads a stream in pieces, cut between records).
    csv_reader(std::string_view input, std::string file, char delimiter, std::uint32_t first_line)
        : csv_reader(input, std::move(file), delimiter)
    {
        line_ = first_line;
        record_line_ = first_line;
    }

    char delimiter() const noexcept { return delimiter_; }

    // Starts at byte `offset` of `input`, which is on line `line` (for readers that skip
    // the rows they can read faster themselves).
    csv_reader(std::string_view input, std::string file, std::size_t offset, std::uint32_t line)
        : csv_reader(input, std::move(file))
    {
        if (offset > pos_) {
            pos_ = offset < in_.size() ? offset : in_.size();
            line_start_ = pos_;
            line_ = line;
            record_line_ = line;
        }
    }

    // Continues at byte `offset`, the start of a record on line `line` (after a faster
    // reader took the records before it).
    void seek(std::size_t offset, std::uint32_t line) noexcept
    {
        pos_ = offset < in_.size() ? offset : in_.size();
        line_start_ = pos_;
        line_ = line;
        record_line_ = line;
    }

    // Where the next record starts, and its line.
    std::size_t position() const noexcept { return pos_; }
    std::uint32_t next_line() const noexcept { return line_; }

    // Reads the next record. Syntax problems go to `out` as errors.
    csv_status next(std::vector<csv_field>& fields, report& out)
    {
        fields.clear();
        scratch_.clear();
        patches_.clear();
        std::size_t const n = in_.size();
        if (pos_ >= n) return csv_status::end;
        record_line_ = line_;
        char const* const base = in_.data();
        // The usual record is one line of unquoted fields: find its end once, then the
        // commas inside it.
        std::size_t line_end = find_char(pos_, n, '\n');
        for (;;) {
            auto const col = u32(pos_ - line_start_ + 1);
            if (pos_ < line_end && base[pos_] == '"') {
                bool more = false;
                if (!quoted_field(fields, out, col, more)) return csv_status::problem;
                if (!more) break;
                // a quoted field may have spanned lines
                if (pos_ > line_end || line_end == n) line_end = find_char(pos_, n, '\n');
                continue;
            }
            std::size_t const comma = find_char(pos_, line_end, delimiter_);
            if (comma != line_end) {
                fields.push_back({in_.substr(pos_, comma - pos_), line_, col, false});
                pos_ = comma + 1;
                continue;
            }
            std::size_t end = line_end;
            if (end > pos_ && base[end - 1] == '\r') --end;
            fields.push_back({in_.substr(pos_, end - pos_), line_, col, false});
            if (line_end < n)
                end_line(line_end);
            else
                pos_ = n;
            break;
        }
        for (auto const& p : patches_)
            fields[p.field].text = std::string_view(scratch_).substr(p.offset, p.size);
        return csv_status::record;
    }

    // The line the last record started on (1-based).
    std::uint32_t line() const noexcept { return record_line_; }
    std::string const& file() const noexcept { return file_; }

    // A location for a field, for callers' own errors; `offset` is a byte offset in it.
    // Where byte `offset` of a field's (unescaped) text stood in the input: a quoted field
    // may span lines, and each quote in it was written twice.
    location where(csv_field const& f, std::size_t offset = 0) const
    {
        location l;
        l.file = file_;
        l.line = f.line;
        std::size_t column = f.column + (f.quoted ? 1 : 0);
        std::size_t const end = offset < f.text.size() ? offset : f.text.size();
        for (std::size_t i = 0; i < end; ++i) {
            if (f.text[i] == '\n') {
                ++l.line;
                column = 1;
            } else {
                column += f.quoted && f.text[i] == '"' ? 2 : 1;
            }
        }
        l.column = static_cast<std::uint32_t>(column + (offset - end));
        return l;
    }
    location where_line(std::uint32_t line, std::uint32_t column = 1) const
    {
        location l;
        l.file = file_;
        l.line = line;
        l.column = column;
        return l;
    }

private:
    struct patch {
        std::size_t field;
        std::size_t offset;
        std::size_t size;
    };

    static std::uint32_t u32(std::size_t v) noexcept { return static_cast<std::uint32_t>(v); }

    // Index of the first `c` in [from, to), or `to`.
    std::size_t find_char(std::size_t from, std::size_t to, char c) const noexcept
    {
        if (from >= to) return to;
        void const* p = std::memchr(in_.data() + from, c, to - from);
        return p ? static_cast<std::size_t>(static_cast<char const*>(p) - in_.data()) : to;
    }

    void end_line(std::size_t lf)
    {
        pos_ = lf + 1;
        ++line_;
        line_start_ = pos_;
    }

    bool quoted_field(std::vector<csv_field>& fields, report& out, std::uint32_t col, bool& more)
    {
        std::uint32_t const open_line = line_;
        std::size_t const open_pos = pos_;
        std::size_t const start = scratch_.size();
        bool copied = false; // whether the text had to be unescaped into scratch
        std::size_t i = pos_ + 1;
        std::size_t const n = in_.size();
        std::size_t run = i;
        for (;;) {
            std::size_t const q = find_char(i, n, '"');
            if (q == n) {
                out.add(errc::unterminated_quote, where_line(open_line, col),
                        "csv.unclosed_quote");
                pos_ = n;
                return false;
            }
            // count line breaks inside the quoted text, for later line numbers
            for (std::size_t k = find_char(i, q, '\n'); k < q; k = find_char(k + 1, q, '\n')) {
                ++line_;
                line_start_ = k + 1;
            }
            if (q + 1 < n && in_[q + 1] == '"') {
                scratch_.append(in_.data() + run, q + 1 - run);
                copied = true;
                i = q + 2;
                run = i;
                continue;
            }
            // the closing quote
            std::size_t const after = q + 1;
            csv_field f{in_.substr(open_pos + 1, q - (open_pos + 1)), open_line, col, true};
            if (copied) {
                scratch_.append(in_.data() + run, q - run);
                patches_.push_back({fields.size(), start, scratch_.size() - start});
            }
            if (after >= n) {
                fields.push_back(f);
                pos_ = n;
                more = false;
                return true;
            }
            char const c = in_[after];
            if (c == delimiter_) {
                fields.push_back(f);
                pos_ = after + 1;
                more = true;
                return true;
            }
            if (c == '\n' || (c == '\r' && (after + 1 == n || in_[after + 1] == '\n'))) {
                fields.push_back(f);
                more = false;
                std::size_t const lf = c == '\n' ? after : after + 1;
                if (lf < n)
                    end_line(lf);
                else
                    pos_ = n;
                return true;
            }
            if (copied) patches_.pop_back();
            out.add(errc::syntax_error, where_line(line_, u32(after - line_start_ + 1)),
                    "csv.after_quote");
            skip_line(after);
            return false;
        }
    }

    void skip_line(std::size_t from)
    {
        std::size_t const lf = in_.find('\n', from);
        if (lf == std::string_view::npos)
            pos_ = in_.size();
        else
            end_line(lf);
    }

    std::string_view in_;
    std::string file_;
    char delimiter_ = ',';
    std::size_t pos_ = 0;
    std::size_t line_start_ = 0;
    std::uint32_t line_ = 1;
    std::uint32_t record_line_ = 1;
    std::string scratch_;
    std::vector<patch> patches_;
};

// ---------------------------------------------------------------- writing cells

// Whether a spreadsheet would run `cell` as a formula (OWASP, "CSV Injection"): its first
// character after any spaces and double quotes is `=`, `+`, `-`, `@`, a tab or a carriage
// return. A cell that starts with an apostrophe is text already (the spreadsheet's mark).
constexpr bool starts_formula(std::string_view cell) noexcept
{
    std::size_t i = 0;
    while (i < cell.size() && (cell[i] == ' ' || cell[i] == '"')) ++i;
    if (i == cell.size()) return false;
    char const c = cell[i];
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
}

// Appends `value` as one CSV cell that a spreadsheet shows as text and never runs: a value
// that would start a formula (starts_formula) is written with a leading apostrophe and
// quoted, which sentra's import reads back to the value (it takes one leading apostrophe
// off); a value holding the delimiter, a quote or a line break, or with a space at either
// end, is quoted, its quotes doubled. A value that starts with an apostrophe is written as
// it is: to have the apostrophe read back, double it (write_enterprises_csv does). Every CSV
// sentra writes for people to open goes through here.
inline void append_csv_cell(std::string& out, std::string_view value, char delimiter = ',')
{
    bool const mark = starts_formula(value);
    bool const quote = mark || value.find_first_of("\"\r\n") != std::string_view::npos ||
                       value.find(delimiter) != std::string_view::npos ||
                       (!value.empty() && (value.front() == ' ' || value.back() == ' '));
    if (!quote) {
        out += value;
        return;
    }
    out += '"';
    if (mark) out += '\'';
    for (char c : value) {
        if (c == '"') out += '"';
        out += c;
    }
    out += '"';
}

// The same, as a string of its own.
inline std::string csv_cell(std::string_view value, char delimiter = ',')
{
    std::string out;
    append_csv_cell(out, value, delimiter);
    return out;
}

} // namespace sentra::io

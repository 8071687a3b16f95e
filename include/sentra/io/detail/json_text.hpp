// sentra/io/detail/json_text.hpp — what the JSON DOM forgets about the text it came from:
// duplicate keys (the DOM keeps one) and where each value stood (line and column for the
// JSON Pointer of every problem). The parse handler notices a possible duplicate cheaply
// (by hash); the walker, run only when there is something to place or confirm, reads the
// text once more and answers exactly.
#pragma once

#include <sentra/detail/config.hpp>
#include <sentra/error.hpp>

#include <boost/json/basic_parser_impl.hpp>
#include <boost/json/value_stack.hpp>

#include <charconv>
#include <optional>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace sentra::io::json::detail {

// RFC 6901: "~" is written "~0" and "/" is written "~1" in a reference token.
inline void append_token(std::string& pointer, std::string_view key)
{
    pointer += '/';
    for (char c : key) {
        if (c == '~')
            pointer += "~0";
        else if (c == '/')
            pointer += "~1";
        else
            pointer += c;
    }
}

// Lines and columns (1-based, the column in bytes like compilers count it) of offsets in
// one forward pass: asked in increasing order, n offsets cost one scan of the text, not n
// (a hostile file with an error in every record must not take quadratic time).
class line_counter {
public:
    explicit line_counter(std::string_view text) noexcept : text_(text) {}

    void locate(std::size_t offset, std::uint32_t& line, std::uint32_t& column) noexcept
    {
        if (offset > text_.size()) offset = text_.size();
        if (offset < at_) *this = line_counter(text_); // backwards: start again
        while (at_ < offset) {
            auto const* nl =
                static_cast<char const*>(std::memchr(text_.data() + at_, '\n', offset - at_));
            if (nl == nullptr) {
                at_ = offset;
                break;
            }
            ++line_;
            at_ = static_cast<std::size_t>(nl - text_.data()) + 1;
            line_start_ = at_;
        }
        line = static_cast<std::uint32_t>(line_);
        column = static_cast<std::uint32_t>(offset - line_start_ + 1);
    }

private:
    std::string_view text_;
    std::size_t at_ = 0;
    std::size_t line_ = 1;
    std::size_t line_start_ = 0;
};

// The one problem of text that is not JSON: where the parser stopped, and why.
SENTRA_DECL error syntax_error_at(std::string_view text, std::size_t stopped,
                             boost::system::error_code const& ec, std::string const& file,
                             std::uint32_t first_line);

// Line and column of one offset.
inline void line_and_column(std::string_view text, std::size_t offset, std::uint32_t& line,
                            std::uint32_t& column);

SENTRA_DECL error syntax_error_at(std::string_view text, std::size_t stopped,
                             boost::system::error_code const& ec, std::string const& file,
                             std::uint32_t first_line);

// A double read again from its text, correctly rounded: Boost 1.81 rounds some decimal
// texts to a neighbouring double (it has no precise mode before 1.83). `parts` holds the
// text so far when it came in parts, and is emptied.
inline double exact_double(double d, std::string_view last, std::string& parts)
{
    std::string_view text = last;
    if (!parts.empty()) {
        parts.append(last.data(), last.size());
        text = parts;
    }
    double exact = 0;
    auto const r = std::from_chars(text.data(), text.data() + text.size(), exact);
    // Out of range (1e-400, 1e999): Boost's value (0, or its own error before this).
    if (r.ec == std::errc() && r.ptr == text.data() + text.size()) d = exact;
    parts.clear();
    return d;
}

// Boost.JSON's own DOM handler (a value_stack), plus a hash of every key of each open
// object: a key whose hash was seen in the same object marks the text as suspect.
class dom_handler {
public:
    static constexpr std::size_t max_object_size = boost::json::object::max_size();
    static constexpr std::size_t max_array_size = boost::json::array::max_size();
    static constexpr std::size_t max_key_size = boost::json::string::max_size();
    static constexpr std::size_t max_string_size = boost::json::string::max_size();

    explicit dom_handler(boost::json::storage_ptr sp = {}) : stack_(std::move(sp)) {}

    boost::json::value_stack& stack() noexcept { return stack_; }
    bool suspect_duplicates() const noexcept { return suspect_; }
    void reset(boost::json::storage_ptr sp = {})
    {
        stack_.reset(std::move(sp));
        hashes_.clear();
        starts_.clear();
        number_.clear();
        suspect_ = false;
    }

    using string_view = boost::json::string_view;
    using error_code = boost::system::error_code;

    bool on_document_begin(error_code&) { return true; }
    bool on_document_end(error_code&) { return true; }
    bool on_object_begin(error_code&)
    {
        starts_.push_back(hashes_.size());
        return true;
    }
    bool on_object_end(std::size_t n, error_code&)
    {
        stack_.push_object(n);
        hashes_.resize(starts_.back());
        starts_.pop_back();
        return true;
    }
    bool on_array_begin(error_code&) { return true; }
    bool on_array_end(std::size_t n, error_code&)
    {
        stack_.push_array(n);
        return true;
    }
    bool on_key_part(string_view s, std::size_t, error_code&)
    {
        hash_ = mix(hash_, s);
        stack_.push_chars(s);
        return true;
    }
    bool on_key(string_view s, std::size_t, error_code&)
    {
        std::uint64_t const h = mix(hash_, s);
        hash_ = offset_basis;
        for (std::size_t i = starts_.back(); i < hashes_.size(); ++i)
            if (hashes_[i] == h) suspect_ = true;
        hashes_.push_back(h);
        stack_.push_key(s);
        return true;
    }
    bool on_string_part(string_view s, std::size_t, error_code&)
    {
        stack_.push_chars(s);
        return true;
    }
    bool on_string(string_view s, std::size_t, error_code&)
    {
        stack_.push_string(s);
        return true;
    }
    // Numbers: doubles are read again from their text (exact_double); it may come in parts.
    bool on_number_part(string_view s, error_code&)
    {
        number_.append(s.data(), s.size());
        return true;
    }
    bool on_int64(std::int64_t i, string_view, error_code&)
    {
        number_.clear();
        stack_.push_int64(i);
        return true;
    }
    bool on_uint64(std::uint64_t u, string_view, error_code&)
    {
        number_.clear();
        stack_.push_uint64(u);
        return true;
    }
    bool on_double(double d, string_view s, error_code&)
    {
        stack_.push_double(exact_double(d, std::string_view(s.data(), s.size()), number_));
        return true;
    }
    bool on_bool(bool b, error_code&)
    {
        stack_.push_bool(b);
        return true;
    }
    bool on_null(error_code&)
    {
        stack_.push_null();
        return true;
    }
    bool on_comment_part(string_view, error_code&) { return true; }
    bool on_comment(string_view, error_code&) { return true; }

private:
    static constexpr std::uint64_t offset_basis = 14695981039346656037ull;
    static std::uint64_t mix(std::uint64_t h, string_view s) noexcept
    {
        for (char const c : s) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull; // FNV-1a
        return h;
    }

    boost::json::value_stack stack_;
    std::vector<std::uint64_t> hashes_;
    std::vector<std::size_t> starts_;
    std::uint64_t hash_ = offset_basis;
    std::string number_; // a number's text so far, when it comes in parts
    bool suspect_ = false;
};

// Walks JSON text that is known to be well-formed, keeping the JSON Pointer of the value
// it is at. Recursion is bounded by the depth the parser already accepted.
class text_walker {
public:
    struct duplicate {
        std::string pointer; // of the later member
        std::string key;
        std::size_t offset; // of its key
    };

    explicit text_walker(std::string_view text) : s_(text) {}

    // Offsets of the values at `wanted` pointers (those present), and every duplicate key
    // as (pointer of the later member, offset of its key).
    void walk(std::unordered_map<std::string, std::size_t>& wanted,
              std::vector<duplicate>* duplicates)
    {
        wanted_ = &wanted;
        duplicates_ = duplicates;
        pointer_.clear();
        i_ = 0;
        value();
    }

private:
    void skip_ws() noexcept
    {
        while (i_ < s_.size() &&
               (s_[i_] == ' ' || s_[i_] == '\t' || s_[i_] == '\n' || s_[i_] == '\r'))
            ++i_;
    }
    static unsigned hex(char c) noexcept
    {
        if (c >= '0' && c <= '9') return static_cast<unsigned>(c - '0');
        if (c >= 'a' && c <= 'f') return static_cast<unsigned>(c - 'a' + 10);
        return static_cast<unsigned>(c - 'A' + 10);
    }
    unsigned read_hex4() noexcept
    {
        unsigned u = 0;
        for (int k = 0; k < 4 && i_ < s_.size(); ++k) u = u * 16 + hex(s_[i_++]);
        return u;
    }
    static void put_utf8(std::string& out, unsigned cp)
    {
        if (cp < 0x80) {
            out += static_cast<char>(cp);
        } else if (cp < 0x800) {
            out += static_cast<char>(0xC0 | (cp >> 6));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            out += static_cast<char>(0xE0 | (cp >> 12));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        } else {
            out += static_cast<char>(0xF0 | (cp >> 18));
            out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        }
    }
    // At the opening quote; returns the decoded string (keys only need it).
    std::string read_string()
    {
        std::string out;
        ++i_;
        while (i_ < s_.size() && s_[i_] != '"') {
            char const c = s_[i_++];
            if (c != '\\') {
                out += c;
                continue;
            }
            char const e = i_ < s_.size() ? s_[i_++] : '\\';
            switch (e) {
            case 'b':
                out += '\b';
                break;
            case 'f':
                out += '\f';
                break;
            case 'n':
                out += '\n';
                break;
            case 'r':
                out += '\r';
                break;
            case 't':
                out += '\t';
                break;
            case 'u': {
                unsigned cp = read_hex4();
                if (cp >= 0xD800 && cp < 0xDC00 && i_ + 1 < s_.size() && s_[i_] == '\\' &&
                    s_[i_ + 1] == 'u') {
                    i_ += 2;
                    unsigned const low = read_hex4();
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                }
                put_utf8(out, cp);
                break;
            }
            default:
                out += e;
                break;
            }
        }
        ++i_; // the closing quote
        return out;
    }
    void skip_string() noexcept
    {
        ++i_;
        while (i_ < s_.size() && s_[i_] != '"') i_ += s_[i_] == '\\' ? 2 : 1;
        ++i_;
    }
    void value()
    {
        skip_ws();
        if (i_ >= s_.size()) return;
        if (auto it = wanted_->find(pointer_); it != wanted_->end()) it->second = i_;
        char const c = s_[i_];
        if (c == '{') {
            ++i_;
            std::vector<std::string> keys;
            skip_ws();
            if (i_ < s_.size() && s_[i_] == '}') {
                ++i_;
                return;
            }
            while (i_ < s_.size()) {
                skip_ws();
                std::size_t const key_at = i_;
                std::string key = read_string();
                std::size_t const length = pointer_.size();
                append_token(pointer_, key);
                if (duplicates_) {
                    for (auto const& k : keys)
                        if (k == key) { // once, however often it was there before
                            duplicates_->push_back({pointer_, key, key_at});
                            break;
                        }
                    keys.push_back(std::move(key));
                }
                skip_ws();
                ++i_; // ':'
                value();
                pointer_.resize(length);
                skip_ws();
                if (i_ < s_.size() && s_[i_] == ',') {
                    ++i_;
                    continue;
                }
                ++i_; // '}'
                break;
            }
        } else if (c == '[') {
            ++i_;
            skip_ws();
            if (i_ < s_.size() && s_[i_] == ']') {
                ++i_;
                return;
            }
            for (std::size_t index = 0; i_ < s_.size(); ++index) {
                std::size_t const length = pointer_.size();
                pointer_ += '/';
                pointer_ += std::to_string(index);
                value();
                pointer_.resize(length);
                skip_ws();
                if (i_ < s_.size() && s_[i_] == ',') {
                    ++i_;
                    continue;
                }
                ++i_; // ']'
                break;
            }
        } else if (c == '"') {
            skip_string();
        } else {
            while (i_ < s_.size() && s_[i_] != ',' && s_[i_] != '}' && s_[i_] != ']' &&
                   s_[i_] != ' ' && s_[i_] != '\n' && s_[i_] != '\r' && s_[i_] != '\t')
                ++i_;
        }
    }

    std::string_view s_;
    std::size_t i_ = 0;
    std::string pointer_;
    std::unordered_map<std::string, std::size_t>* wanted_ = nullptr;
    std::vector<duplicate>* duplicates_ = nullptr;
};

inline constexpr std::size_t not_found = static_cast<std::size_t>(-1);

// Gives every problem that has a JSON Pointer but no line the line and column of its value
// in `text` (or of the nearest enclosing value that exists: a missing key points at its
// object). `first_line` shifts lines, for a record that starts further down a file.
SENTRA_DECL void place(std::string_view text, std::span<error> problems, std::uint32_t first_line = 1);

// Every duplicate key of well-formed `text`, with pointer, line and column.
SENTRA_DECL std::vector<error> duplicate_keys(std::string_view text, std::uint32_t first_line = 1);

// The string value of the top-level object's member `key` (its first), read without binding
// the rest: a document's "classification" before the document is read with that edition's
// types. Stops as soon as it has it; nullopt when the text is no object, has no such member,
// the member is not a string, or the text is not JSON up to there.
SENTRA_DECL std::optional<std::string> top_level_string(std::string_view text, std::string_view key);

} // namespace sentra::io::json::detail

#if defined(SENTRA_HEADER_ONLY)
#include <sentra/io/impl/json_text.ipp>
#endif

// sentra/io/impl/json_text.ipp — the definitions of sentra/io/detail/json_text.hpp's
// functions: syntax errors, lines and columns, duplicate keys. Included by the header when
// sentra is header-only, compiled once in the library otherwise (sentra/src.hpp).
#pragma once

#include <sentra/io/detail/json_text.hpp>

#include <algorithm>

namespace sentra::io::json::detail {

SENTRA_DECL error syntax_error_at(std::string_view text, std::size_t stopped,
                             boost::system::error_code const& ec, std::string const& file,
                             std::uint32_t first_line);

// Line and column of one offset.
inline void line_and_column(std::string_view text, std::size_t offset, std::uint32_t& line,
                            std::uint32_t& column)
{
    line_counter(text).locate(offset, line, column);
}

SENTRA_DECL error syntax_error_at(std::string_view text, std::size_t stopped,
                             boost::system::error_code const& ec, std::string const& file,
                             std::uint32_t first_line)
{
    location l;
    l.file = file;
    line_and_column(text, stopped, l.line, l.column);
    l.line += first_line - 1;
    namespace bj = boost::json;
    // "syntax error" alone: the code's label says as much.
    if (ec == bj::error::syntax) return make_error(errc::syntax_error, {}, {}, std::move(l));
    struct known {
        bj::error e;
        message_id id;
    };
    static constexpr known messages[] = {
        {bj::error::extra_data, "json.extra_data"},
        {bj::error::incomplete, "json.incomplete"},
        {bj::error::exponent_overflow, "json.exponent_overflow"},
        {bj::error::too_deep, "json.too_deep"},
        {bj::error::illegal_leading_surrogate, "json.bad_surrogate"},
        {bj::error::illegal_trailing_surrogate, "json.bad_surrogate"},
        {bj::error::expected_hex_digit, "json.hex_digit"},
        {bj::error::object_too_large, "json.too_large"},
        {bj::error::array_too_large, "json.too_large"},
        {bj::error::key_too_large, "json.too_large"},
        {bj::error::string_too_large, "json.too_large"},
    };
    for (auto const& k : messages)
        if (ec == k.e) return make_error(errc::syntax_error, k.id, {}, std::move(l));
    // Any other, as the parser words it (in English).
    return make_error(errc::syntax_error, "json.parser_says", {{"reason", ec.message()}},
                      std::move(l));
}

// Events of the parser, kept only for the top-level member asked for (top_level_string).
struct peek_handler {
    static constexpr std::size_t max_object_size = std::size_t(-1);
    static constexpr std::size_t max_array_size = std::size_t(-1);
    static constexpr std::size_t max_key_size = std::size_t(-1);
    static constexpr std::size_t max_string_size = std::size_t(-1);
    using ec_t = boost::system::error_code;
    using sv = boost::json::string_view;

    std::string_view want;
    std::size_t depth = 0;
    std::string key;
    bool at_value = false; // the next value is the member's
    std::string value;
    bool found = false;

    bool stop(ec_t& ec)
    {
        ec = boost::json::error::extra_data; // any error: the parser stops here
        return false;
    }
    bool value_seen(ec_t& ec) // a value other than the member's string
    {
        if (at_value && depth == 1) return stop(ec); // the member is not a string
        return true;
    }
    bool on_document_begin(ec_t&) { return true; }
    bool on_document_end(ec_t&) { return true; }
    bool on_array_begin(ec_t& ec)
    {
        if (depth == 0 || (at_value && depth == 1)) return stop(ec);
        ++depth;
        return true;
    }
    bool on_array_end(std::size_t, ec_t&)
    {
        --depth;
        return true;
    }
    bool on_object_begin(ec_t& ec)
    {
        if (at_value && depth == 1) return stop(ec);
        ++depth;
        return true;
    }
    bool on_object_end(std::size_t, ec_t&)
    {
        --depth;
        return true;
    }
    bool on_string_part(sv s, std::size_t, ec_t&)
    {
        if (at_value && depth == 1) value.append(s.data(), s.size());
        return true;
    }
    bool on_string(sv s, std::size_t, ec_t& ec)
    {
        if (at_value && depth == 1) {
            value.append(s.data(), s.size());
            found = true;
            return stop(ec);
        }
        return true;
    }
    bool on_key_part(sv s, std::size_t, ec_t&)
    {
        if (depth == 1) key.append(s.data(), s.size());
        return true;
    }
    bool on_key(sv s, std::size_t, ec_t&)
    {
        if (depth == 1) {
            key.append(s.data(), s.size());
            at_value = key == want;
            key.clear();
        }
        return true;
    }
    bool on_number_part(sv, ec_t&) { return true; }
    bool on_int64(std::int64_t, sv, ec_t& ec) { return value_seen(ec); }
    bool on_uint64(std::uint64_t, sv, ec_t& ec) { return value_seen(ec); }
    bool on_double(double, sv, ec_t& ec) { return value_seen(ec); }
    bool on_bool(bool, ec_t& ec) { return value_seen(ec); }
    bool on_null(ec_t& ec) { return value_seen(ec); }
    bool on_comment_part(sv, ec_t&) { return true; }
    bool on_comment(sv, ec_t&) { return true; }
};

SENTRA_DECL std::optional<std::string> top_level_string(std::string_view text, std::string_view key)
{
    boost::json::basic_parser<peek_handler> p(boost::json::parse_options{});
    p.handler().want = key;
    boost::system::error_code ec;
    p.write_some(false, text.data(), text.size(), ec);
    if (!p.handler().found) return std::nullopt;
    return std::move(p.handler().value);
}

SENTRA_DECL void place(std::string_view text, std::span<error> problems, std::uint32_t first_line)
{
    std::unordered_map<std::string, std::size_t> wanted;
    for (auto const& e : problems)
        if (e.where.line == 0)
            for (std::string p = e.where.pointer;; p.resize(p.rfind('/'))) {
                wanted.emplace(p, not_found);
                if (p.empty()) break;
            }
    if (wanted.empty()) return;
    text_walker(text).walk(wanted, nullptr);
    // Each problem's offset, then lines and columns in one pass in the order of the text.
    std::vector<std::pair<std::size_t, std::size_t>> at; // offset, problem
    for (std::size_t k = 0; k < problems.size(); ++k) {
        if (problems[k].where.line != 0) continue;
        for (std::string p = problems[k].where.pointer;; p.resize(p.rfind('/'))) {
            if (auto it = wanted.find(p); it != wanted.end() && it->second != not_found) {
                at.emplace_back(it->second, k);
                break;
            }
            if (p.empty()) break;
        }
    }
    std::sort(at.begin(), at.end());
    line_counter lines(text);
    for (auto const& [offset, k] : at) {
        auto& where = problems[k].where;
        lines.locate(offset, where.line, where.column);
        where.line += first_line - 1;
    }
}

SENTRA_DECL std::vector<error> duplicate_keys(std::string_view text, std::uint32_t first_line)
{
    std::unordered_map<std::string, std::size_t> none;
    std::vector<text_walker::duplicate> found;
    text_walker(text).walk(none, &found);
    std::vector<error> out;
    line_counter lines(text); // the walk found them in the order of the text
    for (auto& d : found) {
        location l;
        lines.locate(d.offset, l.line, l.column);
        l.line += first_line - 1;
        l.pointer = std::move(d.pointer);
        out.push_back(make_error(errc::duplicate_key, "json.duplicate_key",
                                 {{"key", sentra::quote_input(d.key)}}, std::move(l)));
    }
    return out;
}

} // namespace sentra::io::json::detail

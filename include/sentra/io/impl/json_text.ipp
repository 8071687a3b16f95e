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

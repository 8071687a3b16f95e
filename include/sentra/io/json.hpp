// sentra/io/json.hpp — the one strict JSON converter for every sentra type.
//
// Described structs and enums (Boost.Describe) convert without hand-written code, and so
// does any value type with `static result<T> parse(std::string_view)` and
// `std::string to_string() const` (region codes, KBLI codes, dates, money).
// Reading is strict and the same on every Boost version: an unknown key, a missing key,
// a wrong type or a malformed value is an error with its JSON Pointer, and every problem
// in the input is reported, not just the first. Writing keeps member order, leaves out
// absent optionals, writes enums by their snake_case names and money as integers. One
// reader (detail/json_bind.hpp) reads text and DOMs alike; one writer (detail/json_write.hpp)
// writes text and DOMs alike. The rules are in docs/json.md. `boost::json::value_from` /
// `value_to` give the same results for sentra types (value_to throws sentra::exception).
#pragma once

#include <sentra/detail/config.hpp>
#include <sentra/io/detail/json_bind.hpp>
#include <sentra/io/detail/json_shape.hpp>
#include <sentra/io/detail/json_simd.hpp>
#include <sentra/io/detail/json_text.hpp>
#include <sentra/io/detail/json_write.hpp>
#include <sentra/error.hpp>
#include <sentra/personal_data.hpp>

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>
#include <boost/describe/enum_from_string.hpp>
#include <boost/describe/enum_to_string.hpp>
#include <boost/describe/members.hpp>
#include <boost/json/parser.hpp>
#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>
#include <boost/json/value_from.hpp>
#include <boost/json/value_to.hpp>
#include <boost/mp11/algorithm.hpp>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace sentra::io::json {

struct read_options {
    // Stop after this many errors (0: report all).
    std::size_t max_errors = 0;
    // Deepest nesting accepted by parse(); deeper input is an error, not a stack overflow.
    std::size_t max_depth = 64;
    // Tokenize with simdjson's On-Demand parser when sentra was built with it
    // (uses_simdjson()); false: with Boost.JSON's. Values, problems and their places are the
    // same either way (a text simdjson refuses is read again by Boost.JSON for its message).
    bool simdjson = true;
    // Longer texts are tokenized by Boost.JSON, whose memory does not grow with the text:
    // simdjson indexes the whole text at once, about 7 bytes for each byte of it.
    std::size_t simdjson_max_bytes = std::size_t(256) << 20;
};

// Whether this build of sentra tokenizes JSON with simdjson (the CMake option
// SENTRA_WITH_SIMDJSON, or that macro for a header-only build).
SENTRA_DECL bool uses_simdjson() noexcept;


namespace detail {

// Adds the problems the binder found to `out` (after those found before binding: syntax,
// duplicate keys), in the order of the type's description, capped at options.max_errors,
// with lines and columns when there is a text.
SENTRA_DECL void collect(binder& b, report& out, read_options const& options, std::string_view text,
                    std::string const& file, std::uint32_t first_line);

} // namespace detail

// Reads a T from a JSON value by the same rules as `parse` reads text (its events are
// replayed into the same reader): every problem in the report, each with its pointer.
template <class T>
result<T, report> read(boost::json::value const& v, read_options options = {})
{
    detail::binder b;
    T value{};
    b.start(value);
    detail::replay(v, b);
    report out(options.max_errors);
    detail::collect(b, out, options, {}, {}, 1);
    if (!out.ok()) return out;
    return result<T, report>(boost::system::in_place_value, std::move(value));
}

// Reads many JSON texts, one after another, into sentra types (the lines of a stream, the
// messages of a queue): `parse` for each, with the parser and its stacks kept from one text
// to the next instead of allocated again. One per thread.
class text_reader {
public:
    explicit text_reader(read_options options = {})
        : options_(options), parser_(parse_options_of(options))
    {
    }
    text_reader(text_reader const&) = delete;
    text_reader& operator=(text_reader const&) = delete;

    // Binds `text` into `value`, which should be as a T{} is (what was in it is not
    // cleared); returns every problem, as `parse` does: on an error, `value` holds what
    // was read and should not be used. `file` and `first_line` place the problems.
    template <class T>
    report read_into(T& value, std::string_view text, std::string const& file = {},
                     std::uint32_t first_line = 1)
    {
        if (detail::simd_tokenizer* const t = tokenizer(text)) {
            if constexpr (detail::simd_typed<T>) { // a right text, straight into its type
                if (detail::simd_read_typed(*t, value, text, options_.max_depth))
                    return report(options_.max_errors);
                value = T{};
            }
            parser_.handler().start(value);
            if (detail::simd_bind(*t, parser_.handler(), text, options_.max_depth))
                return bound(text, file, first_line);
            value = T{}; // read again by Boost.JSON, for its message and place
        }
        parser_.reset();
        parser_.handler().start(value);
        boost::system::error_code ec;
        std::size_t const n = parser_.write_some(false, text.data(), text.size(), ec);
        if (!ec && n < text.size()) ec = boost::json::error::extra_data;
        report out(options_.max_errors);
        if (ec) { // the only problem reported: what follows it is unknown
            out.add(detail::syntax_error_at(text, n, ec, file, first_line));
            return out;
        }
        return bound(text, file, first_line);
    }

    // Parses `text` into a new T (as json::parse does).
    template <class T>
    result<T, report> read(std::string_view text, std::string const& file = {},
                           std::uint32_t first_line = 1)
    {
        T value{};
        report out = read_into(value, text, file, first_line);
        if (!out.ok()) return out;
        return result<T, report>(boost::system::in_place_value, std::move(value));
    }

private:
    // The problems of a text read to its end: repeated keys, then the binder's.
    report bound(std::string_view text, std::string const& file, std::uint32_t first_line)
    {
        report out(options_.max_errors);
        if (parser_.handler().suspect_duplicates())
            for (auto& e : detail::duplicate_keys(text, first_line)) {
                e.where.file = file;
                out.add(std::move(e));
            }
        detail::collect(parser_.handler(), out, options_, text, file, first_line);
        return out;
    }
    // simdjson's tokenizer for this text, made on first use; none when sentra was built
    // without it or the options choose Boost.JSON's.
    detail::simd_tokenizer* tokenizer(std::string_view text)
    {
        if (!options_.simdjson || text.size() > options_.simdjson_max_bytes) return nullptr;
        if (!simd_tried_) {
            simd_.reset(detail::make_simd_tokenizer());
            simd_tried_ = true;
        }
        return simd_.get();
    }
    static boost::json::parse_options parse_options_of(read_options const& o)
    {
        boost::json::parse_options po;
        po.max_depth = o.max_depth;
        return po;
    }
    read_options options_;
    boost::json::basic_parser<detail::binder> parser_;
    std::unique_ptr<detail::simd_tokenizer, detail::simd_tokenizer_deleter> simd_;
    bool simd_tried_ = false;
};

namespace detail {

// Parses into a DOM, adding syntax errors and duplicate keys to `out`; the DOM comes back
// unless the syntax was wrong (with duplicates it holds the last member, so that the
// caller can still report every other problem).
template <class = void> // compiled where called: it instantiates the parser
std::optional<boost::json::value> parse_dom(std::string_view text, read_options options,
                                            std::string const& file,
                                            boost::json::storage_ptr storage,
                                            std::uint32_t first_line, report& out)
{
    boost::json::parse_options po;
    po.max_depth = options.max_depth;
    boost::json::basic_parser<dom_handler> p(po); // its own stack on the default heap
    p.handler().reset(storage);                   // the values in `storage`
    boost::system::error_code ec;
    std::size_t const n = p.write_some(false, text.data(), text.size(), ec);
    if (!ec && n < text.size()) ec = boost::json::error::extra_data;
    if (ec) {
        out.add(syntax_error_at(text, n, ec, file, first_line));
        return std::nullopt;
    }
    if (p.handler().suspect_duplicates())
        for (auto& e : duplicate_keys(text, first_line)) {
            e.where.file = file;
            out.add(std::move(e));
        }
    return p.handler().stack().release();
}

} // namespace detail

// Parses JSON text into a DOM. Syntax errors and duplicate keys (which the DOM would
// silently drop) are errors with line and column; `file` names the input in them.
// `first_line` is the line the text starts on (a record of an NDJSON stream).
template <class = void> // compiled where called: it instantiates the parser
result<boost::json::value, report>
parse_value(std::string_view text, std::string const& file = {}, read_options options = {},
            std::uint32_t first_line = 1, boost::json::storage_ptr storage = {})
{
    report out(options.max_errors);
    auto v = detail::parse_dom(text, options, file, std::move(storage), first_line, out);
    if (!out.ok()) return out;
    return std::move(*v);
}

// Parses JSON text and reads a T from it: every problem with its pointer, line and column.
// The text is bound straight into the T as the parser reads it (json_bind.hpp): no DOM.
// A syntax error is the only problem reported (what follows it is unknown); a repeated
// key is reported with every other problem.
template <class T>
result<T, report> parse(std::string_view text, std::string const& file = {},
                        read_options options = {}, std::uint32_t first_line = 1)
{
    return text_reader(options).read<T>(text, file, first_line);
}

// Gives each problem found in `text` after parsing (by validate(), which knows only JSON
// Pointers) the line and column of its value, and names `file`. A problem that has a line
// already keeps it. `first_line` shifts lines, for a record that starts further down a file.
SENTRA_DECL void locate(std::string_view text, report& problems, std::string_view file = {},
                   std::uint32_t first_line = 1);

// The JSON value of x. Personal data is left out unless `options` ask for it.
template <class T>
boost::json::value write(T const& x, write_options const& options = {})
{
    boost::json::value jv;
    detail::value_sink sink(jv);
    detail::write_value(sink, x, options);
    return jv;
}

// The JSON text of x: compact, keys in member order, written directly (no DOM).
template <class T>
std::string serialize(T const& x, write_options const& options = {})
{
    std::string out;
    detail::text_sink sink(out);
    detail::write_value(sink, x, options);
    return out;
}

// Appends the JSON text of x to `out` (for streams of records: no allocation per record
// once `out` has grown).
template <class T>
void serialize_to(std::string& out, T const& x, write_options const& options = {})
{
    detail::text_sink sink(out);
    detail::write_value(sink, x, options);
}

namespace detail {

SENTRA_DECL void write_canonical(std::string& out, boost::json::value const& v, std::size_t indent);

} // namespace detail

// The canonical text of a JSON value: members in the order they are stored (for sentra's
// types, the order of their description), two-space indentation, one member or element a
// line, numbers in their shortest exact form, a final newline. The same value always gives
// the same bytes.
SENTRA_DECL std::string canonical_text(boost::json::value const& v);

// The canonical text of x (see canonical_text).
template <class T>
std::string canonical(T const& x, write_options const& options = {})
{
    return canonical_text(write(x, options));
}

} // namespace sentra::io::json

namespace sentra {

// Boost.JSON's customization points, so that boost::json::value_from / value_to on sentra
// types mean the same as sentra::io::json::write / read.
template <class T>
    requires io::json::detail::convertible<T>
void tag_invoke(boost::json::value_from_tag, boost::json::value& jv, T const& x)
{
    io::json::detail::value_sink sink(jv); // in jv's own storage
    io::json::detail::write_value(sink, x, {});
}

template <class T>
    requires io::json::detail::convertible<T> T tag_invoke(boost::json::value_to_tag<T>,
                                                       boost::json::value const& jv)
    {
        return io::json::read<T>(jv).value();
    }

} // namespace sentra

#if defined(SENTRA_HEADER_ONLY)
#include <sentra/io/impl/json.ipp>
#endif

// An error and a report as JSON (their own form: code, place, message id, arguments).
#include <sentra/io/error_json.hpp>

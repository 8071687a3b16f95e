// sentra/io/ndjson.hpp — records one a line (NDJSON, JSON Lines), streamed: a national
// registry of enterprises or cases is read in fixed-size chunks, so memory stays flat
// however long the input, and every record is either delivered or reported, in order.
//
// Each record is parsed strictly (as sentra::io::json::parse), then checked by the caller's
// `check`; its problems carry the line number, the column and the JSON Pointer inside the
// record. Blank lines are not records. A line longer than `max_line_length` is reported
// and skipped without being held in memory. With `threads = 2` batches of lines are
// parsed on two cores (a second thread kept for the whole stream takes half of each
// batch); records are still delivered in input order.
#pragma once

#include <sentra/error.hpp>
#include <sentra/io/detail/helper_thread.hpp>
#include <sentra/io/file.hpp>
#include <sentra/io/json.hpp>


#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <istream>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace sentra::io::ndjson {

struct read_options {
    // Stop reading after this many errors in all (0: read everything).
    std::size_t max_errors = 0;
    std::size_t max_depth = 64;
    // A longer line is an error (value_too_long) and is skipped.
    std::size_t max_line_length = 16 * 1024 * 1024;
    // Cores to parse on (1 or 2 make sense on our machines).
    unsigned threads = 1;
    // Tokenize with simdjson when sentra was built with it (json::read_options::simdjson).
    bool simdjson = true;
    // Lines handed to the workers at a time.
    std::size_t batch_lines = 2048;
    // Bytes read from the stream at a time (lines may span chunks).
    std::size_t chunk_bytes = 1 << 20;
    // The number of the stream's first line: a part of a split file numbered as in the whole.
    std::uint64_t first_line = 1;
    // read_file: the name problems are placed in, when not the path (a part named as the
    // file it was split from).
    std::optional<std::string> file_name;
};

struct summary {
    std::uint64_t lines = 0;   // lines read (blank ones too)
    std::uint64_t records = 0; // non-blank lines
    std::uint64_t valid = 0;   // records delivered without errors
    std::uint64_t errors = 0;
    std::uint64_t warnings = 0;
    std::uint64_t bytes = 0; // bytes read
    bool stopped = false; // max_errors was reached: records after that were not delivered
};

// One record's outcome: the value (when its JSON form was right) and its problems.
template <class T>
struct record {
    std::uint64_t line = 0;
    std::optional<T> value;
    report problems;
    bool ok() const noexcept { return value.has_value() && problems.ok(); }
};

namespace detail {

// A line to parse: a view into the chunk it was read in (valid until the batch is parsed,
// which happens before the next chunk is read), or into a line that spanned two chunks.
struct pending_line {
    std::uint64_t number;
    std::string_view text; // empty with `too_long`
    bool too_long = false;
};

template <class T, class Check>
void parse_line(pending_line const& l, std::string const& file, read_options const& o,
                Check const& check, json::text_reader& reader, record<T>& out)
{
    out.line = l.number;
    out.value.reset();
    out.problems = report();
    if (l.too_long) {
        location where;
        where.file = file;
        where.line = static_cast<std::uint32_t>(l.number);
        where.column = 1;
        out.problems.add(errc::value_too_long, std::move(where), "ndjson.line_too_long",
                         {{"limit", o.max_line_length}});
        return;
    }
    auto const first_line = static_cast<std::uint32_t>(l.number);
    // Bound straight into the record's value: no DOM, no copy of the line, no move.
    T& value = out.value.emplace();
    report problems = reader.read_into(value, l.text, file, first_line);
    if (!problems.ok()) {
        out.value.reset();
        out.problems = std::move(problems);
        return;
    }
    report checked = check(value);
    if (!checked.empty()) {
        json::detail::place(l.text, checked.problems(), first_line);
        for (auto& e : checked.problems()) e.where.file = file;
        out.problems = std::move(checked);
    }
}

// The reader behind read() and read_file(): `source(buffer, size)` fills up to `size` bytes
// and returns how many (0 at the end); `failed()` tells whether the end was a failure.
template <class T, class Source, class Failed, class Check, class Deliver>
result<summary> read_chunks(Source&& source, Failed&& failed, std::string const& file,
                            Check const& check, Deliver& deliver, read_options const& o)
{
    summary s;
    std::vector<detail::pending_line> batch;
    std::vector<record<T>> done;
    unsigned const workers = std::max(1u, std::min(o.threads, 2u));
    json::read_options ro;
    ro.max_depth = o.max_depth;
    ro.simdjson = o.simdjson;
    // One reader per worker, kept for the whole stream.
    std::vector<std::unique_ptr<json::text_reader>> readers;
    for (unsigned w = 0; w < workers; ++w) readers.push_back(std::make_unique<json::text_reader>(ro));
    // The second core's thread, started once (not a thread per batch).
    std::optional<io::detail::helper_thread> helper;
    if (workers > 1) helper.emplace();

    auto flush = [&]() {
        done.resize(batch.size());
        auto work = [&](std::size_t begin, std::size_t end, unsigned w) {
            for (std::size_t i = begin; i < end; ++i)
                detail::parse_line<T>(batch[i], file, o, check, *readers[w], done[i]);
        };
        if (helper && batch.size() > 64) {
            // An exception of either half (bad_alloc, or one from `check`) is rethrown here.
            std::size_t const half = batch.size() / 2;
            helper->run_beside([&] { work(half, batch.size(), 1u); }, [&] { work(0, half, 0u); });
        } else {
            work(0, batch.size(), 0u);
        }
        for (auto& r : done) {
            if (s.stopped) break;
            s.errors += r.problems.error_count();
            s.warnings += r.problems.warning_count();
            if (r.ok()) ++s.valid;
            deliver(std::move(r));
            if (o.max_errors != 0 && s.errors >= o.max_errors) s.stopped = true;
        }
        batch.clear();
    };

    std::string buffer(std::max<std::size_t>(o.chunk_bytes, 1), '\0');
    std::string carry;     // the start of a line that continues in the next chunk
    std::deque<std::string> spanning; // whole lines that spanned chunks, until parsed
    bool skipping = false; // inside a line that is already too long
    std::uint64_t line = o.first_line == 0 ? 0 : o.first_line - 1;
    auto parse_batch = [&]() {
        if (!batch.empty() && !s.stopped) flush();
        batch.clear();
        spanning.clear();
    };
    auto finish_line = [&](std::string_view text, bool spans) {
        ++line;
        ++s.lines;
        if (!text.empty() && text.back() == '\r') text.remove_suffix(1);
        if (!skipping && text.find_first_not_of(" \t") == std::string_view::npos) return;
        ++s.records;
        if (skipping) {
            batch.push_back({line, {}, true});
        } else if (spans) {
            spanning.emplace_back(text);
            batch.push_back({line, spanning.back(), false});
        } else {
            batch.push_back({line, text, false}); // a view into the chunk: no copy
        }
        skipping = false;
        if (batch.size() >= o.batch_lines) parse_batch();
    };
    while (!s.stopped) {
        parse_batch(); // the views into the buffer end here: it is about to be refilled
        std::size_t const n = source(buffer.data(), buffer.size());
        if (n == 0) break;
        s.bytes += n;
        std::string_view chunk(buffer.data(), n);
        while (!chunk.empty() && !s.stopped) {
            auto const nl = chunk.find('\n');
            std::string_view const part = chunk.substr(0, nl);
            if (nl != std::string_view::npos && carry.empty() && !skipping) {
                if (part.size() > o.max_line_length) {
                    skipping = true;
                    finish_line({}, false);
                } else {
                    finish_line(part, false);
                }
                chunk.remove_prefix(nl + 1);
                continue;
            }
            if (!skipping) {
                if (carry.size() + part.size() > o.max_line_length) {
                    skipping = true;
                    carry.clear();
                    carry.shrink_to_fit();
                } else {
                    carry.append(part);
                }
            }
            if (nl == std::string_view::npos) break;
            finish_line(carry, true);
            carry.clear();
            chunk.remove_prefix(nl + 1);
        }
    }
    if (failed()) {
        location where;
        where.file = file;
        where.line = static_cast<std::uint32_t>(line + 1);
        return make_error(errc::file_unreadable, "ndjson.stream_failed", {}, std::move(where));
    }
    if (!s.stopped && (!carry.empty() || skipping)) finish_line(carry, true); // no final newline
    parse_batch();
    return s;
}

} // namespace detail

// Reads every record of `in`, calling `deliver(record<T>&&)` for each, in input order, and
// `check(T const&) -> report` on each that parsed. Problems of the stream itself (a read
// failure) come back as the error.
template <class T, class Check, class Deliver>
result<summary> read(std::istream& in, std::string const& file, Check&& check, Deliver&& deliver,
                     read_options const& o = {})
{
    auto source = [&in](char* to, std::size_t size) -> std::size_t {
        if (!in) return 0;
        in.read(to, static_cast<std::streamsize>(size));
        return static_cast<std::size_t>(in.gcount());
    };
    return detail::read_chunks<T>(source, [&in] { return in.bad(); }, file, check, deliver, o);
}

// The same for a file. A missing file, a directory and an unreadable file are errors before
// any record is delivered; a file that shrinks while it is read (truncated by another
// program) is an error after the records that were read, so that a cut cannot pass for
// the end. A file removed while it is read is read to its end (POSIX keeps its bytes).
template <class T, class Check, class Deliver>
result<summary> read_file(std::filesystem::path const& path, Check&& check, Deliver&& deliver,
                          read_options const& o = {})
{
    std::string const file = o.file_name ? *o.file_name : path.string();
    auto opened = io::detail::open_for_reading(path);
    if (!opened) return opened.error();
    io::detail::file_handle f = std::move(*opened);
    location where;
    where.file = file;
    std::uintmax_t const expected = io::detail::open_file_size(f.get());
    auto source = [&f](char* to, std::size_t size) { return std::fread(to, 1, size, f.get()); };
    auto failed = [&f] { return std::ferror(f.get()) != 0; };
    auto s = detail::read_chunks<T>(source, failed, file, check, deliver, o);
    if (s && !s->stopped && s->bytes < expected) {
        where.line = static_cast<std::uint32_t>(s->lines + 1);
        return make_error(errc::file_unreadable, "file.shrank",
                          {{"bytes", s->bytes}, {"expected", expected}}, std::move(where));
    }
    return s;
}

// Writes x as one line of compact JSON. Personal data is left out unless asked for.
template <class T>
void write(std::ostream& out, T const& x, json::write_options const& options = {})
{
    out << json::serialize(x, options) << '\n';
}

} // namespace sentra::io::ndjson

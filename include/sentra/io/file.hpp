// sentra/io/file.hpp — reading and writing whole files, with I/O failures as sentra errors.
//
// Reads never return part of a file silently: a file that shrinks while it is read is an
// error, and a size limit bounds the memory a hostile file can take. Writes are atomic:
// the bytes go to a temporary file beside the target, which is flushed to disk and then
// renamed over it, so that a reader (or a crash) sees the old file or the new one, never
// half of either.
#pragma once

#include <sentra/detail/config.hpp>
#include <sentra/error.hpp>
#include <sentra/lang.hpp>

#include <boost/describe/enum.hpp>

#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <limits>
#include <memory>
#include <string>
#include <string_view>

namespace sentra::io {

// No limit on the size of what is read.
inline constexpr std::uintmax_t unlimited = std::numeric_limits<std::uintmax_t>::max();

namespace detail {

struct file_closer {
    void operator()(std::FILE* f) const noexcept { std::fclose(f); }
};
using file_handle = std::unique_ptr<std::FILE, file_closer>;

// The size of an open file now (0 for pipes and devices, whose size is not known).
SENTRA_DECL std::uintmax_t open_file_size(std::FILE* f) noexcept;

// Opens `path` for reading: a missing file is `file_not_found`; a directory or a file that
// cannot be opened is `file_unreadable`.
SENTRA_DECL result<file_handle> open_for_reading(std::filesystem::path const& path);

// What the system said (an errno value), as a message of the catalogue.
SENTRA_DECL message os_error_message(int err);

} // namespace detail

// The bytes of `path`, as read_file_into reads them.
SENTRA_DECL result<std::string> read_file(std::filesystem::path const& path,
                                          std::uintmax_t max_bytes = unlimited);

// The same, into `data` (replacing what it held), so that a caller reading many files can
// reuse one buffer. On failure `data` is left empty.
//
// A missing file is `file_not_found`; a directory, a permission problem, a read failure or
// a file that shrank while it was read (another program truncating it) is
// `file_unreadable`; a file larger than `max_bytes` is `value_too_long`, found before
// anything is read when the size is known, and as soon as the limit is passed when it is
// not (pipes). A file that grows while it is read is read to its new end, as `cat` does.
SENTRA_DECL result<void> read_file_into(std::filesystem::path const& path, std::string& data,
                                        std::uintmax_t max_bytes = unlimited);

// Replaces the contents of `path` with `bytes`, atomically: the bytes are written to a
// temporary file in the same directory, flushed to disk, and renamed over `path` (a rename
// within one file system is atomic on POSIX and on Windows). On any failure `path` keeps
// its previous contents (or stays absent), the temporary file is removed, and the error is
// `file_unwritable` naming `path`. A replaced file's permissions are kept; a new file gets
// the default ones.
SENTRA_DECL result<void> write_file(std::filesystem::path const& path, std::string_view bytes);

// What a file named `name` holds, by its name: a stream of JSON records, one a line ("-"
// for standard input, *.ndjson, *.jsonl), or one JSON document (anything else).
enum class file_format : unsigned char { json, ndjson };
BOOST_DESCRIBE_ENUM(file_format, json, ndjson)

constexpr std::string_view to_label(file_format f, lang language = lang::en) noexcept
{
    constexpr bilingual labels[] = {{"JSON document", "dokumen JSON"},
                                    {"NDJSON record stream", "aliran rekaman NDJSON"}};
    return sentra::detail::label_at(labels, f, language);
}

inline file_format format_of(std::string_view name) noexcept
{
    auto const ends = [&](std::string_view suffix) {
        return name.size() >= suffix.size() && name.substr(name.size() - suffix.size()) == suffix;
    };
    return name == "-" || ends(".ndjson") || ends(".jsonl") ? file_format::ndjson
                                                            : file_format::json;
}

} // namespace sentra::io

#if defined(SENTRA_HEADER_ONLY)
#include <sentra/io/impl/file.ipp>
#endif

// sentra/io/impl/file.ipp — the definitions of sentra/io/file.hpp's functions: included by
// the header when sentra is header-only, compiled once in the library otherwise
// (sentra/src.hpp). The OS's file interfaces stay here, out of the header.
#pragma once

#include <sentra/io/file.hpp>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <system_error>

#if __has_include(<unistd.h>)
#include <sys/stat.h>
#include <unistd.h>
#define SENTRA_DETAIL_POSIX_FILES 1
#endif

namespace sentra::io {

namespace detail {

// What the system said, as a message: the common causes in the catalogue, any other as the
// system words it (its text is the C library's, in English).
SENTRA_DECL message os_error_message(int err)
{
    switch (err) {
    case ENOENT:
        return {"file.no_such_file", {}};
    case EACCES:
    case EPERM:
        return {"file.permission_denied", {}};
    case EISDIR:
        return {"file.is_directory", {}};
    case ENOSPC:
        return {"file.no_space", {}};
    case EROFS:
        return {"file.read_only", {}};
    case 0:
        return {"file.read_error", {}};
    default:
        return {"file.system_error", {{"reason", std::string(std::strerror(err))}}};
    }
}

inline location at_file(std::filesystem::path const& path)
{
    location where;
    where.file = path.string();
    return where;
}

// The size of an open file now (0 for pipes and devices, whose size is not known).
SENTRA_DECL std::uintmax_t open_file_size(std::FILE* f) noexcept
{
#ifdef SENTRA_DETAIL_POSIX_FILES
    struct stat st {};
    if (::fstat(::fileno(f), &st) == 0 && S_ISREG(st.st_mode))
        return static_cast<std::uintmax_t>(st.st_size);
    return 0;
#else
    (void)f;
    return 0;
#endif
}

// Opens `path` for reading: a missing file is `file_not_found`; a directory or a file that
// cannot be opened is `file_unreadable`.
SENTRA_DECL result<file_handle> open_for_reading(std::filesystem::path const& path)
{
    location const where = at_file(path);
    std::error_code ec;
    auto const st = std::filesystem::status(path, ec);
    if (ec || !std::filesystem::exists(st)) {
        if (ec && ec != std::errc::no_such_file_or_directory)
            return make_error(errc::file_unreadable, "file.because",
                              {{"why", os_error_message(ec.value())}}, where);
        return make_error(errc::file_not_found, "file.no_such_file", {}, where);
    }
    if (std::filesystem::is_directory(st))
        return make_error(errc::file_unreadable, "file.is_directory", {}, where);
    errno = 0;
    file_handle f(std::fopen(where.file.c_str(), "rb"));
    if (!f) {
        int const err = errno;
        if (err == ENOENT) return make_error(errc::file_not_found, "file.no_such_file", {}, where);
        return make_error(errc::file_unreadable, "file.because", {{"why", os_error_message(err)}},
                          where);
    }
    return f;
}

} // namespace detail

// The same, into `data` (replacing what it held), so that a caller reading many files can
// reuse one buffer. On failure `data` is left empty.
//
// A missing file is `file_not_found`; a directory, a permission problem, a read failure or
// a file that shrank while it was read (another program truncating it) is
// `file_unreadable`; a file larger than `max_bytes` is `value_too_long`, found before
// anything is read when the size is known, and as soon as the limit is passed when it is
// not (pipes). A file that grows while it is read is read to its new end, as `cat` does.
SENTRA_DECL result<void> read_file_into(std::filesystem::path const& path, std::string& data,
                                        std::uintmax_t max_bytes)
{
    data.clear();
    location const where = detail::at_file(path);
    auto opened = detail::open_for_reading(path);
    if (!opened) return opened.error();
    detail::file_handle f = std::move(*opened);
    auto too_long = [&](std::uintmax_t size) {
        data.clear();
        data.shrink_to_fit();
        return make_error(errc::value_too_long,
                          size == 0 ? message_id("file.more_than_limit")
                                    : message_id("file.over_limit"),
                          {{"bytes", size == 0 ? max_bytes : size}, {"limit", max_bytes}}, where);
    };
    // The size of the open file, not of the path: the path may have been replaced since.
    std::uintmax_t const expected = detail::open_file_size(f.get());
    if (expected > max_bytes) return too_long(expected);
    std::size_t chunk = expected == 0 ? std::size_t{1} << 16
                                      : static_cast<std::size_t>(expected) + 1;
    std::size_t used = 0;
    for (;;) {
        data.resize(used + chunk);
        std::size_t const got = std::fread(data.data() + used, 1, chunk, f.get());
        used += got;
        if (used > max_bytes) return too_long(0);
        if (got < chunk) break;
        chunk = used; // grow geometrically for streams of unknown size
    }
    if (std::ferror(f.get()) != 0) {
        int const err = errno;
        data.clear();
        return make_error(errc::file_unreadable, "file.because",
                          {{"why", detail::os_error_message(err)}}, where);
    }
    if (used < expected) {
        data.clear();
        return make_error(errc::file_unreadable, "file.shrank",
                          {{"bytes", used}, {"expected", expected}}, where);
    }
    data.resize(used);
    return {};
}

// The bytes of `path`, as read_file_into reads them.
SENTRA_DECL result<std::string> read_file(std::filesystem::path const& path, std::uintmax_t max_bytes)
{
    std::string data;
    if (auto r = read_file_into(path, data, max_bytes); !r) return r.error();
    return data;
}

// Replaces the contents of `path` with `bytes`, atomically: the bytes are written to a
// temporary file in the same directory, flushed to disk, and renamed over `path` (a rename
// within one file system is atomic on POSIX and on Windows). On any failure `path` keeps
// its previous contents (or stays absent), the temporary file is removed, and the error is
// `file_unwritable` naming `path`. A replaced file's permissions are kept; a new file gets
// the default ones.
SENTRA_DECL result<void> write_file(std::filesystem::path const& path, std::string_view bytes)
{
    namespace fs = std::filesystem;
    location const where = detail::at_file(path);
    std::error_code ec;
    if (fs::is_directory(path, ec))
        return make_error(errc::file_unwritable, "file.is_directory", {}, where);
    fs::path const dir = path.has_parent_path() ? path.parent_path() : fs::path(".");
    if (!fs::is_directory(dir, ec))
        return make_error(errc::file_unwritable, "file.no_directory", {{"directory", dir.string()}},
                          where);

    // A name no other writer uses: the process, a counter and the clock.
    static std::atomic<unsigned> counter{0};
    auto const stamp = std::chrono::steady_clock::now().time_since_epoch().count();
#ifdef SENTRA_DETAIL_POSIX_FILES
    auto const process = static_cast<long long>(::getpid());
#else
    long long const process = 0;
#endif
    fs::path const temporary =
        dir / sentra::detail::cat(".", path.filename().string(), ".tmp-", std::to_string(process),
                                  "-", std::to_string(counter.fetch_add(1)), "-",
                                  std::to_string(stamp));
    auto fail = [&](message_id why, message cause) {
        std::error_code ignored;
        fs::remove(temporary, ignored);
        return make_error(errc::file_unwritable, why, {{"why", std::move(cause)}}, where);
    };

    errno = 0;
    // "x": never open a file that is already there (another writer's, or a link).
    detail::file_handle f(std::fopen(temporary.string().c_str(), "wbx"));
    if (!f) {
        int const err = errno;
        return make_error(errc::file_unwritable, "file.no_temporary",
                          {{"directory", dir.string()}, {"why", detail::os_error_message(err)}},
                          where);
    }
    errno = 0;
    bool ok = bytes.empty() || std::fwrite(bytes.data(), 1, bytes.size(), f.get()) == bytes.size();
    ok = ok && std::fflush(f.get()) == 0;
#ifdef SENTRA_DETAIL_POSIX_FILES
    ok = ok && ::fsync(::fileno(f.get())) == 0; // on disk before it takes the name
#endif
    int const write_errno = errno;
    bool const closed = std::fclose(f.release()) == 0;
    if (!ok || !closed)
        return fail("file.write_failed",
                    detail::os_error_message(write_errno != 0 ? write_errno : errno));

    // The new contents keep the old file's permissions, as an editor's save does.
    if (auto const old = fs::status(path, ec); !ec && fs::is_regular_file(old))
        fs::permissions(temporary, old.permissions(), ec);
    fs::rename(temporary, path, ec);
    if (ec) return fail("file.rename_failed", detail::os_error_message(ec.value()));
#ifdef SENTRA_DETAIL_POSIX_FILES
    // The rename itself is durable once the directory is synced.
    if (std::FILE* d = std::fopen(dir.string().c_str(), "r")) {
        (void)::fsync(::fileno(d));
        std::fclose(d);
    }
#endif
    return {};
}

} // namespace sentra::io

// sentra/io/file.hpp — reading a whole file, with I/O failures as sentra errors.
#pragma once

#include <sentra/error.hpp>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <memory>
#include <string>
#include <system_error>

namespace sentra::io {

inline result<std::string> read_file(std::filesystem::path const& path);

// The same, into `data` (replacing what it held), so that a caller reading many files can
// reuse one buffer. On failure `data` is left empty.
inline result<void> read_file_into(std::filesystem::path const& path, std::string& data)
{
    data.clear();
    location where;
    where.file = path.string();
    std::error_code ec;
    auto const st = std::filesystem::status(path, ec);
    if (ec || !std::filesystem::exists(st)) {
        if (ec && ec != std::errc::no_such_file_or_directory)
            return make_error(errc::file_unreadable, ec.message(), where);
        return make_error(errc::file_not_found, "no such file", where);
    }
    if (std::filesystem::is_directory(st))
        return make_error(errc::file_unreadable, "is a directory, not a file", where);

    struct closer {
        void operator()(std::FILE* f) const noexcept { std::fclose(f); }
    };
    errno = 0;
    std::unique_ptr<std::FILE, closer> f(std::fopen(where.file.c_str(), "rb"));
    if (!f) {
        int const err = errno;
        if (err == ENOENT) return make_error(errc::file_not_found, "no such file", where);
        return make_error(errc::file_unreadable, std::strerror(err), where);
    }
    std::uintmax_t const expected =
        std::filesystem::is_regular_file(st) ? std::filesystem::file_size(path, ec) : 0;
    std::size_t chunk =
        ec || expected == 0 ? std::size_t{1} << 16 : static_cast<std::size_t>(expected) + 1;
    std::size_t used = 0;
    for (;;) {
        data.resize(used + chunk);
        std::size_t const got = std::fread(data.data() + used, 1, chunk, f.get());
        used += got;
        if (got < chunk) break;
        chunk = used; // grow geometrically for streams of unknown size
    }
    if (std::ferror(f.get()) != 0) {
        int const err = errno;
        data.clear();
        return make_error(errc::file_unreadable,
                          err != 0 ? std::strerror(err) : std::string("read error"), where);
    }
    data.resize(used);
    return {};
}

// The bytes of `path`. A missing file is `file_not_found`; a directory, a permission
// problem or a read failure is `file_unreadable`. A file that shrinks while it is read
// yields the bytes that were there; one that grows is read to its new end.
inline result<std::string> read_file(std::filesystem::path const& path)
{
    std::string data;
    if (auto r = read_file_into(path, data); !r) return r.error();
    return data;
}

} // namespace sentra::io

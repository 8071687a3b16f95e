#include <sentra/io/file.hpp>

#include "catch.hpp"
#include "scratch.hpp"

#include <cerrno>
#include <csignal>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>

#if defined(__linux__)
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>
#endif

using namespace sentra;
namespace fs = std::filesystem;

TEST_CASE("read_file reads bytes exactly", "[file]")
{
    auto dir = fs::temp_directory_path() / "sentra_file_test";
    fs::create_directories(dir);
    auto p = dir / "a.bin";
    std::string bytes("one\0two\r\n\xff", 10);
    std::ofstream(p, std::ios::binary) << bytes;
    auto r = io::read_file(p);
    REQUIRE(r);
    CHECK(*r == bytes);

    std::ofstream(dir / "empty.csv", std::ios::binary).close();
    CHECK(io::read_file(dir / "empty.csv")->empty());
}

TEST_CASE("missing file, directory: distinct I/O errors", "[file]")
{
    auto missing = io::read_file("/nonexistent/sentra/x.csv");
    REQUIRE(!missing);
    CHECK(missing.error().code == errc::file_not_found);
    CHECK(missing.error().where.file == "/nonexistent/sentra/x.csv");
    auto dir = io::read_file(fs::temp_directory_path());
    REQUIRE(!dir);
    CHECK(dir.error().code == errc::file_unreadable);
    CHECK(class_of(dir.error().code) == error_class::io);
}

#if defined(__linux__)
// Failures a test cannot cause with permissions (CI runs as root, which they do not stop):
// the kernel's own special files and a file-size limit stand in for a failing disk.

TEST_CASE("a file of unknown size past the limit: value_too_long, nothing held", "[file]")
{
    std::string data = "old";
    auto r = io::read_file_into("/dev/zero", data, 1 << 20); // a device: no size, no end
    REQUIRE(!r);
    CHECK(r.error().code == errc::value_too_long);
    CHECK(r.error().detail() == "the file has more than 1,048,576 bytes; the limit is 1,048,576");
    CHECK(r.error().where.file == "/dev/zero");
    CHECK(data.empty());
    CHECK(data.capacity() < 1024); // given back, not kept
}

TEST_CASE("a read that fails part-way: file_unreadable with the system's reason", "[file]")
{
    // Reading this process's memory from address 0 fails with EIO.
    std::string data = "old";
    auto r = io::read_file_into("/proc/self/mem", data);
    REQUIRE(!r);
    CHECK(r.error().code == errc::file_unreadable);
    CHECK(r.error().detail() == std::strerror(EIO));
    CHECK(r.error().where.file == "/proc/self/mem");
    CHECK(data.empty());
}

TEST_CASE("a path that exists but cannot be opened (a socket): file_unreadable", "[file]")
{
    auto const dir = scratch::fresh_dir("file_socket");
    auto const path = dir / "s";
    int const fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    REQUIRE(fd >= 0);
    ::sockaddr_un address{};
    address.sun_family = AF_UNIX;
    std::strncpy(address.sun_path, path.c_str(), sizeof address.sun_path - 1);
    REQUIRE(::bind(fd, reinterpret_cast<::sockaddr const*>(&address), sizeof address) == 0);
    auto r = io::read_file(path);
    ::close(fd);
    REQUIRE(!r);
    CHECK(r.error().code == errc::file_unreadable);
    CHECK(r.error().detail() == std::strerror(ENXIO));
    CHECK(r.error().where.file == path.string());
}

TEST_CASE("a path the system cannot look up: file_unreadable with its reason", "[file]")
{
    std::string const long_name(5000, 'n');
    auto too_long = io::read_file(long_name);
    REQUIRE(!too_long);
    CHECK(too_long.error().code == errc::file_unreadable);
    CHECK(too_long.error().detail() == std::strerror(ENAMETOOLONG));
    // Through a file as if it were a folder: not "no such file", the path itself is wrong.
    auto const dir = scratch::fresh_dir("file_notdir");
    scratch::write_bytes(dir / "plain", "x");
    auto through = io::read_file(dir / "plain" / "x.csv");
    REQUIRE(!through);
    CHECK(through.error().code == errc::file_unreadable);
    CHECK(through.error().detail() == std::strerror(ENOTDIR));
}

TEST_CASE("a write the disk refuses part-way: the old file whole, no temporary left", "[file]")
{
    auto const dir = scratch::fresh_dir("file_full");
    auto const path = dir / "document.json";
    scratch::write_bytes(path, "the old contents");
    // A file-size limit makes the kernel refuse the write past 4 KiB (EFBIG), as a full disk
    // would (ENOSPC); SIGXFSZ would otherwise end the process.
    ::rlimit old_limit{};
    REQUIRE(::getrlimit(RLIMIT_FSIZE, &old_limit) == 0);
    auto const old_handler = std::signal(SIGXFSZ, SIG_IGN);
    ::rlimit limit = old_limit;
    limit.rlim_cur = 4096;
    REQUIRE(::setrlimit(RLIMIT_FSIZE, &limit) == 0);
    auto r = io::write_file(path, std::string(100'000, 'x'));
    ::setrlimit(RLIMIT_FSIZE, &old_limit);
    std::signal(SIGXFSZ, old_handler);

    REQUIRE(!r);
    CHECK(r.error().code == errc::file_unwritable);
    CHECK(r.error().detail() == sentra::detail::cat("writing failed: ", std::strerror(EFBIG)));
    CHECK(r.error().where.file == path.string());
    CHECK(io::read_file(path).value() == "the old contents");
    CHECK(std::distance(fs::directory_iterator(dir), fs::directory_iterator()) == 1);
}
#endif

TEST_CASE("a file's format by its name", "[file]")
{
    using sentra::io::file_format;
    CHECK(sentra::io::format_of("-") == file_format::ndjson);
    CHECK(sentra::io::format_of("records.ndjson") == file_format::ndjson);
    CHECK(sentra::io::format_of("records.jsonl") == file_format::ndjson);
    CHECK(sentra::io::format_of("programme.json") == file_format::json);
    CHECK(sentra::io::format_of("ndjson") == file_format::json);
    CHECK(sentra::io::format_of("") == file_format::json);
    CHECK(to_label(file_format::ndjson, sentra::lang::id) == "aliran rekaman NDJSON");
}

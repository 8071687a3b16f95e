#include <sentra/io/file.hpp>

#include "../catch.hpp"

#include <filesystem>
#include <fstream>

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

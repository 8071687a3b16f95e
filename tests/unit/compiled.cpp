#include <sentra/io/document.hpp>

#include "catch.hpp"

#include <filesystem>
#include <string_view>

using namespace sentra;

// sentra/src.hpp is compiled once in the sentra::compiled library (cmake/sentra_compiled.cpp,
// its test of self-containment); the suite links that library by default and is built
// header-only with SENTRA_TEST_HEADER_ONLY (CI's sanitizer build), so that both modes pass
// every test. This file checks that the mode is the one asked for, and a round trip
// through the compiled part.
TEST_CASE("the suite is built in the mode asked for", "[src]")
{
#if defined(SENTRA_TEST_HEADER_ONLY)
    CHECK(std::string_view(SENTRA_TEST_MODE) == "header-only");
#if defined(SENTRA_SEPARATE_COMPILATION)
    FAIL("SENTRA_SEPARATE_COMPILATION is defined in a header-only build");
#endif
#else
    CHECK(std::string_view(SENTRA_TEST_MODE) == "compiled");
#if !defined(SENTRA_SEPARATE_COMPILATION)
    FAIL("the suite links sentra::compiled but SENTRA_SEPARATE_COMPILATION is not defined");
#endif
#endif
}

TEST_CASE("the compiled part: a document read, written and read back through it", "[src]")
{
    auto const sample = std::filesystem::path(SENTRA_TEST_DIR) / "data/documents/cipayung.json";
    auto const regions = io::load_gazetteer();
    REQUIRE(regions);
    validation_context cx;
    cx.regions = &*regions;
    auto const read = io::read_document_file(sample, cx);
    REQUIRE(read);
    CHECK(read->document.enterprises.size() == 8);
    std::string const text = io::write_document(read->document);
    auto const back = io::read_document(text, "again.json", cx);
    REQUIRE(back);
    CHECK(io::write_document(back->document) == text);
    CHECK(io::load_kbli());
    CHECK(io::load_isic());
    CHECK(io::parse_programme(text));
    CHECK(io::document_schema().is_object());
}

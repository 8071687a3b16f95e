#include <sentra/src.hpp>

#include "catch.hpp"

#include <filesystem>

using namespace sentra;

// sentra/src.hpp holds explicit instantiations of the document and loader functions; this
// file is where they are compiled for the tests, and the program below
// (benchmarks/build_cost/read_document.cpp, built against sentra::compiled) links them.
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

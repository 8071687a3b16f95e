#include <sentra/io/import_mapping.hpp>

#include "catch.hpp"
#include "import_fixtures.hpp"

#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

using namespace sentra;
using namespace sentra::test_import;
using io::enterprise_column;

TEST_CASE("an import mapping is read with every problem at its pointer", "[import]")
{
    auto m = io::read_import_mapping(R"({"columns": {"Nama Pelaku Usaha": "name", "Ket": "ignored"},
        "delimiter": ";", "header_line": 3, "area": "32.76", "figures_year": 2025,
        "recognise_headers": false})", "map.json");
    REQUIRE(m);
    CHECK(m->columns->at("Nama Pelaku Usaha") == enterprise_column::name);
    CHECK(m->delimiter == ";");
    CHECK(m->header_line == 3u);
    CHECK(m->area == "32.76");
    CHECK(m->figures_year == 2025);
    CHECK(m->recognise_headers == false);
    CHECK(io::read_import_mapping("{}"));

    auto bad = io::read_import_mapping(R"({"columns": {"X": "nama"}, "delimter": ";"})", "map.json");
    REQUIRE_FALSE(bad);
    std::vector<std::string> pointers;
    for (auto const& e : bad.error().problems()) pointers.push_back(e.where.pointer);
    CHECK(pointers == std::vector<std::string>{"/delimter", "/columns/X"});
    CHECK(bad.error().problems()[0].where.file == "map.json");

    auto delimiter = io::read_import_mapping(R"({"delimiter": "::"})", "map.json");
    REQUIRE_FALSE(delimiter);
    CHECK(delimiter.error().problems()[0].where.pointer == "/delimiter");
    CHECK(delimiter.error().problems()[0].where.line == 1);

    auto wrong_type = io::read_import_mapping(R"({"header_line": "three"})");
    REQUIRE_FALSE(wrong_type);
    CHECK(wrong_type.error().problems()[0].code == errc::wrong_type);
    CHECK_FALSE(io::read_import_mapping(R"({"columns": )"));
    CHECK_FALSE(io::read_import_mapping(R"([1, 2])"));

    auto const schema = io::import_mapping_schema();
    auto const& properties = schema.at("properties").as_object();
    CHECK(properties.contains("columns"));
    CHECK(properties.at("delimiter").at("enum").as_array().size() == 4);
}


#include <sentra/io/enterprise_csv.hpp>

#include "catch.hpp"
#include "import_fixtures.hpp"

#include <string>

using namespace sentra;
using namespace sentra::test_import;

// The umbrella gathers every part of the members list: its columns, the mapping, the
// import and the export (each tested in its own file).
TEST_CASE("enterprise_csv.hpp brings the columns, the mapping, the import and the export",
          "[import]")
{
    CHECK(io::recognise_header("Nama Usaha") == io::enterprise_column::name);
    auto mapping = io::read_import_mapping(R"({"delimiter": ";", "area": "32.76"})");
    REQUIRE(mapping);
    io::import_options o;
    o.mapping = *mapping;
    auto in = import_text(header + "Konveksi Maju;;Cipayung;14111;Rp 250 juta;\n", depok(), o);
    REQUIRE(in.rows.size() == 1);
    CHECK(in.rows[0].enterprise.name == "Konveksi Maju");
    std::string const out = io::write_enterprises_csv(
        std::vector<enterprise>{in.rows[0].enterprise}, &regions());
    auto back = import_text(out);
    REQUIRE(back.rows.size() == 1);
    CHECK(back.rows[0].enterprise.name == in.rows[0].enterprise.name);
    CHECK(back.rows[0].enterprise.village == in.rows[0].enterprise.village);
}

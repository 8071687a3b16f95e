#include <sentra/io/import_types.hpp>

#include "catch.hpp"

#include <type_traits>

using namespace sentra;

TEST_CASE("an import's options, context and summary start empty and compare by value", "[import]")
{
    io::import_options o;
    CHECK(o.mapping == io::import_mapping{});
    CHECK(o.file.empty());
    CHECK_FALSE(o.keep_invalid);
    CHECK(o.max_errors == 0);

    io::import_context cx;
    CHECK(cx.regions == nullptr);
    CHECK(cx.catalog == nullptr);
    CHECK(cx.document == nullptr);
    CHECK_FALSE(cx.area);
    CHECK_FALSE(cx.today);

    io::import_summary a, b;
    CHECK(a == b);
    CHECK(a.header_line == 0); // nothing read yet
    CHECK(a.delimiter == ',');
    b.columns.emplace_back("Nama Usaha", io::enterprise_column::name);
    CHECK_FALSE(a == b);

    io::imported_row row;
    CHECK(row.line == 0);
    CHECK_FALSE(row.has_problems);
    CHECK_FALSE(row.updates_existing);
    static_assert(std::is_same_v<decltype(io::import_result{}.rows), std::vector<io::imported_row>>);
}

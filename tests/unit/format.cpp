// {fmt} support (sentra/format.hpp), built when {fmt} is installed.
#include <sentra/format.hpp>
#include <sentra/sentra.hpp>

#include "catch.hpp"

#include <fmt/format.h>

static_assert(SENTRA_HAS_FMT, "this test is built only where {fmt} is found");

TEST_CASE("fmt: values print their canonical form, with the string options", "[format][fmt]")
{
    using namespace sentra::literals;
    CHECK(fmt::format("{}", "32.76.07.1002"_village) == "32.76.07.1002");
    CHECK(fmt::format("[{:>15}]", "32.76.07.1002"_village) == "[  32.76.07.1002]");
    CHECK(fmt::format("[{:<6}]", "32.76"_regency) == "[32.76 ]");
    CHECK(fmt::format("{}", sentra::rupiah(1'500'000)) == sentra::rupiah(1'500'000).to_string());
    CHECK(fmt::format("{}", sentra::date::parse("2019-12-17").value()) == "2019-12-17");
    CHECK(fmt::format("{}", sentra::enterprise_id::parse("e-1").value()) == "e-1");
    CHECK(fmt::format("{}", sentra::kbli_code::parse("14111").value()) == "14111");
}

TEST_CASE("fmt: an enum prints its name, {:en} and {:id} its labels", "[format][fmt]")
{
    CHECK(fmt::format("{}", sentra::case_status::in_coordination) == "in_coordination");
    CHECK(fmt::format("{:en}", sentra::case_topic::raw_materials) == "raw materials");
    CHECK(fmt::format("{:id}", sentra::case_topic::raw_materials) == "bahan baku");
    CHECK(fmt::format("{:id}", sentra::size_class::menengah) == "menengah");
    CHECK_THROWS_AS(fmt::format(fmt::runtime("{:xx}"), sentra::size_class::mikro),
                    fmt::format_error);
    CHECK_THROWS_AS(fmt::format(fmt::runtime("{:e}"), sentra::size_class::mikro),
                    fmt::format_error);
}

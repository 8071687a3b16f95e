// Finding the reference data: an explicit folder, the environment variable, beside the
// program, the folder sentra was built with; and the error that names every place tried.
#include <sentra/io/reference_data.hpp>

#include "catch.hpp"
#include "scratch.hpp"

#include <cstdlib>
#include <filesystem>

using namespace sentra;

namespace {

// Sets an environment variable for one scope (tests of the look-up order).
class scoped_env {
public:
    scoped_env(char const* name, char const* value) : name_(name)
    {
        if (char const* old = std::getenv(name)) old_ = old, had_ = true;
        if (value)
            ::setenv(name, value, 1);
        else
            ::unsetenv(name);
    }
    ~scoped_env()
    {
        if (had_)
            ::setenv(name_, old_.c_str(), 1);
        else
            ::unsetenv(name_);
    }
    scoped_env(scoped_env const&) = delete;
    scoped_env& operator=(scoped_env const&) = delete;

private:
    char const* name_;
    std::string old_;
    bool had_ = false;
};

} // namespace

TEST_CASE("with nothing given, the data is the folder sentra was built with", "[data][find]")
{
    scoped_env unset(io::reference_data_variable, nullptr);
    auto const found = io::find_reference_data();
    REQUIRE(found);
    CHECK(found->origin == io::data_origin::configured);
    CHECK(found->folder == std::filesystem::path(SENTRA_DATA_DIR));
    CHECK(std::filesystem::exists(found->regions() / "villages.csv"));
    CHECK(found->regions().filename() == "2025");
    CHECK(std::filesystem::exists(found->classification(kbli2020_release)));
    auto const places = io::reference_data_places();
    REQUIRE(places.size() == 3);
    CHECK(places[0].origin == io::data_origin::environment);
    CHECK(places[0].why_not == sentra::message_id("data.not_set"));
    CHECK(places[1].origin == io::data_origin::beside_program);
    CHECK_FALSE(places[1].found); // the test program is not installed
    CHECK(places[2].found);
}

TEST_CASE("an explicit folder wins, and is the only place looked at", "[data][find]")
{
    scoped_env env(io::reference_data_variable, SENTRA_DATA_DIR);
    auto const dir = scratch::fresh_dir("explicit_data");
    auto const missing = io::find_reference_data(dir / "none");
    REQUIRE_FALSE(missing);
    CHECK(missing.error().code == errc::file_not_found);
    CHECK(missing.error().where.file == (dir / "none").string());
    CHECK(missing.error().detail() ==
          "no reference data (a folder with regions/ and kbli/) found; tried the folder given " +
              (dir / "none").string() + " (no such folder)");

    // A folder without the layout is passed over with the reason.
    auto const empty = io::find_reference_data(dir);
    REQUIRE_FALSE(empty);
    CHECK(empty.error().detail().ends_with("(no regions/ and kbli/ folders in it)"));
    auto const file = io::find_reference_data(std::filesystem::path(SENTRA_DATA_DIR) / "README.md");
    REQUIRE_FALSE(file);
    CHECK(file.error().detail().ends_with("(not a folder)"));

    // The layout is enough to be found; a missing edition is then a missing file.
    std::filesystem::create_directories(dir / "regions");
    std::filesystem::create_directories(dir / "kbli");
    auto const found = io::find_reference_data(dir);
    REQUIRE(found);
    CHECK(found->origin == io::data_origin::explicit_folder);
    auto const g = io::load_gazetteer("2025", dir);
    REQUIRE_FALSE(g);
    CHECK(g.error().problems()[0].code == errc::file_not_found);
    CHECK(g.error().problems()[0].where.file ==
          (dir / "regions" / "2025" / "provinces.csv").string());
    auto const k = io::load_kbli(dir);
    REQUIRE_FALSE(k);
    CHECK(k.error().problems()[0].where.file == (dir / "kbli" / "kbli2020.csv").string());
    auto const i = io::load_isic(dir);
    REQUIRE_FALSE(i);
    CHECK(i.error().problems()[0].where.file == (dir / "kbli" / "isic_rev4.csv").string());
}

TEST_CASE("SENTRA_REFERENCE_DATA_DIR comes before the built-in folder, and is not second-guessed",
          "[data][find]")
{
    auto const dir = scratch::fresh_dir("env_data");
    {
        scoped_env env(io::reference_data_variable, SENTRA_DATA_DIR);
        auto const found = io::find_reference_data();
        REQUIRE(found);
        CHECK(found->origin == io::data_origin::environment);
        CHECK(io::load_gazetteer("2022").value().edition() == "2022");
    }
    {
        scoped_env env(io::reference_data_variable, dir.c_str());
        auto const g = io::load_gazetteer();
        REQUIRE_FALSE(g);
        auto const problems = g.error(); // result::error() returns a copy
        auto const& e = problems.problems()[0];
        CHECK(e.code == errc::file_not_found);
        CHECK(e.detail().find("tried SENTRA_REFERENCE_DATA_DIR " + dir.string() +
                            " (no regions/ and kbli/ folders in it)") != std::string::npos);
        // No fallback to the built-in folder behind the user's back.
        CHECK(io::reference_data_places().size() == 1);
        // An explicit folder still wins over the variable.
        CHECK(io::find_reference_data(SENTRA_DATA_DIR)->origin == io::data_origin::explicit_folder);
    }
    {
        scoped_env env(io::reference_data_variable, ""); // empty: as if not set
        CHECK(io::find_reference_data()->origin == io::data_origin::configured);
    }
}

TEST_CASE("data origins have labels in both languages", "[data][find]")
{
    CHECK(io::to_label(io::data_origin::beside_program) == "beside the program");
    CHECK(io::to_label(io::data_origin::beside_program, lang::id) == "di samping program");
    CHECK(io::to_label(io::data_origin::explicit_folder, lang::id) == "folder yang diberikan");
}

TEST_CASE("a reference set loads each part once, on first use", "[data]")
{
    sentra::io::reference_set refs;
    auto const a = refs.regions("2025");
    REQUIRE(a.has_value());
    auto const b = refs.regions("2025");
    REQUIRE(b.has_value());
    CHECK(*a == *b); // the same gazetteer, not a second load
    auto const old = refs.regions("2022");
    REQUIRE(old.has_value());
    CHECK((*old)->edition() == "2022");
    CHECK(*a != *old);
    auto const c = refs.catalog();
    REQUIRE(c.has_value());
    CHECK(*refs.catalog() == *c);
    CHECK(!refs.regions("1999"));
    sentra::io::reference_set nowhere("/nonexistent/sentra-data");
    CHECK(nowhere.catalog().error().has(sentra::error_class::io));
}

TEST_CASE("reference_set: each KBLI edition and their diff loaded once", "[reference][kbli2025][data]")
{
    io::reference_set refs;
    auto const k2025 = refs.catalog_of<kbli2025>();
    REQUIRE(k2025.has_value());
    CHECK((*k2025)->count(4) == 1559);
    CHECK(refs.catalog_of<kbli2025>().value() == *k2025); // the same catalog, not a reload
    auto const k2020 = refs.catalog_of<kbli2020>();
    REQUIRE(k2020.has_value());
    CHECK(*k2020 == refs.catalog().value()); // KBLI 2020's is catalog()'s
    auto const changes = refs.kbli_changes();
    REQUIRE(changes.has_value());
    CHECK(refs.kbli_changes().value() == *changes);
    CHECK((*changes)->changed(kbli_code("56101"))->likely_other_meaning);
    // No data where it is looked for: why, never a crash.
    io::reference_set nowhere("/nonexistent/sentra-data");
    auto const missing = nowhere.catalog_of<kbli2025>();
    REQUIRE(!missing);
    CHECK(missing.error().has(error_class::io));
    CHECK(!nowhere.kbli_changes());
    auto const loaded = io::load_kbli2025("/nonexistent/sentra-data");
    REQUIRE(!loaded);
    CHECK(loaded.error().problems()[0].code == errc::file_not_found);
}

#include <sentra/cluster/registry.hpp>
#include <sentra/document.hpp>
#include <sentra/io/document.hpp>
#include <sentra/io/json.hpp>
#include <sentra/validation.hpp>

#include "catch.hpp"
#include "cluster/programme_helpers.hpp"

#include <algorithm>
#include <optional>

using namespace sentra;
using namespace cluster_test;

TEST_CASE("the registry indexes and refuses duplicates", "[cluster]")
{
    registry reg = make_registry();
    CHECK(reg.find(id<enterprise_id>("k1")).has_value());
    CHECK(reg.find(id<enterprise_id>("none")) == std::nullopt);
    CHECK(reg.find(id<agency_id>("disperindag"))->kind == agency_kind::dinas);
    CHECK(reg.find(id<category_id>("kuliner"))->label() == "Kuliner");
    CHECK(reg.in_region(region_id("32.76.07")).size() == 6);
    CHECK(reg.in_region(region_id("32.76")).size() == 7);
    CHECK(reg.of_category(id<category_id>("konveksi")).size() == 6);
    // Lists with a taken or an empty id are refused, and the registry is as it was.
    document twice = programme_data();
    twice.enterprises.push_back(member("k1", "32.76.07.1002", "konveksi"));
    auto const dup = reg.index(twice.categories, twice.agencies, twice.enterprises, twice.clusters);
    REQUIRE(!dup.ok());
    CHECK(dup.problems()[0].code == errc::duplicate_code);
    CHECK(dup.problems()[0].where.pointer == "/enterprises/7/id");
    CHECK(reg.enterprises().size() == 7);
    CHECK(reg.enterprises().data() == programme_data().enterprises.data()); // not copied
    document nameless = programme_data();
    nameless.enterprises.push_back(enterprise{});
    auto const empty = reg.index(nameless.categories, nameless.agencies, nameless.enterprises,
                                 nameless.clusters);
    REQUIRE(!empty.ok());
    CHECK(empty.problems()[0].code == errc::empty_value);
    CHECK(reg.enterprises().size() == 7);
    CHECK(!reg.add(sentra_phases()));
    CHECK(reg.find_phase_model("bank_indonesia")->rank("phasing_out") == 2);
    CHECK(reg.phase_model_ids() == "bank_indonesia, sentra"); // what "no phase model" lists
    CHECK(basic_registry<indonesia>{}.phase_model_ids() == "bank_indonesia, sentra");
    // A cluster naming a model there is not: the known ones are listed.
    cluster unknown_model = good_cluster();
    unknown_model.phase_set = "default";
    auto const r = validate(unknown_model, {nullptr, nullptr, &reg, {}});
    auto const no_model = std::find_if(r.problems().begin(), r.problems().end(),
                                       [](auto const& e) { return e.where.pointer == "/phase_set"; });
    REQUIRE(no_model != r.problems().end());
    CHECK(no_model->detail(lang::en) == "no phase model 'default' (known: bank_indonesia, sentra)");
    document with_cluster = programme_data();
    with_cluster.clusters.push_back(good_cluster());
    CHECK(reg.index(with_cluster.categories, with_cluster.agencies, with_cluster.enterprises,
                    with_cluster.clusters)
              .ok());
    CHECK(reg.find(id<cluster_id>("sentra-konveksi"))->members.size() == 6);
    CHECK(reg.clusters().size() == 1);
    CHECK(reg.agencies().size() == 2);
    CHECK(reg.categories().size() == 4);
}

TEST_CASE("a programme builds its registry or says which ids clash", "[cluster]")
{
    document p;
    p.categories = cipayung::categories();
    p.enterprises = {member("a", "32.76.07.1002", "konveksi"),
                     member("b", "32.76.07.1002", "konveksi"),
                     member("a", "32.76.07.1004", "kuliner")};
    p.categories.push_back(p.categories[0]);
    auto r = make_registry(p);
    REQUIRE(!r);
    CHECK(pointers(r.error()) == std::vector<std::string>{"/categories/4/id", "/enterprises/2/id"});
    p.enterprises.pop_back();
    p.categories.pop_back();
    auto ok = make_registry(p);
    REQUIRE(ok.has_value());
    CHECK(ok->enterprises().size() == 2);
    auto text = io::json::serialize(p);
    CHECK(io::json::parse<document>(text).value() == p);
    // The bare programme file of earlier versions (no header) reads into a document too.
    auto const lists = R"({"categories": [], "agencies": [], "enterprises": [], "clusters": []})";
    CHECK(io::parse_programme(lists).value() == document{});
    CHECK(io::parse_programme(text).value() == p);
    CHECK(!io::parse_programme(R"({"categories": 3})"));
}

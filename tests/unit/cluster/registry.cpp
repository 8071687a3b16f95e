#include <sentra/cluster/registry.hpp>
#include <sentra/document.hpp>
#include <sentra/io/document.hpp>
#include <sentra/io/json.hpp>
#include <sentra/validation.hpp>

#include "catch.hpp"
#include "cluster/programme_helpers.hpp"

#include <algorithm>
#include <optional>
#include <span>
#include <vector>

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

TEST_CASE("a registry of a document that changed throws stale_registry, not reads freed memory",
          "[cluster][lifetime]")
{
    document d = programme_data();
    d.clusters = {good_cluster()};
    registry const reg = make_registry(d).value();
    CHECK(!reg.owns_lists());
    validation_context const cx{nullptr, nullptr, reg, {}};
    CHECK(reg.find(id<enterprise_id>("k1")).has_value());
    // Members merged in (merge_into appends): the vector grows and moves. The old registry
    // pointed into the freed buffer; under AddressSanitizer this was a use after free.
    d.enterprises.shrink_to_fit();
    d.enterprises.push_back(member("k9", "32.76.07.1002", "konveksi"));
    CHECK_THROWS_AS(reg.find(id<enterprise_id>("k1")), stale_registry);
    CHECK_THROWS_AS(reg.enterprises(), stale_registry);
    CHECK_THROWS_AS(reg.in_region(region_id("32.76")), stale_registry);
    CHECK_THROWS_AS(reg.of_category(id<category_id>("konveksi")), stale_registry);
    CHECK_THROWS_AS(cx.registry->find(id<enterprise_id>("k1")), stale_registry);
    try {
        (void)reg.find(id<enterprise_id>("k1"));
    } catch (stale_registry const& e) {
        CHECK(std::string(e.what()) ==
              "sentra::registry: the enterprises it indexes changed after it was made "
              "(make_registry again)");
    }
    // The lists that did not change still answer.
    CHECK(reg.find(id<cluster_id>("sentra-konveksi")).has_value());
    CHECK(reg.agencies().size() == 2);
    // Made again, it sees the new member.
    CHECK(make_registry(d).value().find(id<enterprise_id>("k9")).has_value());
    // A list emptied (the document moved away) is a change too.
    document moved = std::move(d);
    registry const again = make_registry(moved).value();
    document taken = std::move(moved);
    CHECK_THROWS_AS(again.clusters(), stale_registry);
}

TEST_CASE("a registry of a document given as an rvalue owns it", "[cluster][lifetime]")
{
    std::optional<registry> kept;
    {
        document d = programme_data();
        auto made = make_registry(std::move(d));
        REQUIRE(made.has_value());
        registry copy = *made; // copies share the document
        kept = std::move(copy);
        CHECK(kept->owns_lists());
    } // the registry made and the document's name are gone; the lists live on in `kept`
    REQUIRE(kept->find(id<enterprise_id>("k1")).has_value());
    CHECK(kept->find(id<enterprise_id>("k1"))->village->to_string() == "32.76.07.1002");
    CHECK(kept->enterprises().size() == 7);
    // Straight from a reader, with no document named at all.
    auto const text = io::json::serialize(programme_data());
    auto from_file = make_registry(io::json::parse<document>(text).value());
    REQUIRE(from_file.has_value());
    CHECK(from_file->owns_lists());
    CHECK(from_file->find(id<enterprise_id>("kul")).has_value());
    // Duplicates are reported as from an lvalue.
    document twice = programme_data();
    twice.enterprises.push_back(twice.enterprises.front());
    auto const clash = make_registry(std::move(twice));
    REQUIRE(!clash);
    CHECK(pointers(clash.error()) == std::vector<std::string>{"/enterprises/7/id"});
}

TEST_CASE("a registry indexed from spans is not checked, and index() replaces", "[cluster]")
{
    document const& d = programme_data();
    registry reg;
    std::span<enterprise const> const some(d.enterprises.data(), 2);
    REQUIRE(reg.index({}, {}, some, {}).ok());
    CHECK(!reg.owns_lists());
    CHECK(reg.enterprises().size() == 2);
    CHECK(reg.find(id<enterprise_id>("k2")).has_value());
    CHECK(!reg.find(id<enterprise_id>("k3")).has_value());
    // Indexing again replaces, and a failed index leaves it as it was.
    std::vector<enterprise> dup = {d.enterprises[0], d.enterprises[0]};
    report const r = reg.index(d.categories, d.agencies, dup, d.clusters);
    CHECK(pointers(r) == std::vector<std::string>{"/enterprises/1/id"});
    CHECK(reg.enterprises().size() == 2);
    CHECK(reg.find(id<enterprise_id>("k2")).has_value());
}

namespace {
// Whether a registry can be indexed from temporary vectors (it must not: they would be gone
// before the first look-up).
template <class R>
concept indexes_temporaries = requires(R& r) {
    r.index(std::vector<typename R::programme_category>{}, std::vector<typename R::agency>{},
            std::vector<typename R::enterprise>{}, std::vector<typename R::cluster>{});
};
template <class R>
concept indexes_one_temporary = requires(R& r, std::vector<typename R::programme_category>& c,
                                         std::vector<typename R::agency>& a,
                                         std::vector<typename R::cluster>& k) {
    r.index(c, a, std::vector<typename R::enterprise>{}, k);
};
template <class R>
concept indexes_lvalues = requires(R& r, std::vector<typename R::programme_category>& c,
                                   std::vector<typename R::agency>& a,
                                   std::vector<typename R::enterprise> const& e,
                                   std::vector<typename R::cluster>& k) { r.index(c, a, e, k); };
} // namespace

TEST_CASE("a registry refuses temporary lists when compiled", "[cluster][lifetime]")
{
    STATIC_REQUIRE(!indexes_temporaries<registry>);
    STATIC_REQUIRE(!indexes_one_temporary<registry>);
    STATIC_REQUIRE(indexes_lvalues<registry>);
    // Spans are still taken as given, even as temporaries: a span is the caller's view.
    document const& d = programme_data();
    registry reg;
    CHECK(reg.index(std::span(d.categories), std::span(d.agencies), std::span(d.enterprises),
                    std::span(d.clusters))
              .ok());
    CHECK(reg.enterprises().size() == 7);
}

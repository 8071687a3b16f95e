// Profiles: the programme types are templates over one profile (scheme, classification,
// topics); Indonesia's is the default, and another works the same way.
#include <sentra/profile.hpp>

#include <sentra/document.hpp>
#include <sentra/io/document.hpp>
#include <sentra/region/depok.hpp>
#include <sentra/validation.hpp>

#include "catch.hpp"

#include <boost/describe/enum.hpp>

#include <type_traits>

using namespace sentra;

static_assert(programme_profile<indonesia>);
static_assert(std::is_same_v<indonesia::scheme_type, kemendagri>);
static_assert(std::is_same_v<indonesia::classification_type, kbli2020>);
static_assert(std::is_same_v<indonesia::topic_type, case_topic>);
static_assert(std::is_same_v<enterprise, basic_enterprise<indonesia>>);
static_assert(std::is_same_v<document, basic_document<indonesia>>);
static_assert(std::is_same_v<enterprise::village_type, village_code>);
static_assert(std::is_same_v<enterprise::activity_type, kbli_subclass>);
static_assert(!programme_profile<int>);

namespace {
// Indonesia's regions, ISIC Rev.4 for activities, a programme's own topics.
enum class help_topic : unsigned char { export_market, packaging, other };
BOOST_DESCRIBE_ENUM(help_topic, export_market, packaging, other)

using isic_programme = profile<kemendagri, isic4, help_topic>;
static_assert(std::is_same_v<basic_enterprise<isic_programme>::activity_type, isic_class>);
} // namespace

TEST_CASE("a programme of another profile: built, checked, written and read", "[profile]")
{
    basic_document<isic_programme> d;
    CHECK(d.classification == "isic4");
    CHECK(d.region_scheme == "kemendagri");
    d.categories = {{category_id::parse("apparel").value(), "Pakaian", "Apparel",
                     {isic_code("14")}}};
    basic_enterprise<isic_programme> e;
    e.id = enterprise_id::parse("ent-1").value();
    e.name = "Konveksi Satu";
    e.village = village_code("32.76.07.1002");
    e.kbli = {isic_class("1410")};
    e.category = category_id::parse("apparel").value();
    d.enterprises = {e};
    basic_case<help_topic> c;
    c.id = case_id::parse("case-1").value();
    c.topic = help_topic::packaging;
    c.title = "Labels";
    c.log = {{timestamp::parse("2026-11-02T09:00:00+07:00").value(), "ent-1", case_action::report}};
    d.cases = {c};

    // Cases are followed in working days of the programme's zone: with no agency or cluster
    // to tell it from, the document states it.
    auto const no_zone = validate(d, {&kota_depok(), nullptr, nullptr, {}});
    REQUIRE(no_zone.error_count() == 1);
    CHECK(no_zone.problems()[0].where.pointer == "/time_zone");
    d.time_zone = time_zone::wib();
    CHECK(validate(d, {&kota_depok(), nullptr, nullptr, {}}).ok());
    auto const text = io::write_document(d);
    CHECK(text.find("\"classification\": \"isic4\"") != std::string::npos);
    CHECK(text.find("\"topic\": \"packaging\"") != std::string::npos);
    auto const back = io::read_document<basic_document<isic_programme>>(text);
    REQUIRE(back.has_value());
    CHECK(back->document == d);

    // The profile is checked: a KBLI document is not this programme's.
    auto const kbli_text = io::write_document(document{});
    auto const wrong = io::read_document<basic_document<isic_programme>>(kbli_text);
    REQUIRE(!wrong);
    CHECK(wrong.error().problems()[0].where.pointer == "/classification");

    // Its code that is not under the category is found, as for KBLI.
    d.enterprises[0].kbli = {isic_class("1511")};
    auto const r = validate(d);
    REQUIRE(r.error_count() == 1);
    CHECK(r.problems()[0].where.pointer == "/enterprises/0/kbli/0");
    CHECK(io::document_schema<basic_document<isic_programme>>()
              .at("properties")
              .at("classification")
              .at("const") == "isic4");
}

// Every enum has a stable name and labels in both languages; value types print, hash and
// format the same way.
#include <sentra/sentra.hpp>

#include <sentra/format.hpp>

#include "catch.hpp"

#include <boost/describe/enumerators.hpp>
#include <boost/mp11/algorithm.hpp>

#include <set>
#include <sstream>
#include <string>
#include <unordered_set>

namespace {

using all_enums = boost::mp11::mp_list<
    sentra::lang, sentra::errc, sentra::error_class, sentra::severity, sentra::io::csv_status,
    sentra::region_level, sentra::regency_kind, sentra::village_kind, sentra::name_match,
    sentra::size_class, sentra::size_criterion, sentra::certification_kind, sentra::agency_kind,
    sentra::event_kind, sentra::institution_role, sentra::lq_measure, sentra::case_status,
    sentra::case_action, sentra::coarse_status, sentra::case_topic, sentra::case_priority,
    sentra::task_state, sentra::deadline_kind, sentra::io::enterprise_column>;

template <class T>
std::string streamed(T const& x)
{
    std::ostringstream out;
    out << x;
    return out.str();
}

} // namespace

TEST_CASE("every enum: a name, and distinct labels in English and Indonesian", "[labels]")
{
    boost::mp11::mp_for_each<all_enums>([](auto sample) {
        using E = decltype(sample);
        STATIC_REQUIRE(sentra::labelled_enum<E>);
        std::set<std::string_view> en, id;
        boost::mp11::mp_for_each<boost::describe::describe_enumerators<E>>([&](auto d) {
            INFO(d.name);
            CHECK(sentra::to_string(d.value) == std::string_view(d.name));
            CHECK(streamed(d.value) == d.name);
            CHECK_FALSE(to_label(d.value, sentra::lang::en).empty());
            CHECK_FALSE(to_label(d.value, sentra::lang::id).empty());
            CHECK(en.insert(to_label(d.value, sentra::lang::en)).second);
            CHECK(id.insert(to_label(d.value, sentra::lang::id)).second);
        });
    });
}

TEST_CASE("a value outside an enum has no name and no label, never a read out of bounds",
          "[labels]")
{
    auto const bad = static_cast<sentra::case_topic>(200);
    CHECK(sentra::to_string(bad).empty());
    CHECK(sentra::to_label(bad, sentra::lang::id).empty());
    CHECK(streamed(bad).empty());
    CHECK(sentra::to_label(sentra::case_topic::raw_materials, sentra::lang::id) == "bahan baku");
    CHECK(sentra::to_label(sentra::lang::id, sentra::lang::id) == "Indonesia");
    CHECK(sentra::to_label(sentra::lang::en) == "English");
}

TEST_CASE("value types: operator<< prints the canonical form, std::hash agrees with ==", "[labels]")
{
    using namespace sentra::literals;
    auto const village = "32.76.07.1002"_village;
    CHECK(streamed(village) == "32.76.07.1002");
    CHECK(streamed(sentra::timestamp::parse("2019-12-17T09:00:00+07:00").value()) ==
          "2019-12-17T09:00:00+07:00");
    CHECK(streamed(sentra::version) == sentra::version_string);

    std::unordered_set<sentra::timestamp> times;
    times.insert(sentra::timestamp::parse("2019-12-17T09:00:00+07:00").value());
    times.insert(sentra::timestamp::parse("2019-12-17T09:00:00+07:00").value());
    times.insert(sentra::timestamp::parse("2019-12-17T02:00:00Z").value()); // same instant
    CHECK(times.size() == 2); // equality keeps the offset, so the hash does too

    std::unordered_set<sentra::village_code> villages{village, village};
    std::unordered_set<sentra::rupiah> amounts{sentra::rupiah(5), sentra::rupiah(5)};
    std::unordered_set<sentra::date> dates{sentra::date::parse("2019-12-17").value()};
    std::unordered_set<sentra::enterprise_id> ids{sentra::enterprise_id::parse("e-1").value()};
    CHECK(villages.size() == 1);
    CHECK(amounts.size() == 1);
    CHECK(dates.size() == 1);
    CHECK(ids.size() == 1);
}

TEST_CASE("the formatters recognise sentra's types only", "[format]")
{
    STATIC_REQUIRE(sentra::text_value<sentra::village_code>);
    STATIC_REQUIRE(sentra::text_value<sentra::kbli_code>);
    STATIC_REQUIRE(sentra::text_value<sentra::rupiah>);
    STATIC_REQUIRE(sentra::text_value<sentra::date>);
    STATIC_REQUIRE(sentra::text_value<sentra::timestamp>);
    STATIC_REQUIRE(sentra::text_value<sentra::enterprise_id>);
    STATIC_REQUIRE_FALSE(sentra::text_value<std::string>);
    STATIC_REQUIRE_FALSE(sentra::text_value<sentra::case_status>);
}

#if SENTRA_HAS_STD_FORMAT
TEST_CASE("std::format: values, names and labels", "[format]")
{
    using namespace sentra::literals;
    CHECK(std::format("{}", "32.76.07.1002"_village) == "32.76.07.1002");
    CHECK(std::format("[{:>15}]", "32.76.07.1002"_village) == "[  32.76.07.1002]");
    CHECK(std::format("{}", sentra::case_status::on_hold) == "on_hold");
    CHECK(std::format("{:en}", sentra::case_status::on_hold) == "on hold");
    CHECK(std::format("{:id}", sentra::size_class::mikro) == "mikro");
}
#endif

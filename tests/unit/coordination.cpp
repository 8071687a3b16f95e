#include <sentra/coordination/case.hpp>
#include <sentra/coordination/lifecycle.hpp>
#include <sentra/io/json.hpp>
#include <sentra/timestamp.hpp>

#include "../catch.hpp"
#include "case_helpers.hpp"

#include <boost/describe/enumerators.hpp>
#include <boost/mp11/algorithm.hpp>

#include <set>
#include <string_view>

using namespace sentra;

// The table is usable at compile time.
static_assert(next_status(case_status::reported, case_action::assign) == case_status::assigned);
static_assert(!next_status(case_status::closed, case_action::reopen));
static_assert(!next_status(case_status::reported, case_action::close));
static_assert(coarse(case_status::resolved) == coarse_status::closed);
static_assert(coarse(case_status::on_hold) == coarse_status::open);

using namespace case_test;

TEST_CASE("timestamps: RFC 3339 with the offset kept", "[coordination]")
{
    auto t = timestamp::parse("2020-01-15T09:00:00+07:00");
    REQUIRE(t.has_value());
    CHECK(t->to_string() == "2020-01-15T09:00:00+07:00");
    CHECK(t->offset_minutes() == 420);
    CHECK(t->local_date() == date(2020, 1, 15));
    auto z = timestamp::parse("2020-01-15T02:00:00Z");
    REQUIRE(z.has_value());
    CHECK(z->utc() == t->utc());
    CHECK(*z < *t); // same instant: ordered by offset, so the order is total
    CHECK(timestamp::parse("2019-12-31T23:30:00-01:30")->to_string() ==
          "2019-12-31T23:30:00-01:30");
    CHECK(timestamp::parse("2019-12-31T23:30:00-01:30")->local_date() == date(2019, 12, 31));
    for (auto const* bad :
         {"2020-01-15 09:00:00+07:00", "2020-01-15T09:00:00", "2020-01-15T24:00:00Z",
          "2020-02-30T00:00:00Z", "2020-01-15T09:00:00+7:00", "2020-01-15T09:00:00.5Z", "",
          "2020-01-15T09:60:00Z", "2020-01-15T09:00:00+24:00"}) {
        INFO(bad);
        CHECK(!timestamp::parse(bad));
    }
}

TEST_CASE("every transition of the table, and every other is refused", "[coordination]")
{
    std::set<std::pair<int, int>> listed;
    for (auto const& t : case_transitions) {
        CHECK(next_status(t.from, t.action) == t.to);
        listed.emplace(static_cast<int>(t.from), static_cast<int>(t.action));
    }
    boost::mp11::mp_for_each<boost::describe::describe_enumerators<case_status>>([&](auto s) {
        boost::mp11::mp_for_each<boost::describe::describe_enumerators<case_action>>([&](auto a) {
            auto const r = next_status(s.value, a.value);
            INFO(s.name << " / " << a.name);
            if (changes_no_state(a.value))
                CHECK(r.has_value() == !is_terminal(s.value));
            else
                CHECK(r.has_value() ==
                      (listed.count({static_cast<int>(s.value), static_cast<int>(a.value)}) > 0));
        });
    });
    CHECK(to_label(case_status::on_hold, lang::id) == "ditunda");
    CHECK(to_label(case_status::in_coordination) == "in coordination");
    CHECK(target_of(case_action::resolve) == case_status::resolved);
}

TEST_CASE("target_of names the state every transition of an action reaches", "[coordination]")
{
    // The refusal message says "from -> target_of(action)": it must be where the table goes.
    for (auto const& t : case_transitions) {
        if (t.action == case_action::resume || t.action == case_action::report) continue;
        INFO(to_label(t.from) << " / " << to_label(t.action));
        CHECK(target_of(t.action) == t.to);
    }
    CHECK(target_of(case_action::note) == case_status::reported); // no state of its own
    std::set<std::string_view> en, id;
    boost::mp11::mp_for_each<boost::describe::describe_enumerators<case_status>>([&](auto s) {
        CHECK(en.insert(to_label(s.value)).second);
        CHECK(id.insert(to_label(s.value, lang::id)).second);
    });
    CHECK(en.size() == 11);
    CHECK(to_label(case_status::duplicate, lang::id) == "duplikat");
}

TEST_CASE("a case followed to resolution; the log replays to the same state", "[coordination]")
{
    coordination_case c = reported_case();
    log_entry a = entry("2020-01-06T10:00:00+07:00", case_action::assign);
    a.agency = ag("disperindag-depok");
    REQUIRE(record(c, a).has_value());
    log_entry t = entry("2020-01-06T11:00:00+07:00", case_action::add_task);
    t.agency = ag("dkum-depok");
    t.task = "business matching with buyers";
    REQUIRE(record(c, t).has_value());
    REQUIRE(
        record(c, entry("2020-01-07T09:00:00+07:00", case_action::start_coordination)).has_value());
    log_entry h = entry("2020-01-08T09:00:00+07:00", case_action::hold);
    h.reason = "waiting for the bazaar schedule";
    REQUIRE(record(c, h)->status == case_status::on_hold);
    REQUIRE(record(c, entry("2020-01-10T09:00:00+07:00", case_action::resume))->status ==
            case_status::in_coordination);
    log_entry u = entry("2020-01-13T09:00:00+07:00", case_action::update_task);
    u.task_index = 0;
    u.state = task_state::done;
    REQUIRE(record(c, u).has_value());
    auto s = record(c, entry("2020-01-14T09:00:00+07:00", case_action::resolve));
    REQUIRE(s.has_value());
    CHECK(s->status == case_status::resolved);
    CHECK(s->lead_agency == ag("disperindag-depok"));
    REQUIRE(s->tasks.size() == 1);
    CHECK(s->tasks[0].state == task_state::done);
    CHECK(s->resolved_at == at("2020-01-14T09:00:00+07:00"));
    CHECK(s->reported_at == at("2020-01-06T09:00:00+07:00"));

    auto const replayed = replay(c);
    REQUIRE(replayed.has_value());
    CHECK(*replayed == *s);

    auto const text = io::json::serialize(c);
    auto back = io::json::parse<coordination_case>(text);
    REQUIRE(back.has_value());
    CHECK(*back == c);
    CHECK(replay(*back).value() == *s);
}

TEST_CASE("refused entries say why and leave the case unchanged", "[coordination]")
{
    coordination_case c = reported_case();
    auto const before = c;
    auto bad = record(c, entry("2020-01-06T10:00:00+07:00", case_action::resolve));
    REQUIRE(!bad);
    CHECK(bad.error().code == errc::illegal_transition);
    CHECK(bad.error().detail.find("reported -> resolved") != std::string::npos);
    CHECK(c == before);

    CHECK(record(c, entry("2020-01-05T10:00:00+07:00", case_action::note)).error().code ==
          errc::out_of_order);
    CHECK(record(c, entry("2020-01-06T10:00:00+07:00", case_action::assign)).error().code ==
          errc::missing_key);
    CHECK(record(c, entry("2020-01-06T10:00:00+07:00", case_action::hold)).error().code ==
          errc::missing_key);
    CHECK(record(c, entry("2020-01-06T10:00:00+07:00", case_action::report)).error().code ==
          errc::illegal_transition);
    CHECK(record(c, entry("2020-01-06T10:00:00+07:00", case_action::escalate)).error().code ==
          errc::missing_key);
    CHECK(record(c, entry("2020-01-06T10:00:00+07:00", case_action::add_task)).error().code ==
          errc::missing_key);
    CHECK(record(c, entry("2020-01-06T10:00:00+07:00", case_action::update_task)).error().code ==
          errc::invalid_value);
    CHECK(c == before);

    coordination_case empty;
    CHECK(record(empty, entry("2020-01-06T10:00:00+07:00", case_action::assign)).error().code ==
          errc::illegal_transition);
    CHECK(replay(empty).error().where.pointer == "/log");

    coordination_case broken = reported_case();
    broken.log.push_back(entry("2020-01-07T10:00:00+07:00", case_action::close));
    auto r = replay(broken);
    REQUIRE(!r);
    CHECK(r.error().where.pointer == "/log/1");
}

TEST_CASE("reopening within the window, escalation levels, rerouting", "[coordination]")
{
    coordination_case c = reported_case();
    log_entry a = entry("2020-01-06T10:00:00+07:00", case_action::assign);
    a.agency = ag("disperindag-depok");
    REQUIRE(record(c, a));
    log_entry rr = entry("2020-01-06T11:00:00+07:00", case_action::reroute);
    rr.agency = ag("dkum-depok");
    CHECK(record(c, rr).error().code == errc::missing_key); // needs the reason
    rr.reason = "financing is not our authority";
    CHECK(record(c, rr)->lead_agency == ag("dkum-depok"));
    log_entry esc = entry("2020-01-07T10:00:00+07:00", case_action::escalate);
    esc.level = 2;
    CHECK(record(c, esc)->escalation_level == 2);
    REQUIRE(record(c, entry("2020-01-08T10:00:00+07:00", case_action::resolve)));
    coordination_case late = c;
    CHECK(record(c, entry("2020-01-20T10:00:00+07:00", case_action::reopen))->status ==
          case_status::reopened);
    auto refused = record(late, entry("2020-01-23T10:00:00+07:00", case_action::reopen));
    REQUIRE(!refused);
    CHECK(refused.error().detail.find("window") != std::string::npos);
    case_rules longer;
    longer.reopen_window = std::chrono::days{30};
    CHECK(record(late, entry("2020-01-23T10:00:00+07:00", case_action::reopen), longer));
}

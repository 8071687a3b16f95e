#include <sentra/coordination/lifecycle.hpp>

#include "catch.hpp"

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

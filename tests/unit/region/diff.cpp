// The differences between the two Kemendagri editions that ship in data/regions/.
#include <sentra/region/diff.hpp>
#include <sentra/io/reference_data.hpp>
#include <sentra/region/gazetteer.hpp>

#include "catch.hpp"

#include <set>

using namespace sentra;

TEST_CASE("2022 to 2025: what changed, counted by code, with moved villages paired", "[data][diff]")
{
    auto const before = io::load_gazetteer("2022").value();
    auto const after = io::load_gazetteer("2025").value();
    auto const d = diff(before, after);
    // Renames ignore case and spacing (as the data's README counts them).
    CHECK(d.count(region_change::renamed, 0) == 1);
    CHECK(d.count(region_change::renamed, 1) == 4);
    CHECK(d.count(region_change::renamed, 2) == 69);
    CHECK(d.count(region_change::renamed, 3) == 291);
    CHECK(d.count(region_change::added, 2) == 8);
    CHECK(d.count(region_change::removed, 2) == 0);
    // By code, villages: 116 added and 117 removed; 104 of them are one region recoded.
    CHECK(d.count(region_change::recoded, 3) == 104);
    CHECK(d.count(region_change::added, 3) + d.count(region_change::recoded, 3) == 116);
    CHECK(d.count(region_change::removed, 3) + d.count(region_change::recoded, 3) == 117);
    for (std::size_t level = 0; level < 2; ++level) {
        CHECK(d.count(region_change::added, level) == 0);
        CHECK(d.count(region_change::removed, level) == 0);
        CHECK(d.count(region_change::recoded, level) == 0);
    }

    auto const at = [&](std::string_view before_code) {
        auto const c = region_id::parse(before_code).value();
        for (auto const& e : d.changes)
            if (e.before == c) return e;
        FAIL("no change for " << before_code);
        return region_change_entry{};
    };
    auto const jakarta = at("31");
    CHECK(jakarta.change == region_change::renamed);
    CHECK(jakarta.before_name == "DKI JAKARTA");
    CHECK(jakarta.after_name == "Daerah Khusus Ibukota Jakarta");
    auto const ririnfos = at("92.02.05.2031"); // into the new district 92.02.34
    CHECK(ririnfos.change == region_change::recoded);
    CHECK(ririnfos.after == region_id(village_code("92.02.34.2004")));
    CHECK(ririnfos.moved());
    auto const maibo = at("96.01.05.2012"); // renumbered within its district
    CHECK(maibo.change == region_change::recoded);
    CHECK(maibo.after == region_id(village_code("96.01.05.2006")));
    CHECK_FALSE(maibo.moved());
    auto const tohiti = at("72.01.09.2012"); // moved, and its name written as one word
    CHECK(tohiti.after_name == "Tohitisari");
    CHECK(tohiti.before_name == "Tohiti Sari");
    // Case-only changes count when asked for: every province and regency name changed case.
    auto const exact = diff(before, after, region_diff_options{true});
    CHECK(exact.count(region_change::renamed, 0) == 38);
    CHECK(exact.count(region_change::renamed, 1) == 514);
    // Both directions agree, and an edition has no changes against itself.
    auto const back = diff(after, before);
    CHECK(back.count(region_change::recoded, 3) == 104);
    CHECK(back.count(region_change::removed, 2) == 8);
    CHECK(diff(after, after).empty());
    CHECK(to_label(region_change::recoded) == "recoded");
    CHECK(to_label(region_change::recoded, lang::id) == "berganti kode");
    // The founding case's codes are unchanged.
    for (auto const* code : {"32.76.07", "32.76.07.1002", "32.76.07.1004"}) {
        auto const c = region_id::parse(code).value();
        for (auto const& e : d.changes) CHECK_FALSE(e.before == c);
    }
}

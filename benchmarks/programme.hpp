// A large programme made from the founding case's document, for the report's benchmark and
// its browser check: the first cluster's members repeated to `members` (sample data), and `cases` cases in that cluster whose logs are the
// first case's moved in time, of which a third are answered and a third resolved and
// closed, the rest left as they are (so some run late).
#pragma once

#include <sentra/document.hpp>

#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

namespace sentra_bench {

inline sentra::document large_programme(sentra::document d, std::size_t members, std::size_t cases)
{
    using namespace std::chrono;
    auto const base_case = d.cases.front();
    auto& cluster = d.clusters.front();
    std::vector<sentra::enterprise> base_enterprises; // the cluster's own, inside its locus
    for (auto const& e : d.enterprises)
        for (auto const& m : cluster.members)
            if (e.id == m) base_enterprises.push_back(e);
    d.enterprises.clear();
    cluster.members.clear();
    char id[32];
    for (std::size_t i = 0; i < members; ++i) {
        auto e = base_enterprises[i % base_enterprises.size()];
        std::snprintf(id, sizeof id, "ent-%06zu", i);
        e.id = *sentra::enterprise_id::parse(id);
        e.name += " " + std::to_string(i);
        if (e.nib) e.nib.reset(); // NIBs are unique; the copies have none
        cluster.members.push_back(e.id);
        d.enterprises.push_back(std::move(e));
    }
    d.cases.clear();
    for (std::size_t i = 0; i < cases; ++i) {
        auto k = base_case;
        std::snprintf(id, sizeof id, "case-%06zu", i);
        k.id = *sentra::case_id::parse(id);
        k.raised_by = {cluster.members[i % members]};
        auto const shift = hours(static_cast<int>(i % 500) * 17); // spread over a year
        for (auto& e : k.log) e.at = sentra::timestamp(e.at.utc() + shift, e.at.offset_minutes());
        auto const last = k.log.back();
        auto entry = [&](sentra::case_action a, int days_later) {
            sentra::log_entry e;
            e.at = sentra::timestamp(last.at.utc() + days(days_later), last.at.offset_minutes());
            e.actor = last.actor;
            e.action = a;
            if (a == sentra::case_action::respond) e.note = "answered (sample)";
            return e;
        };
        if (i % 3 == 1) k.log.push_back(entry(sentra::case_action::respond, static_cast<int>(i % 9)));
        if (i % 3 == 2) {
            k.log.push_back(entry(sentra::case_action::resolve, static_cast<int>(3 + i % 40)));
            k.log.push_back(entry(sentra::case_action::close, static_cast<int>(50 + i % 20)));
        }
        d.cases.push_back(std::move(k));
    }
    return d;
}

} // namespace sentra_bench

// sentra/coordination/deadline_policy.hpp — a programme's deadlines as data: the periods
// for forwarding a report, answering the reporter and resolving the case, by topic and
// priority (the most specific rule wins), the escalation chain a late case follows, and
// how long a reporter's silence lasts before a case is completed. Versioned like the
// routing rules; deadline_policy::lapor() holds SP4N-LAPOR!'s figures.
#pragma once

#include <sentra/coordination/calendar.hpp>
#include <sentra/coordination/case.hpp>
#include <sentra/id.hpp>
#include <sentra/lang.hpp>

#include <boost/describe/class.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sentra {

template <class Topic = case_topic>
struct basic_deadline_rule {
    std::optional<Topic> topic = {};
    std::optional<case_priority> priority = {};
    period forward = {3, day_kind::working};     // to verify and forward the report
    period follow_up = {5, day_kind::working};   // for the agency to answer the reporter
    period resolution = {60, day_kind::calendar}; // to resolve it
    friend bool operator==(basic_deadline_rule const&, basic_deadline_rule const&) = default;
    BOOST_DESCRIBE_CLASS(basic_deadline_rule, (),
                         (topic, priority, forward, follow_up, resolution), (), ())
};

// One step of a programme's escalation chain: who a late case goes to next. The chain is
// the programme's (for Depok: the head of the agency, the city secretary, the mayor); a
// camat coordinates but has no authority over a dinas, so is not a step above it.
struct escalation_step {
    std::string label_id; // "Kepala dinas"
    std::string label_en; // "Head of the agency"
    // Who: none is the head of the agency that holds the case.
    std::optional<agency_id> agency = {};

    std::string_view label(lang language = lang::id) const noexcept
    {
        return language == lang::en && !label_en.empty() ? label_en : label_id;
    }
    friend bool operator==(escalation_step const&, escalation_step const&) = default;
};
BOOST_DESCRIBE_STRUCT(escalation_step, (), (label_id, label_en, agency))

template <class Topic = case_topic>
struct basic_deadline_policy {
    std::string version;
    std::vector<basic_deadline_rule<Topic>> rules = {};
    basic_deadline_rule<Topic> fallback = {};
    // A case the agency has followed up, with no reply from the reporter for this long, is
    // due to be completed ("selesai").
    period completion_silence = {10, day_kind::calendar};
    std::vector<escalation_step> escalation = {};

    // SP4N-LAPOR!'s figures (docs/cases.md cites them): 3 working days to forward, 5 to
    // follow up, 60 days to resolve (Perpres 76/2013), 10 days of silence to complete.
    static basic_deadline_policy lapor()
    {
        basic_deadline_policy p;
        p.version = "sp4n-lapor";
        return p;
    }

    // The most specific rule: topic and priority, then topic, then priority, else fallback.
    basic_deadline_rule<Topic> const& rule_for(Topic topic, case_priority priority) const
    {
        basic_deadline_rule<Topic> const* best = &fallback;
        int best_score = -1;
        for (auto const& r : rules) {
            if ((r.topic && *r.topic != topic) || (r.priority && *r.priority != priority)) continue;
            int const score = (r.topic ? 2 : 0) + (r.priority ? 1 : 0);
            if (score > best_score) {
                best_score = score;
                best = &r;
            }
        }
        return *best;
    }
    friend bool operator==(basic_deadline_policy const&, basic_deadline_policy const&) = default;
    BOOST_DESCRIBE_CLASS(basic_deadline_policy, (),
                         (version, rules, fallback, completion_silence, escalation), (), ())
};

using deadline_policy = basic_deadline_policy<case_topic>;

} // namespace sentra

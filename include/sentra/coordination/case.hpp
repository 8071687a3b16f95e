// sentra/coordination/case.hpp — a coordination case: a problem raised by cluster
// members, routed to the responsible agency and followed up until it is resolved, with
// an append-only log from which its state follows.
//
// The state (status, lead agency, co-handling tasks, timestamps) is a function of the
// log: `apply` checks an entry against the lifecycle table and appends it, and
// `replay` rebuilds the state from the log alone, so a case read back from JSON is the
// same case. The topic set is a template parameter (a described enum of the programme's
// own); `case_topic` is the default.
#pragma once

#include <sentra/detail/config.hpp>
#include <sentra/coordination/lifecycle.hpp>
#include <sentra/coordination/topic.hpp>
#include <sentra/error.hpp>
#include <sentra/business/fwd.hpp>
#include <sentra/fwd.hpp>
#include <sentra/region/fwd.hpp>
#include <sentra/id.hpp>
#include <sentra/lang.hpp>
#include <sentra/timestamp.hpp>

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>
#include <boost/describe/enum_to_string.hpp>

#include <algorithm>
#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace sentra {

enum class case_priority : unsigned char { low, normal, high, urgent };
BOOST_DESCRIBE_ENUM(case_priority, low, normal, high, urgent)

enum class task_state : unsigned char { open, in_progress, done, declined };
BOOST_DESCRIBE_ENUM(task_state, open, in_progress, done, declined)

constexpr std::string_view to_label(case_priority p, lang language = lang::en) noexcept
{
    constexpr bilingual labels[] = {
        {"low", "rendah"}, {"normal", "biasa"}, {"high", "tinggi"}, {"urgent", "mendesak"}};
    return detail::label_at(labels, p, language);
}

constexpr std::string_view to_label(task_state s, lang language = lang::en) noexcept
{
    constexpr bilingual labels[] = {{"open", "terbuka"},
                                    {"in progress", "sedang dikerjakan"},
                                    {"done", "selesai"},
                                    {"declined", "ditolak"}};
    return detail::label_at(labels, s, language);
}

// A co-handling agency's own task in a case.
struct agency_task {
    agency_id agency;
    std::string task;
    task_state state = task_state::open;
    friend bool operator==(agency_task const&, agency_task const&) = default;
};
BOOST_DESCRIBE_STRUCT(agency_task, (), (agency, task, state))

// SP4N-LAPOR! distinguishes confidential content from an anonymous reporter.
struct case_privacy {
    bool confidential = false;
    bool anonymous = false;
    friend bool operator==(case_privacy const&, case_privacy const&) = default;
};
BOOST_DESCRIBE_STRUCT(case_privacy, (), (confidential, anonymous))

// Where a problem is, when the report says: an address as written, coordinates (WGS84) and
// links to photos. Open311 requests carry these (address, address_id, zipcode, lat, long,
// media_url).
struct coordinates {
    double lat = 0; // -90 to 90
    double lon = 0; // -180 to 180
    friend bool operator==(coordinates const&, coordinates const&) = default;
};
BOOST_DESCRIBE_STRUCT(coordinates, (), (lat, lon))

struct case_location {
    std::optional<std::string> address = {};
    std::optional<std::string> address_id = {}; // in the source's address register
    std::optional<std::string> zipcode = {};
    std::optional<coordinates> position = {};
    std::vector<std::string> media = {}; // URLs
    friend bool operator==(case_location const&, case_location const&) = default;
};
BOOST_DESCRIBE_STRUCT(case_location, (), (address, address_id, zipcode, position, media))

// A case that came from another system keeps what that system said of it: its own id as
// given (an Open311 service_request_id may be a number), its service, and its own promise
// (service_notice, expected_datetime).
struct case_origin {
    std::string system; // "open311"
    std::string reference;
    std::optional<std::string> service_code = {};
    std::optional<std::string> service_name = {};
    std::optional<std::string> service_notice = {};
    std::optional<timestamp> expected = {};
    friend bool operator==(case_origin const&, case_origin const&) = default;
};
BOOST_DESCRIBE_STRUCT(case_origin, (),
                      (system, reference, service_code, service_name, service_notice, expected))

// One follow-up. Which fields an action needs: hold a reason; assign and reroute an
// agency; escalate an agency or a level; add_task an agency and a task; update_task a
// task index and a task state; respond and reporter_reply the text (note) the other side
// reads.
struct log_entry {
    timestamp at;
    std::string actor;
    case_action action = case_action::note;
    std::optional<std::string> reason = {};
    std::optional<std::string> note = {};
    std::optional<agency_id> agency = {};
    std::optional<std::string> task = {};
    std::optional<std::uint32_t> task_index = {};
    std::optional<task_state> state = {};
    std::optional<std::uint32_t> level = {}; // a step of the programme's escalation chain, from 1
    // Which routing table version and rule chose the agency (assign, reroute).
    std::optional<std::string> routing_version = {};
    std::optional<std::uint32_t> routing_rule = {};
    friend bool operator==(log_entry const&, log_entry const&) = default;
};
BOOST_DESCRIBE_STRUCT(log_entry, (),
                      (at, actor, action, reason, note, agency, task, task_index, state, level,
                       routing_version, routing_rule))

// What the log says now.
struct case_state {
    case_status status = case_status::reported;
    std::optional<case_status> before_hold = {};
    std::optional<agency_id> lead_agency = {};
    std::vector<agency_task> tasks = {};
    std::uint32_t escalation_level = 0;
    std::optional<timestamp> reported_at = {};
    std::optional<timestamp> resolved_at = {};
    std::optional<timestamp> closed_at = {};
    friend bool operator==(case_state const&, case_state const&) = default;
};

struct case_rules {
    // A resolved case may be reopened within this long of its resolution.
    std::chrono::seconds reopen_window = std::chrono::days{14};
};


template <class Topic = case_topic>
struct basic_case {
    case_id id;
    std::optional<cluster_id> cluster = {};
    std::vector<enterprise_id> raised_by = {};
    Topic topic{};
    std::string title;
    std::string description;
    case_priority priority = case_priority::normal;
    case_privacy privacy = {};
    std::optional<case_id> duplicate_of = {};
    std::optional<case_id> parent = {};
    std::optional<case_location> location = {};
    std::optional<case_origin> origin = {};
    std::vector<log_entry> log = {};

    friend bool operator==(basic_case const&, basic_case const&) = default;
    BOOST_DESCRIBE_CLASS(basic_case, (),
                         (id, cluster, raised_by, topic, title, description, priority, privacy,
                          duplicate_of, parent, location, origin, log),
                         (), ())
};

using coordination_case = basic_case<case_topic>;

namespace detail {
SENTRA_DECL std::string status_name(case_status s);
SENTRA_DECL std::string action_name(case_action a);
} // namespace detail

// Applies one entry to a state: the check of the lifecycle table and of what the action
// needs. `previous` is the last entry applied (for the order of times), if any.
SENTRA_DECL result<void> apply(case_state& s, log_entry const& e, log_entry const* previous,
                          case_rules const& rules = {});

// The state the whole log leads to, or the first entry that breaks it (with its pointer
// "/log/N").
template <class Topic>
result<case_state> replay(basic_case<Topic> const& c, case_rules const& rules = {})
{
    case_state s;
    if (c.log.empty())
        return make_error(errc::empty_value, "case.empty_log", {}, location{{}, 0, 0, "/log", {}});
    for (std::size_t i = 0; i < c.log.size(); ++i) {
        auto r = apply(s, c.log[i], i ? &c.log[i - 1] : nullptr, rules);
        if (!r) {
            error e = r.error();
            e.where.pointer = json_pointer("log", i);
            return e;
        }
    }
    return s;
}

// Appends an entry if the lifecycle allows it; the log only grows, and a refused entry
// leaves the case unchanged.
template <class Topic>
result<case_state> record(basic_case<Topic>& c, log_entry e, case_rules const& rules = {})
{
    case_state s;
    if (!c.log.empty()) {
        auto now = replay(c, rules);
        if (!now) return now.error();
        s = *now;
    }
    if (auto r = apply(s, e, c.log.empty() ? nullptr : &c.log.back(), rules); !r) return r.error();
    c.log.push_back(std::move(e));
    return s;
}

// A case log only grows: `after` must hold every entry of `before`, unchanged and in the
// same order, and may add entries after them. The first entry that differs is
// `history_rewritten` at "/log/N"; a shorter log is the same at "/log". (A store that
// replaces a case, or a document, checks this before it accepts the new version.)
template <class Topic>
result<void> check_log_grows(basic_case<Topic> const& before, basic_case<Topic> const& after)
{
    std::size_t const common = std::min(before.log.size(), after.log.size());
    for (std::size_t i = 0; i < common; ++i)
        if (!(before.log[i] == after.log[i]))
            return make_error(errc::history_rewritten, "case.entry_changed",
                              {{"entry", i},
                               {"action", label_of(before.log[i].action)},
                               {"at", before.log[i].at.to_string()}},
                              at_pointer(json_pointer("log", i)));
    if (after.log.size() < before.log.size())
        return make_error(errc::history_rewritten, "case.log_shrank",
                          {{"count", after.log.size()}, {"before", before.log.size()}},
                          at_pointer("/log"));
    return {};
}

} // namespace sentra

#if defined(SENTRA_HEADER_ONLY)
#include <sentra/coordination/impl/case.ipp>
#endif

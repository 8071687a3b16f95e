// sentra/io/open311.hpp — a case as an Open311 GeoReport v2 service request, and back.
//
// Open311 is a wire format: this is io's part, and the domain knows nothing of it. Export
// fills the standard fields (service_request_id, status open/closed, status_notes,
// service_code = the topic, service_name, description, agency_responsible,
// requested_datetime, updated_datetime, expected_datetime = the resolution deadline when
// given, address), the widely used `notes` extension with the log, and a `sentra`
// extension with the whole case, typed, so that export then import gives the same case and
// a malformed extension is reported by the JSON reader at its own pointer ("/sentra/...").
// A plain request from elsewhere imports with documented defaults (docs/cases.md).
#pragma once

#include <sentra/coordination/case.hpp>
#include <sentra/coordination/lifecycle.hpp>
#include <sentra/error.hpp>
#include <sentra/lang.hpp>
#include <sentra/timestamp.hpp>

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>
#include <boost/describe/enum_from_string.hpp>
#include <boost/describe/enum_to_string.hpp>
#include <boost/mp11/algorithm.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sentra::io {

// The two states of the standard: written as "open" and "closed".
enum class open311_status : unsigned char { open, closed };
BOOST_DESCRIBE_ENUM(open311_status, open, closed)

constexpr std::string_view to_label(open311_status s, lang language = lang::en) noexcept
{
    constexpr bilingual labels[] = {{"open", "terbuka"}, {"closed", "ditutup"}};
    return sentra::detail::label_at(labels, s, language);
}

struct open311_note {
    timestamp datetime;
    std::string summary;
    std::optional<std::string> description = {};
    friend bool operator==(open311_note const&, open311_note const&) = default;
};
BOOST_DESCRIBE_STRUCT(open311_note, (), (datetime, summary, description))

template <class Topic = case_topic>
struct basic_open311_request {
    std::string service_request_id;
    open311_status status = open311_status::open;
    std::optional<std::string> status_notes = {};
    std::optional<std::string> service_name = {};
    std::optional<std::string> service_code = {};
    std::optional<std::string> description = {};
    std::optional<std::string> agency_responsible = {};
    std::optional<std::string> service_notice = {};
    std::optional<timestamp> requested_datetime = {};
    std::optional<timestamp> updated_datetime = {};
    std::optional<timestamp> expected_datetime = {};
    std::optional<std::string> address = {};
    std::optional<std::vector<open311_note>> notes = {};
    std::optional<basic_case<Topic>> sentra = {}; // the whole case, for a lossless return
    friend bool operator==(basic_open311_request const&, basic_open311_request const&) = default;
    BOOST_DESCRIBE_CLASS(basic_open311_request, (),
                         (service_request_id, status, status_notes, service_name, service_code,
                          description, agency_responsible, service_notice, requested_datetime,
                          updated_datetime, expected_datetime, address, notes, sentra),
                         (), ())
};

using open311_request = basic_open311_request<case_topic>;

// The request for a case; `expected` is its resolution deadline when the caller has one.
template <class Topic>
result<basic_open311_request<Topic>> to_open311(basic_case<Topic> const& c,
                                   std::optional<timestamp> expected = {})
{
    auto state = replay(c);
    if (!state) return state.error();
    basic_open311_request<Topic> r;
    r.service_request_id = c.id.to_string();
    r.status = coarse(state->status) == coarse_status::open ? open311_status::open
                                                            : open311_status::closed;
    r.status_notes = std::string(to_label(state->status));
    r.service_code = boost::describe::enum_to_string(c.topic, "other");
    r.service_name = c.title;
    r.description = c.description;
    if (state->lead_agency) r.agency_responsible = state->lead_agency->to_string();
    r.requested_datetime = c.log.front().at;
    r.updated_datetime = c.log.back().at;
    r.expected_datetime = expected;
    std::vector<open311_note> notes;
    for (auto const& e : c.log) {
        open311_note n;
        n.datetime = e.at;
        n.summary = boost::describe::enum_to_string(e.action, "note");
        std::string text;
        if (e.agency) text += e.agency->to_string();
        for (auto const* part : {&e.reason, &e.note, &e.task})
            if (*part) text += (text.empty() ? "" : ": ") + **part;
        if (!text.empty()) n.description = text;
        notes.push_back(std::move(n));
    }
    r.notes = std::move(notes);
    r.sentra = c;
    return r;
}

// The case of a request. With the `sentra` extension it is that case (checked by replay).
// Without it: the id is the service_request_id (it must be a valid id), the topic the
// service_code when it names one (else the last enumerator, `other` for case_topic), the
// title the service_name (else "Open311 request"), the description as given, and the log
// a `report` at requested_datetime (required) by "open311", plus an `assign` to
// agency_responsible and, for a closed request, a `resolve` at updated_datetime.
template <class Topic = case_topic>
result<basic_case<Topic>, report> from_open311(basic_open311_request<Topic> const& r)
{
    report out;
    if (r.sentra) {
        // Its form was checked when the request was read; its log must still replay.
        if (auto s = replay(*r.sentra); !s) {
            out.add(under_pointer("/sentra", s.error()));
            return out;
        }
        return *r.sentra;
    }
    basic_case<Topic> c;
    auto id = case_id::parse(r.service_request_id);
    if (!id) {
        error e = id.error();
        e.where = at_pointer("/service_request_id");
        out.add(std::move(e));
    } else {
        c.id = *id;
    }
    if (!r.requested_datetime)
        out.add(errc::missing_key, at_pointer("/requested_datetime"),
                "a request without requested_datetime has no place in time");
    if (!out.ok()) return out;
    using enumerators = boost::describe::describe_enumerators<Topic>;
    Topic topic{};
    boost::mp11::mp_for_each<enumerators>([&](auto d) { topic = d.value; }); // the last: other
    if (r.service_code) boost::describe::enum_from_string(r.service_code->c_str(), topic);
    c.topic = topic;
    c.title = r.service_name.value_or("Open311 request");
    c.description = r.description.value_or("");
    log_entry rep;
    rep.at = *r.requested_datetime;
    rep.actor = "open311";
    rep.action = case_action::report;
    c.log.push_back(rep);
    if (r.agency_responsible) {
        auto a = agency_id::parse(*r.agency_responsible);
        if (!a) {
            error e = a.error();
            e.where = at_pointer("/agency_responsible");
            out.add(std::move(e));
            return out;
        }
        log_entry as;
        as.at = *r.requested_datetime;
        as.actor = "open311";
        as.action = case_action::assign;
        as.agency = *a;
        c.log.push_back(as);
    }
    if (r.status == open311_status::closed) {
        log_entry done;
        done.at = r.updated_datetime.value_or(*r.requested_datetime);
        done.actor = "open311";
        done.action = r.agency_responsible ? case_action::resolve : case_action::reject;
        if (r.status_notes) done.note = *r.status_notes;
        c.log.push_back(done);
    }
    return c;
}

} // namespace sentra::io

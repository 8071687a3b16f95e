// sentra/io/open311.hpp — a case as an Open311 GeoReport v2 service request, and back.
//
// Open311 is a wire format: this is io's part, and the domain knows nothing of it. Every
// field of the specification's service request is read and written: service_request_id
// (a string or a number), status (open/closed), status_notes, service_name, service_code,
// description, agency_responsible, service_notice, requested_datetime, updated_datetime,
// expected_datetime, address, address_id, zipcode (a string or a number), lat, long,
// media_url; plus the widely used `notes` extension (the log) and a `sentra` extension
// with the case, typed, so that export then import gives the same case.
//
// Export goes through the case's privacy (sentra/coordination/privacy.hpp): by default a
// confidential or anonymous case is exported as anyone may see it. The mapping both ways
// is in docs/cases.md. A document's cases go out in one call, to_open311(document,
// regions); a single case with what its context gives.
#pragma once

#include <sentra/detail/config.hpp>
#include <sentra/cluster/registry.hpp>
#include <sentra/coordination/case.hpp>
#include <sentra/coordination/deadlines.hpp>
#include <sentra/coordination/lifecycle.hpp>
#include <sentra/coordination/privacy.hpp>
#include <sentra/document.hpp>
#include <sentra/error.hpp>
#include <sentra/io/json.hpp>
#include <sentra/lang.hpp>
#include <sentra/optional_ref.hpp>
#include <sentra/profile.hpp>
#include <sentra/region/gazetteer.hpp>
#include <sentra/region/kemendagri.hpp>
#include <sentra/time_zone.hpp>
#include <sentra/timestamp.hpp>

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>
#include <boost/describe/enum_from_string.hpp>
#include <boost/describe/enum_to_string.hpp>
#include <boost/mp11/algorithm.hpp>

#include <algorithm>
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

// A value the specification lets a server write as a string or as a number (its own
// example response has "service_request_id":638344 and "zipcode":94122): read either way,
// kept as text, written as a string.
class open311_text {
public:
    static constexpr bool reads_json_integers = true;

    open311_text() = default;
    explicit open311_text(std::string text) : text_(std::move(text)) {}

    static result<open311_text> parse(std::string_view text)
    {
        return open311_text(std::string(text));
    }
    std::string const& to_string() const noexcept { return text_; } // written with no copy
    std::string const& text() const noexcept { return text_; }
    bool empty() const noexcept { return text_.empty(); }

    friend bool operator==(open311_text const&, open311_text const&) = default;

private:
    std::string text_;
};

struct open311_note {
    timestamp datetime;
    std::string summary;
    std::optional<std::string> description = {};
    friend bool operator==(open311_note const&, open311_note const&) = default;
};
BOOST_DESCRIBE_STRUCT(open311_note, (), (datetime, summary, description))

template <class Topic = case_topic>
struct basic_open311_request {
    open311_text service_request_id;
    open311_status status = open311_status::open;
    std::optional<std::string> status_notes = {};
    std::optional<std::string> service_name = {};
    std::optional<open311_text> service_code = {};
    std::optional<std::string> description = {};
    std::optional<std::string> agency_responsible = {};
    std::optional<std::string> service_notice = {};
    std::optional<timestamp> requested_datetime = {};
    std::optional<timestamp> updated_datetime = {};
    std::optional<timestamp> expected_datetime = {};
    std::optional<std::string> address = {};
    std::optional<open311_text> address_id = {};
    std::optional<open311_text> zipcode = {};
    std::optional<double> lat = {};
    std::optional<double> long_ = {}; // "long"
    std::optional<std::string> media_url = {};
    std::optional<std::vector<open311_note>> notes = {};
    std::optional<basic_case<Topic>> sentra = {}; // the case, for a lossless return
    friend bool operator==(basic_open311_request const&, basic_open311_request const&) = default;
    BOOST_DESCRIBE_CLASS(basic_open311_request, (),
                         (service_request_id, status, status_notes, service_name, service_code,
                          description, agency_responsible, service_notice, requested_datetime,
                          updated_datetime, expected_datetime, address, address_id, zipcode, lat,
                          long_, media_url, notes, sentra),
                         (), ())
};

using open311_request = basic_open311_request<case_topic>;

// What an export of one case knows besides the case. Each part is optional and fills more
// fields: the registry and the gazetteer the address (the village and its chain up to the
// province), the policy and the calendar service_notice and expected_datetime. `who`:
// anyone by default (the case's privacy withholds), agencies for internal exchange. The
// export of a whole document (to_open311(document, regions) below) sets all of it up.
template <class P = indonesia>
struct basic_open311_context {
    optional_ref<basic_registry<P> const> registry = {};
    optional_ref<basic_gazetteer<typename P::scheme_type> const> regions = {};
    optional_ref<basic_deadline_policy<typename P::topic_type> const> policy = {};
    optional_ref<working_calendar const> calendar = {};
    std::optional<timestamp> now = {}; // for the deadlines; else the case's last entry
    audience who = audience::anyone;
    lang language = lang::id; // service_name, status_notes, service_notice
};

using open311_context = basic_open311_context<indonesia>;

// What an export of a document's cases is told besides the document and the gazetteer.
struct open311_export_options {
    audience who = audience::anyone; // agencies: internal exchange, nothing withheld
    lang language = lang::id;        // service_name, status_notes, service_notice
    std::optional<timestamp> now = {}; // for the deadlines; else each case's last entry
    // The zone working days are counted in; else the document's (programme_time_zone).
    std::optional<sentra::time_zone> zone = {};
};

namespace detail {

// "Kelurahan Cipayung Jaya, Kecamatan Cipayung, KOTA DEPOK, JAWA BARAT": most specific
// first, as the specification asks of an address.
template <region_scheme S>
std::string address_of(basic_gazetteer<S> const& regions, any_region_code<S> const& code)
{
    std::string out;
    auto view = regions.find(code);
    if (!view) return out;
    auto chain = view->chain(); // province first
    for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
        if (!out.empty()) out += ", ";
        if constexpr (std::is_same_v<S, kemendagri>) {
            std::string_view kind = kind_label(it->code(), lang::id);
            if (it->level_index() == 2) kind = "kecamatan";
            if (!kind.empty() && it->level_index() != 1) { // regency names carry KOTA/KABUPATEN
                out += static_cast<char>(kind[0] - 'a' + 'A');
                out += kind.substr(1);
                out += ' ';
            }
        }
        out += it->name();
    }
    return out;
}

// The region a case is about, as far as `who` may know: the reporting enterprise's village
// (not for an anonymous case: it would name the reporter), else the narrowest region
// holding the whole of the cluster's locus.
template <class P, class Topic>
std::optional<any_region_code<typename P::scheme_type>>
region_of(basic_case<Topic> const& c, basic_registry<P> const& reg, audience who)
{
    using code = any_region_code<typename P::scheme_type>;
    bool const may_name_reporter = who == audience::agencies || !c.privacy.anonymous;
    if (may_name_reporter)
        for (auto const& id : c.raised_by)
            if (auto e = reg.find(id); e && e->village) return code(*e->village);
    if (!c.cluster) return std::nullopt;
    auto cl = reg.find(*c.cluster);
    if (!cl || cl->locus.regions.empty()) return std::nullopt;
    code common = cl->locus.regions.front();
    for (auto const& r : cl->locus.regions)
        while (!r.within(common)) {
            auto up = common.parent();
            if (!up) return std::nullopt;
            common = *up;
        }
    return common;
}

// A number with leading zeros (006) is not JSON, but the specification's own example
// response writes "service_code":006. Such numbers are read as the strings they spell
// ("006"); `shifts` records where quotes went in, to give columns of the original text.
struct quoted_number {
    std::uint32_t line;
    std::uint32_t column; // of the opening quote, in the quoted text
    std::uint32_t length; // of the number
};

SENTRA_DECL std::string quote_leading_zero_numbers(std::string_view text,
                                              std::vector<quoted_number>& shifts);

SENTRA_DECL void unshift_columns(report& problems, std::vector<quoted_number> const& shifts);

inline std::optional<std::string> trimmed(std::optional<std::string> const& s)
{
    if (!s) return std::nullopt;
    std::size_t b = 0, e = s->size();
    while (b < e && ((*s)[b] == ' ' || (*s)[b] == '\t' || (*s)[b] == '\n' || (*s)[b] == '\r')) ++b;
    while (e > b && ((*s)[e - 1] == ' ' || (*s)[e - 1] == '\t' || (*s)[e - 1] == '\n' ||
                     (*s)[e - 1] == '\r'))
        --e;
    if (b == e) return std::nullopt;
    return s->substr(b, e - b);
}

} // namespace detail

// Reads service requests as GET requests returns them (a JSON array). Every problem is
// reported with its pointer, line and column; numbers with leading zeros (the
// specification's own "service_code":006) are read as the text they spell.
template <class Topic = case_topic>
result<std::vector<basic_open311_request<Topic>>, report>
read_open311(std::string_view text, std::string const& file = {},
             json::read_options options = {})
{
    std::vector<detail::quoted_number> shifts;
    std::string const quoted = detail::quote_leading_zero_numbers(text, shifts);
    auto r = json::parse<std::vector<basic_open311_request<Topic>>>(quoted, file, options);
    if (r || shifts.empty()) return r;
    report problems = std::move(r).error();
    detail::unshift_columns(problems, shifts);
    return problems;
}

// The request for a case, as `cx.who` may see it (docs/cases.md lists every field).
template <class Topic, class P = indonesia>
result<basic_open311_request<Topic>> to_open311(basic_case<Topic> const& full,
                                                basic_open311_context<P> const& cx = {})
{
    static_assert(std::is_same_v<Topic, typename P::topic_type>,
                  "the context's profile has another topic set");
    auto state = replay(full);
    if (!state) return state.error();
    basic_case<Topic> const c = disclose(full, cx.who);
    basic_open311_request<Topic> r;
    r.service_request_id = open311_text(c.id.to_string());
    r.status = coarse(state->status) == coarse_status::open ? open311_status::open
                                                            : open311_status::closed;
    r.status_notes = std::string(to_label(state->status, cx.language));
    r.service_code = open311_text(boost::describe::enum_to_string(c.topic, "other"));
    r.service_name = std::string(to_label(c.topic, cx.language));
    r.description = c.description;
    if (state->lead_agency) r.agency_responsible = state->lead_agency->to_string();
    r.requested_datetime = c.log.front().at;
    r.updated_datetime = c.log.back().at;
    if (c.origin) {
        r.service_notice = c.origin->service_notice;
        r.expected_datetime = c.origin->expected;
    }
    if (cx.policy && cx.calendar && coarse(state->status) == coarse_status::open) {
        auto d = deadlines(full, *cx.policy, *cx.calendar, cx.now.value_or(full.log.back().at));
        if (!d) return d.error();
        auto const* follow = d->latest(deadline_kind::follow_up);
        auto const* resolution = d->latest(deadline_kind::resolution);
        if (resolution && resolution->outcome == clock_outcome::running)
            r.expected_datetime = cx.calendar->zone().end_of(resolution->due);
        bool const id = cx.language == lang::id;
        std::string notice;
        if (follow && follow->outcome == clock_outcome::running)
            notice = sentra::detail::cat(id ? "tindak lanjut paling lambat " : "follow-up due by ",
                                         follow->due.to_string(), " (",
                                         std::to_string(follow->allowed.days), " ",
                                         to_label(follow->allowed.kind, cx.language), "); ");
        if (resolution && resolution->outcome == clock_outcome::running)
            notice += sentra::detail::cat(id ? "penyelesaian paling lambat " : "resolution due by ",
                                          resolution->due.to_string(), " (",
                                          std::to_string(resolution->allowed.days), " ",
                                          to_label(resolution->allowed.kind, cx.language), "; ",
                                          id ? "kebijakan " : "policy ", d->policy_version, ")");
        if (!notice.empty()) r.service_notice = notice;
    }
    if (c.location) {
        r.address = c.location->address;
        r.address_id = c.location->address_id
                           ? std::optional<open311_text>(open311_text(*c.location->address_id))
                           : std::nullopt;
        r.zipcode = c.location->zipcode
                        ? std::optional<open311_text>(open311_text(*c.location->zipcode))
                        : std::nullopt;
        if (c.location->position) {
            r.lat = c.location->position->lat;
            r.long_ = c.location->position->lon;
        }
        if (!c.location->media.empty()) r.media_url = c.location->media.front();
    }
    bool const content_allowed = cx.who == audience::agencies || !c.privacy.confidential;
    if (!r.address && content_allowed && cx.registry && cx.regions)
        if (auto where = detail::region_of(c, *cx.registry, cx.who)) {
            auto text = detail::address_of(*cx.regions, *where);
            if (!text.empty()) r.address = std::move(text);
        }
    std::vector<open311_note> notes;
    for (auto const& e : c.log) {
        open311_note n;
        n.datetime = e.at;
        // For people, in the export's language (the stable action is in the sentra extension).
        n.summary = std::string(to_label(e.action, cx.language));
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

// Every case of a document as a request, in the document's order, with what the document
// knows: addresses from its enterprises' villages and clusters' loci (named by `regions`),
// deadlines from its policy (else SP4N-LAPOR!'s) and its calendar (its zone, or
// `options.zone`, and its holidays). Duplicate ids, a zone that cannot be told while a case
// is open, and a case whose log does not replay are reported with their pointers
// ("/cases/3/log/2"); then nothing is exported.
template <class P>
result<std::vector<basic_open311_request<typename P::topic_type>>, report>
to_open311(basic_document<P> const& d, basic_gazetteer<typename P::scheme_type> const& regions,
           open311_export_options const& options = {})
{
    using request = basic_open311_request<typename P::topic_type>;
    auto reg = make_registry(d);
    if (!reg) return std::move(reg).error();
    // The zone counts the days of open cases' deadlines; closed cases need none.
    auto zone = options.zone ? result<sentra::time_zone>(*options.zone) : programme_time_zone(d);
    if (!zone && std::any_of(d.cases.begin(), d.cases.end(), [](auto const& c) {
            auto s = replay(c);
            return s && coarse(s->status) == coarse_status::open;
        })) {
        report out;
        out.add(zone.error());
        return out;
    }
    std::optional<working_calendar> calendar;
    if (zone) calendar.emplace(*zone, d.holidays.value_or(std::vector<date>{}));
    auto const policy = deadline_policy_of(d);
    basic_open311_context<P> cx;
    cx.registry = *reg;
    cx.regions = regions;
    cx.policy = policy;
    if (calendar) cx.calendar = *calendar;
    cx.now = options.now;
    cx.who = options.who;
    cx.language = options.language;
    report out;
    std::vector<request> requests;
    requests.reserve(d.cases.size());
    for (std::size_t i = 0; i < d.cases.size(); ++i) {
        auto r = to_open311(d.cases[i], cx);
        if (!r)
            out.add(under_pointer(json_pointer("cases", i), r.error()));
        else if (out.ok())
            requests.push_back(std::move(*r));
    }
    if (!out.ok()) return out;
    return requests;
}

// The case of a request. With the `sentra` extension it is that case (checked by replay).
// Without it (docs/cases.md): the id is the service_request_id (it must be a valid id); the
// topic the service_code when it names one (else the last enumerator, `other` for
// case_topic); the title the service_name (else "Open311 request"); what the request says
// of its place (address, address_id, zipcode, lat and long, media_url) the case's
// location; its id, service and promise (service_notice, expected_datetime) the case's
// origin; and the log a `report` at requested_datetime (required) by "open311", an
// `assign` to agency_responsible, and for a closed request a `resolve` (with status_notes
// as its note) and a `close` at updated_datetime: closed, never rejected.
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
    auto id = case_id::parse(r.service_request_id.text());
    if (!id) {
        error e = id.error();
        e.where = at_pointer("/service_request_id");
        out.add(std::move(e));
    } else {
        c.id = *id;
    }
    if (!r.requested_datetime)
        out.add(errc::missing_key, at_pointer("/requested_datetime"),
                "open311.no_requested_datetime");
    if (r.lat && (*r.lat < -90 || *r.lat > 90))
        out.add(errc::out_of_range, at_pointer("/lat"), "case.latitude");
    if (r.long_ && (*r.long_ < -180 || *r.long_ > 180))
        out.add(errc::out_of_range, at_pointer("/long"), "case.longitude");
    if (r.lat.has_value() != r.long_.has_value())
        out.add(errc::missing_key, at_pointer(r.lat ? "/long" : "/lat"),
                "open311.both_coordinates");
    std::optional<agency_id> agency;
    if (r.agency_responsible) {
        auto a = agency_id::parse(*r.agency_responsible);
        if (!a) {
            error e = a.error();
            e.where = at_pointer("/agency_responsible");
            out.add(std::move(e));
        } else {
            agency = *a;
        }
    }
    if (r.updated_datetime && r.requested_datetime && *r.updated_datetime < *r.requested_datetime)
        out.add(errc::out_of_order, at_pointer("/updated_datetime"),
                "open311.updated_before_requested");
    if (!out.ok()) return out;
    using enumerators = boost::describe::describe_enumerators<Topic>;
    Topic topic{};
    boost::mp11::mp_for_each<enumerators>([&](auto d) { topic = d.value; }); // the last: other
    if (r.service_code) boost::describe::enum_from_string(r.service_code->text().c_str(), topic);
    c.topic = topic;
    c.title = r.service_name.value_or("Open311 request");
    c.description = r.description.value_or("");
    case_location where;
    where.address = r.address;
    if (r.address_id) where.address_id = r.address_id->text();
    if (r.zipcode) where.zipcode = r.zipcode->text();
    if (r.lat && r.long_) where.position = coordinates{*r.lat, *r.long_};
    if (auto media = detail::trimmed(r.media_url)) where.media.push_back(*media);
    if (!(where == case_location{})) c.location = std::move(where);
    case_origin from;
    from.system = "open311";
    from.reference = r.service_request_id.text();
    if (r.service_code) from.service_code = r.service_code->text();
    from.service_name = r.service_name;
    from.service_notice = r.service_notice;
    from.expected = r.expected_datetime;
    c.origin = std::move(from);
    log_entry rep;
    rep.at = *r.requested_datetime;
    rep.actor = "open311";
    rep.action = case_action::report;
    c.log.push_back(rep);
    if (agency) {
        log_entry as;
        as.at = *r.requested_datetime;
        as.actor = "open311";
        as.action = case_action::assign;
        as.agency = *agency;
        c.log.push_back(as);
    }
    if (r.status == open311_status::closed) {
        timestamp const at = r.updated_datetime.value_or(*r.requested_datetime);
        log_entry done;
        done.at = at;
        done.actor = "open311";
        done.action = case_action::resolve;
        if (r.status_notes) done.note = *r.status_notes;
        c.log.push_back(done);
        log_entry closed;
        closed.at = at;
        closed.actor = "open311";
        closed.action = case_action::close;
        c.log.push_back(closed);
    }
    return c;
}

} // namespace sentra::io

// The default topic set's instantiations, compiled once in the sentra::compiled library
// (sentra/detail/config.hpp).
#if defined(SENTRA_SEPARATE_COMPILATION)
namespace sentra::io {
SENTRA_EXTERN template result<std::vector<basic_open311_request<case_topic>>, report>
read_open311<case_topic>(std::string_view, std::string const&, json::read_options);
SENTRA_EXTERN template result<basic_open311_request<case_topic>>
to_open311<case_topic, indonesia>(basic_case<case_topic> const&,
                                  basic_open311_context<indonesia> const&);
SENTRA_EXTERN template result<std::vector<basic_open311_request<case_topic>>, report>
to_open311<indonesia>(basic_document<indonesia> const&, basic_gazetteer<kemendagri> const&,
                      open311_export_options const&);
SENTRA_EXTERN template result<basic_case<case_topic>, report>
from_open311<case_topic>(basic_open311_request<case_topic> const&);
SENTRA_EXTERN template boost::json::value
json::write<std::vector<open311_request>>(std::vector<open311_request> const&,
                                          json::write_options const&);
SENTRA_EXTERN template boost::json::value
json::write<open311_request>(open311_request const&, json::write_options const&);
} // namespace sentra::io
#endif

#if defined(SENTRA_HEADER_ONLY)
#include <sentra/io/impl/open311.ipp>
#endif

#include <sentra/io/open311.hpp>
#include <sentra/io/json.hpp>
#include <sentra/document.hpp>
#include <sentra/region/depok.hpp>

#include "catch.hpp"
#include "case_helpers.hpp"

#include <boost/json/parse.hpp>

using namespace sentra;
using namespace sentra::io;
using namespace case_test;

namespace {
coordination_case followed_case()
{
    coordination_case c = reported_case();
    c.raised_by = {enterprise_id::parse("ent-001").value()};
    log_entry a = entry("2020-01-06T10:00:00+07:00", case_action::assign);
    a.agency = ag("disperindag-depok");
    record(c, a).value();
    log_entry h = entry("2020-01-07T10:00:00+07:00", case_action::hold);
    h.reason = "waiting";
    record(c, h).value();
    record(c, entry("2020-01-08T10:00:00+07:00", case_action::resume)).value();
    record(c, entry("2020-01-09T10:00:00+07:00", case_action::resolve)).value();
    return c;
}

// One member in the Senada zone of a konveksi cluster.
document senada_programme()
{
    document doc;
    doc.enterprises = {member("ent-001", "Konveksi Sampel", "32.76.07.1002")};
    cluster cl = cluster_named("sentra-konveksi", "Sentra");
    cl.locus = zone{"senada", "Kawasan Senada", {village_code("32.76.07.1002"), village_code("32.76.07.1004")}};
    doc.clusters = {cl};
    return doc;
}

// A case its member reported, assigned to the dinas.
coordination_case assigned_case(document const& doc)
{
    coordination_case c = reported_case();
    c.raised_by = {doc.enterprises[0].id};
    c.cluster = doc.clusters[0].id;
    log_entry a = entry("2020-01-06T10:00:00+07:00", case_action::assign);
    a.agency = ag("disperindag-depok");
    record(c, a).value();
    return c;
}

std::vector<std::string> pointers(report const& r)
{
    std::vector<std::string> out;
    for (auto const& e : r.problems()) out.push_back(e.where.pointer);
    return out;
}

open311_text text(char const* s)
{
    return open311_text(s);
}

// The GeoReport v2 specification's example response to GET Service Requests
// (wiki.open311.org/GeoReport_v2, "Sample Response", JSON), as published: its
// "service_code":006 is not valid JSON, and a media_url ends in a space.
constexpr char const* specification_example = R"([
  {
    "service_request_id":638344,
    "status":"closed",
    "status_notes":"Duplicate request.",
    "service_name":"Sidewalk and Curb Issues",
    "service_code":006,
    "description":null,
    "agency_responsible":null,
    "service_notice":null,
    "requested_datetime":"2010-04-14T06:37:38-08:00",
    "updated_datetime":"2010-04-14T06:37:38-08:00",
    "expected_datetime":"2010-04-15T06:37:38-08:00",
    "address":"8TH AVE and JUDAH ST",
    "address_id":545483,
    "zipcode":94122,
    "lat":37.762221815,
    "long":-122.4651145,
    "media_url":"http://city.gov.s3.amazonaws.com/requests/media/638344.jpg "
  },
  {
    "service_request_id":638349,
    "status":"open",
    "status_notes":null,
    "service_name":"Sidewalk and Curb Issues",
    "service_code":006,
    "description":null,
    "agency_responsible":null,
    "service_notice":null,
    "requested_datetime":"2010-04-19T06:37:38-08:00",
    "updated_datetime":"2010-04-19T06:37:38-08:00",
    "expected_datetime":"2010-04-19T06:37:38-08:00",
    "address":"8TH AVE and JUDAH ST",
    "address_id":545483,
    "zipcode":94122,
    "lat":37.762221815,
    "long":-122.4651145,
    "media_url":"http://city.gov.s3.amazonaws.com/requests/media/638349.jpg"
  }
])";

// Each exported field against the specification's types: required fields present,
// status open or closed, times ISO 8601 with an offset, numbers where it has numbers.
void check_against_specification(boost::json::object const& o)
{
    for (char const* required : {"service_request_id", "status", "service_code", "service_name",
                                 "requested_datetime", "updated_datetime"})
        CHECK(o.contains(required));
    CHECK(o.at("service_request_id").is_string());
    CHECK((o.at("status") == "open" || o.at("status") == "closed"));
    for (char const* t : {"requested_datetime", "updated_datetime", "expected_datetime"}) {
        if (!o.contains(t)) continue;
        REQUIRE(o.at(t).is_string());
        std::string const s(o.at(t).as_string());
        CHECK(timestamp::parse(s).has_value());
        CHECK((s.back() == 'Z' || s[s.size() - 6] == '+' || s[s.size() - 6] == '-'));
    }
    for (char const* s : {"status_notes", "service_name", "service_code", "description",
                          "agency_responsible", "service_notice", "address", "address_id",
                          "zipcode", "media_url"})
        if (o.contains(s)) CHECK(o.at(s).is_string());
    for (char const* n : {"lat", "long"})
        if (o.contains(n)) CHECK(o.at(n).is_number());
}
} // namespace

TEST_CASE("Open311 status labels and text values", "[open311]")
{
    CHECK(to_label(open311_status::open) == "open");
    CHECK(to_label(open311_status::closed, lang::id) == "ditutup");
    CHECK(open311_text::parse("638344").value().text() == "638344");
    CHECK(open311_text("x").to_string() == "x");
    CHECK(open311_text().empty());
    // A string or an integer; not a fraction, not an object.
    CHECK(io::json::parse<open311_text>("638344").value().text() == "638344");
    CHECK(io::json::parse<open311_text>("\"00123\"").value().text() == "00123");
    CHECK(io::json::parse<open311_text>("-5").value().text() == "-5");
    CHECK(io::json::parse<open311_text>("18446744073709551615").value().text() == "18446744073709551615");
    auto frac = io::json::parse<open311_text>("1.5");
    REQUIRE(!frac);
    CHECK(frac.error().problems()[0].detail() == "expected a string or an integer, found a number");
    CHECK(!io::json::parse<open311_text>("{}"));
}

TEST_CASE("the specification's example response imports", "[open311]")
{
    auto requests = read_open311(specification_example, "example.json");
    REQUIRE(requests.has_value());
    REQUIRE(requests->size() == 2);
    auto const& first = (*requests)[0];
    CHECK(first.service_request_id.text() == "638344");
    CHECK(first.service_code->text() == "006"); // the number as it was written
    CHECK(first.address_id->text() == "545483");
    CHECK(first.zipcode->text() == "94122");
    CHECK(*first.lat == 37.762221815);
    CHECK(*first.long_ == -122.4651145);
    CHECK(!first.description);

    auto c = from_open311(first);
    REQUIRE(c.has_value());
    CHECK(c->id.to_string() == "638344");
    CHECK(c->topic == case_topic::other);
    CHECK(c->title == "Sidewalk and Curb Issues");
    CHECK(c->description.empty());
    REQUIRE(c->location);
    CHECK(c->location->address == "8TH AVE and JUDAH ST");
    CHECK(c->location->address_id == "545483");
    CHECK(c->location->zipcode == "94122");
    CHECK(c->location->position == coordinates{37.762221815, -122.4651145});
    CHECK(c->location->media ==
          std::vector<std::string>{"http://city.gov.s3.amazonaws.com/requests/media/638344.jpg"});
    REQUIRE(c->origin);
    CHECK(c->origin->system == "open311");
    CHECK(c->origin->reference == "638344");
    CHECK(c->origin->service_code == "006");
    CHECK(c->origin->service_name == "Sidewalk and Curb Issues");
    CHECK(!c->origin->service_notice);
    CHECK(c->origin->expected == at("2010-04-15T06:37:38-08:00"));
    // closed there: closed here, never rejected
    auto const state = replay(*c).value();
    CHECK(state.status == case_status::closed);
    CHECK(c->log[1].action == case_action::resolve);
    CHECK(c->log[1].note == "Duplicate request.");

    auto open = from_open311((*requests)[1]);
    REQUIRE(open.has_value());
    CHECK(replay(*open)->status == case_status::reported);
    CHECK(open->log.size() == 1);

    // The case goes out again with what it came with.
    auto out = to_open311(*c);
    REQUIRE(out);
    CHECK(out->address == "8TH AVE and JUDAH ST");
    CHECK(out->address_id->text() == "545483");
    CHECK(out->zipcode->text() == "94122");
    CHECK(*out->lat == 37.762221815);
    CHECK(*out->long_ == -122.4651145);
    CHECK(out->expected_datetime == at("2010-04-15T06:37:38-08:00"));
    check_against_specification(io::json::write(*out).as_object());
}

TEST_CASE("export fills what sentra knows, and import then gives the same case", "[open311]")
{
    auto c = followed_case();
    c.location = case_location{{}, {}, {}, coordinates{-6.38, 106.86}, {"https://example.org/a.jpg"}};
    auto r = to_open311(c);
    REQUIRE(r.has_value());
    CHECK(r->service_request_id.text() == "case-001");
    CHECK(r->status == open311_status::closed); // resolved is closed for Open311
    CHECK(r->status_notes == "selesai ditangani");
    CHECK(r->service_code->text() == "marketing");
    CHECK(r->service_name == "pemasaran"); // the topic's label, not the case's title
    CHECK(r->description == c.description);
    CHECK(r->agency_responsible == "disperindag-depok");
    CHECK(r->requested_datetime == at("2020-01-06T09:00:00+07:00"));
    CHECK(r->updated_datetime == at("2020-01-09T10:00:00+07:00"));
    CHECK(!r->expected_datetime); // closed, and no origin
    CHECK(*r->lat == -6.38);
    CHECK(*r->long_ == 106.86);
    CHECK(r->media_url == "https://example.org/a.jpg");
    REQUIRE(r->notes.has_value());
    REQUIRE(r->notes->size() == 5);
    CHECK((*r->notes)[2].summary == "tunda"); // the action's label, in the export's language
    CHECK((*r->notes)[2].description == "waiting");
    auto const json = io::json::write(*r);
    check_against_specification(json.as_object());
    CHECK(json.as_object().contains("long"));
    CHECK(!json.as_object().contains("long_"));

    auto text = io::json::serialize(*r);
    auto parsed = read_open311("[" + text + "]");
    REQUIRE(parsed.has_value());
    auto back = from_open311(parsed->front());
    REQUIRE(back.has_value());
    CHECK(*back == c);

    coordination_case broken = reported_case();
    broken.log.push_back(entry("2020-01-07T10:00:00+07:00", case_action::close));
    CHECK(!to_open311(broken));
}

TEST_CASE("export with a programme: the address, service_notice and expected_datetime", "[open311]")
{
    document const doc = senada_programme();
    auto const reg = make_registry(doc).value();
    auto const policy = deadline_policy::lapor();
    working_calendar const calendar{time_zone::wib()};
    coordination_case c = assigned_case(doc);

    // Pointers still convert; the objects themselves are the newer form (below).
    open311_context cx;
    cx.registry = &reg;
    cx.regions = &kota_depok();
    cx.policy = &policy;
    cx.calendar = &calendar;
    cx.now = at("2020-01-07T09:00:00+07:00");
    auto r = to_open311(c, cx).value();
    CHECK(r.address == "Kelurahan Cipayung Jaya, Kecamatan Cipayung, KOTA DEPOK, JAWA BARAT");
    CHECK(r.expected_datetime == at("2020-03-06T23:59:59+07:00")); // 60 days, end of day WIB
    CHECK(r.expected_datetime->to_string() == "2020-03-06T23:59:59+07:00");
    REQUIRE(r.service_notice);
    CHECK(*r.service_notice ==
          "tindak lanjut paling lambat 2020-01-13 (5 hari kerja); penyelesaian paling lambat "
          "2020-03-06 (60 hari; kebijakan sp4n-lapor)");
    cx.language = lang::en;
    auto en = to_open311(c, cx).value();
    CHECK(en.service_name == "marketing");
    CHECK(en.status_notes == "assigned");
    CHECK(en.service_notice->rfind("follow-up due by 2020-01-13 (5 working days)", 0) == 0);
    check_against_specification(io::json::write(en).as_object());

    // Anonymous: not the reporter's village, the cluster's locus (Kecamatan Cipayung).
    c.privacy.anonymous = true;
    auto anon = to_open311(c, cx).value();
    CHECK(anon.address == "Kecamatan Cipayung, KOTA DEPOK, JAWA BARAT");
    // Confidential: no address from the data at all.
    c.privacy = {true, false};
    CHECK(!to_open311(c, cx).value().address);
}

TEST_CASE("a document's cases export in one call, as the detailed call exports each", "[open311]")
{
    document doc = senada_programme();
    enterprise const e = doc.enterprises[0];
    coordination_case const c = assigned_case(doc);
    coordination_case closed = followed_case();
    closed.id = case_id::parse("case-002").value();
    closed.privacy = {true, false};
    doc.cases = {c, closed};

    open311_export_options options;
    options.now = at("2020-01-07T09:00:00+07:00");
    auto const all = to_open311(doc, kota_depok(), options);
    REQUIRE(all.has_value());
    REQUIRE(all->size() == 2);
    // The same as the detailed call given the registry, the gazetteer, LAPOR!'s policy and
    // the zone of the locus (WIB).
    auto const reg = make_registry(doc).value();
    auto const policy = deadline_policy::lapor();
    working_calendar const calendar{time_zone::wib()};
    open311_context cx{reg, kota_depok(), policy, calendar, options.now};
    CHECK((*all)[0] == to_open311(c, cx).value());
    CHECK((*all)[1] == to_open311(closed, cx).value());
    CHECK((*all)[0].address == "Kelurahan Cipayung Jaya, Kecamatan Cipayung, KOTA DEPOK, JAWA BARAT");
    CHECK((*all)[0].expected_datetime->to_string() == "2020-03-06T23:59:59+07:00");
    CHECK((*all)[1].description == "[withheld]"); // the case's privacy, as ever
    // In English, for the agencies: the options go through.
    options.language = lang::en;
    options.who = audience::agencies;
    auto const internal = to_open311(doc, kota_depok(), options).value();
    CHECK(internal[0].service_name == "marketing");
    CHECK(internal[1].description == closed.description);
    // The document's holidays move the deadline: 2020-01-08 off, follow-up a day later.
    doc.holidays = std::vector<date>{date(2020, 1, 8)};
    options = {};
    options.now = at("2020-01-07T09:00:00+07:00");
    CHECK(to_open311(doc, kota_depok(), options).value()[0].service_notice->find("2020-01-14") !=
          std::string::npos);
    // Its deadlines, when it has its own.
    auto own = deadline_policy::lapor();
    own.version = "perwali-7";
    doc.deadlines = own;
    CHECK(to_open311(doc, kota_depok(), options).value()[0].service_notice->find("perwali-7") !=
          std::string::npos);
    doc.deadlines.reset();
    doc.holidays.reset();

    // Every problem with its pointer, and nothing exported: a case that does not replay...
    document bad = doc;
    bad.cases[1].log.push_back(entry("2020-01-01T10:00:00+07:00", case_action::close));
    bad.cases.push_back(bad.cases[1]);
    auto const r = to_open311(bad, kota_depok(), options);
    REQUIRE(!r);
    REQUIRE(r.error().size() == 2);
    CHECK(r.error()[0].where.pointer.rfind("/cases/1/log/", 0) == 0);
    CHECK(r.error()[1].where.pointer.rfind("/cases/2/log/", 0) == 0);
    // ... ids that clash, and a zone that cannot be told (no locus, no agency): unless given.
    document clash = doc;
    clash.enterprises.push_back(e);
    CHECK(pointers(to_open311(clash, kota_depok()).error()) ==
          std::vector<std::string>{"/enterprises/1/id"});
    document nowhere = doc;
    nowhere.clusters.clear();
    nowhere.cases = {c};
    CHECK(pointers(to_open311(nowhere, kota_depok()).error()) ==
          std::vector<std::string>{"/time_zone"});
    options.zone = time_zone::wita();
    CHECK(to_open311(nowhere, kota_depok(), options).value().size() == 1);
    nowhere.cases = {closed}; // closed: no deadline, no zone needed
    CHECK(to_open311(nowhere, kota_depok()).value().size() == 1);
    // No cases: nothing to export.
    CHECK(to_open311(document{}, kota_depok()).value().empty());
}

TEST_CASE("Open311 export withholds what the case's privacy forbids", "[open311][privacy]")
{
    coordination_case c = followed_case();
    c.title = "Pungutan liar di pasar";
    c.description = "Pak Budi (0812-3456-7890) asked us for money";
    c.privacy = {true, true}; // rahasia and anonim
    c.location = case_location{std::string("Jl. Raya Cipayung 12"), {}, {}, coordinates{-6.38, 106.86}, {"https://example.org/a.jpg"}};
    c.log[2].reason = "the reporter fears retaliation";
    auto r = to_open311(c).value();
    auto const json = io::json::serialize(r);
    for (char const* secret : {"Pungutan", "Budi", "0812", "Jl. Raya", "106.86", "example.org",
                               "retaliation", "ent-001", "tester"})
        CHECK(json.find(secret) == std::string::npos);
    CHECK(r.description == "[withheld]");
    CHECK((*r.notes)[2].description == "[withheld]");
    CHECK(r.service_name == "pemasaran"); // the topic stays
    CHECK(r.agency_responsible == "disperindag-depok");
    REQUIRE(r.sentra);
    CHECK(r.sentra->raised_by.empty());
    CHECK(r.sentra->title == "[withheld]");
    CHECK(r.sentra->log[0].actor == "[withheld]");
    CHECK(replay(*r.sentra).has_value()); // the withheld case still replays

    // For the agencies handling it (explicitly): everything.
    open311_context internal;
    internal.who = audience::agencies;
    auto all = to_open311(c, internal).value();
    CHECK(*all.sentra == c);
    CHECK(all.description == c.description);
    CHECK(all.address == "Jl. Raya Cipayung 12");
}

TEST_CASE("a plain Open311 request imports with the documented defaults", "[open311]")
{
    open311_request r;
    r.service_request_id = text("lapor-123");
    r.status = open311_status::closed;
    r.service_code = text("sales");
    r.service_name = "Penjualan";
    r.agency_responsible = "disperindag-depok";
    r.requested_datetime = at("2020-01-06T09:00:00+07:00");
    r.updated_datetime = at("2020-01-07T09:00:00+07:00");
    r.status_notes = "done by phone";
    auto c = from_open311(r);
    REQUIRE(c.has_value());
    CHECK(c->id.to_string() == "lapor-123");
    CHECK(c->topic == case_topic::sales);
    CHECK(c->title == "Penjualan");
    CHECK(!c->location);
    REQUIRE(c->log.size() == 4);
    CHECK(c->log[1].agency == ag("disperindag-depok"));
    CHECK(c->log[2].action == case_action::resolve);
    CHECK(c->log[2].note == "done by phone");
    CHECK(c->log[3].action == case_action::close);
    CHECK(c->log[3].at == at("2020-01-07T09:00:00+07:00"));
    CHECK(replay(*c)->status == case_status::closed);

    open311_request unknown_topic = r;
    unknown_topic.service_code = text("potholes");
    unknown_topic.agency_responsible.reset();
    unknown_topic.service_name.reset();
    auto u = from_open311(unknown_topic);
    REQUIRE(u.has_value());
    CHECK(u->topic == case_topic::other);
    CHECK(u->title == "Open311 request");
    CHECK(replay(*u)->status == case_status::closed); // closed with nobody responsible: closed
    for (auto const& e : u->log) CHECK(e.action != case_action::reject);

    open311_request open = r;
    open.status = open311_status::open;
    CHECK(replay(from_open311(open).value())->status == case_status::assigned);
}

TEST_CASE("bad Open311 requests are reported by pointer, line and column", "[open311]")
{
    open311_request r;
    r.service_request_id = text("Lapor 123");
    r.lat = 91;
    auto c = from_open311(r);
    REQUIRE(!c);
    std::vector<std::string> pointers;
    for (auto const& p : c.error().problems()) pointers.push_back(p.where.pointer);
    CHECK(pointers == std::vector<std::string>{"/service_request_id", "/requested_datetime",
                                               "/lat", "/long"});

    open311_request late = r;
    late.service_request_id = text("x");
    late.lat.reset();
    late.long_ = -181;
    late.requested_datetime = at("2020-01-06T09:00:00+07:00");
    late.updated_datetime = at("2020-01-05T09:00:00+07:00");
    auto l = from_open311(late);
    REQUIRE(!l);
    pointers.clear();
    for (auto const& p : l.error().problems()) pointers.push_back(p.where.pointer);
    CHECK(pointers == std::vector<std::string>{"/long", "/lat", "/updated_datetime"});

    // The status is typed: a status the standard does not have fails where it is read.
    auto done = read_open311(R"([{"service_request_id": "x", "status": "done"}])");
    REQUIRE(!done);
    CHECK(done.error().problems()[0].where.pointer == "/0/status");
    CHECK(done.error().problems()[0].code == errc::invalid_value);

    // Columns are those of the text as given, even after a quoted 006 on the same line.
    auto shifted = read_open311(R"([{"service_code":006,"service_request_id":"x","status":"shut"}])",
                                "in.json");
    REQUIRE(!shifted);
    auto const p = shifted.error().problems()[0]; // error() is a copy: keep the problem
    CHECK(p.where.pointer == "/0/status");
    CHECK(p.where.file == "in.json");
    CHECK(p.where.line == 1);
    CHECK(p.where.column == 56); // where "shut" starts in the original text
    auto at_code = read_open311(R"([{"service_request_id":"x","status":"open","lat":007}])");
    REQUIRE(!at_code);
    CHECK(at_code.error().problems()[0].where.pointer == "/0/lat");
    CHECK(at_code.error().problems()[0].where.column == 50);
    // Truncated, not an array, wrong types: errors, not crashes.
    CHECK(!read_open311(R"([{"service_request_id":0)"));
    CHECK(!read_open311(R"({"service_request_id":"x","status":"open"})"));
    CHECK(!read_open311(R"([{"service_request_id":true,"status":"open"}])"));
    CHECK(!read_open311(R"([{"service_request_id":"x","status":"open","lat":"north"}])"));
    // Leading zeros inside strings are left alone.
    auto in_string = read_open311(R"([{"service_request_id":"007","status":"open","address":"no. 006, \"01\""}])");
    REQUIRE(in_string);
    CHECK(in_string->front().address == "no. 006, \"01\"");

    open311_request badagency;
    badagency.service_request_id = text("x");
    badagency.status = open311_status::open;
    badagency.requested_datetime = at("2020-01-06T09:00:00+07:00");
    badagency.agency_responsible = "Dinas X";
    CHECK(from_open311(badagency).error().problems()[0].where.pointer == "/agency_responsible");

    // The extension is typed too: the reader reports a malformed case under /sentra.
    auto e = io::json::parse<open311_request>(
        R"({"service_request_id": "x", "status": "open", "sentra": {"id": "x"}})");
    REQUIRE(!e);
    CHECK(e.error().problems()[0].where.pointer.rfind("/sentra/", 0) == 0);

    open311_request ext;
    ext.service_request_id = text("x");
    ext.status = open311_status::open;
    coordination_case broken = reported_case();
    broken.log.push_back(entry("2020-01-07T10:00:00+07:00", case_action::close));
    ext.sentra = broken;
    auto b = from_open311(ext);
    REQUIRE(!b);
    CHECK(b.error().problems()[0].where.pointer == "/sentra/log/1");
}

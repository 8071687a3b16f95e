#include <sentra/io/open311.hpp>
#include <sentra/io/json.hpp>

#include "catch.hpp"
#include "case_helpers.hpp"

using namespace sentra;
using namespace sentra::io;
using namespace case_test;

namespace {
coordination_case followed_case()
{
    coordination_case c = reported_case();
    c.raised_by = {enterprise_id::parse("ent-001").value()};
    c.privacy.confidential = true;
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
} // namespace

TEST_CASE("Open311 status labels", "[open311]")
{
    CHECK(to_label(open311_status::open) == "open");
    CHECK(to_label(open311_status::closed, lang::id) == "ditutup");
}

TEST_CASE("export to Open311 and import back is lossless", "[open311]")
{
    auto const c = followed_case();
    auto r = to_open311(c, at("2020-01-13T17:00:00+07:00"));
    REQUIRE(r.has_value());
    CHECK(r->service_request_id == "case-001");
    CHECK(r->status == open311_status::closed); // resolved is closed for Open311
    CHECK(io::json::serialize(*r).find("\"status\":\"closed\"") != std::string::npos);
    CHECK(r->status_notes == "resolved");
    CHECK(r->service_code == "marketing");
    CHECK(r->agency_responsible == "disperindag-depok");
    CHECK(r->requested_datetime == at("2020-01-06T09:00:00+07:00"));
    CHECK(r->updated_datetime == at("2020-01-09T10:00:00+07:00"));
    CHECK(r->expected_datetime == at("2020-01-13T17:00:00+07:00"));
    REQUIRE(r->notes.has_value());
    REQUIRE(r->notes->size() == 5);
    CHECK((*r->notes)[2].summary == "hold");
    CHECK((*r->notes)[2].description == "waiting");

    auto text = io::json::serialize(*r);
    auto parsed = io::json::parse<open311_request>(text);
    REQUIRE(parsed.has_value());
    auto back = from_open311(*parsed);
    REQUIRE(back.has_value());
    CHECK(*back == c);

    coordination_case broken = reported_case();
    broken.log.push_back(entry("2020-01-07T10:00:00+07:00", case_action::close));
    CHECK(!to_open311(broken));
}

TEST_CASE("a plain Open311 request imports with the documented defaults", "[open311]")
{
    open311_request r;
    r.service_request_id = "lapor-123";
    r.status = open311_status::closed;
    r.service_code = "sales";
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
    REQUIRE(c->log.size() == 3);
    CHECK(c->log[1].agency == ag("disperindag-depok"));
    CHECK(c->log[2].action == case_action::resolve);
    CHECK(replay(*c)->status == case_status::resolved);

    open311_request unknown_topic = r;
    unknown_topic.service_code = "potholes";
    unknown_topic.agency_responsible.reset();
    unknown_topic.service_name.reset();
    auto u = from_open311(unknown_topic);
    REQUIRE(u.has_value());
    CHECK(u->topic == case_topic::other);
    CHECK(u->title == "Open311 request");
    CHECK(u->log.back().action == case_action::reject); // closed with nobody responsible
    CHECK(replay(*u).has_value());

    open311_request open = r;
    open.status = open311_status::open;
    CHECK(replay(from_open311(open).value())->status == case_status::assigned);
}

TEST_CASE("bad Open311 requests are reported by pointer", "[open311]")
{
    open311_request r;
    r.service_request_id = "Lapor 123";
    auto c = from_open311(r);
    REQUIRE(!c);
    std::vector<std::string> pointers;
    for (auto const& p : c.error().problems()) pointers.push_back(p.where.pointer);
    CHECK(pointers == std::vector<std::string>{"/service_request_id", "/requested_datetime"});

    // The status is typed: a status the standard does not have fails where it is read.
    auto done = io::json::parse<open311_request>(R"({"service_request_id": "x", "status": "done"})");
    REQUIRE(!done);
    CHECK(done.error().problems()[0].where.pointer == "/status");
    CHECK(done.error().problems()[0].code == errc::invalid_value);

    open311_request badagency;
    badagency.service_request_id = "x";
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
    ext.service_request_id = "x";
    ext.status = open311_status::open;
    coordination_case broken = reported_case();
    broken.log.push_back(entry("2020-01-07T10:00:00+07:00", case_action::close));
    ext.sentra = broken;
    auto b = from_open311(ext);
    REQUIRE(!b);
    CHECK(b.error().problems()[0].where.pointer == "/sentra/log/1");
}

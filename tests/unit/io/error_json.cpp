#include <sentra/io/error_json.hpp>
#include "catch.hpp"

#include <sentra/detail/defect_messages.hpp>
#include <sentra/io/json.hpp>

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

using namespace sentra;

TEST_CASE("an error is written with its id, its arguments and its message", "[json][error]")
{
    error e = detail::defect_error(errc::malformed_code, "32.76.07.99", "part must have 4 digits");
    e.where.file = "registry.ndjson";
    e.where.line = 5;
    e.where.pointer = "/village";
    auto const v = io::json::write(e, lang::en);
    CHECK(boost::json::serialize(v) ==
          R"j({"code":"malformed_code","where":{"file":"registry.ndjson","line":5,"column":0,"pointer":"/village","field":""},)j"
          R"j("message_id":"input.defect","args":{"input":"'32.76.07.99'","why":{"message_id":"code.part_width","args":{"digits":4}}},)j"
          R"j("message":"'32.76.07.99': part must have 4 digits","level":"error"})j");
    auto const id = io::json::write(e, lang::id);
    CHECK(id.at("message") == "'32.76.07.99': bagian ini harus terdiri atas 4 angka");
    CHECK(id.at("message_id") == "input.defect"); // the tool-facing parts do not change
    CHECK(id.at("code") == "malformed_code");
}

TEST_CASE("an error read back from JSON is the same error", "[json][error]")
{
    std::vector<error> const samples = {
        detail::defect_error(errc::malformed_code, "32.7", "part must have 2 digits", 3),
        make_error(errc::orphan, "list.orphan",
                   {{"code", "32.76.07"}, {"level", bilingual{"regency/city", "kabupaten/kota"}},
                    {"parent", "32.76"}}),
        make_error(errc::file_not_found, "data.not_found",
                   {{"tried",
                     std::vector<message>{{"data.tried", {{"why", message{"data.not_set", {}}}}}},
                     "; "}}),
        make_error(errc::out_of_range, "file.over_limit", {{"bytes", 9'000'000'000}, {"limit", 5}}),
        make_text_error(errc::invalid_value, "an app's own words, Ünïcödé"),
        error{errc::empty_value, {}, {}, {}, severity::warning},
    };
    for (auto const& e : samples) {
        auto const back = io::json::read_error(boost::json::parse(
            boost::json::serialize(io::json::write(e, lang::id))));
        REQUIRE(back);
        CHECK(*back == e);
        CHECK(back->to_string(lang::en) == e.to_string(lang::en));
    }
}

TEST_CASE("a report is written as its counts and its problems", "[json][error]")
{
    report r(1);
    r.add(errc::empty_value, at_pointer("/name"), "cluster.needs_name");
    r.add(errc::empty_value, at_pointer("/id"), "cluster.needs_id");
    r.add(errc::too_few_members, {}, "cluster.too_few_members",
          {{"minimum", 5}, {"category", ""}, {"count", 2}}, severity::warning);
    auto const v = io::json::write(r, lang::id);
    CHECK(v.at("errors") == 2);
    CHECK(v.at("warnings") == 1);
    CHECK(v.at("omitted") == 1);
    REQUIRE(v.at("problems").as_array().size() == 2);
    CHECK(v.at("problems").at(0).at("message") == "klaster memerlukan nama");
}

TEST_CASE("bad error JSON is refused with its place", "[json][error]")
{
    auto bad = [](std::string_view text) {
        auto r = io::json::read_error(boost::json::parse(text), "/first/0");
        REQUIRE(!r);
        return r.error().problems().front();
    };
    CHECK(bad("[]").code == errc::wrong_type);
    CHECK(bad(R"({"code":"no_such_code","message_id":""})").where.pointer == "/first/0/code");
    CHECK(bad(R"({"code":"orphan"})").where.pointer == "/first/0/message_id");
    auto const unknown = bad(R"({"code":"orphan","message_id":"x.y\u0000z"})");
    CHECK(unknown.where.pointer == "/first/0/message_id");
    CHECK(unknown.detail().find("\\x00") != std::string::npos); // quoted, control byte escaped
    CHECK(bad(R"({"code":"orphan","message_id":"list.orphan","args":[1]})").where.pointer ==
          "/first/0/args");
    CHECK(bad(R"({"code":"orphan","message_id":"list.orphan","args":{"code":1.5}})")
              .where.pointer == "/first/0/args/code");
    CHECK(bad(R"({"code":"orphan","message_id":"list.orphan","args":{"code":{"items":[7]}}})")
              .where.pointer == "/first/0/args/code/items/0");
    CHECK(bad(R"({"code":"orphan","message_id":"","level":"fatal"})").where.pointer ==
          "/first/0/level");
    CHECK(bad(R"({"code":"orphan","message_id":"","where":{"line":"x"}})").code ==
          errc::missing_key); // a place is written whole
    CHECK(bad(R"({"code":"orphan","message_id":"","where":{"file":"","line":"x","column":0,"pointer":"","field":""}})")
              .code == errc::wrong_type);
    // Deeply nested messages are read (and written) without trouble.
    std::string deep = R"({"message_id":"app.text","args":{"text":"x"}})";
    for (int i = 0; i < 12; ++i) // (Boost.JSON's parser stops at 32 levels)
        deep = R"({"message_id":"import.phone_lost_zero","args":{"why":)" + deep + "}}";
    auto const ok = io::json::read_error(
        boost::json::parse(R"({"code":"orphan","message_id":"import.phone_lost_zero","args":{"why":)" +
                           deep + "}}"));
    REQUIRE(ok);
    CHECK(ok->detail().starts_with("x (a spreadsheet"));
}

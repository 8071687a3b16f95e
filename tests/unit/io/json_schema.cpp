// JSON Schema generated from the described types.
#include <sentra/io/json_schema.hpp>

#include <sentra/cluster/agency.hpp>
#include <sentra/region/zone.hpp>

#include "catch.hpp"

using namespace sentra;

TEST_CASE("a described struct is an object with exactly its members", "[schema]")
{
    auto const s = io::json::schema<agency>("agency");
    auto const& o = s.as_object();
    CHECK(o.at("title") == "agency");
    CHECK(o.at("type") == "object");
    CHECK(o.at("additionalProperties") == false);
    auto const& props = o.at("properties").as_object();
    CHECK(props.contains("id"));
    CHECK(props.contains("jurisdiction"));
    auto const& required = o.at("required").as_array();
    CHECK(std::find(required.begin(), required.end(), boost::json::value("id")) != required.end());
    CHECK(std::find(required.begin(), required.end(), boost::json::value("jurisdiction")) ==
          required.end()); // optional
    // An enum is one of its names; an id has the pattern of ids.
    CHECK(props.at("kind").as_object().at("enum").as_array().size() > 2);
    CHECK(props.at("id").as_object().at("pattern") == "^[a-z0-9][a-z0-9._-]{0,63}$");
}

TEST_CASE("codes have the pattern of their form", "[schema]")
{
    auto const village = io::json::schema<village_code>();
    auto const pattern = std::string(village.as_object().at("pattern").as_string());
    CHECK(pattern.find("\\.") != std::string::npos);
    CHECK(io::json::schema_pattern<date>::get().value() == "^[0-9]{4}-[0-9]{2}-[0-9]{2}$");
    auto const z = io::json::schema<zone>();
    CHECK(z.as_object().at("properties").as_object().at("regions").as_object().at("type") ==
          "array");
}

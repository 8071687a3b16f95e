// Documents: reading with every kind of problem located, the canonical writer, the schema.
#include <sentra/io/document.hpp>
#include <sentra/document.hpp>
#include <sentra/validation.hpp>
#include <sentra/io/file.hpp>
#include <sentra/io/json_schema.hpp>
#include <sentra/io/reference_data.hpp>

#include "catch.hpp"

#include <cmath>
#include <limits>
#include <string>

namespace {

std::string test_file(std::string const& name)
{
    std::string text;
    sentra::io::read_file_into(std::string(SENTRA_TEST_DIR) + "/data/" + name, text).value();
    return text;
}

std::string const& cipayung_text()
{
    static std::string const text = test_file("documents/cipayung.json");
    return text;
}

sentra::document cipayung()
{
    return sentra::io::read_document(cipayung_text()).value().document;
}

// The first problem with this code, or a failure.
sentra::error find(sentra::report const& r, sentra::errc code)
{
    for (auto const& e : r.problems())
        if (e.code == code) return e;
    FAIL("no problem with code " << sentra::to_string(code) << " in\n" << r);
    return {};
}

// Replaces the first occurrence of `from` in the example document.
std::string edited(std::string_view from, std::string_view to)
{
    std::string text = cipayung_text();
    auto const at = text.find(from);
    REQUIRE(at != std::string::npos);
    text.replace(at, from.size(), to);
    return text;
}

} // namespace

TEST_CASE("the example document reads, and writing it gives the same bytes", "[document]")
{
    auto const d = cipayung();
    CHECK(d.format == "sentra");
    CHECK(d.format_version == sentra::document_format_version);
    CHECK(d.enterprises.size() >= 5);
    CHECK(d.clusters.size() >= 1);
    CHECK(d.routing.has_value());
    CHECK(d.cases.size() == 3);
    CHECK(sentra::io::write_document(d) == cipayung_text()); // canonical: a fixed point
    auto const again = sentra::io::read_document(sentra::io::write_document(d)).value().document;
    CHECK(again == d); // lossless
    // The registry indexes the document's lists; it copies none.
    CHECK(sentra::make_registry(d).value().enterprises().data() == d.enterprises.data());
}

TEST_CASE("canonical form does not depend on the input's spacing or key order", "[document]")
{
    auto const d = cipayung();
    auto compact = sentra::io::json::serialize(d, {.personal_data = true});
    auto const from_compact = sentra::io::read_document(compact).value().document;
    CHECK(sentra::io::write_document(from_compact) == cipayung_text());
    // Members in another order read the same and write canonically.
    std::string reordered = R"({"cases": [], "clusters": [], "enterprises": [], "agencies": [],
        "categories": [], "classification": "kbli2020", "region_scheme": "kemendagri",
        "format_version": 1, "format": "sentra"})";
    auto const small = sentra::io::read_document(reordered).value().document;
    CHECK(sentra::io::write_document(small).rfind("{\n  \"format\": \"sentra\",\n", 0) == 0);
}

TEST_CASE("every problem of a document at once, each with pointer, line and column", "[document]")
{
    std::string text = edited(R"("workers": 12)", R"("workers": "dua belas")");
    text.replace(text.find(R"("id": "ent-002")"), 15, R"("id": "ent-001")");
    text.replace(text.find(R"("village": "32.76.07.1004")"), 26, R"("village": "32.76.7.1004")");
    auto const r = sentra::io::read_document(text, "doc.json");
    REQUIRE_FALSE(r);
    auto const& problems = r.error();
    auto const type = find(problems, sentra::errc::wrong_type);
    CHECK(type.where.file == "doc.json");
    CHECK(type.where.pointer.starts_with("/enterprises/"));
    CHECK(type.where.pointer.ends_with("/workers"));
    CHECK(type.where.line > 1);
    CHECK(type.where.column > 1);
    auto const code = find(problems, sentra::errc::malformed_code);
    CHECK(code.where.pointer.ends_with("/village"));
    // The line and column are those of the value in the text.
    auto const line_start = [&](std::uint32_t line) {
        std::size_t at = 0;
        for (std::uint32_t l = 1; l < line; ++l) at = text.find('\n', at) + 1;
        return at;
    };
    CHECK(text.substr(line_start(code.where.line) + code.where.column - 1, 14) ==
          "\"32.76.7.1004\"");
    // The duplicate id is a problem of meaning: it shows once the form is right.
    std::string form_ok = edited(R"("id": "ent-002")", R"("id": "ent-001")");
    auto const dup = sentra::io::read_document(form_ok);
    REQUIRE_FALSE(dup);
    auto const e = find(dup.error(), sentra::errc::duplicate_code);
    CHECK(e.where.pointer == "/enterprises/1/id");
    CHECK(e.where.line > 1);
}

TEST_CASE("syntax errors, truncated input, duplicate keys", "[document]")
{
    SECTION("truncated")
    {
        auto const r = sentra::io::read_document(cipayung_text().substr(0, 300), "t.json");
        REQUIRE_FALSE(r);
        auto const e = find(r.error(), sentra::errc::syntax_error);
        CHECK(e.where.file == "t.json");
        CHECK(e.where.line > 1);
    }
    SECTION("empty")
    {
        auto const r = sentra::io::read_document("");
        REQUIRE_FALSE(r);
        CHECK(find(r.error(), sentra::errc::syntax_error).where.line == 1);
    }
    SECTION("not an object")
    {
        auto const r = sentra::io::read_document("[1, 2]");
        REQUIRE_FALSE(r);
        CHECK(find(r.error(), sentra::errc::wrong_type).where.pointer.empty());
    }
    SECTION("a duplicate key, which the DOM would drop silently")
    {
        auto const r = sentra::io::read_document(
            edited(R"("format": "sentra",)", "\"format\": \"sentra\",\n  \"format\": \"sentra\","));
        REQUIRE_FALSE(r);
        auto const e = find(r.error(), sentra::errc::duplicate_key);
        CHECK(e.where.pointer == "/format");
        CHECK(e.where.line == 3);
        CHECK(e.where.column == 3);
    }
    SECTION("a duplicate key deep inside, with escapes in its name")
    {
        auto const r = sentra::io::json::parse_value(R"({"a": [{"k\u00e9/y": 1, "ké/y": 2}]})");
        REQUIRE_FALSE(r);
        auto const e = find(r.error(), sentra::errc::duplicate_key);
        CHECK(e.where.pointer == "/a/0/ké~1y");
        CHECK(e.where.column == 25);
    }
    SECTION("the same key in different objects is fine")
    {
        CHECK(sentra::io::json::parse_value(R"({"a": {"x": 1}, "b": {"x": 1}, "x": [{"x": 2}]})"));
    }
}

TEST_CASE("dangling references and rules of the domain, with pointers", "[document]")
{
    SECTION("a member that is not an enterprise")
    {
        auto const r =
            sentra::io::read_document(edited(R"("members": [)", R"("members": ["ent-999", )"));
        REQUIRE_FALSE(r);
        auto const e = find(r.error(), sentra::errc::unknown_code);
        CHECK(e.where.pointer == "/clusters/0/members/0");
        CHECK(e.detail().find("ent-999") != std::string::npos);
    }
    SECTION("a case whose cluster does not exist")
    {
        auto d = cipayung();
        d.cases[0].cluster = sentra::cluster_id::parse("tidak-ada").value();
        auto const problems = sentra::validate(d);
        CHECK(find(problems, sentra::errc::unknown_code).where.pointer == "/cases/0/cluster");
    }
    SECTION("a routing rule to an unknown agency")
    {
        auto d = cipayung();
        d.routing->rules[0].agency = sentra::agency_id::parse("dinas-x").value();
        CHECK(find(sentra::validate(d), sentra::errc::unknown_code).where.pointer ==
              "/routing/rules/0/agency");
    }
    SECTION("a case log that breaks the lifecycle")
    {
        auto d = cipayung();
        d.cases[0].log.insert(
            d.cases[0].log.begin() + 1,
            sentra::log_entry{d.cases[0].log[0].at, "x", sentra::case_action::close});
        CHECK(find(sentra::validate(d), sentra::errc::illegal_transition)
                  .where.pointer.starts_with("/cases/0/log/1"));
    }
    SECTION("format, version, scheme and classification")
    {
        auto d = cipayung();
        d.format = "excel";
        d.format_version = sentra::document_format_version + 1;
        d.region_scheme = "psgc";
        d.classification = "isic4";
        auto const problems = sentra::validate(d);
        CHECK(find(problems, sentra::errc::invalid_value).where.pointer == "/format");
        CHECK(find(problems, sentra::errc::out_of_range).where.pointer == "/format_version");
        CHECK(problems.error_count() == 4);
    }
    SECTION("duplicate case ids")
    {
        auto d = cipayung();
        d.cases.push_back(d.cases[0]);
        CHECK(find(sentra::validate(d), sentra::errc::duplicate_code).where.pointer ==
              "/cases/3/id");
    }
}

TEST_CASE("a document against the official data: villages and KBLI codes exist", "[document]")
{
    auto const regions = sentra::io::load_gazetteer().value();
    auto const catalog = sentra::io::load_kbli().value();
    sentra::validation_context cx{&regions, &catalog, nullptr, {}};
    CHECK(sentra::io::read_document(cipayung_text(), {}, cx));
    auto const r = sentra::io::read_document(
        edited(R"("village": "32.76.07.1004")", R"("village": "32.76.07.1999")"), {}, cx);
    REQUIRE_FALSE(r);
    auto const e = find(r.error(), sentra::errc::unknown_code);
    CHECK(e.where.pointer.ends_with("/village"));
    CHECK(e.where.line > 1);
}

TEST_CASE("the cap on errors", "[document]")
{
    std::string text = cipayung_text();
    std::size_t at = 0;
    for (int i = 0; i < 5; ++i) {
        at = text.find("\"workers\": ", at);
        REQUIRE(at != std::string::npos);
        text.replace(at, 11, "\"workers\": -");
        at += 12;
    }
    sentra::io::json::read_options options;
    options.max_errors = 2;
    auto const r = sentra::io::read_document(text, {}, {}, options);
    REQUIRE_FALSE(r);
    CHECK(r.error().error_count() == 2);
    CHECK(r.error().full()); // reading stopped there
}

TEST_CASE("canonical text: numbers, strings, nesting", "[document][json]")
{
    using sentra::io::json::canonical_text;
    boost::json::value v = {{"b", 5.0},
                            {"a", 0.1},
                            {"big", 1e300},
                            {"neg", -0.0},
                            {"i", -7},
                            {"u", 18446744073709551615ull},
                            {"s", "tab\t\"q\" \\ \x01 é"},
                            {"e", boost::json::array{}},
                            {"o", boost::json::object{}}};
    std::string const text = canonical_text(v);
    CHECK(text == "{\n"
                  "  \"b\": 5.0,\n"
                  "  \"a\": 0.1,\n"
                  "  \"big\": 1e+300,\n"
                  "  \"neg\": -0.0,\n"
                  "  \"i\": -7,\n"
                  "  \"u\": 18446744073709551615,\n"
                  "  \"s\": \"tab\\t\\\"q\\\" \\\\ \\u0001 é\",\n"
                  "  \"e\": [],\n"
                  "  \"o\": {}\n"
                  "}\n");
    // It reads back as the same value, numbers of the same kind included.
    auto const back = sentra::io::json::parse_value(text).value();
    CHECK(back == v);
    CHECK(canonical_text(back) == text);
    // JSON has no infinity or NaN: never invalid JSON.
    CHECK(canonical_text(boost::json::value(std::numeric_limits<double>::infinity())) == "null\n");
    CHECK(canonical_text(boost::json::value(std::nan(""))) == "null\n");
}

TEST_CASE("the schema is generated from the types", "[document][schema]")
{
    auto const schema = sentra::io::document_schema();
    auto const& root = schema.as_object();
    CHECK(root.at("$schema") == "https://json-schema.org/draft/2020-12/schema");
    CHECK(root.at("additionalProperties") == false);
    auto const& props = root.at("properties").as_object();
    CHECK(props.at("format").at("const") == "sentra");
    auto const& enterprise = props.at("enterprises").at("items").as_object();
    auto const& eprops = enterprise.at("properties").as_object();
    // Every described member is there; non-optional ones are required.
    CHECK(eprops.size() == boost::mp11::mp_size<boost::describe::describe_members<
                               sentra::enterprise, boost::describe::mod_public>>::value);
    auto const& required = enterprise.at("required").as_array();
    CHECK(std::find(required.begin(), required.end(), boost::json::value("id")) != required.end());
    CHECK(std::find(required.begin(), required.end(), boost::json::value("nib")) == required.end());
    CHECK(eprops.at("village").at("anyOf").at(0).at("pattern") ==
          "^([0-9]{2}\\.[0-9]{2}\\.[0-9]{2}\\.[0-9]{4}|[0-9]{10})$");
    CHECK(eprops.at("kbli").at("items").at("pattern") == "^[0-9]{5}$");
    // A figure: its bare value, or {"value", "year"}.
    auto const& workers = eprops.at("workers").at("anyOf").at(0).at("anyOf");
    CHECK(workers.at(0).at("maximum") == 4294967295u);
    CHECK(workers.at(1).at("required") == boost::json::array{"value"});
    CHECK(workers.at(1).at("properties").at("year").at("anyOf").at(0).at("type") == "integer");
    auto const& topic = props.at("cases").at("items").at("properties").at("topic");
    CHECK(topic.at("enum").as_array().size() ==
          boost::mp11::mp_size<boost::describe::describe_enumerators<sentra::case_topic>>::value);
    // Any region level: four alternatives, display and compact each.
    CHECK(sentra::io::json::schema_pattern<sentra::region_id>::get().value() ==
          "^([0-9]{2}|[0-9]{2}\\.[0-9]{2}|[0-9]{4}|[0-9]{2}\\.[0-9]{2}\\.[0-9]{2}|[0-9]{6}|"
          "[0-9]{2}\\.[0-9]{2}\\.[0-9]{2}\\.[0-9]{4}|[0-9]{10})$");
}

TEST_CASE("the direct writer writes what the DOM writer writes", "[document][json]")
{
    auto d = cipayung();
    sentra::owner_contact owner;
    owner.nik = sentra::nik_number::parse("3276071234560001").value();
    owner.phone = sentra::phone_number::parse("0812-3456-7890").value();
    d.enterprises[0].owner = owner;
    d.enterprises[1].name = "Konveksi \"Ibu\" Siti\n\t\x01 – ümlaut";
    for (bool personal : {false, true}) {
        sentra::io::json::write_options const options{.personal_data = personal};
        auto const text = sentra::io::json::serialize(d, options);
        CHECK(sentra::io::json::parse_value(text).value() == sentra::io::json::write(d, options));
        CHECK((text.find("3276071234560001") != std::string::npos) == personal);
    }
    auto const back =
        sentra::io::json::parse<sentra::document>(sentra::io::json::serialize(d, {.personal_data = true}))
            .value();
    CHECK(back == d); // nested personal data survives when asked for
    std::string appended = "x";
    sentra::io::json::serialize_to(appended, d.agencies[0]);
    CHECK(appended == "x" + sentra::io::json::serialize(d.agencies[0]));
}

TEST_CASE("escaping finds every character to escape, at any position", "[json]")
{
    // Each special character at every offset of a string longer than one SIMD step.
    for (char special : {'"', '\\', '\n', '\x01', '\x1f'})
        for (std::size_t at = 0; at < 40; ++at) {
            std::string s = "é" + std::string(40, 'a'); // UTF-8 passes through
            s[2 + at] = special;
            boost::json::value const v(s);
            std::string const text = sentra::io::json::serialize(std::vector<std::string>{s});
            CHECK(sentra::io::json::parse_value(text).value() == boost::json::array{v});
        }
}

TEST_CASE("a document names the edition of its region codes", "[document][data]")
{
    auto const regions_2022 = sentra::io::load_gazetteer("2022").value();
    auto const regions_2025 = sentra::io::load_gazetteer("2025").value();
    auto d = sentra::io::read_document(cipayung_text()).value().document;
    REQUIRE(d.region_edition == std::optional<std::string>("2025"));
    CHECK(sentra::validate(d, {&regions_2025, nullptr, {}}).ok());
    // Checked against another edition: said at /region_edition.
    auto const other = sentra::validate(d, {&regions_2022, nullptr, {}});
    CHECK(find(other, sentra::errc::invalid_value).where.pointer == "/region_edition");
    CHECK(find(other, sentra::errc::invalid_value).detail() ==
          "the codes follow the 2025 edition but are checked against the 2022 edition");
    // An edition sentra does not know.
    d.region_edition = "2019";
    auto const unknown = sentra::validate(d);
    CHECK(find(unknown, sentra::errc::invalid_value).detail() ==
          "'2019' is not a region edition sentra knows (2022, 2025)");
    // Not stated (every version 1 document): nothing to check.
    d.region_edition.reset();
    CHECK(sentra::validate(d, {&regions_2022, nullptr, {}}).ok());
    CHECK(sentra::kemendagri_edition_names() == "2022, 2025");
    // The writer keeps it, after region_scheme.
    d.region_edition = "2022";
    auto const text = sentra::io::write_document(d);
    CHECK(text.find("\"region_scheme\": \"kemendagri\",\n  \"region_edition\": \"2022\"") !=
          std::string::npos);
    CHECK(sentra::io::read_document(text).value().document == d);
}

TEST_CASE("read_document returns the warnings it found with the document", "[document]")
{
    // A cluster short of members reads, with the PP 29/2018 warning.
    std::string text = cipayung_text();
    auto const full = sentra::io::read_document(text).value();
    auto d = full.document;
    d.clusters[0].members.resize(2);
    auto const r = sentra::io::read_document(sentra::io::write_document(d), "short.json");
    REQUIRE(r.has_value());
    REQUIRE(r->warnings.warning_count() >= 1);
    CHECK(r->warnings.error_count() == 0);
    CHECK(r->warnings.problems()[0].code == sentra::errc::too_few_members);
    CHECK(r->warnings.problems()[0].where.file == "short.json");
    CHECK(r->warnings.problems()[0].where.line > 0); // placed in the text
}

TEST_CASE("check_document: the document against the edition it names", "[document][data]")
{
    sentra::io::reference_set refs;
    auto const r = sentra::io::check_document(cipayung_text(), "cipayung.json", refs, "2022");
    REQUIRE(r.has_value());
    CHECK(r->ok());
    // Not JSON: its problems, not a failure of the reference data.
    auto const broken = sentra::io::check_document("{", "b.json", refs, "2025");
    REQUIRE(broken.has_value());
    CHECK(broken->problems()[0].code == sentra::errc::syntax_error);
    // A village that does not exist, placed in the file.
    std::string text = cipayung_text();
    text.replace(text.find("32.76.07.1004"), 13, "32.76.07.1999");
    auto const unknown = sentra::io::check_document(text, "u.json", refs, "2025");
    REQUIRE(unknown.has_value());
    CHECK(find(*unknown, sentra::errc::unknown_code).where.file == "u.json");
    // Reference data that is not there is the failure.
    sentra::io::reference_set nowhere("/nonexistent/sentra-data");
    auto const failed = sentra::io::check_document(cipayung_text(), "c.json", nowhere, "2025");
    REQUIRE(!failed);
    CHECK(failed.error().has(sentra::error_class::io));
}

// A document names its KBLI edition and is checked against that edition's catalog: 56101
// valid in both with its own title, 56103 only in KBLI 2020, and a warning for a code whose
// meaning differs in the other edition.
TEST_CASE("check_document: each document against its own KBLI edition", "[document][data][kbli2025]")
{
    sentra::io::reference_set refs;
    auto make = [](auto profile, std::vector<std::string> const& codes) {
        using P = typename decltype(profile)::type;
        sentra::basic_document<P> d;
        d.region_edition = "2025";
        for (std::size_t i = 0; i < codes.size(); ++i) {
            sentra::basic_enterprise<P> e;
            std::string const n(1, static_cast<char>('0' + i)); // (GCC 12 warns on "e" + to_string)
            e.id = sentra::enterprise_id::parse("e" + n).value();
            e.name = "Warung " + n;
            e.village = sentra::village_code("32.76.07.1002");
            e.kbli.push_back(decltype(e.kbli)::value_type::parse(codes[i]).value());
            d.enterprises.push_back(std::move(e));
        }
        return sentra::io::write_document(d);
    };
    auto const in2025 = make(std::type_identity<sentra::indonesia_kbli2025>{}, {"56101", "14111"});
    CHECK(in2025.find("\"classification\": \"kbli2025\"") != std::string::npos);
    auto const r2025 = sentra::io::check_document(in2025, "a.json", refs, "2025");
    REQUIRE(r2025.has_value());
    INFO(*r2025);
    CHECK(r2025->error_count() == 0);
    REQUIRE(r2025->warning_count() == 1); // 56101 meant "Restoran" in KBLI 2020
    auto const& w = r2025->problems()[0];
    CHECK(w.id == sentra::message_id("edition.other_meaning"));
    CHECK(w.where.pointer == "/enterprises/0/kbli/0");
    CHECK(w.where.line > 0);
    CHECK(w.detail(sentra::lang::en).find("Restoran") != std::string::npos);
    CHECK(w.detail(sentra::lang::en).find("KBLI 2025") != std::string::npos);

    auto const in2020 = make(std::type_identity<sentra::indonesia>{}, {"56101", "56103"});
    auto const r2020 = sentra::io::check_document(in2020, "b.json", refs, "2025");
    REQUIRE(r2020.has_value());
    CHECK(r2020->error_count() == 0); // 56103 is a KBLI 2020 code
    CHECK(r2020->warning_count() == 1);
    CHECK(r2020->problems()[0].detail(sentra::lang::en).find("'Restoran' in KBLI 2020") !=
          std::string::npos);

    // 56103 in a KBLI 2025 document: not in the classification.
    std::string gone = in2025;
    gone.replace(gone.find("\"56101\""), 7, "\"56103\"");
    auto const r = sentra::io::check_document(gone, "c.json", refs, "2025");
    REQUIRE(r.has_value());
    CHECK(find(*r, sentra::errc::unknown_code).where.pointer == "/enterprises/0/kbli/0");
    // Division 45 is gone from KBLI 2025: its codes are malformed there, valid in 2020.
    std::string d45 = in2025;
    d45.replace(d45.find("\"56101\""), 7, "\"45201\"");
    auto const r45 = sentra::io::check_document(d45, "d.json", refs, "2025");
    REQUIRE(r45.has_value());
    CHECK(find(*r45, sentra::errc::malformed_code).where.pointer == "/enterprises/0/kbli/0");
}

TEST_CASE("top_level_string peeks one member without reading the rest", "[json]")
{
    using sentra::io::json::detail::top_level_string;
    CHECK(top_level_string(R"({"format":"sentra","classification":"kbli2025","x":[1,2]})", "classification") == "kbli2025");
    CHECK(top_level_string(R"({"a":{"classification":"x"},"classification":"kbli2020"})", "classification") == "kbli2020");
    CHECK(!top_level_string(R"({"a":{"classification":"x"}})", "classification"));
    CHECK(!top_level_string(R"({"classification":7})", "classification"));
    CHECK(!top_level_string(R"(["classification","kbli2025"])", "classification"));
    CHECK(!top_level_string(R"({"classification":)", "classification"));
    CHECK(!top_level_string("", "classification"));
    CHECK(top_level_string("{\"classific\u0061tion\":\"k\u00e9\"} trailing", "classification") == "k\xc3\xa9");
    CHECK(sentra::io::document_classification(cipayung_text()) == "kbli2020");
    CHECK(!sentra::io::document_classification("[]"));
}

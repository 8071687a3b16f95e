#include <sentra/message.hpp>
#include "catch.hpp"

#include <sentra/error.hpp>

#include <limits>
#include <set>
#include <string>
#include <string_view>
#include <vector>

using namespace sentra;

namespace {
// The argument names a text uses, in order of first use.
std::vector<std::string> placeholders(std::string_view text)
{
    std::vector<std::string> out;
    for (std::size_t i = text.find('{'); i != std::string_view::npos; i = text.find('{', i + 1)) {
        std::size_t const close = text.find('}', i);
        if (close == std::string_view::npos) break;
        std::string name(text.substr(i + 1, close - i - 1));
        bool const word = !name.empty() && name.find_first_not_of("abcdefghijklmnopqrstuvwxyz_") ==
                                               std::string::npos;
        if (word && std::find(out.begin(), out.end(), name) == out.end()) out.push_back(name);
    }
    return out;
}
std::vector<std::string> words(std::string_view list)
{
    std::vector<std::string> out;
    while (!list.empty()) {
        std::size_t const sp = list.find(' ');
        out.emplace_back(list.substr(0, sp));
        list = sp == std::string_view::npos ? std::string_view() : list.substr(sp + 1);
    }
    return out;
}
} // namespace

TEST_CASE("every message id has a text in every language, with the same arguments", "[message]")
{
    REQUIRE(message_id::count() > 250);
    std::set<std::string_view> seen;
    for (lang language : {lang::en, lang::id}) {
        auto const table = catalogue(language);
        INFO("language " << to_string(language));
        REQUIRE(table.size() == message_id::count());
        for (std::size_t i = 0; i < table.size(); ++i) {
            message_id const id = message_id::at(i);
            INFO(id.name());
            CHECK(table[i].id == id.name()); // the index's order
            CHECK(!table[i].text.empty());
            auto got = placeholders(table[i].text);
            auto want = words(id.arguments());
            std::sort(got.begin(), got.end());
            std::sort(want.begin(), want.end());
            CHECK(got == want);
            seen.insert(id.name());
        }
    }
    CHECK(seen.size() == message_id::count()); // no id twice
    // The Indonesian table is a translation, not a copy: most texts differ.
    std::size_t same = 0;
    for (std::size_t i = 0; i < message_id::count(); ++i)
        same += catalogue(lang::en)[i].text == catalogue(lang::id)[i].text;
    CHECK(same < 20);
}

TEST_CASE("every message renders in both languages with its arguments put in", "[message]")
{
    for (std::size_t i = 0; i < message_id::count(); ++i) {
        message_id const id = message_id::at(i);
        std::vector<message_arg> args;
        for (auto const& name : words(id.arguments())) args.emplace_back(name, "<" + name + ">");
        for (lang language : {lang::en, lang::id}) {
            std::string const text = render(id, args, language);
            INFO(id.name() << " " << to_string(language) << ": " << text);
            CHECK(!text.empty());
            for (auto const& name : words(id.arguments()))
                CHECK(text.find("<" + name + ">") != std::string::npos);
            CHECK(text.find("{") == std::string::npos);
        }
    }
}

TEST_CASE("a message id is found by name, and a literal one is checked when compiled", "[message]")
{
    constexpr message_id id = "region.no_name";
    static_assert(id.name() == "region.no_name");
    CHECK(id.arguments() == "level name within suggestion");
    CHECK(message_id::find("region.no_name") == id);
    CHECK(!message_id::find("region.no_such_message"));
    CHECK(!message_id::find(""));
    CHECK(message_id().empty());
    CHECK(message_id().name().empty());
    CHECK(render(message_id(), {}, lang::id).empty());
}

TEST_CASE("arguments render as their language writes them", "[message]")
{
    CHECK(format_integer(5, lang::en) == "5");
    CHECK(format_integer(9999, lang::id) == "9999");
    CHECK(format_integer(12500, lang::en) == "12,500");
    CHECK(format_integer(12500, lang::id) == "12.500");
    CHECK(format_integer(-1234567, lang::id) == "-1.234.567");
    CHECK(format_integer(INT64_MIN, lang::en) == "-9,223,372,036,854,775,808");

    message_arg const label("level", bilingual{"village", "desa/kelurahan"});
    CHECK(label.type() == message_arg::kind::label);
    CHECK(label.render(lang::en) == "village");
    CHECK(label.render(lang::id) == "desa/kelurahan");
    message_arg const nested("why", message{"code.part_width", {{"digits", 4}}});
    CHECK(nested.render(lang::en) == "part must have 4 digits");
    CHECK(nested.render(lang::id) == "bagian ini harus terdiri atas 4 angka");
    message_arg const list("tried",
                           std::vector<message>{{"data.no_folder", {}}, {"data.not_set", {}}}, "; ");
    CHECK(list.render(lang::en) == "no such folder; not set");
    CHECK(list.render(lang::id) == "folder tidak ada; tidak diisi");
    CHECK(list.items().size() == 2);
    CHECK(message_arg("n", std::size_t{3}) == message_arg("n", 3));
    CHECK(!(message_arg("n", 3) == message_arg("n", "3")));
    CHECK(nested == message_arg("why", message{"code.part_width", {{"digits", 4}}}));
    CHECK(label_of(severity::warning).id == "peringatan");

    // A missing argument stays visible; an extra one is ignored.
    CHECK(render("ref.no_agency", {}, lang::en) == "no agency '{id}'");
    std::vector<message_arg> const extra{{"id", "x"}, {"other", 1}};
    CHECK(render("ref.no_agency", extra, lang::id) == "tidak ada instansi 'x'");
    // Data goes in as it is: braces in an argument are not read as placeholders.
    std::vector<message_arg> const braces{{"id", "{id}"}};
    CHECK(render("ref.no_agency", braces, lang::en) == "no agency '{id}'");
    // Unicode and huge arguments pass through whole.
    std::string const huge(100'000, 'x');
    std::vector<message_arg> const big{{"id", huge}};
    CHECK(render("ref.no_agency", big, lang::en).size() == huge.size() + 12);
    std::vector<message_arg> const unicode{{"id", "Kopi Ña"}};
    CHECK(render("ref.no_agency", unicode, lang::id) == "tidak ada instansi 'Kopi Ña'");
}

TEST_CASE("the default language is the process's, English until set", "[message]")
{
    CHECK(default_lang() == lang::en);
    error const e = make_error(errc::empty_value, "cluster.needs_name");
    CHECK(e.detail() == "a cluster needs a name");
    set_default_lang(lang::id);
    CHECK(e.detail() == "klaster memerlukan nama");
    CHECK(e.to_string() == "error: nilai kosong: klaster memerlukan nama [empty_value]");
    set_default_lang(lang::en);
    CHECK(e.to_string() == "error: empty value: a cluster needs a name [empty_value]");
}

TEST_CASE("numbers and an app's own lines as the language writes them", "[message]")
{
    CHECK(format_number(6.0, 1, lang::id) == "6");
    CHECK(format_number(1.5, 1, lang::id) == "1,5");
    CHECK(format_number(1.5, 1, lang::en) == "1.5");
    CHECK(format_number(12500.25, 2, lang::id) == "12.500,25");
    CHECK(format_number(12500.25, 2, lang::en) == "12,500.25");
    CHECK(format_number(-0.04, 1, lang::en) == "0"); // no "-0"
    CHECK(format_number(-2.25, 1, lang::id) == "-2,2"); // printf's rounding (to even here)
    CHECK(format_number(0.125, 9, lang::en) == "0.125");
    CHECK(format_number(1.0, -3, lang::en) == "1"); // decimals clamped
    CHECK(format_number(1e300, 2, lang::en).size() > 300);
    CHECK(format_number(std::numeric_limits<double>::quiet_NaN(), 1, lang::id) == "NaN");

    std::vector<message_arg> const args{{"rows", 12500}, {"name", "Kopi"}};
    CHECK(render_text("{rows} rows of {name}", args, lang::en) == "12,500 rows of Kopi");
    CHECK(render_text("{rows} baris {name}", args, lang::id) == "12.500 baris Kopi");
    CHECK(render_text("", args, lang::id).empty());
    CHECK(render_text("{unclosed", args, lang::en) == "{unclosed");
    CHECK(render_text("{missing} and }{", args, lang::en) == "{missing} and }{");
}

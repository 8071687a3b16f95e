#include <sentra/io/html_report.hpp>

#include <sentra/io/document.hpp>

#include "catch.hpp"

#include <algorithm>
#include <filesystem>
#include <string>

namespace {

using namespace sentra;

document cipayung()
{
    return io::read_document_file(std::filesystem::path(SENTRA_TEST_DIR) /
                                  "data/documents/cipayung.json")
        .value()
        .document;
}

cluster_id const konveksi = *cluster_id::parse("sentra-konveksi-cipayung");
timestamp const march = *timestamp::parse("2020-03-01T10:00:00+07:00");

std::size_t count(std::string const& text, std::string_view what)
{
    std::size_t n = 0;
    for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
    return n;
}

} // namespace

TEST_CASE("the page of a cluster report: figures, charts with their tables, no request",
          "[report][html]")
{
    auto r = make_cluster_report(cipayung(), konveksi, march);
    REQUIRE(r.has_value());
    std::string const page = io::cluster_report_html(*r);
    CHECK(page.starts_with("<!DOCTYPE html>\n<html lang=\"id\">"));
    CHECK(page.ends_with("</html>\n"));
    CHECK(page.find("<b>25 / 5 / 15 / 5</b>") != std::string::npos);
    CHECK(page.find("id=\"fig-members\"><b>7</b>") != std::string::npos);
    CHECK(page.find("id=\"fig-cases-open\"><b>1</b>") != std::string::npos);
    CHECK(page.find("<b>50 %</b>") != std::string::npos);
    CHECK(page.find("Stan per kategori saat") != std::string::npos);
    // every chart: an image with a title and a description, and its numbers in a table
    std::size_t const charts = count(page, "<svg role=\"img\"");
    CHECK(charts == 8); // seven bar charts and the time line
    CHECK(count(page, "<title id=") == charts);
    CHECK(count(page, "<desc id=") == charts);
    CHECK(count(page, "<table>") >= charts);
    // self-contained: no script, no link, no image, no address to fetch
    for (auto const* never : {"<script", "<link", "<img", "src=", "http://", "https://", "url("})
        CHECK(page.find(never) == std::string::npos);
    CHECK(page.find("default-src 'none'") != std::string::npos);
    CHECK(page.find("@media print") != std::string::npos);
    // the overdue case with its lateness and next step
    CHECK(page.find("case-2020-001") != std::string::npos);
    CHECK(page.find("34 hari kerja") != std::string::npos);
    CHECK(page.find("eskalasi ke tingkat 1 (program tidak punya rantai eskalasi)") !=
          std::string::npos);
    CHECK(page.find("id=\"findings-none\"") != std::string::npos);
}

TEST_CASE("long lists are cut on the page and counted", "[report][html]")
{
    auto d = cipayung();
    for (int i = 0; i < 5; ++i) { // five more cases like the first, all overdue by March
        auto k = d.cases.front();
        k.id = *case_id::parse("case-x-" + std::to_string(i));
        d.cases.push_back(k);
    }
    auto r = make_cluster_report(d, konveksi, march);
    REQUIRE(r.has_value());
    CHECK(r->overdue.size() == 6);
    std::string const cut = io::cluster_report_html(*r, {.max_rows = 2});
    CHECK(count(cut, "34 hari kerja") == 2);
    CHECK(cut.find("Dan 4 lagi") != std::string::npos);
    std::string const all = io::cluster_report_html(*r, {.max_rows = 0});
    CHECK(count(all, "34 hari kerja") == 6);
    CHECK(all.find("id=\"overdue-more\"") == std::string::npos);
}

TEST_CASE("the page in English", "[report][html]")
{
    auto r = make_cluster_report(cipayung(), konveksi, march, lang::en);
    REQUIRE(r.has_value());
    std::string const page = io::cluster_report_html(*r);
    CHECK(page.find("<html lang=\"en\">") != std::string::npos);
    CHECK(page.find("Members by category") != std::string::npos);
    CHECK(page.find("Garment making") != std::string::npos);
    CHECK(page.find("34 working days") != std::string::npos);
}

TEST_CASE("hostile text in the data is shown as text", "[report][html][hostile]")
{
    auto d = cipayung();
    auto& c = d.clusters.front();
    c.name = "<script>alert(1)</script>";
    c.locus.name = "\"><img src=x onerror=alert(1)>";
    c.events.front().name = "Bazar & 'malam' <b>";
    std::string const rtl = "\xd8\xb3\xd9\x88\xd9\x82 \xd8\xa7\xd9\x84\xd8\xb9\xd9\x85\xd9\x84"; // Arabic
    d.agencies.front().name = rtl;
    std::string const longest(5000, 'w');
    d.categories.front().label_id = longest + "\xc3\xa9\xc3\xa9"; // é at the cut
    auto r = make_cluster_report(d, konveksi, march);
    REQUIRE(r.has_value());
    std::string const page = io::cluster_report_html(*r);
    CHECK(page.find("<script") == std::string::npos);
    CHECK(page.find("<img") == std::string::npos);
    CHECK(page.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
    CHECK(page.find("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;") != std::string::npos);
    CHECK(page.find("Bazar &amp; &#39;malam&#39; &lt;b&gt;") != std::string::npos);
    CHECK(page.find("<bdi>" + rtl + "</bdi>") != std::string::npos);
    // a long label is cut in the chart (at a character, not inside one) and whole in the table
    CHECK(page.find(longest + "\xc3\xa9\xc3\xa9</bdi>") != std::string::npos);
    CHECK(page.find("wwwwwwwwwwwwwwww…") != std::string::npos);
}

TEST_CASE("text as HTML", "[html]")
{
    std::string cut;
    io::detail::append_cut(cut, "Kerajinan <tangan>", 16); // 18 bytes: kept whole
    CHECK(cut == "Kerajinan &lt;tangan&gt;");
    cut.clear();
    io::detail::append_cut(cut, "Bojong Pondok Terong", 16);
    CHECK(cut == "Bojong Pondok Te…");
    cut.clear();
    io::detail::append_cut(cut, "aaaaaaaaaaaaaaa\xc3\xa9\xc3\xa9\xc3\xa9", 16); // é across the cut
    CHECK(cut == "aaaaaaaaaaaaaaa…");
    CHECK(io::detail::html("a<b>&\"c'd") == "a&lt;b&gt;&amp;&quot;c&#39;d");
    CHECK(io::detail::html("Rp1.000 — é") == "Rp1.000 — é");
    std::string out;
    io::detail::append_data(out, "x");
    CHECK(out == "<bdi>x</bdi>");
}

TEST_CASE("the time of a report as people write it", "[html]")
{
    CHECK(io::detail::when(*timestamp::parse("2020-03-01T10:05:00+07:00"), lang::id) ==
          "1 Maret 2020, 10.05 (UTC+07:00)");
    CHECK(io::detail::when(*timestamp::parse("2021-12-31T23:59:59Z"), lang::en) ==
          "31 December 2021, 23:59 (UTC)");
    CHECK(io::detail::when(*timestamp::parse("2021-01-01T01:00:00+09:00"), lang::en) ==
          "1 January 2021, 01:00 (UTC+09:00)");
}

TEST_CASE("findings on the page: counted, listed, cut", "[report][html]")
{
    auto d = cipayung();
    // members outside the locus: one finding each
    auto& c = d.clusters.front();
    for (auto const& e : d.enterprises)
        if (std::find(c.members.begin(), c.members.end(), e.id) == c.members.end())
            c.members.push_back(e.id);
    c.members.push_back(*enterprise_id::parse("ent-none"));
    auto r = make_cluster_report(d, konveksi, march);
    REQUIRE(r.has_value());
    REQUIRE(!r->findings.empty());
    std::size_t const n = r->findings.problems().size();
    std::string const page = io::cluster_report_html(*r);
    CHECK(page.find("<ul id=\"findings\">") != std::string::npos);
    CHECK(page.find(std::to_string(r->findings.error_count()) + " kesalahan, ") != std::string::npos);
    CHECK(count(page, "<li><bdi>error: /clusters/0/members/") == n);
    std::string const cut = io::cluster_report_html(*r, {.max_rows = 1});
    CHECK(count(cut, "<li><bdi>error: ") == 1);
    CHECK(cut.find("Dan " + std::to_string(n - 1) + " lagi (semuanya: sentra validate).") !=
          std::string::npos);
}

namespace {
// The words a person reads on a page: tags, the style sheet and entities out.
std::string visible_text(std::string const& page)
{
    std::string out;
    bool tag = false, style = false;
    for (std::size_t i = 0; i < page.size(); ++i) {
        if (page.compare(i, 6, "<style") == 0) style = true;
        if (style && page.compare(i, 8, "</style>") == 0) style = false;
        char const c = page[i];
        if (c == '<') tag = true;
        else if (c == '>') { tag = false; out += ' '; }
        else if (!tag && !style) out += c;
    }
    // Runs of white space as one, as a browser shows them.
    std::string collapsed = " ";
    for (char c : out)
        if (!(c == ' ' || c == '\n') || collapsed.back() != ' ') collapsed += c == '\n' ? ' ' : c;
    return collapsed + " ";
}
bool has_word(std::string const& text, std::string_view word)
{
    auto const letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
    for (auto at = text.find(word); at != std::string::npos; at = text.find(word, at + 1))
        if (!letter(text[at - 1]) && !letter(text[at + word.size()])) return true;
    return false;
}
} // namespace

TEST_CASE("the Indonesian page has no English word outside the data, and the English one no "
          "Indonesian", "[report][html]")
{
    auto const doc = cipayung();
    auto id = make_cluster_report(doc, konveksi, march, lang::id);
    auto en = make_cluster_report(doc, konveksi, march, lang::en);
    REQUIRE(id.has_value());
    REQUIRE(en.has_value());
    std::string text = visible_text(io::cluster_report_html(*id));
    // The data as the programme wrote it (its own name is English in the sample).
    for (std::string_view data : {"Cipayung Industry Cluster Development Programme", "Fashion"})
        for (auto at = text.find(data); at != std::string::npos; at = text.find(data))
            text.erase(at, data.size());
    for (std::string_view english :
         {"the", "of", "and", "members", "member", "since", "phase", "launched", "goals",
          "enterprises", "working", "days", "late", "time", "cases", "none", "deadline",
          "category", "village", "escalate", "level", "December", "March", "no"}) {
        INFO(english);
        CHECK(!has_word(text, english));
    }
    CHECK(has_word(text, "diluncurkan")); // the phase, labelled
    CHECK(text.find("17 Desember 2019") != std::string::npos);
    CHECK(text.find("anggota bersertifikat halal atau SNI") != std::string::npos);
    CHECK(has_word(text, "usaha"));
    CHECK(text.find("13 Januari 2020") != std::string::npos);

    std::string const english = visible_text(io::cluster_report_html(*en));
    // (The agencies' names and the event's are data, in Indonesian: "Dinas ... dan ...".)
    for (std::string_view indonesian : {"anggota", "sejak", "diluncurkan", "hari", "kerja",
                                        "Desember", "tidak", "kasus", "Tahap", "Sasaran"}) {
        INFO(indonesian);
        CHECK(!has_word(english, indonesian));
    }
    CHECK(english.find("launched (since 17 December 2019)") != std::string::npos);
    CHECK(english.find("members with halal or SNI certification") != std::string::npos);
    CHECK(has_word(english, "enterprises"));
}

TEST_CASE("a member without a village, or with one the gazetteer lacks, is named so",
          "[report][html]")
{
    auto doc = cipayung();
    REQUIRE(doc.enterprises.size() >= 2);
    doc.enterprises[0].village.reset();
    auto r = make_cluster_report(doc, konveksi, march, lang::id);
    REQUIRE(r.has_value());
    bool none = false;
    for (auto const& row : r->members_by_village)
        if (row.key.empty()) none = row.label == "(tanpa desa/kelurahan)";
    CHECK(none);
}

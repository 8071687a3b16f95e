// Data integrity (issue 8 §4): a failed load leaves what was loaded before untouched, a
// document is written to a temporary file and renamed into place, a case log only grows.
#include <sentra/business/catalog.hpp>
#include <sentra/io/catalog_csv.hpp>
#include <sentra/validation.hpp>
#include <sentra/cluster/registry.hpp>
#include <sentra/document.hpp>
#include <sentra/io/document.hpp>
#include <sentra/io/file.hpp>
#include <sentra/io/gazetteer_csv.hpp>
#include <sentra/region/gazetteer.hpp>

#include "catch.hpp"
#include "case_helpers.hpp"
#include "scratch.hpp"

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

namespace {

namespace fs = std::filesystem;
using namespace sentra;

using scratch::write_bytes;
fs::path scratch_dir(std::string const& name) { return scratch::fresh_dir("integrity_" + name); }

std::vector<std::string> listing(fs::path const& dir)
{
    std::vector<std::string> names;
    for (auto const& e : fs::directory_iterator(dir)) names.push_back(e.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

document cipayung()
{
    return io::read_document_file(fs::path(SENTRA_TEST_DIR) / "data/documents/cipayung.json")
        .value()
        .document;
}

} // namespace

TEST_CASE("a failed load leaves the loaded gazetteer and catalog as they were", "[integrity]")
{
    auto dir = scratch_dir("load");
    write_bytes(dir / "good.csv", "code,name\n32,JAWA BARAT\n32.76,KOTA DEPOK\n");
    write_bytes(dir / "bad.csv", "code,name\n32,JAWA BARAT\n32.76,KOTA DEPOK\n32.99.01,ORPHAN\n");

    gazetteer regions = sentra::io::read_gazetteer_combined(dir / "good.csv").value();
    auto const size = regions.size();
    // The usual reload: replace only on success. A load that fails hands back its report
    // and has no partial gazetteer to leak.
    auto reload = sentra::io::read_gazetteer_combined(dir / "bad.csv");
    REQUIRE(!reload);
    if (reload) regions = std::move(*reload);
    CHECK(regions.size() == size);
    CHECK(regions.find(region_id::parse("32.76").value()));
    // The file changed under the program: the same holds for a missing and an empty file.
    CHECK(!sentra::io::read_gazetteer_combined(dir / "none.csv"));
    write_bytes(dir / "good.csv", "");
    CHECK(!sentra::io::read_gazetteer_combined(dir / "good.csv"));
    CHECK(regions.size() == size);

    write_bytes(dir / "kbli.csv", "code,level,parent_code,title_id,title_en\n"
                                  "C,section,,Industri Pengolahan,Manufacturing\n");
    kbli_catalog catalog = sentra::io::read_catalog<sentra::kbli2020>(dir / "kbli.csv").value();
    write_bytes(dir / "kbli.csv", "code,level,parent_code,title_id,title_en\n"
                                  "C,section,,Industri Pengolahan,Manufacturing\n"
                                  "14,division,X,Industri Pakaian Jadi,Wearing apparel\n");
    auto again = sentra::io::read_catalog<sentra::kbli2020>(dir / "kbli.csv");
    REQUIRE(!again);
    CHECK(catalog.size() == 1);
}

TEST_CASE("lists that fail to index leave the registry as it was", "[integrity]")
{
    auto const d = cipayung();
    registry reg = make_registry(d).value();
    auto const enterprises = reg.enterprises();
    auto const clusters = reg.clusters();

    // An id taken: refused, nothing changed (the index still finds the original).
    auto twin_lists = d;
    enterprise twin = d.enterprises.front();
    twin.name = "Someone else";
    twin_lists.enterprises.push_back(twin);
    auto r = reg.index(twin_lists.categories, twin_lists.agencies, twin_lists.enterprises,
                       twin_lists.clusters);
    REQUIRE(!r.ok());
    CHECK(r.problems()[0].code == errc::duplicate_code);
    CHECK(reg.enterprises().data() == enterprises.data());
    CHECK(reg.enterprises().size() == enterprises.size());
    CHECK(reg.find(twin.id)->name == d.enterprises.front().name);
    auto nameless_lists = d;
    nameless_lists.enterprises.push_back(enterprise{});
    CHECK(!reg.index(nameless_lists.categories, nameless_lists.agencies,
                     nameless_lists.enterprises, nameless_lists.clusters)
               .ok());
    CHECK(reg.enterprises().data() == enterprises.data());

    // A whole document that does not register: a report, and the registry in use untouched.
    auto broken = d;
    broken.enterprises.push_back(d.enterprises.front());
    auto next = make_registry(broken);
    REQUIRE(!next);
    CHECK(next.error().problems()[0].where.pointer ==
          "/enterprises/" + std::to_string(d.enterprises.size()) + "/id");
    if (next) reg = std::move(*next);
    CHECK(reg.enterprises().data() == enterprises.data());
    CHECK(reg.clusters().data() == clusters.data());
    CHECK(reg.clusters().size() == clusters.size());
}

TEST_CASE("write_file and write_document_file: atomic, complete, or nothing", "[integrity]")
{
    auto dir = scratch_dir("write");
    auto const file = dir / "programme.json";
    auto const d = cipayung();

    SECTION("written, read back equal, no temporary file left")
    {
        REQUIRE(io::write_document_file(file, d));
        CHECK(io::read_document_file(file).value().document == d);
        CHECK(listing(dir) == std::vector<std::string>{"programme.json"});
        // Over an existing file: replaced whole, its permissions kept.
        fs::permissions(file, fs::perms::owner_read | fs::perms::owner_write |
                                  fs::perms::group_read);
        auto smaller = d;
        smaller.cases.clear();
        REQUIRE(io::write_document_file(file, smaller));
        CHECK(io::read_document_file(file).value().document == smaller);
        CHECK(fs::status(file).permissions() ==
              (fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read));
        CHECK(listing(dir) == std::vector<std::string>{"programme.json"});
        // Empty bytes are a valid (empty) file.
        REQUIRE(io::write_file(dir / "empty", ""));
        CHECK(fs::file_size(dir / "empty") == 0);
    }
    SECTION("a failure names the file and leaves the old one whole")
    {
        REQUIRE(io::write_document_file(file, d));
        auto const before = io::read_file(file).value();

        auto missing = io::write_document_file(dir / "no" / "such" / "dir.json", d);
        REQUIRE(!missing);
        CHECK(missing.error().code == errc::file_unwritable);
        CHECK(missing.error().where.file == (dir / "no" / "such" / "dir.json").string());
        CHECK(class_of(missing.error().code) == error_class::io);

        fs::create_directory(dir / "taken.json");
        auto onto_directory = io::write_document_file(dir / "taken.json", d);
        REQUIRE(!onto_directory);
        CHECK(onto_directory.error().code == errc::file_unwritable);
        CHECK(fs::is_empty(dir / "taken.json"));

        // A file system that refuses new files (/proc): the target is not touched.
        if (fs::exists("/proc/version")) {
            auto const kernel = io::read_file("/proc/version").value();
            auto proc = io::write_file("/proc/version", "overwritten");
            REQUIRE(!proc);
            CHECK(proc.error().code == errc::file_unwritable);
            CHECK(io::read_file("/proc/version").value() == kernel);
        }
        CHECK(io::read_file(file).value() == before);
        CHECK(listing(dir) == std::vector<std::string>{"programme.json", "taken.json"});
    }
    SECTION("a reader never sees half a file while another thread rewrites it")
    {
        auto small = d;
        small.cases.clear();
        small.clusters.clear();
        std::string const a = io::write_document(d), b = io::write_document(small);
        REQUIRE(io::write_file(file, a));
        std::atomic<bool> done{false};
        std::thread writer([&] {
            for (int i = 0; i < 200; ++i) io::write_file(file, i % 2 ? a : b).value();
            done = true;
        });
        std::size_t reads = 0, torn = 0;
        while (!done) {
            auto text = io::read_file(file);
            if (!text) continue; // not expected on POSIX; never a partial read either way
            ++reads;
            if (*text != a && *text != b) ++torn;
        }
        writer.join();
        CHECK(reads > 0);
        CHECK(torn == 0);
        CHECK(listing(dir) == std::vector<std::string>{"programme.json"});
    }
}

TEST_CASE("a case log only grows", "[integrity]")
{
    using case_test::entry;
    coordination_case before = case_test::reported_case();
    auto assign = entry("2020-01-06T10:00:00+07:00", case_action::assign);
    assign.agency = case_test::ag("disperindag-depok");
    REQUIRE(record(before, assign));

    SECTION("record() appends, and a refused entry changes nothing")
    {
        auto c = before;
        auto const log = c.log;
        CHECK(!record(c, entry("2020-01-05T10:00:00+07:00", case_action::note)));
        CHECK(c.log == log);
        REQUIRE(record(c, entry("2020-01-07T10:00:00+07:00", case_action::start_coordination)));
        CHECK(c.log.size() == log.size() + 1);
        CHECK(std::equal(log.begin(), log.end(), c.log.begin()));
        CHECK(check_log_grows(before, c));
        CHECK(check_log_grows(before, before));
    }
    SECTION("a changed, removed or reordered entry is history rewritten, with its pointer")
    {
        auto changed = before;
        changed.log[1].agency = case_test::ag("dinas-koperasi");
        auto r = check_log_grows(before, changed);
        REQUIRE(!r);
        CHECK(r.error().code == errc::history_rewritten);
        CHECK(r.error().where.pointer == "/log/1");
        CHECK(class_of(r.error().code) == error_class::rule);

        auto shorter = before;
        shorter.log.pop_back();
        r = check_log_grows(before, shorter);
        REQUIRE(!r);
        CHECK(r.error().where.pointer == "/log");
        CHECK(r.error().detail().find("has 1 entries, it had 2") != std::string::npos);

        auto inserted = before;
        inserted.log.insert(inserted.log.begin() + 1,
                            entry("2020-01-06T09:30:00+07:00", case_action::note));
        r = check_log_grows(before, inserted);
        REQUIRE(!r);
        CHECK(r.error().where.pointer == "/log/1");
    }
    SECTION("between two versions of a document: dropped cases and rewritten logs")
    {
        auto const old = cipayung();
        REQUIRE(old.cases.size() >= 2);
        auto next = old;
        CHECK(check_history(old, next).empty());
        // Growing logs and new cases are what a new version may do; order may change.
        std::reverse(next.cases.begin(), next.cases.end());
        next.cases.push_back(before);
        next.cases.back().id = case_id::parse("case-new").value();
        auto& grown = next.cases.front();
        grown.log.push_back(grown.log.back());
        grown.log.back().action = case_action::note;
        CHECK(check_history(old, next).empty());

        auto bad = next;
        bad.cases.erase(bad.cases.begin() + 1);
        bad.cases[0].log.erase(bad.cases[0].log.begin());
        auto const problems = check_history(old, bad);
        REQUIRE(problems.error_count() == 2);
        std::vector<std::string> pointers;
        for (auto const& e : problems.problems()) {
            CHECK(e.code == errc::history_rewritten);
            pointers.push_back(e.where.pointer);
        }
        std::sort(pointers.begin(), pointers.end());
        CHECK(pointers == std::vector<std::string>{"/cases", "/cases/0/log/0"});
    }
}

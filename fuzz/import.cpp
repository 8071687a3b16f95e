// The spreadsheet import: terminates, places every problem inside the input, counts every
// row (imported or refused), reads a stream as it reads the text, and what it imports goes
// out to CSV and back unchanged.
#include "fuzz.hpp"

#include <sentra/io/enterprise_csv.hpp>
#include <sentra/io/reference_data.hpp>

#include <sstream>

namespace {

sentra::io::import_context const& context()
{
    static sentra::gazetteer const regions = sentra::io::load_gazetteer().value();
    static sentra::kbli_catalog const kbli = sentra::io::load_kbli().value();
    static sentra::io::import_context const cx = [] {
        sentra::io::import_context c;
        c.regions = &regions;
        c.catalog = &kbli;
        c.area = sentra::any_region_code<sentra::kemendagri>::parse("32.76").value();
        return c;
    }();
    return cx;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size)
{
    auto const text = sentra_fuzz::text_of(data, size);
    sentra::io::import_options options;
    options.file = "fuzz.csv";
    auto const r = sentra::io::import_enterprises(text, options, context());
    auto const& s = r.summary;
    SENTRA_FUZZ_CHECK(s.rows == s.imported + s.refused);
    SENTRA_FUZZ_CHECK(r.rows.size() == s.imported);
    SENTRA_FUZZ_CHECK(s.imported == 0 || s.header_line != 0);
    SENTRA_FUZZ_CHECK(s.refused == 0 || !r.problems.ok());
    std::size_t const lines = static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')) + 1;
    for (auto const& e : r.problems.problems()) {
        SENTRA_FUZZ_CHECK(e.where.line <= lines);
        SENTRA_FUZZ_CHECK(e.where.column <= size + 1);
    }

    std::istringstream in{std::string(text)};
    sentra::report problems;
    std::size_t delivered = 0;
    auto const streamed = sentra::io::import_enterprises(in, options, context(), problems,
                                                         [&](sentra::io::imported_row&&) { ++delivered; });
    SENTRA_FUZZ_CHECK(streamed == s);
    SENTRA_FUZZ_CHECK(delivered == r.rows.size());
    SENTRA_FUZZ_CHECK(problems.problems().size() == r.problems.problems().size());

    // Out to a sheet and back: the same enterprises.
    std::vector<sentra::enterprise> list;
    for (auto const& row : r.rows) list.push_back(row.enterprise);
    std::string const csv = sentra::io::write_enterprises_csv(list, context().regions,
                                                              {.personal_data = true});
    // No cell of it runs as a formula in a spreadsheet.
    {
        sentra::report ignored;
        sentra::io::csv_reader rd(csv, "sheet.csv", ';');
        std::vector<sentra::io::csv_field> fields;
        while (rd.next(fields, ignored) != sentra::io::csv_status::end)
            for (auto const& f : fields) SENTRA_FUZZ_CHECK(!sentra::io::starts_formula(f.text));
    }
    auto const back = sentra::io::import_enterprises(csv, options, context());
    SENTRA_FUZZ_CHECK(back.rows.size() == list.size());
    for (std::size_t i = 0; i < list.size() && i < back.rows.size(); ++i) {
        auto const& a = list[i];
        auto const& b = back.rows[i].enterprise;
        SENTRA_FUZZ_CHECK(a.id == b.id && a.name == b.name && a.village == b.village &&
                          a.kbli == b.kbli && a.nib == b.nib && a.owner == b.owner &&
                          a.address == b.address);
    }
    return 0;
}

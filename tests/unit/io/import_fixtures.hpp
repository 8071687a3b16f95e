// Reference data and helpers the members-list tests share (enterprise_import.cpp,
// enterprise_export.cpp, enterprise_csv.cpp).
#pragma once

#include <sentra/io/enterprise_import.hpp>
#include <sentra/io/file.hpp>
#include <sentra/io/reference_data.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace sentra::test_import {

using namespace sentra;

inline gazetteer const& regions()
{
    static gazetteer const g = io::load_gazetteer().value();
    return g;
}
inline kbli_catalog const& kbli()
{
    static kbli_catalog const k = io::load_kbli().value();
    return k;
}

inline io::import_context depok()
{
    io::import_context cx;
    cx.regions = &regions();
    cx.catalog = &kbli();
    cx.area = any_region_code<kemendagri>::parse("32.76").value();
    return cx;
}

inline std::string fixture(char const* name)
{
    return io::read_file(std::string(SENTRA_TEST_DIR) + "/data/import/" + name).value();
}

inline io::import_result import_text(std::string_view text, io::import_context const& cx = depok(),
                                     io::import_options o = {})
{
    if (o.file.empty()) o.file = "members.csv";
    return io::import_enterprises(text, o, cx);
}

// "LINE:COL FIELD [code]" for each problem: what the tests compare.
inline std::vector<std::string> places(report const& r)
{
    std::vector<std::string> out;
    for (auto const& e : r.problems())
        out.push_back(std::to_string(e.where.line) + ":" + std::to_string(e.where.column) + " " +
                      e.where.field + " [" + std::string(to_string(e.code)) + "]");
    return out;
}

inline std::string const header = "Nama Usaha;NIB;Kelurahan;KBLI;Omzet;No. HP\n";

} // namespace sentra::test_import

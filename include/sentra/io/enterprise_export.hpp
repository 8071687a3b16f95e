// sentra/io/enterprise_export.hpp — a members list written as CSV for a spreadsheet
// (write_enterprises_csv): headers in Indonesian or English, villages by name and code, money
// as whole rupiah, personal data only when asked for, no cell that runs as a formula; what
// import_enterprises reads back.
#pragma once

#include <sentra/detail/config.hpp>
#include <sentra/enterprise.hpp>
#include <sentra/io/csv.hpp>
#include <sentra/io/detail/import_cells.hpp>
#include <sentra/io/enterprise_columns.hpp>
#include <sentra/lang.hpp>
#include <sentra/optional_ref.hpp>
#include <sentra/region/gazetteer.hpp>

#include <string>
#include <vector>

namespace sentra::io {

struct csv_write_options {
    // Headers in this language (Indonesian by default: the officers').
    lang language = lang::id;
    // `;` by default, as Excel in an Indonesian locale reads and writes it.
    char delimiter = ';';
    // A UTF-8 byte order mark first, so that Excel reads the text as UTF-8.
    bool byte_order_mark = true;
    // The owner's name, NIK and phone: personal data, left out unless asked for.
    bool personal_data = false;
};

// A members list as CSV that import_enterprises reads back (the same enterprises, for the
// fields it has columns for): headers in Indonesian, villages by name and by code, the
// kecamatan's name, money as whole rupiah, KBLI codes apart by ", ", CRLF line ends.
// Figures' years go in one Tahun Data column (the first figure's year). No cell runs as a
// formula in a spreadsheet (io::append_csv_cell), and each reads back as it was.
template <class P>
std::string write_enterprises_csv(std::vector<basic_enterprise<P>> const& list,
                                  optional_ref<basic_gazetteer<typename P::scheme_type> const> regions = {},
                                  csv_write_options const& options = {})
{
    using C = enterprise_column;
    std::vector<C> cols = {C::id, C::name, C::nib};
    if (options.personal_data) cols.insert(cols.end(), {C::owner_name, C::nik, C::phone});
    cols.insert(cols.end(), {C::address});
    if (regions) cols.insert(cols.end(), {C::district, C::village});
    cols.insert(cols.end(), {C::village_code, C::kbli, C::category, C::capital, C::net_assets,
                             C::annual_sales, C::investment, C::workers, C::figures_year,
                             C::founded, C::halal, C::pirt, C::sni});
    std::string out;
    if (options.byte_order_mark) out += "\xEF\xBB\xBF";
    char const d = options.delimiter;
    for (std::size_t i = 0; i < cols.size(); ++i) {
        if (i) out += d;
        append_csv_cell(out, to_label(cols[i], options.language), d);
    }
    out += "\r\n";
    std::string v;
    for (auto const& e : list) {
        std::optional<region_view<typename P::scheme_type>> village;
        if (regions && e.village) village = regions->find(*e.village);
        // One Tahun Data for the row: written when every figure has the same year.
        std::int32_t year = 0; // 0: none to write
        bool one_year = true, any_figure = false;
        auto note_year = [&](std::optional<std::int32_t> const& y) {
            std::int32_t const given = y.value_or(0);
            if (given == 0 || (any_figure && given != year)) one_year = false;
            if (!any_figure) year = given;
            any_figure = true;
        };
        for (auto const* f : {&e.capital, &e.net_assets, &e.annual_sales, &e.investment})
            if (*f) note_year((*f)->year);
        if (e.workers) note_year(e.workers->year);
        if (!one_year) year = 0;
        for (std::size_t i = 0; i < cols.size(); ++i) {
            if (i) out += d;
            v.clear();
            auto amount = [&](std::optional<figure<rupiah>> const& f) {
                if (f) v = std::to_string(f->value.value());
            };
            auto certificate = [&](certification_kind k) {
                for (auto const& c : e.certifications)
                    if (c.kind == k) {
                        v = c.number;
                        return;
                    }
            };
            switch (cols[i]) {
            case C::id: v = e.id.to_string(); break;
            case C::name: v = e.name; break;
            // Codes of digits start with an apostrophe, which tells a spreadsheet they are
            // text: else it shows 16 digits as 3,27607E+15 and writes that back.
            case C::nib: if (e.nib) v = "'" + e.nib->to_string(); break;
            case C::owner_name: if (e.owner && e.owner->name) v = *e.owner->name; break;
            case C::nik: if (e.owner && e.owner->nik) v = "'" + e.owner->nik->to_string(); break;
            case C::phone: if (e.owner && e.owner->phone) v = "'" + e.owner->phone->to_string(); break;
            case C::address: if (e.address) v = *e.address; break;
            case C::district:
                if (village && village->parent()) v = village->parent()->name();
                break;
            case C::village: if (village) v = village->name(); break;
            case C::village_code: if (e.village) v = e.village->to_string(); break;
            case C::kbli:
                for (std::size_t k = 0; k < e.kbli.size(); ++k) {
                    if (k) v += ", ";
                    v += e.kbli[k].to_string();
                }
                if (e.kbli.size() == 1 && !v.empty() && v[0] == '0') v = "'" + v; // 01111
                break;
            case C::category: if (e.category) v = e.category->to_string(); break;
            case C::capital: amount(e.capital); break;
            case C::net_assets: amount(e.net_assets); break;
            case C::annual_sales: amount(e.annual_sales); break;
            case C::investment: amount(e.investment); break;
            case C::workers: if (e.workers) v = std::to_string(e.workers->value); break;
            case C::figures_year: if (year != 0) v = std::to_string(year); break;
            case C::founded: if (e.founded) v = e.founded->to_string(); break;
            case C::halal: certificate(certification_kind::halal); break;
            case C::pirt: certificate(certification_kind::pirt); break;
            case C::sni: certificate(certification_kind::sni); break;
            default: break;
            }
            // Import drops one leading apostrophe (a sheet's "this is text"): keep this one.
            if (!v.empty() && v[0] == '\'' && cols[i] != C::nib && cols[i] != C::nik &&
                cols[i] != C::phone && cols[i] != C::kbli)
                v.insert(0, 1, '\'');
            append_csv_cell(out, v, d);
        }
        out += "\r\n";
    }
    return out;
}


} // namespace sentra::io

// Compiled once in the sentra::compiled library (sentra/detail/config.hpp).
#if defined(SENTRA_SEPARATE_COMPILATION)
namespace sentra::io {
SENTRA_EXTERN template std::string
write_enterprises_csv<indonesia>(std::vector<basic_enterprise<indonesia>> const&,
                                 optional_ref<basic_gazetteer<kemendagri> const>,
                                 csv_write_options const&);
} // namespace sentra::io
#endif

// sentra/io/enterprise_csv.hpp — a members list as an agency keeps it, in a spreadsheet:
// CSV in (import_enterprises, every problem at its cell) and out (write_enterprises_csv),
// so that a list can go round through Excel or Google Sheets. docs/import.md has the rules
// and an example.
//
// Reading takes what spreadsheets export: UTF-8 with or without a byte order mark (UTF-16
// and other encodings are refused, naming the line), `,` `;` or tab between fields (found
// from the header row unless given), CRLF, quoted fields with delimiters and line breaks,
// junk rows above the header (a merged title), blank rows and columns. Columns are found by
// their headers: common Indonesian and English ones are recognised ("Nama Usaha", "NIK
// Pemilik", "Kelurahan/Desa", "Omzet per Tahun (Rp)"...), others by an import mapping
// (a JSON file: read_import_mapping). Values are read as people type them (rupiah::
// parse_informal, phone_number, NIK and NIB forms), villages by name within the programme's
// area through the gazetteer, KBLI as codes or as words of a title.
//
// A problem's place is FILE:LINE:COL with the column's header as its field: LINE is the
// CSV line the row starts on (the spreadsheet's row unless a cell above holds a line
// break), COL the column's number (1 is column A). Personal data (owner, NIK, phone) is
// never quoted.
//
// This header gathers the parts: enterprise_columns.hpp (columns and headers),
// import_mapping.hpp, import_types.hpp, enterprise_import.hpp (reading) and
// enterprise_export.hpp (writing).
#pragma once

#include <sentra/io/enterprise_columns.hpp>
#include <sentra/io/enterprise_export.hpp>
#include <sentra/io/enterprise_import.hpp>
#include <sentra/io/import_mapping.hpp>
#include <sentra/io/import_types.hpp>

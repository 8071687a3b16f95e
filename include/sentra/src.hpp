// sentra/src.hpp — the compiled part of sentra: include it in exactly one file of a library
// built with SENTRA_SEPARATE_COMPILATION (the sentra::compiled target's
// cmake/sentra_compiled.cpp), as Boost.JSON's boost/json/src.hpp.
//
// With SENTRA_SEPARATE_COMPILATION every header declares the default profile's heavy
// instantiations `extern template` and leaves the SENTRA_DECL functions' bodies out
// (sentra/detail/config.hpp). Here SENTRA_SOURCE turns those declarations into definitions
// and the bodies are compiled, once. It must be the first sentra header of its file: a header
// read before it would have declared without defining.
#pragma once

#if !defined(SENTRA_SEPARATE_COMPILATION)
#error "sentra/src.hpp is compiled with SENTRA_SEPARATE_COMPILATION (link sentra::compiled instead)"
#endif
#if defined(SENTRA_DETAIL_CONFIG_INCLUDED)
#error "sentra/src.hpp must come before any other sentra header in its file"
#endif

#define SENTRA_SOURCE 1
#include <sentra/sentra.hpp>

// The bodies of the SENTRA_DECL functions, which the headers include only header-only.
#include <sentra/business/impl/money.ipp>
#include <sentra/business/impl/size.ipp>
#include <sentra/cluster/impl/analytics.ipp>
#include <sentra/coordination/impl/calendar.ipp>
#include <sentra/coordination/impl/case.ipp>
#include <sentra/coordination/impl/clocks.ipp>
#include <sentra/coordination/impl/overdue.ipp>
#include <sentra/coordination/impl/routing.ipp>
#include <sentra/impl/enterprise.ipp>
#include <sentra/impl/error.ipp>
#include <sentra/impl/message.ipp>
#include <sentra/impl/time_zone.ipp>
#include <sentra/io/impl/enterprise_columns.ipp>
#include <sentra/io/impl/error_json.ipp>
#include <sentra/io/impl/file.ipp>
#include <sentra/io/impl/html_page.ipp>
#include <sentra/io/impl/html_text.ipp>
#include <sentra/io/impl/import_cells.ipp>
#include <sentra/io/impl/import_driver.ipp>
#include <sentra/io/impl/json.ipp>
#include <sentra/io/impl/json_binder.ipp>
#include <sentra/io/impl/json_simd.ipp>
#include <sentra/io/impl/json_text.ipp>
#include <sentra/io/impl/open311.ipp>
#include <sentra/io/impl/reference_data.ipp>
#include <sentra/io/impl/svg_chart.ipp>
#include <sentra/region/impl/diff.ipp>
#include <sentra/region/impl/name.ipp>
#include <sentra/report/impl/cluster_report.ipp>

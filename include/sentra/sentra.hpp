// sentra/sentra.hpp — everything in sentra, in one include: the core, every domain area,
// and io (JSON, NDJSON, CSV readers, files, schema, Open311, the reference data).
//
// For faster builds include only what you use: the domain headers pull in neither
// Boost.JSON nor any I/O; the io/ headers do. sentra/format.hpp (std::format and {fmt}
// formatters) stays opt-in, since it adapts to whether {fmt} is on the include path.
#pragma once

// core
#include <sentra/date.hpp>
#include <sentra/error.hpp>
#include <sentra/fwd.hpp>
#include <sentra/profile.hpp>
#include <sentra/id.hpp>
#include <sentra/lang.hpp>
#include <sentra/personal_data.hpp>
#include <sentra/time_zone.hpp>
#include <sentra/timestamp.hpp>
#include <sentra/version.hpp>

// the reference data's releases, enterprises, and the document (the aggregate)
#include <sentra/data_version.hpp>
#include <sentra/document.hpp>
#include <sentra/programme_start.hpp>
#include <sentra/redaction.hpp>
#include <sentra/enterprise.hpp>

// region
#include <sentra/region/code.hpp>
#include <sentra/region/fwd.hpp>
#include <sentra/region/depok.hpp>
#include <sentra/region/diff.hpp>
#include <sentra/region/gazetteer.hpp>
#include <sentra/region/kemendagri.hpp>
#include <sentra/region/scheme.hpp>
#include <sentra/region/time_zones.hpp>
#include <sentra/region/zone.hpp>

// business
#include <sentra/business/catalog.hpp>
#include <sentra/business/fwd.hpp>
#include <sentra/business/category.hpp>
#include <sentra/business/crosswalk.hpp>
#include <sentra/business/edition_diff.hpp>
#include <sentra/business/industry_code.hpp>
#include <sentra/business/industry_scheme.hpp>
#include <sentra/business/money.hpp>
#include <sentra/business/size.hpp>

// cluster
#include <sentra/cluster/agency.hpp>
#include <sentra/cluster/aggregate.hpp>
#include <sentra/cluster/analytics.hpp>
#include <sentra/cluster/cluster.hpp>
#include <sentra/cluster/mapping.hpp>
#include <sentra/cluster/registry.hpp>

// coordination
#include <sentra/coordination/case.hpp>
#include <sentra/coordination/deadlines.hpp>
#include <sentra/coordination/lifecycle.hpp>
#include <sentra/coordination/privacy.hpp>
#include <sentra/coordination/routing.hpp>
#include <sentra/report/cluster_report.hpp>

// io
#include <sentra/io/aggregate.hpp>
#include <sentra/io/catalog_csv.hpp>
#include <sentra/io/crosswalk_csv.hpp>
#include <sentra/io/csv.hpp>
#include <sentra/io/document.hpp>
#include <sentra/io/enterprise_csv.hpp>
#include <sentra/io/file.hpp>
#include <sentra/io/gazetteer_csv.hpp>
#include <sentra/io/html_report.hpp>
#include <sentra/io/json.hpp>
#include <sentra/io/json_schema.hpp>
#include <sentra/io/kbli_json.hpp>
#include <sentra/io/ndjson.hpp>
#include <sentra/io/open311.hpp>
#include <sentra/io/reference_data.hpp>

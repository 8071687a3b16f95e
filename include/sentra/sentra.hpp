// sentra/sentra.hpp — everything in sentra, in one include.
//
// For faster builds include only what you use: the domain headers do not pull in
// Boost.JSON; sentra/io/json.hpp does.
#pragma once

#include <sentra/business/catalog.hpp>
#include <sentra/cluster/agency.hpp>
#include <sentra/cluster/analytics.hpp>
#include <sentra/cluster/cluster.hpp>
#include <sentra/cluster/programme.hpp>
#include <sentra/cluster/registry.hpp>
#include <sentra/business/classification.hpp>
#include <sentra/business/money.hpp>
#include <sentra/business/size.hpp>
#include <sentra/business/category.hpp>
#include <sentra/coordination/case.hpp>
#include <sentra/coordination/deadlines.hpp>
#include <sentra/coordination/lifecycle.hpp>
#include <sentra/coordination/open311.hpp>
#include <sentra/coordination/routing.hpp>
#include <sentra/data_version.hpp>
#include <sentra/date.hpp>
#include <sentra/enterprise.hpp>
#include <sentra/id.hpp>
#include <sentra/personal_data.hpp>
#include <sentra/timestamp.hpp>
#include <sentra/error.hpp>
#include <sentra/io/csv.hpp>
#include <sentra/io/file.hpp>
#include <sentra/io/json.hpp>
#include <sentra/io/reference_data.hpp>
#include <sentra/lang.hpp>
#include <sentra/region/code.hpp>
#include <sentra/region/depok.hpp>
#include <sentra/region/diff.hpp>
#include <sentra/region/gazetteer.hpp>
#include <sentra/region/kemendagri.hpp>
#include <sentra/region/scheme.hpp>
#include <sentra/region/zone.hpp>
#include <sentra/version.hpp>

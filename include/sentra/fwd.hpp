// sentra/fwd.hpp — declarations of sentra's core types, its ids and the programme types
// over a profile, for headers that only name them and need not pay for their definitions.
// A core header: the areas declare their own types in sentra/region/fwd.hpp and
// sentra/business/fwd.hpp.
#pragma once

#include <sentra/detail/id_tags.hpp>
#include <sentra/profile.hpp>

namespace sentra {

// core
struct location;
struct error;
class report;
class date;
class timestamp;

// enterprises, clusters, coordination, the document: templates over a profile
// (sentra/profile.hpp), the plain names Indonesia's
template <class P>
struct basic_enterprise;
template <class P>
struct basic_agency;
template <class P>
struct basic_cluster;
template <class P>
class basic_registry;
template <class P>
struct basic_document;
template <class P>
struct basic_validation_context;
using enterprise = basic_enterprise<indonesia>;
using agency = basic_agency<indonesia>;
using cluster = basic_cluster<indonesia>;
using registry = basic_registry<indonesia>;
using document = basic_document<indonesia>;
using validation_context = basic_validation_context<indonesia>;

} // namespace sentra

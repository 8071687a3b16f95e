// sentra/fwd.hpp — declarations of sentra's main types, for headers that only name them
// (a function taking `gazetteer const&`) and need not pay for their definitions. It brings
// in the two scheme headers, which are light: a template's declaration needs its concept.
#pragma once

#include <sentra/business/industry_scheme.hpp>
#include <sentra/profile.hpp>
#include <sentra/region/scheme.hpp>

#include <cstddef>

namespace sentra {

// core
struct location;
struct error;
class report;
template <class Tag>
class basic_id;
class date;
class timestamp;

// regions
template <region_scheme S>
class any_region_code;
template <region_scheme S>
class region_view;
template <region_scheme S>
class basic_gazetteer;
template <region_scheme S>
class gazetteer_builder;
struct gazetteer_options;
using gazetteer = basic_gazetteer<kemendagri>;
using region = region_view<kemendagri>;

// business
template <classification_scheme C>
class any_industry_code;
template <classification_scheme C>
class catalog_entry;
template <classification_scheme C>
class basic_catalog;
template <classification_scheme C>
class catalog_builder;
struct catalog_options;
using kbli_catalog = basic_catalog<kbli2020>;
using isic_catalog = basic_catalog<isic4>;
class rupiah;
template <class P>
struct basic_programme_category;
using programme_category = basic_programme_category<indonesia>;

// The ids by which the objects of a programme refer to each other (sentra/id.hpp defines
// basic_id): declared here, once, so that a header that only refers (a case names its
// cluster) need not include the referred type's header.
struct category_tag;
struct agency_tag;
struct enterprise_tag;
struct cluster_tag;
struct case_tag;
using category_id = basic_id<category_tag>;
using agency_id = basic_id<agency_tag>;
using enterprise_id = basic_id<enterprise_tag>;
using cluster_id = basic_id<cluster_tag>;
using case_id = basic_id<case_tag>;

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

namespace io::detail {
// The CSV readers (sentra/io/gazetteer_csv.hpp, sentra/io/catalog_csv.hpp) fill a builder
// straight from the text; the builders name them as friends.
template <region_scheme S>
struct gazetteer_csv;
template <classification_scheme C>
struct catalog_csv;
} // namespace io::detail

} // namespace sentra

// sentra/business/fwd.hpp — declarations of the business area's types, for headers that
// only name them. It brings the classification concept, which a template's declaration
// needs, and nothing heavier.
#pragma once

#include <sentra/business/industry_scheme.hpp>
#include <sentra/profile.hpp>

namespace sentra {

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
using kbli2025_catalog = basic_catalog<kbli2025>;
using isic_catalog = basic_catalog<isic4>;
class rupiah;
template <class P>
struct basic_programme_category;
using programme_category = basic_programme_category<indonesia>;

namespace io::detail {
// The CSV reader (sentra/io/catalog_csv.hpp) fills a builder straight from the text; the
// builder names it as a friend.
template <classification_scheme C>
struct catalog_csv;
} // namespace io::detail

} // namespace sentra

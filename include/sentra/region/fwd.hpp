// sentra/region/fwd.hpp — declarations of the region area's types, for headers that only
// name them (a function taking `gazetteer const&`). It brings the scheme concepts, which a
// template's declaration needs, and nothing heavier.
#pragma once

#include <sentra/region/scheme.hpp>

namespace sentra {

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

namespace io::detail {
// The CSV reader (sentra/io/gazetteer_csv.hpp) fills a builder straight from the text; the
// builder names it as a friend.
template <region_scheme S>
struct gazetteer_csv;
} // namespace io::detail

} // namespace sentra

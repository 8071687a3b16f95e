// sentra/region/detail/gazetteer_impl.hpp — definitions behind sentra/region/gazetteer.hpp,
// one file per concept: the views, the search by name, the builder.
#pragma once

#include <sentra/region/detail/gazetteer_builder_impl.hpp>
#include <sentra/region/detail/gazetteer_search.hpp>
#include <sentra/region/detail/region_view_impl.hpp>

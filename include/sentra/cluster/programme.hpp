// sentra/cluster/programme.hpp — a programme's data in one value (categories, agencies,
// enterprises, clusters), as read from and written to JSON, and the registry built from it.
//
// This is the cluster JSON of the clusters issue; the versioned document of the documents
// issue will hold it together with routing rules and cases.
#pragma once

#include <sentra/business/category.hpp>
#include <sentra/cluster/agency.hpp>
#include <sentra/cluster/cluster.hpp>
#include <sentra/cluster/registry.hpp>
#include <sentra/enterprise.hpp>
#include <sentra/error.hpp>

#include <boost/describe/class.hpp>

#include <string>
#include <vector>

namespace sentra {

struct programme {
    std::vector<programme_category> categories = {};
    std::vector<agency> agencies = {};
    std::vector<enterprise> enterprises = {};
    std::vector<cluster> clusters = {};
    friend bool operator==(programme const&, programme const&) = default;
};
BOOST_DESCRIBE_STRUCT(programme, (), (categories, agencies, enterprises, clusters))

// The registry of a programme. Duplicate or empty ids are reported with their JSON
// Pointers; the registry is returned only when there are none.
inline result<registry, report> make_registry(programme const& p, gazetteer const* regions,
                                              kbli_catalog const* catalog = nullptr)
{
    registry reg(regions, catalog);
    report out;
    auto put = [&](auto const& items, char const* key) {
        for (std::size_t i = 0; i < items.size(); ++i)
            if (auto r = reg.add(items[i]); !r) {
                error e = r.error();
                e.where.pointer = detail::cat("/", key, "/", std::to_string(i), "/id");
                out.add(std::move(e));
            }
    };
    put(p.categories, "categories");
    put(p.agencies, "agencies");
    put(p.enterprises, "enterprises");
    put(p.clusters, "clusters");
    if (!out.ok()) return out;
    return reg;
}

} // namespace sentra

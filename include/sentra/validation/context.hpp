// sentra/validation/context.hpp — what a check may consult (sentra/validation.hpp): the
// gazetteer, the industry catalog, the programme's registry of ids, and "today". Every
// member is optional; what is absent is not checked.
#pragma once

#include <sentra/business/catalog.hpp>
#include <sentra/cluster/registry.hpp>
#include <sentra/date.hpp>
#include <sentra/optional_ref.hpp>
#include <sentra/profile.hpp>
#include <sentra/region/gazetteer.hpp>

#include <optional>
#include <type_traits>

namespace sentra {

// What a check may consult, for a programme of profile P. Every member is optional, and
// refers to an object that must outlive the context (`{regions, catalog}`; a temporary is
// refused at compile time, sentra/optional_ref.hpp).
template <class P>
struct basic_validation_context {
    // region codes exist (and in which edition)
    optional_ref<basic_gazetteer<typename P::scheme_type> const> regions = {};
    // industry codes exist
    optional_ref<basic_catalog<typename P::classification_type> const> catalog = {};
    // ids referred to resolve
    optional_ref<basic_registry<P> const> registry = {};
    // "today", injected: founding dates may not be later
    std::optional<date> today = {};
};

using validation_context = basic_validation_context<indonesia>;

namespace detail {
// Lists that are empty were not given (a document without categories has no category
// to check an enterprise's against), as before the context was one type.
template <class P>
bool knows_categories(basic_validation_context<P> const& cx) noexcept
{
    return cx.registry && !cx.registry->categories().empty();
}
template <class P>
bool knows_agencies(basic_validation_context<P> const& cx) noexcept
{
    return cx.registry && !cx.registry->agencies().empty();
}
template <class P>
constexpr bool is_indonesian = std::is_same_v<typename P::scheme_type, kemendagri>;
} // namespace detail

} // namespace sentra

// sentra/profile.hpp — the choices a programme's types are made of: its region scheme, its
// industry classification and the topics of its cases. The programme types (enterprise,
// agency, category, cluster, registry, document, routing, validation) are templates over a
// profile, so a programme elsewhere (the Philippines' PSGC and PSIC, say) uses all of sentra
// with its own lists; `indonesia` (Kemendagri, KBLI 2020, the default topics) is the profile
// of the plain names (`enterprise` is `basic_enterprise<indonesia>`).
#pragma once

#include <sentra/business/industry_scheme.hpp>
#include <sentra/coordination/topic.hpp>
#include <sentra/region/scheme.hpp>

#include <concepts>
#include <type_traits>

namespace sentra {

template <region_scheme S, classification_scheme C, class Topic>
    requires std::is_enum_v<Topic>
struct profile {
    using scheme_type = S;          // region codes
    using classification_type = C;  // industry codes
    using topic_type = Topic;       // what cases are about
};

// A profile: a type naming a region scheme, a classification and a topic enum.
template <class P>
concept programme_profile = requires {
    typename P::scheme_type;
    typename P::classification_type;
    typename P::topic_type;
} && region_scheme<typename P::scheme_type> && classification_scheme<typename P::classification_type> &&
    std::is_enum_v<typename P::topic_type>;

using indonesia = profile<kemendagri, kbli2020, case_topic>;

} // namespace sentra

// sentra/profile.hpp — the choices a programme's types are made of: its region scheme, its
// industry classification and the topics of its cases. The programme types (enterprise,
// agency, category, cluster, registry, document, routing, validation) are templates over a
// profile, so a programme elsewhere (the Philippines' PSGC and PSIC, say) uses all of sentra
// with its own lists; `indonesia` (Kemendagri, KBLI 2020, the default topics) is the profile
// of the plain names (`enterprise` is `basic_enterprise<indonesia>`).
//
// A core header: it names Indonesia's scheme, classification and topics without defining
// them (their areas do), so that naming a profile pulls in no area. The concept
// `programme_profile`, which checks a profile's parts, is in sentra/enterprise.hpp, the
// first header that has both the region and the business areas.
#pragma once

#include <type_traits>

namespace sentra {

// Indonesia's parts, defined in sentra/region/scheme.hpp, sentra/business/industry_scheme.hpp
// and sentra/coordination/topic.hpp.
struct kemendagri;
struct kbli2020;
struct kbli2025;
enum class case_topic : unsigned char;

template <class S, class C, class Topic>
    requires std::is_enum_v<Topic>
struct profile {
    using scheme_type = S;          // region codes
    using classification_type = C;  // industry codes
    using topic_type = Topic;       // what cases are about
};

using indonesia = profile<kemendagri, kbli2020, case_topic>;

// Indonesia with KBLI 2025 codes: the documents, enterprises, aggregates of a programme
// whose records are classified with the current edition (basic_document<indonesia_kbli2025>).
// A document names its edition ("classification"); sentra::io::check_document reads each
// with its own. `indonesia` keeps KBLI 2020, which the records programmes hold are in.
using indonesia_kbli2025 = profile<kemendagri, kbli2025, case_topic>;

} // namespace sentra

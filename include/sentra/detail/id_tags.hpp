// sentra/detail/id_tags.hpp — the kinds of id (sentra/id.hpp defines basic_id): declared
// once, here, so that a header that only refers (a case names its cluster) need not
// include the referred type's header. sentra/id.hpp and sentra/fwd.hpp bring them.
#pragma once

namespace sentra {

template <class Tag>
class basic_id;

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

} // namespace sentra

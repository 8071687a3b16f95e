// sentra/business/impl/size.ipp — the definitions of sentra/business/size.hpp's functions: the
// size classes decided. Included by the header when sentra is header-only, compiled once in
// the library otherwise (sentra/src.hpp).
#pragma once

#include <sentra/business/size.hpp>

namespace sentra {

namespace detail {

SENTRA_DECL size_decision decided_by(criterion_class const& c, bilingual basis,
                                std::vector<criterion_class> all)
{
    size_decision d;
    d.size = c.size;
    d.criterion = c.criterion;
    d.rule = c.rule;
    d.basis = basis;
    for (auto const& x : all) d.conflict = d.conflict || x.size != all.front().size;
    d.by_criterion = std::move(all);
    return d;
}

} // namespace detail

} // namespace sentra

namespace sentra {

SENTRA_DECL result<size_criteria_id> parse_size_criteria(std::string_view name)
{
    for (std::size_t i = 0; i < size_criteria_names.size(); ++i)
        if (size_criteria_names[i] == name) return static_cast<size_criteria_id>(i);
    return make_error(errc::invalid_argument, "size.unknown_criteria",
                      {{"input", quote_input(name)},
                       {"known", detail::cat(size_criteria_names[0], ", ", size_criteria_names[1],
                                             ", ", size_criteria_names[2])}});
}

SENTRA_DECL result<size_decision> classify(size_criteria_id criteria, size_inputs const& in,
                                      size_purpose purpose)
{
    switch (criteria) {
    case size_criteria_id::uu20_2008: return classify<uu20_2008>(in, purpose);
    case size_criteria_id::permenperin64_2016: return classify<permenperin64_2016>(in, purpose);
    default: return classify<pp7_2021>(in, purpose);
    }
}

SENTRA_DECL result<size_decision> classify(std::string_view criteria, size_inputs const& in,
                                      size_purpose purpose)
{
    auto const id = parse_size_criteria(criteria);
    if (!id) return id.error();
    return classify(*id, in, purpose);
}

} // namespace sentra

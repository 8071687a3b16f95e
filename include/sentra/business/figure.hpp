// sentra/business/figure.hpp — a reported figure and the year it refers to: an
// enterprise's capital, sales or workers are someone's statement about a year (sales of
// 2019), and a size class is only as current as that year.
//
// In JSON a figure without a year is its bare value ("Rp150.000.000", 12), as before years
// were kept; with one it is {"value": ..., "year": 2019}. Either form is read.
#pragma once

#include <boost/describe/class.hpp>

#include <cstdint>
#include <optional>
#include <utility>

namespace sentra {

template <class T>
struct figure {
    // Read from a bare value as well as from the object form (sentra/io/json.hpp).
    static constexpr bool reads_bare_value = true;

    T value{};
    std::optional<std::int32_t> year = {}; // the (financial) year it refers to

    constexpr figure() = default;
    // A figure whose year is not stated: `e.capital = 150'000'000_rp;`.
    constexpr figure(T v) : value(std::move(v)) {} // NOLINT(google-explicit-constructor)
    constexpr figure(T v, std::int32_t for_year) : value(std::move(v)), year(for_year) {}

    friend constexpr bool operator==(figure const&, figure const&) = default;
    BOOST_DESCRIBE_CLASS(figure, (), (value, year), (), ())
};

} // namespace sentra

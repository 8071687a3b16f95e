// sentra/business/size.hpp — enterprise size classes (mikro, kecil, menengah, besar) by
// the criteria of a regulation, chosen as a policy parameter; the result says which rule
// decided it.
//
//   pp7_2021            PP 7/2021 Art. 35: business capital excluding land and buildings
//                       (at registration), or annual sales (businesses that existed before)
//   uu20_2008           UU 20/2008 Art. 6 (original): net assets excluding land and
//                       buildings, or annual sales
//   permenperin64_2016  Permenperin 64/M-IND/PER/7/2016: industry size by workers and
//                       investment value (industri kecil, menengah, besar)
//
// "Paling banyak" (at most) is <=, "lebih dari" (more than) is >; the boundaries are exact.
#pragma once

#include <sentra/business/money.hpp>
#include <sentra/error.hpp>
#include <sentra/lang.hpp>

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>

#include <cstdint>
#include <optional>
#include <array>
#include <string_view>

namespace sentra {

enum class size_class : unsigned char { mikro, kecil, menengah, besar };
BOOST_DESCRIBE_ENUM(size_class, mikro, kecil, menengah, besar)

constexpr std::string_view to_label(size_class c, lang language = lang::en) noexcept
{
    constexpr bilingual labels[] = {
        {"micro", "mikro"}, {"small", "kecil"}, {"medium", "menengah"}, {"large", "besar"}};
    return detail::label_at(labels, c, language);
}

// What is known of an enterprise's size; each criteria uses what it needs.
struct size_inputs {
    std::optional<rupiah> capital = {};      // modal usaha, excluding land and buildings
    std::optional<rupiah> net_assets = {};   // kekayaan bersih, excluding land and buildings
    std::optional<rupiah> annual_sales = {}; // hasil penjualan tahunan
    std::optional<std::uint32_t> workers = {};
    std::optional<rupiah> investment = {}; // nilai investasi, excluding land and buildings
};
BOOST_DESCRIBE_STRUCT(size_inputs, (), (capital, net_assets, annual_sales, workers, investment))

// Which input decided the class.
enum class size_criterion : unsigned char {
    capital,
    net_assets,
    annual_sales,
    workers_and_investment
};
BOOST_DESCRIBE_ENUM(size_criterion, capital, net_assets, annual_sales, workers_and_investment)

constexpr std::string_view to_label(size_criterion c, lang language = lang::en) noexcept
{
    constexpr bilingual labels[] = {{"business capital", "modal usaha"},
                                    {"net assets", "kekayaan bersih"},
                                    {"annual sales", "hasil penjualan tahunan"},
                                    {"workers and investment", "tenaga kerja dan nilai investasi"}};
    return detail::label_at(labels, c, language);
}

struct size_decision {
    size_class size;
    size_criterion criterion;
    std::string_view
        rule; // "PP 7/2021 Art. 35: capital more than Rp1.000.000.000 up to Rp5.000.000.000"
};

namespace detail {

struct size_band {
    size_class size;
    std::int64_t upper; // inclusive upper bound ("paling banyak"); the last band has none
    std::string_view rule;
};

inline error negative_input(std::string_view field)
{
    error e = make_error(errc::out_of_range, "an amount cannot be negative");
    e.where.field = std::string(field);
    return e;
}

// The band `amount` falls in (bounds inclusive), or `above` past the last; a negative
// amount is an error naming `field`.
template <std::size_t N>
result<size_decision> by_bands(rupiah amount, std::string_view field, size_criterion criterion,
                               size_band const (&bands)[N], std::string_view above_rule,
                               size_class above)
{
    if (amount.value() < 0) return negative_input(field);
    for (auto const& b : bands)
        if (amount.value() <= b.upper) return size_decision{b.size, criterion, b.rule};
    return size_decision{above, criterion, above_rule};
}

} // namespace detail

// PP 7/2021 Art. 35: capital decides at registration; annual sales for businesses that
// existed before the regulation (used here when no capital is given).
struct pp7_2021 {
    static constexpr std::string_view name = "pp7-2021";
    static result<size_decision> classify(size_inputs const& in)
    {
        if (in.capital) {
            constexpr detail::size_band bands[] = {
                {size_class::mikro, 1'000'000'000,
                 "PP 7/2021 Art. 35: capital at most Rp1.000.000.000"},
                {size_class::kecil, 5'000'000'000,
                 "PP 7/2021 Art. 35: capital more than Rp1.000.000.000 up to "
                 "Rp5.000.000.000"},
                {size_class::menengah, 10'000'000'000,
                 "PP 7/2021 Art. 35: capital more than Rp5.000.000.000 up to "
                 "Rp10.000.000.000"}};
            return detail::by_bands(*in.capital, "capital", size_criterion::capital, bands,
                                    "PP 7/2021 Art. 35: capital more than Rp10.000.000.000",
                                    size_class::besar);
        }
        if (in.annual_sales) {
            constexpr detail::size_band bands[] = {
                {size_class::mikro, 2'000'000'000,
                 "PP 7/2021 Art. 35: annual sales at most Rp2.000.000.000"},
                {size_class::kecil, 15'000'000'000,
                 "PP 7/2021 Art. 35: annual sales more than Rp2.000.000.000 up to "
                 "Rp15.000.000.000"},
                {size_class::menengah, 50'000'000'000,
                 "PP 7/2021 Art. 35: annual sales more than Rp15.000.000.000 up to "
                 "Rp50.000.000.000"}};
            return detail::by_bands(*in.annual_sales, "annual_sales", size_criterion::annual_sales,
                                    bands,
                                    "PP 7/2021 Art. 35: annual sales more than "
                                    "Rp50.000.000.000",
                                    size_class::besar);
        }
        error e = make_error(errc::missing_key, "PP 7/2021 needs the capital or the annual sales");
        e.where.field = "capital";
        return e;
    }
};

// UU 20/2008 Art. 6 as enacted: net assets, or annual sales when no net assets are given.
struct uu20_2008 {
    static constexpr std::string_view name = "uu20-2008";
    static result<size_decision> classify(size_inputs const& in)
    {
        if (in.net_assets) {
            constexpr detail::size_band bands[] = {
                {size_class::mikro, 50'000'000,
                 "UU 20/2008 Art. 6: net assets at most Rp50.000.000"},
                {size_class::kecil, 500'000'000,
                 "UU 20/2008 Art. 6: net assets more than Rp50.000.000 up to "
                 "Rp500.000.000"},
                {size_class::menengah, 10'000'000'000,
                 "UU 20/2008 Art. 6: net assets more than Rp500.000.000 up to "
                 "Rp10.000.000.000"}};
            return detail::by_bands(*in.net_assets, "net_assets", size_criterion::net_assets, bands,
                                    "UU 20/2008 Art. 6: net assets more than Rp10.000.000.000",
                                    size_class::besar);
        }
        if (in.annual_sales) {
            constexpr detail::size_band bands[] = {
                {size_class::mikro, 300'000'000,
                 "UU 20/2008 Art. 6: annual sales at most Rp300.000.000"},
                {size_class::kecil, 2'500'000'000,
                 "UU 20/2008 Art. 6: annual sales more than Rp300.000.000 up to "
                 "Rp2.500.000.000"},
                {size_class::menengah, 50'000'000'000,
                 "UU 20/2008 Art. 6: annual sales more than Rp2.500.000.000 up to "
                 "Rp50.000.000.000"}};
            return detail::by_bands(
                *in.annual_sales, "annual_sales", size_criterion::annual_sales, bands,
                "UU 20/2008 Art. 6: annual sales more than Rp50.000.000.000", size_class::besar);
        }
        error e =
            make_error(errc::missing_key, "UU 20/2008 needs the net assets or the annual sales");
        e.where.field = "net_assets";
        return e;
    }
};

// Permenperin 64/M-IND/PER/7/2016, for IKM programmes: industri kecil (at most 19
// workers and investment under Rp1.000.000.000), menengah (at most 19 workers and at
// least Rp1.000.000.000, or at least 20 workers and at most Rp15.000.000.000), besar (at
// least 20 workers and more than Rp15.000.000.000). It has no mikro class.
struct permenperin64_2016 {
    static constexpr std::string_view name = "permenperin64-2016";
    static result<size_decision> classify(size_inputs const& in)
    {
        if (!in.workers || !in.investment) {
            error e = make_error(errc::missing_key,
                                 "Permenperin 64/2016 needs both the workers and the investment");
            e.where.field = !in.workers ? "workers" : "investment";
            return e;
        }
        if (in.investment->value() < 0) return detail::negative_input("investment");
        std::uint32_t const w = *in.workers;
        std::int64_t const v = in.investment->value();
        constexpr auto c = size_criterion::workers_and_investment;
        if (w <= 19) {
            if (v < 1'000'000'000)
                return size_decision{size_class::kecil, c,
                                     "Permenperin 64/2016: at most 19 workers and "
                                     "investment under Rp1.000.000.000"};
            return size_decision{size_class::menengah, c,
                                 "Permenperin 64/2016: at most 19 workers and "
                                 "investment of at least Rp1.000.000.000"};
        }
        if (v <= 15'000'000'000)
            return size_decision{size_class::menengah, c,
                                 "Permenperin 64/2016: at least 20 workers and "
                                 "investment of at most Rp15.000.000.000"};
        return size_decision{size_class::besar, c,
                             "Permenperin 64/2016: at least 20 workers and investment "
                             "of more than Rp15.000.000.000"};
    }
};

template <class Criteria>
concept size_criteria = requires(size_inputs const& in)
{
    {
        Criteria::name
        } -> std::convertible_to<std::string_view>;
    {
        Criteria::classify(in)
        } -> std::same_as<result<size_decision>>;
};

// The size class of `in` by `Criteria`: classify<pp7_2021>(in).
template <size_criteria Criteria>
result<size_decision> classify(size_inputs const& in)
{
    return Criteria::classify(in);
}

// The names of the criteria sentra knows, for a choice made at run time.
inline constexpr std::array<std::string_view, 3> size_criteria_names{
    pp7_2021::name, uu20_2008::name, permenperin64_2016::name};

// The size class of `in` by the criteria named `criteria` ("pp7-2021"); invalid_argument
// for a name sentra does not know.
inline result<size_decision> classify(std::string_view criteria, size_inputs const& in)
{
    if (criteria == pp7_2021::name) return classify<pp7_2021>(in);
    if (criteria == uu20_2008::name) return classify<uu20_2008>(in);
    if (criteria == permenperin64_2016::name) return classify<permenperin64_2016>(in);
    return make_error(errc::invalid_argument,
                      detail::cat(quote_input(criteria), " is not a size criteria sentra knows (",
                                  size_criteria_names[0], ", ", size_criteria_names[1], ", ",
                                  size_criteria_names[2], ")"));
}

} // namespace sentra

// sentra/business/size.hpp — enterprise size classes (mikro, kecil, menengah, besar) by
// the criteria of a regulation, chosen as a policy parameter, for a purpose (registration
// or empowerment); the result says which criterion decided it and why, the class under
// every criterion given, and whether they disagree (docs/business.md).
//
//   pp7_2021            PP 7/2021 Art. 35: business capital excluding land and buildings
//                       (registration), annual sales (empowerment; businesses that
//                       operated before it came into force)
//   uu20_2008           UU 20/2008 Art. 6 (original): net assets excluding land and
//                       buildings, or annual sales
//   permenperin64_2016  Permenperin 64/M-IND/PER/7/2016: industry size by workers and
//                       investment value (industri kecil, menengah, besar)
//
// "Paling banyak" (at most) is <=, "lebih dari" (more than) is >; the boundaries are exact.
#pragma once

#include <sentra/detail/config.hpp>
#include <sentra/business/money.hpp>
#include <sentra/date.hpp>
#include <sentra/error.hpp>
#include <sentra/lang.hpp>

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>

#include <cstdint>
#include <optional>
#include <array>
#include <string_view>
#include <vector>

namespace sentra {

enum class size_class : unsigned char { mikro, kecil, menengah, besar };
BOOST_DESCRIBE_ENUM(size_class, mikro, kecil, menengah, besar)

constexpr std::string_view to_label(size_class c, lang language = lang::en) noexcept
{
    constexpr bilingual labels[] = {
        {"micro", "mikro"}, {"small", "kecil"}, {"medium", "menengah"}, {"large", "besar"}};
    return detail::label_at(labels, c, language);
}

// Why a class is asked for. PP 7/2021 Art. 35 classifies a business by its capital for
// establishment and registration (ayat 2-3), and uses the annual-sales criterion for
// facilitation, protection and empowerment (ayat 4-6) — what a cluster programme does.
enum class size_purpose : unsigned char { registration, empowerment };
BOOST_DESCRIBE_ENUM(size_purpose, registration, empowerment)

constexpr std::string_view to_label(size_purpose p, lang language = lang::en) noexcept
{
    constexpr bilingual labels[] = {{"establishment and registration", "pendirian dan pendaftaran"},
                                    {"facilitation, protection and empowerment",
                                     "kemudahan, pelindungan dan pemberdayaan"}};
    return detail::label_at(labels, p, language);
}

// The day PP 7/2021 came into force (promulgated 2 February 2021): a business operating
// before it is empowered under the annual-sales criterion (Art. 35(6)).
inline constexpr date pp7_2021_in_force{2021, 2, 2};

// What is known of an enterprise's size; each criteria uses what it needs.
struct size_inputs {
    std::optional<rupiah> capital = {};      // modal usaha, excluding land and buildings
    std::optional<rupiah> net_assets = {};   // kekayaan bersih, excluding land and buildings
    std::optional<rupiah> annual_sales = {}; // hasil penjualan tahunan
    std::optional<std::uint32_t> workers = {};
    std::optional<rupiah> investment = {}; // nilai investasi, excluding land and buildings
    std::optional<date> operating_since = {}; // when the business started operating
};
BOOST_DESCRIBE_STRUCT(size_inputs, (),
                      (capital, net_assets, annual_sales, workers, investment, operating_since))

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

// The class under one criterion, and the band's rule in both languages
// ("PP 7/2021 Art. 35: capital more than Rp1.000.000.000 up to Rp5.000.000.000";
// "PP 7/2021 Pasal 35: modal usaha lebih dari Rp1.000.000.000 sampai dengan ...").
struct criterion_class {
    size_criterion criterion = size_criterion::capital;
    size_class size = size_class::mikro;
    bilingual rule;
    friend bool operator==(criterion_class const&, criterion_class const&) = default;
};
BOOST_DESCRIBE_STRUCT(criterion_class, (), (criterion, size, rule))

// A classification: the class, the criterion that decided it with its band, why that
// criterion decides for this purpose (`basis`, citing the article), the class under every
// criterion the inputs allowed, and whether those disagree. `criteria` and `purpose` say
// what was asked (sentra::classify fills them in; a Criteria's own classify leaves them).
// In JSON as described here, the wording in both languages.
struct size_decision {
    std::string_view criteria = {}; // the regulation's name: "pp7-2021"
    size_purpose purpose = size_purpose::registration;
    size_class size = size_class::mikro;
    size_criterion criterion = size_criterion::capital;
    bilingual rule;
    bilingual basis;
    std::vector<criterion_class> by_criterion = {};
    bool conflict = false;
};
BOOST_DESCRIBE_STRUCT(size_decision, (),
                      (criteria, purpose, size, criterion, rule, basis, by_criterion, conflict))

namespace detail {

struct size_band {
    size_class size;
    std::int64_t upper; // inclusive upper bound ("paling banyak"); the last band has none
    bilingual rule;
};

inline error negative_input(std::string_view field)
{
    error e = make_error(errc::out_of_range, "size.negative");
    e.where.field = std::string(field);
    return e;
}

inline error missing_input(std::string_view field, message_id why)
{
    error e = make_error(errc::missing_key, why);
    e.where.field = std::string(field);
    return e;
}

// The band `amount` falls in (bounds inclusive), or `above` past the last; a negative
// amount is an error naming `field`.
template <std::size_t N>
result<criterion_class> by_bands(rupiah amount, std::string_view field, size_criterion criterion,
                                 size_band const (&bands)[N], bilingual above_rule,
                                 size_class above)
{
    if (amount.value() < 0) return negative_input(field);
    for (auto const& b : bands)
        if (amount.value() <= b.upper) return criterion_class{criterion, b.size, b.rule};
    return criterion_class{criterion, above, above_rule};
}

SENTRA_DECL size_decision decided_by(criterion_class const& c, bilingual basis,
                                std::vector<criterion_class> all);

} // namespace detail

// PP 7/2021 Art. 35. Registration: business capital decides (ayat 2-3). Empowerment: a
// business operating before 2 February 2021 is classified by annual sales (ayat 6);
// otherwise annual sales decides when given (ayat 4-5: the criterion used for
// facilitation, protection and empowerment besides capital), capital when it is not.
// Both are computed when given, and a disagreement is flagged.
struct pp7_2021 {
    static constexpr std::string_view name = "pp7-2021";
    static constexpr std::string_view title = "PP 7/2021";

    static result<criterion_class> by_capital(rupiah capital)
    {
        constexpr detail::size_band bands[] = {
            {size_class::mikro, 1'000'000'000, {"PP 7/2021 Art. 35: capital at most "
                                                "Rp1.000.000.000",
             "PP 7/2021 Pasal 35: modal usaha paling banyak Rp1.000.000.000"}},
            {size_class::kecil, 5'000'000'000,
             {"PP 7/2021 Art. 35: capital more than Rp1.000.000.000 up to Rp5.000.000.000",
             "PP 7/2021 Pasal 35: modal usaha lebih dari Rp1.000.000.000 sampai dengan paling "
             "banyak Rp5.000.000.000"}},
            {size_class::menengah, 10'000'000'000,
             {"PP 7/2021 Art. 35: capital more than Rp5.000.000.000 up to Rp10.000.000.000",
             "PP 7/2021 Pasal 35: modal usaha lebih dari Rp5.000.000.000 sampai dengan paling "
             "banyak Rp10.000.000.000"}}};
        return detail::by_bands(capital, "capital", size_criterion::capital, bands,
                                {"PP 7/2021 Art. 35: capital more than Rp10.000.000.000",
             "PP 7/2021 Pasal 35: modal usaha lebih dari Rp10.000.000.000"},
                                size_class::besar);
    }
    static result<criterion_class> by_sales(rupiah sales)
    {
        constexpr detail::size_band bands[] = {
            {size_class::mikro, 2'000'000'000,
             {"PP 7/2021 Art. 35: annual sales at most Rp2.000.000.000",
             "PP 7/2021 Pasal 35: hasil penjualan tahunan paling banyak Rp2.000.000.000"}},
            {size_class::kecil, 15'000'000'000,
             {"PP 7/2021 Art. 35: annual sales more than Rp2.000.000.000 up to Rp15.000.000.000",
             "PP 7/2021 Pasal 35: hasil penjualan tahunan lebih dari Rp2.000.000.000 sampai "
             "dengan paling banyak Rp15.000.000.000"}},
            {size_class::menengah, 50'000'000'000,
             {"PP 7/2021 Art. 35: annual sales more than Rp15.000.000.000 up to Rp50.000.000.000",
             "PP 7/2021 Pasal 35: hasil penjualan tahunan lebih dari Rp15.000.000.000 sampai "
             "dengan paling banyak Rp50.000.000.000"}}};
        return detail::by_bands(sales, "annual_sales", size_criterion::annual_sales, bands,
                                {"PP 7/2021 Art. 35: annual sales more than Rp50.000.000.000",
             "PP 7/2021 Pasal 35: hasil penjualan tahunan lebih dari Rp50.000.000.000"},
                                size_class::besar);
    }

    static result<size_decision> classify(size_inputs const& in, size_purpose purpose)
    {
        std::optional<criterion_class> capital, sales;
        if (in.capital) {
            auto c = by_capital(*in.capital);
            if (!c) return c.error();
            capital = *c;
        }
        if (in.annual_sales) {
            auto c = by_sales(*in.annual_sales);
            if (!c) return c.error();
            sales = *c;
        }
        std::vector<criterion_class> all;
        if (capital) all.push_back(*capital);
        if (sales) all.push_back(*sales);
        if (purpose == size_purpose::registration) {
            if (!capital)
                return detail::missing_input(
                    "capital", "size.pp7_capital");
            return detail::decided_by(*capital,
                                      {"PP 7/2021 Art. 35(2)-(3): establishment and "
                                       "registration are classified by business capital",
             "PP 7/2021 Pasal 35 ayat (2)-(3): pendirian dan pendaftaran digolongkan menurut "
             "modal usaha"},
                                      std::move(all));
        }
        bool const operated_before =
            in.operating_since && *in.operating_since < pp7_2021_in_force;
        if (operated_before) {
            if (!sales)
                return detail::missing_input(
                    "annual_sales", "size.pp7_old_business");
            return detail::decided_by(*sales,
                                      {"PP 7/2021 Art. 35(6): a business operating before 2 "
                                       "February 2021 is empowered under the annual-sales "
                                       "criterion",
             "PP 7/2021 Pasal 35 ayat (6): usaha yang beroperasi sebelum 2 Februari 2021 "
             "diberdayakan menurut kriteria hasil penjualan tahunan"},
                                      std::move(all));
        }
        if (sales)
            return detail::decided_by(*sales,
                                      {"PP 7/2021 Art. 35(4)-(5): for facilitation, protection "
                                       "and empowerment the annual-sales criterion is used",
             "PP 7/2021 Pasal 35 ayat (4)-(5): untuk kemudahan, pelindungan, dan pemberdayaan "
             "dipakai kriteria hasil penjualan tahunan"},
                                      std::move(all));
        if (!capital)
            return detail::missing_input("annual_sales", "size.pp7_needs");
        if (!in.operating_since)
            return detail::decided_by(
                *capital,
                {"PP 7/2021 Art. 35(4): business capital, as no annual sales are given (when "
                 "the business started is not given either: had it operated before 2 February "
                 "2021, Art. 35(6) would ask for its annual sales)",
             "PP 7/2021 Pasal 35 ayat (4): modal usaha, karena hasil penjualan tahunan tidak "
             "diberikan (kapan usaha mulai berjalan juga tidak diberikan: jika sudah "
             "beroperasi sebelum 2 Februari 2021, Pasal 35 ayat (6) meminta hasil penjualan "
             "tahunannya)"},
                std::move(all));
        return detail::decided_by(*capital,
                                  {"PP 7/2021 Art. 35(4): business capital, as no annual sales "
                                   "are given for a business started on or after 2 February 2021",
             "PP 7/2021 Pasal 35 ayat (4): modal usaha, karena hasil penjualan tahunan tidak "
             "diberikan untuk usaha yang mulai pada atau sesudah 2 Februari 2021"},
                                  std::move(all));
    }
};

// UU 20/2008 Art. 6 as enacted: net assets *or* annual sales. A class's criteria are
// alternatives ("atau"): meeting either suffices, so when both are given and disagree the
// smaller class applies (the disagreement is flagged). The purpose does not change it.
struct uu20_2008 {
    static constexpr std::string_view name = "uu20-2008";
    static constexpr std::string_view title = "UU 20/2008";
    static result<size_decision> classify(size_inputs const& in, size_purpose = {})
    {
        std::vector<criterion_class> all;
        if (in.net_assets) {
            constexpr detail::size_band bands[] = {
                {size_class::mikro, 50'000'000, {"UU 20/2008 Art. 6: net assets at most "
                                                 "Rp50.000.000",
             "UU 20/2008 Pasal 6: kekayaan bersih paling banyak Rp50.000.000"}},
                {size_class::kecil, 500'000'000,
                 {"UU 20/2008 Art. 6: net assets more than Rp50.000.000 up to Rp500.000.000",
             "UU 20/2008 Pasal 6: kekayaan bersih lebih dari Rp50.000.000 sampai dengan paling "
             "banyak Rp500.000.000"}},
                {size_class::menengah, 10'000'000'000,
                 {"UU 20/2008 Art. 6: net assets more than Rp500.000.000 up to Rp10.000.000.000",
             "UU 20/2008 Pasal 6: kekayaan bersih lebih dari Rp500.000.000 sampai dengan "
             "paling banyak Rp10.000.000.000"}}};
            auto c = detail::by_bands(*in.net_assets, "net_assets", size_criterion::net_assets,
                                      bands,
                                      {"UU 20/2008 Art. 6: net assets more than Rp10.000.000.000",
             "UU 20/2008 Pasal 6: kekayaan bersih lebih dari Rp10.000.000.000"},
                                      size_class::besar);
            if (!c) return c.error();
            all.push_back(*c);
        }
        if (in.annual_sales) {
            constexpr detail::size_band bands[] = {
                {size_class::mikro, 300'000'000,
                 {"UU 20/2008 Art. 6: annual sales at most Rp300.000.000",
             "UU 20/2008 Pasal 6: hasil penjualan tahunan paling banyak Rp300.000.000"}},
                {size_class::kecil, 2'500'000'000,
                 {"UU 20/2008 Art. 6: annual sales more than Rp300.000.000 up to Rp2.500.000.000",
             "UU 20/2008 Pasal 6: hasil penjualan tahunan lebih dari Rp300.000.000 sampai "
             "dengan paling banyak Rp2.500.000.000"}},
                {size_class::menengah, 50'000'000'000,
                 {"UU 20/2008 Art. 6: annual sales more than Rp2.500.000.000 up to "
                  "Rp50.000.000.000",
             "UU 20/2008 Pasal 6: hasil penjualan tahunan lebih dari Rp2.500.000.000 sampai "
             "dengan paling banyak Rp50.000.000.000"}}};
            auto c = detail::by_bands(*in.annual_sales, "annual_sales",
                                      size_criterion::annual_sales, bands,
                                      {"UU 20/2008 Art. 6: annual sales more than Rp50.000.000.000",
             "UU 20/2008 Pasal 6: hasil penjualan tahunan lebih dari Rp50.000.000.000"},
                                      size_class::besar);
            if (!c) return c.error();
            all.push_back(*c);
        }
        if (all.empty())
            return detail::missing_input("net_assets", "size.uu20_needs");
        if (all.size() == 1)
            return detail::decided_by(all.front(),
                                      all.front().criterion == size_criterion::net_assets
                                          ? bilingual{"UU 20/2008 Art. 6: net assets",
                                                      "UU 20/2008 Pasal 6: kekayaan bersih"}
                                          : bilingual{"UU 20/2008 Art. 6: annual sales",
                                                      "UU 20/2008 Pasal 6: hasil penjualan "
                                                      "tahunan"},
                                      all);
        auto const smaller = all[0].size <= all[1].size ? all[0] : all[1];
        return detail::decided_by(smaller,
                                  {"UU 20/2008 Art. 6: net assets or annual sales — either "
                                   "criterion of a class suffices, so the smaller class applies",
             "UU 20/2008 Pasal 6: kekayaan bersih atau hasil penjualan tahunan — salah satu "
             "kriteria sudah cukup, jadi berlaku kelas yang lebih kecil"},
                                  std::move(all));
    }
};

// Permenperin 64/M-IND/PER/7/2016, for IKM programmes: industri kecil (at most 19
// workers and investment under Rp1.000.000.000), menengah (at most 19 workers and at
// least Rp1.000.000.000, or at least 20 workers and at most Rp15.000.000.000), besar (at
// least 20 workers and more than Rp15.000.000.000). It has no mikro class, and one
// criterion: the purpose does not change it.
struct permenperin64_2016 {
    static constexpr std::string_view name = "permenperin64-2016";
    static constexpr std::string_view title = "Permenperin 64/2016";
    static result<size_decision> classify(size_inputs const& in, size_purpose = {})
    {
        if (!in.workers || !in.investment)
            return detail::missing_input(
                !in.workers ? "workers" : "investment", "size.permenperin_needs");
        if (in.investment->value() < 0) return detail::negative_input("investment");
        std::uint32_t const w = *in.workers;
        std::int64_t const v = in.investment->value();
        constexpr auto c = size_criterion::workers_and_investment;
        constexpr bilingual basis{
            "Permenperin 64/2016: the number of workers and the investment value",
            "Permenperin 64/2016: jumlah tenaga kerja dan nilai investasi"};
        auto one = [&](size_class size, bilingual rule) {
            return detail::decided_by(criterion_class{c, size, rule}, basis,
                                      {criterion_class{c, size, rule}});
        };
        constexpr bilingual rules[] = {
            {"Permenperin 64/2016: at most 19 workers and investment under Rp1.000.000.000",
             "Permenperin 64/2016: paling banyak 19 tenaga kerja dan nilai investasi kurang dari "
             "Rp1.000.000.000"},
            {"Permenperin 64/2016: at most 19 workers and investment of at least Rp1.000.000.000",
             "Permenperin 64/2016: paling banyak 19 tenaga kerja dan nilai investasi paling "
             "sedikit Rp1.000.000.000"},
            {"Permenperin 64/2016: at least 20 workers and investment of at most "
             "Rp15.000.000.000",
             "Permenperin 64/2016: paling sedikit 20 tenaga kerja dan nilai investasi paling "
             "banyak Rp15.000.000.000"},
            {"Permenperin 64/2016: at least 20 workers and investment of more than "
             "Rp15.000.000.000",
             "Permenperin 64/2016: paling sedikit 20 tenaga kerja dan nilai investasi lebih dari "
             "Rp15.000.000.000"}};
        if (w <= 19)
            return v < 1'000'000'000 ? one(size_class::kecil, rules[0])
                                     : one(size_class::menengah, rules[1]);
        return v <= 15'000'000'000 ? one(size_class::menengah, rules[2])
                                   : one(size_class::besar, rules[3]);
    }
};

template <class Criteria>
concept size_criteria = requires(size_inputs const& in, size_purpose purpose)
{
    {
        Criteria::name
        } -> std::convertible_to<std::string_view>;
    {
        Criteria::classify(in, purpose)
        } -> std::same_as<result<size_decision>>;
};

// The size class of `in` by `Criteria` for `purpose`: classify<pp7_2021>(in,
// size_purpose::empowerment).
template <size_criteria Criteria>
result<size_decision> classify(size_inputs const& in, size_purpose purpose)
{
    auto d = Criteria::classify(in, purpose);
    if (d) {
        d->criteria = Criteria::name;
        d->purpose = purpose;
    }
    return d;
}

// The names of the criteria sentra knows, for a choice made at run time.
inline constexpr std::array<std::string_view, 3> size_criteria_names{
    pp7_2021::name, uu20_2008::name, permenperin64_2016::name};

// The criteria sentra knows as a value, for a choice kept in data (an aggregate's header,
// a command's option): its name is the criteria's `name` ("pp7-2021").
enum class size_criteria_id : unsigned char { pp7_2021, uu20_2008, permenperin64_2016 };

constexpr std::string_view to_string(size_criteria_id c) noexcept
{
    return size_criteria_names[static_cast<std::size_t>(c)];
}

SENTRA_DECL result<size_criteria_id> parse_size_criteria(std::string_view name);

SENTRA_DECL result<size_decision> classify(size_criteria_id criteria, size_inputs const& in,
                                      size_purpose purpose);

// The size class of `in` by the criteria named `criteria` ("pp7-2021"); invalid_argument
// for a name sentra does not know.
SENTRA_DECL result<size_decision> classify(std::string_view criteria, size_inputs const& in,
                                      size_purpose purpose);

} // namespace sentra

#if defined(SENTRA_HEADER_ONLY)
#include <sentra/business/impl/size.ipp>
#endif

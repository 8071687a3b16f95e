// sentra/cluster/cluster.hpp — a cluster programme (sentra / klaster) and its events.
//
// A cluster has a focus category, a locus (a zone: named villages or wider regions), a
// lead agency and partners, its institutions (PP 29/2018: pengurus, pengelola, anggota,
// and a technical service unit, UPT), member enterprises, an optional establishing decree
// (SK), a history of phases, goals as indicators, and events such as the launch fair with
// stands per category. The phase set is data (`phase_model`), not hard-wired.
#pragma once

#include <sentra/date.hpp>
#include <sentra/business/fwd.hpp>
#include <sentra/fwd.hpp>
#include <sentra/region/fwd.hpp>
#include <sentra/id.hpp>
#include <sentra/lang.hpp>
#include <sentra/region/kemendagri.hpp>
#include <sentra/region/zone.hpp>

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sentra {

// Stands of one category at an event. Counts are signed so that bad input can be held
// and reported rather than wrapped.
struct stand_count {
    category_id category;
    std::int64_t count = 0;
    std::optional<std::int64_t> capacity = {};
    friend bool operator==(stand_count const&, stand_count const&) = default;
};
BOOST_DESCRIBE_STRUCT(stand_count, (), (category, count, capacity))

enum class event_kind : unsigned char { launch, fair, training, meeting, other };
BOOST_DESCRIBE_ENUM(event_kind, launch, fair, training, meeting, other)

constexpr std::string_view to_label(event_kind k, lang language = lang::en) noexcept
{
    constexpr bilingual labels[] = {{"launch", "peluncuran"},
                                    {"fair", "pameran"},
                                    {"training", "pelatihan"},
                                    {"meeting", "pertemuan"},
                                    {"other", "lainnya"}};
    return detail::label_at(labels, k, language);
}

template <class P>
struct basic_event {
    std::string name;
    event_kind kind = event_kind::other;
    sentra::date date;
    std::optional<any_region_code<typename P::scheme_type>> venue = {};
    std::vector<stand_count> stands = {};

    std::int64_t total_stands() const noexcept
    {
        std::int64_t n = 0;
        for (auto const& s : stands) n += s.count;
        return n;
    }
    friend bool operator==(basic_event const&, basic_event const&) = default;
    BOOST_DESCRIBE_CLASS(basic_event, (), (name, kind, date, venue, stands), (), ())
};
using event = basic_event<indonesia>;

// PP 29/2018's institutions of a sentra, and a technical service unit.
enum class institution_role : unsigned char { pengurus, pengelola, anggota, upt };
BOOST_DESCRIBE_ENUM(institution_role, pengurus, pengelola, anggota, upt)

constexpr std::string_view to_label(institution_role r, lang language = lang::en) noexcept
{
    constexpr bilingual labels[] = {{"board", "pengurus"},
                                    {"manager", "pengelola"},
                                    {"member", "anggota"},
                                    {"technical service unit", "UPT (unit pelaksana teknis)"}};
    return detail::label_at(labels, r, language);
}

struct institution {
    institution_role role = institution_role::pengurus;
    std::string name;
    friend bool operator==(institution const&, institution const&) = default;
};
BOOST_DESCRIBE_STRUCT(institution, (), (role, name))

// The regency/city decree (SK) that establishes a sentra.
struct decree {
    std::string number;
    sentra::date date;
    friend bool operator==(decree const&, decree const&) = default;
};
BOOST_DESCRIBE_STRUCT(decree, (), (number, date))

// The ordered phases a programme moves through; a cluster's history may only go forward,
// and `final` phases (dissolved) may be entered from any.
// A phase's name for people, in both languages ("launched": "launched", "diluncurkan").
struct phase_label {
    std::string phase;
    std::string en;
    std::string id;
    friend bool operator==(phase_label const&, phase_label const&) = default;
};

struct phase_model {
    std::string id;
    std::vector<std::string> phases;
    std::vector<std::string> final = {};
    // Labels for people (the phases themselves are stable keys); a phase without one is
    // shown as its key.
    std::vector<phase_label> labels = {};

    // `phase` as people read it in `language`.
    std::string label(std::string_view phase, lang language) const
    {
        for (auto const& l : labels)
            if (l.phase == phase) return language == lang::id ? l.id : l.en;
        return std::string(phase);
    }

    // The position of `phase`, or -1.
    int rank(std::string_view phase) const noexcept
    {
        for (std::size_t i = 0; i < phases.size(); ++i)
            if (phases[i] == phase) return static_cast<int>(i);
        return -1;
    }
    bool is_final(std::string_view phase) const noexcept
    {
        for (auto const& f : final)
            if (f == phase) return true;
        return false;
    }
    friend bool operator==(phase_model const&, phase_model const&) = default;
};
BOOST_DESCRIBE_STRUCT(phase_model, (), (id, phases, final))

// A sentra's life: proposed, launched, developing, self-reliant; or dissolved.
inline phase_model sentra_phases()
{
    return {"sentra",
            {"proposed", "launched", "developing", "self_reliant"},
            {"dissolved"},
            {{"proposed", "proposed", "diusulkan"},
             {"launched", "launched", "diluncurkan"},
             {"developing", "developing", "berkembang"},
             {"self_reliant", "self-reliant", "mandiri"},
             {"dissolved", "dissolved", "dibubarkan"}}};
}
// Bank Indonesia's klaster programmes: preparation, implementation, phasing out.
inline phase_model bank_indonesia_phases()
{
    return {"bank_indonesia",
            {"preparation", "implementation", "phasing_out"},
            {},
            {{"preparation", "preparation", "persiapan"},
             {"implementation", "implementation", "pelaksanaan"},
             {"phasing_out", "phasing out", "pengakhiran (phasing out)"}}};
}

struct phase_entry {
    std::string phase;
    sentra::date since;
    // Where the date comes from ("DepokTime, 17 December 2019"; "sample" for invented
    // data) (version 3).
    std::optional<std::string> source = {};
    friend bool operator==(phase_entry const&, phase_entry const&) = default;
};
BOOST_DESCRIBE_STRUCT(phase_entry, (), (phase, since, source))

struct measurement {
    sentra::date date;
    double value = 0;
    friend bool operator==(measurement const&, measurement const&) = default;
};
BOOST_DESCRIBE_STRUCT(measurement, (), (date, value))

// A goal as an indicator: "members with halal certification", unit "enterprises",
// baseline 2, target 20 over 2020–2022, measured over time. An aim a programme states
// without figures ("raise the members' competitiveness") is a goal without a baseline or
// target (version 3: both optional).
struct indicator {
    std::string name;
    std::string unit;
    std::optional<double> baseline = {};
    std::optional<double> target = {};
    std::string period;
    std::vector<measurement> measurements = {};
    // Where the goal comes from (a decree, an article; "sample" for invented data).
    std::optional<std::string> source = {};
    // The name and the unit for people of each language, where the programme gives them
    // (version 6): a page in Indonesian shows name_id, in English name_en, else `name`
    // as the programme wrote it.
    std::optional<std::string> name_id = {};
    std::optional<std::string> name_en = {};
    std::optional<std::string> unit_id = {};
    std::optional<std::string> unit_en = {};

    std::string const& name_in(lang language) const noexcept
    {
        auto const& l = language == lang::id ? name_id : name_en;
        return l && !l->empty() ? *l : name;
    }
    std::string const& unit_in(lang language) const noexcept
    {
        auto const& l = language == lang::id ? unit_id : unit_en;
        return l && !l->empty() ? *l : unit;
    }
    friend bool operator==(indicator const&, indicator const&) = default;
};
BOOST_DESCRIBE_STRUCT(indicator, (),
                      (name, unit, baseline, target, period, measurements, source, name_id,
                       name_en, unit_id, unit_en))

// PP 29/2018: a sentra has at least this many member units making similar products.
inline constexpr std::size_t sentra_minimum_members = 5;


template <class P>
struct basic_cluster {
    using scheme_type = typename P::scheme_type;

    cluster_id id;
    std::string name;
    std::optional<category_id> focus = {};
    basic_zone<scheme_type> locus;
    agency_id lead_agency;
    std::vector<agency_id> partners = {};
    std::vector<institution> institutions = {};
    std::vector<enterprise_id> members = {};
    std::optional<decree> established = {};
    std::string phase_set = "sentra"; // the id of its phase_model
    std::vector<phase_entry> phases = {};
    std::vector<indicator> goals = {};
    std::vector<basic_event<P>> events = {};

    // The date it entered `phase`, if it did.
    std::optional<sentra::date> entered(std::string_view phase) const noexcept
    {
        for (auto const& p : phases)
            if (p.phase == phase) return p.since;
        return std::nullopt;
    }
    friend bool operator==(basic_cluster const&, basic_cluster const&) = default;
    BOOST_DESCRIBE_CLASS(basic_cluster, (),
                         (id, name, focus, locus, lead_agency, partners, institutions, members,
                          established, phase_set, phases, goals, events),
                         (), ())
};

} // namespace sentra

// sentra/report/cluster_report.hpp — what a report on one cluster of a programme says, computed
// from its document: the programme, the key figures, the counts behind each chart, the
// cases past their deadlines and the validation findings, as a dinas officer reports them
// to the head of agency, the mayor and the ministry.
//
// Data only, in one language: sentra/io/html_report.hpp renders it as a page (and an app
// may render it its own way). Time is injected (`now`), as everywhere.
#pragma once

#include <sentra/detail/config.hpp>
#include <sentra/cluster/analytics.hpp>
#include <sentra/cluster/cluster.hpp>
#include <sentra/cluster/registry.hpp>
#include <sentra/coordination/case.hpp>
#include <sentra/coordination/deadlines.hpp>
#include <sentra/coordination/privacy.hpp>
#include <sentra/document.hpp>
#include <sentra/error.hpp>
#include <sentra/lang.hpp>
#include <sentra/region/gazetteer.hpp>
#include <sentra/timestamp.hpp>
#include <sentra/validation.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <type_traits>
#include <vector>

namespace sentra {

// One bar of a chart: what it counts (an id or a code), its label, and the count.
struct count_row {
    std::string key;
    std::string label;
    std::size_t count = 0;
    friend bool operator==(count_row const&, count_row const&) = default;
};

// The deadline clocks of a cluster's cases at `now`: met on time, met late, running past
// their last day, running within it. Clocks handed on or stopped are not counted.
struct deadline_ageing {
    std::size_t on_time = 0;
    std::size_t late = 0;
    std::size_t overdue_now = 0;
    std::size_t running = 0;
    // Of the clocks that have a verdict (met, or overdue): the share met on time.
    std::optional<double> share_on_time() const noexcept
    {
        std::size_t const judged = on_time + late + overdue_now;
        if (judged == 0) return std::nullopt;
        return static_cast<double>(on_time) / static_cast<double>(judged);
    }
    friend bool operator==(deadline_ageing const&, deadline_ageing const&) = default;
};

// How an agency answers the cases it receives (its follow-up clocks).
struct agency_performance {
    agency_id agency;
    std::string name;
    deadline_ageing clocks;
    // Working days from receiving a case to answering it, over the clocks it met.
    std::optional<double> median_working_days;
};

// An open case past a deadline, with the step to take.
struct overdue_case {
    case_id id;
    std::string title;
    overdue_finding finding;
};

template <class P>
struct basic_cluster_report {
    lang language = lang::id;
    timestamp now;
    std::string programme;  // the document's name, or empty
    basic_cluster<P> cluster;
    // Each locus region's full name, most specific first ("Cipayung Jaya, Cipayung, KOTA
    // DEPOK, JAWA BARAT"), or its code where the gazetteer (when given) does not have it.
    std::vector<std::string> locus_names;
    std::string lead_agency; // its name (its id when the document lacks it)
    std::vector<std::string> partners;
    std::optional<std::string> phase; // the latest phase entered (its key)
    std::string phase_label;          // the same for people, in the report's language

    // Key figures.
    std::size_t members = 0;
    std::optional<basic_event<P>> launch; // the first event with stands
    std::size_t cases = 0;
    std::size_t cases_open = 0;

    // The counts behind the charts, each in the order it is drawn.
    std::vector<count_row> members_by_category;
    std::vector<count_row> stands_by_category; // at the launch event
    size_counts members_by_size;               // PP 7/2021, for empowerment
    std::vector<count_row> members_by_village;
    std::vector<count_row> cases_by_status;
    deadline_ageing ageing;
    std::vector<agency_performance> agencies;
    std::vector<overdue_case> overdue; // the most late first
    bool escalation_chain = false;     // whether the programme's policy has one
    report findings; // the cluster's and its members' problems
};

using cluster_report = basic_cluster_report<indonesia>;

namespace detail {

SENTRA_DECL std::optional<double> median(std::vector<double> v);

SENTRA_DECL void count_clock(deadline_ageing& a, deadline_clock const& k, date today);

} // namespace detail

// The report on cluster `id` of `d` as of `now` (cases as their logs stood then), labels
// in `language`. `regions`, when given,
// names the locus and the villages and checks the members' codes. An unknown cluster, or
// a document whose ids do not resolve, is an error.
template <class P>
result<basic_cluster_report<P>, report>
make_cluster_report(basic_document<P> const& d, cluster_id const& id, timestamp const& now,
                    lang language = lang::id,
                    basic_gazetteer<typename P::scheme_type> const* regions = nullptr)
{
    auto reg = make_registry(d);
    if (!reg) return std::move(reg).error();
    std::size_t index = d.clusters.size();
    for (std::size_t i = 0; i < d.clusters.size(); ++i)
        if (d.clusters[i].id == id) index = i;
    if (index == d.clusters.size()) {
        report out;
        out.add(errc::unknown_code, at_pointer("/clusters"),
                "ref.no_cluster", {{"id", id.to_string()}});
        return out;
    }
    auto const& c = d.clusters[index];
    basic_cluster_report<P> r;
    r.language = language;
    r.now = now;
    r.programme = d.name ? *d.name : std::string();
    r.cluster = c;
    for (auto const& code : c.locus.regions) {
        auto const v = regions ? regions->find(code) : std::nullopt;
        r.locus_names.push_back(v ? v->full_name() : code.to_string());
    }
    auto const agency_name = [&](agency_id const& a) {
        auto const found = reg->find(a);
        return found ? found->name : a.to_string();
    };
    r.lead_agency = agency_name(c.lead_agency);
    for (auto const& p : c.partners) r.partners.push_back(agency_name(p));
    if (!c.phases.empty()) {
        r.phase = c.phases.back().phase;
        auto const model = reg->find_phase_model(c.phase_set);
        r.phase_label = model ? model->label(*r.phase, language) : *r.phase;
    }

    // Members and stands by category, labelled in the report's language.
    auto const category_label = [&](std::string const& key) {
        if (key.empty()) return std::string(language == lang::id ? "(tanpa kategori)" : "(no category)");
        if (auto const cid = category_id::parse(key))
            if (auto const cat = reg->find(*cid))
                return language == lang::id ? cat->label_id : cat->label_en;
        return key;
    };
    r.members = c.members.size();
    for (auto const& [key, n] : members_by_category(c, *reg))
        r.members_by_category.push_back({key, category_label(key), n});
    for (auto const& ev : c.events)
        if (!ev.stands.empty()) {
            r.launch = ev;
            for (auto const& s : ev.stands)
                r.stands_by_category.push_back( // a negative count is a finding; drawn as 0
                    {s.category.to_string(), category_label(s.category.to_string()),
                     static_cast<std::size_t>(std::max<std::int64_t>(s.count, 0))});
            break;
        }
    r.members_by_size = members_by_size<pp7_2021>(c, *reg, size_purpose::empowerment);
    for (auto const& [key, n] : members_by_village(c, *reg)) {
        // A member without a village, or with one the gazetteer lacks, is shown as such.
        std::string label = key.empty() ? std::string(language == lang::id ? "(tanpa desa/kelurahan)"
                                                                          : "(no village)")
                                        : key;
        if (regions && !key.empty()) {
            auto const code = village_code::try_parse(key);
            auto const v = code ? regions->find(*code) : std::nullopt;
            if (v)
                label = std::string(v->name());
            else
                label += language == lang::id ? " (tidak ada dalam daftar wilayah)"
                                              : " (not in the gazetteer)";
        }
        r.members_by_village.push_back({key, std::move(label), n});
    }

    // Cases: status, deadlines, each agency's follow-up, what is overdue.
    auto calendar = calendar_of(d);
    auto const policy = deadline_policy_of(d);
    r.escalation_chain = !policy.escalation.empty();
    std::map<case_status, std::size_t> statuses;
    std::map<agency_id, agency_performance> by_agency;
    std::map<agency_id, std::vector<double>> answer_days;
    date const today = calendar ? calendar->local_date(now) : now.local_date();
    for (auto const& whole : d.cases) {
        if (whole.cluster != c.id) continue;
        // As of `now`: a case not yet reported is not counted, and one reported is seen
        // with the entries of its log up to `now`.
        if (whole.log.empty() || whole.log.front().at > now) continue;
        std::optional<std::decay_t<decltype(whole)>> cut;
        if (whole.log.back().at > now) {
            cut = whole;
            while (cut->log.back().at > now) cut->log.pop_back();
        }
        auto const& k = cut ? *cut : whole;
        ++r.cases;
        auto state = replay(k);
        if (!state) continue; // validate() reports it
        ++statuses[state->status];
        if (coarse(state->status) == coarse_status::open) ++r.cases_open;
        if (!calendar) continue;
        auto clocks = deadlines(k, policy, *calendar, now);
        if (!clocks) continue;
        for (auto const& clock : clocks->clocks) {
            detail::count_clock(r.ageing, clock, today);
            if (clock.kind != deadline_kind::follow_up || !clock.agency) continue;
            auto& perf = by_agency[*clock.agency];
            perf.agency = *clock.agency;
            detail::count_clock(perf.clocks, clock, today);
            if (clock.outcome == clock_outcome::met && clock.ended)
                answer_days[*clock.agency].push_back(static_cast<double>(
                    calendar->days_between(clock.start, *clock.ended, day_kind::working)));
        }
        // A page is read by more than the agencies handling a case: a confidential case's
        // title is withheld, as disclose() withholds it.
        std::string const title =
            k.privacy.confidential ? std::string(withheld_label(language)) : k.title;
        if (auto late = overdue(k, policy, *calendar, now))
            for (auto const& f : *late) r.overdue.push_back({k.id, title, f});
    }
    for (auto const& [status, n] : statuses)
        r.cases_by_status.push_back(
            {std::string(to_string(status)), std::string(to_label(status, language)), n});
    for (auto& [a, perf] : by_agency) {
        perf.name = agency_name(a);
        perf.median_working_days = detail::median(answer_days[a]);
        r.agencies.push_back(std::move(perf));
    }
    std::stable_sort(r.overdue.begin(), r.overdue.end(), [](auto const& a, auto const& b) {
        return a.finding.days_late > b.finding.days_late;
    });

    // Findings: the cluster's and its members'.
    basic_validation_context<P> const cx{regions, nullptr, &*reg, today};
    r.findings.merge_under(json_pointer("clusters", index), validate(c, cx));
    for (std::size_t i = 0; i < d.enterprises.size(); ++i)
        if (std::find(c.members.begin(), c.members.end(), d.enterprises[i].id) != c.members.end())
            r.findings.merge_under(json_pointer("enterprises", i), validate(d.enterprises[i], cx));
    return r;
}

} // namespace sentra

// The default profile's instantiation, compiled once in the sentra::compiled library
// (sentra/detail/config.hpp).
#if defined(SENTRA_SEPARATE_COMPILATION)
namespace sentra {
SENTRA_EXTERN template result<basic_cluster_report<indonesia>, report>
make_cluster_report<indonesia>(basic_document<indonesia> const&, cluster_id const&,
                               timestamp const&, lang, basic_gazetteer<kemendagri> const*);
} // namespace sentra
#endif

#if defined(SENTRA_HEADER_ONLY)
#include <sentra/report/impl/cluster_report.ipp>
#endif

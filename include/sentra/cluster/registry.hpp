// sentra/cluster/registry.hpp — a programme's lists indexed by id (categories, agencies,
// enterprises, clusters), with the phase models, the gazetteer and the catalog they are
// checked against, and the validation of a cluster against it.
//
// A registry copies nothing: it indexes lists that live elsewhere, a document's
// (make_registry in sentra/document.hpp), which must outlive it unchanged.
#pragma once

#include <sentra/business/catalog.hpp>
#include <sentra/business/category.hpp>
#include <sentra/cluster/agency.hpp>
#include <sentra/cluster/cluster.hpp>
#include <sentra/enterprise.hpp>
#include <sentra/error.hpp>
#include <sentra/region/gazetteer.hpp>

#include <algorithm>
#include <cstddef>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace sentra {

class registry {
public:
    registry() : registry(nullptr) {}
    explicit registry(gazetteer const* regions, kbli_catalog const* catalog = nullptr)
        : regions_(regions), catalog_(catalog)
    {
        add(sentra_phases()).value();
        add(bank_indonesia_phases()).value();
    }

    // Indexes a programme's lists by id, replacing what was indexed before. Every empty or
    // repeated id is reported at "/<list>/<i>/id" (categories, agencies, enterprises,
    // clusters); then the registry is as it was.
    report index(std::span<programme_category const> categories, std::span<agency const> agencies,
                 std::span<enterprise const> enterprises, std::span<cluster const> clusters)
    {
        report out;
        auto categories_index = index_of(categories, "categories", "category", out);
        auto agencies_index = index_of(agencies, "agencies", "agency", out);
        auto enterprises_index = index_of(enterprises, "enterprises", "enterprise", out);
        auto clusters_index = index_of(clusters, "clusters", "cluster", out);
        if (!out.ok()) return out;
        categories_ = categories;
        agencies_ = agencies;
        enterprises_ = enterprises;
        clusters_ = clusters;
        category_index_ = std::move(categories_index);
        agency_index_ = std::move(agencies_index);
        enterprise_index_ = std::move(enterprises_index);
        cluster_index_ = std::move(clusters_index);
        return out;
    }

    // A phase model besides the two built in; duplicate_code when its id is taken.
    result<void> add(phase_model m)
    {
        if (phase_models_.count(m.id))
            return make_error(errc::duplicate_code,
                              detail::cat("phase model '", m.id, "' is already registered"));
        std::string const key = m.id;
        phase_models_.emplace(key, std::move(m));
        return {};
    }

    // By id; nullptr when there is none.
    enterprise const* find(enterprise_id const& id) const
    {
        return get(enterprises_, enterprise_index_, id.to_string());
    }
    agency const* find(agency_id const& id) const
    {
        return get(agencies_, agency_index_, id.to_string());
    }
    cluster const* find(cluster_id const& id) const
    {
        return get(clusters_, cluster_index_, id.to_string());
    }
    programme_category const* find(category_id const& id) const
    {
        return get(categories_, category_index_, id.to_string());
    }
    phase_model const* find_phase_model(std::string const& id) const
    {
        auto it = phase_models_.find(id);
        return it == phase_models_.end() ? nullptr : &it->second;
    }

    std::span<enterprise const> enterprises() const noexcept { return enterprises_; }
    std::span<agency const> agencies() const noexcept { return agencies_; }
    std::span<cluster const> clusters() const noexcept { return clusters_; }
    std::span<programme_category const> categories() const noexcept { return categories_; }

    // Enterprises whose village lies within `place`.
    std::vector<enterprise const*> in_region(region_id const& place) const
    {
        std::vector<enterprise const*> out;
        for (auto const& e : enterprises_)
            if (e.village && region_id(*e.village).within(place)) out.push_back(&e);
        return out;
    }
    // Enterprises of a category.
    std::vector<enterprise const*> of_category(category_id const& c) const
    {
        std::vector<enterprise const*> out;
        for (auto const& e : enterprises_)
            if (e.category == c) out.push_back(&e);
        return out;
    }

    gazetteer const* regions() const noexcept { return regions_; }
    kbli_catalog const* catalog() const noexcept { return catalog_; }

private:
    using id_index = std::unordered_map<std::string, std::size_t>;

    template <class T>
    static id_index index_of(std::span<T const> items, std::string_view list, std::string_view what,
                             report& out)
    {
        id_index index;
        index.reserve(items.size());
        for (std::size_t i = 0; i < items.size(); ++i) {
            std::string key = items[i].id.to_string();
            location where = at_pointer(detail::cat("/", list, "/", std::to_string(i), "/id"));
            if (key.empty())
                out.add(errc::empty_value, std::move(where), detail::cat("a ", what, " needs an id"));
            else if (!index.emplace(key, i).second)
                out.add(errc::duplicate_code, std::move(where),
                        detail::cat(what, " '", key, "' is already registered"));
        }
        return index;
    }
    template <class T>
    static T const* get(std::span<T const> v, id_index const& index, std::string const& key)
    {
        auto it = index.find(key);
        return it == index.end() ? nullptr : &v[it->second];
    }

    gazetteer const* regions_ = nullptr;
    kbli_catalog const* catalog_ = nullptr;
    std::span<enterprise const> enterprises_;
    std::span<agency const> agencies_;
    std::span<cluster const> clusters_;
    std::span<programme_category const> categories_;
    id_index enterprise_index_, agency_index_, cluster_index_, category_index_;
    std::map<std::string, phase_model> phase_models_;
};

// PP 29/2018: a sentra has at least this many member units making similar products.
inline constexpr std::size_t sentra_minimum_members = 5;

// Every problem of a cluster in its registry, each with its JSON Pointer (relative to the
// cluster). The PP 29/2018 minimum is a warning (too_few_members): a programme may be on
// its way there.
inline report validate(cluster const& c, registry const& reg)
{
    report out;
    auto const at = [](std::string pointer) { return at_pointer(std::move(pointer)); };
    if (c.id.empty()) out.add(errc::empty_value, at("/id"), "a cluster needs an id");
    if (c.name.empty()) out.add(errc::empty_value, at("/name"), "a cluster needs a name");
    if (c.focus && !reg.find(*c.focus))
        out.add(errc::unknown_code, at("/focus"),
                detail::cat("no category '", c.focus->to_string(), "'"));

    agency const* lead = nullptr;
    if (c.lead_agency.empty())
        out.add(errc::empty_value, at("/lead_agency"), "a cluster needs a lead agency");
    else if (!(lead = reg.find(c.lead_agency)))
        out.add(errc::unknown_code, at("/lead_agency"),
                detail::cat("no agency '", c.lead_agency.to_string(), "'"));
    for (std::size_t i = 0; i < c.partners.size(); ++i)
        if (!reg.find(c.partners[i]))
            out.add(errc::unknown_code, at("/partners/" + std::to_string(i)),
                    detail::cat("no agency '", c.partners[i].to_string(), "'"));

    if (c.locus.regions.empty())
        out.add(errc::empty_value, at("/locus/regions"),
                "a cluster's locus has at least one region");
    for (std::size_t i = 0; i < c.locus.regions.size(); ++i) {
        auto const& r = c.locus.regions[i];
        std::string const p = "/locus/regions/" + std::to_string(i);
        if (reg.regions() && !reg.regions()->find(r))
            out.add(errc::unknown_code, at(p),
                    detail::cat(r.to_string(), " is not in the gazetteer"));
        if (lead && !lead->covers(r))
            out.add(errc::outside_jurisdiction, at(p),
                    detail::cat(r.to_string(), " is outside the jurisdiction of '",
                                lead->id.to_string(), "' (", lead->jurisdiction->to_string(), ")"));
    }

    std::map<std::string, std::size_t> by_category;
    for (std::size_t i = 0; i < c.members.size(); ++i) {
        std::string const p = "/members/" + std::to_string(i);
        auto const* e = reg.find(c.members[i]);
        if (!e) {
            out.add(errc::unknown_code, at(p),
                    detail::cat("no enterprise '", c.members[i].to_string(), "'"));
            continue;
        }
        bool repeated = false;
        for (std::size_t j = 0; j < i; ++j)
            if (c.members[j] == c.members[i]) repeated = true;
        if (repeated) {
            out.add(errc::duplicate_code, at(p),
                    detail::cat("'", c.members[i].to_string(), "' is listed twice"));
            continue;
        }
        if (e->village && !c.locus.regions.empty() && !c.locus.contains(*e->village))
            out.add(errc::outside_locus, at(p),
                    detail::cat("'", e->id.to_string(), "' is in ", e->village->to_string(),
                                ", outside the locus"));
        if (e->category) ++by_category[e->category->to_string()];
    }

    // Phases go forward through the cluster's phase model; a final phase ends the history.
    phase_model const* model = reg.find_phase_model(c.phase_set);
    if (!model)
        out.add(errc::unknown_code, at("/phase_set"),
                detail::cat("no phase model '", c.phase_set, "'"));
    int last_rank = -1;
    bool ended = false;
    for (std::size_t i = 0; i < c.phases.size(); ++i) {
        std::string const p = "/phases/" + std::to_string(i);
        auto const& ph = c.phases[i];
        if (i > 0 && ph.since < c.phases[i - 1].since)
            out.add(errc::out_of_order, at(p + "/since"),
                    detail::cat(ph.since.to_string(), " is before the previous phase (",
                                c.phases[i - 1].since.to_string(), ")"));
        if (!model) continue;
        if (ended) {
            out.add(errc::out_of_order, at(p + "/phase"),
                    detail::cat("'", ph.phase, "' after the cluster ended"));
            continue;
        }
        if (model->is_final(ph.phase)) {
            ended = true;
            continue;
        }
        int const rank = model->rank(ph.phase);
        if (rank < 0)
            out.add(errc::invalid_value, at(p + "/phase"),
                    detail::cat("'", ph.phase, "' is not a phase of '", model->id, "'"));
        else if (rank < last_rank)
            out.add(errc::out_of_order, at(p + "/phase"),
                    detail::cat("'", ph.phase, "' goes back from '",
                                model->phases[static_cast<std::size_t>(last_rank)], "'"));
        else
            last_rank = rank;
    }

    // Events: stands per category, and nothing before the launch.
    std::optional<date> launch = c.entered("launched");
    for (auto const& ev : c.events)
        if (ev.kind == event_kind::launch && (!launch || ev.date < *launch)) launch = ev.date;
    for (std::size_t i = 0; i < c.events.size(); ++i) {
        auto const& ev = c.events[i];
        std::string const p = "/events/" + std::to_string(i);
        if (launch && ev.date < *launch)
            out.add(errc::out_of_order, at(p + "/date"),
                    detail::cat(ev.date.to_string(), " is before the launch (", launch->to_string(),
                                ")"));
        if (ev.venue && reg.regions() && !reg.regions()->find(*ev.venue))
            out.add(errc::unknown_code, at(p + "/venue"),
                    detail::cat(ev.venue->to_string(), " is not in the gazetteer"));
        for (std::size_t j = 0; j < ev.stands.size(); ++j) {
            auto const& s = ev.stands[j];
            std::string const q = p + "/stands/" + std::to_string(j);
            if (!reg.find(s.category))
                out.add(errc::unknown_code, at(q + "/category"),
                        detail::cat("no category '", s.category.to_string(), "'"));
            if (s.count < 0)
                out.add(errc::out_of_range, at(q + "/count"), "a stand count cannot be negative");
            if (s.capacity && *s.capacity < 0)
                out.add(errc::out_of_range, at(q + "/capacity"), "a capacity cannot be negative");
            else if (s.capacity && s.count > *s.capacity)
                out.add(errc::over_capacity, at(q + "/count"),
                        detail::cat(std::to_string(s.count), " stands for a capacity of ",
                                    std::to_string(*s.capacity)));
        }
    }

    std::size_t largest = 0;
    std::string largest_category;
    for (auto const& [cat, n] : by_category)
        if (n > largest) {
            largest = n;
            largest_category = cat;
        }
    if (largest < sentra_minimum_members)
        out.add(errc::too_few_members, at("/members"),
                detail::cat("PP 29/2018: a sentra has at least ",
                            std::to_string(sentra_minimum_members),
                            " units making similar products; the largest group here",
                            largest ? " ('" + largest_category + "')" : std::string(), " has ",
                            std::to_string(largest)),
                severity::warning);
    return out;
}

} // namespace sentra

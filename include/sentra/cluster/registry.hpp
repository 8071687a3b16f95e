// sentra/cluster/registry.hpp — a programme's lists indexed by id (categories, agencies,
// enterprises, clusters), with the phase models clusters follow.
//
// A registry copies nothing: it indexes lists that live elsewhere, a document's
// (make_registry in sentra/document.hpp). The rule: the lists must outlive the registry
// unchanged, or the registry owns them. Indexed from std::vectors (a document's), it
// remembers where each list was and how long: a look-up after a list grew, shrank or moved
// (merge_into added members) throws stale_registry instead of reading freed memory. Indexed
// from a document given as an rvalue, it owns that document. Look-ups return an
// optional_ref: the object in its list, or nothing.
#pragma once

#include <sentra/business/category.hpp>
#include <sentra/cluster/agency.hpp>
#include <sentra/cluster/cluster.hpp>
#include <sentra/enterprise.hpp>
#include <sentra/error.hpp>
#include <sentra/optional_ref.hpp>
#include <sentra/region/code.hpp>

#include <cstddef>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <unordered_map>
#include <vector>

namespace sentra {

// A registry was used after a list it indexes changed (grew, shrank or moved): a
// programming error, like reading past a vector's end. Make the registry again.
class stale_registry : public std::logic_error {
public:
    explicit stale_registry(std::string_view list)
        : std::logic_error(std::string("sentra::registry: the ") + std::string(list) +
                           " it indexes changed after it was made (make_registry again)")
    {
    }
};

namespace detail {
template <class T>
inline constexpr bool is_vector = false;
template <class T, class A>
inline constexpr bool is_vector<std::vector<T, A>> = true;
// An argument deduced as an rvalue std::vector: a temporary list.
template <class L>
concept temporary_vector = !std::is_lvalue_reference_v<L> && is_vector<std::remove_cvref_t<L>>;
} // namespace detail

template <class P>
class basic_registry {
public:
    using profile_type = P;
    using enterprise = basic_enterprise<P>;
    using agency = basic_agency<P>;
    using cluster = basic_cluster<P>;
    using programme_category = basic_programme_category<P>;
    using region_type = any_region_code<typename P::scheme_type>;

    basic_registry()
    {
        add(sentra_phases()).value();
        add(bank_indonesia_phases()).value();
    }

    // Indexes a programme's lists by id, replacing what was indexed before. Every empty or
    // repeated id is reported at "/<list>/<i>/id" (categories, agencies, enterprises,
    // clusters); then the registry is as it was. The lists must outlive the registry
    // unchanged: nothing checks spans.
    report index(std::span<programme_category const> categories, std::span<agency const> agencies,
                 std::span<enterprise const> enterprises, std::span<cluster const> clusters)
    {
        report out = index_spans(categories, agencies, enterprises, clusters);
        if (out.ok()) sources_ = {};
        return out;
    }
    // The same for lists kept in vectors: the registry remembers them, and every look-up
    // checks that each list it reads is where and as long as it was indexed (stale_registry
    // otherwise). An id changed in place, the list's length and place kept, is not seen.
    report index(std::vector<programme_category> const& categories,
                 std::vector<agency> const& agencies, std::vector<enterprise> const& enterprises,
                 std::vector<cluster> const& clusters)
    {
        report out = index_spans(categories, agencies, enterprises, clusters);
        if (out.ok()) sources_ = {&categories, &agencies, &enterprises, &clusters};
        return out;
    }
    // The same, keeping `owner` alive as long as the registry or a copy of it lives: the
    // lists are owner's (make_registry of a document given as an rvalue).
    report index(std::vector<programme_category> const& categories,
                 std::vector<agency> const& agencies, std::vector<enterprise> const& enterprises,
                 std::vector<cluster> const& clusters, std::shared_ptr<void const> owner)
    {
        report out = index(categories, agencies, enterprises, clusters);
        if (out.ok()) owner_ = std::move(owner);
        return out;
    }
    // A list given as a temporary vector would be gone before the first look-up: refused
    // when compiled (the spans above are the caller's to keep, as they always were).
    template <class... Lists>
        requires(sizeof...(Lists) >= 4 && (detail::temporary_vector<Lists> || ...))
    report index(Lists&&...) = delete;
    // Whether the registry keeps what it indexes alive.
    bool owns_lists() const noexcept { return owner_ != nullptr; }

    // A phase model besides the two built in; duplicate_code when its id is taken.
    result<void> add(phase_model m)
    {
        if (phase_models_.count(m.id))
            return make_error(errc::duplicate_code, "registry.duplicate_phase_model",
                              {{"id", m.id}});
        std::string const key = m.id;
        phase_models_.emplace(key, std::move(m));
        return {};
    }

    // By id: the object in its list, or nothing.
    optional_ref<enterprise const> find(enterprise_id const& id) const
    {
        return get(enterprises(), enterprise_index_, id.to_string());
    }
    optional_ref<agency const> find(agency_id const& id) const
    {
        return get(agencies(), agency_index_, id.to_string());
    }
    optional_ref<cluster const> find(cluster_id const& id) const
    {
        return get(clusters(), cluster_index_, id.to_string());
    }
    optional_ref<programme_category const> find(category_id const& id) const
    {
        return get(categories(), category_index_, id.to_string());
    }
    optional_ref<phase_model const> find_phase_model(std::string const& id) const
    {
        auto it = phase_models_.find(id);
        if (it == phase_models_.end()) return std::nullopt;
        return it->second;
    }

    // The ids of the phase models it knows, in order: "bank_indonesia, sentra", for messages
    // that list the valid ones.
    std::string phase_model_ids() const
    {
        std::string out;
        for (auto const& [id, m] : phase_models_) out += (out.empty() ? "" : ", ") + id;
        return out;
    }

    // The lists indexed (each checked as a look-up is).
    std::span<enterprise const> enterprises() const
    {
        return fresh(enterprises_, sources_.enterprises, "enterprises");
    }
    std::span<agency const> agencies() const
    {
        return fresh(agencies_, sources_.agencies, "agencies");
    }
    std::span<cluster const> clusters() const
    {
        return fresh(clusters_, sources_.clusters, "clusters");
    }
    std::span<programme_category const> categories() const
    {
        return fresh(categories_, sources_.categories, "categories");
    }

    // Enterprises whose village lies within `place`.
    std::vector<enterprise const*> in_region(region_type const& place) const
    {
        std::vector<enterprise const*> out;
        for (auto const& e : enterprises())
            if (e.village && region_type(*e.village).within(place)) out.push_back(&e);
        return out;
    }
    // Enterprises of a category.
    std::vector<enterprise const*> of_category(category_id const& c) const
    {
        std::vector<enterprise const*> out;
        for (auto const& e : enterprises())
            if (e.category == c) out.push_back(&e);
        return out;
    }

private:
    using id_index = std::unordered_map<std::string, std::size_t>;

    // The vectors indexed, when they were vectors: checked at every look-up.
    struct sources {
        std::vector<programme_category> const* categories = nullptr;
        std::vector<agency> const* agencies = nullptr;
        std::vector<enterprise> const* enterprises = nullptr;
        std::vector<cluster> const* clusters = nullptr;
    };

    template <class T>
    static std::span<T const> fresh(std::span<T const> indexed, std::vector<T> const* source,
                                    std::string_view list)
    {
        if (source && (source->data() != indexed.data() || source->size() != indexed.size()))
            throw stale_registry(list);
        return indexed;
    }

    report index_spans(std::span<programme_category const> categories,
                       std::span<agency const> agencies, std::span<enterprise const> enterprises,
                       std::span<cluster const> clusters)
    {
        report out;
        auto categories_index = index_of(categories, "categories", {"category", "kategori"}, out);
        auto agencies_index = index_of(agencies, "agencies", {"agency", "instansi"}, out);
        auto enterprises_index = index_of(enterprises, "enterprises", {"enterprise", "usaha"}, out);
        auto clusters_index = index_of(clusters, "clusters", {"cluster", "klaster"}, out);
        if (!out.ok()) return out;
        categories_ = categories;
        agencies_ = agencies;
        enterprises_ = enterprises;
        clusters_ = clusters;
        category_index_ = std::move(categories_index);
        agency_index_ = std::move(agencies_index);
        enterprise_index_ = std::move(enterprises_index);
        cluster_index_ = std::move(clusters_index);
        owner_.reset();
        return out;
    }

    template <class T>
    static id_index index_of(std::span<T const> items, std::string_view list, bilingual what,
                             report& out)
    {
        id_index index;
        index.reserve(items.size());
        for (std::size_t i = 0; i < items.size(); ++i) {
            std::string key = items[i].id.to_string();
            location where = at_pointer(detail::cat("/", list, "/", std::to_string(i), "/id"));
            if (key.empty())
                out.add(errc::empty_value, std::move(where), "registry.needs_id", {{"what", what}});
            else if (!index.emplace(key, i).second)
                out.add(errc::duplicate_code, std::move(where), "registry.duplicate",
                        {{"what", what}, {"id", key}});
        }
        return index;
    }
    template <class T>
    static optional_ref<T const> get(std::span<T const> v, id_index const& index,
                                     std::string const& key)
    {
        auto it = index.find(key);
        if (it == index.end()) return std::nullopt;
        return v[it->second];
    }

    std::span<enterprise const> enterprises_;
    std::span<agency const> agencies_;
    std::span<cluster const> clusters_;
    std::span<programme_category const> categories_;
    id_index enterprise_index_, agency_index_, cluster_index_, category_index_;
    std::map<std::string, phase_model> phase_models_;
    sources sources_;
    std::shared_ptr<void const> owner_;
};

using registry = basic_registry<indonesia>;

} // namespace sentra

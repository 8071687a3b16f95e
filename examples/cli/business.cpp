// sentra kbli lookup | search | diff, sentra scale
#include "cli.hpp"
#include "outputs.hpp"

#include <sentra/business/catalog.hpp>
#include <sentra/business/edition_diff.hpp>
#include <sentra/business/size.hpp>
#include <sentra/io/json.hpp>
#include <sentra/io/kbli_json.hpp>

#include <algorithm>
#include <filesystem>

namespace sentra_cli {

namespace {

template <class Catalog>
std::optional<Catalog> load_catalog(std::filesystem::path const& file, options const& o)
{
    auto c = sentra::io::read_catalog<typename Catalog::scheme_type>(file, sentra::catalog_options{0, o.legacy});
    if (!c) {
        for (auto const& e : c.error().problems()) std::cerr << e.to_string(o.language) << '\n';
        return std::nullopt;
    }
    return std::move(*c);
}

// Titles in --lang when given, else in the classification's own language.
template <class Scheme>
sentra::lang title_lang(options const& o)
{
    return o.language_given ? o.language : Scheme::title_language;
}

template <class Entry>
industry_output entry_output(Entry const& e, options const& o)
{
    using scheme = typename decltype(e.code())::scheme_type;
    sentra::lang const titles = title_lang<scheme>(o);
    industry_output j{e.code().to_string(), scheme::level_name(e.level()),
                      scheme::level_label(e.level(), o.language), e.title(titles)};
    if (e.sentence_title(titles) != e.title(titles)) j.title_sentence = e.sentence_title(titles);
    if (!e.description().empty()) j.description = e.description();
    if (e.legacy()) j.legacy = true;
    return j;
}

template <class Catalog>
int lookup_in(Catalog const& cat, options const& o)
{
    using scheme = typename Catalog::scheme_type;
    int status = exit_ok;
    boost::json::array out;
    for (std::size_t i = 0; i < o.args.size(); ++i) {
        auto e = cat.lookup(o.args[i]);
        if (!e) {
            sentra::error err = e.error();
            err.where = {};
            err.where.field = say({"argument {n}", "argumen {n}"}, {{"n", i + 1}});
            if (err.code == sentra::errc::unknown_code) {
                if (status == exit_ok) status = exit_invalid;
                if (auto c = sentra::any_industry_code<scheme>::parse(o.args[i]);
                    c && Catalog::is_legacy_code(*c))
                    err = sentra::error{err.code, err.where, "cli.legacy_code",
                                        {{"code", c->to_string()}}, err.level};
            } else {
                status = exit_usage;
            }
            if (o.json) {
                out.push_back(sentra::io::json::write(
                    lookup_failure_output{o.args[i], sentra::io::json::write(err)}));
            } else {
                std::cerr << "sentra: " << err.to_string(o.language) << '\n';
            }
            continue;
        }
        auto const chain = e->chain();
        if (o.json) {
            industry_found_output j{entry_output(*e, o), {}};
            for (auto it = chain.rbegin() + 1; it != chain.rend(); ++it)
                j.chain.push_back(entry_output(*it, o));
            out.push_back(sentra::io::json::write(j));
            continue;
        }
        for (auto it = chain.rbegin(); it != chain.rend(); ++it)
            std::cout << (it == chain.rbegin() ? "" : "  ") << it->code() << "  "
                      << scheme::level_label(it->level(), o.language) << "  "
                      << it->title(title_lang<scheme>(o)) << (it->legacy() ? "  [KBLI 2017]" : "")
                      << '\n';
    }
    if (o.json) print_json(out);
    return status;
}

template <class Catalog>
int search_in(Catalog const& cat, options const& o)
{
    std::string words;
    for (auto const& a : o.args) words += (words.empty() ? "" : " ") + a;
    auto const found = cat.search(words);
    std::vector<industry_output> out;
    for (auto const& e : found) {
        if (o.json)
            out.push_back(entry_output(e, o));
        else
            std::cout << e.code() << "  " << e.title(title_lang<typename Catalog::scheme_type>(o))
                      << '\n';
    }
    if (o.json)
        print_result(out);
    else if (found.empty())
        std::cerr << "sentra: "
                  << say({"no title holds {words}", "tidak ada judul yang memuat {words}"},
                         {{"words", sentra::quote_input(words)}})
                  << '\n';
    return found.empty() ? exit_invalid : exit_ok;
}

template <class F>
int with_catalog(options const& o, F&& f)
{
    auto const* release = sentra::find_classification_release(
        o.scheme.value_or(std::string(sentra::latest_kbli_release.name)));
    if (!release) return usage_error({"--scheme takes kbli2025, kbli2020 or isic4",
                             "--scheme berisi kbli2025, kbli2020, atau isic4"});
    if (o.legacy && release != &sentra::kbli2020_release)
        return usage_error({"--legacy is for --scheme kbli2020 (KBLI 2017 codes OSS still issues)",
                            "--legacy hanya untuk --scheme kbli2020 (kode KBLI 2017 yang masih diterbitkan OSS)"});
    auto data = find_data(o);
    if (!data) return exit_usage;
    auto const isic_file = data->classification(sentra::isic4_release);
    if (release == &sentra::isic4_release) {
        auto c = load_catalog<sentra::isic_catalog>(isic_file, o);
        return c ? f(*c) : exit_usage;
    }
    if (release == &sentra::kbli2025_release) {
        auto c = sentra::io::read_kbli_json<sentra::kbli2025>(data->classification(*release));
        if (!c) {
            for (auto const& e : c.error().problems()) std::cerr << e.to_string(o.language) << '\n';
            return exit_usage;
        }
        return f(*c);
    }
    auto c = load_catalog<sentra::kbli_catalog>(data->classification(sentra::kbli2020_release), o);
    if (!c) return exit_usage;
    // English titles of sections and divisions come from ISIC Rev.4 when it is there.
    if (title_lang<sentra::kbli2020>(o) == sentra::lang::en) take_isic_titles(*c, *data);
    return f(*c);
}

std::optional<sentra::rupiah> amount(std::optional<std::string> const& text, char const* name,
                                     int& status)
{
    if (!text) return std::nullopt;
    auto r = sentra::rupiah::parse(*text);
    if (!r) {
        sentra::error e = r.error();
        e.where = {};
        e.where.field = name;
        std::cerr << "sentra: " << e.to_string() << '\n';
        status = exit_usage;
        return std::nullopt;
    }
    if (r->value() < 0) {
        sentra::error e = sentra::make_error(sentra::errc::out_of_range, "size.negative");
        e.where.field = name;
        std::cerr << "sentra: " << e.to_string() << '\n';
        status = exit_usage;
        return std::nullopt;
    }
    return *r;
}

} // namespace

int kbli_lookup(options const& o)
{
    if (o.args.empty()) return usage_error({"kbli lookup needs at least one CODE",
                             "kbli lookup memerlukan sekurang-kurangnya satu KODE"});
    return with_catalog(o, [&](auto const& c) { return lookup_in(c, o); });
}

int kbli_search(options const& o)
{
    if (o.args.empty()) return usage_error({"kbli search needs WORDS",
                             "kbli search memerlukan KATA"});
    return with_catalog(o, [&](auto const& c) { return search_in(c, o); });
}

int kbli_diff(options const& o)
{
    if (o.args.size() != 2 || o.args[0] != "2020" || o.args[1] != "2025")
        return usage_error({"kbli diff compares the editions sentra ships: kbli diff 2020 2025",
                            "kbli diff membandingkan edisi yang dibawa sentra: kbli diff 2020 2025"});
    sentra::io::reference_set refs(data_option(o));
    auto changes = refs.kbli_changes();
    if (!changes) return print_load_problems(changes.error(), o);
    auto const& d = **changes;
    // Both catalogs are loaded already (the diff is made of them): the titles of the codes
    // only one edition has.
    auto const& before = **refs.catalog();
    auto const& after = **refs.catalog_of<sentra::kbli2025>();
    sentra::lang const l = o.language;
    auto level = [&](std::size_t lv) { return std::string(sentra::kbli2025::level_label(lv, l)); };
    if (o.json) {
        auto code_list = [&](auto const& codes, auto const& catalog) {
            std::vector<kbli_code_output> a;
            for (auto const& c : codes)
                a.push_back({c.to_string(), sentra::kbli2025::level_name(c.level()),
                             catalog.find(c)->title()});
            return a;
        };
        kbli_diff_output out;
        out.only_2020 = code_list(d.only_before, before);
        out.only_2025 = code_list(d.only_after, after);
        for (auto const& c : d.changed_title)
            out.changed_title.push_back({c.before.to_string(),
                                         sentra::kbli2025::level_name(c.before.level()),
                                         c.title_before, c.title_after, c.words_shared,
                                         c.likely_other_meaning});
        out.likely_other_meaning = d.likely_other_meanings();
        out.same_title = d.same_title.size();
        print_result(out);
        return exit_ok;
    }
    std::cout << say({"KBLI 2020 -> KBLI 2025: {gone} codes only in 2020, {new} only in 2025, "
                      "{changed} in both with another title ({other} likely another meaning, "
                      "marked !), {same} with the same title",
                      "KBLI 2020 -> KBLI 2025: {gone} kode hanya di 2020, {new} hanya di 2025, "
                      "{changed} di keduanya dengan judul lain ({other} kemungkinan berarti lain, "
                      "bertanda !), {same} dengan judul yang sama"},
                     {{"gone", d.only_before.size()},
                      {"new", d.only_after.size()},
                      {"changed", d.changed_title.size()},
                      {"other", d.likely_other_meanings()},
                      {"same", d.same_title.size()}})
              << "\n\n"
              << say({"Changed title (2020 | 2025):", "Judul berubah (2020 | 2025):"}) << '\n';
    for (auto const& c : d.changed_title)
        std::cout << (c.likely_other_meaning ? "! " : "  ") << c.before << "  " << level(c.before.level())
                  << "  " << c.title_before << " | " << c.title_after << '\n';
    std::cout << '\n' << say({"Only in KBLI 2020:", "Hanya di KBLI 2020:"}) << '\n';
    for (auto const& c : d.only_before)
        std::cout << "  " << c << "  " << level(c.level()) << "  " << before.find(c)->title() << '\n';
    std::cout << '\n' << say({"Only in KBLI 2025:", "Hanya di KBLI 2025:"}) << '\n';
    for (auto const& c : d.only_after)
        std::cout << "  " << c << "  " << level(c.level()) << "  " << after.find(c)->title() << '\n';
    return exit_ok;
}

int scale(options const& o)
{
    if (!o.args.empty()) return usage_error({"scale takes options only",
                             "scale hanya menerima opsi"});
    if (!o.criteria)
        return usage_error({"scale needs --criteria pp7-2021|uu20-2008|permenperin64-2016",
                             "scale memerlukan --criteria pp7-2021|uu20-2008|permenperin64-2016"});
    int status = exit_ok;
    sentra::size_inputs in;
    in.capital = amount(o.capital, "capital", status);
    in.net_assets = amount(o.net_assets, "net_assets", status);
    in.annual_sales = amount(o.sales, "annual_sales", status);
    in.investment = amount(o.investment, "investment", status);
    in.workers = o.workers;
    if (o.operating_since) {
        auto d = sentra::date::parse(*o.operating_since);
        if (!d) {
            sentra::error e = d.error();
            e.where.field = "operating_since";
            std::cerr << "sentra: " << e.to_string(o.language) << '\n';
            status = exit_usage;
        } else {
            in.operating_since = *d;
        }
    }
    // A cluster programme empowers its members: empowerment unless told otherwise.
    auto const purpose = o.purpose == "registration" ? sentra::size_purpose::registration
                                                     : sentra::size_purpose::empowerment;
    if (status != exit_ok) return status;
    auto const d = sentra::classify(*o.criteria, in, purpose);
    if (!d) {
        std::cerr << "sentra: " << d.error().to_string(o.language) << '\n';
        return exit_usage;
    }
    if (o.json) {
        print_result(*d); // the library's size_decision, its wording in both languages
    } else {
        std::cout << sentra::to_label(d->size, o.language) << "  " << d->rule.in(o.language) << '\n';
        std::cout << "  " << say({"purpose", "tujuan"}) << ": " << sentra::to_label(purpose, o.language)
                  << (o.purpose ? std::string() : say({" (the default)", " (bawaan)"})) << '\n';
        std::cout << "  " << say({"decided by", "ditentukan oleh"}) << " "
                  << sentra::to_label(d->criterion, o.language) << ": " << d->basis.in(o.language) << '\n';
        for (auto const& c : d->by_criterion)
            std::cout << "  " << sentra::to_label(c.criterion, o.language) << ": "
                      << sentra::to_label(c.size, o.language) << "  " << c.rule.in(o.language) << '\n';
        if (d->conflict)
            std::cout << "  "
                      << say({"the criteria disagree: {criterion} decides",
                              "kriteria-kriteria itu berbeda: {criterion} yang menentukan"},
                             {{"criterion", sentra::label_of(d->criterion)}})
                      << '\n';
    }
    return exit_ok;
}

} // namespace sentra_cli

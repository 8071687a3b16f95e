// sentra aggregate | map: a national cluster map in two steps that split across processes
// and machines (docs/scale.md).
//
//   sentra aggregate FILE|- --by LEVEL[,KBLI-LEVEL] [--size CRITERIA] [--source NAME]
//                    [--first-line N] [--threads N]
//   sentra aggregate --merge PART...
//   sentra map AGG --level LEVEL --kbli KBLI-LEVEL [--base national|province]
//              [--measure enterprises|workers] [--format ndjson|csv] [--lang en|id]
//
// aggregate writes the counts as NDJSON on standard output (sentra/io/aggregate.hpp) and one
// summary line on standard error; refused records are counted in the output, not failures:
// exit 0. --merge: 1 when a part is malformed or counts by other keys. 2: usage, I/O.
#include "cli.hpp"
#include "outputs.hpp"

#include <sentra/business/catalog.hpp>
#include <sentra/cluster/mapping.hpp>
#include <sentra/io/aggregate.hpp>
#include <sentra/io/catalog_csv.hpp>
#include <sentra/io/csv.hpp>
#include <sentra/io/file.hpp>
#include <sentra/io/ndjson.hpp>
#include <sentra/io/reference_data.hpp>
#include <sentra/validation.hpp>

#include <charconv>
#include <cstdio>
#include <filesystem>
#include <iterator>

namespace sentra_cli {

namespace {

// An aggregate's NDJSON is small (a line per key); a part larger than this is not one.
constexpr std::size_t aggregate_max_bytes = std::size_t{1} << 30;

void write_out(std::string const& text)
{
    std::fwrite(text.data(), 1, text.size(), stdout);
    std::fflush(stdout);
}

// Writes an aggregate on standard output a megabyte at a time.
template <class P>
int write_counts(sentra::basic_aggregate<P> const& agg)
{
    if (!sentra::io::write_aggregate(std::cout, agg)) {
        std::cerr << "sentra: error: "
                  << say({"standard output could not be written",
                          "keluaran standar tidak dapat ditulis"})
                  << '\n';
        return exit_usage;
    }
    return exit_ok;
}

std::optional<std::string> read_part_text(std::string const& file, options const& o, int& status)
{
    std::string text;
    if (file == "-") {
        text.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
    } else if (auto r = sentra::io::read_file_into(file, text, aggregate_max_bytes); !r) {
        std::cerr << r.error().to_string(o.language) << '\n';
        status = exit_usage;
        return std::nullopt;
    }
    return text;
}

template <class P>
std::optional<sentra::basic_aggregate<P>> read_part(std::string const& text,
                                                    std::string const& file, options const& o,
                                                    int& status)
{
    auto agg = sentra::io::read_aggregate<P>(text, file == "-" ? "<stdin>" : file);
    if (!agg) {
        for (auto const& e : agg.error().problems()) std::cerr << e.to_string(o.language) << '\n';
        status = exit_invalid;
        return std::nullopt;
    }
    return std::move(*agg);
}

// The edition an aggregate's text names (absent: KBLI 2020, as every part was before); an
// edition sentra does not ship reads as KBLI 2020's, whose reader refuses it at its place.
kbli_edition edition_of_part(std::string const& text)
{
    auto const named = sentra::io::aggregate_classification(text);
    auto const e = named ? classification_named(*named) : std::nullopt;
    return e ? *e : kbli_edition::kbli2020;
}

int merge_parts(options const& o)
{
    if (o.args.empty()) return usage_error({"aggregate --merge needs PART... (- reads standard input)",
                             "aggregate --merge memerlukan BAGIAN... (- membaca masukan standar)"});
    if (o.by || o.size) return usage_error({"aggregate --merge takes the keys from the parts, not --by or --size",
                             "aggregate --merge mengambil kunci dari bagian-bagiannya, bukan dari --by atau --size"});
    int status = exit_ok;
    std::vector<std::string> texts;
    for (auto const& file : o.args) {
        auto text = read_part_text(file, o, status);
        if (!text) return status;
        texts.push_back(std::move(*text));
    }
    // Every part is read in the edition of the first: a part of the other edition is refused
    // at its header's "classification" (parts of two editions never merge).
    return with_profile(edition_of_part(texts.front()), [&](auto profile) {
        using P = typename decltype(profile)::type;
        std::optional<sentra::basic_aggregate<P>> total;
        for (std::size_t i = 0; i < texts.size(); ++i) {
            std::string const& file = o.args[i];
            auto part = read_part<P>(texts[i], file, o, status);
            if (!part) return status;
            if (!total) {
                total = std::move(*part);
                continue;
            }
            if (auto m = total->merge(*part); !m) {
                sentra::error e = m.error();
                e.where.file = file == "-" ? "<stdin>" : file;
                std::cerr << e.to_string(o.language) << '\n';
                return exit_invalid;
            }
        }
        return write_counts(*total);
    });
}

} // namespace

namespace {
template <class P>
int aggregate_as(options const& o, sentra::basic_aggregate_by<P> const& by, std::uint64_t first_line);
}

int aggregate_records(options const& o)
{
    if (o.merge) return merge_parts(o);
    if (o.args.size() != 1) return usage_error({"aggregate needs one FILE (.ndjson, or - for stdin)",
                             "aggregate memerlukan satu BERKAS (.ndjson, atau - untuk masukan standar)"});
    if (!o.by) return usage_error({"aggregate needs --by LEVEL[,KBLI-LEVEL] (e.g. --by district,division)",
                             "aggregate memerlukan --by TINGKAT[,TINGKAT-KBLI] (mis. --by district,division)"});
    std::optional<std::string_view> size;
    if (o.size) size = *o.size;
    std::uint64_t const first_line = o.first_line.value_or(1);
    int status = exit_ok;
    auto const edition = chosen_classification(o, status);
    if (!edition) return status;
    return with_profile(*edition, [&](auto profile) {
        using P = typename decltype(profile)::type;
        auto by = sentra::basic_aggregate_by<P>::parse(*o.by, size, std::string(edition_name(o)));
        if (!by) return usage_error_text(by.error().detail(o.language));
        return aggregate_as<P>(o, *by, first_line);
    });
}

namespace {
template <class P>
int aggregate_as(options const& o, sentra::basic_aggregate_by<P> const& by, std::uint64_t first_line)
{
    using enterprise = sentra::basic_enterprise<P>;
    sentra::io::reference_set refs(data_option(o));
    auto const catalog = refs.catalog_of<typename P::classification_type>();
    if (!catalog) return print_load_problems(catalog.error(), o);
    auto const regions = refs.regions(edition_name(o));
    if (!regions) return print_load_problems(regions.error(), o);
    sentra::basic_validation_context<P> cx;
    cx.regions = *regions;
    cx.catalog = *catalog;

    std::string const& file = o.args[0];
    std::string const name = o.source ? *o.source : file == "-" ? "<stdin>" : file;
    sentra::basic_aggregate<P> agg(by);
    auto check = [&](enterprise const& e) { return sentra::validate(e, cx); };
    auto deliver = [&](sentra::io::ndjson::record<enterprise>&& r) {
        sentra::io::add_record(agg, r, name);
    };
    sentra::io::ndjson::read_options ro;
    ro.threads = o.threads;
    ro.first_line = first_line;
    if (o.source) ro.file_name = *o.source;
    auto summary = file == "-" ? sentra::io::ndjson::read<enterprise>(std::cin, name, check, deliver, ro)
                               : sentra::io::ndjson::read_file<enterprise>(file, check, deliver, ro);
    if (!summary) {
        std::cerr << summary.error().to_string(o.language) << '\n';
        return exit_usage;
    }
    if (int const written = write_counts(agg); written != exit_ok) return written;
    std::cerr << name << ": "
              << say({"{records} records, {added} counted, {refused} refused",
                      "{records} catatan, {added} dihitung, {refused} ditolak"},
                     {{"records", agg.records()},
                      {"added", agg.added()},
                      {"refused", agg.refused().records}});
    char const* separator = " (";
    for (auto const& [code, n] : agg.refused().by_reason) {
        std::cerr << separator << sentra::to_string(code) << ' ' << n;
        separator = ", ";
    }
    std::cerr << (agg.refused().by_reason.empty() ? "" : ")") << '\n';
    return exit_ok;
}
} // namespace

namespace {

std::string shortest(double x)
{
    char buf[32];
    auto const r = std::to_chars(buf, buf + sizeof buf, x);
    return std::string(buf, r.ptr);
}


} // namespace

namespace {
template <class P>
int map_as(options const& o, sentra::basic_aggregate<P> const& agg_in);
}

int map_command(options const& o)
{
    if (o.args.size() != 1) return usage_error({"map needs one AGG (an aggregate, or - for stdin)",
                             "map memerlukan satu REKAP (rekapitulasi, atau - untuk masukan standar)"});
    if (o.output != output_format::ndjson && o.output != output_format::csv &&
        !(o.output == output_format::text && !o.format_given))
        return usage_error({"map writes --format ndjson (default) or csv",
                             "map menulis --format ndjson (bawaan) atau csv"});
    if (!o.level || !o.kbli) return usage_error({"map needs --level LEVEL and --kbli KBLI-LEVEL (e.g. --level district --kbli division)",
                             "map memerlukan --level TINGKAT dan --kbli TINGKAT-KBLI (mis. --level district --kbli division)"});
    auto levels = sentra::aggregate_by::parse(*o.level + "," + *o.kbli);
    if (!levels) return usage_error_text(levels.error().detail(o.language));
    if (o.base && *o.base != "national" && *o.base != "province")
        return usage_error({"--base takes national or province",
                             "--base berisi national atau province"});
    if (o.measure && *o.measure != "enterprises" && *o.measure != "workers")
        return usage_error({"--measure takes enterprises or workers",
                             "--measure berisi enterprises atau workers"});
    int status = exit_ok;
    std::optional<kbli_edition> wanted;
    if (o.classification) {
        wanted = chosen_classification(o, status);
        if (!wanted) return status;
    }
    auto text = read_part_text(o.args[0], o, status);
    if (!text) return status;
    // The aggregate names its edition; --classification, when given, must agree.
    kbli_edition const named = edition_of_part(*text);
    return with_profile(wanted.value_or(named), [&](auto profile) {
        using P = typename decltype(profile)::type;
        auto agg = read_part<P>(*text, o.args[0], o, status);
        if (!agg) return status;
        return map_as<P>(o, *agg);
    });
}

namespace {
template <class P>
int map_as(options const& o, sentra::basic_aggregate<P> const& agg_in)
{
    using classification = typename P::classification_type;
    auto const* agg = &agg_in;
    auto levels = sentra::basic_aggregate_by<P>::parse(*o.level + "," + *o.kbli);
    if (!levels) return usage_error_text(levels.error().detail(o.language));
    sentra::cluster_map_options mo;
    mo.region_level = levels->region_level();
    mo.industry_level = *levels->industry_level();
    if (o.base) {
        if (*o.base == "national") mo.base = sentra::lq_base::national;
        else if (*o.base == "province") mo.base = sentra::lq_base::province;
        else return usage_error({"--base takes national or province",
                             "--base berisi national atau province"});
    }
    if (o.measure) {
        if (*o.measure == "enterprises") mo.measure = sentra::lq_measure::enterprises;
        else if (*o.measure == "workers") mo.measure = sentra::lq_measure::workers;
        else return usage_error({"--measure takes enterprises or workers",
                             "--measure berisi enterprises atau workers"});
    }
    auto entries = sentra::cluster_map(*agg, mo);
    if (!entries) {
        std::cerr << "sentra: " << entries.error().to_string(o.language) << '\n';
        return exit_invalid;
    }

    // Names: the regions of the edition the aggregate was counted in, KBLI titles in --lang
    // (else Indonesian), English ones from ISIC Rev.4.
    std::string const edition = agg->by().region_edition().empty() ? std::string(edition_name(o))
                                                                    : agg->by().region_edition();
    sentra::io::reference_set refs(data_option(o));
    auto const regions = refs.regions(edition);
    if (!regions) return print_load_problems(regions.error(), o);
    auto data = find_data(o);
    if (!data) return exit_usage;
    auto loaded = refs.catalog_of<classification>();
    if (!loaded) return print_load_problems(loaded.error(), o);
    sentra::basic_catalog<classification> catalog_copy = **loaded;
    auto* catalog = &catalog_copy;
    sentra::lang const titles = o.language_given ? o.language : classification::title_language;
    if constexpr (std::is_same_v<classification, sentra::kbli2020>)
        if (titles == sentra::lang::en) take_isic_titles(*catalog, *data);

    auto region_name = [&](sentra::any_region_code<sentra::kemendagri> const& r) {
        auto const v = (*regions)->find(r);
        return v ? v->full_name() : std::string();
    };
    auto industry_title = [&](sentra::any_industry_code<classification> const& i) {
        auto const e = catalog->find(i);
        return e ? std::string(e->sentence_title(titles)) : std::string();
    };
    bool const id = o.language == sentra::lang::id;
    std::string const measure(sentra::to_label(mo.measure, o.language));
    std::string out;
    if (o.output == output_format::csv)
        out += id ? "wilayah,nama_wilayah,kbli,judul_kbli,ukuran,di_wilayah,total_wilayah,basis,"
                    "nama_basis,di_basis,total_basis,lq,ambang_kuat,kuat\n"
                  : "region,region_name,kbli,kbli_title,measure,in_region,region_total,base,"
                    "base_name,in_base,base_total,lq,strong_threshold,strong\n";
    for (auto const& e : *entries) {
        std::string const base = e.base ? e.base->to_string() : std::string(sentra::to_label(mo.base, o.language));
        std::string const base_name = e.base ? region_name(*e.base) : std::string("Indonesia");
        if (o.output == output_format::csv) {
            out += e.region.to_string() + ',' + sentra::io::csv_cell(region_name(e.region)) + ',' +
                   e.industry.to_string() + ',' + sentra::io::csv_cell(industry_title(e.industry)) + ',' +
                   sentra::io::csv_cell(measure) + ',' + std::to_string(e.in_region) + ',' +
                   std::to_string(e.region_total) + ',' + sentra::io::csv_cell(base) + ',' +
                   sentra::io::csv_cell(base_name) + ',' + std::to_string(e.in_base) + ',' +
                   std::to_string(e.base_total) + ',' + shortest(e.lq) + ',' +
                   shortest(e.threshold) + ',' +
                   (e.strong ? (id ? "ya" : "yes") : (id ? "tidak" : "no")) + '\n';
        } else {
            sentra::io::json::serialize_to(
                out, map_row_output<P>{e, mo.measure, region_name(e.region),
                                       industry_title(e.industry), base_name});
            out += '\n';
        }
        if (out.size() > (1u << 20)) {
            write_out(out);
            out.clear();
        }
    }
    write_out(out);
    return exit_ok;
}
} // namespace

} // namespace sentra_cli

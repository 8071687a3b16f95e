// sentra case check | overdue | open311 export | open311 import
//
// Each takes a JSON array of cases or a sentra document (its cases, checked against its
// clusters, enterprises and agencies, followed by its deadline policy in its time zone).
// Every case printed goes through its privacy (`--internal`: the whole case, for exchange
// between the agencies handling it).
#include "cli.hpp"
#include "programme.hpp"

#include <sentra/coordination/deadlines.hpp>
#include <sentra/coordination/privacy.hpp>
#include <sentra/document.hpp>
#include <sentra/io/document.hpp>
#include <sentra/io/file.hpp>
#include <sentra/io/json.hpp>
#include <sentra/io/open311.hpp>
#include <sentra/time_zone.hpp>
#include <sentra/validation.hpp>

namespace sentra_cli {

namespace {

using case_list = std::vector<sentra::coordination_case>;

// Reads FILE; prints why not (exit 2) and returns nullopt.
std::optional<std::string> read_text(std::string const& file, options const& o, int& status)
{
    std::string text;
    if (auto r = sentra::io::read_file_into(file, text); !r) {
        std::cerr << r.error().to_string(o.language) << '\n';
        status = exit_usage;
        return std::nullopt;
    }
    return text;
}

sentra::io::json::read_options read_options_of(options const& o)
{
    sentra::io::json::read_options ro;
    ro.max_errors = o.max_errors;
    return ro;
}

// Whether a JSON text is an object (a document) rather than an array: its first byte
// after spaces (and a UTF-8 byte order mark).
bool is_object_text(std::string_view text)
{
    if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
    for (char c : text) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n') continue;
        return c == '{';
    }
    return false;
}

// The KBLI edition of the input's programme: the one FILE (a document) names, else the one
// --programme names; KBLI 2020's when neither names one (a bare array, the older programme
// file). Cases hold no KBLI code, but their programme's lists do.
kbli_edition edition_of_input(std::string const& file, options const& o)
{
    if (auto e = edition_named_in_file(file)) return *e;
    if (o.programme)
        if (auto e = edition_named_in_file(*o.programme)) return *e;
    return kbli_edition::kbli2020;
}

// The cases of FILE: a bare array, or a document (then `doc` holds it, checked). Problems
// are printed (exit 1 for invalid data, 2 for I/O).
template <class P>
std::optional<case_list> read_cases(std::string const& file, options const& o, int& status,
                                    std::optional<sentra::basic_document<P>>& doc)
{
    auto text = read_text(file, o, status);
    if (!text) return std::nullopt;
    if (is_object_text(*text)) {
        auto d = sentra::io::read_document<sentra::basic_document<P>>(*text, file, {},
                                                                       read_options_of(o));
        if (!d) {
            print_problems(std::cout, std::move(d).error(), file);
            status = exit_invalid;
            return std::nullopt;
        }
        doc = std::move(d->document);
        return doc->cases;
    }
    auto cases = sentra::io::json::parse<case_list>(*text, file, read_options_of(o));
    if (!cases) {
        print_problems(std::cout, std::move(cases).error(), file);
        status = exit_invalid;
        return std::nullopt;
    }
    return std::move(*cases);
}

// --programme FILE: a document, or the older programme file (lists without the header).
template <class P>
std::optional<sentra::basic_document<P>> read_programme(options const& o, int& status)
{
    auto text = read_text(*o.programme, o, status);
    if (!text) return std::nullopt;
    auto p = parse_programme_as<P>(*text, *o.programme, read_options_of(o));
    if (!p) {
        print_problems(std::cout, std::move(p).error(), *o.programme);
        status = exit_invalid;
        return std::nullopt;
    }
    return std::move(*p);
}

// The zone days are counted in: --time-zone, else the programme's (a document's own, or
// from its regions), else WIB, said in the output.
struct zone_choice {
    sentra::time_zone zone = sentra::time_zone::wib();
    bool by_default = false;
};

template <class P>
std::optional<zone_choice> choose_zone(options const& o, sentra::basic_document<P> const* programme,
                                       std::string const& file, int& status)
{
    if (o.time_zone) {
        auto z = sentra::time_zone::parse(*o.time_zone);
        if (!z) {
            status = usage_error_text("--time-zone: " + z.error().detail(o.language));
            return std::nullopt;
        }
        return zone_choice{*z, false};
    }
    if (programme) {
        auto z = sentra::programme_time_zone(*programme);
        if (!z) {
            sentra::error e = z.error();
            e.where.file = file;
            std::cout << e.to_string(o.language) << '\n';
            status = exit_invalid;
            return std::nullopt;
        }
        return zone_choice{*z, false};
    }
    return zone_choice{sentra::time_zone::wib(), true};
}

// A date in a line for people: as Indonesians write it under id ("13 Januari 2020"); the
// ISO form in English, the form the documented English lines have always used.
std::string date_text(sentra::date const& d, sentra::lang language)
{
    return language == sentra::lang::id ? sentra::format_date(d, language) : d.to_string();
}

std::string zone_note(zone_choice const& z, sentra::lang language)
{
    std::string s = z.zone.to_string();
    if (z.by_default) s += language == sentra::lang::id ? ", bawaan" : ", the default";
    return s;
}

sentra::audience audience_of(options const& o)
{
    return o.internal ? sentra::audience::agencies : sentra::audience::anyone;
}

// The input's programme: the document itself, else --programme (not both).
template <class P>
struct programme_input {
    std::optional<sentra::basic_document<P>> doc;
    std::optional<sentra::basic_document<P>> programme;
    sentra::basic_document<P> const* get() const
    {
        return doc ? &*doc : programme ? &*programme : nullptr;
    }
};

template <class P>
std::optional<case_list> read_input(std::string const& file, options const& o, int& status,
                                    programme_input<P>& in)
{
    auto cases = read_cases(file, o, status, in.doc);
    if (!cases) return std::nullopt;
    if (o.programme) {
        if (in.doc) {
            status = usage_error({"a document is its own programme: --programme is for a bare "
                                  "array of cases",
                                  "dokumen adalah programnya sendiri: --programme hanya untuk "
                                  "larik kasus saja"});
            return std::nullopt;
        }
        in.programme = read_programme<P>(o, status);
        if (!in.programme) return std::nullopt;
    }
    return cases;
}

template <class P>
int case_check_as(options const& o);
template <class P>
int case_overdue_as(options const& o, sentra::timestamp const& now);
template <class P>
int case_open311_export(options const& o);

} // namespace

int case_check(options const& o)
{
    if (o.args.size() != 1) return usage_error({"case check needs one FILE",
                             "case check memerlukan satu BERKAS"});
    return with_profile(edition_of_input(o.args[0], o), [&](auto profile) {
        return case_check_as<typename decltype(profile)::type>(o);
    });
}

namespace {
template <class P>
int case_check_as(options const& o)
{
    std::string const& file = o.args[0];
    int status = exit_ok;
    programme_input<P> in;
    auto cases = read_input(file, o, status, in);
    if (!cases) return status;
    std::size_t errors = 0;
    boost::json::array out;
    sentra::report problems;
    if (in.doc) {
        // Read and checked whole: the cases' references against its own lists.
    } else {
        std::optional<sentra::basic_registry<P>> reg;
        if (in.programme) {
            auto r = sentra::make_registry(*in.programme);
            if (!r) {
                print_problems(std::cout, std::move(r).error(), *o.programme);
                return exit_invalid;
            }
            reg = std::move(*r);
        }
        problems = sentra::validate(
            *cases, sentra::basic_validation_context<P>{nullptr, nullptr, reg ? &*reg : nullptr, {}});
        problems.name_file(file);
    }
    for (auto const& e : problems.problems()) {
        ++errors;
        if (o.json)
            out.push_back(sentra::io::json::write(e));
        else
            std::cout << e.to_string(o.language) << '\n';
    }
    if (o.json)
        print_json(out);
    else
        std::cout << file << ": " << sentra::counted(cases->size(), {"case", "cases", "kasus"}, o.language)
                  << ", " << sentra::counted(errors, {"error", "errors", "kesalahan"}, o.language)
                  << '\n';
    return errors == 0 ? exit_ok : exit_invalid;
}
} // namespace

int case_overdue(options const& o)
{
    if (o.args.size() != 1) return usage_error({"case overdue needs one FILE",
                             "case overdue memerlukan satu BERKAS"});
    if (!o.now)
        return usage_error({"case overdue needs --now TIME (e.g. 2020-01-15T09:00:00+07:00)",
                             "case overdue memerlukan --now WAKTU (mis. 2020-01-15T09:00:00+07:00)"});
    auto now = sentra::timestamp::parse(*o.now);
    if (!now) return usage_error_text(now.error().message());
    return with_profile(edition_of_input(o.args[0], o), [&](auto profile) {
        return case_overdue_as<typename decltype(profile)::type>(o, *now);
    });
}

namespace {
// One finding of what_is_due, as a line of text.
template <class Policy>
void print_due(sentra::due_finding const& finding, Policy const& policy, sentra::lang language)
{
    std::cout << finding.case_ << "  ";
    if (auto const* d = finding.completion ? &*finding.completion : nullptr) {
        std::string record;
        for (auto a : d->actions) {
            if (!record.empty()) record += ", ";
            record += sentra::to_string(a);
        }
        std::cout << say({"due for completion since {due}: no reply from the reporter to the "
                          "follow-up of {followed_up} for {silent}; record {record}",
                          "sudah waktunya ditutup sejak {due}: pelapor tidak membalas tindak "
                          "lanjut {followed_up} selama {silent}; catat {record}"},
                         {{"due", date_text(d->due, language)},
                          {"followed_up", date_text(d->followed_up, language)},
                          {"silent", sentra::days_label(d->days_silent, policy.completion_silence.kind,
                                                        language)},
                          {"record", record}})
                  << '\n';
        return;
    }
    auto const& f = *finding.overdue;
    std::cout << say({"{missed} due {due}, {late} late", "{missed} jatuh tempo {due}, terlambat {late}"},
                     {{"missed", sentra::label_of(f.missed)},
                      {"due", date_text(f.due, language)},
                      {"late", sentra::days_label(f.days_late, f.allowed.kind, language)}});
    if (f.agency) std::cout << " (" << *f.agency << ")";
    if (f.next_level == 0)
        std::cout << say({"; next: verify and forward it to the agency responsible",
                          "; berikutnya: verifikasi dan teruskan ke instansi yang berwenang"});
    else if (f.next_step)
        std::cout << say({"; next: escalate to level {level}, ", "; berikutnya: eskalasi ke tingkat {level}, "},
                         {{"level", f.next_level}})
                  << f.next_step->label(language)
                  << (f.next_step->agency ? " (" + f.next_step->agency->to_string() + ")"
                                          : std::string());
    else
        std::cout << say({"; next: escalate to level {level}", "; berikutnya: eskalasi ke tingkat {level}"},
                         {{"level", f.next_level}})
                  << say(policy.escalation.empty()
                             ? sentra::bilingual{" (the programme has no escalation chain)",
                                                 " (program tidak memiliki rantai eskalasi)"}
                             : sentra::bilingual{" (past the programme's escalation chain)",
                                                 " (melewati rantai eskalasi program)"});
    std::cout << '\n';
}

template <class P>
int case_overdue_as(options const& o, sentra::timestamp const& now_time)
{
    auto const* now = &now_time;
    std::string const& file = o.args[0];
    int status = exit_ok;
    programme_input<P> in;
    auto cases = read_input(file, o, status, in);
    if (!cases) return status;
    auto zone = choose_zone(o, in.get(), in.doc ? file : o.programme.value_or(file), status);
    if (!zone) return status;
    std::vector<sentra::date> holidays;
    if (in.get() && in.get()->holidays) holidays = *in.get()->holidays;
    if (o.holidays) {
        auto text = read_text(*o.holidays, o, status);
        if (!text) return status;
        auto h = sentra::io::json::parse<std::vector<sentra::date>>(*text, *o.holidays,
                                                                    read_options_of(o));
        if (!h) {
            print_problems(std::cout, std::move(h).error(), *o.holidays);
            return exit_usage;
        }
        holidays.insert(holidays.end(), h->begin(), h->end());
    }
    sentra::working_calendar const calendar(zone->zone, std::move(holidays));
    auto const policy =
        in.get() ? sentra::deadline_policy_of(*in.get()) : sentra::deadline_policy::lapor();
    std::vector<sentra::due_finding> out;
    std::size_t late = 0, completions = 0;
    for (std::size_t i = 0; i < cases->size(); ++i) {
        auto const& c = (*cases)[i];
        auto due = sentra::what_is_due(c, policy, calendar, *now);
        if (!due) {
            sentra::error e = sentra::under_pointer(
                in.doc ? sentra::json_pointer("cases", i) : sentra::json_pointer(i), due.error());
            e.where.file = file;
            std::cout << e.to_string(o.language) << '\n';
            status = exit_invalid;
            continue;
        }
        if (!due->empty() && due->front().overdue) ++late;
        for (auto const& finding : *due) {
            if (finding.completion) ++completions;
            if (!o.json) print_due(finding, policy, o.language);
        }
        if (o.json) out.insert(out.end(), due->begin(), due->end());
    }
    if (o.json)
        print_result(out);
    else
        std::cout << say({"{late} of {cases} cases overdue, {completions} due for completion at {now} "
                          "({zone}; policy {policy})",
                          "{late} dari {cases} kasus terlambat, {completions} sudah waktunya ditutup "
                          "pada {now} ({zone}; kebijakan {policy})"},
                         {{"late", late},
                          {"cases", cases->size()},
                          {"completions", completions},
                          {"now", now->to_string()},
                          {"zone", zone_note(*zone, o.language)},
                          {"policy", policy.version}})
                  << '\n';
    return status;
}
} // namespace

int case_open311(options const& o)
{
    if (o.args.size() != 1)
        return usage_error({"case open311 export|import needs one FILE",
                             "case open311 export|import memerlukan satu BERKAS"});
    std::string const& file = o.args[0];
    int status = exit_ok;
    if (o.open311_action == "export")
        return with_profile(edition_of_input(file, o), [&](auto profile) {
            return case_open311_export<typename decltype(profile)::type>(o);
        });
    auto text = read_text(file, o, status);
    if (!text) return status;
    auto requests = sentra::io::read_open311(*text, file, read_options_of(o));
    if (!requests) {
        print_problems(std::cout, std::move(requests).error(), file);
        return exit_invalid;
    }
    case_list out;
    for (std::size_t i = 0; i < requests->size(); ++i) {
        auto c = sentra::io::from_open311((*requests)[i]);
        if (!c) {
            // With the other problems of input, on stdout: nothing else is printed then.
            sentra::report problems;
            problems.merge_under(sentra::json_pointer(i), c.error());
            print_problems(std::cout, std::move(problems), file);
            status = exit_invalid;
            continue;
        }
        out.push_back(sentra::disclose(std::move(*c), audience_of(o)));
    }
    if (status == exit_ok) print_json(sentra::io::json::write(out));
    return status;
}

namespace {
// case open311 export, for a programme of profile P.
template <class P>
int case_open311_export(options const& o)
{
    std::string const& file = o.args[0];
    int status = exit_ok;
    programme_input<P> in;
    auto cases = read_input(file, o, status, in);
    if (!cases) return status;
    std::optional<sentra::timestamp> now;
    if (o.now) {
        auto t = sentra::timestamp::parse(*o.now);
        if (!t) return usage_error_text(t.error().message());
        now = *t;
    }
    if (in.doc) {
        // A document: the library's one call, with what the document knows.
        auto regions = load_regions(o, sentra::edition_to_check(*in.doc, edition_name(o)), status);
        if (!regions) return status;
        sentra::io::open311_export_options options;
        options.who = audience_of(o);
        options.language = o.language;
        options.now = now;
        if (o.time_zone) {
            auto zone = choose_zone(o, in.get(), file, status);
            if (!zone) return status;
            options.zone = zone->zone;
        }
        auto requests = sentra::io::to_open311(*in.doc, *regions, options);
        if (!requests) {
            print_problems(std::cout, std::move(requests).error(), file);
            return exit_invalid;
        }
        print_json(sentra::io::json::write(*requests));
        return exit_ok;
    }
    // A bare array of cases, with a programme's lists when --programme gives them.
    sentra::io::basic_open311_context<P> cx;
    cx.who = audience_of(o);
    cx.language = o.language;
    cx.now = now;
    std::optional<sentra::basic_registry<P>> reg;
    std::optional<sentra::gazetteer> regions;
    std::optional<sentra::working_calendar> calendar;
    std::optional<sentra::deadline_policy> policy;
    if (auto const* p = in.get()) {
        auto r = sentra::make_registry(*p);
        if (r) reg = std::move(*r);
        if (reg) cx.registry = *reg;
        regions = load_regions(o, sentra::edition_to_check(*p, edition_name(o)), status);
        if (!regions) return status;
        cx.regions = *regions;
        auto zone = choose_zone(o, p, *o.programme, status);
        if (!zone) return status;
        calendar.emplace(zone->zone, p->holidays.value_or(std::vector<sentra::date>{}));
        policy = sentra::deadline_policy_of(*p);
        cx.calendar = *calendar;
        cx.policy = *policy;
    }
    std::vector<sentra::io::open311_request> out;
    for (std::size_t i = 0; i < cases->size(); ++i) {
        auto r = sentra::io::to_open311((*cases)[i], cx);
        if (!r) {
            sentra::error e = sentra::under_pointer(sentra::json_pointer(i), r.error());
            e.where.file = file;
            std::cout << e.to_string(o.language) << '\n';
            return exit_invalid;
        }
        out.push_back(std::move(*r));
    }
    print_json(sentra::io::json::write(out));
    return exit_ok;
}
} // namespace

} // namespace sentra_cli

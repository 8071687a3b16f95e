// sentra case check | overdue | open311 export | open311 import
#include "cli.hpp"

#include <sentra/document.hpp>
#include <sentra/coordination/deadlines.hpp>
#include <sentra/io/document.hpp>
#include <sentra/io/file.hpp>
#include <sentra/io/open311.hpp>
#include <sentra/validation.hpp>
#include <sentra/io/json.hpp>

namespace sentra_cli {

namespace {

// Reads FILE and parses it with `parse`; prints problems (with the file name) and returns
// nullopt.
template <class T, class Parse>
std::optional<T> read_file_as(std::string const& file, options const& o, int& status, Parse parse)
{
    std::string text;
    if (auto r = sentra::io::read_file_into(file, text); !r) {
        std::cerr << r.error().to_string(o.language) << '\n';
        status = exit_usage;
        return std::nullopt;
    }
    sentra::io::json::read_options ro;
    ro.max_errors = o.max_errors;
    auto v = parse(text, ro, file);
    if (!v) {
        sentra::report problems = std::move(v).error();
        problems.name_file(file);
        std::cout << problems.to_string(o.language);
        status = exit_invalid;
        return std::nullopt;
    }
    return std::move(*v);
}

// Reads FILE as JSON of type T; prints problems (with the file name) and returns nullopt.
template <class T>
std::optional<T> read_json_file(std::string const& file, options const& o, int& status)
{
    return read_file_as<T>(file, o, status, [](std::string_view text, auto ro, std::string const& f) {
        return sentra::io::json::parse<T>(text, f, ro);
    });
}

using case_list = std::vector<sentra::coordination_case>;

} // namespace

int case_check(options const& o)
{
    if (o.args.size() != 2) return usage_error("case check needs one FILE");
    std::string const& file = o.args[1];
    int status = exit_ok;
    auto cases = read_json_file<case_list>(file, o, status);
    if (!cases) return status;
    std::optional<sentra::document> p; // declared first: it outlives the registry indexing it
    std::optional<sentra::registry> reg;
    if (o.programme) {
        p = read_file_as<sentra::document>(*o.programme, o, status, [](std::string_view text, auto ro,
                                                                    std::string const& f) {
            return sentra::io::parse_programme(text, f, ro);
        });
        if (!p) return status;
        auto r = sentra::make_registry(*p);
        if (!r) {
            sentra::report problems = std::move(r).error();
            problems.name_file(*o.programme);
            std::cout << problems.to_string(o.language);
            return exit_invalid;
        }
        reg = std::move(*r);
    }
    std::size_t errors = 0;
    boost::json::array out;
    auto problems = sentra::validate(*cases, sentra::validation_context{nullptr, nullptr,
                                                                        reg ? &*reg : nullptr, {}});
    problems.name_file(file);
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
        std::cout << file << ": " << cases->size() << " cases, " << errors << " errors\n";
    return errors == 0 ? exit_ok : exit_invalid;
}

int case_overdue(options const& o)
{
    if (o.args.size() != 2) return usage_error("case overdue needs one FILE");
    if (!o.now)
        return usage_error("case overdue needs --now TIME (e.g. 2020-01-15T09:00:00+07:00)");
    auto now = sentra::timestamp::parse(*o.now);
    if (!now) return usage_error(now.error().message());
    int status = exit_ok;
    sentra::working_calendar calendar;
    if (o.holidays) {
        auto h = read_json_file<std::vector<sentra::date>>(*o.holidays, o, status);
        if (!h) return status == exit_invalid ? exit_usage : status;
        calendar.holidays = std::move(*h);
    }
    auto cases = read_json_file<case_list>(o.args[1], o, status);
    if (!cases) return status;
    auto const policy = sentra::deadline_policy::lapor();
    boost::json::array out;
    std::size_t late = 0;
    for (std::size_t i = 0; i < cases->size(); ++i) {
        auto const& c = (*cases)[i];
        auto r = sentra::overdue(c, policy, calendar, *now);
        if (!r) {
            sentra::error e = sentra::under_pointer(sentra::json_pointer(i), r.error());
            e.where.file = o.args[1];
            std::cout << e.to_string(o.language) << '\n';
            status = exit_invalid;
            continue;
        }
        if (!*r) continue;
        ++late;
        auto const& f = **r;
        if (o.json) {
            boost::json::object j;
            j["case"] = c.id.to_string();
            j["missed"] = sentra::io::json::write(f.missed); // the stable name
            j["due"] = f.due.to_string();
            j["working_days_late"] = f.working_days_late;
            j["suggested_escalation_level"] = f.suggested_level;
            out.push_back(std::move(j));
        } else {
            std::cout << c.id << "  " << sentra::to_label(f.missed, o.language) << " due " << f.due << ", " << f.working_days_late
                      << " working day" << (f.working_days_late == 1 ? "" : "s")
                      << " late; suggest escalation to level " << f.suggested_level << '\n';
        }
    }
    if (o.json)
        print_json(out);
    else
        std::cout << late << " of " << cases->size() << " cases overdue at " << *now << '\n';
    return status;
}

int case_open311(options const& o)
{
    if (o.args.size() != 3 || (o.args[1] != "export" && o.args[1] != "import"))
        return usage_error("case open311 needs export or import, and one FILE");
    std::string const& file = o.args[2];
    int status = exit_ok;
    if (o.args[1] == "export") {
        auto cases = read_json_file<case_list>(file, o, status);
        if (!cases) return status;
        std::vector<sentra::io::open311_request> out;
        for (std::size_t i = 0; i < cases->size(); ++i) {
            auto r = sentra::io::to_open311((*cases)[i]);
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
    auto requests = read_json_file<std::vector<sentra::io::open311_request>>(file, o, status);
    if (!requests) return status;
    case_list out;
    for (std::size_t i = 0; i < requests->size(); ++i) {
        auto c = sentra::io::from_open311((*requests)[i]);
        if (!c) {
            // With the other problems of input, on stdout: nothing else is printed then.
            sentra::report problems;
            problems.merge_under(sentra::json_pointer(i), c.error());
            problems.name_file(file);
            std::cout << problems.to_string(o.language);
            status = exit_invalid;
            continue;
        }
        out.push_back(std::move(*c));
    }
    if (status == exit_ok) print_json(sentra::io::json::write(out));
    return status;
}

} // namespace sentra_cli

// sentra — the command-line tool of the sentra library, and its main example.
//
//   sentra regions check | lookup | search     (regions.cpp)
//   sentra kbli lookup | search, sentra scale    (business.cpp)
//   sentra cluster report                        (cluster.cpp)
//   sentra case check | overdue | open311        (cases.cpp)
//   sentra validate | fmt | schema               (documents.cpp)
//   sentra data, sentra regions diff             (data.cpp)
//   sentra import | export enterprises           (import.cpp)
//   sentra aggregate, sentra map                 (mapping.cpp)
//
// Every command takes --format text|json and --lang en|id. Exit codes: 0 success,
// 1 invalid data or not found, 2 usage, I/O error or malformed argument.
#include "cli.hpp"

#include <sentra/version.hpp>

#include <exception>
#include <iostream>
#include <string>
#include <string_view>

using namespace sentra_cli;

namespace {

// The language of everything printed, before the options are read (the help, a command
// that is not one): --lang where given, else the locale's.
void choose_language(int argc, char** argv)
{
    sentra::lang l = locale_language();
    for (int i = 1; i < argc; ++i) {
        std::string_view const a = argv[i];
        std::string_view v;
        if (a == "--lang" && i + 1 < argc)
            v = argv[i + 1];
        else if (a.starts_with("--lang="))
            v = a.substr(7);
        if (v == "id") l = sentra::lang::id;
        if (v == "en") l = sentra::lang::en;
    }
    sentra::set_default_lang(l);
}

int run(int argc, char** argv)
{
    choose_language(argc, argv);
    if (argc < 2) return usage_error({"no command given", "tidak ada perintah"});
    std::string_view const cmd = argv[1];
    if (cmd == "--help" || cmd == "-h" || cmd == "help") {
        std::cout << usage();
        return exit_ok;
    }
    if (cmd == "--version") {
        std::cout << "sentra " << sentra::version_string << '\n' << data_summary() << '\n';
        return exit_ok;
    }
    for (int i = 2; i < argc; ++i)
        if (std::string_view(argv[i]) == "--help") {
            std::cout << usage();
            return exit_ok;
        }
    options o;
    if (cmd == "validate" || cmd == "fmt" || cmd == "schema") {
        if (auto code = parse_options(argc, argv, 2, o)) return *code;
        if (o.output == output_format::csv) return usage_error({"--format csv is for export",
                             "--format csv hanya untuk export"});
        if (o.output == output_format::html) return usage_error({"--format html is for cluster report",
                             "--format html hanya untuk cluster report"});
        if (cmd == "validate") return validate_files(o);
        if (o.output == output_format::ndjson)
            return usage_error({"--format ndjson is for validate",
                             "--format ndjson hanya untuk validate"});
        return cmd == "fmt" ? format_file(o) : print_schema(o);
    }
    if (cmd == "import" || cmd == "export") {
        if (auto code = parse_options(argc, argv, 2, o)) return *code;
        return cmd == "import" ? import_enterprises(o) : export_enterprises(o);
    }
    if (cmd == "aggregate" || cmd == "map") {
        if (auto code = parse_options(argc, argv, 2, o)) return *code;
        if (cmd == "map") return map_command(o);
        if (o.format_given && o.output != output_format::ndjson)
            return usage_error({"aggregate writes NDJSON only",
                             "aggregate hanya menulis NDJSON"});
        return aggregate_records(o);
    }
    if (cmd == "case") {
        if (auto code = parse_options(argc, argv, 2, o)) return *code;
        if (o.output == output_format::csv) return usage_error({"--format csv is for export",
                             "--format csv hanya untuk export"});
        if (o.output == output_format::html) return usage_error({"--format html is for cluster report",
                             "--format html hanya untuk cluster report"});
        if (o.output == output_format::ndjson)
            return usage_error({"--format ndjson is for validate",
                             "--format ndjson hanya untuk validate"});
        if (o.args.empty()) return usage_error({"case needs check, overdue or open311",
                             "case memerlukan check, overdue, atau open311"});
        if (o.args[0] == "check") return case_check(o);
        if (o.args[0] == "overdue") return case_overdue(o);
        if (o.args[0] == "open311") return case_open311(o);
        return usage_error({"unknown case command '{name}'", "perintah case '{name}' tidak dikenal"},
                           {{"name", o.args[0]}});
    }
    if (cmd == "data") {
        if (auto code = parse_options(argc, argv, 2, o)) return *code;
        if (o.output == output_format::csv) return usage_error({"--format csv is for export",
                             "--format csv hanya untuk export"});
        if (o.output == output_format::html) return usage_error({"--format html is for cluster report",
                             "--format html hanya untuk cluster report"});
        if (o.output == output_format::ndjson)
            return usage_error({"--format ndjson is for validate",
                             "--format ndjson hanya untuk validate"});
        return data_info(o);
    }
    if (cmd == "scale") {
        if (auto code = parse_options(argc, argv, 2, o)) return *code;
        if (o.output == output_format::csv) return usage_error({"--format csv is for export",
                             "--format csv hanya untuk export"});
        if (o.output == output_format::html) return usage_error({"--format html is for cluster report",
                             "--format html hanya untuk cluster report"});
        if (o.output == output_format::ndjson)
            return usage_error({"--format ndjson is for validate",
                             "--format ndjson hanya untuk validate"});
        return scale(o);
    }
    if (cmd != "regions" && cmd != "kbli" && cmd != "cluster")
        return usage_error({"unknown command '{name}'", "perintah '{name}' tidak dikenal"},
                           {{"name", cmd}});
    if (argc < 3)
        return usage_error(cmd == "regions"
                               ? sentra::bilingual{"regions needs check, lookup, search or diff",
                                                   "regions memerlukan check, lookup, search, atau diff"}
                           : cmd == "kbli" ? sentra::bilingual{"kbli needs lookup, search or diff",
                                                               "kbli memerlukan lookup, search, atau diff"}
                                           : sentra::bilingual{"cluster needs report",
                                                               "cluster memerlukan report"});
    std::string_view const sub = argv[2];
    if (auto code = parse_options(argc, argv, 3, o)) return *code;
    if (o.output == output_format::csv) return usage_error({"--format csv is for export",
                             "--format csv hanya untuk export"});
    if (o.output == output_format::ndjson) return usage_error({"--format ndjson is for validate",
                             "--format ndjson hanya untuk validate"});
    if (o.output == output_format::html && !(cmd == "cluster" && sub == "report"))
        return usage_error({"--format html is for cluster report",
                             "--format html hanya untuk cluster report"});
    if (cmd == "regions") {
        if (sub == "check") return regions_check(o);
        if (sub == "lookup") return regions_lookup(o);
        if (sub == "search") return regions_search(o);
        if (sub == "diff") return regions_diff(o);
        return usage_error({"unknown regions command '{name}'",
                            "perintah regions '{name}' tidak dikenal"},
                           {{"name", sub}});
    }
    if (cmd == "cluster") {
        if (sub == "report") return cluster_report(o);
        return usage_error({"unknown cluster command '{name}'",
                            "perintah cluster '{name}' tidak dikenal"},
                           {{"name", sub}});
    }
    if (sub == "lookup") return kbli_lookup(o);
    if (sub == "search") return kbli_search(o);
    if (sub == "diff") return kbli_diff(o);
    return usage_error({"unknown kbli command '{name}'", "perintah kbli '{name}' tidak dikenal"},
                       {{"name", sub}});
}

} // namespace

int main(int argc, char** argv)
{
    try {
        return run(argc, argv);
    } catch (std::exception const& e) {
        std::cerr << "sentra: error: " << e.what() << '\n';
        return exit_usage;
    } catch (...) {
        std::cerr << "sentra: error: unexpected failure\n";
        return exit_usage;
    }
}

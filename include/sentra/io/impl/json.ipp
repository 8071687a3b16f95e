// sentra/io/impl/json.ipp — the definitions of sentra/io/json.hpp's functions: problems
// collected and placed at their lines, and canonical text. Included by the header when sentra
// is header-only, compiled once in the library otherwise (sentra/src.hpp).
#pragma once

#include <sentra/io/json.hpp>

namespace sentra::io::json {

namespace detail {

SENTRA_DECL void collect(binder& b, report& out, read_options const& options, std::string_view text,
                    std::string const& file, std::uint32_t first_line)
{
    auto& problems = b.problems();
    if (problems.empty()) return;
    if (options.max_errors != 0 && problems.size() > options.max_errors)
        problems.resize(options.max_errors);
    if (!text.empty()) place(text, problems, first_line);
    for (auto& e : problems) {
        e.where.file = file;
        out.add(std::move(e));
    }
}

} // namespace detail

} // namespace sentra::io::json

namespace sentra::io::json {

SENTRA_DECL void locate(std::string_view text, report& problems, std::string_view file,
                   std::uint32_t first_line)
{
    detail::place(text, problems.problems(), first_line);
    if (!file.empty())
        for (auto& e : problems.problems())
            if (e.where.file.empty()) e.where.file = std::string(file);
}

} // namespace sentra::io::json

namespace sentra::io::json {

namespace detail {

SENTRA_DECL void write_canonical(std::string& out, boost::json::value const& v, std::size_t indent)
{
    auto const newline = [&](std::size_t level) {
        out += '\n';
        out.append(level * 2, ' ');
    };
    switch (v.kind()) {
    case boost::json::kind::null:
        out += "null";
        break;
    case boost::json::kind::bool_:
        out += v.get_bool() ? "true" : "false";
        break;
    case boost::json::kind::int64:
        out += std::to_string(v.get_int64());
        break;
    case boost::json::kind::uint64:
        out += std::to_string(v.get_uint64());
        break;
    case boost::json::kind::double_:
        append_double(out, v.get_double());
        break;
    case boost::json::kind::string:
        append_escaped(out, std::string_view(v.get_string()));
        break;
    case boost::json::kind::array: {
        auto const& a = v.get_array();
        if (a.empty()) {
            out += "[]";
            break;
        }
        out += '[';
        for (std::size_t i = 0; i < a.size(); ++i) {
            if (i) out += ',';
            newline(indent + 1);
            write_canonical(out, a[i], indent + 1);
        }
        newline(indent);
        out += ']';
        break;
    }
    case boost::json::kind::object: {
        auto const& o = v.get_object();
        if (o.empty()) {
            out += "{}";
            break;
        }
        out += '{';
        bool first = true;
        for (auto const& kv : o) {
            if (!first) out += ',';
            first = false;
            newline(indent + 1);
            append_escaped(out, std::string_view(kv.key()));
            out += ": ";
            write_canonical(out, kv.value(), indent + 1);
        }
        newline(indent);
        out += '}';
        break;
    }
    }
}

} // namespace detail

} // namespace sentra::io::json

namespace sentra::io::json {

SENTRA_DECL std::string canonical_text(boost::json::value const& v)
{
    std::string out;
    detail::write_canonical(out, v, 0);
    out += '\n';
    return out;
}

} // namespace sentra::io::json

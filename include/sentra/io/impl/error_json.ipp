// sentra/io/impl/error_json.ipp — the definitions of sentra/io/error_json.hpp: compiled once
// in sentra::compiled, or inline when header-only.
#pragma once

#include <sentra/io/error_json.hpp>
#include <sentra/io/json.hpp>

#include <boost/describe/enum_from_string.hpp>
#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <boost/json/string.hpp>

#include <string_view>
#include <utility>
#include <vector>

namespace sentra::io::json {

namespace detail {

inline boost::json::object args_json(std::span<message_arg const> args, lang language);

inline boost::json::object message_json(message const& m, lang language)
{
    return {{"message_id", m.id.name()}, {"args", args_json(m.args, language)}};
}

inline boost::json::object args_json(std::span<message_arg const> args, lang language)
{
    boost::json::object out;
    for (auto const& a : args) {
        boost::json::value v;
        switch (a.type()) {
        case message_arg::kind::integer:
            v = a.integer();
            break;
        case message_arg::kind::label:
            v = boost::json::object{{"en", a.label().en}, {"id", a.label().id}};
            break;
        case message_arg::kind::nested:
            v = message_json(*a.nested(), language);
            break;
        case message_arg::kind::list: {
            boost::json::array items;
            for (auto const& m : a.items()) items.push_back(message_json(m, language));
            v = boost::json::object{{"separator", a.text()}, {"items", std::move(items)}};
            break;
        }
        default:
            v = a.text();
        }
        out[a.name()] = std::move(v);
    }
    return out;
}

struct arg_reader {
    report& problems;

    void fail(std::string const& pointer, message_id id, std::vector<message_arg> args = {})
    {
        problems.add(errc::invalid_value, at_pointer(pointer), id, std::move(args));
    }

    std::optional<message> read_message(boost::json::object const& o, std::string const& pointer)
    {
        message m;
        auto const* id = o.if_contains("message_id");
        if (id == nullptr || !id->is_string()) {
            problems.add(errc::missing_key, at_pointer(pointer + "/message_id"), "json.required",
                         {{"key", "message_id"}});
            return std::nullopt;
        }
        std::string_view const name = id->get_string();
        if (!name.empty()) {
            auto found = message_id::find(name);
            if (!found) {
                fail(pointer + "/message_id", "error_json.unknown_id", {{"id", quote_input(name)}});
                return std::nullopt;
            }
            m.id = *found;
        }
        if (auto const* args = o.if_contains("args")) {
            if (!args->is_object()) {
                fail(pointer + "/args", "error_json.args");
                return std::nullopt;
            }
            for (auto const& [k, v] : args->get_object()) {
                std::string p = pointer + "/args";
                sentra::detail::append_pointer_part(p, std::string_view(k));
                auto a = read_arg(k, v, p);
                if (!a) return std::nullopt;
                m.args.push_back(std::move(*a));
            }
        }
        return m;
    }

    std::optional<message_arg> read_arg(std::string_view name, boost::json::value const& v,
                                        std::string const& pointer)
    {
        if (v.is_string()) return message_arg(name, std::string(v.get_string()));
        if (v.is_int64()) return message_arg(name, v.get_int64());
        if (v.is_uint64()) return message_arg(name, v.get_uint64());
        if (v.is_object()) {
            auto const& o = v.get_object();
            if (o.contains("en") && o.contains("id") && o.at("en").is_string() &&
                o.at("id").is_string())
                return message_arg(name, bilingual{o.at("en").get_string(), o.at("id").get_string()});
            if (o.contains("items")) {
                auto const* items = o.at("items").if_array();
                auto const* sep = o.if_contains("separator");
                if (items == nullptr || (sep != nullptr && !sep->is_string())) {
                    fail(pointer, "error_json.arg");
                    return std::nullopt;
                }
                std::vector<message> list;
                for (std::size_t i = 0; i < items->size(); ++i) {
                    std::string const p = pointer + "/items/" + std::to_string(i);
                    if (!(*items)[i].is_object()) {
                        fail(p, "error_json.arg");
                        return std::nullopt;
                    }
                    auto m = read_message((*items)[i].get_object(), p);
                    if (!m) return std::nullopt;
                    list.push_back(std::move(*m));
                }
                return message_arg(name, std::move(list),
                                   sep ? std::string(sep->get_string()) : std::string());
            }
            if (auto m = read_message(o, pointer)) return message_arg(name, std::move(*m));
            return std::nullopt;
        }
        fail(pointer, "error_json.arg");
        return std::nullopt;
    }
};

} // namespace detail

SENTRA_DECL boost::json::value write(error const& e, lang language)
{
    boost::json::object out;
    out["code"] = to_string(e.code);
    out["where"] = write(e.where);
    out["message_id"] = e.id.name();
    out["args"] = detail::args_json(e.args, language);
    out["message"] = e.detail(language);
    out["level"] = to_string(e.level);
    return out;
}

SENTRA_DECL boost::json::value write(report const& r, lang language)
{
    boost::json::array problems;
    for (auto const& e : r) problems.push_back(write(e, language));
    return boost::json::object{{"errors", r.error_count()},
                               {"warnings", r.warning_count()},
                               {"omitted", r.omitted()},
                               {"problems", std::move(problems)}};
}

SENTRA_DECL result<error, report> read_error(boost::json::value const& v, std::string const& pointer)
{
    report problems;
    detail::arg_reader reader{problems};
    auto const* o = v.if_object();
    if (o == nullptr) {
        problems.add(errc::wrong_type, at_pointer(pointer), "json.wrong_type",
                     {{"expected", bilingual{"an object", "objek"}},
                      {"found", bilingual{"another value", "nilai lain"}}});
        return problems;
    }
    error e;
    auto const* code = o->if_contains("code");
    if (code == nullptr || !code->is_string() ||
        !boost::describe::enum_from_string(std::string(code->get_string()).c_str(), e.code)) {
        problems.add(errc::invalid_value, at_pointer(pointer + "/code"), "error_json.code");
        return problems;
    }
    if (auto const* level = o->if_contains("level")) {
        if (!level->is_string() ||
            !boost::describe::enum_from_string(std::string(level->get_string()).c_str(), e.level)) {
            problems.add(errc::invalid_value, at_pointer(pointer + "/level"), "error_json.level");
            return problems;
        }
    }
    if (auto const* where = o->if_contains("where")) {
        auto w = read<location>(*where);
        if (!w) {
            for (auto const& p : w.error()) problems.add(under_pointer(pointer + "/where", p));
            return problems;
        }
        e.where = std::move(*w);
    }
    auto m = reader.read_message(*o, pointer);
    if (!m) return problems;
    e.id = m->id;
    e.args = std::move(m->args);
    return e;
}

} // namespace sentra::io::json

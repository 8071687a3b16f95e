// sentra/io/detail/json_replay.hpp — a boost::json::value given to a basic_parser handler as
// the events a parser would give for its text: how the one reader reads a DOM too.
#pragma once

#include <boost/json/value.hpp>
#include <boost/system/error_code.hpp>

#include <cstddef>
#include <vector>

namespace sentra::io::json::detail {

// The events a parser would give for `v`, in document order, to a basic_parser handler: how
// a DOM is read by the same rules as text. Iterative (a stack of the containers open), so
// a deep DOM built by hand cannot overflow the call stack.
template <class Handler>
void replay(boost::json::value const& v, Handler& h)
{
    boost::system::error_code ec;
    using sv = boost::json::string_view;
    struct open {
        boost::json::value const* container;
        std::size_t next;
    };
    std::vector<open> stack;
    auto const scalar = [&](boost::json::value const& x) {
        switch (x.kind()) {
        case boost::json::kind::null:
            h.on_null(ec);
            break;
        case boost::json::kind::bool_:
            h.on_bool(x.get_bool(), ec);
            break;
        case boost::json::kind::int64:
            h.on_int64(x.get_int64(), sv(), ec);
            break;
        case boost::json::kind::uint64:
            h.on_uint64(x.get_uint64(), sv(), ec);
            break;
        case boost::json::kind::double_:
            h.on_double(x.get_double(), sv(), ec);
            break;
        case boost::json::kind::string:
            h.on_string(sv(x.get_string().data(), x.get_string().size()), x.get_string().size(), ec);
            break;
        default:
            break;
        }
    };
    // Starts x: a scalar is given whole, a container opened.
    auto const start = [&](boost::json::value const& x) {
        if (x.is_object()) {
            h.on_object_begin(ec);
            stack.push_back({&x, 0});
        } else if (x.is_array()) {
            h.on_array_begin(ec);
            stack.push_back({&x, 0});
        } else
            scalar(x);
    };
    h.on_document_begin(ec);
    start(v);
    while (!stack.empty()) {
        open& top = stack.back();
        if (top.container->is_object()) {
            auto const& o = top.container->get_object();
            if (top.next == o.size()) {
                std::size_t const n = o.size();
                stack.pop_back();
                h.on_object_end(n, ec);
                continue;
            }
            auto const& kv = *(o.begin() + static_cast<std::ptrdiff_t>(top.next++));
            h.on_key(sv(kv.key().data(), kv.key().size()), kv.key().size(), ec);
            start(kv.value()); // may push: `top` is not used after this
        } else {
            auto const& a = top.container->get_array();
            if (top.next == a.size()) {
                std::size_t const n = a.size();
                stack.pop_back();
                h.on_array_end(n, ec);
                continue;
            }
            start(a[top.next++]);
        }
    }
    h.on_document_end(ec);
}

} // namespace sentra::io::json::detail

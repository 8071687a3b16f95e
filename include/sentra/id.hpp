// sentra/id.hpp — stable identifiers that a programme chooses for its own records
// (categories, agencies, clusters, enterprises, cases): `basic_id<Tag>`, one type per kind so
// that a cluster id cannot be passed where an agency id is expected.
//
// An id is 1 to 64 characters of lower-case ASCII letters, digits, '-', '_' and '.',
// starting with a letter or digit: "konveksi", "disperindag-depok", "ent-0001".
#pragma once

#include <sentra/error.hpp>

#include <compare>
#include <cstddef>
#include <functional>
#include <ostream>
#include <string>
#include <string_view>

namespace sentra {

template <class Tag>
class basic_id {
public:
    basic_id() = default;

    static result<basic_id> parse(std::string_view text)
    {
        if (text.empty()) return make_error(errc::empty_value, "an id cannot be empty");
        if (text.size() > 64)
            return make_error(errc::value_too_long, "an id has at most 64 characters, this one " +
                                                        std::to_string(text.size()));
        for (std::size_t i = 0; i < text.size(); ++i) {
            char const c = text[i];
            bool const alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
            if (alnum || (i > 0 && (c == '-' || c == '_' || c == '.'))) continue;
            error e = make_error(errc::invalid_value,
                                 detail::cat(quote_input(text),
                                             ": an id is lower-case letters, digits, '-', "
                                             "'_' and '.', starting with a letter or digit"));
            e.where.column = static_cast<std::uint32_t>(i + 1);
            return e;
        }
        basic_id out;
        out.value_ = std::string(text);
        return out;
    }

    std::string const& to_string() const noexcept { return value_; }
    void append_to(std::string& out) const { out += value_; }
    bool empty() const noexcept { return value_.empty(); }

    friend bool operator==(basic_id const&, basic_id const&) = default;
    friend auto operator<=>(basic_id const&, basic_id const&) = default;
    friend std::ostream& operator<<(std::ostream& os, basic_id const& x) { return os << x.value_; }

private:
    std::string value_;
};

} // namespace sentra

template <class Tag>
struct std::hash<sentra::basic_id<Tag>> {
    std::size_t operator()(sentra::basic_id<Tag> const& x) const noexcept
    {
        return std::hash<std::string>{}(x.to_string());
    }
};

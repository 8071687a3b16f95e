// sentra/message.hpp — what a problem says, apart from its code: a message of the catalogue
// (`message_id`) and its named arguments (`message_arg`), rendered in a language.
//
// The catalogue has one table per language (sentra/detail/messages_en.hpp,
// messages_id.hpp), each with one text per message id, every text using the same named
// arguments ("{name}"); the index of ids and arguments is sentra/detail/message_ids.hpp.
// An error keeps the id and the arguments, never a sentence, so an app shows it in its
// user's language; docs/errors.md lists the catalogue. Arguments are never personal data.
#pragma once

#include <sentra/detail/config.hpp>
#include <sentra/detail/message_ids.hpp>
#include <sentra/lang.hpp>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace sentra {

namespace literal_error {
// Named so that the compiler's message says it: a message id not in the catalogue.
void message_id_not_in_the_catalogue();
} // namespace literal_error

// One message of the catalogue. A literal id is checked when the program compiles:
// `message_id("region.no_name")` with a name the index lacks does not compile.
class message_id {
public:
    // No message: the error's code says all there is.
    constexpr message_id() noexcept = default;
    consteval message_id(char const* name) : index_(checked_index(name)) {}

    // The id of a name read at run time (from JSON, from a user), if the catalogue has it.
    static constexpr std::optional<message_id> find(std::string_view name) noexcept
    {
        for (std::size_t i = 0; i < std::size(detail::message_index); ++i)
            if (detail::message_index[i].id == name) return message_id(static_cast<std::uint16_t>(i));
        return std::nullopt;
    }
    // Every id, in the catalogue's order.
    static constexpr std::size_t count() noexcept { return std::size(detail::message_index); }
    static constexpr message_id at(std::size_t i) noexcept
    {
        return message_id(static_cast<std::uint16_t>(i));
    }

    constexpr bool empty() const noexcept { return index_ == none; }
    // "region.no_name"; "" for no message.
    constexpr std::string_view name() const noexcept
    {
        return empty() ? std::string_view{} : detail::message_index[index_].id;
    }
    // The names of its arguments, space apart, in the order the English text uses them.
    constexpr std::string_view arguments() const noexcept
    {
        return empty() ? std::string_view{} : detail::message_index[index_].args;
    }
    constexpr std::size_t index() const noexcept { return index_; }

    friend constexpr bool operator==(message_id, message_id) noexcept = default;

private:
    static constexpr std::uint16_t none = 0xFFFF;
    constexpr explicit message_id(std::uint16_t i) noexcept : index_(i) {}
    static consteval std::uint16_t checked_index(char const* name)
    {
        std::string_view const n(name);
        for (std::size_t i = 0; i < std::size(detail::message_index); ++i)
            if (detail::message_index[i].id == n) return static_cast<std::uint16_t>(i);
        literal_error::message_id_not_in_the_catalogue();
        return none;
    }

    std::uint16_t index_ = none;
};

class message_arg;

// A message and its arguments, not yet in any language: an argument of another message
// (the cell's own problem inside the import's line, say).
struct message {
    message_id id;
    std::vector<message_arg> args;

    // The text in `language`.
    SENTRA_DECL std::string render(lang language) const;
    SENTRA_DECL friend bool operator==(message const&, message const&);
};

// One named argument of a message: text as it is (a code, a name from the data, input
// quoted by quote_input), a whole number (written as the language writes numbers), a label
// in both languages (a level, a status), another message, or a list of messages.
class message_arg {
public:
    enum class kind : unsigned char { text, integer, label, nested, list };

    message_arg(std::string_view name, std::string text)
        : name_(name), kind_(kind::text), text_(std::move(text))
    {
    }
    message_arg(std::string_view name, std::string_view text)
        : message_arg(name, std::string(text))
    {
    }
    message_arg(std::string_view name, char const* text) : message_arg(name, std::string(text)) {}
    template <class I>
        requires(std::is_integral_v<I> && !std::is_same_v<I, bool> && !std::is_same_v<I, char>)
    message_arg(std::string_view name, I number)
        : name_(name), kind_(kind::integer), integer_(static_cast<std::int64_t>(number))
    {
    }
    message_arg(std::string_view name, bilingual label)
        : name_(name), kind_(kind::label), text_(label.en), label_id_(label.id)
    {
    }
    message_arg(std::string_view name, message inner)
        : name_(name), kind_(kind::nested),
          nested_(std::make_shared<message const>(std::move(inner)))
    {
    }
    // Messages rendered one after another, `separator` between them.
    message_arg(std::string_view name, std::vector<message> items, std::string separator)
        : name_(name), kind_(kind::list), text_(std::move(separator)),
          list_(std::make_shared<std::vector<message> const>(std::move(items)))
    {
    }

    // The name the texts use ("input" for "{input}").
    std::string_view name() const noexcept { return name_; }
    kind type() const noexcept { return kind_; }
    // What a text holds (empty for other kinds).
    std::string const& text() const noexcept { return text_; }
    std::int64_t integer() const noexcept { return integer_; }
    // A label's two texts (views of the argument's own copies).
    bilingual label() const noexcept { return {text_, label_id_}; }
    message const* nested() const noexcept { return nested_.get(); }
    std::span<message const> items() const noexcept
    {
        return list_ ? std::span<message const>(*list_) : std::span<message const>();
    }

    // The argument as `language` writes it.
    SENTRA_DECL std::string render(lang language) const;

    SENTRA_DECL friend bool operator==(message_arg const&, message_arg const&);

private:
    std::string name_;
    kind kind_;
    std::string text_;
    std::int64_t integer_ = 0;
    std::string label_id_; // a label's Indonesian text (text_ holds the English)
    std::shared_ptr<message const> nested_;
    std::shared_ptr<std::vector<message> const> list_;
};

// The labels of an enumerator in both languages, as an argument: {"level", label_of(l)}.
template <labelled_enum E>
bilingual label_of(E e) noexcept
{
    return {to_label(e, lang::en), to_label(e, lang::id)};
}

// One text of a language's table (sentra/detail/message_ids.hpp): the id and the text.
using message_text = detail::message_text;

// The table of `language`: one text per message id, in the index's order.
SENTRA_DECL std::span<message_text const> catalogue(lang language) noexcept;

// The text of `id` in `language` with its arguments put in. An argument the text names but
// `args` lacks is left as "{name}", visibly.
SENTRA_DECL std::string render(message_id id, std::span<message_arg const> args, lang language);

// A text of the app's own, "{name}" where an argument goes, with its arguments put in as
// `language` writes them: how an app words its own lines the way sentra words its messages
// (render_text(bilingual{"{count} rows", "{count} baris"}.in(l), args, l)).
SENTRA_DECL std::string render_text(std::string_view text, std::span<message_arg const> args,
                                    lang language);

// A whole number as `language` writes it: thousands grouped from 10,000 on ("12,500";
// "12.500").
SENTRA_DECL std::string format_integer(std::int64_t n, lang language);

// A number rounded to at most `decimals` places, as `language` writes it: no trailing zeros,
// a decimal point in English and a decimal comma in Indonesian, thousands grouped as
// format_integer groups them ("6", "1.5", "1,5", "12.500,25").
SENTRA_DECL std::string format_number(double v, int decimals, lang language);

// The language of output that names none: to_string() of an error or report, operator<<,
// the std::format and {fmt} formatters. English unless a program sets it (the CLI sets it
// from the locale); one setting for the whole process, safe to read from any thread.
SENTRA_DECL lang default_lang() noexcept;
SENTRA_DECL void set_default_lang(lang language) noexcept;

} // namespace sentra

#if defined(SENTRA_HEADER_ONLY)
#include <sentra/impl/message.ipp>
#endif

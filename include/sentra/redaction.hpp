// sentra/redaction.hpp — a copy of a programme's document fit to share with another agency
// or a researcher (UU 27/2022): without personal data, and with what the cases' privacy
// withholds from anyone withheld.
//
// redact() removes owners' records (name, NIK, phone) and enterprises' street addresses (a
// home business's address is its owner's home), passes every case through
// disclose(audience::anyone), withholds every actor of a case's log that is not one of the
// document's agencies (a person: the reporter, an officer; an agency stays, and so does
// "open311", the actor of an imported request), and withholds from the texts that remain of
// the cases (titles, descriptions, log texts, locations) whatever spells a NIK, a phone
// number or the name of an owner the document lists. It says what it removed. A valid
// document stays valid. This header does no I/O: `sentra redact` writes the copy.
#pragma once

#include <sentra/coordination/privacy.hpp>
#include <sentra/detail/ascii.hpp>
#include <sentra/document.hpp>
#include <sentra/enterprise.hpp>

#include <boost/describe/class.hpp>

#include <algorithm>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sentra {

// What redact() removed, counted.
struct redaction_summary {
    std::size_t owners = 0;             // enterprises whose owner record went
    std::size_t addresses = 0;          // enterprises whose street address went
    std::size_t confidential_cases = 0; // whose content was withheld (rahasia)
    std::size_t anonymous_cases = 0;    // whose reporters and actors were withheld (anonim)
    std::size_t actors = 0; // log entries of other cases whose actor, a person, was withheld
    std::size_t texts = 0;  // case texts in which a NIK, a phone number or an owner's name was
    bool empty() const noexcept
    {
        return owners + addresses + confidential_cases + anonymous_cases + actors + texts == 0;
    }
    friend bool operator==(redaction_summary const&, redaction_summary const&) = default;
};
BOOST_DESCRIBE_STRUCT(redaction_summary, (),
                      (owners, addresses, confidential_cases, anonymous_cases, actors, texts))

template <class P>
struct basic_redacted_document {
    basic_document<P> document;
    redaction_summary removed;
};

using redacted_document = basic_redacted_document<indonesia>;

namespace detail {

// A run of digits written as people write numbers: "0812-3456-7890", "+62 812 3456 7890",
// "(021) 555 1234". Chunks are the digit groups and where they are in the text.
struct number_chunk {
    std::size_t begin, end; // of the digits; a '+' just before is part of the first
};

// Whether chunks [first, last] of `text` spell a NIK (16 digits, the way a NIK or a card
// number is written) or an Indonesian phone number (phone_number reads it).
inline bool spells_personal_number(std::string_view text, std::vector<number_chunk> const& chunks,
                                   std::size_t first, std::size_t last)
{
    std::string digits;
    for (std::size_t i = first; i <= last; ++i)
        digits.append(text.substr(chunks[i].begin, chunks[i].end - chunks[i].begin));
    if (digits.size() == 16) return true;
    std::size_t const from = chunks[first].begin > 0 && text[chunks[first].begin - 1] == '+'
                                 ? chunks[first].begin - 1
                                 : chunks[first].begin;
    return phone_number::parse(text.substr(from, chunks[last].end - from)).has_value();
}

// Replaces every NIK and phone number in `text` by `withheld_text`; true when one was.
inline bool withhold_numbers(std::string& text)
{
    auto digit = [](char c) { return c >= '0' && c <= '9'; };
    auto separator = [](char c) { return c == ' ' || c == '-' || c == '.' || c == '(' || c == ')'; };
    std::string out;
    bool changed = false;
    std::size_t copied = 0, i = 0;
    while (i < text.size()) {
        if (!digit(text[i]) || (i > 0 && digit(text[i - 1]))) {
            ++i;
            continue;
        }
        // A group: digit chunks apart by one or two separators ("(021) 555").
        std::vector<number_chunk> chunks;
        std::size_t j = i;
        while (true) {
            std::size_t const b = j;
            while (j < text.size() && digit(text[j])) ++j;
            chunks.push_back({b, j});
            std::size_t k = j;
            while (k < text.size() && k - j < 2 && separator(text[k])) ++k;
            if (k == j || k >= text.size() || !digit(text[k]) || chunks.size() >= 8) break;
            j = k;
        }
        // The longest run of chunks that spells a personal number, earliest first.
        std::optional<std::pair<std::size_t, std::size_t>> found;
        for (std::size_t a = 0; a < chunks.size() && !found; ++a)
            for (std::size_t z = chunks.size(); z-- > a;)
                if (spells_personal_number(text, chunks, a, z)) {
                    found = std::pair(a, z);
                    break;
                }
        if (!found) {
            i = chunks.back().end;
            continue;
        }
        std::size_t b = chunks[found->first].begin;
        if (b > 0 && (text[b - 1] == '+' || text[b - 1] == '(')) --b; // "+62 …", "(021) …"
        std::size_t const e = chunks[found->second].end;
        out.append(text, copied, b - copied);
        out.append(withheld_text);
        copied = e;
        changed = true;
        i = e;
    }
    if (!changed) return false;
    out.append(text, copied, std::string::npos);
    text = std::move(out);
    return true;
}

// Replaces every whole-word occurrence of a name (ASCII case ignored) by `withheld_text`.
inline bool withhold_names(std::string& text, std::vector<std::string> const& names)
{
    bool changed = false;
    for (auto const& name : names) {
        std::string const lower_name = ascii_lower(name);
        std::size_t from = 0;
        while (true) {
            std::string const lower = ascii_lower(text);
            std::size_t const at = lower.find(lower_name, from);
            if (at == std::string::npos) break;
            std::size_t const end = at + name.size();
            bool const starts = at == 0 || !ascii_alnum(static_cast<unsigned char>(text[at - 1]));
            bool const ends = end == text.size() || !ascii_alnum(static_cast<unsigned char>(text[end]));
            if (!starts || !ends) {
                from = at + 1;
                continue;
            }
            text.replace(at, name.size(), withheld_text);
            from = at + withheld_text.size();
            changed = true;
        }
    }
    return changed;
}

// The owners' names worth looking for: trimmed, of three letters or more.
template <class P>
std::vector<std::string> owner_names(basic_document<P> const& d)
{
    std::vector<std::string> out;
    for (auto const& e : d.enterprises) {
        if (!e.owner || !e.owner->name) continue;
        std::string_view n = *e.owner->name;
        while (!n.empty() && (n.front() == ' ' || n.front() == '\t')) n.remove_prefix(1);
        while (!n.empty() && (n.back() == ' ' || n.back() == '\t')) n.remove_suffix(1);
        if (n.size() >= 3) out.emplace_back(n);
    }
    return out;
}

} // namespace detail

// The document without personal data, and what was removed (see the top of this file).
template <class P>
basic_redacted_document<P> redact(basic_document<P> d)
{
    redaction_summary removed;
    std::vector<std::string> const names = detail::owner_names(d);
    for (auto& e : d.enterprises) {
        if (e.owner) {
            e.owner.reset();
            ++removed.owners;
        }
        if (e.address) {
            e.address.reset();
            ++removed.addresses;
        }
    }
    for (auto& c : d.cases) {
        if (c.privacy.confidential) ++removed.confidential_cases;
        if (c.privacy.anonymous) ++removed.anonymous_cases;
        c = disclose(std::move(c), audience::anyone);
        auto scrub = [&](std::string& text) {
            bool const numbers = detail::withhold_numbers(text);
            bool const people = detail::withhold_names(text, names);
            if (numbers || people) ++removed.texts;
        };
        auto scrub_optional = [&](std::optional<std::string>& text) {
            if (text) scrub(*text);
        };
        scrub(c.title);
        scrub(c.description);
        if (c.location) scrub_optional(c.location->address);
        if (c.origin) {
            scrub_optional(c.origin->service_name);
            scrub_optional(c.origin->service_notice);
        }
        for (auto& entry : c.log) {
            bool const by_agency = std::any_of(d.agencies.begin(), d.agencies.end(), [&](auto const& a) {
                return a.id.to_string() == entry.actor;
            });
            if (!by_agency && entry.actor != withheld_text && entry.actor != "open311") {
                entry.actor = std::string(withheld_text);
                ++removed.actors;
            }
            scrub_optional(entry.reason);
            scrub_optional(entry.note);
            scrub_optional(entry.task);
        }
    }
    return {std::move(d), removed};
}

} // namespace sentra

// sentra/coordination/privacy.hpp — what a case's privacy lets each audience see.
//
// SP4N-LAPOR! distinguishes a confidential report ("rahasia": its content is not public)
// from an anonymous one ("anonim": the reporter is hidden). Every output of a case — an
// Open311 export, the CLI's text and JSON, notes — goes through `disclose`: by default for
// anyone, withholding what the privacy forbids; only an explicit `audience::agencies`
// (exchange between the agencies handling it) sees the whole case.
#pragma once

#include <sentra/coordination/case.hpp>
#include <sentra/lang.hpp>

#include <boost/describe/enum.hpp>

#include <string_view>

namespace sentra {

enum class audience : unsigned char {
    anyone,   // the public, another system: what the privacy allows
    agencies, // the agencies handling the case: everything
};
BOOST_DESCRIBE_ENUM(audience, anyone, agencies)

constexpr std::string_view to_label(audience a, lang language = lang::en) noexcept
{
    constexpr bilingual labels[] = {{"anyone", "umum"}, {"the agencies", "instansi penanganan"}};
    return detail::label_at(labels, a, language);
}

// What stands in for withheld text: an output keeps its shape (and a log its replay),
// and the reader sees that something was withheld, not that it was empty.
inline constexpr std::string_view withheld_text = "[withheld]";

constexpr std::string_view withheld_label(lang language = lang::en) noexcept
{
    return language == lang::id ? "[dirahasiakan]" : "[withheld]";
}

// The case as `who` may see it. Confidential: the title, the description, the location,
// the origin's texts and every text of the log (reasons, notes, tasks) are withheld.
// Anonymous: the reporting enterprises and every actor are withheld (an actor may be the
// reporter, or name them). Ids, topic, priority, times, actions and agencies stay: they
// are how the case is followed.
template <class Topic>
basic_case<Topic> disclose(basic_case<Topic> c, audience who = audience::anyone)
{
    if (who == audience::agencies) return c;
    std::string const w(withheld_text);
    if (c.privacy.confidential) {
        c.title = w;
        c.description = w;
        c.location.reset();
        if (c.origin) {
            c.origin->service_name.reset();
            c.origin->service_notice.reset();
        }
        for (auto& e : c.log) {
            for (auto* text : {&e.reason, &e.note, &e.task})
                if (*text) *text = w;
        }
    }
    if (c.privacy.anonymous) {
        c.raised_by.clear();
        for (auto& e : c.log) e.actor = w;
    }
    return c;
}

} // namespace sentra

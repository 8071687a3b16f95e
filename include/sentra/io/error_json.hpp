// sentra/io/error_json.hpp — an error as JSON, for tools and for apps that show it later: its
// code, place, message id and arguments (what an app renders in its user's language), and the
// message in one language.
//
//   {"code":"malformed_code","where":{"file":"a.ndjson","line":5,"column":71,"pointer":"/village",
//    "field":""},"message_id":"input.defect","args":{"input":"'32.76.07.99'","why":{"message_id":
//    "code.part_width","args":{"digits":4}}},"message":"'32.76.07.99': part must have 4 digit(s)",
//    "level":"error"}
//
// An argument is a string (text), an integer, {"en":…, "id":…} (a label in both languages),
// {"message_id":…, "args":{…}} (another message) or {"separator":…, "items":[…]} (a list of
// messages). read_error takes the same form back, losslessly ("message" is ignored).
#pragma once

#include <sentra/detail/config.hpp>
#include <sentra/error.hpp>
#include <sentra/lang.hpp>
#include <sentra/message.hpp>

#include <boost/json/value.hpp>

#include <string>

namespace sentra::io::json {

// The JSON form above, "message" in `language`.
SENTRA_DECL boost::json::value write(error const& e, lang language);
inline boost::json::value write(error const& e)
{
    return write(e, default_lang());
}

// {"errors":N,"warnings":N,"omitted":N,"problems":[…]}: every problem kept, as above.
SENTRA_DECL boost::json::value write(report const& r, lang language);
inline boost::json::value write(report const& r)
{
    return write(r, default_lang());
}

// An error from its JSON form; what is wrong with `v` is reported under `pointer` (the
// place of `v` in its document). An unknown message id, code or level is an error.
SENTRA_DECL result<error, report> read_error(boost::json::value const& v, std::string const& pointer = {});

} // namespace sentra::io::json

#if defined(SENTRA_HEADER_ONLY)
#include <sentra/io/impl/error_json.ipp>
#endif

// sentra/lang.hpp — the languages user-facing labels come in: Indonesian and English.
#pragma once

#include <boost/describe/enum.hpp>

namespace sentra {

// Every enum in sentra has labels in both languages: `to_label(x, lang::id)`.
enum class lang : unsigned char { en, id };
BOOST_DESCRIBE_ENUM(lang, en, id)

} // namespace sentra

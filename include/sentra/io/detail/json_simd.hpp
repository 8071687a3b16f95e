// sentra/io/detail/json_simd.hpp — the reader's second tokenizer: simdjson's On-Demand front
// end walks the text and hands the binder (json_binder.hpp) the events Boost.JSON's parser
// would, so that the same tables bind the same values and report the same problems.
//
// Chosen when sentra is built (CMake option SENTRA_WITH_SIMDJSON, on when simdjson is found;
// header-only, the macro SENTRA_WITH_SIMDJSON, the same in every file of a program). The
// tokenizer is opaque here: no file that reads JSON includes simdjson. On any error simdjson
// reports, and on the few texts it treats otherwise than Boost.JSON (a byte order mark, an
// escaped lone surrogate, a scalar at the top, nesting near the limit), the walk gives up and
// the caller reads the text again with Boost.JSON, whose messages and places are the ones
// promised: the fast path only ever accepts a text both would accept with the same events.
#pragma once

#include <sentra/detail/config.hpp>
#include <sentra/fwd.hpp>

#include <cstddef>
#include <string_view>
#include <vector>

namespace sentra::io::json::detail {

class binder;

// simdjson's On-Demand parser and a padded copy of the text (simdjson reads past the end).
struct simd_tokenizer;

// A tokenizer, or nullptr when sentra was built without simdjson.
SENTRA_DECL simd_tokenizer* make_simd_tokenizer();
SENTRA_DECL void free_simd_tokenizer(simd_tokenizer* t) noexcept;

struct simd_tokenizer_deleter {
    void operator()(simd_tokenizer* t) const noexcept { free_simd_tokenizer(t); }
};

// Walks `text` into `b` (started on its root). True when the whole text was read; false when
// it must be read again by Boost.JSON (b and the root then hold a partial read).
SENTRA_DECL bool simd_bind(simd_tokenizer& t, binder& b, std::string_view text,
                           std::size_t max_depth);

// The records and documents read at national scale are first read straight into their type
// by simdjson, with no events and no binder: the fast path of a text that is right. It
// gives up (false; `value` then holds a partial read) at the first thing the binder would
// report or read otherwise (a wrong type, an unknown or repeated or missing key, a value
// its type refuses, a number Boost.JSON would give another kind), and the caller reads the
// text again through the binder for its problems. Instantiated in the library for these
// types (sentra/src.hpp); header-only, where used.
template <class T>
inline constexpr bool simd_typed = false;
template <>
inline constexpr bool simd_typed<sentra::enterprise> = true;
template <>
inline constexpr bool simd_typed<std::vector<sentra::enterprise>> = true;
template <>
inline constexpr bool simd_typed<sentra::document> = true;

template <class T>
bool simd_read_typed(simd_tokenizer& t, T& value, std::string_view text, std::size_t max_depth);

#if defined(SENTRA_SEPARATE_COMPILATION) && !defined(SENTRA_SOURCE)
extern template bool simd_read_typed<sentra::enterprise>(simd_tokenizer&, sentra::enterprise&,
                                                         std::string_view, std::size_t);
extern template bool simd_read_typed<std::vector<sentra::enterprise>>(
    simd_tokenizer&, std::vector<sentra::enterprise>&, std::string_view, std::size_t);
extern template bool simd_read_typed<sentra::document>(simd_tokenizer&, sentra::document&,
                                                       std::string_view, std::size_t);
#endif

} // namespace sentra::io::json::detail

#if defined(SENTRA_HEADER_ONLY)
#include <sentra/io/impl/json_simd.ipp>
#endif

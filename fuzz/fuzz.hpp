// Shared by the libFuzzer targets: a property that fails aborts (libFuzzer saves the input),
// and the checks every error must pass whatever the input.
#pragma once

#include <sentra/error.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#define SENTRA_FUZZ_CHECK(condition)                                                               \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            std::fprintf(stderr, "property failed: %s (%s:%d)\n", #condition, __FILE__, __LINE__); \
            std::abort();                                                                          \
        }                                                                                          \
    } while (0)

namespace sentra_fuzz {

inline std::string_view text_of(std::uint8_t const* data, std::size_t size)
{
    return {reinterpret_cast<char const*>(data), size};
}

// An error's location lies inside the input: its line exists, its column is at most one
// past the end of that line.
inline void check_location(sentra::error const& e, std::string_view text)
{
    if (e.where.line == 0) return;
    std::size_t const lines =
        static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')) + 1;
    SENTRA_FUZZ_CHECK(e.where.line <= lines);
    std::size_t start = 0;
    for (std::uint32_t l = 1; l < e.where.line; ++l) start = text.find('\n', start) + 1;
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    SENTRA_FUZZ_CHECK(e.where.column <= end - start + 1);
}

inline void check_report(sentra::report const& r, std::string_view text)
{
    SENTRA_FUZZ_CHECK(!r.problems().empty() || r.empty());
    for (auto const& e : r.problems()) check_location(e, text);
}

} // namespace sentra_fuzz

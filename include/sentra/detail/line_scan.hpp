// sentra/detail/line_scan.hpp — bitmaps of where lines end and where bytes need a closer
// look, 64 bytes at a time, so that a CSV reader can take plain rows without a branch per
// byte (the idea of simdjson's structural index, for line-oriented text).
#pragma once

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

#if defined(__SSE2__) || defined(_M_X64)
#include <emmintrin.h>
#define SENTRA_DETAIL_SSE2 1
#endif

namespace sentra::detail {

struct line_masks {
    // Bit i of word w: byte 64 w + i is a line feed.
    std::vector<std::uint64_t> newline;
    // ... is a comma, a double quote, a carriage return, or not ASCII.
    std::vector<std::uint64_t> odd;

    // The odd bits of the 64 bytes from `begin`: bit i is byte begin + i.
    std::uint64_t odd_window(std::size_t begin) const noexcept
    {
        std::size_t const w = begin / 64;
        unsigned const b = static_cast<unsigned>(begin % 64);
        std::uint64_t v = odd[w] >> b;
        if (b != 0 && w + 1 < odd.size()) v |= odd[w + 1] << (64 - b);
        return v;
    }
};

inline void scan_block(char const* p, std::uint64_t& newline, std::uint64_t& odd) noexcept
{
#ifdef SENTRA_DETAIL_SSE2
    __m128i const lf = _mm_set1_epi8('\n');
    __m128i const comma = _mm_set1_epi8(',');
    __m128i const quote = _mm_set1_epi8('"');
    __m128i const cr = _mm_set1_epi8('\r');
    std::uint64_t nl = 0;
    std::uint64_t od = 0;
    for (int k = 0; k < 4; ++k) {
        __m128i const v = _mm_loadu_si128(reinterpret_cast<__m128i const*>(p + 16 * k));
        auto const n16 = static_cast<std::uint32_t>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, lf)));
        __m128i const special =
            _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, comma), _mm_cmpeq_epi8(v, quote)),
                         _mm_or_si128(_mm_cmpeq_epi8(v, cr), v)); // v: its high bits mark non-ASCII
        auto const o16 = static_cast<std::uint32_t>(_mm_movemask_epi8(special));
        nl |= static_cast<std::uint64_t>(n16) << (16 * k);
        od |= static_cast<std::uint64_t>(o16) << (16 * k);
    }
    newline = nl;
    odd = od;
#else
    std::uint64_t nl = 0;
    std::uint64_t od = 0;
    for (unsigned i = 0; i < 64; ++i) {
        auto const c = static_cast<unsigned char>(p[i]);
        if (c == '\n') nl |= std::uint64_t{1} << i;
        if (c == ',' || c == '"' || c == '\r' || c >= 0x80) od |= std::uint64_t{1} << i;
    }
    newline = nl;
    odd = od;
#endif
}

// Fills `m` for `text`, reusing its storage.
inline void scan_lines(std::string_view text, line_masks& m)
{
    std::size_t const n = text.size();
    std::size_t const blocks = (n + 63) / 64;
    m.newline.resize(blocks);
    m.odd.resize(blocks);
    std::size_t const full = n / 64;
    for (std::size_t b = 0; b < full; ++b) scan_block(text.data() + 64 * b, m.newline[b], m.odd[b]);
    if (full < blocks) {
        char tail[64] = {};
        std::memcpy(tail, text.data() + 64 * full, n - 64 * full);
        scan_block(tail, m.newline[full], m.odd[full]);
    }
}

} // namespace sentra::detail

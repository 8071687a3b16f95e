// sentra/io/detail/csv_index.hpp — the structural index of a CSV text: the position of every
// delimiter, quote, carriage return and line feed, found 64 bytes at a time and written to a
// flat array (the structural index simdjson builds for JSON, here for CSV). A reader then
// takes each plain record's fields from consecutive positions, without looking at the
// bytes in between, and hands any other record to the careful reader (io/csv.hpp), which
// says what is wrong with it.
//
// The text is indexed a few kilobytes at a time, just ahead of the records taken from it,
// so that the bytes are still in the first-level cache when the reader uses them.
#pragma once

#include <sentra/detail/platform.hpp>

#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

namespace sentra::detail {

// Bit i: byte i of the 64 at `p` is the delimiter, a double quote, CR, LF or not ASCII.
inline std::uint64_t structural_bits(char const* p, char delimiter) noexcept
{
#ifdef SENTRA_DETAIL_SSE2
    __m128i const lf = _mm_set1_epi8('\n');
    __m128i const cr = _mm_set1_epi8('\r');
    __m128i const quote = _mm_set1_epi8('"');
    __m128i const delim = _mm_set1_epi8(delimiter);
    std::uint64_t bits = 0;
    for (int k = 0; k < 4; ++k) {
        __m128i const v = _mm_loadu_si128(reinterpret_cast<__m128i const*>(p + 16 * k));
        // v itself: the high bit of a byte that is not ASCII
        __m128i const hit = _mm_or_si128(
            _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, lf), _mm_cmpeq_epi8(v, cr)),
                         _mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, delim))),
            v);
        bits |= static_cast<std::uint64_t>(static_cast<std::uint32_t>(_mm_movemask_epi8(hit)))
                << (16 * k);
    }
    return bits;
#else
    std::uint64_t bits = 0;
    for (unsigned i = 0; i < 64; ++i) {
        char const c = p[i];
        if (c == '\n' || c == '\r' || c == '"' || c == delimiter ||
            static_cast<unsigned char>(c) >= 0x80)
            bits |= std::uint64_t{1} << i;
    }
    return bits;
#endif
}

// The number of set bits. Without the POPCNT instruction (not in the x86-64 baseline)
// std::popcount is a library call; this is a dozen inline instructions.
constexpr unsigned count_bits(std::uint64_t x) noexcept
{
#if defined(__POPCNT__) || !(defined(__x86_64__) || defined(_M_X64))
    return static_cast<unsigned>(std::popcount(x));
#else
    x -= (x >> 1) & 0x5555555555555555ull;
    x = (x & 0x3333333333333333ull) + ((x >> 2) & 0x3333333333333333ull);
    x = (x + (x >> 4)) & 0x0f0f0f0f0f0f0f0full;
    return static_cast<unsigned>((x * 0x0101010101010101ull) >> 56);
#endif
}

// A record the index takes whole: no quote in it, a CR only before its LF, and every byte
// ASCII (a reader checks the UTF-8 of other records itself, where it can say which byte is
// wrong).
struct plain_record {
    static constexpr std::size_t max_fields = 8;
    std::size_t begin = 0; // its first byte
    std::size_t next = 0;  // where the next record begins
    std::size_t fields = 0;
    // Where each field ends (its delimiter, or the record's CR, LF or end of text).
    std::array<std::uint32_t, max_fields> end{};

    std::size_t field_begin(std::size_t i) const noexcept { return i == 0 ? begin : end[i - 1] + 1u; }
    std::string_view field(std::string_view text, std::size_t i) const noexcept
    {
        std::size_t const b = field_begin(i);
        return text.substr(b, end[i] - b);
    }
};

class csv_index {
public:
    // Indexes `text` from byte `from` on (a reader takes a header or a byte order mark
    // itself). Texts of 4 GiB or more are not indexed: every record goes to the careful
    // reader.
    csv_index(std::string_view text, char delimiter = ',', std::size_t from = 0)
        : text_(text), delimiter_(delimiter), pos_(from < text.size() ? from : text.size()),
          scanned_(pos_ / 64 * 64), indexable_(text.size() < 0xffffffffu)
    {
        if (indexable_) at_.resize(leftover_max + chunk + 64);
    }

    // Where the next record begins.
    std::size_t position() const noexcept { return pos_; }

    // The record at position(), if it is plain, and position() moves past it. False, and
    // position() unchanged, at a record the careful reader must take (a quote, a lone CR,
    // more than max_fields fields) and at the end of the text.
    SENTRA_DETAIL_ALWAYS_INLINE bool next_plain(plain_record& r)
    {
        // The usual record: delimiters, then a LF, all indexed already.
        char const* const base = text_.data();
        std::uint32_t const* const at = at_.data();
        std::size_t const tail = tail_;
        std::size_t k = head_;
        std::size_t fields = 0;
        while (k < tail) {
            std::uint32_t const p = at[k++];
            char const c = base[p];
            if (c == delimiter_ && fields + 1 < plain_record::max_fields) {
                r.end[fields++] = p;
                continue;
            }
            if (c != '\n') break;
            r.end[fields] = p;
            r.begin = pos_;
            r.next = p + 1u;
            r.fields = fields + 1;
            head_ = k;
            pos_ = p + 1u;
            return true;
        }
        return next_plain_rest(r);
    }

    // next_plain for a reader that expects records of N fields: such a record (N - 1
    // delimiters and a LF) is taken in a few instructions; any other goes the general way.
    template <std::size_t N>
    SENTRA_DETAIL_ALWAYS_INLINE bool next_plain_of(plain_record& r)
    {
        static_assert(N >= 1 && N <= plain_record::max_fields);
        if (tail_ - head_ >= N) {
            char const* const base = text_.data();
            std::uint32_t const* const at = at_.data() + head_;
            bool shaped = base[at[N - 1]] == '\n';
            for (std::size_t i = 0; i + 1 < N; ++i) shaped &= base[at[i]] == delimiter_;
            if (shaped) {
                for (std::size_t i = 0; i < N; ++i) r.end[i] = at[i];
                r.begin = pos_;
                r.next = at[N - 1] + 1u;
                r.fields = N;
                head_ += N;
                pos_ = r.next;
                return true;
            }
        }
        return next_plain(r);
    }

    // Continues at `pos` (at or after position(), where the careful reader stopped).
    void skip_to(std::size_t pos) noexcept
    {
        if (pos <= pos_) return;
        pos_ = pos < text_.size() ? pos : text_.size();
        while (head_ < tail_ && at_[head_] < pos_) ++head_;
        if (head_ == tail_ && scanned_ < pos_) {
            head_ = tail_ = 0;
            scanned_ = pos_ / 64 * 64;
        }
    }

private:
    // next_plain for the rest: a CRLF, a record not indexed yet, the last record, a record
    // that is not plain. Out of line, so that the usual case stays small enough to inline.
    SENTRA_DETAIL_NOINLINE bool next_plain_rest(plain_record& r)
    {
        if (!indexable_ || pos_ >= text_.size()) return false;
        char const* const base = text_.data();
        for (;;) {
            std::size_t k = head_;
            std::size_t fields = 0;
            bool complete = false;
            while (k < tail_) {
                std::uint32_t const p = at_[k++];
                char const c = base[p];
                if (c == delimiter_) {
                    if (fields + 1 == plain_record::max_fields) return false;
                    r.end[fields++] = p;
                    continue;
                }
                if (c == '\n') {
                    r.end[fields] = p;
                    r.next = p + 1u;
                    complete = true;
                    break;
                }
                if (c == '\r' && p + 1u < text_.size() && base[p + 1] == '\n') {
                    // Its LF is the next position, once indexed.
                    if (k == tail_ && scanned_ < text_.size()) break;
                    r.end[fields] = p;
                    r.next = p + 2u;
                    ++k;
                    complete = true;
                    break;
                }
                return false; // a quote, a CR not before a LF, a byte that is not ASCII
            }
            if (!complete) {
                if (scanned_ < text_.size()) {
                    refill();
                    continue;
                }
                // The last record, without a line break.
                r.end[fields] = static_cast<std::uint32_t>(text_.size());
                r.next = text_.size();
            }
            r.begin = pos_;
            r.fields = fields + 1;
            head_ = k;
            pos_ = r.next;
            return true;
        }
    }

    // Bytes indexed at a time: the text of a chunk and its positions stay in the L1 cache.
    static constexpr std::size_t chunk = 4096;
    // Positions kept over from one chunk to the next: those of a record not yet complete,
    // which is at most max_fields delimiters and a CR.
    static constexpr std::size_t leftover_max = plain_record::max_fields + 2;

    // Writes the positions of `bits` (bit i is byte `at` + i), eight at a time whether or
    // not there are eight, as simdjson does: the slack after tail_ takes the extra.
    void flatten(std::uint64_t bits, std::uint32_t at) noexcept
    {
        std::size_t const count = count_bits(bits);
        std::uint32_t* out = at_.data() + tail_;
        for (int i = 0; i < 8; ++i) {
            out[i] = at + static_cast<std::uint32_t>(std::countr_zero(bits));
            bits &= bits - 1;
        }
        if (count > 8)
            for (std::size_t i = 8; i < count; ++i) {
                out[i] = at + static_cast<std::uint32_t>(std::countr_zero(bits));
                bits &= bits - 1;
            }
        tail_ += count;
    }

    // Keeps the positions not yet taken and indexes the next chunk after them.
    void refill() noexcept
    {
        std::size_t const keep = tail_ - head_;
        if (head_ != 0) std::memmove(at_.data(), at_.data() + head_, keep * sizeof(std::uint32_t));
        head_ = 0;
        tail_ = keep;
        std::size_t const n = text_.size();
        std::size_t const stop = scanned_ + chunk < n ? scanned_ + chunk : n;
        char const* const base = text_.data();
        while (scanned_ < stop) {
            std::uint64_t bits;
            if (scanned_ + 64 <= n) {
                bits = structural_bits(base + scanned_, delimiter_);
            } else {
                char tail[64] = {};
                std::memcpy(tail, base + scanned_, n - scanned_);
                bits = structural_bits(tail, delimiter_);
            }
            // Bytes before position() belong to records already taken.
            if (scanned_ < pos_) bits &= ~std::uint64_t{0} << (pos_ - scanned_);
            flatten(bits, static_cast<std::uint32_t>(scanned_));
            scanned_ = scanned_ + 64 < n ? scanned_ + 64 : n;
        }
    }

    std::string_view text_;
    char delimiter_;
    std::size_t pos_;
    std::size_t scanned_;
    bool indexable_;
    std::vector<std::uint32_t> at_; // positions [head_, tail_) not yet taken
    std::size_t head_ = 0;
    std::size_t tail_ = 0;
};

} // namespace sentra::detail

#include <sentra/detail/line_scan.hpp>

#include "catch.hpp"

#include <string>

using sentra::detail::line_masks;
using sentra::detail::scan_lines;

TEST_CASE("line and odd-byte bitmaps", "[line_scan]")
{
    std::string text = "ab,c\n\"d\r\n";
    text += std::string(70, 'x') + "\xC3\xA9\n";
    line_masks m;
    scan_lines(text, m);
    REQUIRE(m.newline.size() == 2);
    CHECK(m.newline[0] == ((1ull << 4) | (1ull << 8)));
    CHECK((m.odd[0] & 0x1ff) == ((1ull << 2) | (1ull << 5) | (1ull << 7)));
    // the window across the word boundary sees the two UTF-8 bytes at 79 and 80
    std::uint64_t const w = m.odd_window(70);
    CHECK(w == ((1ull << 9) | (1ull << 10)));
    CHECK((m.newline[1] >> (81 - 64)) == 1);
    line_masks empty;
    scan_lines("", empty);
    CHECK(empty.newline.empty());
}

#include <sentra/io/detail/csv_index.hpp>

#include "catch.hpp"

#include <string>
#include <string_view>
#include <vector>

using sentra::detail::csv_index;
using sentra::detail::plain_record;

namespace {

// Every record the index takes whole, as its fields, until it stops.
std::vector<std::vector<std::string>> plain_records(csv_index& index, std::string_view text)
{
    std::vector<std::vector<std::string>> out;
    plain_record r;
    while (index.next_plain(r)) {
        std::vector<std::string> fields;
        for (std::size_t i = 0; i < r.fields; ++i) fields.emplace_back(r.field(text, i));
        out.push_back(std::move(fields));
    }
    return out;
}

using rows = std::vector<std::vector<std::string>>;

} // namespace

TEST_CASE("structural bits and bit counts", "[csv_index]")
{
    std::string block = "ab,c\n\"d\r\n";
    block += std::string(64 - block.size() - 2, 'x') + "\xC3\xA9";
    REQUIRE(block.size() == 64);
    std::uint64_t const bits = sentra::detail::structural_bits(block.data(), ',');
    CHECK(bits == ((1ull << 2) | (1ull << 4) | (1ull << 5) | (1ull << 7) | (1ull << 8) |
                   (1ull << 62) | (1ull << 63)));
    // another delimiter: the comma is an ordinary byte then
    CHECK((sentra::detail::structural_bits(block.data(), ';') & (1ull << 2)) == 0);
    CHECK(sentra::detail::count_bits(0) == 0);
    CHECK(sentra::detail::count_bits(bits) == 7);
    CHECK(sentra::detail::count_bits(~0ull) == 64);
}

TEST_CASE("plain records: fields, CRLF, the last line", "[csv_index]")
{
    std::string const text = "a,b,c\n1,,3\r\n\nlast,x";
    csv_index index(text);
    CHECK(plain_records(index, text) ==
          rows{{"a", "b", "c"}, {"1", "", "3"}, {""}, {"last", "x"}});
    CHECK(index.position() == text.size());
    plain_record r;
    CHECK_FALSE(index.next_plain(r)); // the end
    csv_index empty("");
    CHECK_FALSE(empty.next_plain(r));
    CHECK(empty.position() == 0);
}

TEST_CASE("the index stops at a record it cannot take whole", "[csv_index]")
{
    std::string const text = "a,b\n\"q,uoted\",x\nc,d\nlone\rcr\nn\xC3\xA9,e\nf,g\n";
    csv_index index(text);
    CHECK(plain_records(index, text) == rows{{"a", "b"}});
    std::size_t const quoted = text.find('"');
    CHECK(index.position() == quoted); // unchanged: the careful reader's record
    index.skip_to(text.find("c,d"));
    CHECK(plain_records(index, text) == rows{{"c", "d"}});
    CHECK(index.position() == text.find("lone")); // a CR not before a LF
    index.skip_to(text.find("n\xC3\xA9"));
    CHECK(plain_records(index, text).empty()); // a byte that is not ASCII
    index.skip_to(text.find("f,g"));
    CHECK(plain_records(index, text) == rows{{"f", "g"}});
    // skip_to never goes back
    index.skip_to(0);
    CHECK(index.position() == text.size());
}

TEST_CASE("a record of more fields than a plain record holds", "[csv_index]")
{
    std::string const text = "1,2,3,4,5,6,7,8\n1,2,3,4,5,6,7,8,9\nz\n";
    csv_index index(text);
    CHECK(plain_records(index, text) == rows{{"1", "2", "3", "4", "5", "6", "7", "8"}});
    CHECK(index.position() == text.find("1,2,3,4,5,6,7,8,9"));
}

TEST_CASE("records across the chunks the index works in", "[csv_index]")
{
    // 20,000 records of varying length, CRLF on some, and a field of 5,000 bytes: records
    // and line ends fall on every chunk boundary.
    std::string text;
    rows expected;
    for (int i = 0; i < 20000; ++i) {
        std::string const a = std::to_string(i);
        std::string const b(static_cast<std::size_t>(i % 37), 'x');
        text += a + ',' + b + (i % 3 == 0 ? "\r\n" : "\n");
        expected.push_back({a, b});
        if (i == 777) {
            std::string const big(5000, 'y');
            text += big + "\n";
            expected.push_back({big});
        }
    }
    csv_index index(text, ',', 0);
    CHECK(plain_records(index, text) == expected);
    CHECK(index.position() == text.size());

    // starting in the middle, as after a header the reader took
    std::size_t const from = text.find('\n') + 1;
    csv_index rest(text, ',', from);
    auto const got = plain_records(rest, text);
    REQUIRE(got.size() == expected.size() - 1);
    CHECK(got.front() == expected[1]);
}

TEST_CASE("records of a known shape", "[csv_index]")
{
    std::string const text = "a,b,c\nd,e\nf,g,h\r\n\"i\",j,k\n";
    csv_index index(text);
    plain_record r;
    REQUIRE(index.next_plain_of<3>(r));
    CHECK(r.fields == 3);
    CHECK(r.field(text, 2) == "c");
    REQUIRE(index.next_plain_of<3>(r)); // another shape: taken the general way
    CHECK(r.fields == 2);
    CHECK(r.field(text, 1) == "e");
    REQUIRE(index.next_plain_of<3>(r)); // CRLF
    CHECK(r.field(text, 2) == "h");
    CHECK(r.next == text.find('"'));
    CHECK_FALSE(index.next_plain_of<3>(r)); // quoted
    CHECK(index.position() == text.find('"'));
}

TEST_CASE("another delimiter", "[csv_index]")
{
    std::string const text = "a;b,c\n";
    csv_index index(text, ';');
    CHECK(plain_records(index, text) == rows{{"a", "b,c"}});
}

// sentra/io/impl/enterprise_columns.ipp — the definitions of
// sentra/io/enterprise_columns.hpp's functions. Included by the header when sentra is header-
// only, compiled once in the library otherwise (sentra/src.hpp).
#pragma once

#include <sentra/io/enterprise_columns.hpp>

namespace sentra::io {

namespace detail {

SENTRA_DECL std::string header_key(std::string_view header)
{
    std::string out;
    int depth = 0;
    for (char ch : header) {
        if (ch == '(' || ch == '[') ++depth;
        else if ((ch == ')' || ch == ']') && depth > 0) --depth;
        else if (depth == 0 && sentra::detail::ascii_alnum(static_cast<unsigned char>(ch)))
            out += static_cast<char>(sentra::detail::ascii_lower(static_cast<unsigned char>(ch)));
    }
    return out;
}

SENTRA_DECL std::string spelled_key(std::string_view header)
{
    // Short forms officers write, and words that say nothing of the column.
    constexpr std::pair<std::string_view, std::string_view> words[] = {
        {"jml", "jumlah"},     {"jmlh", "jumlah"},   {"thn", "tahun"},     {"th", "tahun"},
        {"tgl", "tanggal"},    {"kel", "kelurahan"}, {"kec", "kecamatan"}, {"ds", "desa"},
        {"tlp", "telp"},       {"tel", "telp"},      {"almt", "alamat"},   {"nmr", "nomor"},
        {"omset", "omzet"},    {"handphone", "hp"},  {"ponsel", "hp"},     {"per", ""},
        {"rp", ""},            {"dalam", ""},        {"setahun", "tahun"}, {"pertahun", "tahun"},
        {"orang", ""},         {"org", ""}};
    std::string out;
    std::string word;
    auto flush = [&] {
        std::string_view w = word;
        for (auto const& [from, to] : words)
            if (w == from) {
                w = to;
                break;
            }
        out += w;
        word.clear();
    };
    int depth = 0;
    for (char ch : header) {
        if (ch == '(' || ch == '[') {
            flush();
            ++depth;
        } else if ((ch == ')' || ch == ']') && depth > 0) {
            --depth;
        } else if (depth == 0 && sentra::detail::ascii_alnum(static_cast<unsigned char>(ch))) {
            word += static_cast<char>(sentra::detail::ascii_lower(static_cast<unsigned char>(ch)));
        } else {
            flush();
        }
    }
    flush();
    return out;
}

} // namespace detail

} // namespace sentra::io

namespace sentra::io {

SENTRA_DECL std::optional<enterprise_column> recognise_header(std::string_view header)
{
    std::string const key = detail::header_key(header);
    for (auto const& h : detail::known_headers)
        if (h.key == key) return h.column;
    std::string const spelled = detail::spelled_key(header);
    for (auto const& h : detail::known_headers)
        if (h.key == spelled) return h.column;
    return std::nullopt;
}

} // namespace sentra::io

// The message catalogue as docs/errors.md shows it, between its two markers. Run with the page:
//   sentra_errors_md docs/errors.md          exits 1 (and says so) when the page has drifted
//   sentra_errors_md --write docs/errors.md  rewrites the section from the catalogue
#include <sentra/message.hpp>

#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <string_view>

namespace {

constexpr std::string_view begin_marker = "<!-- catalogue: made by tests/support/errors_md.cpp -->";
constexpr std::string_view end_marker = "<!-- end of catalogue -->";

// A table cell: pipes and backslashes escaped (Markdown, and Doxygen, which reads the page).
std::string cell(std::string_view text)
{
    std::string out;
    for (char c : text) {
        if (c == '|' || c == '\\') out += '\\';
        out += c;
    }
    return out;
}

std::string section()
{
    std::ostringstream out;
    out << begin_marker << "\n\n";
    out << "| id | arguments | English | Indonesian |\n|---|---|---|---|\n";
    for (std::size_t i = 0; i < sentra::message_id::count(); ++i) {
        auto const id = sentra::message_id::at(i);
        out << "| `" << id.name() << "` | " << id.arguments() << " | "
            << cell(sentra::catalogue(sentra::lang::en)[i].text) << " | "
            << cell(sentra::catalogue(sentra::lang::id)[i].text) << " |\n";
    }
    out << '\n' << end_marker;
    return out.str();
}

} // namespace

int main(int argc, char** argv)
{
    bool const write = argc == 3 && std::string_view(argv[1]) == "--write";
    if (argc != 2 && !write) {
        std::cerr << "usage: sentra_errors_md [--write] docs/errors.md\n";
        return 2;
    }
    std::string const path = argv[argc - 1];
    std::ifstream in(path, std::ios::binary);
    std::string page((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::size_t const b = page.find(begin_marker);
    std::size_t const e = page.find(end_marker);
    if (!in && page.empty()) {
        std::cerr << path << ": cannot be read\n";
        return 2;
    }
    if (b == std::string::npos || e == std::string::npos || e < b) {
        std::cerr << path << ": the catalogue's markers are missing\n";
        return 1;
    }
    std::string const now = section();
    std::string_view const was(page.data() + b, e + end_marker.size() - b);
    if (was == now) return 0;
    if (!write) {
        std::cerr << path << ": the message catalogue has changed; run sentra_errors_md --write "
                  << path << "\n";
        return 1;
    }
    page.replace(b, was.size(), now);
    std::ofstream(path, std::ios::binary) << page;
    return 0;
}

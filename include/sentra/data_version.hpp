// sentra/data_version.hpp — which release of each official list ships in sentra's data/.
//
// The one place that records the reference data: each edition of the Kemendagri region
// codes (oldest first; the last is the default), and the KBLI 2025, KBLI 2020 and ISIC Rev.4 lists,
// with the decree or regulation, the source release and the row counts the tests hold the
// files to. When Kemendagri publishes a new decree, its edition is one more line here (see
// data/README.md). No I/O: finding and loading the files is sentra/io/reference_data.hpp.
#pragma once

#include <array>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>

namespace sentra {

// The release of the whole data/ folder; changes whenever a file in it does.
inline constexpr std::string_view reference_data_version = "2026.2";

// One edition of a region scheme's official list: the codes as one decree set them.
struct region_edition {
    std::string_view name;               // "2025": how the library, the CLI and documents name it
    std::string_view decree;             // the legal act that set the codes
    std::string_view source;             // the release the files were copied from, unchanged
    std::array<std::uint32_t, 4> counts; // provinces, regencies, districts, villages
};

// Kemendagri's editions shipped in data/regions/NAME/, oldest first.
inline constexpr std::array<region_edition, 2> kemendagri_editions{{
    {"2022", "Kepmendagri 100.1.1-6117 Tahun 2022", "idn-area-data 3.1.2", {38, 514, 7277, 83763}},
    {"2025", "Kepmendagri 300.2.2-2138 Tahun 2025", "idn-area-data 4.0.1", {38, 514, 7285, 83762}},
}};

// The default everywhere: the newest decree.
inline constexpr region_edition latest_kemendagri_edition = kemendagri_editions.back();

// The edition named `name`, or nullptr.
constexpr region_edition const* find_kemendagri_edition(std::string_view name) noexcept
{
    for (auto const& e : kemendagri_editions)
        if (e.name == name) return &e;
    return nullptr;
}

// "2022, 2025": the editions' names, for messages.
inline std::string kemendagri_edition_names()
{
    std::string out;
    for (auto const& e : kemendagri_editions)
        out += (out.empty() ? "" : ", ") + std::string(e.name);
    return out;
}

// An industry classification's official list, in data/kbli/.
struct classification_release {
    std::string_view name;       // the classification's scheme name ("kbli2020", "isic4")
    std::string_view title;      // "KBLI 2020"
    std::string_view regulation; // the act or body that published it
    std::string_view source;     // where the file's rows come from
    std::string_view file;       // its file (or folder of files) in data/kbli/
    std::uint32_t codes;         // rows, every level
};

// KBLI 2025: BPS's publication as JSON files, one a level, shipped unchanged in
// data/kbli/2025/ with their licence (sentra/io/kbli_json.hpp reads them).
inline constexpr classification_release kbli2025_release{
    "kbli2025",
    "KBLI 2025",
    "BPS, KBLI 2025 (publication of 24 December 2025)",
    "tiomultazem/kbli-2025 at 41564b8 (2026-08-07)",
    "2025",
    2444};

inline constexpr classification_release kbli2020_release{
    "kbli2020",
    "KBLI 2020",
    "Peraturan BPS No. 2 Tahun 2020",
    "BPS KBLI 2020 web service, as of 2025-10-13",
    "kbli2020.csv",
    2710};
inline constexpr classification_release isic4_release{"isic4",
                                                      "ISIC Rev.4",
                                                      "UN Statistics Division, ISIC Rev.4 (2008)",
                                                      "UNSD ISIC_Rev_4_english_structure.txt",
                                                      "isic_rev4.csv",
                                                      766};

// The KBLI editions that ship, oldest first; the last is the default where nothing names one.
inline constexpr std::array<classification_release const*, 2> kbli_editions{&kbli2020_release,
                                                                           &kbli2025_release};
inline constexpr classification_release const& latest_kbli_release = kbli2025_release;

// The classifications that ship, by scheme name ("kbli2025", "kbli2020", "isic4"): for a
// choice made at run time. nullptr for a name sentra does not ship.
inline constexpr classification_release const* find_classification_release(std::string_view name) noexcept
{
    for (auto const* c : {&kbli2025_release, &kbli2020_release, &isic4_release})
        if (c->name == name) return c;
    return nullptr;
}

} // namespace sentra

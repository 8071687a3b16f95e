// Realistic enterprise records for the JSON benchmarks and for the NDJSON memory runs:
// village codes drawn from the official list, 1-3 KBLI subclasses from the catalog, sizes,
// dates, certifications. Deterministic (a fixed seed), so every run measures the same bytes.
#pragma once

#include <sentra/business/catalog.hpp>
#include <sentra/enterprise.hpp>
#include <sentra/io/reference_data.hpp>
#include <sentra/region/gazetteer.hpp>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

namespace sentra_bench {

// SENTRA_BENCH_RECORDS, default 1,000,000.
inline std::size_t record_count()
{
    if (char const* env = std::getenv("SENTRA_BENCH_RECORDS"); env && *env)
        return static_cast<std::size_t>(std::strtoull(env, nullptr, 10));
    return 1'000'000;
}

class record_maker {
public:
    record_maker()
    {
        // The shipped national data (the latest edition), found as every program finds it.
        auto const g = sentra::io::load_gazetteer().value();
        for (auto const& v : g.regions(3)) villages_.push_back(*v.code().template as<3>());
        auto const c = sentra::io::load_kbli().value();
        for (auto const& e : c.entries(4)) kbli_.push_back(*e.code().template as<4>());
    }

    sentra::enterprise make(std::size_t i)
    {
        std::mt19937_64 rng(0x5e17a + i); // each record from its own seed: any order, any count
        auto pick = [&](std::size_t n) { return static_cast<std::size_t>(rng() % n); };
        sentra::enterprise e;
        char buf[64];
        std::snprintf(buf, sizeof buf, "ent-%08zu", i);
        e.id = sentra::enterprise_id::parse(buf).value();
        if (pick(10) < 7) {
            std::snprintf(buf, sizeof buf, "%013llu",
                          static_cast<unsigned long long>(rng() % 10'000'000'000'000ull));
            e.nib = sentra::nib_number::parse(buf).value();
        }
        static char const* const first[] = {"Konveksi", "Batik",   "Kuliner",  "Kerajinan",
                                            "Bengkel",  "Toko",    "Catering", "Sablon",
                                            "Rajut",    "Furnitur"};
        static char const* const second[] = {"Sejahtera", "Makmur", "Jaya Abadi", "Ibu Siti",
                                             "Pak Budi",  "Berkah", "Mandiri",    "Sentosa"};
        e.name = std::string(first[pick(10)]) + " " + second[pick(8)] + " " + std::to_string(i);
        e.village = villages_[pick(villages_.size())];
        if (pick(2) == 0)
            e.address = "Jl. Sampel No. " + std::to_string(1 + pick(200)) + ", RT 0" +
                        std::to_string(1 + pick(9)) + "/RW 0" + std::to_string(1 + pick(9));
        for (std::size_t k = 0, n = 1 + pick(3); k < n; ++k) {
            auto const code = kbli_[pick(kbli_.size())];
            if (std::find(e.kbli.begin(), e.kbli.end(), code) == e.kbli.end())
                e.kbli.push_back(code);
        }
        static char const* const categories[] = {"konveksi", "kuliner", "kerajinan", "fashion"};
        if (pick(2) == 0) e.category = sentra::category_id::parse(categories[pick(4)]).value();
        e.capital = sentra::rupiah(static_cast<std::int64_t>(1 + pick(5000)) * 1'000'000);
        if (pick(3) != 0)
            e.annual_sales = sentra::rupiah(static_cast<std::int64_t>(1 + pick(20000)) * 1'000'000);
        e.workers = static_cast<std::uint32_t>(1 + pick(300));
        e.founded = sentra::date(
            std::chrono::year_month_day{std::chrono::year{1990 + static_cast<int>(pick(34))},
                                        std::chrono::month{1 + static_cast<unsigned>(pick(12))},
                                        std::chrono::day{1 + static_cast<unsigned>(pick(28))}});
        for (std::size_t k = 0, n = pick(3); k < n; ++k) {
            sentra::certification c;
            if (k == 0) {
                c.kind = sentra::certification_kind::halal;
                std::snprintf(buf, sizeof buf, "ID%017llu",
                              static_cast<unsigned long long>(rng() % 100'000'000'000'000'000ull));
                c.number = buf;
                c.valid_until = sentra::date(
                    std::chrono::year_month_day{std::chrono::year{2026 + static_cast<int>(pick(4))},
                                                std::chrono::month{6}, std::chrono::day{30}});
            } else {
                c.kind = sentra::certification_kind::sni;
                c.number = "SNI 8" + std::to_string(100 + pick(800)) + ":2016";
            }
            e.certifications.push_back(std::move(c));
        }
        return e;
    }

private:
    std::vector<sentra::village_code> villages_;
    std::vector<sentra::kbli_subclass> kbli_;
};

} // namespace sentra_bench

// sentra/coordination/topic.hpp — what a coordination case is about: the default topics of
// a case (a programme may use its own enum: cases, routing and the profile are templates
// over it).
#pragma once

#include <sentra/lang.hpp>

#include <boost/describe/enum.hpp>

#include <string_view>

namespace sentra {

enum class case_topic : unsigned char {
    marketing,
    sales,
    production,
    raw_materials,
    financing,
    permits,
    training,
    certification,
    infrastructure,
    other,
};
BOOST_DESCRIBE_ENUM(case_topic, marketing, sales, production, raw_materials, financing, permits,
                    training, certification, infrastructure, other)

constexpr std::string_view to_label(case_topic t, lang language = lang::en) noexcept
{
    constexpr bilingual labels[] = {
        {"marketing", "pemasaran"},          {"sales", "penjualan"},
        {"production", "produksi"},          {"raw materials", "bahan baku"},
        {"financing", "pembiayaan"},         {"permits", "perizinan"},
        {"training", "pelatihan"},           {"certification", "sertifikasi"},
        {"infrastructure", "infrastruktur"}, {"other", "lainnya"}};
    return detail::label_at(labels, t, language);
}

} // namespace sentra

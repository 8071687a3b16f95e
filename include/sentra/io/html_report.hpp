// sentra/io/html_report.hpp — a cluster report (sentra/report/cluster_report.hpp) as one
// self-contained HTML page: inline SVG charts drawn here, no script, no font, no image,
// no request of any kind, so the file can be opened, printed and sent as it is.
//
// Every chart has a title, a description for screen readers and its numbers in a table
// under it; colours are the Okabe–Ito palette (told apart with the common colour-vision
// deficiencies) and every bar is labelled with its number, so colour is never the only
// carrier; the page reads on a 360-pixel phone and prints on A4 without cutting a chart.
// Every text that comes from the data is escaped and isolated (a bdi element), so a name with
// markup, quotes or right-to-left script is shown as the text it is.
#pragma once

#include <sentra/detail/config.hpp>
#include <sentra/business/size.hpp>
#include <sentra/report/cluster_report.hpp>
#include <sentra/coordination/deadlines.hpp>
#include <sentra/lang.hpp>
#include <sentra/timestamp.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

namespace sentra::io {

namespace detail {

// Text as HTML: the five characters markup gives meaning to, escaped; everything else,
// UTF-8 included, as it is.
inline void append_html(std::string& out, std::string_view s)
{
    for (char const c : s) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '\'':
            out += "&#39;";
            break;
        default:
            out += c;
        }
    }
}

// Data text: escaped and isolated from the text around it (bidirectional text).
inline void append_data(std::string& out, std::string_view s)
{
    out += "<bdi>";
    append_html(out, s);
    out += "</bdi>";
}

// Text as HTML, cut to at most `keep` bytes (at a character, never inside one) with an
// ellipsis when longer than `keep` + 2: a chart's label, whose table has it whole.
inline void append_cut(std::string& out, std::string_view s, std::size_t keep)
{
    if (s.size() <= keep + 2) {
        append_html(out, s);
        return;
    }
    while (keep > 0 && (static_cast<unsigned char>(s[keep]) & 0xC0) == 0x80) --keep;
    append_html(out, s.substr(0, keep));
    out += "…";
}

inline std::string html(std::string_view s)
{
    std::string out;
    append_html(out, s);
    return out;
}

// A label of the page in the report's language.
struct page_text {
    char const* id;
    char const* en;
    char const* in(lang l) const noexcept { return l == lang::en ? en : id; }
};

// Okabe & Ito (2008), "Color Universal Design": distinguishable with protanopia,
// deuteranopia and tritanopia.
inline constexpr char const* palette[] = {"#0072B2", "#E69F00", "#009E73", "#CC79A7",
                                          "#56B4E9", "#D55E00", "#F0E442", "#000000"};

inline std::string number(double v, int decimals)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
    return buf;
}

struct bar {
    std::string label;
    double value = 0;
    std::string shown; // the number as written beside the bar
    char const* colour = palette[0];
};

// A horizontal bar chart with its title, description and table. `id` is unique on the page.
inline void bar_chart(std::string& out, std::string_view id, std::string_view title,
                      std::string_view description, std::vector<bar> const& bars,
                      std::string_view label_head, std::string_view value_head)
{
    out += "<figure class=\"chart\" id=\"";
    out += id;
    out += "\"><figcaption>";
    append_html(out, title);
    out += "</figcaption>";
    if (bars.empty()) {
        out += "<p class=\"none\">—</p></figure>";
        return;
    }
    double top = 0;
    for (auto const& b : bars) top = std::max(top, b.value);
    if (top <= 0) top = 1;
    // Drawn 360 units wide: about a phone's width, so that its 13-unit text is read there
    // at about 13 pixels; wider screens scale it up to at most 30rem.
    constexpr int row = 26, label_w = 138, bar_w = 162, width = label_w + bar_w + 60;
    int const height = static_cast<int>(bars.size()) * row + 8;
    out += "<svg role=\"img\" viewBox=\"0 0 " + std::to_string(width) + ' ' +
           std::to_string(height) + "\" aria-labelledby=\"" + std::string(id) + "-t " +
           std::string(id) + "-d\" preserveAspectRatio=\"xMinYMin meet\"><title id=\"" +
           std::string(id) + "-t\">";
    append_html(out, title);
    out += "</title><desc id=\"" + std::string(id) + "-d\">";
    append_html(out, description);
    out += "</desc>";
    for (std::size_t i = 0; i < bars.size(); ++i) {
        auto const& b = bars[i];
        int const y = static_cast<int>(i) * row + 4;
        int const w = static_cast<int>(b.value / top * bar_w + 0.5);
        out += "<text x=\"" + std::to_string(label_w - 8) + "\" y=\"" + std::to_string(y + 18) +
               "\" text-anchor=\"end\" class=\"lbl\">";
        append_cut(out, b.label, 16); // the table below has it whole
        out += "</text><rect x=\"" + std::to_string(label_w) + "\" y=\"" + std::to_string(y + 4) +
               "\" width=\"" + std::to_string(std::max(w, b.value > 0 ? 2 : 0)) +
               "\" height=\"18\" fill=\"" + b.colour + "\"/><text x=\"" +
               std::to_string(label_w + w + 6) + "\" y=\"" + std::to_string(y + 18) +
               "\" class=\"val\">";
        append_html(out, b.shown);
        out += "</text>";
    }
    out += "</svg><table><thead><tr><th scope=\"col\">";
    append_html(out, label_head);
    out += "</th><th scope=\"col\" class=\"n\">";
    append_html(out, value_head);
    out += "</th></tr></thead><tbody>";
    for (auto const& b : bars) {
        out += "<tr><td>";
        append_data(out, b.label);
        out += "</td><td class=\"n\">";
        append_html(out, b.shown);
        out += "</td></tr>";
    }
    out += "</tbody></table></figure>";
}

// Bars of one colour, or (given `colours`, the keys in the order their colours are
// given) each key in its own colour, the same in every chart of the page.
inline std::vector<bar> bars_of(std::vector<count_row> const& rows,
                                std::vector<std::string>* colours = nullptr)
{
    std::vector<bar> out;
    for (auto const& row : rows) {
        char const* colour = palette[0];
        if (colours) {
            auto it = std::find(colours->begin(), colours->end(), row.key);
            if (it == colours->end()) it = colours->insert(colours->end(), row.key);
            colour = palette[static_cast<std::size_t>(it - colours->begin()) % std::size(palette)];
        }
        out.push_back({row.label, static_cast<double>(row.count), std::to_string(row.count), colour});
    }
    return out;
}

// "1 Maret 2020, 10.00 (UTC+07:00)" / "1 March 2020, 10:00 (UTC+07:00)"
inline std::string when(timestamp const& t, lang l)
{
    static constexpr char const* months_id[] = {"Januari", "Februari", "Maret",     "April",
                                                "Mei",     "Juni",     "Juli",      "Agustus",
                                                "September", "Oktober", "November", "Desember"};
    static constexpr char const* months_en[] = {"January", "February", "March",     "April",
                                                "May",     "June",     "July",      "August",
                                                "September", "October", "November", "December"};
    std::string const text = t.to_string(); // 2020-03-01T10:00:00+07:00
    auto const ymd = t.local_date().ymd();
    auto const m = static_cast<unsigned>(ymd.month());
    std::string out = std::to_string(static_cast<unsigned>(ymd.day())) + ' ' +
                      (l == lang::en ? months_en : months_id)[(m - 1) % 12] + ' ' +
                      std::to_string(static_cast<int>(ymd.year())) + ", " + text.substr(11, 2) +
                      (l == lang::en ? ":" : ".") + text.substr(14, 2);
    std::string const zone = text.size() > 19 ? text.substr(19) : std::string("Z");
    out += " (UTC" + (zone == "Z" ? std::string() : zone) + ")";
    return out;
}

inline constexpr char const* page_style = R"css(
:root{color-scheme:light}
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;margin:0 auto;
max-width:60rem;padding:1rem;line-height:1.45;color:#111;background:#fff;overflow-wrap:anywhere}
h1{font-size:1.5rem;margin:.2rem 0}h2{font-size:1.15rem;margin-top:2rem;border-bottom:1px solid #ccc}
.sub{color:#444;margin:0}
.figures{display:grid;grid-template-columns:repeat(auto-fit,minmax(9.5rem,1fr));gap:.6rem;margin:1rem 0}
.figure{border:1px solid #bbb;border-radius:.4rem;padding:.5rem .7rem}
.figure b{display:block;font-size:1.6rem}.figure span{color:#333;font-size:.9rem}
figure.chart{margin:1.2rem 0;break-inside:avoid;page-break-inside:avoid}
figcaption{font-weight:600;margin-bottom:.3rem}
svg{width:100%;height:auto;max-width:30rem;display:block}
svg .lbl,svg .val{font-size:12px;fill:#111}
table{border-collapse:collapse;margin:.4rem 0;font-size:.9rem;display:block;overflow-x:auto;max-width:100%}
th,td{border:1px solid #ccc;padding:.2rem .5rem;text-align:left;vertical-align:top;overflow-wrap:normal}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
td.d{white-space:nowrap}caption{text-align:left;font-weight:600}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}dt{font-weight:600}dd{margin:0}
.late{color:#8a2b00;font-weight:600}
footer{margin-top:2rem;color:#555;font-size:.85rem}
@media (max-width:30rem){body{padding:.6rem}dl{grid-template-columns:1fr}dd{margin-bottom:.4rem}}
@page{size:A4;margin:14mm}
@media print{body{max-width:none;padding:0}h2{break-after:avoid}section,table{break-inside:auto}
tr,figure.chart,.figures{break-inside:avoid;page-break-inside:avoid}}
)css";

} // namespace detail

struct html_options {
    // Rows of the overdue cases and of the findings shown (the latest first for the
    // cases: the most late); the rest are counted under the list, and the CLI's
    // `case overdue` and `validate` give them all. 0: every row.
    std::size_t max_rows = 50;
};

// The page of a cluster report, in the report's language.
template <class P>
std::string cluster_report_html(basic_cluster_report<P> const& r, html_options const& options = {})
{
    using detail::append_data;
    using detail::append_html;
    using detail::page_text;
    lang const l = r.language;
    auto const t = [l](page_text p) { return std::string(p.in(l)); };
    std::string out;
    out.reserve(32 * 1024);
    out += "<!DOCTYPE html>\n<html lang=\"";
    out += l == lang::en ? "en" : "id";
    out += "\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" "
           "content=\"width=device-width,initial-scale=1\"><meta name=\"generator\" "
           "content=\"sentra\"><meta http-equiv=\"Content-Security-Policy\" "
           "content=\"default-src 'none'; style-src 'unsafe-inline'\"><title>";
    append_html(out, r.cluster.name);
    out += " — ";
    append_html(out, t({"Laporan klaster", "Cluster report"}));
    out += "</title><style>";
    out += detail::page_style;
    out += "</style></head><body><header><p class=\"sub\">";
    append_data(out, r.programme.empty() ? t({"Program klaster", "Cluster programme"}) : r.programme);
    out += "</p><h1>";
    append_data(out, r.cluster.name);
    out += "</h1><p class=\"sub\">";
    append_html(out, t({"Keadaan per ", "As of "}));
    append_html(out, detail::when(r.now, l));
    out += "</p></header>";

    // Key figures.
    out += "<section aria-label=\"";
    append_html(out, t({"Angka utama", "Key figures"}));
    out += "\"><div class=\"figures\">";
    auto const figure = [&](std::string const& id, std::string const& value, std::string const& label) {
        out += "<div class=\"figure\" id=\"" + id + "\"><b>";
        append_html(out, value);
        out += "</b><span>";
        append_html(out, label);
        out += "</span></div>";
    };
    figure("fig-members", std::to_string(r.members), t({"anggota", "members"}));
    if (r.launch) {
        std::string stands;
        std::size_t total = 0;
        for (auto const& s : r.stands_by_category) {
            if (!stands.empty()) stands += " / ";
            stands += std::to_string(s.count);
            total += s.count;
        }
        figure("fig-stands", stands,
               t({"stan per kategori saat ", "stands per category at "}) + r.launch->name + " (" +
                   std::to_string(total) + ")");
    }
    figure("fig-cases-open", std::to_string(r.cases_open),
           t({"kasus terbuka dari ", "cases open of "}) + std::to_string(r.cases));
    auto const share = r.ageing.share_on_time();
    figure("fig-on-time", share ? detail::number(*share * 100, 0) + " %" : "—",
           t({"tenggat terpenuhi tepat waktu", "deadlines met on time"}));
    out += "</div></section>";

    // The programme.
    out += "<section><h2>";
    append_html(out, t({"Program", "Programme"}));
    out += "</h2><dl><dt>";
    append_html(out, t({"Lokus", "Locus"}));
    out += "</dt><dd>";
    append_data(out, r.cluster.locus.name);
    out += "<ul>";
    for (auto const& chain : r.locus_chains) {
        out += "<li>";
        for (std::size_t i = chain.size(); i-- > 0;) {
            append_data(out, chain[i]);
            if (i) out += ", ";
        }
        out += "</li>";
    }
    out += "</ul></dd><dt>";
    append_html(out, t({"Instansi pembina", "Lead agency"}));
    out += "</dt><dd>";
    append_data(out, r.lead_agency);
    out += "</dd><dt>";
    append_html(out, t({"Mitra", "Partners"}));
    out += "</dt><dd>";
    if (r.partners.empty()) out += "—";
    for (std::size_t i = 0; i < r.partners.size(); ++i) {
        if (i) out += "; ";
        append_data(out, r.partners[i]);
    }
    out += "</dd><dt>";
    append_html(out, t({"Surat keputusan", "Decree"}));
    out += "</dt><dd>";
    if (r.cluster.established) {
        append_data(out, r.cluster.established->number);
        out += " (" + r.cluster.established->date.to_string() + ")";
    } else {
        out += "—";
    }
    out += "</dd><dt>";
    append_html(out, t({"Tahap", "Phase"}));
    out += "</dt><dd>";
    if (r.phase) {
        append_data(out, *r.phase);
        if (auto since = r.cluster.entered(*r.phase))
            out += " (" + t({"sejak ", "since "}) + since->to_string() + ")";
    } else {
        out += "—";
    }
    out += "</dd></dl>";
    if (!r.cluster.goals.empty()) {
        out += "<table><caption>";
        append_html(out, t({"Sasaran", "Goals"}));
        out += "</caption><thead><tr><th scope=\"col\">" + t({"Indikator", "Indicator"}) +
               "</th><th scope=\"col\" class=\"n\">" + t({"Awal", "Baseline"}) +
               "</th><th scope=\"col\" class=\"n\">" + t({"Target", "Target"}) +
               "</th><th scope=\"col\" class=\"n\">" + t({"Terakhir", "Latest"}) +
               "</th><th scope=\"col\">" + t({"Periode", "Period"}) + "</th></tr></thead><tbody>";
        auto const figure_text = [](std::optional<double> v) {
            if (!v) return std::string("—");
            return *v == static_cast<double>(static_cast<long long>(*v)) ? detail::number(*v, 0)
                                                                          : detail::number(*v, 2);
        };
        for (auto const& g : r.cluster.goals) {
            out += "<tr><td>";
            append_data(out, g.name);
            if (!g.unit.empty()) {
                out += " (";
                append_data(out, g.unit);
                out += ')';
            }
            out += "</td><td class=\"n\">" + figure_text(g.baseline) + "</td><td class=\"n\">" +
                   figure_text(g.target) + "</td><td class=\"n\">";
            std::optional<double> latest;
            if (!g.measurements.empty()) latest = g.measurements.back().value;
            out += figure_text(latest) + "</td><td>";
            append_data(out, g.period);
            out += "</td></tr>";
        }
        out += "</tbody></table>";
    }
    out += "</section>";

    // Charts. A category has one colour on the whole page, and so has a status.
    std::vector<std::string> category_colours, status_colours;
    std::string const category = t({"Kategori", "Category"});
    out += "<section><h2>";
    append_html(out, t({"Anggota dan stan", "Members and stands"}));
    out += "</h2>";
    if (r.launch) {
        std::string const title = t({"Stan per kategori saat ", "Stands per category at "}) + r.launch->name;
        detail::bar_chart(out, "chart-stands", title,
                          t({"Jumlah stan setiap kategori program pada acara peluncuran.",
                             "Number of stands of each programme category at the launch event."}),
                          detail::bars_of(r.stands_by_category, &category_colours), category,
                          t({"Stan", "Stands"}));
    }
    detail::bar_chart(out, "chart-categories", t({"Anggota per kategori", "Members by category"}),
                      t({"Jumlah anggota klaster di setiap kategori program.",
                         "Number of cluster members in each programme category."}),
                      detail::bars_of(r.members_by_category, &category_colours), category,
                      t({"Anggota", "Members"}));
    {
        std::vector<count_row> sizes;
        for (auto const& [size, n] : r.members_by_size.by_class)
            sizes.push_back({std::string(to_string(size)), std::string(to_label(size, l)), n});
        if (r.members_by_size.unclassified)
            sizes.push_back({"unclassified", t({"tidak terklasifikasi", "not classified"}),
                             r.members_by_size.unclassified});
        detail::bar_chart(out, "chart-sizes",
                          t({"Anggota per skala usaha (PP 7/2021, untuk pemberdayaan)",
                             "Members by size class (PP 7/2021, for empowerment)"}),
                          t({"Skala usaha anggota menurut PP 7/2021 pasal 35, tujuan pemberdayaan.",
                             "Members' size classes under PP 7/2021 Art. 35, for empowerment."}),
                          detail::bars_of(sizes), t({"Skala", "Size class"}), t({"Anggota", "Members"}));
    }
    detail::bar_chart(out, "chart-villages", t({"Anggota per kelurahan", "Members by village"}),
                      t({"Jumlah anggota di setiap kelurahan/desa.",
                         "Number of members in each village (kelurahan/desa)."}),
                      detail::bars_of(r.members_by_village), t({"Kelurahan", "Village"}),
                      t({"Anggota", "Members"}));
    out += "</section>";

    // Events on a time line.
    out += "<section><h2>";
    append_html(out, t({"Kegiatan", "Events"}));
    out += "</h2>";
    if (!r.cluster.events.empty()) {
        auto events = r.cluster.events;
        std::stable_sort(events.begin(), events.end(),
                         [](auto const& a, auto const& b) { return a.date < b.date; });
        auto const first = events.front().date.days();
        auto const last = events.back().date.days();
        double const span = std::max<double>(1, static_cast<double>((last - first).count()));
        int const row = 26, height = static_cast<int>(events.size()) * row + 30;
        out += "<figure class=\"chart\" id=\"chart-events\"><figcaption>";
        append_html(out, t({"Kegiatan pada garis waktu", "Events on a time line"}));
        out += "</figcaption><svg role=\"img\" viewBox=\"0 0 360 " + std::to_string(height) +
               "\" aria-labelledby=\"chart-events-t chart-events-d\"><title id=\"chart-events-t\">";
        append_html(out, t({"Kegiatan pada garis waktu", "Events on a time line"}));
        out += "</title><desc id=\"chart-events-d\">";
        append_html(out, t({"Setiap kegiatan klaster menurut tanggalnya.",
                            "Each of the cluster's events by its date."}));
        out += "</desc><line x1=\"10\" x2=\"350\" y1=\"14\" y2=\"14\" stroke=\"#555\"/>";
        for (std::size_t i = 0; i < events.size(); ++i) {
            double const x =
                10 + 340 * static_cast<double>((events[i].date.days() - first).count()) / span;
            int const y = 34 + static_cast<int>(i) * row;
            out += "<circle cx=\"" + detail::number(x, 1) + "\" cy=\"14\" r=\"5\" fill=\"" +
                   detail::palette[i % std::size(detail::palette)] + "\"/><line x1=\"" +
                   detail::number(x, 1) + "\" x2=\"" + detail::number(x, 1) +
                   "\" y1=\"19\" y2=\"" + std::to_string(y - 12) +
                   "\" stroke=\"#bbb\"/><text x=\"" + detail::number(std::min(x, 150.0), 1) +
                   "\" y=\"" + std::to_string(y) + "\" class=\"lbl\">" +
                   events[i].date.to_string() + " ";
            detail::append_cut(out, events[i].name, 22);
            out += "</text>";
        }
        out += "</svg><table><thead><tr><th scope=\"col\">" + t({"Tanggal", "Date"}) +
               "</th><th scope=\"col\">" + t({"Kegiatan", "Event"}) + "</th><th scope=\"col\">" +
               t({"Jenis", "Kind"}) + "</th><th scope=\"col\" class=\"n\">" + t({"Stan", "Stands"}) +
               "</th></tr></thead><tbody>";
        for (auto const& ev : events) {
            out += "<tr><td class=\"d\">" + ev.date.to_string() + "</td><td>";
            append_data(out, ev.name);
            out += "</td><td>";
            append_html(out, to_label(ev.kind, l));
            out += "</td><td class=\"n\">" + std::to_string(ev.total_stands()) + "</td></tr>";
        }
        out += "</tbody></table></figure>";
    } else {
        out += "<p class=\"none\">—</p>";
    }
    out += "</section>";

    // Cases.
    out += "<section><h2>";
    append_html(out, t({"Kasus koordinasi", "Coordination cases"}));
    out += "</h2>";
    detail::bar_chart(out, "chart-status", t({"Kasus per status", "Cases by status"}),
                      t({"Jumlah kasus klaster pada setiap status.",
                         "Number of the cluster's cases in each status."}),
                      detail::bars_of(r.cases_by_status, &status_colours), t({"Status", "Status"}),
                      t({"Kasus", "Cases"}));
    {
        std::vector<detail::bar> ageing = {
            {t({"tepat waktu", "on time"}), static_cast<double>(r.ageing.on_time),
             std::to_string(r.ageing.on_time), detail::palette[2]},
            {t({"terlambat", "late"}), static_cast<double>(r.ageing.late),
             std::to_string(r.ageing.late), detail::palette[1]},
            {t({"lewat tenggat sekarang", "overdue now"}), static_cast<double>(r.ageing.overdue_now),
             std::to_string(r.ageing.overdue_now), detail::palette[5]},
            {t({"berjalan, dalam tenggat", "running, within the deadline"}),
             static_cast<double>(r.ageing.running), std::to_string(r.ageing.running),
             detail::palette[4]}};
        detail::bar_chart(out, "chart-ageing",
                          t({"Tenggat kasus: terpenuhi, terlambat, lewat", "Case deadlines: met, late, overdue"}),
                          t({"Setiap tenggat kasus (penerusan, tindak lanjut, penyelesaian) menurut hasilnya.",
                             "Every deadline of the cases (forwarding, follow-up, resolution) by its outcome."}),
                          ageing, t({"Hasil", "Outcome"}), t({"Tenggat", "Deadlines"}));
    }
    {
        std::vector<detail::bar> agencies;
        for (auto const& a : r.agencies) {
            auto const s = a.clocks.share_on_time();
            agencies.push_back({a.name, s ? *s * 100 : 0,
                                (s ? detail::number(*s * 100, 0) + " %" : std::string("—")) +
                                    (a.median_working_days
                                         ? "; " + t({"median ", "median "}) +
                                               detail::number(*a.median_working_days, 1) +
                                               t({" hari kerja", " working days"})
                                         : std::string()),
                                detail::palette[0]});
        }
        detail::bar_chart(out, "chart-agencies",
                          t({"Tindak lanjut tepat waktu per instansi", "Follow-up within the deadline, by agency"}),
                          t({"Bagian tindak lanjut yang dipenuhi tepat waktu oleh setiap instansi, dan median hari kerjanya.",
                             "Share of follow-ups each agency met on time, and its median working days."}),
                          agencies, t({"Instansi", "Agency"}),
                          t({"Tepat waktu; median", "On time; median"}));
    }
    out += "<h3>";
    append_html(out, t({"Kasus terbuka yang lewat tenggat", "Open cases past a deadline"}));
    out += "</h3>";
    if (r.overdue.empty()) {
        out += "<p id=\"overdue-none\">";
        append_html(out, t({"Tidak ada.", "None."}));
        out += "</p>";
    } else {
        out += "<table id=\"overdue\"><thead><tr><th scope=\"col\">" + t({"Kasus", "Case"}) +
               "</th><th scope=\"col\">" + t({"Tenggat", "Deadline"}) + "</th><th scope=\"col\">" +
               t({"Jatuh tempo", "Due"}) + "</th><th scope=\"col\" class=\"n\">" +
               t({"Terlambat", "Late by"}) + "</th><th scope=\"col\">" +
               t({"Langkah berikut", "Next step"}) + "</th></tr></thead><tbody>";
        std::size_t const shown = options.max_rows == 0 ? r.overdue.size()
                                                         : std::min(r.overdue.size(), options.max_rows);
        for (std::size_t i = 0; i < shown; ++i) {
            auto const& o = r.overdue[i];
            out += "<tr><td>";
            append_data(out, o.id.to_string());
            out += ": ";
            append_data(out, o.title);
            out += "</td><td>";
            append_html(out, to_label(o.finding.missed, l));
            out += "</td><td class=\"d\">" + o.finding.due.to_string() + "</td><td class=\"n late\">";
            append_html(out, days_label(o.finding.days_late, o.finding.allowed.kind, l));
            out += "</td><td>";
            std::string const level = std::to_string(o.finding.next_level);
            if (o.finding.next_level == 0) {
                append_html(out, t({"verifikasi dan teruskan ke instansi yang berwenang",
                                    "verify and forward it to the agency responsible"}));
            } else if (o.finding.next_step) {
                append_html(out, t({"eskalasi ke tingkat ", "escalate to level "}) + level + ": ");
                append_data(out, o.finding.next_step->label(l));
            } else {
                append_html(out, t({"eskalasi ke tingkat ", "escalate to level "}) + level +
                                     (r.escalation_chain
                                          ? t({" (melewati rantai eskalasi program)",
                                               " (past the programme's escalation chain)"})
                                          : t({" (program tidak punya rantai eskalasi)",
                                               " (the programme has no escalation chain)"})));
            }
            out += "</td></tr>";
        }
        out += "</tbody></table>";
        if (shown < r.overdue.size()) {
            out += "<p id=\"overdue-more\">";
            append_html(out, t({"Dan ", "And "}) + std::to_string(r.overdue.size() - shown) +
                                 t({" lagi, kurang terlambat (semuanya: sentra case overdue).",
                                    " more, less late (all of them: sentra case overdue)."}));
            out += "</p>";
        }
    }
    out += "</section>";

    // Findings.
    out += "<section><h2>";
    append_html(out, t({"Temuan validasi", "Validation findings"}));
    out += "</h2>";
    if (r.findings.empty()) {
        out += "<p id=\"findings-none\">";
        append_html(out, t({"Tidak ada temuan.", "No findings."}));
        out += "</p>";
    } else {
        auto const problems = r.findings.problems();
        std::size_t const shown = options.max_rows == 0 ? problems.size()
                                                         : std::min(problems.size(), options.max_rows);
        out += "<p>";
        append_html(out, std::to_string(r.findings.error_count()) + t({" kesalahan, ", " errors, "}) +
                             std::to_string(r.findings.warning_count()) +
                             t({" peringatan.", " warnings."}));
        out += "</p><ul id=\"findings\">";
        for (std::size_t i = 0; i < shown; ++i) {
            out += "<li>";
            append_data(out, problems[i].to_string(l));
            out += "</li>";
        }
        out += "</ul>";
        if (shown < problems.size()) {
            out += "<p id=\"findings-more\">";
            append_html(out, t({"Dan ", "And "}) + std::to_string(problems.size() - shown) +
                                 t({" lagi (semuanya: sentra validate).",
                                    " more (all of them: sentra validate)."}));
            out += "</p>";
        }
    }
    out += "</section><footer>";
    append_html(out, t({"Dibuat oleh sentra dari dokumen program. Data contoh bila disebut demikian.",
                        "Made by sentra from the programme's document. Sample data where it says so."}));
    out += "</footer></body></html>\n";
    return out;
}

} // namespace sentra::io

// The default profile's instantiation, compiled once in the sentra::compiled library
// (sentra/detail/config.hpp).
#if defined(SENTRA_SEPARATE_COMPILATION)
namespace sentra::io {
SENTRA_EXTERN template std::string
cluster_report_html<indonesia>(basic_cluster_report<indonesia> const&, html_options const&);
} // namespace sentra::io
#endif

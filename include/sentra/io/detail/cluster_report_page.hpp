// sentra/io/detail/cluster_report_page.hpp — the sections of a cluster report's page
// (sentra/io/html_report.hpp), each written by its own function: the head, the key figures,
// the programme, members and stands, events, cases, validation findings and the footer.
#pragma once

#include <sentra/business/size.hpp>
#include <sentra/date.hpp>
#include <sentra/message.hpp>
#include <sentra/coordination/deadlines.hpp>
#include <sentra/io/detail/html_page.hpp>
#include <sentra/io/detail/html_text.hpp>
#include <sentra/io/detail/svg_chart.hpp>
#include <sentra/lang.hpp>
#include <sentra/report/cluster_report.hpp>

#include <algorithm>
#include <cstddef>
#include <iterator>
#include <optional>
#include <string>
#include <vector>

namespace sentra::io::detail {

template <class P>
class cluster_report_page {
public:
    // `max_rows`: rows of the overdue cases and of the findings shown (0: all).
    cluster_report_page(basic_cluster_report<P> const& report, std::size_t rows_shown, std::string& page)
        : r(report), l(report.language), max_rows(rows_shown), out(page)
    {
    }

    void write()
    {
        head();
        key_figures();
        programme();
        members_and_stands();
        events();
        cases();
        findings();
        footer();
    }

private:
    basic_cluster_report<P> const& r;
    lang const l;
    std::size_t const max_rows;
    std::string& out;
    // A category has one colour on the whole page, and so has a status.
    std::vector<std::string> category_colours, status_colours;

    std::string t(page_text p) const { return std::string(p.in(l)); }

    // The document head, the style sheet and the page header.
    void head()
    {
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
    }

    // Members, stands at the launch, open cases, deadlines met on time.
    void key_figures()
    {
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
    }

    // Locus, agencies, decree, phase and goals.
    void programme()
    {
        out += "<section><h2>";
        append_html(out, t({"Program", "Programme"}));
        out += "</h2><dl><dt>";
        append_html(out, t({"Lokus", "Locus"}));
        out += "</dt><dd>";
        append_data(out, r.cluster.locus.name);
        out += "<ul>";
        for (auto const& place : r.locus_names) {
            out += "<li>";
            append_data(out, place);
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
            out += " (" + format_date(r.cluster.established->date, l) + ")";
        } else {
            out += "—";
        }
        out += "</dd><dt>";
        append_html(out, t({"Tahap", "Phase"}));
        out += "</dt><dd>";
        if (r.phase) {
            append_data(out, r.phase_label.empty() ? *r.phase : r.phase_label);
            if (auto since = r.cluster.entered(*r.phase))
                out += " (" + t({"sejak ", "since "}) + format_date(*since, l) + ")";
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
            auto const figure_text = [this](std::optional<double> v) {
                if (!v) return std::string("—");
                return format_number(*v, 2, l);
            };
            for (auto const& g : r.cluster.goals) {
                out += "<tr><td>";
                append_data(out, g.name_in(l));
                if (!g.unit_in(l).empty()) {
                    out += " (";
                    append_data(out, g.unit_in(l));
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
    }

    // Members and stands by category, size class and village.
    void members_and_stands()
    {
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
    }

    // Events on a time line, with their table.
    void events()
    {
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
                       format_date(events[i].date, l) + " ";
                detail::append_cut(out, events[i].name, 22);
                out += "</text>";
            }
            out += "</svg><table><thead><tr><th scope=\"col\">" + t({"Tanggal", "Date"}) +
                   "</th><th scope=\"col\">" + t({"Kegiatan", "Event"}) + "</th><th scope=\"col\">" +
                   t({"Jenis", "Kind"}) + "</th><th scope=\"col\" class=\"n\">" + t({"Stan", "Stands"}) +
                   "</th></tr></thead><tbody>";
            for (auto const& ev : events) {
                out += "<tr><td class=\"d\">" + format_date(ev.date, l) + "</td><td>";
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
    }

    // Cases by status, deadlines met, agencies on time, and the overdue cases.
    void cases()
    {
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
                                                   format_number(*a.median_working_days, 1, l) +
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
            std::size_t const shown = max_rows == 0 ? r.overdue.size()
                                                             : std::min(r.overdue.size(), max_rows);
            for (std::size_t i = 0; i < shown; ++i) {
                auto const& o = r.overdue[i];
                out += "<tr><td>";
                append_data(out, o.id.to_string());
                out += ": ";
                append_data(out, o.title);
                out += "</td><td>";
                append_html(out, to_label(o.finding.missed, l));
                out += "</td><td class=\"d\">" + format_date(o.finding.due, l) +
                       "</td><td class=\"n late\">";
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
    }

    // Validation findings: the first max_rows shown, the rest counted.
    void findings()
    {
        out += "<section><h2>";
        append_html(out, t({"Temuan validasi", "Validation findings"}));
        out += "</h2>";
        if (r.findings.empty()) {
            out += "<p id=\"findings-none\">";
            append_html(out, t({"Tidak ada temuan.", "No findings."}));
            out += "</p>";
        } else {
            auto const problems = r.findings.problems();
            std::size_t const shown = max_rows == 0 ? problems.size()
                                                             : std::min(problems.size(), max_rows);
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
        out += "</section>";
    }

    // Where the page comes from.
    void footer()
    {
        out += "<footer>";
        append_html(out, t({"Dibuat oleh sentra dari dokumen program. Data contoh bila disebut demikian.",
                            "Made by sentra from the programme's document. Sample data where it says so."}));
        out += "</footer></body></html>\n";
    }

};

} // namespace sentra::io::detail

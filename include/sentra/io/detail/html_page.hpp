// sentra/io/detail/html_page.hpp — what every page sentra writes shares: labels in the
// page's language, a moment as people read it ("1 Maret 2020, 10.00 (UTC+07:00)") and the
// style sheet (a phone's width, A4 in print, no chart cut across pages).
#pragma once

#include <sentra/detail/config.hpp>
#include <sentra/lang.hpp>
#include <sentra/timestamp.hpp>

#include <string>

namespace sentra::io::detail {

// A label of the page in the report's language.
struct page_text {
    char const* id;
    char const* en;
    char const* in(lang l) const noexcept { return l == lang::en ? en : id; }
};

// "1 Maret 2020, 10.00 (UTC+07:00)" / "1 March 2020, 10:00 (UTC+07:00)"
SENTRA_DECL std::string when(timestamp const& t, lang l);

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

} // namespace sentra::io::detail

#if defined(SENTRA_HEADER_ONLY)
#include <sentra/io/impl/html_page.ipp>
#endif

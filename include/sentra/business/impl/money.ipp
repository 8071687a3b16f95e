// sentra/business/impl/money.ipp — the definitions of sentra/business/money.hpp's parsers:
// rupiah as written in a document and as people type it. Included by the header when sentra is
// header-only, compiled once in the library otherwise (sentra/src.hpp).
#pragma once

#include <sentra/business/money.hpp>

#include <algorithm>

namespace sentra {

SENTRA_DECL result<rupiah> rupiah::parse(std::string_view text)
{
    auto fail = [&](message_id why, std::size_t offset, errc code = errc::invalid_value) {
        error e = make_error(code, "input.defect",
                             {{"input", quote_input(text)}, {"why", message{why, {}}}});
        e.where.column = static_cast<std::uint32_t>(offset + 1);
        return e;
    };
    std::size_t i = 0;
    std::size_t const n = text.size();
    while (i < n && text[i] == ' ') ++i;
    bool negative = false;
    if (i < n && text[i] == '-') {
        negative = true;
        ++i;
    }
    if (i + 1 < n && (text[i] == 'R' || text[i] == 'r') &&
        (text[i + 1] == 'p' || text[i + 1] == 'P')) {
        i += 2;
        if (i < n && text[i] == '.') ++i; // "Rp." is common too
        while (i < n && text[i] == ' ') ++i;
    }
    if (i < n && text[i] == '-' && !negative) {
        negative = true;
        ++i;
    }
    std::size_t const digits_begin = i;
    // Digits, optionally grouped by dots in threes.
    std::uint64_t v = 0;
    std::size_t group = 0; // digits since the last dot
    bool grouped = false;
    bool any = false;
    constexpr std::uint64_t limit =
        static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max());
    for (; i < n; ++i) {
        char const c = text[i];
        if (c >= '0' && c <= '9') {
            std::uint64_t const d = static_cast<std::uint64_t>(c - '0');
            if (v > (limit + (negative ? 1 : 0) - d) / 10)
                return fail("money.too_large", digits_begin, errc::out_of_range);
            v = v * 10 + d;
            ++group;
            any = true;
            continue;
        }
        if (c == '.') {
            if (!any || (grouped ? group != 3 : group > 3))
                return fail("money.dot_groups", i);
            grouped = true;
            group = 0;
            continue;
        }
        break;
    }
    if (!any) return fail("money.no_digits", i);
    if (grouped && group != 3) return fail("money.dot_groups", i);
    // A decimal comma may follow with zeros (",00") or a dash (",-"): no fractions.
    if (i < n && text[i] == ',') {
        ++i;
        if (i < n && text[i] == '-')
            ++i;
        else {
            std::size_t zeros = 0;
            while (i < n && text[i] == '0') ++i, ++zeros;
            if (zeros == 0 || (i < n && text[i] >= '1' && text[i] <= '9'))
                return fail("money.no_sen", i);
        }
    }
    while (i < n && text[i] == ' ') ++i;
    if (i != n) return fail("money.unexpected_character", i);
    if (negative) {
        if (v == limit + 1) return rupiah(std::numeric_limits<std::int64_t>::min());
        return rupiah(-static_cast<std::int64_t>(v));
    }
    return rupiah(static_cast<std::int64_t>(v));
}

SENTRA_DECL result<rupiah> rupiah::parse_informal(std::string_view text)
{
    auto fail = [&](message_id why, errc code = errc::invalid_value) {
        return make_error(code, "input.defect",
                          {{"input", quote_input(text)}, {"why", message{why, {}}}});
    };
    // Spaces out (a no-break space too, which spreadsheets put after "Rp"), letters lower.
    std::string t;
    t.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        char const c = text[i];
        if (c == ' ' || c == '\t') continue;
        if (c == '\xC2' && i + 1 < text.size() && text[i + 1] == '\xA0') {
            ++i;
            continue;
        }
        t += (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
    }
    if (t.empty()) return fail("money.no_amount", errc::empty_value);
    std::string_view v = t;
    if (v.find('e') != std::string_view::npos && v.find_first_of("0123456789") < v.find('e') &&
        v.find_first_of("+-", v.find('e')) == v.find('e') + 1)
        return fail("money.exponent");
    bool negative = false;
    if (!v.empty() && v.front() == '-') negative = true, v.remove_prefix(1);
    if (v.size() >= 2 && v.substr(0, 2) == "rp") {
        v.remove_prefix(2);
        if (!v.empty() && v.front() == '.') v.remove_prefix(1);
    }
    if (!negative && !v.empty() && v.front() == '-') negative = true, v.remove_prefix(1);
    struct unit {
        std::string_view word;
        std::int64_t factor;
    };
    static constexpr unit units[] = {{"ribu", 1'000},           {"rb", 1'000},
                                     {"juta", 1'000'000},       {"jt", 1'000'000},
                                     {"miliar", 1'000'000'000}, {"milyar", 1'000'000'000},
                                     {"m", 1'000'000'000},      {"triliun", 1'000'000'000'000},
                                     {"t", 1'000'000'000'000}};
    std::int64_t factor = 1;
    for (auto const& u : units)
        if (v.size() > u.word.size() && v.substr(v.size() - u.word.size()) == u.word) {
            factor = u.factor;
            v.remove_suffix(u.word.size());
            break;
        }
    auto is_digits = [](std::string_view s) {
        return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
    };
    if (factor == 1) {
        // English grouping: two commas or more, threes after the first.
        std::size_t const first = v.find(',');
        if (first != std::string_view::npos && v.find('.') == std::string_view::npos) {
            std::size_t groups = 0;
            bool threes = first >= 1 && first <= 3 && is_digits(v.substr(0, first));
            for (std::size_t at = first; threes && at != std::string_view::npos;) {
                std::size_t const next = v.find(',', at + 1);
                std::string_view const g = v.substr(at + 1, next == std::string_view::npos
                                                                ? std::string_view::npos
                                                                : next - at - 1);
                threes = g.size() == 3 && is_digits(g);
                ++groups;
                at = next;
            }
            if (threes && groups >= 2) {
                std::string plain;
                for (char c : v)
                    if (c != ',') plain += c;
                auto r = parse(plain);
                if (!r) return fail("money.too_large", errc::out_of_range);
                return negative ? rupiah(-r->value()) : *r;
            }
            if (threes && groups == 1)
                return fail("money.comma_ambiguous");
        }
        std::string whole(negative ? "-" : "");
        whole += v;
        auto r = parse(whole);
        if (!r) {
            error e = r.error();
            for (auto& a : e.args)
                if (a.name() == "input") a = message_arg("input", quote_input(text));
            e.where = {};
            return e;
        }
        return *r;
    }
    // A magnitude word: digits (dots grouping threes), then a decimal comma and digits.
    std::size_t const comma = v.find(',');
    std::string_view whole = v.substr(0, comma);
    std::string_view const fraction =
        comma == std::string_view::npos ? std::string_view() : v.substr(comma + 1);
    std::string digits;
    for (std::size_t i = 0, group = 0; i < whole.size(); ++i) {
        if (whole[i] == '.') {
            std::size_t const next = whole.find('.', i + 1);
            std::size_t const len = (next == std::string_view::npos ? whole.size() : next) - i - 1;
            if (len != 3 || (group == 0 && i == 0))
                return fail("money.dot_ambiguous");
            ++group;
            continue;
        }
        digits += whole[i];
    }
    if (!is_digits(digits) || (comma != std::string_view::npos && !is_digits(fraction)))
        return fail("money.informal_form");
    if (digits.size() > 19 || fraction.size() > 12)
        return fail("money.too_large", errc::out_of_range);
    std::uint64_t w = 0;
    for (char c : digits) w = w * 10 + static_cast<std::uint64_t>(c - '0');
    // Trailing zeros of the fraction say nothing; what is left must fit the magnitude
    // ("1,5 rb" is 1500, "1,5005 rb" is not whole rupiah).
    std::string_view frac = fraction;
    while (!frac.empty() && frac.back() == '0') frac.remove_suffix(1);
    std::int64_t scale = 1;
    for (std::size_t k = 0; k < frac.size(); ++k) scale *= 10;
    if (factor % scale != 0) return fail("money.not_whole");
    std::int64_t f = 0;
    for (char c : frac) f = f * 10 + (c - '0');
    std::int64_t result = 0;
    if (w > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()) ||
        __builtin_mul_overflow(static_cast<std::int64_t>(w), factor, &result) ||
        __builtin_add_overflow(result, f * (factor / scale), &result))
        return fail("money.too_large", errc::out_of_range);
    return rupiah(negative ? -result : result);
}

} // namespace sentra

// sentra/enterprise.hpp — an enterprise (UMKM / IKM) and what identifies it: NIB,
// certifications, and the owner's contact, which is personal data.
//
// Owner data (NIK, phone) is personal data under UU 27/2022: it lives in its own record,
// is left out of JSON unless the caller asks for it (io::json::write_options), and is never
// quoted in an error message. Nothing here derives sex or a birth date from a NIK.
#pragma once

#include <sentra/business/catalog.hpp>
#include <sentra/business/category.hpp>
#include <sentra/business/industry_code.hpp>
#include <sentra/business/money.hpp>
#include <sentra/date.hpp>
#include <sentra/error.hpp>
#include <sentra/id.hpp>
#include <sentra/lang.hpp>
#include <sentra/personal_data.hpp>
#include <sentra/region/gazetteer.hpp>
#include <sentra/region/kemendagri.hpp>

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>

#include <algorithm>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace sentra {

namespace detail {
inline bool all_digits(std::string_view s) noexcept
{
    return std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}
} // namespace detail

// Nomor Induk Berusaha, the business identity number from OSS: 13 digits. No check
// algorithm is published, so only the form is checked.
class nib_number {
public:
    nib_number() = default;
    static result<nib_number> parse(std::string_view text)
    {
        if (text.size() != 13 || !detail::all_digits(text))
            return make_error(errc::malformed_code,
                              detail::cat("'", text.substr(0, 40), "': a NIB is 13 digits"));
        nib_number n;
        n.digits_ = std::string(text);
        return n;
    }
    std::string const& to_string() const noexcept { return digits_; }
    bool empty() const noexcept { return digits_.empty(); }
    friend bool operator==(nib_number const&, nib_number const&) = default;
    friend auto operator<=>(nib_number const&, nib_number const&) = default;

private:
    std::string digits_;
};

// Nomor Induk Kependudukan, the citizen id: 16 digits, the first six the district of
// first registration. Personal data: errors never quote it.
class nik_number {
public:
    nik_number() = default;
    static result<nik_number> parse(std::string_view text)
    {
        if (text.size() != 16 || !detail::all_digits(text))
            return make_error(errc::malformed_code, "a NIK is 16 digits");
        nik_number n;
        n.digits_ = std::string(text);
        return n;
    }
    std::string const& to_string() const noexcept { return digits_; }
    bool empty() const noexcept { return digits_.empty(); }
    // The district of first registration (a prefix may predate a split, so it may be
    // missing from today's list).
    std::optional<district_code> district() const noexcept
    {
        return district_code::try_parse(std::string_view(digits_).substr(0, 6));
    }
    friend bool operator==(nik_number const&, nik_number const&) = default;

private:
    std::string digits_;
};

// An Indonesian phone number, kept in E.164 form (+62...). Accepts "0812-3456-7890",
// "+62 812 3456 7890", "62812...". Personal data: errors never quote it.
class phone_number {
public:
    phone_number() = default;
    static result<phone_number> parse(std::string_view text)
    {
        std::string digits;
        bool plus = false;
        for (std::size_t i = 0; i < text.size(); ++i) {
            char const c = text[i];
            if (c >= '0' && c <= '9')
                digits += c;
            else if (c == '+' && i == 0)
                plus = true;
            else if (c == ' ' || c == '-' || c == '(' || c == ')' || c == '.')
                continue;
            else
                return make_error(errc::invalid_value, "a phone number holds digits, spaces, "
                                                       "'-', '(', ')' and a leading '+'");
        }
        std::string national;
        if (digits.rfind("62", 0) == 0 && (plus || digits.size() > 11))
            national = digits.substr(2);
        else if (!plus && digits.rfind("0", 0) == 0)
            national = digits.substr(1);
        else
            return make_error(errc::invalid_value, "an Indonesian number starts with 0, 62 or +62");
        if (national.size() < 8 || national.size() > 12 || national[0] == '0')
            return make_error(errc::invalid_value,
                              "an Indonesian number has 8 to 12 digits after 0 or +62");
        phone_number p;
        p.e164_ = "+62" + national;
        return p;
    }
    std::string const& to_string() const noexcept { return e164_; }
    bool empty() const noexcept { return e164_.empty(); }
    friend bool operator==(phone_number const&, phone_number const&) = default;

private:
    std::string e164_;
};

enum class certification_kind : unsigned char { halal, pirt, sni };
BOOST_DESCRIBE_ENUM(certification_kind, halal, pirt, sni)

constexpr std::string_view to_label(certification_kind k, lang language = lang::en) noexcept
{
    switch (k) {
    case certification_kind::halal:
        return language == lang::id ? "sertifikat halal" : "halal certificate";
    case certification_kind::pirt:
        return language == lang::id ? "P-IRT (izin pangan industri rumah tangga)"
                                    : "P-IRT (home food industry permit)";
    default:
        return language == lang::id ? "SNI (Standar Nasional Indonesia)"
                                    : "SNI (Indonesian national standard)";
    }
}

struct certification {
    certification_kind kind{};
    std::string number;
    std::optional<date> valid_until = {};
    friend bool operator==(certification const&, certification const&) = default;
};
BOOST_DESCRIBE_STRUCT(certification, (), (kind, number, valid_until))

// The owner's contact: personal data (see the top of this file).
struct owner_contact {
    std::optional<nik_number> nik = {};
    std::optional<phone_number> phone = {};
    friend bool operator==(owner_contact const&, owner_contact const&) = default;
};
BOOST_DESCRIBE_STRUCT(owner_contact, (), (nik, phone))

template <>
struct is_personal_data<owner_contact> : std::true_type {
};

struct enterprise_tag;
using enterprise_id = basic_id<enterprise_tag>;

struct enterprise {
    enterprise_id id;
    std::optional<nib_number> nib = {};
    std::string name;
    std::optional<village_code> village = {};
    std::optional<std::string> address = {};
    std::vector<kbli_subclass> kbli;
    std::optional<category_id> category = {};
    std::optional<rupiah> capital = {};
    std::optional<rupiah> annual_sales = {};
    std::optional<std::uint32_t> workers = {};
    std::optional<date> founded = {};
    std::vector<certification> certifications = {};
    std::optional<owner_contact> owner = {};
    friend bool operator==(enterprise const&, enterprise const&) = default;
};
BOOST_DESCRIBE_STRUCT(enterprise, (),
                      (id, nib, name, village, address, kbli, category, capital, annual_sales,
                       workers, founded, certifications, owner))

// What an enterprise is checked against. Absent parts are not checked (a village is
// checked only with a gazetteer, KBLI codes only with a catalog).
struct enterprise_context {
    gazetteer const* regions = nullptr;
    kbli_catalog const* catalog = nullptr;
    std::span<programme_category const> categories = {};
    // "Today", injected so that checks are reproducible; founding dates may not be later.
    std::optional<date> today = {};
};

// The form of a certificate number, where it is known: halal (BPJPH) "ID" + 17 digits;
// P-IRT 15 digits whose digits 4–7 are a province and regency code; SNI text starting
// "SNI ". Returns why not, or "".
inline std::string_view certification_number_defect(certification const& c) noexcept
{
    std::string_view const n = c.number;
    switch (c.kind) {
    case certification_kind::halal:
        if (n.size() != 19 || n.substr(0, 2) != "ID" || !detail::all_digits(n.substr(2)))
            return "a halal certificate number is 'ID' and 17 digits";
        return {};
    case certification_kind::pirt:
        if (n.size() != 15 || !detail::all_digits(n)) return "a P-IRT number is 15 digits";
        return {};
    default:
        if (n.size() < 5 || n.substr(0, 4) != "SNI ") return "an SNI reference starts with 'SNI '";
        return {};
    }
}

// Every problem of an enterprise, each with its JSON Pointer. Personal data is checked
// but never quoted.
inline report validate(enterprise const& e, enterprise_context const& cx = {})
{
    report out;
    auto const at = [](std::string pointer) { return at_pointer(std::move(pointer)); };
    if (e.id.empty()) out.add(errc::empty_value, at("/id"), "an enterprise needs an id");
    if (e.name.empty()) out.add(errc::empty_value, at("/name"), "an enterprise needs a name");
    if (e.village && e.village->empty())
        out.add(errc::empty_value, at("/village"), "empty code");
    else if (e.village && cx.regions && !cx.regions->find(*e.village))
        out.add(errc::unknown_code, at("/village"),
                detail::cat(e.village->to_string(), " is not in the gazetteer"));
    if (e.kbli.empty())
        out.add(errc::empty_value, at("/kbli"), "an enterprise has at least one KBLI code");
    programme_category const* category = nullptr;
    if (e.category && !cx.categories.empty()) {
        auto it = std::find_if(cx.categories.begin(), cx.categories.end(),
                               [&](auto const& c) { return c.id == *e.category; });
        if (it == cx.categories.end())
            out.add(errc::unknown_code, at("/category"),
                    detail::cat("no category '", e.category->to_string(), "'"));
        else
            category = &*it;
    }
    for (std::size_t i = 0; i < e.kbli.size(); ++i) {
        std::string const p = "/kbli/" + std::to_string(i);
        if (e.kbli[i].empty()) {
            out.add(errc::empty_value, at(p), "empty KBLI code");
            continue;
        }
        if (cx.catalog && !cx.catalog->find(e.kbli[i]))
            out.add(errc::unknown_code, at(p),
                    detail::cat(e.kbli[i].to_string(), " is not in kbli2020"));
        for (std::size_t j = 0; j < i; ++j)
            if (e.kbli[j] == e.kbli[i])
                out.add(errc::duplicate_code, at(p),
                        detail::cat(e.kbli[i].to_string(), " is listed twice"));
        if (category && !category->covers(e.kbli[i]))
            out.add(errc::invalid_value, at(p),
                    detail::cat(e.kbli[i].to_string(), " is not under the category '",
                                category->id.to_string(), "'"));
    }
    if (e.capital && e.capital->value() < 0)
        out.add(errc::out_of_range, at("/capital"), "an amount cannot be negative");
    if (e.annual_sales && e.annual_sales->value() < 0)
        out.add(errc::out_of_range, at("/annual_sales"), "an amount cannot be negative");
    if (e.founded && cx.today && *e.founded > *cx.today)
        out.add(errc::invalid_value, at("/founded"),
                detail::cat("founded ", e.founded->to_string(), ", after today (",
                            cx.today->to_string(), ")"));
    for (std::size_t i = 0; i < e.certifications.size(); ++i) {
        auto const& c = e.certifications[i];
        std::string const p = "/certifications/" + std::to_string(i) + "/number";
        if (auto why = certification_number_defect(c); !why.empty()) {
            out.add(errc::malformed_code, at(p), std::string(why));
            continue;
        }
        if (c.kind == certification_kind::pirt && cx.regions) {
            auto const regency = regency_code::try_parse(std::string_view(c.number).substr(3, 4));
            if (!regency || !cx.regions->find(*regency))
                out.add(errc::unknown_code, at(p),
                        detail::cat("digits 4 to 7 of a P-IRT number are a regency code; '",
                                    std::string_view(c.number).substr(3, 4),
                                    "' is not in the gazetteer"));
        }
    }
    if (e.owner && e.owner->nik && cx.regions) {
        auto const d = e.owner->nik->district();
        if (!d || !cx.regions->find(*d))
            out.add(errc::unknown_code, at("/owner/nik"),
                    "the NIK's district prefix is not in today's gazetteer (it may predate a "
                    "split)",
                    severity::warning);
    }
    return out;
}

} // namespace sentra

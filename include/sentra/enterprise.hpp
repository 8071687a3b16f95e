// sentra/enterprise.hpp — an enterprise (UMKM / IKM) and what identifies it: NIB,
// certifications, and the owner's contact, which is personal data.
//
// Owner data (name, NIK, phone) is personal data under UU 27/2022: it lives in its own record,
// is left out of JSON unless the caller asks for it (io::json::write_options), and is never
// quoted in an error message. Nothing here derives sex or a birth date from a NIK.
#pragma once

#include <sentra/detail/config.hpp>
#include <sentra/business/category.hpp>
#include <sentra/business/figure.hpp>
#include <sentra/business/industry_code.hpp>
#include <sentra/business/money.hpp>
#include <sentra/business/size.hpp>
#include <sentra/date.hpp>
#include <sentra/error.hpp>
#include <sentra/business/fwd.hpp>
#include <sentra/fwd.hpp>
#include <sentra/heap_optional.hpp>
#include <sentra/region/fwd.hpp>
#include <sentra/id.hpp>
#include <sentra/lang.hpp>
#include <sentra/personal_data.hpp>
#include <sentra/region/kemendagri.hpp>

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace sentra {

// A profile (sentra/profile.hpp): a type naming a region scheme, a classification and a
// topic enum. Here, in the first header that has both areas' concepts.
template <class P>
concept programme_profile = requires {
    typename P::scheme_type;
    typename P::classification_type;
    typename P::topic_type;
} && region_scheme<typename P::scheme_type> && classification_scheme<typename P::classification_type> &&
    std::is_enum_v<typename P::topic_type>;

namespace detail {
inline bool all_digits(std::string_view s) noexcept
{
    return std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}
} // namespace detail

// Nomor Induk Berusaha, the business identity number from OSS: 13 digits. No check
// algorithm is published, so only the form is checked. The digits are held in the object
// (13 bytes: a record's NIB costs no allocation and no string).
class nib_number {
public:
    static constexpr std::size_t digits = 13;

    nib_number() = default;
    static result<nib_number> parse(std::string_view text)
    {
        if (text.size() != digits || !detail::all_digits(text))
            return make_error(errc::malformed_code, "enterprise.nib_digits",
                              {{"input", quote_input(text)}});
        nib_number n;
        std::copy(text.begin(), text.end(), n.digits_);
        return n;
    }
    // The 13 digits ("" for a default-constructed one).
    std::string_view view() const noexcept
    {
        return empty() ? std::string_view() : std::string_view(digits_, digits);
    }
    std::string to_string() const { return std::string(view()); }
    void append_to(std::string& out) const { out.append(view()); }
    bool empty() const noexcept { return digits_[0] == '\0'; }
    friend bool operator==(nib_number const& a, nib_number const& b) noexcept { return a.view() == b.view(); }
    friend auto operator<=>(nib_number const& a, nib_number const& b) noexcept { return a.view() <=> b.view(); }

private:
    char digits_[digits] = {};
};

// Nomor Induk Kependudukan, the citizen id: 16 digits, the first six the district of
// first registration. Personal data: errors never quote it.
class nik_number {
public:
    nik_number() = default;
    static result<nik_number> parse(std::string_view text)
    {
        if (text.size() != 16 || !detail::all_digits(text))
            return make_error(errc::malformed_code, "enterprise.nik_digits");
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
                return make_error(errc::invalid_value, "enterprise.phone_characters");
        }
        std::string national;
        if (digits.rfind("62", 0) == 0 && (plus || digits.size() > 11))
            national = digits.substr(2);
        else if (!plus && digits.rfind("0", 0) == 0)
            national = digits.substr(1);
        else
            return make_error(errc::invalid_value, "enterprise.phone_prefix");
        if (national.size() < 8 || national.size() > 12 || national[0] == '0')
            return make_error(errc::invalid_value, "enterprise.phone_length");
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
    constexpr bilingual labels[] = {
        {"halal certificate", "sertifikat halal"},
        {"P-IRT (home food industry permit)", "P-IRT (izin pangan industri rumah tangga)"},
        {"SNI (Indonesian national standard)", "SNI (Standar Nasional Indonesia)"}};
    return detail::label_at(labels, k, language);
}

struct certification {
    certification_kind kind{};
    std::string number;
    std::optional<date> valid_until = {};
    friend bool operator==(certification const&, certification const&) = default;
};
BOOST_DESCRIBE_STRUCT(certification, (), (kind, number, valid_until))

// The owner (pemilik) and how to reach them: personal data (see the top of this file). The
// name came with document format version 5.
struct owner_contact {
    std::optional<std::string> name = {};
    std::optional<nik_number> nik = {};
    std::optional<phone_number> phone = {};
    friend bool operator==(owner_contact const&, owner_contact const&) = default;
};
BOOST_DESCRIBE_STRUCT(owner_contact, (), (name, nik, phone))

template <>
struct is_personal_data<owner_contact> : std::true_type {
};


// An enterprise: its village is a code of the profile's lowest region level, its activities
// codes of the classification's finest level (KBLI: subclasses). The member keeps the name
// `kbli` in every profile, for one JSON form.
template <class P>
struct basic_enterprise {
    using scheme_type = typename P::scheme_type;
    using classification_type = typename P::classification_type;
    using village_type = region_code<scheme_type, scheme_type::levels - 1>;
    using activity_type = industry_code<classification_type, classification_type::levels - 1>;

    enterprise_id id;
    std::optional<nib_number> nib = {};
    std::string name;
    std::optional<village_type> village = {};
    std::optional<std::string> address = {};
    std::vector<activity_type> kbli;
    std::optional<category_id> category = {};
    // What the size regulations ask (sentra/business/size.hpp), each with its year.
    std::optional<figure<rupiah>> capital = {};      // modal usaha, excl. land and buildings
    std::optional<figure<rupiah>> net_assets = {};   // kekayaan bersih, excl. land and buildings
    std::optional<figure<rupiah>> annual_sales = {}; // hasil penjualan tahunan
    std::optional<figure<rupiah>> investment = {};   // nilai investasi, excl. land and buildings
    std::optional<figure<std::uint32_t>> workers = {};
    std::optional<date> founded = {}; // when it started operating
    std::vector<certification> certifications = {};
    // On the heap when present: most records carry no owner, and it is the largest member.
    heap_optional<owner_contact> owner = {};
    friend bool operator==(basic_enterprise const&, basic_enterprise const&) = default;
    BOOST_DESCRIBE_CLASS(basic_enterprise, (),
                         (id, nib, name, village, address, kbli, category, capital, net_assets,
                          annual_sales, investment, workers, founded, certifications, owner),
                         (), ())
};

// What an enterprise says of its size, for classify(): its figures (without their years)
// and when it started operating (its founding date), which PP 7/2021 asks for empowerment.
template <class P>
size_inputs size_inputs_of(basic_enterprise<P> const& e)
{
    size_inputs in;
    auto value = [](auto const& f) { return f ? std::optional(f->value) : std::nullopt; };
    in.capital = value(e.capital);
    in.net_assets = value(e.net_assets);
    in.annual_sales = value(e.annual_sales);
    in.investment = value(e.investment);
    in.workers = value(e.workers);
    in.operating_since = e.founded;
    return in;
}

// The form of a certificate number, where it is known: halal (BPJPH) "ID" + 17 digits;
// P-IRT 15 digits whose digits 4–7 are a province and regency code; SNI text starting
// "SNI ". Returns why not (a message of the catalogue), or an empty id.
SENTRA_DECL message_id certification_number_defect(certification const& c) noexcept;

} // namespace sentra

#if defined(SENTRA_HEADER_ONLY)
#include <sentra/impl/enterprise.ipp>
#endif

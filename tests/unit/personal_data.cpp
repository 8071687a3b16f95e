// The personal data mark: what JSON leaves out unless asked.
#include <sentra/personal_data.hpp>

#include <sentra/enterprise.hpp>

#include "catch.hpp"

namespace {
struct contact_card {
};
struct product {
};
} // namespace
template <>
struct sentra::is_personal_data<contact_card> : std::true_type {
};

TEST_CASE("a type is personal data when marked", "[personal_data]")
{
    CHECK(sentra::is_personal_data_v<contact_card>);
    CHECK(!sentra::is_personal_data_v<product>);
    CHECK(sentra::is_personal_data_v<sentra::owner_contact>); // the owner's NIK and phone
    CHECK(!sentra::is_personal_data_v<sentra::enterprise>);
}

// Must not compile: an id literal of a kind (`"..."_agency`) with a space is a compile-time
// error whose message says what an id is. With SENTRA_CONTROL defined it must compile.
// expect: an_id_is_lower_case_letters_digits_dash_underscore_dot
#include <sentra/id.hpp>

#include <optional>

int main()
{
    using namespace sentra::literals;
    std::optional<sentra::agency_id> lead;
#ifdef SENTRA_CONTROL
    lead = "dinkopukm-bandung"_agency;
#else
    lead = "dinkopukm bandung"_agency;
#endif
    return lead ? 0 : 1;
}

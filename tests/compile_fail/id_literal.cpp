// Must not compile: an id literal with an upper-case letter is a compile-time error whose
// message says what an id is. With SENTRA_CONTROL defined it must compile.
// expect: an_id_is_lower_case_letters_digits_dash_underscore_dot
#include <sentra/fwd.hpp>
#include <sentra/id.hpp>

int main()
{
#ifdef SENTRA_CONTROL
    sentra::agency_id a = "dinkopukm-bandung";
#else
    sentra::agency_id a = "DinKopUKM-Bandung";
#endif
    return a.empty() ? 1 : 0;
}

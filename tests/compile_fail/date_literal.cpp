// Must not compile: a date literal that names no date (30 February) is a compile-time error
// whose message names the defect. With SENTRA_CONTROL defined it must compile.
// expect: no_such_date
#include <sentra/date.hpp>

int main()
{
#ifdef SENTRA_CONTROL
    sentra::date d = "2024-02-29";
#else
    sentra::date d = "2024-02-30";
#endif
    return d == d ? 0 : 1;
}

// Must not compile: a timestamp literal is checked when the program is compiled, and the
// message names the defect as the run-time parser does (here: a fraction of a second).
// With SENTRA_CONTROL defined it must compile.
// expect: sentra_keeps_whole_seconds
#include <sentra/timestamp.hpp>

int main()
{
#ifdef SENTRA_CONTROL
    sentra::timestamp t = "2020-01-06T09:00:00+07:00";
#else
    sentra::timestamp t = "2020-01-06T09:00:00.5+07:00";
#endif
    return t == t ? 0 : 1;
}

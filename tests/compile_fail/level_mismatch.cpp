// Must not compile: a village code is not a district code.
// With SENTRA_CONTROL defined it must compile.
// expect: could not convert|no viable conversion|cannot convert|no matching function
#include <sentra/region/kemendagri.hpp>

static int use(sentra::district_code d)
{
    return static_cast<int>(d.segment(2));
}

int main()
{
    sentra::village_code v = "32.76.07.1002";
#ifdef SENTRA_CONTROL
    return use(v.parent()) - 7;
#else
    return use(v);
#endif
}

// Must not compile: a malformed region code literal is a compile-time error whose message
// names the defect, as the run-time parser does ("part must have 2 digits").
// With SENTRA_CONTROL defined it must compile (so the test fails for the right reason).
// expect: part_must_have_2_digits
#include <sentra/region/kemendagri.hpp>

int main()
{
#ifdef SENTRA_CONTROL
    constexpr sentra::village_code v = "32.76.07.1002";
#else
    constexpr sentra::village_code v = "32.76.7.1002";
#endif
    return static_cast<int>(v.segment(0)) - 32;
}

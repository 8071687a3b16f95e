// Must not compile: a KBLI literal of another level (a 4-digit class where a 5-digit
// subclass is expected) is a compile-time error that says so.
// With SENTRA_CONTROL defined it must compile (so the test fails for the right reason).
// expect: industry_code_of_another_level
#include <sentra/business/industry_code.hpp>

int main()
{
#ifdef SENTRA_CONTROL
    constexpr sentra::kbli_subclass s = "14111";
#else
    constexpr sentra::kbli_subclass s = "1411";
#endif
    return s.to_string().size() == 5 ? 0 : 1;
}

// Must not compile: a malformed KBLI literal is a compile-time error.
// With SENTRA_CONTROL defined it must compile (so the test fails for the right reason).
// expect: not a constant expression|malformed industry code|cannot be used in a constant
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

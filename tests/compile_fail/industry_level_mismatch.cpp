// Must not compile: a KBLI class (4 digits) is not a subclass (5 digits).
// With SENTRA_CONTROL defined it must compile.
// expect: could not convert|no viable conversion|cannot convert|no matching function
#include <sentra/business/industry_code.hpp>

static int use(sentra::kbli_subclass s)
{
    return static_cast<int>(s.to_string().size());
}

int main()
{
    constexpr sentra::kbli_subclass subclass = "14111";
#ifdef SENTRA_CONTROL
    return use(subclass) - 5;
#else
    constexpr sentra::kbli_class cls = "1411";
    return use(cls) - 5 + 0 * use(subclass);
#endif
}

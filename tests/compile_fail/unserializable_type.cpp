// Must not compile: a type sentra has no JSON form for. The message says what to do
// (describe it, or give it parse and to_string) and the note names the type.
// With SENTRA_CONTROL defined (the type described) it must compile.
// expect: has no JSON form for this type.*BOOST_DESCRIBE_STRUCT
#include <sentra/io/json.hpp>

#include <boost/describe/class.hpp>

struct knitwear_order {
    int pieces = 0;
};
#ifdef SENTRA_CONTROL
BOOST_DESCRIBE_STRUCT(knitwear_order, (), (pieces))
#endif

int main()
{
    return sentra::io::json::serialize(knitwear_order{12}).empty() ? 1 : 0;
}

// Must not compile: reading a type sentra has no JSON form for (a member of such a type,
// here) says what to do, as writing does. With SENTRA_CONTROL defined it must compile.
// expect: has no JSON form for this type.*BOOST_DESCRIBE_STRUCT
#include <sentra/io/json.hpp>

#include <boost/describe/class.hpp>

#include <string>

struct yarn {
    std::string colour;
};
#ifdef SENTRA_CONTROL
BOOST_DESCRIBE_STRUCT(yarn, (), (colour))
#endif
struct knitwear_order {
    int pieces = 0;
    yarn main_yarn;
};
BOOST_DESCRIBE_STRUCT(knitwear_order, (), (pieces, main_yarn))

int main()
{
    auto const order = sentra::io::json::parse<knitwear_order>(R"({"pieces":1})");
    return order ? 0 : 1;
}

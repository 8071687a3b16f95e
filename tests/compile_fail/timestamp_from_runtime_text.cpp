// Must not compile: text known only at run time is not a timestamp until it is parsed (and
// may fail to be one): the literal constructor takes only constants.
// With SENTRA_CONTROL defined it must compile.
// expect: not usable in a constant expression|not a constant expression|is not a constant
#include <sentra/timestamp.hpp>

#include <string>

int main(int argc, char** argv)
{
    std::string const text = argc > 1 ? argv[1] : "2020-01-06T09:00:00+07:00";
#ifdef SENTRA_CONTROL
    sentra::timestamp t = sentra::timestamp::parse(text).value();
#else
    char buffer[26] = {};
    text.copy(buffer, 25);
    sentra::timestamp t = buffer;
#endif
    return t == t ? 0 : 1;
}

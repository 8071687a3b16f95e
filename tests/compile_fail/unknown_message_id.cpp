// Must not compile: an error built with a message id the catalogue lacks (a typo) is a
// compile-time error whose message says so. With SENTRA_CONTROL defined it must compile.
// expect: message_id_not_in_the_catalogue
#include <sentra/error.hpp>

int main()
{
#ifdef SENTRA_CONTROL
    sentra::error const e = sentra::make_error(sentra::errc::empty_value, "cluster.needs_name");
#else
    sentra::error const e = sentra::make_error(sentra::errc::empty_value, "cluster.need_name");
#endif
    return e.id.empty() ? 1 : 0;
}

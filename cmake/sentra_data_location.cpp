// Where the compiled library's default look-up finds the official data: the one definition
// of the configured folder (sentra/io/detail/data_folder.hpp). Built twice, with the build
// tree's data/ for sentra's own programs and tests and with the installed data for the
// installed library.
#include <sentra/io/detail/data_folder.hpp>

#if !defined(SENTRA_DATA_DIR)
#error "SENTRA_DATA_DIR must name the data folder of this build of the library"
#endif

char const* sentra::io::detail::configured_data_folder() noexcept
{
    return SENTRA_DATA_DIR;
}

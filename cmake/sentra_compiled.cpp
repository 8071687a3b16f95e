// The one source of the sentra::compiled library: sentra's heavy instantiations (reading and
// writing the default document, the reference data loaders), compiled once for the programs
// that link it (sentra/src.hpp).
#include <sentra/src.hpp>

# Every public header has a test file that includes it first, so that the header is seen to
# compile on its own in a real test, and its functions are tested where one looks for them:
# include/sentra/<area>/<name>.hpp is tested in tests/unit/<area>/<name>.cpp (any file
# under tests/ whose first #include is the header counts). sentra/src.hpp, which must be
# the first sentra header of the one file of the compiled library, is included first by
# that file, cmake/sentra_compiled.cpp, which every build of the library compiles.
#   cmake -DINCLUDE=.../include -DTESTS=.../tests -P header_tests.cmake
file(GLOB_RECURSE _headers RELATIVE "${INCLUDE}" "${INCLUDE}/sentra/*.hpp")
file(GLOB_RECURSE _tests "${TESTS}/unit/*.cpp" "${TESTS}/static/*.cpp")
list(APPEND _tests "${TESTS}/../cmake/sentra_compiled.cpp")
set(_first_includes "")
foreach(_t IN LISTS _tests)
  file(STRINGS "${_t}" _lines REGEX "^#include [<\"]")
  list(GET _lines 0 _first)
  string(REGEX REPLACE "^#include [<\"]([^>\"]+)[>\"].*" "\\1" _first "${_first}")
  list(APPEND _first_includes "${_first}")
endforeach()
set(_missing "")
set(_checked 0)
foreach(_h IN LISTS _headers)
  if(_h MATCHES "/detail/" AND NOT _h STREQUAL "sentra/detail/line_scan.hpp")
    continue() # details are tested through their public headers
  endif()
  math(EXPR _checked "${_checked} + 1")
  list(FIND _first_includes "${_h}" _at)
  if(_at EQUAL -1)
    string(APPEND _missing "  ${_h}\n")
  endif()
endforeach()
if(_missing)
  message(FATAL_ERROR "public headers no test includes first:\n${_missing}")
endif()
message(STATUS "${_checked} public headers, each included first by a test")

# The layers hold: no header outside include/sentra/io/ reaches, through any chain of
# includes, an io/ header, Boost.JSON, or the file interfaces (<fstream>, <filesystem>,
# <sys/stat.h>, <fcntl.h>). Each header's full include list comes from the compiler itself
# (-H, the headers the preprocessor actually opens: clang's -M also lists what
# __has_include only probes, as Boost.Config does for <filesystem>), so an indirect include
# counts as much as a direct one.
#   cmake -DCXX=... -DINCLUDE=.../include -DBOOST_INCLUDES="a|b" -P layers.cmake
string(REPLACE "|" ";" _boost "${BOOST_INCLUDES}")
set(_flags -std=c++20 -x c++ -E -H -o /dev/null -I${INCLUDE})
foreach(_dir IN LISTS _boost)
  # The compiler's own directories stay where they are in its search order.
  if(_dir AND NOT _dir MATCHES "^/usr(/local)?/include/?$")
    list(APPEND _flags -I${_dir})
  endif()
endforeach()
file(GLOB_RECURSE _headers RELATIVE "${INCLUDE}" "${INCLUDE}/sentra/*.hpp")
set(_checked 0)
set(_failed "")
foreach(_h IN LISTS _headers)
  if(_h MATCHES "^sentra/io/" OR _h STREQUAL "sentra/sentra.hpp" OR _h STREQUAL "sentra/src.hpp")
    # the umbrella and the compiled part (src.hpp) assemble io/ on purpose
    continue()
  endif()
  execute_process(COMMAND ${CXX} ${_flags} "${INCLUDE}/${_h}"
                  OUTPUT_VARIABLE _out ERROR_VARIABLE _deps RESULT_VARIABLE _rc)
  set(_err "${_deps}")
  if(NOT _rc EQUAL 0)
    message(FATAL_ERROR "${_h} does not preprocess on its own:\n${_err}")
  endif()
  math(EXPR _checked "${_checked} + 1")
  # (<unistd.h> itself comes with any Boost header, from boost/config on libstdc++.)
  string(APPEND _deps " ")
  foreach(_bad "sentra/io/" "boost/json/" "boost/json[.]hpp" "sys/stat[.]h" "fcntl[.]h"
               "fstream" "filesystem")
    if(_bad MATCHES "/$")
      set(_re "/${_bad}") # a folder: anything in it
    else()
      set(_re "/${_bad}[^a-z_.]") # a file: that name, not a longer one
    endif()
    if(_deps MATCHES "${_re}")
      string(REPLACE "[.]" "." _name "${_bad}")
      string(APPEND _failed "  ${_h} reaches ${_name}\n")
    endif()
  endforeach()
endforeach()
if(_checked LESS 20)
  message(FATAL_ERROR "only ${_checked} domain headers found under ${INCLUDE}: the check saw nothing")
endif()
if(_failed)
  message(FATAL_ERROR "domain headers that reach I/O or Boost.JSON:\n${_failed}")
endif()
message(STATUS "${_checked} domain and core headers reach no io/ header, no Boost.JSON and no OS file interface")

# sentra/src.hpp refuses the two ways of compiling it wrongly, with a message that says why:
# without SENTRA_SEPARATE_COMPILATION, and after a sentra header that declares what src.hpp
# defines (every such header includes sentra/detail/config.hpp, which the guard sees: its
# declarations would otherwise never be defined). Preprocessing is enough to see both, and a
# control (the macro, src.hpp first) must preprocess cleanly.
#   cmake -DCXX=... -DINCLUDE=.../include -DBOOST_INCLUDES="a|b" -DWORK=dir -P src_guards.cmake
string(REPLACE "|" ";" _boost "${BOOST_INCLUDES}")
set(_flags -std=c++20 -x c++ -E -o /dev/null -I${INCLUDE})
foreach(_dir IN LISTS _boost)
  if(_dir AND NOT _dir MATCHES "^/usr(/local)?/include/?$")
    list(APPEND _flags -I${_dir})
  endif()
endforeach()
file(MAKE_DIRECTORY "${WORK}")
# case NAME SOURCE EXPECTED (empty: must succeed) [DEFINES...]
function(_case name source expected)
  file(WRITE "${WORK}/${name}.cpp" "${source}")
  execute_process(COMMAND ${CXX} ${_flags} ${ARGN} "${WORK}/${name}.cpp"
                  ERROR_VARIABLE _err RESULT_VARIABLE _rc)
  if(expected STREQUAL "")
    if(NOT _rc EQUAL 0)
      message(FATAL_ERROR "${name}: should preprocess, but:\n${_err}")
    endif()
  elseif(_rc EQUAL 0)
    message(FATAL_ERROR "${name}: preprocessed, but should have failed with \"${expected}\"")
  elseif(NOT _err MATCHES "${expected}")
    message(FATAL_ERROR "${name}: failed without \"${expected}\":\n${_err}")
  endif()
endfunction()
_case(without_macro "#include <sentra/src.hpp>\n"
      "compiled with SENTRA_SEPARATE_COMPILATION")
_case(after_another_header "#include <sentra/io/file.hpp>\n#include <sentra/src.hpp>\n"
      "must come before any other sentra header" -DSENTRA_SEPARATE_COMPILATION)
_case(control "#include <sentra/src.hpp>\n" "" -DSENTRA_SEPARATE_COMPILATION)
message(STATUS "sentra/src.hpp refuses both wrong uses and takes the right one")

# Every implementation file is compiled once: src.hpp includes each include/sentra/**/*.ipp,
# and each .ipp's header includes it only header-only (a definition left out of src.hpp
# would be a link error in a user's program that calls it; one included unconditionally, a
# second definition).
file(GLOB_RECURSE _ipps RELATIVE "${INCLUDE}" "${INCLUDE}/sentra/*.ipp")
file(READ "${INCLUDE}/sentra/src.hpp" _src)
set(_missing "")
foreach(_ipp IN LISTS _ipps)
  if(NOT _src MATCHES "#include <${_ipp}>")
    string(APPEND _missing "  ${_ipp} is not included by sentra/src.hpp\n")
  endif()
  file(STRINGS "${INCLUDE}/${_ipp}" _first REGEX "^#include <sentra/.*[.]hpp>$" LIMIT_COUNT 1)
  string(REGEX REPLACE "^#include <(.*)>$" "\\1" _header "${_first}")
  if(NOT EXISTS "${INCLUDE}/${_header}")
    string(APPEND _missing "  ${_ipp} does not include its header first\n")
    continue()
  endif()
  file(READ "${INCLUDE}/${_header}" _text)
  string(REPLACE "." "[.]" _re "${_ipp}")
  if(NOT _text MATCHES "#if defined[(]SENTRA_HEADER_ONLY[)]\n#include <${_re}>\n#endif")
    string(APPEND _missing "  ${_header} does not include ${_ipp} under SENTRA_HEADER_ONLY\n")
  endif()
endforeach()
list(LENGTH _ipps _n)
if(_n LESS 20)
  message(FATAL_ERROR "only ${_n} .ipp files found under ${INCLUDE}: the check saw nothing")
endif()
if(_missing)
  message(FATAL_ERROR "implementation files not compiled exactly once:\n${_missing}")
endif()
message(STATUS "${_n} implementation files, each in src.hpp and in its header header-only")

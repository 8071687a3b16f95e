# A program that must not compile fails for the reason it names: its `// expect: REGEX`
# line must match the compiler's diagnostic (any other failure, a missing header say, fails
# the test). Its control build (-DSENTRA_CONTROL) is a separate test that must compile.
#   cmake -DBUILD=<build dir> -DTARGET=<target> -DSOURCE=<file.cpp> -P compile_fail.cmake
file(STRINGS "${SOURCE}" _expect REGEX "^// expect: ")
if(NOT _expect)
  message(FATAL_ERROR "${SOURCE} has no '// expect: REGEX' line")
endif()
string(REGEX REPLACE "^// expect: " "" _expect "${_expect}")
execute_process(COMMAND ${CMAKE_COMMAND} --build "${BUILD}" --target "${TARGET}"
                OUTPUT_VARIABLE _out ERROR_VARIABLE _err RESULT_VARIABLE _rc)
if(_rc EQUAL 0)
  message(FATAL_ERROR "${TARGET} compiled, and must not")
endif()
if(NOT "${_out}${_err}" MATCHES "${_expect}")
  message(FATAL_ERROR "${TARGET} failed, but not with /${_expect}/:\n${_out}${_err}")
endif()
message(STATUS "${TARGET} fails to compile as expected (/${_expect}/)")

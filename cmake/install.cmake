# Install rules: headers, the exported targets sentra::sentra (header-only) and
# sentra::compiled (the compiled library, static or shared with BUILD_SHARED_LIBS),
# sentraConfig.cmake with its version file (same major version is compatible), sentra.pc
# (header-only) and sentra-compiled.pc for pkg-config, the official reference data under
# share/sentra/data with its licences, and the sentra program under bin/
# (SENTRA_INSTALL_PROGRAM). The compiled library is built for this architecture, so the
# package's CMake and pkg-config files go under lib/.
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

set(SENTRA_INSTALL_CMAKEDIR "${CMAKE_INSTALL_LIBDIR}/cmake/sentra" CACHE STRING
    "Where sentraConfig.cmake goes, relative to the prefix")
# The data folder, relative to the prefix; the package config and sentra.pc derive the
# absolute path from their own location, so that an installed prefix may be moved.
set(SENTRA_INSTALL_DATA_DIR "${CMAKE_INSTALL_DATADIR}/sentra/data")
set(SENTRA_INSTALL_PKGCONFIGDIR "${CMAKE_INSTALL_LIBDIR}/pkgconfig" CACHE STRING
    "Where sentra.pc goes, relative to the prefix")

install(DIRECTORY "${PROJECT_SOURCE_DIR}/include/sentra"
        DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}"
        FILES_MATCHING PATTERN "*.hpp" PATTERN "*.ipp")
# The compiled library as installed: the same objects as the build tree's sentra::compiled,
# with the data folder where this install puts it (CMAKE_INSTALL_PREFIX when configured: the
# folder is compiled in, so give the prefix when configuring, not only to `cmake --install`;
# sentraConfig.cmake warns when the package was moved since).
set(SENTRA_COMPILED_DATA_DIR "" CACHE PATH
    "The data folder the installed compiled library looks in (a packager's final location; empty: <prefix>/share/sentra/data)")
set(_sentra_compiled_data_dir "${SENTRA_COMPILED_DATA_DIR}")
if(NOT _sentra_compiled_data_dir)
  # Derived on every configure, so that a new CMAKE_INSTALL_PREFIX takes effect.
  set(_sentra_compiled_data_dir "${CMAKE_INSTALL_FULL_DATADIR}/sentra/data")
endif()
_sentra_compiled_variant(sentra_compiled_installed "${_sentra_compiled_data_dir}")
target_link_libraries(sentra_compiled_installed PRIVATE $<BUILD_INTERFACE:sentra_warnings>)
set_target_properties(sentra_compiled_installed PROPERTIES OUTPUT_NAME sentra
  ARCHIVE_OUTPUT_DIRECTORY "${PROJECT_BINARY_DIR}/installed"
  LIBRARY_OUTPUT_DIRECTORY "${PROJECT_BINARY_DIR}/installed")
install(TARGETS sentra sentra_compiled_installed EXPORT sentraTargets
        ARCHIVE DESTINATION "${CMAKE_INSTALL_LIBDIR}"
        LIBRARY DESTINATION "${CMAKE_INSTALL_LIBDIR}"
        RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}")
install(EXPORT sentraTargets
        NAMESPACE sentra::
        DESTINATION "${SENTRA_INSTALL_CMAKEDIR}")

configure_package_config_file(
  "${PROJECT_SOURCE_DIR}/cmake/sentraConfig.cmake.in"
  "${PROJECT_BINARY_DIR}/sentraConfig.cmake"
  INSTALL_DESTINATION "${SENTRA_INSTALL_CMAKEDIR}"
  PATH_VARS SENTRA_INSTALL_DATA_DIR)
# Semantic versioning: the same major version is compatible; before 1.0 (major 0) a minor
# version may break the API, so there only the same minor version is.
if(PROJECT_VERSION_MAJOR EQUAL 0)
  set(_sentra_compatibility SameMinorVersion)
else()
  set(_sentra_compatibility SameMajorVersion)
endif()
write_basic_package_version_file(
  "${PROJECT_BINARY_DIR}/sentraConfigVersion.cmake"
  VERSION "${PROJECT_VERSION}"
  COMPATIBILITY ${_sentra_compatibility})
install(FILES "${PROJECT_BINARY_DIR}/sentraConfig.cmake"
              "${PROJECT_BINARY_DIR}/sentraConfigVersion.cmake"
        DESTINATION "${SENTRA_INSTALL_CMAKEDIR}")

# pkg-config finds the prefix from the .pc file's own folder.
file(RELATIVE_PATH SENTRA_PC_TO_PREFIX "/prefix/${SENTRA_INSTALL_PKGCONFIGDIR}" "/prefix")
string(REGEX REPLACE "/$" "" SENTRA_PC_TO_PREFIX "${SENTRA_PC_TO_PREFIX}")
configure_file("${PROJECT_SOURCE_DIR}/cmake/sentra.pc.in" "${PROJECT_BINARY_DIR}/sentra.pc" @ONLY)
set(SENTRA_PC_SIMDJSON "")
if(SENTRA_WITH_SIMDJSON)
  set(SENTRA_PC_SIMDJSON "-lsimdjson") # the library's tokenizer (SENTRA_WITH_SIMDJSON)
endif()
configure_file("${PROJECT_SOURCE_DIR}/cmake/sentra-compiled.pc.in"
               "${PROJECT_BINARY_DIR}/sentra-compiled.pc" @ONLY)
install(FILES "${PROJECT_BINARY_DIR}/sentra.pc" "${PROJECT_BINARY_DIR}/sentra-compiled.pc"
        DESTINATION "${SENTRA_INSTALL_PKGCONFIGDIR}")
install(FILES "${PROJECT_SOURCE_DIR}/LICENSE" DESTINATION "${CMAKE_INSTALL_DATADIR}/doc/sentra")

# The reference data, as in the source tree (each folder keeps its README and licence).
install(DIRECTORY "${PROJECT_SOURCE_DIR}/data/" DESTINATION "${SENTRA_INSTALL_DATA_DIR}")
if(SENTRA_INSTALL_PROGRAM)
  install(TARGETS sentra_cli RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}")
endif()

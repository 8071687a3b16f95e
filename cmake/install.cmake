# Install rules: headers, the exported target sentra::sentra, sentraConfig.cmake with its
# version file (same major version is compatible), sentra.pc for pkg-config, the official
# reference data under share/sentra/data with its licences, and the sentra program under
# bin/ (SENTRA_INSTALL_PROGRAM). The library is header-only: all but the program goes under
# arch-independent paths (share/).
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

set(SENTRA_INSTALL_CMAKEDIR "${CMAKE_INSTALL_DATADIR}/cmake/sentra" CACHE STRING
    "Where sentraConfig.cmake goes, relative to the prefix")
# The data folder, relative to the prefix; the package config and sentra.pc derive the
# absolute path from their own location, so that an installed prefix may be moved.
set(SENTRA_INSTALL_DATA_DIR "${CMAKE_INSTALL_DATADIR}/sentra/data")
set(SENTRA_INSTALL_PKGCONFIGDIR "${CMAKE_INSTALL_DATADIR}/pkgconfig" CACHE STRING
    "Where sentra.pc goes, relative to the prefix")

install(DIRECTORY "${PROJECT_SOURCE_DIR}/include/sentra"
        DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}"
        FILES_MATCHING PATTERN "*.hpp")
install(TARGETS sentra EXPORT sentraTargets)
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
  COMPATIBILITY ${_sentra_compatibility}
  ARCH_INDEPENDENT)
install(FILES "${PROJECT_BINARY_DIR}/sentraConfig.cmake"
              "${PROJECT_BINARY_DIR}/sentraConfigVersion.cmake"
        DESTINATION "${SENTRA_INSTALL_CMAKEDIR}")

configure_file("${PROJECT_SOURCE_DIR}/cmake/sentra.pc.in" "${PROJECT_BINARY_DIR}/sentra.pc" @ONLY)
install(FILES "${PROJECT_BINARY_DIR}/sentra.pc" DESTINATION "${SENTRA_INSTALL_PKGCONFIGDIR}")
install(FILES "${PROJECT_SOURCE_DIR}/LICENSE" DESTINATION "${CMAKE_INSTALL_DATADIR}/doc/sentra")

# The reference data, as in the source tree (each folder keeps its README and licence).
install(DIRECTORY "${PROJECT_SOURCE_DIR}/data/" DESTINATION "${SENTRA_INSTALL_DATA_DIR}")
if(SENTRA_INSTALL_PROGRAM)
  install(TARGETS sentra_cli RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}")
endif()

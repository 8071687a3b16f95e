# Install rules: headers, the exported target sentra::sentra, sentraConfig.cmake with its
# version file (same major version is compatible), and sentra.pc for pkg-config.
# sentra is header-only, so everything goes under arch-independent paths (share/).
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

set(SENTRA_INSTALL_CMAKEDIR "${CMAKE_INSTALL_DATADIR}/cmake/sentra" CACHE STRING
    "Where sentraConfig.cmake goes, relative to the prefix")
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
  INSTALL_DESTINATION "${SENTRA_INSTALL_CMAKEDIR}")
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

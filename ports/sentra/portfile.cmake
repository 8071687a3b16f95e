# sentra is header-only: one release configuration, no debug tree, no binaries.
set(VCPKG_BUILD_TYPE release)

# This overlay port builds the checkout it lives in:
#   vcpkg install sentra --overlay-ports=<checkout>/ports
# In a registry the source would come from a release tag instead:
#   vcpkg_from_github(OUT_SOURCE_PATH SOURCE_PATH REPO <owner>/sentra REF "v${VERSION}"
#                     SHA512 <of the tag's archive> HEAD_REF main)
get_filename_component(SOURCE_PATH "${CMAKE_CURRENT_LIST_DIR}/../.." ABSOLUTE)

vcpkg_cmake_configure(
    SOURCE_PATH "${SOURCE_PATH}"
    OPTIONS
        -DSENTRA_BUILD_TESTS=OFF
        -DSENTRA_BUILD_EXAMPLES=OFF
        -DSENTRA_BUILD_BENCHMARKS=OFF
        -DSENTRA_INSTALL=ON
)
vcpkg_cmake_install()
# sentra installs its CMake package to share/cmake/sentra; vcpkg wants share/sentra.
vcpkg_cmake_config_fixup(CONFIG_PATH share/cmake/sentra)
vcpkg_fixup_pkgconfig()

file(REMOVE_RECURSE "${CURRENT_PACKAGES_DIR}/share/doc")
file(INSTALL "${CMAKE_CURRENT_LIST_DIR}/usage" DESTINATION "${CURRENT_PACKAGES_DIR}/share/${PORT}")
vcpkg_install_copyright(FILE_LIST "${SOURCE_PATH}/LICENSE")

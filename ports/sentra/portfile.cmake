# One release configuration: the compiled library (libsentra, sentra::compiled; the headers
# serve header-only use as well) and the sentra program (feature "tool", on by default),
# which vcpkg keeps under tools/sentra/.
set(VCPKG_BUILD_TYPE release)

# This overlay port builds the checkout it lives in:
#   vcpkg install sentra --overlay-ports=<checkout>/ports
# In a registry the source would come from a release tag instead:
#   vcpkg_from_github(OUT_SOURCE_PATH SOURCE_PATH REPO <owner>/sentra REF "v${VERSION}"
#                     SHA512 <of the tag's archive> HEAD_REF main)
get_filename_component(SOURCE_PATH "${CMAKE_CURRENT_LIST_DIR}/../.." ABSOLUTE)

vcpkg_check_features(OUT_FEATURE_OPTIONS FEATURE_OPTIONS
    FEATURES
        tool SENTRA_INSTALL_PROGRAM
        simdjson SENTRA_WITH_SIMDJSON
)

# The program goes straight to tools/sentra/, so that the path it was built with from its
# folder to the data (../../share/sentra/data) is the one it finds installed.
vcpkg_cmake_configure(
    SOURCE_PATH "${SOURCE_PATH}"
    OPTIONS
        ${FEATURE_OPTIONS}
        -DSENTRA_BUILD_TESTS=OFF
        -DSENTRA_BUILD_EXAMPLES=OFF
        -DSENTRA_BUILD_BENCHMARKS=OFF
        -DSENTRA_INSTALL=ON
        -DCMAKE_INSTALL_BINDIR=tools/${PORT}
        # The compiled library's data folder is where vcpkg puts the package in the end,
        # not the staging folder it is installed into first.
        "-DSENTRA_COMPILED_DATA_DIR=${CURRENT_INSTALLED_DIR}/share/sentra/data"
)
vcpkg_cmake_install()
# sentra installs its CMake package to lib/cmake/sentra; vcpkg wants share/sentra.
vcpkg_cmake_config_fixup(CONFIG_PATH lib/cmake/sentra)
vcpkg_fixup_pkgconfig()

file(REMOVE_RECURSE "${CURRENT_PACKAGES_DIR}/share/doc")
# The reference data stays in share/sentra/data/ with its own licences (ODbL for regions/).
file(INSTALL "${CMAKE_CURRENT_LIST_DIR}/usage" DESTINATION "${CURRENT_PACKAGES_DIR}/share/${PORT}")
vcpkg_install_copyright(FILE_LIST "${SOURCE_PATH}/LICENSE" "${SOURCE_PATH}/data/README.md"
                        "${SOURCE_PATH}/data/regions/2025/LICENSE.md")

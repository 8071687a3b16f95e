"""Conan 2 recipe for sentra: C++20, requires Boost with JSON; ships the official reference
data (share/sentra/data). By default it builds the compiled library (libsentra, target
sentra::compiled, static or shared) beside the headers (sentra::sentra); with
`-o sentra/*:header_only=True` it packages the headers alone, as Conan's Boost recipe does.
The sentra program is not packaged here (use the CMake install or vcpkg's "tool" feature).

    conan create . --build=missing                              # compiled library
    conan create . --build=missing -o "sentra/*:header_only=True"
"""
import os
import re
import shutil

from conan import ConanFile
from conan.tools.build import check_min_cppstd
from conan.tools.cmake import CMake, CMakeDeps, CMakeToolchain, cmake_layout
from conan.tools.files import copy, load

required_conan_version = ">=2.0"


class SentraConan(ConanFile):
    name = "sentra"
    package_type = "library"
    license = ("BSL-1.0", "ODbL-1.0")  # the code; the region data (data/regions)
    description = ("Types, validation and JSON for SME industry cluster programmes: regions, "
                   "business categories, enterprises, clusters and coordination cases")
    topics = ("json", "validation", "indonesia", "kbli", "sme")
    settings = "os", "arch", "compiler", "build_type"
    # with_simdjson: libsentra tokenizes JSON with simdjson On-Demand (same results, faster).
    options = {"header_only": [True, False], "shared": [True, False], "fPIC": [True, False],
               "with_simdjson": [True, False]}
    default_options = {"header_only": False, "shared": False, "fPIC": True, "with_simdjson": False}
    exports_sources = "CMakeLists.txt", "cmake/*", "include/*", "data/*", "LICENSE"

    def set_version(self):
        # The version lives in one place, include/sentra/version.hpp, as CMake reads it.
        text = load(self, os.path.join(self.recipe_folder, "include", "sentra", "version.hpp"))
        parts = [re.search(rf"^#define SENTRA_VERSION_{part} (\d+)$", text, re.M).group(1)
                 for part in ("MAJOR", "MINOR", "PATCH")]
        self.version = ".".join(parts)

    def config_options(self):
        if self.settings.os == "Windows":
            self.options.rm_safe("fPIC")

    def configure(self):
        if self.options.header_only:
            self.package_type = "header-library"
            self.options.rm_safe("shared")
            self.options.rm_safe("fPIC")
            self.options.rm_safe("with_simdjson")
        elif self.options.shared:
            self.options.rm_safe("fPIC")

    def layout(self):
        cmake_layout(self, src_folder=".")

    def requirements(self):
        # Boost.JSON is a compiled Boost library; Describe and Mp11 are header-only.
        self.requires("boost/[>=1.81.0 <2]", transitive_headers=True, transitive_libs=True)
        if not self.options.header_only and self.options.with_simdjson:
            self.requires("simdjson/[>=3.0 <4]")

    def package_id(self):
        if self.info.options.header_only:
            self.info.clear()

    def validate(self):
        check_min_cppstd(self, 20)

    def generate(self):
        if self.options.header_only:
            return
        CMakeDeps(self).generate()
        tc = CMakeToolchain(self)
        tc.variables["SENTRA_BUILD_TESTS"] = False
        tc.variables["SENTRA_BUILD_EXAMPLES"] = False
        tc.variables["SENTRA_BUILD_BENCHMARKS"] = False
        tc.variables["SENTRA_INSTALL_PROGRAM"] = False
        tc.variables["SENTRA_INSTALL"] = True
        tc.variables["SENTRA_WITH_SIMDJSON"] = bool(self.options.with_simdjson)
        tc.generate()

    def build(self):
        if not self.options.header_only:
            # The compiled library looks for its data where this package keeps it.
            data = os.path.join(self.package_folder, "share", "sentra", "data").replace("\\", "/")
            cmake = CMake(self)
            cmake.configure(variables={"SENTRA_COMPILED_DATA_DIR": data})
            cmake.build(target="sentra_compiled_installed")

    def package(self):
        copy(self, "LICENSE", src=self.source_folder,
             dst=os.path.join(self.package_folder, "licenses"))
        copy(self, "LICENSE.md", src=os.path.join(self.source_folder, "data", "regions", "2025"),
             dst=os.path.join(self.package_folder, "licenses", "data-regions"))
        if self.options.header_only:
            for pattern in ("*.hpp", "*.ipp"):  # declarations, and the definitions
                copy(self, pattern, src=os.path.join(self.source_folder, "include"),
                     dst=os.path.join(self.package_folder, "include"))
            # The reference data, with its own licences (ODbL for regions/).
            copy(self, "*", src=os.path.join(self.source_folder, "data"),
                 dst=os.path.join(self.package_folder, "share", "sentra", "data"))
        else:
            CMake(self).install()  # headers, libsentra, the data; Conan writes its own config
            for folder in ("lib/cmake", "lib/pkgconfig", "share/doc"):
                path = os.path.join(self.package_folder, *folder.split("/"))
                if os.path.isdir(path):
                    shutil.rmtree(path)

    def package_info(self):
        self.cpp_info.set_property("cmake_file_name", "sentra")
        data = os.path.join(self.package_folder, "share", "sentra", "data").replace("\\", "/")
        headers = self.cpp_info.components["headers"]
        headers.set_property("cmake_target_name", "sentra::sentra")
        headers.set_property("pkg_config_name", "sentra")
        headers.bindirs = []
        headers.libdirs = []
        headers.resdirs = ["share"]
        # Header-only, the default look-up of sentra/io/reference_data.hpp finds the
        # packaged data through SENTRA_DATA_DIR.
        headers.defines = [f'SENTRA_DATA_DIR="{data}"']
        headers.requires = ["boost::json", "boost::headers"]
        if not self.options.header_only:
            compiled = self.cpp_info.components["compiled"]
            compiled.set_property("cmake_target_name", "sentra::compiled")
            compiled.set_property("pkg_config_name", "sentra-compiled")
            compiled.libs = ["sentra"]
            compiled.bindirs = []
            compiled.defines = ["SENTRA_SEPARATE_COMPILATION"]
            compiled.requires = ["headers"]
            if self.options.with_simdjson:
                compiled.requires.append("simdjson::simdjson")

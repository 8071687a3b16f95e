"""Conan 2 recipe for sentra: header-only C++20, requires Boost with JSON; ships the official
reference data (res/sentra/data). The sentra program is not packaged here: a header-library
package has one package id for every configuration, so it carries no binaries (use the
CMake install or vcpkg's "tool" feature for the program).

    conan create . --build=missing      # packages sentra and runs test_package/
"""
import os
import re

from conan import ConanFile
from conan.tools.build import check_min_cppstd
from conan.tools.files import copy, load
from conan.tools.layout import basic_layout

required_conan_version = ">=2.0"


class SentraConan(ConanFile):
    name = "sentra"
    package_type = "header-library"
    license = ("BSL-1.0", "ODbL-1.0")  # the code; the region data (data/regions)
    description = ("Types, validation and JSON for SME industry cluster programmes: regions, "
                   "business categories, enterprises, clusters and coordination cases")
    topics = ("header-only", "json", "validation", "indonesia", "kbli", "sme")
    settings = "os", "arch", "compiler", "build_type"
    exports_sources = "include/*", "data/*", "LICENSE"
    no_copy_source = True

    def set_version(self):
        # The version lives in one place, include/sentra/version.hpp, as CMake reads it.
        text = load(self, os.path.join(self.recipe_folder, "include", "sentra", "version.hpp"))
        parts = [re.search(rf"^#define SENTRA_VERSION_{part} (\d+)$", text, re.M).group(1)
                 for part in ("MAJOR", "MINOR", "PATCH")]
        self.version = ".".join(parts)

    def layout(self):
        basic_layout(self, src_folder=".")

    def requirements(self):
        # Boost.JSON is a compiled Boost library; Describe and Mp11 are header-only.
        self.requires("boost/[>=1.81.0 <2]", transitive_headers=True, transitive_libs=True)

    def package_id(self):
        self.info.clear()

    def validate(self):
        check_min_cppstd(self, 20)

    def package(self):
        copy(self, "LICENSE", src=self.source_folder,
             dst=os.path.join(self.package_folder, "licenses"))
        copy(self, "*.hpp", src=os.path.join(self.source_folder, "include"),
             dst=os.path.join(self.package_folder, "include"))
        # The reference data, with its own licences (ODbL for regions/).
        copy(self, "*", src=os.path.join(self.source_folder, "data"),
             dst=os.path.join(self.package_folder, "res", "sentra", "data"))
        copy(self, "LICENSE.md", src=os.path.join(self.source_folder, "data", "regions", "2025"),
             dst=os.path.join(self.package_folder, "licenses", "data-regions"))

    def package_info(self):
        self.cpp_info.bindirs = []
        self.cpp_info.libdirs = []
        self.cpp_info.resdirs = ["res"]
        # The default look-up of sentra/io/reference_data.hpp finds the packaged data.
        data = os.path.join(self.package_folder, "res", "sentra", "data").replace("\\", "/")
        self.cpp_info.defines = [f'SENTRA_DATA_DIR="{data}"']
        # The same names as sentra's own CMake package and pkg-config module.
        self.cpp_info.set_property("cmake_file_name", "sentra")
        self.cpp_info.set_property("cmake_target_name", "sentra::sentra")
        self.cpp_info.set_property("pkg_config_name", "sentra")
        self.cpp_info.requires = ["boost::json", "boost::headers"]

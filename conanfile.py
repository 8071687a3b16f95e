"""Conan 2 recipe for sentra: header-only C++20, requires Boost with JSON.

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
    license = "BSL-1.0"
    description = ("Types, validation and JSON for SME industry cluster programmes: regions, "
                   "business categories, enterprises, clusters and coordination cases")
    topics = ("header-only", "json", "validation", "indonesia", "kbli", "sme")
    settings = "os", "arch", "compiler", "build_type"
    exports_sources = "include/*", "LICENSE"
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

    def package_info(self):
        self.cpp_info.bindirs = []
        self.cpp_info.libdirs = []
        # The same names as sentra's own CMake package and pkg-config module.
        self.cpp_info.set_property("cmake_file_name", "sentra")
        self.cpp_info.set_property("cmake_target_name", "sentra::sentra")
        self.cpp_info.set_property("pkg_config_name", "sentra")
        self.cpp_info.requires = ["boost::json", "boost::headers"]

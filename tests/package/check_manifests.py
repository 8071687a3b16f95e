#!/usr/bin/env python3
"""Checks offline what can be checked of the vcpkg and Conan packaging (neither tool can
reach its registry from CI): the manifests parse, every version agrees with the one CMake
read from include/sentra/version.hpp, the port and the recipe name the same dependencies
and targets as the CMake package.

Usage: check_manifests.py SOURCE_DIR CMAKE_VERSION
"""
import ast
import json
import re
import sys
from pathlib import Path

root = Path(sys.argv[1])
cmake_version = sys.argv[2]
problems = []


def check(condition, message):
    if not condition:
        problems.append(message)


header = (root / "include/sentra/version.hpp").read_text()
parts = [re.search(rf"^#define SENTRA_VERSION_{p} (\d+)$", header, re.M).group(1)
         for p in ("MAJOR", "MINOR", "PATCH")]
header_version = ".".join(parts)
check(header_version == cmake_version,
      f"version.hpp says {header_version}, CMake says {cmake_version}")

for manifest in ("vcpkg.json", "ports/sentra/vcpkg.json"):
    try:
        data = json.loads((root / manifest).read_text())
    except json.JSONDecodeError as e:
        problems.append(f"{manifest}:{e.lineno}:{e.colno}: {e.msg}")
        continue
    check(data.get("name") == "sentra", f"{manifest}: name is not sentra")
    check(data.get("version-semver") == cmake_version,
          f"{manifest}: version-semver {data.get('version-semver')} is not {cmake_version}")
    names = {d if isinstance(d, str) else d["name"] for d in data.get("dependencies", [])}
    for boost in ("boost-json", "boost-describe", "boost-mp11", "boost-system"):
        check(boost in names, f"{manifest}: does not depend on {boost}")
    if manifest.startswith("ports/"):
        hosts = {d["name"] for d in data["dependencies"] if isinstance(d, dict) and d.get("host")}
        check(hosts == {"vcpkg-cmake", "vcpkg-cmake-config"},
              f"{manifest}: host dependencies are {sorted(hosts)}")

portfile = (root / "ports/sentra/portfile.cmake").read_text()
for step in ("vcpkg_cmake_configure", "vcpkg_cmake_install",
             "vcpkg_cmake_config_fixup(CONFIG_PATH lib/cmake/sentra)",
             "vcpkg_fixup_pkgconfig", "vcpkg_install_copyright", "set(VCPKG_BUILD_TYPE release)"):
    check(step in portfile, f"ports/sentra/portfile.cmake: no {step}")
check("-DCMAKE_INSTALL_BINDIR=tools/${PORT}" in portfile and "SENTRA_INSTALL_PROGRAM" in portfile,
      "ports/sentra/portfile.cmake: the program does not go to tools/sentra")
install_rules = (root / "cmake/install.cmake").read_text()
check('"${CMAKE_INSTALL_DATADIR}/sentra/data"' in install_rules,
      "cmake/install.cmake no longer installs the data to share/sentra/data")
check('"${CMAKE_INSTALL_LIBDIR}/cmake/sentra"' in install_rules,
      "cmake/install.cmake no longer installs to lib/cmake/sentra, as the port expects")
check("SENTRA_COMPILED_DATA_DIR=${CURRENT_INSTALLED_DIR}/share/sentra/data" in portfile,
      "ports/sentra/portfile.cmake: the compiled library would look for its data in vcpkg's staging folder")

# The Conan recipe: parse it (without Conan), run its version rule, read its properties.
recipe_text = (root / "conanfile.py").read_text()
try:
    recipe = ast.parse(recipe_text, "conanfile.py")
except SyntaxError as e:
    problems.append(f"conanfile.py:{e.lineno}:{e.offset}: {e.msg}")
    recipe = None
if recipe:
    cls = next(n for n in recipe.body if isinstance(n, ast.ClassDef))
    attrs = {t.id: n.value for n in cls.body if isinstance(n, ast.Assign)
             for t in n.targets if isinstance(t, ast.Name)}
    def literal(name):
        return ast.literal_eval(attrs[name]) if name in attrs else None
    check(literal("name") == "sentra", "conanfile.py: name is not sentra")
    check(literal("package_type") == "library", "conanfile.py: package_type is not library")
    check(literal("options", ) is not None and "header_only" in literal("options"),
          "conanfile.py: no header_only option")
    properties = {}
    for c in ast.walk(cls):
        if isinstance(c, ast.Call) and getattr(c.func, "attr", "") == "set_property":
            properties.setdefault(ast.literal_eval(c.args[0]), set()).add(ast.literal_eval(c.args[1]))
    check(properties.get("cmake_file_name") == {"sentra"}, "conanfile.py: cmake_file_name")
    check(properties.get("cmake_target_name") == {"sentra::sentra", "sentra::compiled"},
          "conanfile.py: cmake_target_name is not sentra::sentra and sentra::compiled")
    check(properties.get("pkg_config_name") == {"sentra", "sentra-compiled"},
          "conanfile.py: pkg_config_name")
    check("self.info.clear()" in recipe_text, "conanfile.py: a header-only package_id does not clear")
    check('"data/*"' in recipe_text and "SENTRA_DATA_DIR=" in recipe_text,
          "conanfile.py: does not package the reference data and point SENTRA_DATA_DIR at it")
    check('"boost/[>=1.81.0 <2]"' in recipe_text, "conanfile.py: does not require boost >= 1.81")
    pattern = re.search(r'rf"(\^#define SENTRA_VERSION_\{part\} [^"]+)"', recipe_text)
    check(pattern is not None, "conanfile.py: version rule not found")
    if pattern:
        found = [re.search(pattern.group(1).replace("{part}", p), header, re.M).group(1)
                 for p in ("MAJOR", "MINOR", "PATCH")]
        check(".".join(found) == cmake_version, "conanfile.py: its version rule disagrees")
test_recipe = (root / "test_package/conanfile.py").read_text()
try:
    ast.parse(test_recipe, "test_package/conanfile.py")
except SyntaxError as e:
    problems.append(f"test_package/conanfile.py:{e.lineno}:{e.offset}: {e.msg}")
check("../tests/package/consumer.cpp" in (root / "test_package/CMakeLists.txt").read_text(),
      "test_package/CMakeLists.txt does not build the consumer of tests/package")

for p in problems:
    print(f"check_manifests: {p}")
if problems:
    sys.exit(1)
print(f"check_manifests: vcpkg.json, ports/sentra, conanfile.py agree on version {cmake_version}")

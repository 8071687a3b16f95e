// sentra/detail/config.hpp — how sentra is built into a program: header-only (the
// default), or with its definitions compiled once in the sentra::compiled library.
//
// Header-only, the headers hold every definition: inline functions, and templates
// instantiated in each file that calls them. A program that links sentra::compiled
// defines SENTRA_SEPARATE_COMPILATION in every file (CMake does it): the headers then
// declare what the library defines once — the functions marked SENTRA_DECL (their bodies in
// the areas' impl/*.ipp files) and the default profile's instantiations of the heavy
// templates (declared SENTRA_EXTERN template) — so a file that calls the document reader,
// the import, Open311, the report or the loaders compiles none of them. sentra/src.hpp,
// compiled in exactly one file of the library, defines them. Boost.JSON's model.
#pragma once

#define SENTRA_DETAIL_CONFIG_INCLUDED 1

#if defined(SENTRA_SEPARATE_COMPILATION)
// A declaration here, the definition in the compiled library.
#define SENTRA_DECL
#if defined(SENTRA_SOURCE)
// In sentra/src.hpp: the instantiations declared below become definitions.
#define SENTRA_EXTERN
#else
#define SENTRA_EXTERN extern
#endif
#else
#define SENTRA_HEADER_ONLY 1
#define SENTRA_DECL inline
#endif

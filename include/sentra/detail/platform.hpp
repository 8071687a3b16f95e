// sentra/detail/platform.hpp — compiler and instruction-set switches for the few hot loops
// that need them. SSE2 is part of every x86-64; elsewhere the byte scanners take their
// portable loops.
#pragma once

#if defined(__SSE2__) || defined(_M_X64)
#include <emmintrin.h>
#define SENTRA_DETAIL_SSE2 1
#endif

// For a small function called once per row of a large file, where a call's register saves
// cost as much as its body.
#if defined(__GNUC__) || defined(__clang__)
#define SENTRA_DETAIL_ALWAYS_INLINE __attribute__((always_inline)) inline
#define SENTRA_DETAIL_NOINLINE __attribute__((noinline))
#else
#define SENTRA_DETAIL_ALWAYS_INLINE inline
#define SENTRA_DETAIL_NOINLINE
#endif

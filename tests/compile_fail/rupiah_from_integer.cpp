// Must not compile: a bare integer is not an amount of rupiah; the unit is written.
// With SENTRA_CONTROL defined it must compile.
// expect: conversion from .* to non-scalar type|no viable conversion|could not convert|cannot convert
#include <sentra/business/money.hpp>

using namespace sentra::literals;

int main()
{
#ifdef SENTRA_CONTROL
    sentra::rupiah capital = 150'000'000_rp;
#else
    sentra::rupiah capital = 150'000'000;
#endif
    return capital.value() > 0 ? 0 : 1;
}

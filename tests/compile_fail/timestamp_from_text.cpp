// Must not compile: text is not a timestamp until it is parsed (and may fail to be one).
// With SENTRA_CONTROL defined it must compile.
// expect: conversion from .* to non-scalar type|no viable conversion|could not convert|cannot convert
#include <sentra/timestamp.hpp>

int main()
{
#ifdef SENTRA_CONTROL
    sentra::timestamp t = sentra::timestamp::parse("2020-01-06T09:00:00+07:00").value();
#else
    sentra::timestamp t = "2020-01-06T09:00:00+07:00";
#endif
    return t == t ? 0 : 1;
}

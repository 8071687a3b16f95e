// sentra/io/detail/json_bind.hpp — reading JSON text straight into sentra types, without a
// DOM: a boost::json::basic_parser handler that binds each value into its C++ target as
// the bytes arrive.
//
// Each type gets a table of functions generated from its description (json_shape.hpp):
// what to do with a string, a number, the start of an object or an array, a key, an
// element. The handler keeps a stack of the objects and arrays it is in; keys are matched
// against the members' keys by length and bytes, numbers and strings converted in place,
// value types parsed from the string view. A value the type refuses is reported (wrong
// type, unknown key, a value type's own error) and its subtree skipped; missing keys are
// reported when the object ends. Pointers are built from the stack only when there is a
// problem, lines and columns afterwards from the text (json_text.hpp). A member of type
// boost::json::value is captured whole into a value_stack.
//
// This is the only reader: a boost::json::value is read by replaying its events into the
// same handler (`replay`), so text and DOM are read by one set of rules.
//
// The parts: json_binder.hpp (the handler), json_bind_ops.hpp (each type's table, by its
// shape) and json_replay.hpp (a DOM's events).
#pragma once

#include <sentra/io/detail/json_bind_ops.hpp>
#include <sentra/io/detail/json_binder.hpp>
#include <sentra/io/detail/json_replay.hpp>

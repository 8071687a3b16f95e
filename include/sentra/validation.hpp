// sentra/validation.hpp — checking meaning: one convention for every type.
//
//   report validate(x, validation_context const& cx = {});
//
// Every problem of `x` beyond its form (which its type or the reader already holds), each
// with its JSON Pointer relative to `x`; a problem of a part is placed under the part's
// pointer (report::merge_under), so the report of a whole names the place in the whole.
// The context carries the reference data a check may use; what is absent is not checked
// (a village code is checked for existence only with a gazetteer, a KBLI code only with a
// catalog, references only with a registry). Warnings (severity::warning) are findings
// that do not make `x` invalid. docs/architecture.md has the conventions.
//
// The checks, one header per area: validation/context.hpp, validation/enterprise.hpp
// (enterprises and categories), validation/cluster.hpp, validation/coordination.hpp
// (routing tables, deadline policies, cases) and validation/document.hpp.
#pragma once

#include <sentra/validation/cluster.hpp>
#include <sentra/validation/context.hpp>
#include <sentra/validation/coordination.hpp>
#include <sentra/validation/document.hpp>
#include <sentra/validation/enterprise.hpp>

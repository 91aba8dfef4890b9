// migration.hpp — two catalogs in, the migration's statements out.
// Layer: core. The pipeline: diff/ finds the changes as typed statements,
// order/ sorts them by the dependency graph, plan/ adds online forms and
// transaction groups, and only then render/ writes each statement's SQL.
#pragma once

#include "core/diff/differ.hpp"
#include "core/util/cpp_only_file.hpp"

namespace pgschemadiff {

/// The statements that turn `from` (local) into `to` (remote), in the order
/// to run them, each with its SQL; diagnostics with their definitions.
DiffResult Diff(const Catalog &from, const Catalog &to, const DiffOptions &options);

} // namespace pgschemadiff

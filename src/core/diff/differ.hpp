// differ.hpp — model x model -> ordered changes, as typed statements.
// Layer: core/diff.
#pragma once

#include "core/model/catalog.hpp"
#include "core/options.hpp"
#include "core/plan/change.hpp"
#include "core/util/cpp_only_file.hpp"

#include <vector>

namespace pgschemadiff {

struct DiffResult {
	std::vector<Change> changes; // in the order to run them
	std::vector<Diagnostic> diagnostics;
	double order_seconds = 0; // of the time Diff took, how much ordering took (benchmarks)
};

/// Keeps only the schemas the options select (include/exclude), on a copy.
Catalog FilterCatalog(const Catalog &catalog, const DiffOptions &options);

/// Throws Error{kInvalidArgument} when include_schemas names a schema
/// neither catalog has (a typo would otherwise compare nothing).
void CheckIncludedSchemasExist(const Catalog &from, const Catalog &to, const DiffOptions &options);

/// The changes that turn `from` (local) into `to` (remote), ordered, each
/// with its typed statement and no SQL yet (core/migration.hpp's Diff
/// renders them).
DiffResult PlanChanges(const Catalog &from, const Catalog &to, const DiffOptions &options);

} // namespace pgschemadiff

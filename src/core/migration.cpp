// migration.cpp — the pipeline of migration.hpp.
// Layer: core.
#include "core/migration.hpp"

#include "core/render/statement.hpp"

namespace pgschemadiff {

DiffResult
Diff(const Catalog &from, const Catalog &to, const DiffOptions &options)
{
	DiffResult plan = PlanChanges(from, to, options);
	for (Change &c : plan.changes) {
		c.sql = render::Render(c.statement);
	}
	for (Diagnostic &d : plan.diagnostics) {
		d.detail += render::Render(d.definition);
	}
	return plan;
}

} // namespace pgschemadiff

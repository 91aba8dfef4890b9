// diff_view_defaults.cpp — defaults of view columns (ALTER VIEW ... ALTER
// COLUMN ... SET DEFAULT / DROP DEFAULT).
// Layer: core/diff. A view this migration creates, or drops and creates
// again, starts without defaults and gets every default the remote's has;
// a view that stays is compared column by column. Each statement names the
// view's column default and needs the view, so the graph runs it after the
// view (and what its expression uses) exists.
#include "core/diff/context.hpp"
#include "core/plan/objects.hpp"
#include "core/util/quote.hpp"

namespace pgschemadiff {

void
DiffViewDefaults(DiffContext &ctx)
{
	const auto created = [&](const QualifiedName &view) {
		return ctx.from.views.count(view) == 0 ||
		       ctx.created_dependents.count({ObjectKind::kView, view.schema, view.name, ""}) > 0;
	};
	const auto add = [&](const QualifiedName &view, const std::string &column,
	                     const std::optional<std::string> &expr) {
		Change &c = ctx.Add(Phase::kCreateDependents, "column",
		                    QuoteQualified(view) + "." + QuoteIdent(column), Action::kAlter, false,
		                    op::AlterViewColumnDefault{view, column, expr});
		c.object = PartObject(ObjectKind::kDefault, view, column);
		c.needs.push_back({ObjectKind::kView, view.schema, view.name, ""});
	};
	for (const auto &[key, expr] : ctx.to.view_defaults) {
		const QualifiedName &view = key.first;
		auto it = ctx.to.views.find(view);
		if (it == ctx.to.views.end() || it->second.materialized) {
			continue;
		}
		auto have = ctx.from.view_defaults.find(key);
		if (created(view) || have == ctx.from.view_defaults.end() || have->second != expr) {
			add(view, key.second, expr);
		}
	}
	for (const auto &[key, expr] : ctx.from.view_defaults) {
		const QualifiedName &view = key.first;
		auto it = ctx.to.views.find(view);
		if (it == ctx.to.views.end() || it->second.materialized || created(view) ||
		    ctx.to.view_defaults.count(key) > 0) {
			continue;
		}
		// The column may be gone from the remote's view (CREATE OR REPLACE
		// keeps only what the remote has): only a column that stays.
		if (!ViewHasColumn(it->second, key.second)) {
			continue;
		}
		add(view, key.second, std::nullopt);
	}
}

} // namespace pgschemadiff

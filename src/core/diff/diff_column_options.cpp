// diff_column_options.cpp — per-column statistics target, storage,
// compression and attribute options of tables.
// Layer: core/diff. Compared column by column; a column that this migration
// creates (a new table or column, a table created again, a column dropped and
// added again) or whose type changes starts from the defaults (ALTER ... TYPE
// resets the storage to the new type's), so the remote's settings are set
// again after it. Each statement names its column: the graph runs it after
// the column exists with its final type.
#include "core/diff/context.hpp"
#include "core/plan/objects.hpp"
#include "core/render/column_options.hpp"
#include "core/render/quote.hpp"

#include <algorithm>
#include <map>

namespace pgschemadiff {
namespace {

std::map<std::string, std::string>
ByName(const std::vector<std::string> &options)
{
	std::map<std::string, std::string> out;
	for (const auto &o : options) {
		const std::size_t eq = o.find('=');
		out[o.substr(0, eq)] = eq == std::string::npos ? "" : o.substr(eq + 1);
	}
	return out;
}

void
DiffColumn(DiffContext &ctx, const QualifiedName &table, const std::string &column,
           const ColumnOptions &have, const ColumnOptions &want)
{
	const auto add = [&](std::string sql) {
		ctx.Add(Phase::kAlterTables, "column", QuoteQualified(table) + "." + QuoteIdent(column),
		        Action::kAlter, false, std::move(sql))
		    .object = ColumnObject(table, column);
	};
	if (have.statistics != want.statistics) {
		add(render::SetColumnStatistics(table, column, want.statistics));
	}
	if (have.storage != want.storage) {
		// Unset: the type's storage, which only the local side's row knows
		// when the local column had another.
		const char storage =
		    want.storage.value_or(have.type_storage != 0 ? have.type_storage : want.type_storage);
		if (storage != 0) {
			add(render::SetColumnStorage(table, column, storage));
		}
	}
	if (have.compression != want.compression) {
		add(render::SetColumnCompression(table, column, want.compression));
	}
	const auto have_options = ByName(have.options);
	const auto want_options = ByName(want.options);
	std::vector<std::string> set;
	std::vector<std::string> reset;
	for (const auto &o : want.options) {
		const std::string name = o.substr(0, o.find('='));
		auto it = have_options.find(name);
		if (it == have_options.end() || it->second != want_options.at(name)) {
			set.push_back(o);
		}
	}
	for (const auto &[name, value] : have_options) {
		if (want_options.count(name) == 0) {
			reset.push_back(name);
		}
	}
	if (!reset.empty()) {
		add(render::ResetColumnOptions(table, column, reset));
	}
	if (!set.empty()) {
		add(render::SetColumnOptions(table, column, set));
	}
}

} // namespace

void
DiffColumnOptions(DiffContext &ctx)
{
	static const ColumnOptions kDefaults;
	for (const auto &[id, want] : ctx.to.tables) {
		auto it =
		    ctx.dropped_tables.count(id) > 0 ? ctx.from.tables.end() : ctx.from.tables.find(id);
		for (const auto &w : want.columns) {
			const Column *h = it == ctx.from.tables.end() ? nullptr : it->second.FindColumn(w.name);
			const bool fresh = h == nullptr || h->type != w.type || ctx.ColumnGoes(id, w.name);
			DiffColumn(ctx, id, w.name, fresh ? kDefaults : h->options, w.options);
		}
	}
}

} // namespace pgschemadiff

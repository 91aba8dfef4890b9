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
#include "core/util/quote.hpp"

#include <algorithm>
#include <map>
#include <set>

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

/// The statements that take a column's settings from `have` to `want`,
/// each an ALTER ... ALTER COLUMN of `head`.
std::vector<Statement>
SettingStatements(const RelationColumn &head, const ColumnOptions &have, const ColumnOptions &want)
{
	std::vector<Statement> out;
	if (have.statistics != want.statistics) {
		out.push_back(op::SetColumnStatistics{head, want.statistics});
	}
	if (have.storage != want.storage) {
		// Unset: the type's storage, which only the local side's row knows
		// when the local column had another.
		const char storage =
		    want.storage.value_or(have.type_storage != 0 ? have.type_storage : want.type_storage);
		if (storage != 0) {
			out.push_back(op::SetColumnStorage{head, storage});
		}
	}
	if (have.compression != want.compression) {
		out.push_back(op::SetColumnCompression{head, want.compression});
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
		out.push_back(op::ResetColumnOptions{head, reset});
	}
	if (!set.empty()) {
		out.push_back(op::SetColumnOptions{head, set});
	}
	return out;
}

void
DiffColumn(DiffContext &ctx, const QualifiedName &table, const std::string &column,
           const ColumnOptions &have, const ColumnOptions &want)
{
	for (auto &sql : SettingStatements({'r', table, column, ""}, have, want)) {
		ctx.Add(Phase::kAlterTables, "column", QuoteQualified(table) + "." + QuoteIdent(column),
		        Action::kAlter, false, std::move(sql))
		    .object = ColumnObject(table, column);
	}
}

/// What the change that creates a relation of `relkind` is called.
ObjectKind
RelationKind(char relkind)
{
	switch (relkind) {
	case 'm':
		return ObjectKind::kMaterializedView;
	case 'f':
		return ObjectKind::kForeignTable;
	default:
		return ObjectKind::kIndex;
	}
}

/// The relation as the graph names it (an index by its table).
ObjectRef
RelationObject(const QualifiedName &relation, const RelationColumnOptions &o)
{
	if (o.relkind == 'i' || o.relkind == 'I') {
		return PartObject(ObjectKind::kIndex, {relation.schema, o.table_name}, relation.name);
	}
	return {RelationKind(o.relkind), relation.schema, relation.name, ""};
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

void
DiffRelationColumnOptions(DiffContext &ctx)
{
	// Relations this migration creates (or creates again) start from the
	// defaults: their settings are set again after them.
	const auto created = CreatedChanges(ctx);
	static const RelationColumnOptions kNone;
	const auto options_of = [](const Catalog &cat, const std::pair<QualifiedName, std::string> &key,
	                           const RelationColumnOptions *fallback) {
		auto it = cat.relation_column_options.find(key);
		return it == cat.relation_column_options.end() ? fallback : &it->second;
	};
	std::set<std::pair<QualifiedName, std::string>> keys;
	for (const auto &[key, o] : ctx.from.relation_column_options) {
		keys.insert(key);
	}
	for (const auto &[key, o] : ctx.to.relation_column_options) {
		keys.insert(key);
	}
	for (const auto &key : keys) {
		const RelationColumnOptions *want = options_of(ctx.to, key, nullptr);
		const RelationColumnOptions *have = options_of(ctx.from, key, &kNone);
		// Only relations the remote has (with settings, or none left: then
		// the local row says what it is); a relation gone is dropped whole.
		const RelationColumnOptions &shape = want != nullptr ? *want : *have;
		const QualifiedName &relation = key.first;
		const auto index_there = [&] {
			const QualifiedName table{relation.schema, shape.table_name};
			auto t = ctx.to.tables.find(table);
			auto v = ctx.to.views.find(table); // a materialized view's index
			return (t != ctx.to.tables.end() && t->second.indexes.count(relation.name) > 0) ||
			       (v != ctx.to.views.end() && v->second.indexes.count(relation.name) > 0);
		};
		const bool exists_there =
		    want != nullptr || (shape.relkind == 'm'   ? ctx.to.views.count(relation) > 0
		                        : shape.relkind == 'f' ? ctx.to.foreign_tables.count(relation) > 0
		                                               : index_there());
		if (!exists_there) {
			continue;
		}
		if (created.count({KindName(RelationKind(shape.relkind)), QuoteQualified(relation)}) > 0) {
			have = &kNone;
		}
		const ColumnOptions &to = want != nullptr ? want->options : kNone.options;
		const RelationColumn head{shape.relkind, relation, key.second, shape.attnum};
		for (auto &sql : SettingStatements(head, have->options, to)) {
			Change &c = ctx.Add(Phase::kComments, "column",
			                    QuoteQualified(relation) + "." + QuoteIdent(key.second),
			                    Action::kAlter, false, std::move(sql));
			c.needs.push_back(RelationObject(relation, shape));
		}
	}
}

} // namespace pgschemadiff

// diff_columns.cpp — ADD / DROP / ALTER COLUMN of a table on both sides.
// Layer: core/diff. Called by DiffTables. A column changes in place (type,
// default, NOT NULL, identity) but is dropped and added again when its
// generation expression is added or changed, or calls a routine the migration
// drops; a default calling a routine created after the tables is set once
// that routine exists.
#include "core/diff/context.hpp"
#include "core/diff/hazards.hpp"
#include "core/diff/tables_internal.hpp"
#include "core/plan/objects.hpp"
#include "core/util/quote.hpp"

#include <set>

namespace pgschemadiff {
namespace {

/// What a column's USING cast goes to when its new type is a domain: the
/// domain's base type (through domains over domains), arrays kept. The
/// value then enters the domain by assignment, so a length it no longer
/// fits fails instead of being cut; "" when the type is not a domain.
std::string
DomainCastType(const DiffContext &ctx, const std::string &type)
{
	std::string element = type;
	std::string dims;
	while (element.size() > 2 && element.compare(element.size() - 2, 2, "[]") == 0) {
		element.resize(element.size() - 2);
		dims += "[]";
	}
	std::string base;
	for (int depth = 0; depth < 16; ++depth) { // domains over domains
		const Domain *found = ctx.RemoteDomain(element);
		if (found == nullptr) {
			break;
		}
		element = found->base_type;
		base = element;
	}
	return base.empty() ? std::string() : base + dims;
}

std::string
ColumnIdentity(const QualifiedName &table, const std::string &column)
{
	return QuoteQualified(table) + "." + QuoteIdent(column);
}

} // namespace

/// True when the remote's default of the column calls a routine created after
/// the tables (it needs a relation): the column is created without it and the
/// default is set once the routine exists (kLateDefaults).
bool
LateDefault(const DiffContext &ctx, const QualifiedName &table, const Column &c)
{
	return c.default_expr &&
	       ctx.late_callers.count({ObjectKind::kDefault, table.schema, table.name, c.name});
}

void
SetLateDefault(DiffContext &ctx, const QualifiedName &table, const Column &c)
{
	ctx.Add(Phase::kLateDefaults, "column", ColumnIdentity(table, c.name), Action::kAlter, false,
	        op::SetDefault{table, c.name, *c.default_expr})
	    .object = PartObject(ObjectKind::kDefault, table, c.name);
}

/// A default calling a routine the migration drops goes before DROP FUNCTION,
/// also when its column or table is dropped later.
void
DropDefaultBeforeRoutine(DiffContext &ctx, const QualifiedName &table, const Column &c)
{
	if (!CallsDroppedRoutine(ctx, ObjectKind::kDefault, table, c.name)) {
		return;
	}
	if (c.default_expr) {
		ctx.Add(Phase::kDropDependents, "column", ColumnIdentity(table, c.name), Action::kAlter,
		        false, op::DropDefault{table, c.name})
		    .object = PartObject(ObjectKind::kDefault, table, c.name);
		ctx.changes.back().removes = true;
	} else if (c.generated_expr) {
		// The column keeps its values as a plain one until it goes.
		ctx.Add(Phase::kDropDependents, "column", ColumnIdentity(table, c.name), Action::kAlter,
		        false, op::DropExpression{table, c.name})
		    .object = PartObject(ObjectKind::kDefault, table, c.name);
		ctx.changes.back().removes = true;
	}
}

namespace {

/// ADD COLUMN's hazards beyond its lock. Since PostgreSQL 11 a non-volatile
/// default is stored once in the catalog; a volatile one (an identity's
/// nextval too) or a stored generated column is computed for every row: the
/// table is rewritten. NOT NULL without a default is checked on every row.
void
AddColumnHazards(const Column &c, const std::optional<std::string> &default_expr,
                 HazardSet &hazards)
{
	if (c.generated_expr || c.identity || (default_expr && DefaultMayBeVolatile(*default_expr))) {
		hazards.Add(Hazard::kRewritesTable);
	}
	if (c.not_null && !default_expr && !c.generated_expr && !c.identity) {
		hazards.Add(Hazard::kScansTable);
	}
}

} // namespace

void
AddColumn(DiffContext &ctx, const QualifiedName &table, const Column &c, Phase phase)
{
	const bool late = LateDefault(ctx, table, c);
	Column now = c;
	if (late) {
		now.default_expr.reset();
	}
	Change &add = ctx.Add(phase, "column", ColumnIdentity(table, c.name), Action::kCreate, false,
	                      op::AddColumn{table, now});
	add.object = ColumnObject(table, c.name);
	AddColumnHazards(c, now.default_expr, add.hazards);
	if (late) {
		SetLateDefault(ctx, table, c);
		ctx.Warn("column " + ColumnIdentity(table, c.name) +
		             " is added before the function its default calls, and gets the default after",
		         "Rows already in " + QuoteQualified(table) +
		             " hold NULL in the new column, not the default's value.");
	}
}

namespace {

/// `type` without its modifier: "character varying(8)[]" -> "character varying[]".
std::string
WithoutModifier(const std::string &type)
{
	const std::size_t open = type.find('(');
	const std::size_t close = open == std::string::npos ? open : type.find(')', open);
	return close == std::string::npos ? type : type.substr(0, open) + type.substr(close + 1);
}

bool
IsArrayType(const std::string &type)
{
	return type.size() > 2 && type.compare(type.size() - 2, 2, "[]") == 0;
}

} // namespace

bool
HasCastPath(const Catalog &catalog, const std::string &from, const std::string &to)
{
	const std::string f = WithoutModifier(from);
	const std::string t = WithoutModifier(to);
	if (catalog.casts.empty() || f == t) {
		return true; // casts not read, or only a modifier changes
	}
	// Any type converts to and from the string types through its I/O functions.
	static const std::set<std::string> kStringTypes = {"text", "character varying", "character",
	                                                   "name"};
	if (kStringTypes.count(f) > 0 || kStringTypes.count(t) > 0 || catalog.casts.count({f, t}) > 0) {
		return true;
	}
	if (IsArrayType(f) && IsArrayType(t)) {
		return HasCastPath(catalog, f.substr(0, f.size() - 2), t.substr(0, t.size() - 2));
	}
	// Only types the cast table names are judged: a user type (enum, domain,
	// composite) is converted as its own rules say elsewhere.
	const auto known = [&](std::string type) {
		while (IsArrayType(type)) {
			type.resize(type.size() - 2);
		}
		for (const auto &[source, target] : catalog.casts) {
			if (source == type || target == type) {
				return true;
			}
		}
		return false;
	};
	return !(known(f) && known(t));
}

namespace {

bool
NeedsRecreate(const Column &have, const Column &want)
{
	// PostgreSQL 15 can only drop a generation expression; adding or changing
	// one means dropping the column and adding it again.
	return want.generated_expr &&
	       (!have.generated_expr || *have.generated_expr != *want.generated_expr);
}

void
AlterColumn(DiffContext &ctx, const QualifiedName &table, const Column &have, const Column &want)
{
	const std::string id = ColumnIdentity(table, want.name);
	const auto alter = [&](Statement statement) -> Change & {
		Change &c =
		    ctx.Add(Phase::kAlterTables, "column", id, Action::kAlter, false, std::move(statement));
		c.object = ColumnObject(table, want.name);
		return c;
	};
	if (have.generated_expr && !want.generated_expr) {
		alter(op::DropExpression{table, want.name});
	}
	if (have.identity && !want.identity) {
		ctx.Add(Phase::kDropIdentities, "column", id, Action::kAlter, false,
		        op::DropIdentity{table, want.name})
		    .object = ColumnObject(table, want.name);
	}
	// A column of a re-created enum keeps its type name but must move to the
	// new type (DiffEnums).
	const bool retyped = have.type == want.type && ctx.Retyped(want.type);
	const bool type_changes = have.type != want.type || have.collation != want.collation || retyped;
	// A default calling a dropped routine goes before DROP FUNCTION and is set
	// again here, after the routine is created (kCreateRoutines).
	const bool rebuilt = CallsDroppedRoutine(ctx, ObjectKind::kDefault, table, want.name);
	const bool default_changes = have.default_expr != want.default_expr || rebuilt;
	if (have.default_expr && rebuilt) {
		ctx.Add(Phase::kDropDependents, "column", id, Action::kAlter, false,
		        op::DropDefault{table, want.name})
		    .object = PartObject(ObjectKind::kDefault, table, want.name);
		ctx.changes.back().removes = true;
	} else if (have.default_expr && (default_changes || type_changes)) {
		alter(op::DropDefault{table, want.name});
	}
	if (type_changes) {
		// Types with no cast between them at all (jsonb to text[], interval
		// to integer) convert through text: the values' text forms must
		// parse as the new type (always true of an empty table).
		const std::string cast_to = DomainCastType(ctx, want.type);
		const bool via_text =
		    retyped || !HasCastPath(ctx.from, have.type, cast_to.empty() ? want.type : cast_to);
		Change &c = alter(op::AlterColumnType{table, have, want, via_text, cast_to});
		if (retyped || !BinaryCoercibleTypeChange(have.type, want.type)) {
			c.hazards.Add(Hazard::kRewritesTable);
			c.hazards.Add(Hazard::kBuildsIndex); // its indexes are rebuilt
		} else if (have.collation != want.collation) {
			c.hazards.Add(Hazard::kBuildsIndex); // indexes on it are rebuilt, rows kept
		}
	}
	// After a type change: it also changes the identity sequence's type.
	if (have.identity && want.identity) {
		if (have.identity->kind != want.identity->kind) {
			alter(op::SetIdentityKind{table, want.name, want.identity->kind});
		}
		if (have.identity->OptionsTie() != want.identity->OptionsTie()) {
			alter(op::SetIdentityOptions{table, want.name, *want.identity});
		}
	}
	if (have.not_null != want.not_null) {
		Change &c = alter(op::SetNotNull{table, want.name, want.not_null});
		if (want.not_null) {
			c.hazards.Add(Hazard::kScansTable);
			auto t = ctx.from.tables.find(table);
			if (t != ctx.from.tables.end() && t->second.partition_key.empty()) {
				c.online = {OnlineForm::Kind::kSetNotNull, table, want.name, "", false};
			}
		}
	}
	if (want.default_expr && (default_changes || type_changes)) {
		if (LateDefault(ctx, table, want)) {
			SetLateDefault(ctx, table, want);
		} else {
			// Its own object (the graph: after what the expression calls or
			// reads), after the column's other steps (its new type).
			Change &c = alter(op::SetDefault{table, want.name, *want.default_expr});
			c.object = PartObject(ObjectKind::kDefault, table, want.name);
			c.needs.push_back(ColumnObject(table, want.name));
		}
	}
	if (want.identity && !have.identity) {
		if (!want.not_null) {
			alter(op::SetNotNull{table, want.name, true}).hazards.Add(Hazard::kScansTable);
		}
		ctx.Add(Phase::kAddIdentities, "column", id, Action::kAlter, false,
		        op::AddIdentity{table, want.name, *want.identity})
		    .object = ColumnObject(table, want.name);
		// Existing rows keep their ids; new ones continue after them.
		if (!want.identity->sequence.name.empty()) {
			Change &sync =
			    ctx.Add(Phase::kAddIdentities, "sequence", QuoteQualified(want.identity->sequence),
			            Action::kAlter, false,
			            op::SyncSequenceToColumn{want.identity->sequence, table, want.name});
			sync.needs.push_back(ColumnObject(table, want.name)); // after ADD GENERATED
		}
	}
}

/// True when none of the table's parents keeps the column: an only-inherited
/// column then goes with the parents' DROP COLUMN.
bool
ParentsDropColumn(const DiffContext &ctx, const Lineage &lineage, const Table &have,
                  const std::string &column)
{
	for (const auto &p : have.parents) {
		auto it = ctx.to.tables.find(p);
		if (lineage.recreated.count(p) == 0 && it != ctx.to.tables.end() &&
		    it->second.FindColumn(column) != nullptr) {
			return false;
		}
	}
	return true;
}

} // namespace

namespace {

/// NOT NULL of an only-inherited column once the parents are migrated: an
/// ALTER ... SET/DROP NOT NULL on a parent recurses to its children.
bool
InheritedNotNullAfter(const DiffContext &ctx, const Table &have, const Column &h)
{
	for (const auto &parent : have.parents) {
		auto from = ctx.from.tables.find(parent);
		auto to = ctx.to.tables.find(parent);
		if (from == ctx.from.tables.end() || to == ctx.to.tables.end()) {
			continue;
		}
		const Column *before = from->second.FindColumn(h.name);
		const Column *after = to->second.FindColumn(h.name);
		if (before != nullptr && after != nullptr && before->not_null != after->not_null) {
			return after->not_null;
		}
	}
	return h.not_null;
}

/// True when the expression names the column (bare or quoted): a rough test
/// that may say yes too often, never no wrongly for a plain name.
bool
Mentions(const std::string &expr, const std::string &column)
{
	if (expr.find("\"" + column + "\"") != std::string::npos) {
		return true;
	}
	const auto word = [](char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
		       c == '_' || c == '$' || static_cast<unsigned char>(c) >= 0x80;
	};
	for (auto at = expr.find(column); at != std::string::npos; at = expr.find(column, at + 1)) {
		const std::size_t end = at + column.size();
		if ((at == 0 || !word(expr[at - 1])) && (end == expr.size() || !word(expr[end]))) {
			return true;
		}
	}
	return false;
}

/// Generated columns that stay generated but use a column whose type
/// changes: PostgreSQL refuses ALTER ... TYPE under them, so they are dropped
/// first and added again after (their values are recomputed). `relinked`: the
/// table is detached from its parent here (its inherited columns are then
/// its own).
std::set<std::string>
RegeneratedColumns(const DiffContext &ctx, const Table &have, const Table &want, bool relinked)
{
	std::set<std::string> out;
	for (const auto &g : have.columns) {
		const Column *gw = want.FindColumn(g.name);
		// An inherited one is its parent's, unless this table is detached
		// here (it then keeps the column as its own).
		if (!g.generated_expr || (!g.local && !relinked) || gw == nullptr || !gw->generated_expr) {
			continue;
		}
		for (const auto &c : have.columns) {
			const Column *cw = want.FindColumn(c.name);
			if (c.name != g.name && cw != nullptr && (cw->type != c.type || ctx.Retyped(c.type)) &&
			    Mentions(*g.generated_expr, c.name)) {
				out.insert(g.name);
			}
		}
	}
	return out;
}

/// Columns of a table typed by the same composite on both sides: the type's
/// ALTER TYPE ... CASCADE (DiffComposites) adds, drops and retypes them
/// (PostgreSQL refuses ADD / DROP / ALTER COLUMN TYPE on a typed table);
/// what is the table's own (default, NOT NULL) is changed here, a new
/// column's after the CASCADE brought it (it starts with neither).
void
DiffTypedColumns(DiffContext &ctx, const Table &have, const Table &want)
{
	const QualifiedName &t = want.id;
	for (const auto &c : have.columns) {
		if (want.FindColumn(c.name) == nullptr) {
			ctx.dropped_columns.insert({t, c.name});
			DropDefaultBeforeRoutine(ctx, t, c);
		}
	}
	for (const auto &w : want.columns) {
		const Column *h = have.FindColumn(w.name);
		Column now = h != nullptr ? *h : Column{};
		if (h == nullptr) {
			now.name = w.name;
		}
		now.type = w.type;
		now.type_kind = w.type_kind;
		now.collation = w.collation;
		if (!(now == w) || CallsDroppedRoutine(ctx, ObjectKind::kDefault, t, w.name)) {
			AlterColumn(ctx, t, now, w);
		}
	}
}

/// True when a parent of the table adds the column after the INHERITs: an
/// only-inherited column then comes from it.
bool
FromParentLater(const Lineage &lineage, const Table &want, const std::string &column)
{
	for (const auto &p : want.parents) {
		if (lineage.after_inherit.count({p, column}) > 0) {
			return true;
		}
	}
	return false;
}

} // namespace

void
DiffColumns(DiffContext &ctx, const Lineage &lineage, const Table &have, const Table &want)
{
	const QualifiedName &t = want.id;
	if (have.of_type && have.of_type == want.of_type) {
		DiffTypedColumns(ctx, have, want);
		return;
	}
	// A column only inherited is changed through its parent (ALTER TABLE
	// recurses), unless the table is detached from that parent here.
	const bool relinked = lineage.relinked.count(t) > 0;
	const std::set<std::string> regenerated_columns = RegeneratedColumns(ctx, have, want, relinked);
	for (const auto &name : regenerated_columns) {
		ctx.dropped_columns.insert({t, name});
		ctx.Add(Phase::kAlterTables, "column", ColumnIdentity(t, name), Action::kDrop, false,
		        op::DropColumn{t, name})
		    .object = ColumnObject(t, name);
	}
	for (const auto &c : have.columns) {
		if (want.FindColumn(c.name) == nullptr) {
			if (!c.local && !relinked) {
				continue;
			}
			ctx.dropped_columns.insert({t, c.name});
			DropDefaultBeforeRoutine(ctx, t, c);
			ctx.Add(Phase::kAlterTables, "column", ColumnIdentity(t, c.name), Action::kDrop, true,
			        op::DropColumn{t, c.name})
			    .object = ColumnObject(t, c.name);
		}
	}
	// Columns dropped to be added again: added with the new ones, in the
	// remote's column order (pg_dump lists columns by position).
	std::set<std::string> readded = regenerated_columns;
	for (const auto &w : want.columns) {
		const Column *h = have.FindColumn(w.name);
		if (h == nullptr || readded.count(w.name) > 0) {
			continue;
		}
		if (!h->local && !relinked) {
			// The parents' DROP COLUMN takes it away; the remote keeps it as
			// a column of this table's own, so it is added again (at the end,
			// as the remote has it after its own ALTER TABLE ... ADD COLUMN).
			if (w.local && ParentsDropColumn(ctx, lineage, have, w.name)) {
				ctx.dropped_columns.insert({t, w.name});
				Change &add = ctx.Add(Phase::kAlterTables, "column", ColumnIdentity(t, w.name),
				                      Action::kCreate, false, op::AddColumn{t, w});
				add.object = ColumnObject(t, w.name);
				AddColumnHazards(w, w.default_expr, add.hazards);
			} else if (!w.local && w.not_null != InheritedNotNullAfter(ctx, have, *h)) {
				// NOT NULL of the partition or child alone (a parent may allow NULL).
				Change &c = ctx.Add(Phase::kAlterTables, "column", ColumnIdentity(t, w.name),
				                    Action::kAlter, false, op::SetNotNull{t, w.name, w.not_null});
				c.object = ColumnObject(t, w.name);
				if (w.not_null) {
					c.hazards.Add(Hazard::kScansTable);
				}
			}
			continue;
		}
		if ((*h == w && !ctx.Retyped(w.type) &&
		     !CallsDroppedRoutine(ctx, ObjectKind::kDefault, t, w.name)) ||
		    (!w.local && !relinked)) {
			continue;
		}
		// A generated column calling a routine the migration drops loses its
		// expression before DROP FUNCTION and is added again (recomputed).
		const bool regenerated = h->generated_expr && w.generated_expr &&
		                         CallsDroppedRoutine(ctx, ObjectKind::kDefault, t, w.name);
		if (NeedsRecreate(*h, w) || regenerated) {
			// A stored column's values are lost; a generated one's are recomputed.
			if (regenerated) {
				DropDefaultBeforeRoutine(ctx, t, *h);
			}
			ctx.dropped_columns.insert({t, w.name});
			ctx.Add(Phase::kAlterTables, "column", ColumnIdentity(t, w.name), Action::kDrop,
			        !h->generated_expr, op::DropColumn{t, w.name})
			    .object = ColumnObject(t, w.name);
			readded.insert(w.name);
			continue;
		}
		AlterColumn(ctx, t, *h, w);
	}
	for (const auto &w : want.columns) {
		// An attached table must already have every column of its new parent,
		// unless the parent adds it after the INHERIT (Lineage::after_inherit).
		if (readded.count(w.name) > 0 ||
		    (have.FindColumn(w.name) == nullptr && (w.local || relinked) &&
		     lineage.after_inherit.count({t, w.name}) == 0 &&
		     (w.local || !FromParentLater(lineage, want, w.name)))) {
			AddColumn(ctx, t, w);
		}
	}
}

} // namespace pgschemadiff

// diff_publications.cpp — CREATE / ALTER / DROP PUBLICATION.
// Layer: core/diff. Runs after DiffTables (needs the dropped columns).
// PostgreSQL refuses to drop a column that a publication's column list or
// row filter uses, or to change the type of one its row filter uses, and it
// removes a dropped table from its publications by itself. So everything that
// leaves a publication goes first (kDropPublications: DROP PUBLICATION, DROP
// TABLE, DROP TABLES IN SCHEMA), and everything that joins one comes after
// the tables and columns exist (kPublications: CREATE PUBLICATION, SET
// options, ADD TABLE, ADD TABLES IN SCHEMA). A table whose list or filter
// changes is dropped from the publication and added again; so is one with a
// list or filter whose table has a column dropped or retyped by this
// migration, and one whose table is dropped and created again (dropping it
// took it out of the publication). Switching between FOR ALL TABLES and a list is a drop and a
// create. Options are set before tables are added (a partitioned table's
// row filter needs publish_via_partition_root).
#include "core/diff/context.hpp"
#include "core/plan/objects.hpp"
#include "core/util/quote.hpp"

#include <set>

namespace pgschemadiff {
namespace {

const char *const kKind = "publication";
const char *const kTable = "publication table";
const char *const kSchema = "publication schema";

/// What this migration does to the tables publications list.
struct TableChanges {
	std::set<QualifiedName> columns_change; // a column dropped, re-added or retyped
	std::set<QualifiedName> recreated;      // dropped and created again
};

TableChanges
PlanTableChanges(const DiffContext &ctx)
{
	TableChanges out;
	for (const auto &id : ctx.dropped_tables) {
		if (ctx.to.tables.count(id) > 0) {
			out.recreated.insert(id);
		}
	}
	for (const auto &[id, have] : ctx.from.tables) {
		auto it = ctx.to.tables.find(id);
		for (const auto &c : have.columns) {
			const Column *w = it == ctx.to.tables.end() ? nullptr : it->second.FindColumn(c.name);
			if (ctx.ColumnGoes(id, c.name) || ctx.Retyped(c.type) ||
			    (w != nullptr && (w->type != c.type || w->collation != c.collation))) {
				out.columns_change.insert(id);
				break;
			}
		}
	}
	return out;
}

/// How a table or schema of a publication is named in the output: kinds
/// "publication table" / "publication schema", identity `"s"."t" in "pub"`.
ObjectRef
PublicationObject(const std::string &name)
{
	return {ObjectKind::kPublication, "", name, ""};
}

/// What a member needs: its table and the columns of its column list.
void
NeedTable(Change &c, const PublicationTable &t)
{
	c.needs.push_back(TableObject(t.table));
	if (t.columns) {
		for (const auto &column : *t.columns) {
			c.needs.push_back(ColumnObject(t.table, column));
		}
	}
}

std::string
MemberIdentity(const std::string &member, const std::string &publication)
{
	return member + " in " + QuoteIdent(publication);
}

void
AlterPublication(DiffContext &ctx, const Publication &have, const Publication &want,
                 const TableChanges &tables)
{
	const std::string &name = want.name;
	const auto leave = [&](const char *kind, const std::string &member, bool destructive,
	                       Statement statement) -> Change & {
		return ctx.Add(Phase::kDropPublications, kind, MemberIdentity(member, name), Action::kDrop,
		               destructive, std::move(statement));
	};
	// Named by its table, so that it follows the table's rename (detect_renames).
	const auto member_of = [&](const QualifiedName &id) {
		return ObjectRef{ObjectKind::kPublicationTable, id.schema, id.name, name};
	};
	const auto join = [&](const char *kind, const std::string &member,
	                      Statement statement) -> Change & {
		Change &c = ctx.Add(Phase::kPublications, kind, MemberIdentity(member, name),
		                    Action::kCreate, false, std::move(statement));
		c.needs.push_back(PublicationObject(name));
		return c;
	};
	std::set<QualifiedName> readd;
	for (const auto &[id, t] : have.tables) {
		auto it = want.tables.find(id);
		const bool filtered = t.columns || t.row_filter;
		if (it == want.tables.end()) {
			leave(kTable, QuoteQualified(id), true, op::DropPublicationTable{name, id}).object =
			    member_of(id);
		} else if (it->second != t || (filtered && tables.columns_change.count(id) > 0) ||
		           tables.recreated.count(id) > 0) {
			leave(kTable, QuoteQualified(id), false, op::DropPublicationTable{name, id}).object =
			    member_of(id);
			readd.insert(id);
		}
	}
	for (const auto &schema : have.schemas) {
		if (want.schemas.count(schema) == 0) {
			leave(kSchema, QuoteIdent(schema), true, op::DropPublicationSchema{name, schema})
			    .object = {ObjectKind::kPublicationSchema, schema, "", name}; // before DROP SCHEMA
		}
	}
	if (have.options != want.options) {
		ctx.Add(Phase::kPublications, kKind, QuoteIdent(name), Action::kAlter, false,
		        op::SetPublicationOptions{name, have.options, want.options})
		    .object = PublicationObject(name);
	}
	for (const auto &[id, t] : want.tables) {
		if (have.tables.count(id) == 0 || readd.count(id) > 0) {
			Change &c = join(kTable, QuoteQualified(id), op::AddPublicationTable{name, t});
			c.object = member_of(id); // after it left, when it is added again
			NeedTable(c, t);
		}
	}
	for (const auto &schema : want.schemas) {
		if (have.schemas.count(schema) == 0) {
			join(kSchema, QuoteIdent(schema), op::AddPublicationSchema{name, schema})
			    .needs.push_back({ObjectKind::kSchema, schema, "", ""});
		}
	}
}

} // namespace

void
DiffPublications(DiffContext &ctx)
{
	const TableChanges tables = PlanTableChanges(ctx);
	for (const auto &[name, want] : ctx.to.publications) {
		auto it = ctx.from.publications.find(name);
		if (it != ctx.from.publications.end() && it->second.all_tables == want.all_tables) {
			AlterPublication(ctx, it->second, want, tables);
			continue;
		}
		if (it != ctx.from.publications.end()) {
			// FOR ALL TABLES <-> a list: PostgreSQL cannot alter that in place.
			ctx.Add(Phase::kDropPublications, kKind, QuoteIdent(name), Action::kDrop, false,
			        op::DropPublication{name})
			    .object = PublicationObject(name);
		}
		Change &c = ctx.Add(Phase::kPublications, kKind, QuoteIdent(name), Action::kCreate, false,
		                    op::CreatePublication{want});
		c.object = PublicationObject(name);
		for (const auto &[id, t] : want.tables) {
			NeedTable(c, t);
		}
		for (const auto &schema : want.schemas) {
			c.needs.push_back({ObjectKind::kSchema, schema, "", ""});
		}
	}
	for (const auto &[name, have] : ctx.from.publications) {
		if (ctx.to.publications.count(name) == 0) {
			ctx.Add(Phase::kDropPublications, kKind, QuoteIdent(name), Action::kDrop, true,
			        op::DropPublication{name})
			    .object = PublicationObject(name);
		}
	}
}

} // namespace pgschemadiff

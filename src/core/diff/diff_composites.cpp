// diff_composites.cpp — composite types: CREATE TYPE ... AS (...), attributes
// added, dropped and changed in place (ALTER TYPE ... ATTRIBUTE), DROP TYPE.
// Layer: core/diff. Created with the domains, before the tables that may use
// them; dropped after the columns stop using them. A dropped attribute loses
// that field of every stored value: destructive. An attribute cannot change
// type while table columns store the composite: that is reported.
#include "core/diff/context.hpp"
#include "core/diff/hazards.hpp"
#include "core/plan/objects.hpp"
#include "core/util/quote.hpp"

#include <algorithm>

namespace pgschemadiff {
namespace {

const Attribute *
FindAttribute(const CompositeType &c, const std::string &name)
{
	for (const auto &a : c.attributes) {
		if (a.name == name) {
			return &a;
		}
	}
	return nullptr;
}

/// True when a column of a table stores values of the type (also as arrays).
bool
UsedByColumns(const DiffContext &ctx, const QualifiedName &type)
{
	const std::vector<std::string> spellings = TypeSpellings(type);
	for (const auto &[tid, t] : ctx.from.tables) {
		for (const auto &c : t.columns) {
			for (const auto &s : spellings) {
				if (c.type == s || c.type == s + "[]") {
					return true;
				}
			}
		}
	}
	return false;
}

/// True when a table typed by the composite (CREATE TABLE ... OF) stays so:
/// its columns follow the type's attributes through ALTER TYPE ... CASCADE.
/// (A table leaving the type does so first, ALTER TABLE ... NOT OF in
/// kDropDependents; one joining it does so last, ALTER TABLE ... OF.)
bool
HasTypedTables(const DiffContext &ctx, const QualifiedName &type)
{
	for (const auto &[tid, t] : ctx.from.tables) {
		auto it = ctx.to.tables.find(tid);
		if (t.of_type == type && it != ctx.to.tables.end() && it->second.of_type == type) {
			return true;
		}
	}
	return false;
}

void
AlterComposite(DiffContext &ctx, const CompositeType &have, const CompositeType &want)
{
	const std::string id = QuoteQualified(want.id);
	// PostgreSQL cannot change an attribute's type while table columns store
	// the composite: reported, and the attribute left as it is.
	const bool stored = UsedByColumns(ctx, want.id);
	// With typed tables the attributes change with the tables' columns
	// (kAlterTables, ahead of the tables' own statements there): after the
	// indexes and constraints over a column that goes were dropped, before
	// the defaults and indexes of a column that comes.
	const bool cascade = HasTypedTables(ctx, want.id);
	const Phase phase = cascade ? Phase::kAlterTables : Phase::kCreateDomains;
	if (cascade) {
		ctx.cascaded_composites.insert(want.id);
	}
	for (const auto &a : have.attributes) {
		if (FindAttribute(want, a.name) == nullptr) {
			Change &c = ctx.Add(phase, "type", id, Action::kAlter, true,
			                    op::DropAttribute{want.id, a.name, cascade});
			if (cascade) {
				// The typed tables lose the column and its values.
				c.hazards.Add(Hazard::kDeletesData);
				c.hazards.Add(Hazard::kAccessExclusiveLock);
			}
		}
	}
	for (const auto &a : want.attributes) {
		const Attribute *h = FindAttribute(have, a.name);
		// An attribute of a re-created enum moves to the new type.
		const bool changed = h != nullptr && (!(*h == a) || ctx.Retyped(a.type));
		if (h == nullptr) {
			Change &c = ctx.Add(phase, "type", id, Action::kAlter, false,
			                    op::AddAttribute{want.id, a, cascade});
			if (cascade) {
				c.hazards.Add(Hazard::kAccessExclusiveLock); // ADD COLUMN on each typed table
			}
		} else if (changed && stored) {
			ctx.Warn("attribute \"" + a.name + "\" of composite type " + id +
			             " changes type and was not changed",
			         "Table columns store values of the type. Remote definition: ", op::CreateComposite{want});
		} else if (changed) {
			Change &c = ctx.Add(phase, "type", id, Action::kAlter, false,
			                    op::AlterAttributeType{want.id, a, cascade});
			if (cascade) {
				// ALTER COLUMN TYPE on each typed table, with its rules.
				c.hazards.Add(Hazard::kAccessExclusiveLock);
				if (!BinaryCoercibleTypeChange(h->type, a.type)) {
					c.hazards.Add(Hazard::kRewritesTable);
					c.hazards.Add(Hazard::kBuildsIndex);
				}
			}
		}
	}
}

} // namespace

void
DiffComposites(DiffContext &ctx)
{
	for (const auto &[id, want] : ctx.to.composites) {
		auto it = ctx.from.composites.find(id);
		if (it == ctx.from.composites.end()) {
			ctx.Add(Phase::kCreateDomains, "type", QuoteQualified(id), Action::kCreate, false,
			        op::CreateComposite{want})
			    .object = TypeObject(id);
		} else if (!(it->second == want) ||
		           std::any_of(want.attributes.begin(), want.attributes.end(),
		                       [&](const Attribute &a) { return ctx.Retyped(a.type); })) {
			AlterComposite(ctx, it->second, want);
		}
	}
	for (const auto &[id, have] : ctx.from.composites) {
		if (ctx.to.composites.count(id) == 0) {
			ctx.Add(Phase::kDropDomains, "type", QuoteQualified(id), Action::kDrop, true,
			        op::DropType{id})
			    .object = TypeObject(id);
		}
	}
}

} // namespace pgschemadiff

// diff_domains.cpp — CREATE / ALTER / DROP DOMAIN.
// Layer: core/diff. Default, NOT NULL and check constraints change in place
// (ALTER DOMAIN); a changed base type or collation cannot: the domain is
// renamed aside, created again, its columns converted, the old one dropped
// (reported instead when a composite attribute or range uses it). A domain whose
// checks call a function is created after the functions (kCreateLateTypes);
// a check calling a function the migration drops goes before DROP FUNCTION
// and comes back after it.
#include "core/diff/context.hpp"
#include "core/diff/hazards.hpp"
#include "core/plan/objects.hpp"
#include "core/util/quote.hpp"

namespace pgschemadiff {
namespace {

/// The domains one of whose check constraints on the remote calls a
/// routine: such a domain is created (or its checks added) after the
/// routines that need no relation.
std::set<QualifiedName>
DomainsCallingRoutines(const DiffContext &ctx)
{
	// One pass over the edges (a lookup per domain was quadratic at scale).
	std::set<QualifiedName> out;
	for (const auto &e : ctx.to.dependencies) {
		if (e.dependent.kind == ObjectKind::kDomainConstraint) {
			out.insert({e.dependent.schema, e.dependent.name});
		}
	}
	return out;
}

/// True when the local check calls a routine the migration drops.
bool
CallsDroppedRoutine(const DiffContext &ctx, const QualifiedName &id, const std::string &check)
{
	return ctx.routine_dependents.count(
	           {ObjectKind::kDomainConstraint, id.schema, id.name, check}) > 0;
}

void
AlterDomain(DiffContext &ctx, const Domain &have, const Domain &want, Phase phase)
{
	const QualifiedName &id = want.id;
	const auto alter = [&](Action action, bool destructive, Statement statement) -> Change & {
		Change &c =
		    ctx.Add(phase, "type", QuoteQualified(id), action, destructive, std::move(statement));
		c.object = TypeObject(id);
		return c;
	};
	const auto check = [&](const std::string &name) {
		return PartObject(ObjectKind::kDomainConstraint, id, name);
	};
	for (const auto &[name, definition] : have.checks) {
		auto it = want.checks.find(name);
		const bool gone = it == want.checks.end();
		if (CallsDroppedRoutine(ctx, id, name)) {
			// Before DROP FUNCTION; added again below once the routine exists.
			ctx.Add(Phase::kDropDependents, "type", QuoteQualified(id), Action::kDrop, gone,
			        op::DropDomainConstraint{id, name})
			    .object = check(name);
		} else if (gone || it->second != definition) {
			alter(Action::kDrop, gone, op::DropDomainConstraint{id, name}).object = check(name);
		}
	}
	if (have.default_expr != want.default_expr) {
		alter(Action::kAlter, false, op::AlterDomainDefault{id, want.default_expr});
	}
	// ALTER DOMAIN ... SET NOT NULL and ADD CONSTRAINT check every column
	// of the domain, in every table, under SHARE locks (validateDomain*
	// in typecmds.c).
	const auto validates = [](Change &c) {
		c.hazards.Add(Hazard::kShareLock);
		c.hazards.Add(Hazard::kScansTable);
	};
	if (have.not_null != want.not_null) {
		Change &c = alter(Action::kAlter, false, op::AlterDomainNotNull{id, want.not_null});
		if (want.not_null) {
			validates(c);
		}
	}
	for (const auto &[name, definition] : want.checks) {
		auto it = have.checks.find(name);
		if (it == have.checks.end() || it->second != definition ||
		    CallsDroppedRoutine(ctx, id, name)) {
			Change &c =
			    alter(Action::kCreate, false, op::AddDomainConstraint{id, name, definition});
			c.object = check(name);
			const std::string not_valid = " NOT VALID";
			if (definition.size() < not_valid.size() ||
			    definition.compare(definition.size() - not_valid.size(), not_valid.size(),
			                       not_valid) != 0) {
				validates(c);
			}
		}
	}
}

/// A domain over an enum that is re-created cannot follow it (a domain's base
/// type cannot be altered): it is renamed aside and created again over the
/// new type, its columns are converted through text (DiffTables), and the
/// old domain is dropped before the old enum.
void
RecreateDomain(DiffContext &ctx, const Domain &want, Phase phase)
{
	const std::string id = QuoteQualified(want.id);
	const QualifiedName aside{want.id.schema, AsideName(want.id.name)};
	// The old domain, renamed aside, is dropped by phase (late): it is not
	// the object the local graph names any more.
	Change &rename =
	    ctx.Add(phase, "type", id, Action::kAlter, false, op::RenameDomain{want.id, aside.name});
	rename.object = TypeObject(want.id);
	rename.removes = true; // the name is free for CREATE DOMAIN once its dependents are gone
	ctx.Add(phase, "type", id, Action::kCreate, false, op::CreateDomain{want}).object =
	    TypeObject(want.id);
	Change &drop = ctx.Add(Phase::kDropDomains, "type", QuoteQualified(aside), Action::kDrop,
	                       false, op::DropDomain{aside});
	drop.object = TypeObject(aside);
	drop.previous = TypeObject(want.id); // what the local graph calls it
	ctx.recreated_domains.insert(want.id);
	for (const auto &type : TypeSpellings(want.id)) {
		ctx.retyped_types.insert(type);
		ctx.retyped_types.insert(type + "[]");
	}
}

/// True when a composite attribute or a range subtype of the local catalog
/// uses the domain (also as an array): those cannot follow a re-created
/// domain (ALTER TYPE ... ALTER ATTRIBUTE is refused while a column stores
/// the composite; a range's subtype is fixed).
bool
UsedOutsideColumns(const DiffContext &ctx, const QualifiedName &id)
{
	const std::vector<std::string> spellings = TypeSpellings(id);
	const auto is_it = [&](const std::string &type) {
		for (const auto &s : spellings) {
			if (type == s || type == s + "[]") {
				return true;
			}
		}
		return false;
	};
	for (const auto &[cid, c] : ctx.from.composites) {
		for (const auto &a : c.attributes) {
			if (is_it(a.type)) {
				return true;
			}
		}
	}
	for (const auto &[rid, r] : ctx.from.ranges) {
		if (is_it(r.subtype)) {
			return true;
		}
	}
	return false;
}

} // namespace

void
DiffDomains(DiffContext &ctx)
{
	const std::set<QualifiedName> calling = DomainsCallingRoutines(ctx);
	for (const auto &[id, want] : ctx.to.domains) {
		const bool late = calling.count(id) > 0;
		const Phase phase = late ? Phase::kCreateLateTypes : Phase::kCreateDomains;
		auto it = ctx.from.domains.find(id);
		if (it == ctx.from.domains.end()) {
			if (late) {
				ctx.late_types.insert(id);
			}
			ctx.Add(phase, "type", QuoteQualified(id), Action::kCreate, false,
			        op::CreateDomain{want})
			    .object = TypeObject(id);
			continue;
		}
		const Domain &have = it->second;
		if (have.base_type == want.base_type && ctx.Retyped(have.base_type)) {
			RecreateDomain(ctx, want, phase);
			continue;
		}
		bool rebuilt = false;
		for (const auto &[name, definition] : have.checks) {
			rebuilt = rebuilt || CallsDroppedRoutine(ctx, id, name);
		}
		if (have == want && !rebuilt) {
			continue;
		}
		if (have.base_type != want.base_type || have.collation != want.collation) {
			// Not alterable in place: the new domain is built under the old
			// name, every column moves to it (DiffColumns converts through the
			// new base type, so a value that no longer fits fails the
			// migration rather than being cut), the old one is dropped last.
			if (UsedOutsideColumns(ctx, id)) {
				ctx.Warn("domain " + QuoteQualified(id) +
				             " has another base type or collation and was not changed",
				         "A composite type attribute or a range type uses it, and those cannot "
				         "move to a new domain in place. Remote definition: ",
				         op::CreateDomain{want});
				continue;
			}
			RecreateDomain(ctx, want, phase);
			continue;
		}
		AlterDomain(ctx, have, want, phase);
	}
	for (const auto &[id, have] : ctx.from.domains) {
		if (ctx.to.domains.count(id) == 0) {
			ctx.Add(Phase::kDropDomains, "type", QuoteQualified(id), Action::kDrop, true,
			        op::DropDomain{id})
			    .object = TypeObject(id);
		}
	}
}

} // namespace pgschemadiff

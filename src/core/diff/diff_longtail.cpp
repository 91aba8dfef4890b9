// diff_longtail.cpp — base and shell types, operators, operator families and
// classes, casts, conversions, languages, transforms, access methods.
// Layer: core/diff. Created, changed in place where PostgreSQL allows it
// (ALTER TYPE SET, ALTER OPERATOR SET, ALTER OPERATOR FAMILY ADD/DROP, CREATE
// OR REPLACE LANGUAGE/TRANSFORM), else dropped and created again — unless
// something on the local side still depends on the object: then the
// difference is reported in a WARNING (never a DROP that would fail).
// A base type is made as pg_dump makes it: a shell type, its I/O functions
// (which take or return the shell), then CREATE TYPE with every attribute;
// it is dropped with CASCADE, which takes its I/O functions along.
#include "core/diff/context.hpp"
#include "core/plan/objects.hpp"

#include <algorithm>
#include <set>

namespace pgschemadiff {
namespace {

/// The object a change on `o` acts on, named as kDependencies names it.
ObjectRef
LongTailRef(const LongTailObject &o)
{
	if (o.kind == ObjectKind::kBaseType || o.kind == ObjectKind::kShellType) {
		return TypeObject(o.id);
	}
	const ObjectKind kind = o.kind;
	if (kind == ObjectKind::kCast || kind == ObjectKind::kLanguage ||
	    kind == ObjectKind::kAccessMethod || kind == ObjectKind::kTransform) {
		return {kind, "", o.id.name, o.args};
	}
	return {kind, o.id.schema, o.id.name, o.args};
}

/// Phases: the tie-breaking rank; the dependency graph orders them.
Phase
CreatePhase(const LongTailObject &o)
{
	// Shells before the routines; text search parsers and templates before
	// the dictionaries and configurations (kCreateTextSearch), which use them
	// with no statement object the graph could connect.
	return o.kind == ObjectKind::kShellType || o.kind == ObjectKind::kTextSearchParser ||
	               o.kind == ObjectKind::kTextSearchTemplate
	           ? Phase::kCreateCollations
	           : Phase::kCreateLateTypes;
}

/// The kind as statements report it ("base type" and "shell type" are types).
std::string
ChangeKind(const LongTailObject &o)
{
	return o.kind == ObjectKind::kBaseType || o.kind == ObjectKind::kShellType ? "type"
	                                                                           : KindName(o.kind);
}

bool
HasLocalDependents(const DiffContext &ctx, const ObjectRef &ref)
{
	return std::any_of(ctx.from.dependencies.begin(), ctx.from.dependencies.end(),
	                   [&](const DependencyEdge &e) { return e.referenced == ref; });
}

/// The I/O functions of a base type, as the routines' changes name them.
std::vector<ObjectRef>
IoFunctions(const LongTailObject &t)
{
	std::vector<ObjectRef> out;
	for (const auto &[role, f] : t.members) {
		out.push_back({ObjectKind::kFunction, f.at("schema"), f.at("name"), f.at("args")});
	}
	return out;
}

void
Create(DiffContext &ctx, const LongTailObject &o, bool shell_exists)
{
	const std::string identity = LongTailIdentity(o);
	if (o.kind == ObjectKind::kBaseType) {
		if (!shell_exists) {
			ctx.Add(Phase::kCreateCollations, "type", identity, Action::kCreate, false,
			        op::CreateShellType{o.id})
			    .object = ShellTypeObject(o.id);
		}
		Change &c = ctx.Add(Phase::kCreateLateTypes, "type", identity, Action::kCreate, false,
		                    op::CreateLongTail{o});
		c.object = LongTailRef(o);
		c.needs = IoFunctions(o);
		if (!shell_exists) {
			c.needs.push_back(ShellTypeObject(o.id));
		}
		return;
	}
	Change &c = ctx.Add(CreatePhase(o), ChangeKind(o), identity, Action::kCreate, false,
	                    op::CreateLongTail{o});
	c.object = LongTailRef(o);
	if (o.kind == ObjectKind::kOperatorFamily) {
		for (const auto &[key, m] : o.members) {
			ctx.Add(Phase::kCreateLateTypes, o.kind, identity, Action::kAlter, false,
			        op::AddFamilyMember{o, m})
			    .object = LongTailRef(o);
		}
	}
}

void
Drop(DiffContext &ctx, const LongTailObject &o)
{
	ctx.Add(Phase::kDropCollations, ChangeKind(o), LongTailIdentity(o), Action::kDrop,
	        o.kind == ObjectKind::kBaseType, op::DropLongTail{o})
	    .object = LongTailRef(o);
}

void
Report(DiffContext &ctx, const LongTailObject &want, const std::string &why)
{
	ctx.Warn(KindName(want.kind) + (" " + LongTailIdentity(want)) + " differs and was not changed",
	         why + " Remote definition: ", op::CreateLongTail{want});
}

/// Keys whose values differ between the two attribute sets.
std::vector<std::string>
ChangedAttrs(const LongTailAttrs &have, const LongTailAttrs &want)
{
	std::set<std::string> keys;
	for (const auto &[k, v] : have) {
		keys.insert(k);
	}
	for (const auto &[k, v] : want) {
		keys.insert(k);
	}
	std::vector<std::string> out;
	for (const auto &k : keys) {
		auto h = have.find(k);
		auto w = want.find(k);
		if (h == have.end() || w == want.end() || h->second != w->second) {
			out.push_back(k);
		}
	}
	return out;
}

void
Change_(DiffContext &ctx, const LongTailObject &have, const LongTailObject &want)
{
	const std::string identity = LongTailIdentity(want);
	const std::vector<std::string> changed = ChangedAttrs(have.attrs, want.attrs);
	if (want.kind == ObjectKind::kBaseType) {
		// ALTER TYPE ... SET takes these; the rest is fixed at creation, and
		// the columns that store the type keep it from being re-created.
		static const std::set<std::string> kAlterable = {
		    "receive", "send", "typmod_in", "typmod_out", "analyze", "subscript", "storage"};
		std::vector<std::string> fixed;
		for (const auto &k : changed) {
			if (kAlterable.count(k) == 0) {
				fixed.push_back(k);
			}
		}
		if (!fixed.empty()) {
			Report(ctx, want, "A base type cannot change that in place.");
			return;
		}
		if (!changed.empty()) {
			Change &c = ctx.Add(Phase::kCreateLateTypes, "type", identity, Action::kAlter, false,
			                    op::AlterBaseType{want, changed});
			c.object = LongTailRef(want);
			c.needs = IoFunctions(want);
		}
		return;
	}
	if (want.kind == ObjectKind::kOperator && !changed.empty() &&
	    std::all_of(changed.begin(), changed.end(),
	                [](const std::string &k) { return k == "restrict" || k == "join"; })) {
		ctx.Add(Phase::kCreateLateTypes, want.kind, identity, Action::kAlter, false,
		        op::AlterOperatorEstimators{want})
		    .object = LongTailRef(want);
		return;
	}
	if (want.kind == ObjectKind::kLanguage || want.kind == ObjectKind::kTransform) {
		ctx.Add(Phase::kCreateLateTypes, want.kind, identity, Action::kAlter, false,
		        op::ReplaceLongTail{want})
		    .object = LongTailRef(want);
		return;
	}
	if (want.kind == ObjectKind::kOperatorFamily) {
		for (const auto &[key, m] : have.members) {
			auto it = want.members.find(key);
			if (it == want.members.end() || it->second != m) {
				ctx.Add(Phase::kCreateLateTypes, want.kind, identity, Action::kAlter, false,
				        op::DropFamilyMember{have, m})
				    .object = LongTailRef(want);
			}
		}
		for (const auto &[key, m] : want.members) {
			auto it = have.members.find(key);
			if (it == have.members.end() || it->second != m) {
				Change &c = ctx.Add(Phase::kCreateLateTypes, want.kind, identity, Action::kAlter,
				                    false, op::AddFamilyMember{want, m});
				c.object = LongTailRef(want);
			}
		}
		return;
	}
	// Operators, classes, casts, conversions, access methods: drop and
	// create, when nothing local depends on them.
	if (HasLocalDependents(ctx, LongTailRef(have))) {
		Report(ctx, want,
		       "It cannot be altered in place, and other objects depend on it, so it was not "
		       "dropped and created again.");
		return;
	}
	Drop(ctx, have);
	Create(ctx, want, false);
}

/// Drops of a base type's I/O functions go: DROP TYPE ... CASCADE takes
/// them. Creations of them wait for the shell type they take or return.
void
LinkIoFunctions(DiffContext &ctx, const std::set<ObjectRef> &dropped_io,
                const std::map<ObjectRef, ObjectRef> &created_io)
{
	ctx.changes.erase(std::remove_if(ctx.changes.begin(), ctx.changes.end(),
	                                 [&](const Change &c) {
		                                 return c.action == Action::kDrop &&
		                                        dropped_io.count(c.object) > 0;
	                                 }),
	                  ctx.changes.end());
	for (Change &c : ctx.changes) {
		auto it = created_io.find(c.object);
		if (it != created_io.end() && c.action != Action::kDrop) {
			c.needs.push_back(it->second);
		}
	}
}

} // namespace

void
DiffLongTail(DiffContext &ctx)
{
	std::set<ObjectRef> dropped_io;
	std::map<ObjectRef, ObjectRef> created_io;
	for (const auto &[key, want] : ctx.to.longtail) {
		auto it = ctx.from.longtail.find(key);
		if (it != ctx.from.longtail.end()) {
			if (it->second != want) {
				Change_(ctx, it->second, want);
			}
			continue;
		}
		// A shell type the remote has defined since: only CREATE TYPE (...).
		const bool shell_exists =
		    want.kind == ObjectKind::kBaseType &&
		    ctx.from.longtail.count({ObjectKind::kShellType, want.id.schema, want.id.name, ""}) > 0;
		Create(ctx, want, shell_exists);
		if (want.kind == ObjectKind::kBaseType && !shell_exists) {
			for (const ObjectRef &f : IoFunctions(want)) {
				created_io[f] = ShellTypeObject(want.id);
			}
		}
	}
	for (const auto &[key, have] : ctx.from.longtail) {
		if (ctx.to.longtail.count(key) > 0) {
			continue;
		}
		if (have.kind == ObjectKind::kShellType &&
		    ctx.to.longtail.count({ObjectKind::kBaseType, have.id.schema, have.id.name, ""}) > 0) {
			continue; // defined by the migration
		}
		Drop(ctx, have);
		if (have.kind == ObjectKind::kBaseType) {
			for (const ObjectRef &f : IoFunctions(have)) {
				dropped_io.insert(f);
			}
		}
	}
	// Range types with a CANONICAL function (DiffRanges) take the same path.
	for (const auto &[id, want] : ctx.to.ranges) {
		if (want.canonical_function && ctx.from.ranges.count(id) == 0) {
			created_io[*want.canonical_function] = ShellTypeObject(id);
		}
	}
	for (const auto &[id, have] : ctx.from.ranges) {
		if (have.canonical_function && ctx.to.ranges.count(id) == 0) {
			dropped_io.insert(*have.canonical_function);
		}
	}
	LinkIoFunctions(ctx, dropped_io, created_io);
}

} // namespace pgschemadiff

// diff_privileges.cpp — GRANT / REVOKE (option with_privileges).
// Layer: core/diff. Compares, per object, the privileges granted to roles
// other than its owner. An object this migration creates starts with its
// kind's default privileges (PUBLIC may EXECUTE a routine and use a type), so
// a view dropped and created again gets its grants back. Objects the core
// does not migrate (partitions, identity sequences) are left alone.
#include "core/diff/context.hpp"
#include "core/plan/object_kind.hpp"
#include "core/util/quote.hpp"

#include <map>

namespace pgschemadiff {
namespace {

using Grants = PrivilegeGrants;

/// Privileges a newly created object has (acldefault), beside its owner's,
/// when the caller's default privileges are unknown (CreatedObjectGrants).
Grants
Defaults(const ObjectRef &o)
{
	if (o.kind == ObjectKind::kFunction || o.kind == ObjectKind::kProcedure ||
	    o.kind == ObjectKind::kAggregate) {
		return {{{"public", "EXECUTE"}, false}};
	}
	if (o.kind == ObjectKind::kType) {
		return {{{"public", "USAGE"}, false}};
	}
	return {};
}

/// True when the object exists locally and keeps its privileges through the
/// migration (it is neither created nor dropped to be created again).
bool
Kept(const DiffContext &ctx, const ObjectRef &o)
{
	if (!ObjectExists(ctx.from, o) || ctx.created_dependents.count(o) > 0) {
		return false;
	}
	// Dropped and created again (a table that becomes partitioned, an enum
	// whose labels are removed or reordered): it starts with the defaults.
	const QualifiedName id{o.schema, o.name};
	if ((o.kind == ObjectKind::kTable && ctx.dropped_tables.count(id) > 0) ||
	    (o.kind == ObjectKind::kType &&
	     (ctx.recreated_enums.count(id) > 0 || ctx.recreated_domains.count(id) > 0))) {
		return false;
	}
	if (o.kind == ObjectKind::kColumn) {
		// A column of a view created again starts with no privileges, as the
		// view does.
		for (ObjectKind kind : {ObjectKind::kView, ObjectKind::kMaterializedView}) {
			if (ctx.created_dependents.count({kind, o.schema, o.name, ""}) > 0) {
				return false;
			}
		}
		return !ctx.ColumnGoes({o.schema, o.name}, o.sub);
	}
	return true;
}

std::map<ObjectRef, Grants>
ByObject(const std::vector<Privilege> &privileges)
{
	std::map<ObjectRef, Grants> out;
	for (const auto &p : privileges) {
		out[p.object][{p.grantee, p.privilege}] = p.grantable;
	}
	return out;
}

/// Objects of the remote that this migration creates (or re-creates).
std::vector<ObjectRef>
CreatedObjects(const DiffContext &ctx)
{
	std::vector<ObjectRef> all;
	for (const auto &[name, s] : ctx.to.schemas) {
		all.push_back({ObjectKind::kSchema, name, "", ""});
	}
	for (const auto &[id, t] : ctx.to.tables) {
		all.push_back({ObjectKind::kTable, id.schema, id.name, ""});
	}
	for (const auto &[id, t] : ctx.to.foreign_tables) {
		all.push_back({ObjectKind::kTable, id.schema, id.name, ""});
	}
	for (const auto &[id, v] : ctx.to.views) {
		all.push_back({v.materialized ? ObjectKind::kMaterializedView : ObjectKind::kView,
		               id.schema, id.name, ""});
	}
	for (const auto &[id, s] : ctx.to.sequences) {
		all.push_back({ObjectKind::kSequence, id.schema, id.name, ""});
	}
	for (const auto &[key, f] : ctx.to.routines) {
		all.push_back({f.procedure ? ObjectKind::kProcedure : ObjectKind::kFunction, f.id.schema,
		               f.id.name, f.identity_args});
	}
	for (const auto &[key, a] : ctx.to.aggregates) {
		all.push_back({ObjectKind::kAggregate, a.id.schema, a.id.name, a.identity_args});
	}
	for (const auto &[id, e] : ctx.to.enums) {
		all.push_back({ObjectKind::kType, id.schema, id.name, ""});
	}
	for (const auto &[id, d] : ctx.to.domains) {
		all.push_back({ObjectKind::kType, id.schema, id.name, ""});
	}
	for (const auto &[id, c] : ctx.to.composites) {
		all.push_back({ObjectKind::kType, id.schema, id.name, ""});
	}
	for (const auto &[id, r] : ctx.to.ranges) {
		all.push_back({ObjectKind::kType, id.schema, id.name, ""});
	}
	for (const auto &[key, o] : ctx.to.longtail) {
		if (o.kind == ObjectKind::kBaseType) {
			all.push_back({ObjectKind::kType, o.id.schema, o.id.name, ""});
		}
	}
	for (const auto &[name, w] : ctx.to.foreign_data_wrappers) {
		all.push_back({ObjectKind::kForeignDataWrapper, "", name, ""});
	}
	for (const auto &[name, s] : ctx.to.foreign_servers) {
		all.push_back({ObjectKind::kServer, "", name, ""});
	}
	std::vector<ObjectRef> out;
	for (auto &o : all) {
		if (!Kept(ctx, o)) {
			out.push_back(std::move(o));
		}
	}
	return out;
}

} // namespace

void
DiffPrivileges(DiffContext &ctx)
{
	const auto have_all = ByObject(ctx.from.privileges);
	const auto want_all = ByObject(ctx.to.privileges);
	std::set<ObjectRef> objects;
	for (const auto &[o, g] : have_all) {
		objects.insert(o);
	}
	for (const auto &[o, g] : want_all) {
		objects.insert(o);
	}
	// A created object may start with privileges the remote's lacks (PUBLIC
	// may execute a function; default privileges), also when it lists none.
	for (auto &o : CreatedObjects(ctx)) {
		objects.insert(std::move(o));
	}
	PrivilegeSteps steps;
	for (const auto &o : objects) {
		if (!ObjectExists(ctx.to, o)) {
			continue; // dropped, or a kind the core does not migrate
		}
		Grants have = CreatedObjectGrants(ctx, o.kind, o.schema).value_or(Defaults(o));
		if (Kept(ctx, o)) {
			auto it = have_all.find(o);
			have = it == have_all.end() ? Grants{} : it->second;
		}
		auto wit = want_all.find(o);
		const Grants want = wit == want_all.end() ? Grants{} : wit->second;
		steps.Compare(o, have, want);
	}
	steps.AddTo(ctx);
}

void
PrivilegeSteps::Compare(const ObjectRef &o, const PrivilegeGrants &have,
                        const PrivilegeGrants &want)
{
	for (const auto &[key, grantable] : have) {
		auto it = want.find(key);
		if (it == want.end()) {
			revokes_.push_back({{o, key.first, key.second, grantable}, false, false});
		} else if (grantable && !it->second) {
			revokes_.push_back({{o, key.first, key.second, false}, false, true});
		}
	}
	for (const auto &[key, grantable] : want) {
		auto it = have.find(key);
		if (it == have.end() || (grantable && !it->second)) {
			grants_.push_back({{o, key.first, key.second, grantable}, true, false});
		}
	}
}

void
PrivilegeSteps::AddTo(DiffContext &ctx) const
{
	for (const auto *steps : {&revokes_, &grants_}) {
		for (const auto &s : *steps) {
			const Privilege &p = s.privilege;
			ctx.Add(Phase::kPrivileges, "privilege",
			        p.privilege + " on " + ObjectIdentity(p.object) + " to " +
			            (p.grantee == "public" ? "PUBLIC" : QuoteIdent(p.grantee)),
			        s.grant ? Action::kCreate : Action::kDrop, false,
			        s.grant ? Statement(op::Grant{p}) : Statement(op::Revoke{p, s.option_only}))
			    .needs.push_back(p.object);
		}
	}
}

} // namespace pgschemadiff

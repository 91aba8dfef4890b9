// diff_system_privileges.cpp — owners and GRANT / REVOKE on the objects
// initdb made: relations, columns and routines of pg_catalog, the public
// schema, the language plpgsql (option with_privileges).
// Layer: core/diff. pg_dump prints these ACLs where they depart from
// pg_init_privs (dumpACL), comparing the items as text, so the owner's own
// privileges count, and an owner change shows in them (ALTER … OWNER TO
// rewrites every item, aclnewowner): the owner is migrated with the ACL.
// An object listed on one side only is at initdb's state on the other (both
// sides are taken to have the same initial privileges). Objects a user's
// extension installs are never read (their oids are above initdb's). The
// public schema's privileges to roles other than its owner stay with
// DiffPrivileges (it is a user schema too); here only its owner's own.
#include "core/diff/context.hpp"
#include "core/plan/object_kind.hpp"
#include "core/util/quote.hpp"

#include <map>
#include <set>

namespace pgschemadiff {
namespace {

/// The keyword ALTER … OWNER TO takes for the kind; nullptr for a column,
/// whose owner is its table's.
const char *
OwnerKeyword(ObjectKind kind)
{
	const KindTraits &t = Traits(kind);
	return t.kind == ObjectKind::kUnknown || t.naming == Naming::kColumn ? nullptr : t.keyword;
}

/// The object at initdb's state, as the other side's rows describe it.
SystemAcl
AtInitdb(const SystemAcl &other)
{
	SystemAcl out;
	out.owner = other.initdb_owner;
	out.initdb_owner = other.initdb_owner;
	out.current = other.initial;
	out.initial = other.initial;
	return out;
}

/// grantee, privilege -> grantable
std::map<std::pair<std::string, std::string>, bool>
ByKey(const std::set<AclEntry> &acl, const std::string &owner, bool owner_only)
{
	std::map<std::pair<std::string, std::string>, bool> out;
	for (const auto &[grantee, privilege, grantable] : acl) {
		if (owner_only && grantee != owner) {
			continue;
		}
		bool &g = out[{grantee, privilege}];
		g = g || grantable;
	}
	return out;
}

} // namespace

void
DiffSystemPrivileges(DiffContext &ctx)
{
	// What initdb made differs between majors (the public schema's owner and
	// ACL changed in 15, functions come and go): compared only between
	// servers of the same major, and said so otherwise.
	const int local_major = ctx.from.server_version / 10000;
	const int remote_major = ctx.to.server_version / 10000;
	if (local_major != 0 && remote_major != 0 && local_major != remote_major) {
		if (!ctx.to.system_acls.empty() || !ctx.from.system_acls.empty()) {
			ctx.Notice("privileges and owners of objects initdb made were not compared",
			           "The remote runs PostgreSQL " + std::to_string(remote_major) +
			               " and this server " + std::to_string(local_major) +
			               ": their initdb objects and defaults differ.");
		}
		return;
	}
	std::set<ObjectRef> objects;
	for (const auto &[o, acl] : ctx.from.system_acls) {
		objects.insert(o);
	}
	for (const auto &[o, acl] : ctx.to.system_acls) {
		objects.insert(o);
	}
	PrivilegeSteps steps;
	std::map<std::string, std::vector<std::string>> missing; // role -> objects left out
	for (const auto &o : objects) {
		auto lit = ctx.from.system_acls.find(o);
		auto rit = ctx.to.system_acls.find(o);
		const SystemAcl have =
		    lit != ctx.from.system_acls.end() ? lit->second : AtInitdb(rit->second);
		SystemAcl want = rit != ctx.to.system_acls.end() ? rit->second : AtInitdb(lit->second);
		if (have.owner == have.initdb_owner && want.owner == want.initdb_owner &&
		    have.owner != want.owner) {
			// Each side still has its own initdb's owner (pg_database_owner
			// for public from 14, the bootstrap superuser before): the same
			// owner across majors, and the remote's items naming it name ours.
			std::set<AclEntry> mapped;
			for (const auto &[grantee, privilege, grantable] : want.current) {
				mapped.emplace(grantee == want.owner ? have.owner : grantee, privilege, grantable);
			}
			want.current = std::move(mapped);
			want.owner = have.owner;
			want.initdb_owner = have.initdb_owner;
		}
		const char *keyword = OwnerKeyword(o.kind);
		const bool new_owner = keyword != nullptr && have.owner != want.owner;
		// Every role named must exist here, or the object is left as it is.
		std::set<std::string> roles;
		if (new_owner) {
			roles.insert(want.owner);
		}
		for (const auto &[grantee, privilege, grantable] : want.current) {
			if (grantee != "public") {
				roles.insert(grantee);
			}
		}
		bool complete = true;
		for (const auto &role : roles) {
			if (ctx.from.roles.count(role) == 0) {
				missing[role].push_back(KindName(o.kind) + (" " + ObjectIdentity(o)));
				complete = false;
			}
		}
		if (!complete) {
			continue;
		}
		std::set<AclEntry> acl = have.current;
		if (new_owner) {
			// with_owners migrates the public schema's owner itself.
			if (!(ctx.options.with_owners && ctx.to.owners.count(o) > 0)) {
				ctx.Add(Phase::kOwners, "owner", ObjectIdentity(o), Action::kAlter, false,
				        op::Owner{o, keyword, want.owner})
				    .needs.push_back(o);
			}
			// What ALTER … OWNER TO does to the items (aclnewowner).
			std::set<AclEntry> renamed;
			for (const auto &[grantee, privilege, grantable] : acl) {
				renamed.emplace(grantee == have.owner ? want.owner : grantee, privilege, grantable);
			}
			acl = std::move(renamed);
		}
		const bool owner_only = o.kind == ObjectKind::kSchema;
		const auto now = ByKey(acl, want.owner, owner_only);
		const auto target = ByKey(want.current, want.owner, owner_only);
		steps.Compare(o, now, target);
	}
	steps.AddTo(ctx);
	for (const auto &[role, what] : missing) {
		std::string detail;
		for (const auto &w : what) {
			detail += (detail.empty() ? "" : "; ") + w;
		}
		ctx.Warn("role " + QuoteIdent(role) +
		             " does not exist locally: privileges on system objects that name it were not "
		             "migrated",
		         "Not migrated: " + detail + ". Create the role and run schema_diff again.");
	}
}

} // namespace pgschemadiff

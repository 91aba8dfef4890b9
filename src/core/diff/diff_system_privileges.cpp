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
#include "core/util/quote.hpp"

#include <map>
#include <set>

namespace pgschemadiff {
namespace {

/// The keyword ALTER … OWNER TO takes for the kind; nullptr for a column,
/// whose owner is its table's.
const char *
OwnerKeyword(const std::string &kind)
{
	if (kind == "table") {
		return "TABLE";
	}
	if (kind == "sequence") {
		return "SEQUENCE";
	}
	if (kind == "function") {
		return "FUNCTION";
	}
	if (kind == "procedure") {
		return "PROCEDURE";
	}
	if (kind == "aggregate") {
		return "AGGREGATE";
	}
	if (kind == "language") {
		return "LANGUAGE";
	}
	if (kind == "schema") {
		return "SCHEMA";
	}
	return nullptr;
}

std::string
Target(const ObjectRef &o)
{
	if (o.kind == "schema") {
		return QuoteIdent(o.schema);
	}
	if (o.schema.empty()) {
		return QuoteIdent(o.name);
	}
	std::string target = QuoteQualified({o.schema, o.name});
	if (o.kind == "column") {
		target += "." + QuoteIdent(o.sub);
	} else if (o.kind == "function" || o.kind == "procedure" || o.kind == "aggregate") {
		target += "(" + o.sub + ")";
	}
	return target;
}

std::string
Identity(const ObjectRef &o, const std::string &privilege, const std::string &grantee)
{
	return privilege + " on " + Target(o) + " to " +
	       (grantee == "public" ? "PUBLIC" : QuoteIdent(grantee));
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
	std::set<ObjectRef> objects;
	for (const auto &[o, acl] : ctx.from.system_acls) {
		objects.insert(o);
	}
	for (const auto &[o, acl] : ctx.to.system_acls) {
		objects.insert(o);
	}
	struct Step {
		Privilege privilege;
		bool grant;
		bool option_only;
	};
	std::vector<Step> revokes;
	std::vector<Step> grants;
	std::map<std::string, std::vector<std::string>> missing; // role -> objects left out
	for (const auto &o : objects) {
		auto lit = ctx.from.system_acls.find(o);
		auto rit = ctx.to.system_acls.find(o);
		const SystemAcl have =
		    lit != ctx.from.system_acls.end() ? lit->second : AtInitdb(rit->second);
		const SystemAcl want =
		    rit != ctx.to.system_acls.end() ? rit->second : AtInitdb(lit->second);
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
				missing[role].push_back(o.kind + " " + Target(o));
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
				ctx.Add(Phase::kOwners, "owner", Target(o), Action::kAlter, false,
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
		const bool owner_only = o.kind == "schema";
		const auto now = ByKey(acl, want.owner, owner_only);
		const auto target = ByKey(want.current, want.owner, owner_only);
		for (const auto &[key, grantable] : now) {
			auto it = target.find(key);
			if (it == target.end()) {
				revokes.push_back({{o, key.first, key.second, grantable}, false, false});
			} else if (grantable && !it->second) {
				revokes.push_back({{o, key.first, key.second, false}, false, true});
			}
		}
		for (const auto &[key, grantable] : target) {
			auto it = now.find(key);
			if (it == now.end() || (grantable && !it->second)) {
				grants.push_back({{o, key.first, key.second, grantable}, true, false});
			}
		}
	}
	// Every REVOKE before any GRANT: revoking a table privilege also revokes
	// it on the table's columns, which a column GRANT may then restore.
	for (const auto *steps : {&revokes, &grants}) {
		for (const auto &s : *steps) {
			const Privilege &p = s.privilege;
			ctx.Add(Phase::kPrivileges, "privilege", Identity(p.object, p.privilege, p.grantee),
			        s.grant ? Action::kCreate : Action::kDrop, false,
			        s.grant ? Statement(op::Grant{p}) : Statement(op::Revoke{p, s.option_only}))
			    .needs.push_back(p.object);
		}
	}
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

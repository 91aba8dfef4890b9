// diff_default_privileges.cpp — ALTER DEFAULT PRIVILEGES (option with_privileges).
// Layer: core/diff. Compares pg_default_acl entries by (role, schema, object
// type). A role's global entry replaces the built-in defaults, so a missing
// one stands for acldefault (the local server's: the statements run there);
// REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC is a real difference. An entry for
// a schema adds to the global one and is compared on its own. Roles are
// shared by a cluster, not by the two databases: a role (or grantee) the
// remote names but the local cluster lacks gets no statement and a WARNING.
// The statements run before any object is created, so objects this migration
// creates get the remote's defaults (for the role that applies it).
#include "core/diff/context.hpp"
#include "core/util/quote.hpp"

#include <map>
#include <vector>

namespace pgschemadiff {
namespace {

/// The privileges `key` gives: its entry, or for a role's global defaults
/// without an entry the built-in ones of `builtin` (grantee "" is the role).
AclGrants
Effective(const DefaultAcls &acls, const DefaultAcls &builtin, const DefaultAclKey &key)
{
	auto it = acls.entries.find(key);
	if (it != acls.entries.end()) {
		return it->second;
	}
	AclGrants out;
	if (!key.schema.empty()) {
		return out;
	}
	auto b = builtin.builtin.find(key.object_type);
	if (b != builtin.builtin.end()) {
		for (const auto &[grant, grantable] : b->second) {
			out[{grant.first.empty() ? key.role : grant.first, grant.second}] = grantable;
		}
	}
	return out;
}

std::string
Objects(const DefaultAclKey &key)
{
	std::string out = DefaultAclObjects(key.object_type);
	for (auto &c : out) {
		c = static_cast<char>(c - 'A' + 'a');
	}
	return out;
}

std::string
Grantee(const std::string &role)
{
	return role == "public" ? "PUBLIC" : QuoteIdent(role);
}

std::string
Describe(const DefaultAclKey &key)
{
	std::string out = Objects(key) + " for " + QuoteIdent(key.role);
	if (!key.schema.empty()) {
		out += " in " + QuoteIdent(key.schema);
	}
	return out;
}

struct Step {
	DefaultAclKey key;
	std::string grantee;
	std::string privilege;
	bool grantable;
	bool option_only;
};

/// pg_default_acl.defaclobjtype for objects of a kind, 0 when it has none.
char
ObjectType(ObjectKind kind)
{
	if (kind == ObjectKind::kTable || kind == ObjectKind::kView ||
	    kind == ObjectKind::kMaterializedView) {
		return 'r';
	}
	if (kind == ObjectKind::kSequence) {
		return 'S';
	}
	if (kind == ObjectKind::kFunction || kind == ObjectKind::kProcedure ||
	    kind == ObjectKind::kAggregate) {
		return 'f';
	}
	if (kind == ObjectKind::kType) {
		return 'T';
	}
	return kind == ObjectKind::kSchema ? 'n' : 0;
}

} // namespace

std::optional<AclGrants>
CreatedObjectGrants(const DiffContext &ctx, ObjectKind kind, const std::string &schema)
{
	const std::string &role = ctx.from.current_role;
	const char type = ObjectType(kind);
	if (role.empty() || type == 0) {
		return std::nullopt;
	}
	// DiffDefaultPrivileges makes the local entries the remote's (its
	// statements run before any object is created), but for grantees that
	// do not exist here.
	const DefaultAcls &local = ctx.from.default_acls;
	const DefaultAcls &target = ctx.options.with_privileges ? ctx.to.default_acls : local;
	AclGrants out;
	std::vector<DefaultAclKey> keys{{role, "", type}};
	if (type != 'n') {
		keys.push_back({role, schema, type}); // adds to the global entry
	}
	for (const auto &key : keys) {
		for (const auto &[grant, grantable] : Effective(target, local, key)) {
			if (grant.first == role ||
			    (grant.first != "public" && ctx.from.roles.count(grant.first) == 0)) {
				continue; // the owner's own, or a grantee missing here
			}
			out[grant] = out[grant] || grantable;
		}
	}
	return out;
}

void
DiffDefaultPrivileges(DiffContext &ctx)
{
	const DefaultAcls &have_all = ctx.from.default_acls;
	const DefaultAcls &want_all = ctx.to.default_acls;
	std::set<DefaultAclKey> keys;
	for (const auto *acls : {&have_all, &want_all}) {
		for (const auto &[key, grants] : acls->entries) {
			keys.insert(key);
		}
	}
	// role missing locally -> what was left out because of it
	std::map<std::string, std::vector<std::string>> missing;
	const auto exists = [&](const std::string &role) {
		return role == "public" || ctx.from.roles.count(role) > 0;
	};
	std::vector<Step> revokes;
	std::vector<Step> grants;
	for (const auto &key : keys) {
		if (!key.schema.empty() && ctx.to.schemas.count(key.schema) == 0) {
			continue; // the schema goes, and its entries with it
		}
		const AclGrants have = Effective(have_all, have_all, key);
		const AclGrants want = Effective(want_all, have_all, key);
		if (have == want) {
			continue;
		}
		if (!exists(key.role)) {
			missing[key.role].push_back("default privileges on " + Describe(key));
			continue;
		}
		for (const auto &[grant, grantable] : have) {
			auto it = want.find(grant);
			if (it == want.end()) {
				revokes.push_back({key, grant.first, grant.second, false, false});
			} else if (grantable && !it->second) {
				revokes.push_back({key, grant.first, grant.second, false, true});
			}
		}
		for (const auto &[grant, grantable] : want) {
			auto it = have.find(grant);
			if (it != have.end() && (it->second || !grantable)) {
				continue;
			}
			if (!exists(grant.first)) {
				missing[grant.first].push_back(grant.second + " on " + Describe(key) + " to " +
				                               Grantee(grant.first));
				continue;
			}
			grants.push_back({key, grant.first, grant.second, grantable, false});
		}
	}
	for (const auto *steps : {&revokes, &grants}) {
		for (const auto &s : *steps) {
			const std::string identity =
			    s.privilege + " on " + Describe(s.key) + " to " + Grantee(s.grantee);
			const bool grant = steps == &grants;
			ctx.Add(
			    Phase::kDefaultPrivileges, "default privilege", identity,
			    grant ? Action::kCreate : Action::kDrop, false,
			    grant ? Statement(op::GrantDefault{s.key, s.grantee, s.privilege, s.grantable})
			          : Statement(op::RevokeDefault{s.key, s.grantee, s.privilege, s.option_only}));
		}
	}
	for (const auto &[role, what] : missing) {
		std::string detail;
		for (const auto &w : what) {
			detail += (detail.empty() ? "" : "; ") + w;
		}
		ctx.Warn("role " + QuoteIdent(role) +
		             " does not exist locally: default privileges naming it were not migrated",
		         "Left out: " + detail + ". Create the role and run schema_diff again.");
	}
}

} // namespace pgschemadiff

// privileges.cpp — SQL text for GRANT and REVOKE, the objects they name, and
// ALTER DEFAULT PRIVILEGES (as pg_dump's dumpDefaultACL).
// Layer: core/render.
#include "core/render/ddl.hpp"

#include "core/plan/object_kind.hpp"
#include "core/util/quote.hpp"

namespace pgschemadiff {
namespace render {

namespace {

std::string
PrivilegeClause(const Privilege &p)
{
	std::string out = p.privilege;
	if (p.object.kind == ObjectKind::kColumn) {
		out += " (" + QuoteIdent(p.object.sub) + ")";
	}
	return out + " ON " + PrivilegeTarget(p.object);
}

std::string
Grantee(const std::string &role)
{
	return role == "public" ? "PUBLIC" : QuoteIdent(role);
}

std::string
AlterDefault(const DefaultAclKey &key)
{
	std::string out = "ALTER DEFAULT PRIVILEGES FOR ROLE " + QuoteIdent(key.role);
	if (!key.schema.empty()) {
		out += " IN SCHEMA " + QuoteIdent(key.schema);
	}
	return out + " ";
}

} // namespace

std::string
Grant(const Privilege &p)
{
	return "GRANT " + PrivilegeClause(p) + " TO " + Grantee(p.grantee) +
	       (p.grantable ? " WITH GRANT OPTION;" : ";");
}

std::string
Revoke(const Privilege &p, bool grant_option_only)
{
	return std::string("REVOKE ") + (grant_option_only ? "GRANT OPTION FOR " : "") +
	       PrivilegeClause(p) + " FROM " + Grantee(p.grantee) + ";";
}

std::string
GrantDefault(const DefaultAclKey &key, const std::string &grantee, const std::string &privilege,
             bool grantable)
{
	return AlterDefault(key) + "GRANT " + privilege + " ON " + DefaultAclObjects(key.object_type) +
	       " TO " + Grantee(grantee) + (grantable ? " WITH GRANT OPTION;" : ";");
}

std::string
RevokeDefault(const DefaultAclKey &key, const std::string &grantee, const std::string &privilege,
              bool grant_option_only)
{
	return AlterDefault(key) + "REVOKE " + (grant_option_only ? "GRANT OPTION FOR " : "") +
	       privilege + " ON " + DefaultAclObjects(key.object_type) + " FROM " + Grantee(grantee) +
	       ";";
}

} // namespace render
} // namespace pgschemadiff

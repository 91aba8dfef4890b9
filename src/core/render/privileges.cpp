// privileges.cpp — SQL text for GRANT and REVOKE, the objects they name, and
// ALTER DEFAULT PRIVILEGES (as pg_dump's dumpDefaultACL).
// Layer: core/render.
#include "core/render/ddl.hpp"

#include "core/render/quote.hpp"

namespace pgschemadiff {
namespace render {

std::string
PrivilegeTarget(const ObjectRef &o)
{
	if (o.kind == "schema") {
		return "SCHEMA " + QuoteIdent(o.schema);
	}
	const std::string name = QuoteQualified({o.schema, o.name});
	if (o.kind == "function" || o.kind == "procedure") {
		return (o.kind == "function" ? "FUNCTION " : "PROCEDURE ") + name + "(" + o.sub + ")";
	}
	if (o.kind == "aggregate") {
		// GRANT names an aggregate as a FUNCTION, by its plain argument types:
		// an ordered-set aggregate's "a ORDER BY b" becomes "a, b".
		std::string args = o.sub;
		if (args.compare(0, 9, "ORDER BY ") == 0) {
			args.erase(0, 9);
		}
		const auto at = args.find(" ORDER BY ");
		if (at != std::string::npos) {
			args.replace(at, 10, ", ");
		}
		return "FUNCTION " + name + "(" + args + ")";
	}
	if (o.kind == "sequence") {
		return "SEQUENCE " + name;
	}
	if (o.kind == "type") {
		return "TYPE " + name; // also a domain, a composite or a range type
	}
	if (o.kind == "foreign-data wrapper") {
		return "FOREIGN DATA WRAPPER " + QuoteIdent(o.name);
	}
	if (o.kind == "server") {
		return "FOREIGN SERVER " + QuoteIdent(o.name);
	}
	if (o.kind == "language") {
		return "LANGUAGE " + QuoteIdent(o.name);
	}
	return "TABLE " + name; // tables, views, materialized views, and columns of them
}

namespace {

std::string
PrivilegeClause(const Privilege &p)
{
	std::string out = p.privilege;
	if (p.object.kind == "column") {
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

const char *
DefaultAclObjects(char object_type)
{
	switch (object_type) {
	case 'S':
		return "SEQUENCES";
	case 'f':
		return "FUNCTIONS";
	case 'T':
		return "TYPES";
	case 'n':
		return "SCHEMAS";
	default:
		return "TABLES";
	}
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

// default_acl.hpp — default privileges (pg_default_acl) and the roles they name.
// Layer: core/model. Pure data. A role's global entry (no schema) replaces
// the built-in defaults (acldefault) for objects it creates; an entry for a
// schema adds to it. A missing global entry therefore stands for acldefault.
#pragma once

#include "core/util/cpp_only_file.hpp"

#include <map>
#include <set>
#include <string>
#include <tuple>
#include <utility>

namespace pgschemadiff {

/// (grantee, privilege) -> grantable; grantee "public" is PUBLIC.
using AclGrants = std::map<std::pair<std::string, std::string>, bool>;

struct DefaultAclKey {
	std::string role;       // pg_default_acl.defaclrole
	std::string schema;     // empty: the role's global entry (defaclnamespace = 0)
	char object_type = 'r'; // defaclobjtype: r tables, S sequences, f functions, T types, n schemas
	auto Tie() const { return std::tie(role, schema, object_type); }
	bool operator==(const DefaultAclKey &o) const { return Tie() == o.Tie(); }
	bool operator<(const DefaultAclKey &o) const { return Tie() < o.Tie(); }
};

struct DefaultAcls {
	/// Every pg_default_acl entry; an entry may grant nothing (a global entry
	/// that revokes everything, even from the role itself).
	std::map<DefaultAclKey, AclGrants> entries;
	/// acldefault per object type, as the server computes it; grantee ""
	/// stands for the role the defaults belong to.
	std::map<char, AclGrants> builtin;
};

/// TABLES, SEQUENCES, FUNCTIONS, TYPES, SCHEMAS for pg_default_acl.defaclobjtype.
inline const char *
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

} // namespace pgschemadiff

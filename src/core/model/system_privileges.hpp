// system_privileges.hpp — the owner and ACL of an object initdb made
// (pg_catalog relations, columns and routines, the public schema, plpgsql),
// read only when they depart from what initdb left (kSystemPrivileges).
// Layer: core/model. Pure data.
#pragma once

#include "core/util/cpp_only_file.hpp"

#include <set>
#include <string>
#include <tuple>

namespace pgschemadiff {

/// grantee ("public" for PUBLIC), privilege, grantable
using AclEntry = std::tuple<std::string, std::string, bool>;

struct SystemAcl {
	std::string owner;
	std::string initdb_owner;   // the role initdb gave it (pg_database_owner for public)
	std::set<AclEntry> current; // the owner's own privileges included
	std::set<AclEntry> initial; // pg_init_privs, or the kind's default
};

} // namespace pgschemadiff

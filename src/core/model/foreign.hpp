// foreign.hpp — foreign-data wrappers, servers and foreign tables (SQL/MED).
// Layer: core/model. Pure data; equality through Tie(). Wrappers of
// extensions (postgres_fdw, file_fdw) are left to them, those a user made are
// compared; user mappings are compared with with_privileges, and never
// copied when they hold a password.
#pragma once

#include "core/model/identity.hpp"
#include "core/util/cpp_only_file.hpp"

#include <algorithm>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace pgschemadiff {

/// Generic options (OPTIONS (name 'value', ...)), in catalog order.
using FdwOptions = std::vector<std::pair<std::string, std::string>>;

/// A foreign-data wrapper a user made (those of extensions are left to them).
struct ForeignDataWrapper {
	std::string name;
	std::optional<std::string> handler;   // regproc text, for the HANDLER clause
	std::optional<std::string> validator; // regproc text, for the VALIDATOR clause
	FdwOptions options;
	// The functions as objects (kind "function"): what the wrapper needs.
	std::vector<std::vector<std::string>> functions; // {schema, name, identity args}
	auto Tie() const { return std::tie(name, handler, validator, options); }
	bool operator==(const ForeignDataWrapper &o) const { return Tie() == o.Tie(); }
};

struct ForeignServer {
	std::string name;
	std::string wrapper;
	std::optional<std::string> type;
	std::optional<std::string> version;
	FdwOptions options;
	bool has_user_mappings = false; // not compared: mappings are never copied
	auto Tie() const { return std::tie(name, wrapper, type, version, options); }
	bool operator==(const ForeignServer &o) const { return Tie() == o.Tie(); }
};

/// A user mapping (with_privileges), by server and user ("public" for PUBLIC).
struct UserMapping {
	std::string server;
	std::string user;
	FdwOptions options; // by name (umoptions sorted)
	/// false when pg_user_mappings hides the options from the reading role
	/// (it is neither the mapped user with USAGE, nor the server's owner for
	/// PUBLIC, nor a superuser): options are then unknown, not empty.
	bool visible = true;
	auto Tie() const { return std::tie(server, user, options, visible); }
	bool operator==(const UserMapping &o) const { return Tie() == o.Tie(); }
};

struct ForeignColumn {
	std::string name;
	std::string type; // format_type
	bool not_null = false;
	std::optional<std::string> default_expr;
	FdwOptions options;
	auto Tie() const { return std::tie(name, type, not_null, default_expr, options); }
	bool operator==(const ForeignColumn &o) const { return Tie() == o.Tie(); }
};

/// What one ALTER FOREIGN TABLE ... ALTER COLUMN statement changes.
enum class ForeignColumnPart { kType, kNotNull, kDefault, kOptions };

/// True when both lists set the same options to the same values (in any order).
inline bool
SameOptions(FdwOptions a, FdwOptions b)
{
	std::sort(a.begin(), a.end());
	std::sort(b.begin(), b.end());
	return a == b;
}

struct ForeignTable {
	QualifiedName id;
	std::string server;
	FdwOptions options;
	std::vector<ForeignColumn> columns; // in attnum order
	const ForeignColumn *FindColumn(const std::string &name) const
	{
		for (const auto &c : columns) {
			if (c.name == name) {
				return &c;
			}
		}
		return nullptr;
	}
	auto Tie() const { return std::tie(id, server, options, columns); }
	bool operator==(const ForeignTable &o) const { return Tie() == o.Tie(); }
};

} // namespace pgschemadiff

// foreign.hpp — foreign servers and foreign tables (SQL/MED).
// Layer: core/model. Pure data; equality through Tie(). Foreign-data wrappers
// come from extensions (postgres_fdw, file_fdw) and are left to them; user
// mappings hold credentials and are never copied between databases.
#pragma once

#include "core/model/identity.hpp"
#include "core/util/cpp_only_file.hpp"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace pgschemadiff {

/// Generic options (OPTIONS (name 'value', ...)), in catalog order.
using FdwOptions = std::vector<std::pair<std::string, std::string>>;

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

struct ForeignColumn {
	std::string name;
	std::string type; // format_type
	bool not_null = false;
	std::optional<std::string> default_expr;
	FdwOptions options;
	auto Tie() const { return std::tie(name, type, not_null, default_expr, options); }
	bool operator==(const ForeignColumn &o) const { return Tie() == o.Tie(); }
};

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

// table.hpp — tables and what hangs off them: columns, constraints, indexes.
// Layer: core/model. Pure data; equality through Tie().
#pragma once

#include "core/model/identity.hpp"
#include "core/util/boxed.hpp"
#include "core/util/cpp_only_file.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace pgschemadiff {

struct IdentitySpec {
	char kind = 0; // 'a' ALWAYS, 'd' BY DEFAULT
	QualifiedName sequence;
	std::string data_type;
	std::string start;
	std::string increment;
	std::string min_value;
	std::string max_value;
	std::string cache;
	bool cycle = false;
	auto OptionsTie() const
	{
		return std::tie(start, increment, min_value, max_value, cache, cycle);
	}
	auto Tie() const
	{
		return std::tie(kind, sequence, data_type, start, increment, min_value, max_value, cache,
		                cycle);
	}
	bool operator==(const IdentitySpec &o) const { return Tie() == o.Tie(); }
};

/// Per-column settings outside the column's definition (ALTER TABLE ... ALTER
/// COLUMN ... SET ...); unset members are the defaults.
struct ColumnOptions {
	Boxed<std::string> statistics;  // SET STATISTICS n
	std::optional<char> storage;    // SET STORAGE, when not the type's: p e m x
	Boxed<std::string> compression; // SET COMPRESSION pglz / lz4
	std::vector<std::string> options;       // SET (name=value, ...), as attoptions holds them
	char type_storage = 0; // the type's typstorage (what RESET means); not compared
	auto Tie() const { return std::tie(statistics, storage, compression, options); }
	bool operator==(const ColumnOptions &o) const { return Tie() == o.Tie(); }
	bool operator!=(const ColumnOptions &o) const { return !(*this == o); }
};

struct Column {
	std::string name;
	int position = 0;
	std::string type;     // format_type output, fully qualified when not in pg_catalog
	char type_kind = 'b'; // pg_type.typtype: 'e' enum, 'd' domain, ... (not compared)
	bool not_null = false;
	// Boxed, as are the options' texts below: most columns have neither, and
	// a model of tens of thousands of tables holds hundreds of thousands of
	// columns (std::optional<std::string> reserves 40 bytes in each).
	Boxed<std::string> default_expr;   // absent for generated columns
	Boxed<std::string> generated_expr; // GENERATED ALWAYS AS (...) STORED
	Boxed<IdentitySpec> identity;              // boxed: most columns have none
	Boxed<QualifiedName> collation; // only when it differs from the type's; boxed likewise
	// Inheritance (pg_attribute.attislocal/attinhcount); not compared: a
	// column only inherited is its parent's to change.
	bool local = true;
	int inherited = 0;
	ColumnOptions options; // compared on their own (diff_column_options.cpp)
	auto Tie() const
	{
		return std::tie(name, type, not_null, default_expr, generated_expr, identity, collation);
	}
	bool operator==(const Column &o) const { return Tie() == o.Tie(); }
};

enum class ConstraintType : char {
	kPrimaryKey = 'p',
	kUnique = 'u',
	kCheck = 'c',
	kForeignKey = 'f',
	kExclusion = 'x',
};

struct Constraint {
	std::string name;
	ConstraintType type = ConstraintType::kCheck;
	std::string definition;        // pg_get_constraintdef, includes DEFERRABLE / NOT VALID
	std::set<std::string> columns; // columns of its own table it depends on
	Boxed<QualifiedName> references;   // foreign keys: the referenced table (boxed: most are not)
	std::set<std::string> ref_columns;       // foreign keys: its referenced columns (confkey)
	bool inherited = false; // from a parent (NOT conislocal): created with it, not by us
	auto Tie() const { return std::tie(name, type, definition); }
	bool operator==(const Constraint &o) const { return Tie() == o.Tie(); }
};

struct Index {
	std::string name;
	std::string definition; // pg_get_indexdef
	std::set<std::string> columns;
	bool inherited = false; // attached to a parent's partitioned index (pg_inherits)
	auto Tie() const { return std::tie(name, definition); }
	bool operator==(const Index &o) const { return Tie() == o.Tie(); }
};

struct Table {
	QualifiedName id;
	bool unlogged = false;
	bool row_security = false;          // ENABLE ROW LEVEL SECURITY
	bool force_row_security = false;    // FORCE ROW LEVEL SECURITY
	std::string partition_key;          // pg_get_partkeydef; empty unless partitioned
	std::vector<QualifiedName> parents; // pg_inherits, by inhseqno
	// pg_get_expr(relpartbound), "FOR VALUES ..." or "DEFAULT": a partition of parents[0]
	std::optional<std::string> partition_bound;
	// pg_class.reloftype: a typed table (CREATE TABLE ... OF type), its
	// columns those of the composite type.
	std::optional<QualifiedName> of_type;
	std::vector<Column> columns; // in attnum order
	std::map<std::string, Constraint> constraints;
	std::map<std::string, Index> indexes; // by name (an index lives in its table's schema)
	// Storage parameters, name -> value as stored: pg_class.reloptions, and
	// the toast table's as "toast.name" (kTableOptions).
	std::map<std::string, std::string> storage_options;
	// Their names in catalog order (not compared: SET lists them so, and
	// pg_dump prints them so).
	std::vector<std::string> storage_order;
	char replica_identity = 'd'; // pg_class.relreplident: d default, f full, n nothing, i index
	std::string replica_index;   // 'i': the index marked pg_index.indisreplident (may be none)
	std::string cluster_index;   // CLUSTER ON: the index marked pg_index.indisclustered, or none

	const Column *FindColumn(const std::string &name) const
	{
		for (const auto &c : columns) {
			if (c.name == name) {
				return &c;
			}
		}
		return nullptr;
	}
};

/// A table's storage parameters in catalog order.
inline std::vector<std::pair<std::string, std::string>>
OrderedStorageOptions(const Table &t)
{
	std::vector<std::pair<std::string, std::string>> out;
	for (const auto &name : t.storage_order) {
		auto it = t.storage_options.find(name);
		if (it != t.storage_options.end()) {
			out.emplace_back(name, it->second);
		}
	}
	// Options without an order (rows built by hand) follow, by name.
	for (const auto &[name, value] : t.storage_options) {
		if (std::find(t.storage_order.begin(), t.storage_order.end(), name) ==
		    t.storage_order.end()) {
			out.emplace_back(name, value);
		}
	}
	return out;
}

} // namespace pgschemadiff

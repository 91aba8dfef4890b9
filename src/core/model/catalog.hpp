// catalog.hpp — the whole schema of one database as plain values.
// Layer: core/model. Pure data: no SQL rendering here (render/ does that).
// Each type defines equality once, through Tie().
#pragma once

#include "core/model/default_acl.hpp"
#include "core/model/dependent.hpp"
#include "core/model/foreign.hpp"
#include "core/model/identity.hpp"
#include "core/model/longtail.hpp"
#include "core/model/publication.hpp"
#include "core/model/subscription.hpp"
#include "core/model/system_privileges.hpp"
#include "core/model/table.hpp"
#include "core/model/text_search.hpp"
#include "core/util/cpp_only_file.hpp"

#include <map>
#include <optional>
#include <set>
#include <string>
#include <tuple>
#include <vector>

namespace pgschemadiff {

struct Schema {
	std::string name;
	auto Tie() const { return std::tie(name); }
	bool operator==(const Schema &o) const { return Tie() == o.Tie(); }
};

struct Extension {
	std::string name;
	std::string schema;
	std::string version;
	bool relocatable = false;
	auto Tie() const { return std::tie(name, schema, version, relocatable); }
	bool operator==(const Extension &o) const { return Tie() == o.Tie(); }
};

struct Collation {
	QualifiedName id;
	std::string provider; // 'c' libc, 'i' icu, 'b' builtin, 'd' default
	bool deterministic = true;
	std::optional<std::string> lc_collate;
	std::optional<std::string> lc_ctype;
	std::optional<std::string> locale; // ICU/builtin locale
	std::optional<std::string> icu_rules;
	auto Tie() const
	{
		return std::tie(id, provider, deterministic, lc_collate, lc_ctype, locale, icu_rules);
	}
	bool operator==(const Collation &o) const { return Tie() == o.Tie(); }
};

/// Options shared by free-standing sequences and identity columns.
struct SequenceOptions {
	std::string data_type; // format_type output, e.g. "bigint"
	std::string start;
	std::string increment;
	std::string min_value;
	std::string max_value;
	std::string cache;
	bool cycle = false;
	auto Tie() const
	{
		return std::tie(data_type, start, increment, min_value, max_value, cache, cycle);
	}
	bool operator==(const SequenceOptions &o) const { return Tie() == o.Tie(); }
	bool operator!=(const SequenceOptions &o) const { return !(*this == o); }
};

struct ColumnRef {
	QualifiedName table;
	std::string column;
	auto Tie() const { return std::tie(table, column); }
	bool operator==(const ColumnRef &o) const { return Tie() == o.Tie(); }
	bool operator!=(const ColumnRef &o) const { return !(*this == o); }
};

struct Sequence {
	QualifiedName id;
	SequenceOptions options;
	bool unlogged = false;
	std::optional<ColumnRef> owned_by;     // OWNED BY (serial columns)
	std::optional<std::string> last_value; // data, not compared; null if unreadable
	auto Tie() const { return std::tie(id, options, unlogged, owned_by); }
	bool operator==(const Sequence &o) const { return Tie() == o.Tie(); }
};

struct EnumType {
	QualifiedName id;
	std::vector<std::string> labels; // in sort order
	auto Tie() const { return std::tie(id, labels); }
	bool operator==(const EnumType &o) const { return Tie() == o.Tie(); }
};

struct Domain {
	QualifiedName id;
	std::string base_type;                  // format_type, with its typmod
	std::optional<QualifiedName> collation; // only when it differs from the base type's
	bool not_null = false;
	std::optional<std::string> default_expr;
	std::map<std::string, std::string> checks; // name -> pg_get_constraintdef
	auto Tie() const { return std::tie(id, base_type, collation, not_null, default_expr, checks); }
	bool operator==(const Domain &o) const { return Tie() == o.Tie(); }
};

struct Attribute {
	std::string name;
	std::string type;                       // format_type
	std::optional<QualifiedName> collation; // only when it differs from the type's
	auto Tie() const { return std::tie(name, type, collation); }
	bool operator==(const Attribute &o) const { return Tie() == o.Tie(); }
};

/// CREATE TYPE ... AS (attributes)
struct CompositeType {
	QualifiedName id;
	std::vector<Attribute> attributes; // in attnum order
	auto Tie() const { return std::tie(id, attributes); }
	bool operator==(const CompositeType &o) const { return Tie() == o.Tie(); }
};

/// CREATE TYPE ... AS RANGE.
struct RangeType {
	QualifiedName id;
	std::string subtype;                          // format_type
	std::optional<QualifiedName> subtype_opclass; // only when not the subtype's default
	std::optional<QualifiedName> collation;       // only when not the subtype's default
	std::optional<std::string> subtype_diff;      // regproc text
	std::optional<QualifiedName> multirange;      // PostgreSQL 14+
	std::optional<std::string> canonical;         // regproc text
	/// The CANONICAL function as its routine's changes name it (a C function
	/// taking and returning the range: made after a shell type, as pg_dump does).
	std::optional<ObjectRef> canonical_function;
	auto Tie() const
	{
		return std::tie(id, subtype, subtype_opclass, collation, subtype_diff, multirange,
		                canonical);
	}
	bool operator==(const RangeType &o) const { return Tie() == o.Tie(); }
};

/// CREATE STATISTICS, and its own statistics target (ALTER STATISTICS ... SET
/// STATISTICS).
struct ExtendedStatistics {
	QualifiedName id;
	QualifiedName table;
	std::string definition;                // pg_get_statisticsobjdef: CREATE STATISTICS ...
	std::optional<std::string> statistics; // unset: the default
	auto Tie() const { return std::tie(id, table, definition, statistics); }
	bool operator==(const ExtendedStatistics &o) const { return Tie() == o.Tie(); }
};

/// An object the catalog readers saw but the core cannot reproduce yet.
/// `signature` is a digest of its definition, so that only objects that
/// differ between the two sides are reported.
struct UnsupportedObject {
	std::string kind;     // "view", "function", ...
	std::string schema;   // empty for objects outside schemas
	std::string identity; // human-readable, quoted identity
	std::string signature;
	auto Key() const { return std::tie(kind, identity); }
};

/// The owner of an object that has one (with_owners), and the keyword ALTER
/// takes for it ("TABLE", "DOMAIN", "FOREIGN DATA WRAPPER", ...).
struct ObjectOwner {
	std::string role;
	std::string sql_kind;
	bool linked = false; // a sequence OWNED BY a column: it follows its table
	auto Tie() const { return std::tie(role, sql_kind, linked); }
	bool operator==(const ObjectOwner &o) const { return Tie() == o.Tie(); }
};

/// Per-column settings of a relation that is not a table.
struct RelationColumnOptions {
	char relkind = 'm';     // 'm' materialized view, 'f' foreign table, 'i'/'I' index
	std::string table_name; // an index's table (same schema); the relation itself otherwise
	std::string attnum;     // the column's number (an index's columns go by number)
	ColumnOptions options;
};

struct Catalog {
	int server_version = 0;
	std::map<std::string, Schema> schemas;
	std::map<std::string, Extension> extensions;
	std::map<QualifiedName, Collation> collations;
	std::map<QualifiedName, Table> tables;
	std::map<QualifiedName, Sequence> sequences;
	std::map<QualifiedName, EnumType> enums;
	std::map<QualifiedName, Domain> domains;
	std::map<QualifiedName, CompositeType> composites;
	std::map<QualifiedName, RangeType> ranges;
	std::map<std::string, ForeignDataWrapper> foreign_data_wrappers;
	std::map<std::string, ForeignServer> foreign_servers;
	std::map<std::pair<std::string, std::string>, UserMapping> user_mappings; // server, user
	std::map<QualifiedName, ForeignTable> foreign_tables;
	std::map<QualifiedName, View> views; // views and materialized views
	std::map<std::pair<QualifiedName, std::string>, Routine> routines; // by identity arguments
	std::map<std::pair<QualifiedName, std::string>, Trigger> triggers; // by table, name
	std::map<std::pair<QualifiedName, std::string>, Policy> policies;  // by table, name
	std::map<std::pair<QualifiedName, std::string>, Aggregate> aggregates; // by identity arguments
	std::map<std::pair<QualifiedName, std::string>, Rule> rules;           // by table, name
	std::map<std::string, EventTrigger> event_triggers;
	std::vector<DependencyEdge> dependencies;
	std::vector<Privilege> privileges;
	/// Objects initdb made whose owner or ACL departs from initdb's
	/// (kSystemPrivileges), named as privileges name them.
	std::map<ObjectRef, SystemAcl> system_acls;
	std::map<ObjectRef, std::string> comments; // COMMENT ON, objects named as in DependencyEdge
	std::map<ObjectRef, ObjectOwner> owners;   // ALTER … OWNER TO, named as comments are
	std::map<std::string, Publication> publications;
	std::map<std::string, Subscription> subscriptions; // of the current database
	std::map<QualifiedName, TextSearchDictionary> ts_dictionaries;
	std::map<QualifiedName, TextSearchConfiguration> ts_configurations;
	std::map<QualifiedName, ExtendedStatistics> statistics;
	/// Defaults of view columns: (view, column) -> pg_get_expr. Not part of
	/// the View: a changed default is an ALTER, never a new view.
	std::map<std::pair<QualifiedName, std::string>, std::string> view_defaults;
	/// Trigger clones on partitions enabled otherwise than the trigger they
	/// were cloned from: (partition, trigger name) -> pg_trigger.tgenabled.
	std::map<std::pair<QualifiedName, std::string>, char> clone_trigger_states;
	/// Column settings of materialized views, foreign tables and indexes
	/// (kRelationColumnOptions), by (relation, column); tables' own are on
	/// their columns.
	std::map<std::pair<QualifiedName, std::string>, RelationColumnOptions> relation_column_options;
	/// Tables ('r') and materialized views ('m') whose table access method is
	/// not heap: relation -> (relkind, access method).
	std::map<QualifiedName, std::pair<char, std::string>> access_methods;
	std::vector<UnsupportedObject> unsupported;
	std::map<LongTailKey, LongTailObject> longtail; // base types, operators, casts, languages, ...
	DefaultAcls default_acls;    // ALTER DEFAULT PRIVILEGES (pg_default_acl)
	std::set<std::string> roles; // every role of the cluster (pg_roles.rolname)
	/// Every cast the server knows (pg_cast), as format_type names without
	/// modifiers: (source, target).
	std::set<std::pair<std::string, std::string>> casts;
	std::string current_role;    // the role that read the catalog (current_user)
};

} // namespace pgschemadiff

// dependent.hpp — objects defined by a stored definition that depends on
// other objects: views, materialized views, functions and procedures,
// aggregates, triggers, policies, rules, event triggers; and the dependency
// edges read from pg_depend.
// Layer: core/model. Pure data; equality through Tie().
#pragma once

#include "core/model/identity.hpp"
#include "core/model/object_kind.hpp"
#include "core/model/table.hpp"
#include "core/util/cpp_only_file.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace pgschemadiff {

struct View {
	QualifiedName id;
	bool materialized = false;
	std::string definition; // pg_get_viewdef, ends with ';'
	std::string options;    // reloptions joined by ", " (security_barrier=true, check_option=local)
	std::string columns;    // "name type" per column, comma-separated: what OR REPLACE must keep
	std::map<std::string, Index> indexes; // materialized views only
	auto Tie() const { return std::tie(id, materialized, definition, options, columns, indexes); }
	bool operator==(const View &o) const { return Tie() == o.Tie(); }
};

/// A function or procedure; overloads are kept apart by their identity arguments.
struct Routine {
	QualifiedName id;
	std::string identity_args; // pg_get_function_identity_arguments
	bool procedure = false;
	std::string arguments;  // pg_get_function_arguments (with defaults)
	std::string result;     // pg_get_function_result
	std::string definition; // pg_get_functiondef: CREATE OR REPLACE ..., every attribute
	auto Tie() const
	{
		return std::tie(id, identity_args, procedure, arguments, result, definition);
	}
	bool operator==(const Routine &o) const { return Tie() == o.Tie(); }
};

struct Trigger {
	QualifiedName table; // a table or a view (INSTEAD OF)
	std::string name;
	std::string definition; // pg_get_triggerdef
	char enabled = 'O';     // pg_trigger.tgenabled: O, D, R, A
	auto Tie() const { return std::tie(table, name, definition, enabled); }
	bool operator==(const Trigger &o) const { return Tie() == o.Tie(); }
};

struct Policy {
	QualifiedName table;
	std::string name;
	bool permissive = true;
	char command = '*';             // pg_policy.polcmd: r a w d *
	std::vector<std::string> roles; // empty string = PUBLIC
	std::optional<std::string> using_expr;
	std::optional<std::string> check_expr;
	auto Tie() const
	{
		return std::tie(table, name, permissive, command, roles, using_expr, check_expr);
	}
	bool operator==(const Policy &o) const { return Tie() == o.Tie(); }
};

/// CREATE AGGREGATE, from pg_aggregate. Function, type and operator names
/// are as regproc / format_type / regoperator print them (qualified).
struct Aggregate {
	QualifiedName id;
	std::string identity_args; // pg_get_function_identity_arguments ("" for agg(*))
	std::string arguments;     // pg_get_function_arguments (ORDER BY for ordered-set)
	char kind = 'n';           // aggkind: n normal, o ordered-set, h hypothetical
	/// Clause name -> value as CREATE AGGREGATE spells it (SFUNC, STYPE,
	/// INITCOND 'quoted', FINALFUNC_EXTRA with empty value, ...), in order.
	std::vector<std::pair<std::string, std::string>> clauses;
	std::optional<QualifiedName> sort_operator; // SORTOP
	auto Tie() const
	{
		return std::tie(id, identity_args, arguments, kind, clauses, sort_operator);
	}
	bool operator==(const Aggregate &o) const { return Tie() == o.Tie(); }
};

/// A rewrite rule other than a view's _RETURN rule.
struct Rule {
	QualifiedName table;
	std::string name;
	std::string definition; // pg_get_ruledef: CREATE RULE ... ;
	char enabled = 'O';     // pg_rewrite.ev_enabled: O, D, R, A
	auto Tie() const { return std::tie(table, name, definition, enabled); }
	bool operator==(const Rule &o) const { return Tie() == o.Tie(); }
};

/// CREATE EVENT TRIGGER; it lives outside schemas and is filtered with its
/// function's schema.
struct EventTrigger {
	std::string name;
	std::string event;             // ddl_command_start, sql_drop, ...
	std::vector<std::string> tags; // WHEN TAG IN (...), empty: every command
	QualifiedName function;
	char enabled = 'O'; // pg_event_trigger.evtenabled: O, D, R, A
	auto Tie() const { return std::tie(name, event, tags, function, enabled); }
	bool operator==(const EventTrigger &o) const { return Tie() == o.Tie(); }
};

/// What an object's key says it is. Keys are built by DependencyKey() so the
/// model's objects and pg_depend's edges name things the same way.
struct ObjectRef {
	ObjectKind kind = ObjectKind::kUnknown;
	std::string schema;
	std::string name; // relation / routine / type name; for trigger, policy, column: the table
	std::string sub;  // identity arguments, trigger/policy/column name; else empty
	auto Tie() const { return std::tie(kind, schema, name, sub); }
	bool operator==(const ObjectRef &o) const { return Tie() == o.Tie(); }
	bool operator<(const ObjectRef &o) const { return Tie() < o.Tie(); }
};

/// One privilege granted on an object to a role other than its owner
/// (grantee "public" = PUBLIC). Objects are named as in DependencyEdge; kinds
/// table, view, materialized view, sequence, column, function, procedure,
/// schema (name empty), type.
struct Privilege {
	ObjectRef object;
	std::string grantee;
	std::string privilege; // SELECT, INSERT, EXECUTE, USAGE, ...
	bool grantable = false;
};

/// `dependent` cannot exist (or keep its definition) without `referenced`.
struct DependencyEdge {
	ObjectRef dependent;
	ObjectRef referenced;
};

/// True when a trigger's, rule's or event trigger's enabled state (pg_trigger.tgenabled,
/// pg_rewrite.ev_enabled, pg_event_trigger.evtenabled) is not the default 'O':
/// 'D' disabled, 'R' replica, 'A' always.
inline bool
NonDefaultEnabled(char enabled)
{
	return enabled == 'D' || enabled == 'R' || enabled == 'A';
}

} // namespace pgschemadiff

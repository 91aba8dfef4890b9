// options.hpp — what the caller asked for, as the core sees it.
// Layer: core. Filled by api.cpp from the POD OptionsView the adapters pass.
#pragma once

#include "core/util/cpp_only_file.hpp"

#include <string>
#include <vector>

namespace pgschemadiff {

/// Polled in long loops; returns true when the caller wants to stop.
using CancelCheck = bool (*)();

struct DiffOptions {
	bool allow_drops = false;
	bool ignore_extension_versions = false;
	bool with_privileges = false; // GRANT/REVOKE on relations, columns, routines, schemas, enums
	bool create_extensions_only = false;      // migra's --create-extensions-only
	/// Rename or move (one to one, definition unchanged but for the name)
	/// tables, views, sequences, types, routines, triggers, policies, indexes,
	/// constraints and enum labels instead of dropping and creating them.
	bool detect_renames = true;
	/// with_owners: compare the owner of every object that has one and emit
	/// ALTER … OWNER TO (also for objects the migration creates).
	bool with_owners = false;
	/// renames: column-rename hints "schema.table.old=new", each checked by
	/// ParseColumnRenameHint when the options are read.
	std::vector<std::string> renames;
	std::vector<std::string> include_schemas; // empty: every schema
	std::vector<std::string> exclude_schemas;
	/// allow_hazards: when `check_hazards`, a statement with a hazard not in
	/// `allow_hazards` (names of the vocabulary, plan/hazard.hpp) refuses the plan.
	bool check_hazards = false;
	std::vector<std::string> allow_hazards;
	/// online: the forms that keep an existing table available (plan/online.hpp)
	/// and `transaction` groups; each plan starts with SET lock_timeout.
	bool online = false;
	std::string lock_timeout = "5s"; // a lock_timeout setting value, for online plans
	CancelCheck cancel_check = nullptr;
	/// A check of the ordering, for tests: statements the dependency graph
	/// leaves free are taken in reverse kind rank (and reverse emission
	/// order) instead of the usual rank. A migration that still applies so
	/// was ordered by the graph, not by its kinds' ranks.
	bool reverse_ties = false;
};

/// One column-rename hint of the `renames` option, split into its names.
struct ColumnRenameHint {
	std::string schema;
	std::string table;
	std::string column;   // the local (old) name
	std::string new_name; // the remote's name
};

/// Parses "schema.table.old=new". Each name is an SQL identifier: unquoted it
/// is folded to lower case, in double quotes it is taken as written (`""` is
/// a quote; dots and `=` allowed). False when the text is not of that shape.
bool ParseColumnRenameHint(const std::string &text, ColumnRenameHint *out);

} // namespace pgschemadiff

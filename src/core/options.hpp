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
	std::vector<std::string> include_schemas; // empty: every schema
	std::vector<std::string> exclude_schemas;
	/// allow_hazards: when `check_hazards`, a statement with a hazard not in
	/// `allow_hazards` (names of the vocabulary, plan/hazard.hpp) refuses the plan.
	bool check_hazards = false;
	std::vector<std::string> allow_hazards;
	CancelCheck cancel_check = nullptr;
};

} // namespace pgschemadiff

// change.hpp — one statement of the migration, typed.
// Layer: core/diff. Destructiveness is a flag set where the change is made,
// never found by reading SQL text; allow_drops is enforced from it in one
// place (api.cpp).
#pragma once

#include "core/order/phase.hpp"
#include "core/util/cpp_only_file.hpp"

#include <string>
#include <tuple>

namespace pgschemadiff {

enum class Action : int { kCreate, kAlter, kDrop };

const char *ActionName(Action a);

struct Change {
	Phase phase = Phase::kCreateSchemas;
	std::string kind;     // "table", "column", "index", ...
	std::string identity; // quoted identity, e.g. "public"."t"."c"
	Action action = Action::kCreate;
	bool destructive = false; // loses data or definitions the remote does not have
	std::string sql;          // one complete statement, ending with ';'
	int sequence = 0;         // emission order inside the phase, set by the differ
};

/// A message for the user that is not a statement (NOTICE/WARNING).
struct Diagnostic {
	enum class Level : int { kNotice = 0, kWarning = 1 };
	Level level = Level::kNotice;
	std::string message;
	std::string detail;
};

} // namespace pgschemadiff

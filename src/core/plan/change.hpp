// change.hpp — one statement of the migration, typed.
// Layer: core/plan, the vocabulary shared by diff/ (which makes changes),
// order/ (which sorts them) and api.cpp (which hands them out). Destructiveness
// is a flag set where the change is made, never found by reading SQL text;
// allow_drops is enforced from it in one place (api.cpp).
#pragma once

#include "core/model/dependent.hpp"
#include "core/plan/hazard.hpp"
#include "core/plan/phase.hpp"
#include "core/plan/statement.hpp"
#include "core/util/cpp_only_file.hpp"

#include <string>
#include <tuple>
#include <vector>

namespace pgschemadiff {

/// kRename: the object keeps its definition (and its rows) under a new name.
enum class Action : int { kCreate, kAlter, kDrop, kRename };

const char *ActionName(Action a);

/// The form online mode (DiffOptions::online, plan/online.hpp) may run
/// instead of a statement that would block a table others use. Set where
/// the change is made, only for an existing table that is not partitioned
/// (CONCURRENTLY and NOT VALID foreign keys are refused there); the plain
/// statement stays in `sql` for every other plan.
struct OnlineForm {
	enum class Kind : int {
		kNone,
		kCreateIndex,   // CREATE INDEX CONCURRENTLY (a replaced one: under a temporary name)
		kDropIndex,     // DROP INDEX CONCURRENTLY
		kAddConstraint, // ADD CONSTRAINT ... NOT VALID, then VALIDATE CONSTRAINT
		kSetNotNull,    // through a validated CHECK (column IS NOT NULL)
	};
	Kind kind = Kind::kNone;
	QualifiedName table; // the existing table
	std::string name;    // the index, constraint or column
	/// kCreateIndex: pg_get_indexdef; kAddConstraint: pg_get_constraintdef.
	std::string definition;
	bool foreign_key = false; // kAddConstraint: a FOREIGN KEY (else a CHECK)
};

struct Change {
	Phase phase = Phase::kCreateSchemas; // the kind rank: breaks ties in the graph's order
	std::string kind;                    // "table", "column", "index", ...
	std::string identity;                // quoted identity, e.g. "public"."t"."c"
	Action action = Action::kCreate;
	bool destructive = false; // loses data or definitions the remote does not have
	HazardSet hazards;        // what running it risks (diff/hazards.hpp decides)
	Statement statement;      // what it does (rendered after ordering)
	std::string sql;          // its SQL: set by render/ once the plan is ordered
	int sequence = 0;         // emission order, set by the differ: the last tie-break

	/// The catalog object this statement creates, changes or drops, named as
	/// pg_depend's edges name it (DependencyEdge). order/ connects changes
	/// through it: a create waits for what the object needs on the remote
	/// side, a drop waits for what depends on the object on the local side.
	/// Empty kind: the statement is placed by its phase alone.
	ObjectRef object;
	/// True when the statement removes `object` although its action (as
	/// reported for its kind) is an alter: DROP DEFAULT and DROP EXPRESSION
	/// alter a column but remove its default. The graph treats it as a drop.
	bool removes = false;
	/// For a rename: the object under its old name (the graph sees the
	/// rename as the old name's drop and the new name's creation). For the
	/// drop of an object renamed aside (a type re-created under its name):
	/// the name the local catalog's edges know it by; what depended on it
	/// there lets go first.
	ObjectRef previous;
	/// A view created in two steps to break a cycle (order/): kStub creates
	/// it with its columns only (no dependencies but their types), others
	/// that need the view wait for that; kCompletion replaces it with its
	/// real query once what the query reads exists. kRelease, the other
	/// direction: a view that is dropped is first replaced by its columns
	/// only, so that what its query read can be dropped before it.
	enum class Stub { kNone, kStub, kCompletion, kRelease } stub = Stub::kNone;
	/// Objects this statement needs beyond its object's own dependencies
	/// (e.g. OWNED BY needs the column): their non-drop changes come first.
	std::vector<ObjectRef> needs;
	/// What online mode runs instead (kNone: this statement as it is).
	OnlineForm online;
	/// Online mode: this statement runs in a transaction of its own (a long
	/// VALIDATE CONSTRAINT that must not hold the locks of what precedes it).
	bool alone = false;
	/// What follows needs this statement committed: an enum label added here
	/// that a later statement uses (a partition bound; PostgreSQL refuses a
	/// label in the transaction that adds it). A new transaction starts after
	/// it, online or not.
	bool commits = false;
	/// Which statements may run together in one transaction: 1 for every
	/// statement of a plan that is not online (but for a boundary after a
	/// `commits` statement); online, consecutive numbers, a not_transactional
	/// or `alone` statement in a group of its own.
	int transaction = 1;
};

/// A message for the user that is not a statement (NOTICE/WARNING).
struct Diagnostic {
	enum class Level : int { kNotice = 0, kWarning = 1 };
	Level level = Level::kNotice;
	std::string message;
	std::string detail;
	/// The remote's definition of the object, rendered at the end of `detail`.
	Statement definition;
};

} // namespace pgschemadiff

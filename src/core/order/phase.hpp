// phase.hpp — the phases a migration runs in, in order.
// Layer: core/order. Creates follow what they need, drops come after what
// used the dropped object is gone (as migra's add_all_changes).
#pragma once

#include "core/util/cpp_only_file.hpp"

namespace pgschemadiff {

enum class Phase : int {
	kCreateSchemas = 0,
	kCreateExtensions,  // also ALTER EXTENSION UPDATE / SET SCHEMA
	kCreateCollations,
	kCreateEnums,       // also ALTER TYPE ... ADD VALUE
	kDropIdentities,    // before a sequence reuses an identity sequence's name
	kCreateSequences,   // also ALTER SEQUENCE options
	kReleaseSequences,  // OWNED BY NONE before an owner goes away
	kDropForeignKeys,
	kDropConstraints,
	kDropIndexes,
	kDropTables,
	kCreateTables,
	kAlterTables,       // columns added, dropped, changed
	kDropReplacedSequences, // a serial sequence whose name an identity takes over
	kAddIdentities,     // ADD GENERATED ... AS IDENTITY on existing columns
	kOwnSequences,      // OWNED BY table.column once the column exists
	kCreateIndexes,
	kAddConstraints,
	kAddForeignKeys,
	kDropSequences,
	kDropEnums,
	kDropCollations,
	kDropExtensions,
	kDropSchemas,
};

} // namespace pgschemadiff

// phase.hpp — the phases a migration runs in, in order.
// Layer: core/order. Creates follow what they need, drops come after what
// used the dropped object is gone (as migra's add_all_changes).
#pragma once

#include "core/util/cpp_only_file.hpp"

namespace pgschemadiff {

enum class Phase : int {
	kSettings = 0, // SET LOCAL for the migration's transaction (check_function_bodies)
	// Objects renamed or moved (detect_renames): first, since every later
	// statement names them by their new names (SET SCHEMA waits for its schema)
	kRenames,
	kDropDependents, // views, routines, triggers, policies: dependents first
	// DROP PUBLICATION; tables and schemas leaving a publication (before they go)
	kDropPublications,
	kCreateSchemas,
	// ALTER DEFAULT PRIVILEGES: before objects are created under them
	kDefaultPrivileges,
	kCreateExtensions, // also ALTER EXTENSION UPDATE / SET SCHEMA
	kCreateServers,    // foreign servers (their wrapper comes from an extension)
	kCreateCollations,
	kCreateTextSearch, // dictionaries, then configurations and their mappings (before tables)
	kCreateEnums,      // also ALTER TYPE ... ADD VALUE
	kCreateDomains,    // also ALTER DOMAIN (default, NOT NULL, constraints)
	kDropIdentities,   // before a sequence reuses an identity sequence's name
	kCreateSequences,  // also ALTER SEQUENCE options
	kCreateRoutines,   // functions that need no relation (column defaults may call them)
	kCreateLateTypes,  // range types and domains that call one of those functions
	kReleaseSequences, // OWNED BY NONE before an owner goes away
	kDropForeignKeys,
	kDropConstraints,
	kDropIndexes,
	kDetachTables, // DETACH PARTITION / NO INHERIT before a parent goes or changes
	kDropTables,
	kCreateTables,
	kAlterTables,           // columns added, dropped, changed
	kAttachTables,          // ATTACH PARTITION / INHERIT once the columns match
	kDropReplacedSequences, // a serial sequence whose name an identity takes over
	kAddIdentities,         // ADD GENERATED ... AS IDENTITY on existing columns
	kOwners,                // ALTER … OWNER TO (with_owners), before OWNED BY
	kOwnSequences,          // OWNED BY table.column once the column exists
	kCreateIndexes,
	kAddConstraints,
	kAddForeignKeys,
	kReplicaIdentity,  // REPLICA IDENTITY, once its index exists
	kCreateDependents, // views, the other routines, triggers, policies: dependencies first
	kLateDefaults,     // defaults and checks calling one of those routines
	kPublications,     // CREATE / ALTER PUBLICATION, once tables and columns exist
	kPrivileges,       // GRANT / REVOKE, once every object exists
	kComments,         // COMMENT ON, once every object exists
	kDropSequences,
	kDropDomains,
	kDropTextSearch, // configurations, then dictionaries (after what used them)
	kDropEnums,
	kDropCollations,
	kDropServers,
	kDropExtensions,
	kDropSchemas,
	kCreateEventTriggers, // last: they would fire on the migration's own DDL
};

} // namespace pgschemadiff

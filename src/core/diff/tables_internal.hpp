// tables_internal.hpp — what the table diff files share: diff_tables.cpp
// (tables, partitions, DiffTables) calls diff_columns.cpp,
// diff_constraints.cpp and diff_indexes.cpp through it.
// Layer: core/diff. Private to those four files; DiffTables itself is
// declared in context.hpp.
#pragma once

#include "core/diff/context.hpp"
#include "core/model/catalog.hpp"
#include "core/util/cpp_only_file.hpp"

#include <set>
#include <string>

namespace pgschemadiff {

/// What the inheritance part of the diff decided, shared by the helpers.
struct Lineage {
	std::set<QualifiedName> recreated; // dropped and created again (partitioning changes)
	std::set<QualifiedName> relinked;  // detached from / attached to other parents or bounds
	/// Columns {parent, column} a parent gains that a table starting to
	/// INHERIT it has only inherited on the remote: the parent adds them after
	/// the INHERIT (they propagate), the child never adds them itself.
	std::set<std::pair<QualifiedName, std::string>> after_inherit;
};

/// What foreign keys that stay as they are must be dropped before and added
/// again after (PostgreSQL refuses the change while they exist).
struct Rekey {
	/// Referenced tables whose unique key changes or that are re-created, and
	/// partitioned tables losing a partition (DETACH or DROP checks the
	/// referencing rows, and fails while they point into the partition).
	std::set<QualifiedName> tables;
	/// Columns {table, column} whose type or collation changes: ALTER ... TYPE
	/// rebuilds a foreign key over them at once, while the other end still
	/// has the old type ("foreign key constraint ... cannot be implemented").
	std::set<std::pair<QualifiedName, std::string>> retyped_columns;
};

// diff_tables.cpp
bool CallsDroppedRoutine(const DiffContext &ctx, ObjectKind kind, const QualifiedName &table,
                         const std::string &sub);
bool UsesDroppedColumn(const DiffContext &ctx, const QualifiedName &table,
                       const std::set<std::string> &columns);
/// True when a value of type `from` can be cast to `to` (format_type names):
/// the same type but for its modifier, a string type on either side (I/O
/// conversion), a pg_cast entry, arrays whose elements can; also when either
/// type is one the cast table never names (user types follow their own rules).
/// True when `have` is partitioned and one of its partitions is detached
/// here (to be attached again): an index or constraint of `have` that goes
/// is then dropped after the DETACH (kDetachTables), since dropping it first
/// takes the partition's attached copy with it, which the partition's own
/// drop (after the DETACH) would then not find.
bool DetachesPartition(const DiffContext &ctx, const Lineage &lineage, const Table &have);
bool HasCastPath(const Catalog &catalog, const std::string &from, const std::string &to);
bool MentionsRetyped(const DiffContext &ctx, const std::string &definition);

// diff_columns.cpp
bool LateDefault(const DiffContext &ctx, const QualifiedName &table, const Column &c);
void SetLateDefault(DiffContext &ctx, const QualifiedName &table, const Column &c);
void DropDefaultBeforeRoutine(DiffContext &ctx, const QualifiedName &table, const Column &c);
/// ADD COLUMN, with its default set later when that calls a late routine.
void AddColumn(DiffContext &ctx, const QualifiedName &table, const Column &c,
               Phase phase = Phase::kAlterTables);
void DiffColumns(DiffContext &ctx, const Lineage &lineage, const Table &have, const Table &want);

// diff_constraints.cpp
bool IsForeignKey(const Constraint &k);
void AddConstraint(DiffContext &ctx, const QualifiedName &table, const Constraint &k);
/// The hazards of ADD CONSTRAINT beyond its base ones: FOREIGN KEY takes SHARE
/// ROW EXCLUSIVE, not ACCESS EXCLUSIVE; PRIMARY KEY, UNIQUE and EXCLUDE build
/// an index; CHECK, FOREIGN KEY and PRIMARY KEY scan the table unless NOT
/// VALID; on a table the migration creates, no lock or scan of its own.
void AddConstraintHazards(const DiffContext &ctx, const QualifiedName &table, const Constraint &k,
                          HazardSet &hazards);
void DropConstraint(DiffContext &ctx, const QualifiedName &table, const Constraint &k,
                    bool destructive, bool after_detach = false);
void DiffConstraints(DiffContext &ctx, const Lineage &lineage, const Table &have, const Table &want,
                     std::set<std::string> &rekeyed);
void RekeyForeignKeys(DiffContext &ctx, const Rekey &rekey);

// diff_indexes.cpp
Phase CreateIndexPhase(const DiffContext &ctx, const QualifiedName &table, const std::string &name);
void DiffIndexes(DiffContext &ctx, const Lineage &lineage, const Table &have, const Table &want,
                 std::set<std::string> &rekeyed);

} // namespace pgschemadiff

// order.hpp — the order a migration's statements run in.
// Layer: core/order. The statements are the nodes of one graph; its edges come
// from the two catalogs' dependency records (pg_depend as DependencyEdge) and
// a few structural rules; ties are broken by (phase, emission order).
#pragma once

#include "core/model/catalog.hpp"
#include "core/plan/change.hpp"
#include "core/util/cpp_only_file.hpp"

#include <vector>

namespace pgschemadiff {

/// Sorts `changes` into a topological order of their graph:
///  - remote edges (`to`): a statement on an object runs after the non-drop
///    statements on what the object needs (a column after its type, a view
///    after its tables' columns, a composite after the types of its attributes);
///  - local edges (`from`): a statement dropping an object runs before those
///    that drop or change what it depends on;
///  - structure: a drop of an object before its creation under the same name;
///    a relation's creation before statements on its columns, constraints,
///    indexes, triggers…; their drops before the relation's drop;
///  - a change's explicit `needs`.
/// Among statements ready together the least (phase, sequence) runs first, so
/// the output is deterministic and, where no edge says otherwise, follows the
/// phases. Throws Error{kDependencyCycle} naming the statements of a cycle.
/// `reverse_ties` (a check for the tests, DiffOptions::reverse_ties): the
/// greatest (phase, sequence) first instead.
void OrderChanges(std::vector<Change> &changes, const Catalog &from, const Catalog &to,
                  bool reverse_ties = false);

/// The same with no catalog edges (structure and `needs` only).
void OrderChanges(std::vector<Change> &changes);

} // namespace pgschemadiff

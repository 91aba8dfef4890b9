// closure.hpp — what depends on an object, transitively, on one side.
// Layer: core/order. The rebuild closure of a migration: when an object is
// dropped, re-created or changed under its dependents (a column's type), every
// object that depends on it in that side's catalog (pg_depend's edges, a view's
// through pg_rewrite) goes before and comes back after. One index of the
// edges, built once; each closure is a breadth-first walk: O(objects + edges)
// map lookups, however many seeds.
#pragma once

#include "core/model/dependent.hpp"
#include "core/util/cpp_only_file.hpp"

#include <functional>
#include <map>
#include <set>
#include <utility>
#include <vector>

namespace pgschemadiff {

class DependentsIndex {
public:
	explicit DependentsIndex(const std::vector<DependencyEdge> &edges);

	/// The objects that depend on `object` directly. A relation or type also
	/// has the dependents of its columns (attributes): what reads a column
	/// cannot outlive its table.
	std::vector<ObjectRef> DependentsOf(const ObjectRef &object) const;

	/// Every object reached from `seeds` through dependents, transitively,
	/// walking on only through objects `follow` accepts (those the caller can
	/// drop and create again); seeds themselves are not in the result unless
	/// reached from another seed. A cycle is walked once.
	std::set<ObjectRef> Closure(const std::set<ObjectRef> &seeds,
	                            const std::function<bool(const ObjectRef &)> &follow) const;

private:
	std::map<ObjectRef, std::vector<ObjectRef>> dependents_;
	/// Dependents of a relation's (or composite type's) columns, by (schema, relation).
	std::map<std::pair<std::string, std::string>, std::vector<ObjectRef>> column_dependents_;
};

} // namespace pgschemadiff

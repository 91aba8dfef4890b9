// closure.cpp — the rebuild closure (closure.hpp).
// Layer: core/order.
#include "core/order/closure.hpp"

#include <deque>

namespace pgschemadiff {
namespace {

/// Kinds whose columns are named by (schema, name) of the kind's object.
bool
HasColumns(ObjectKind kind)
{
	return kind == ObjectKind::kTable || kind == ObjectKind::kView ||
	       kind == ObjectKind::kMaterializedView || kind == ObjectKind::kForeignTable ||
	       kind == ObjectKind::kType;
}

} // namespace

DependentsIndex::DependentsIndex(const std::vector<DependencyEdge> &edges)
{
	for (const auto &e : edges) {
		dependents_[e.referenced].push_back(e.dependent);
		if (e.referenced.kind == ObjectKind::kColumn) {
			column_dependents_[{e.referenced.schema, e.referenced.name}].push_back(e.dependent);
		}
	}
}

std::vector<ObjectRef>
DependentsIndex::DependentsOf(const ObjectRef &object) const
{
	std::vector<ObjectRef> out;
	if (auto it = dependents_.find(object); it != dependents_.end()) {
		out = it->second;
	}
	if (HasColumns(object.kind) && object.sub.empty()) {
		auto it = column_dependents_.find({object.schema, object.name});
		if (it != column_dependents_.end()) {
			out.insert(out.end(), it->second.begin(), it->second.end());
		}
	}
	return out;
}

std::set<ObjectRef>
DependentsIndex::Closure(const std::set<ObjectRef> &seeds,
                         const std::function<bool(const ObjectRef &)> &follow) const
{
	std::set<ObjectRef> reached;
	std::set<ObjectRef> visited(seeds.begin(), seeds.end());
	std::deque<ObjectRef> queue(seeds.begin(), seeds.end());
	while (!queue.empty()) {
		const ObjectRef next = std::move(queue.front());
		queue.pop_front();
		for (const ObjectRef &d : DependentsOf(next)) {
			if (d == next || !follow(d)) {
				continue;
			}
			reached.insert(d);
			if (visited.insert(d).second) {
				queue.push_back(d);
			}
		}
	}
	return reached;
}

} // namespace pgschemadiff

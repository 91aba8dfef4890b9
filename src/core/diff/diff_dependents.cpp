// diff_dependents.cpp — views, materialized views, functions, procedures,
// aggregates, triggers, policies, rules and event triggers, ordered by what
// they depend on.
// Layer: core/diff. These objects hold a stored definition and can always be
// dropped and created again without losing rows, so one rule covers them:
//   - an object only in the remote is created, one only here is dropped;
//   - a changed view that keeps its columns (it may append some) and a changed
//     routine that keeps its arguments and result are replaced in place
//     (CREATE OR REPLACE); any other change is a drop and a create;
//   - every object that (transitively, per this side's pg_depend) depends on
//     something the migration drops, re-creates, or whose column changes type,
//     is dropped before and created again after (a view over a column whose
//     type changes, a trigger on a re-created view, a view over a dropped table).
// Drops run first, dependents before what they depend on (reverse topological
// order of the local graph); creates run after tables, columns and
// constraints exist, in topological order of the remote graph. Routines that
// need no relation are created before the tables, so column defaults and
// check constraints can call them.
#include "core/diff/context.hpp"
#include "core/diff/hazards.hpp"
#include "core/plan/objects.hpp"
#include "core/util/quote.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace pgschemadiff {
namespace {

/// One dependent object of one side, with what it takes to create and drop it.
struct Node {
	ObjectRef ref;
	std::string identity;
	const View *view = nullptr;
	const Routine *routine = nullptr;
	const Trigger *trigger = nullptr;
	const Policy *policy = nullptr;
	const Aggregate *aggregate = nullptr;
	const Rule *rule = nullptr;
	const EventTrigger *event_trigger = nullptr;

	/// Routines and aggregates may be created before the tables.
	bool IsRoutine() const { return routine != nullptr || aggregate != nullptr; }
};

using Nodes = std::map<ObjectRef, Node>;

ObjectKind
ViewKind(const View &v)
{
	return v.materialized ? ObjectKind::kMaterializedView : ObjectKind::kView;
}

ObjectKind
RoutineKind(const Routine &f)
{
	return f.procedure ? ObjectKind::kProcedure : ObjectKind::kFunction;
}

Nodes
CollectNodes(const Catalog &cat)
{
	Nodes out;
	for (const auto &[id, v] : cat.views) {
		Node n;
		n.ref = {ViewKind(v), id.schema, id.name, ""};
		n.identity = QuoteQualified(id);
		n.view = &v;
		out.emplace(n.ref, n);
	}
	for (const auto &[key, f] : cat.routines) {
		Node n;
		n.ref = {RoutineKind(f), f.id.schema, f.id.name, f.identity_args};
		n.identity = QuoteQualified(f.id) + "(" + f.identity_args + ")";
		n.routine = &f;
		out.emplace(n.ref, n);
	}
	for (const auto &[key, g] : cat.triggers) {
		Node n;
		n.ref = {ObjectKind::kTrigger, g.table.schema, g.table.name, g.name};
		n.identity = QuoteIdent(g.name) + " on " + QuoteQualified(g.table);
		n.trigger = &g;
		out.emplace(n.ref, n);
	}
	for (const auto &[key, p] : cat.policies) {
		Node n;
		n.ref = {ObjectKind::kPolicy, p.table.schema, p.table.name, p.name};
		n.identity = QuoteIdent(p.name) + " on " + QuoteQualified(p.table);
		n.policy = &p;
		out.emplace(n.ref, n);
	}
	for (const auto &[key, a] : cat.aggregates) {
		Node n;
		n.ref = {ObjectKind::kAggregate, a.id.schema, a.id.name, a.identity_args};
		n.identity =
		    QuoteQualified(a.id) + "(" + (a.identity_args.empty() ? "*" : a.identity_args) + ")";
		n.aggregate = &a;
		out.emplace(n.ref, n);
	}
	for (const auto &[key, u] : cat.rules) {
		Node n;
		n.ref = {ObjectKind::kRule, u.table.schema, u.table.name, u.name};
		n.identity = QuoteIdent(u.name) + " on " + QuoteQualified(u.table);
		n.rule = &u;
		out.emplace(n.ref, n);
	}
	for (const auto &[name, e] : cat.event_triggers) {
		Node n;
		n.ref = {ObjectKind::kEventTrigger, e.function.schema, e.name, ""};
		n.identity = QuoteIdent(e.name);
		n.event_trigger = &e;
		out.emplace(n.ref, n);
	}
	return out;
}

bool
SameDefinition(const Node &a, const Node &b)
{
	if (a.view != nullptr && b.view != nullptr) {
		return *a.view == *b.view;
	}
	if (a.routine != nullptr && b.routine != nullptr) {
		return *a.routine == *b.routine;
	}
	if (a.trigger != nullptr && b.trigger != nullptr) {
		return *a.trigger == *b.trigger;
	}
	if (a.policy != nullptr && b.policy != nullptr) {
		return *a.policy == *b.policy;
	}
	if (a.aggregate != nullptr && b.aggregate != nullptr) {
		return *a.aggregate == *b.aggregate;
	}
	if (a.rule != nullptr && b.rule != nullptr) {
		return *a.rule == *b.rule;
	}
	if (a.event_trigger != nullptr && b.event_trigger != nullptr) {
		return *a.event_trigger == *b.event_trigger;
	}
	return false;
}

/// CREATE OR REPLACE can take `have` to `want` (PostgreSQL: a view may only
/// append columns; a routine must keep its arguments, defaults and result).
bool
Replaceable(const Node &have, const Node &want)
{
	if (have.view != nullptr && want.view != nullptr) {
		const View &h = *have.view;
		const View &w = *want.view;
		return !h.materialized && !w.materialized && h.options == w.options &&
		       w.columns.compare(0, h.columns.size(), h.columns) == 0 &&
		       (w.columns.size() == h.columns.size() || w.columns[h.columns.size()] == ',');
	}
	if (have.routine != nullptr && want.routine != nullptr) {
		const Routine &h = *have.routine;
		const Routine &w = *want.routine;
		return h.procedure == w.procedure && h.arguments == w.arguments && h.result == w.result;
	}
	return false;
}

/// The node an edge's referenced object stands for, if it is one: a column of
/// a view stands for the view.
const Node *
ResolveRef(const Nodes &nodes, const ObjectRef &ref)
{
	if (ref.kind == ObjectKind::kColumn) {
		for (ObjectKind kind : {ObjectKind::kView, ObjectKind::kMaterializedView}) {
			auto it = nodes.find({kind, ref.schema, ref.name, ""});
			if (it != nodes.end()) {
				return &it->second;
			}
		}
		return nullptr;
	}
	auto it = nodes.find(ref);
	return it == nodes.end() ? nullptr : &it->second;
}

/// For each node, the nodes it depends on (edges between nodes of one side).
std::map<ObjectRef, std::set<ObjectRef>>
NodeGraph(const Catalog &cat, const Nodes &nodes)
{
	std::map<ObjectRef, std::set<ObjectRef>> out;
	for (const auto &e : cat.dependencies) {
		if (nodes.count(e.dependent) == 0) {
			continue;
		}
		const Node *ref = ResolveRef(nodes, e.referenced);
		if (ref != nullptr && !(ref->ref == e.dependent)) {
			out[e.dependent].insert(ref->ref);
		}
	}
	return out;
}

/// Every node, dependencies before dependents; ties in key order. A cycle
/// (not possible through pg_depend) would leave nodes, appended in key order.
std::vector<ObjectRef>
TopologicalOrder(const Nodes &nodes, const std::map<ObjectRef, std::set<ObjectRef>> &graph)
{
	std::map<ObjectRef, int> waiting;
	std::map<ObjectRef, std::vector<ObjectRef>> dependents;
	for (const auto &[ref, node] : nodes) {
		auto it = graph.find(ref);
		waiting[ref] = it == graph.end() ? 0 : static_cast<int>(it->second.size());
		if (it != graph.end()) {
			for (const auto &dep : it->second) {
				dependents[dep].push_back(ref);
			}
		}
	}
	std::set<ObjectRef> ready;
	for (const auto &[ref, count] : waiting) {
		if (count == 0) {
			ready.insert(ref);
		}
	}
	std::vector<ObjectRef> out;
	while (!ready.empty()) {
		const ObjectRef next = *ready.begin();
		ready.erase(ready.begin());
		out.push_back(next);
		for (const auto &d : dependents[next]) {
			if (--waiting[d] == 0) {
				ready.insert(d);
			}
		}
	}
	for (const auto &[ref, count] : waiting) {
		if (count > 0) {
			out.push_back(ref);
		}
	}
	return out;
}

bool
IsRelationKind(ObjectKind kind)
{
	return kind == ObjectKind::kTable || kind == ObjectKind::kView ||
	       kind == ObjectKind::kMaterializedView;
}

/// What the tables' diff changes underneath dependents: dropped tables and
/// columns, columns whose type or collation changes, dropped and re-created
/// enum types (and the columns using them).
std::set<ObjectRef>
TableSeeds(const DiffContext &ctx)
{
	std::set<ObjectRef> seeds;
	for (const auto &t : ctx.dropped_tables) {
		seeds.insert({ObjectKind::kTable, t.schema, t.name, ""});
	}
	for (const auto &[t, column] : ctx.dropped_columns) {
		seeds.insert({ObjectKind::kColumn, t.schema, t.name, column});
	}
	for (const auto &[id, have] : ctx.from.tables) {
		auto it = ctx.to.tables.find(id);
		if (it == ctx.to.tables.end()) {
			continue;
		}
		for (const auto &c : have.columns) {
			const Column *w = it->second.FindColumn(c.name);
			if (w != nullptr &&
			    (w->type != c.type || w->collation != c.collation || ctx.Retyped(c.type))) {
				seeds.insert({ObjectKind::kColumn, id.schema, id.name, c.name});
			}
		}
	}
	for (const auto &[id, e] : ctx.from.enums) {
		if (ctx.to.enums.count(id) == 0 || ctx.recreated_enums.count(id) > 0) {
			seeds.insert({ObjectKind::kType, id.schema, id.name, ""});
		}
	}
	for (const auto &id : ctx.recreated_domains) {
		seeds.insert({ObjectKind::kType, id.schema, id.name, ""});
	}
	for (const auto &[id, c] : ctx.from.composites) {
		if (ctx.to.composites.count(id) == 0) {
			seeds.insert({ObjectKind::kType, id.schema, id.name, ""});
		}
	}
	for (const auto &[id, d] : ctx.from.domains) {
		if (ctx.to.domains.count(id) == 0) {
			seeds.insert({ObjectKind::kType, id.schema, id.name, ""});
		}
	}
	for (const auto &[id, r] : ctx.from.ranges) {
		if (ctx.to.ranges.count(id) == 0) {
			seeds.insert({ObjectKind::kType, id.schema, id.name, ""});
		}
	}
	return seeds;
}

void
EmitDrop(DiffContext &ctx, const Node &n, bool destructive)
{
	Statement sql;
	if (n.view != nullptr) {
		sql = op::DropView{n.view->id, n.view->materialized};
	} else if (n.routine != nullptr) {
		sql = op::DropRoutine{*n.routine};
	} else if (n.trigger != nullptr) {
		sql = op::DropTrigger{n.trigger->table, n.trigger->name};
	} else if (n.policy != nullptr) {
		sql = op::DropPolicy{n.policy->table, n.policy->name};
	} else if (n.aggregate != nullptr) {
		sql = op::DropAggregate{*n.aggregate};
	} else if (n.rule != nullptr) {
		sql = op::DropRule{n.rule->table, n.rule->name};
	} else {
		sql = op::DropEventTrigger{n.event_trigger->name};
	}
	ctx.Add(Phase::kDropDependents, KindName(n.ref.kind), n.identity, Action::kDrop, destructive,
	        std::move(sql))
	    .object = n.ref;
}

void
EmitCreate(DiffContext &ctx, const Node &n, Phase phase, bool replace)
{
	const Action action = replace ? Action::kAlter : Action::kCreate;
	const auto add = [&](const std::string &kind, const std::string &identity, Statement statement,
	                     const ObjectRef &object) {
		ctx.Add(phase, kind, identity, action, false, std::move(statement)).object = object;
	};
	if (n.view != nullptr) {
		add(KindName(n.ref.kind), n.identity, op::CreateView{*n.view, replace}, n.ref);
		for (const auto &[name, index] : n.view->indexes) {
			add("index", QuoteQualified({n.view->id.schema, name}), op::CreateIndex{index},
			    PartObject(ObjectKind::kIndex, n.view->id, name));
		}
	} else if (n.routine != nullptr) {
		add(KindName(n.ref.kind), n.identity, op::CreateRoutine{*n.routine}, n.ref);
		if (!RoutineBodyIsSqlStandard(n.routine->definition)) {
			// PostgreSQL records no dependency of a body kept as a string: a
			// table or function it uses can be dropped or changed under it.
			ctx.changes.back().hazards.Add(Hazard::kUntrackedDependencies);
		}
	} else if (n.trigger != nullptr) {
		add(KindName(n.ref.kind), n.identity, op::CreateTrigger{*n.trigger}, n.ref);
		if (NonDefaultEnabled(n.trigger->enabled)) {
			add(KindName(n.ref.kind), n.identity, op::TriggerEnabledState{*n.trigger}, n.ref);
		}
	} else if (n.policy != nullptr) {
		add(KindName(n.ref.kind), n.identity, op::CreatePolicy{*n.policy}, n.ref);
	} else if (n.aggregate != nullptr) {
		add(KindName(n.ref.kind), n.identity, op::CreateAggregate{*n.aggregate}, n.ref);
	} else if (n.rule != nullptr) {
		add(KindName(n.ref.kind), n.identity, op::CreateRule{*n.rule}, n.ref);
		if (NonDefaultEnabled(n.rule->enabled)) {
			add(KindName(n.ref.kind), n.identity, op::RuleEnabledState{*n.rule}, n.ref);
		}
	} else {
		// Last of all, so that it does not fire on the migration's own statements.
		ctx.Add(Phase::kCreateEventTriggers, KindName(n.ref.kind), n.identity, action, false,
		        op::CreateEventTrigger{*n.event_trigger})
		    .object = n.ref;
		if (NonDefaultEnabled(n.event_trigger->enabled)) {
			ctx.Add(Phase::kCreateEventTriggers, KindName(n.ref.kind), n.identity, action, false,
			        op::EventTriggerEnabledState{*n.event_trigger})
			    .object = n.ref;
		}
	}
}

} // namespace

void
PlanRoutineDependents(DiffContext &ctx)
{
	const Nodes have = CollectNodes(ctx.from);
	const Nodes want = CollectNodes(ctx.to);
	// Objects DiffDependents drops on their own account (gone, or a change
	// CREATE OR REPLACE cannot make). It drops, with them, whatever depends
	// on them, on an enum type that is dropped or re-created (DiffEnums,
	// which runs first), or on a table or column that goes or changes type
	// (as far as the catalogs tell before the tables' diff): transitively,
	// so a routine whose BEGIN ATOMIC body calls a dropped one, or reads a
	// view that is re-created, goes too.
	std::set<ObjectRef> seeds;
	for (const auto &[ref, h] : have) {
		auto it = want.find(ref);
		if (it == want.end() || (!SameDefinition(h, it->second) && !Replaceable(h, it->second))) {
			seeds.insert(ref);
		}
	}
	std::set<ObjectRef> dropped; // the routines among them
	for (const auto &ref : seeds) {
		if (have.at(ref).IsRoutine()) {
			dropped.insert(ref);
		}
	}
	for (const auto &[id, e] : ctx.from.enums) {
		if (ctx.to.enums.count(id) == 0 || ctx.recreated_enums.count(id) > 0) {
			seeds.insert({ObjectKind::kType, id.schema, id.name, ""});
		}
	}
	for (const auto &[id, have_table] : ctx.from.tables) {
		auto it = ctx.to.tables.find(id);
		if (it == ctx.to.tables.end()) {
			seeds.insert(TableObject(id));
			continue;
		}
		for (const auto &c : have_table.columns) {
			const Column *w = it->second.FindColumn(c.name);
			if (w == nullptr || w->type != c.type || w->collation != c.collation) {
				seeds.insert(ColumnObject(id, c.name));
			}
		}
	}
	const DependentsIndex &local = ctx.LocalDependents();
	for (const auto &ref :
	     local.Closure(seeds, [&](const ObjectRef &d) { return have.count(d) > 0; })) {
		if (have.at(ref).IsRoutine()) {
			dropped.insert(ref);
		}
	}
	// Constraints, defaults and indexes that call one of them are dropped
	// before and added again after (DiffTables, DiffDomains).
	for (const auto &e : ctx.from.dependencies) {
		if ((e.dependent.kind == ObjectKind::kConstraint ||
		     e.dependent.kind == ObjectKind::kDefault ||
		     e.dependent.kind == ObjectKind::kDomainConstraint ||
		     e.dependent.kind == ObjectKind::kIndex) &&
		    dropped.count(e.referenced) > 0) {
			ctx.routine_dependents.insert(e.dependent);
		}
	}
}

void
PlanLateRoutines(DiffContext &ctx)
{
	const Nodes want = CollectNodes(ctx.to);
	// Routines that reach no relation through the remote's graph are early;
	// every other dependent object is late.
	std::map<ObjectRef, std::vector<const ObjectRef *>> refs_of;
	for (const auto &e : ctx.to.dependencies) {
		refs_of[e.dependent].push_back(&e.referenced);
	}
	std::set<ObjectRef> &late = ctx.late_routines;
	for (const auto &ref : TopologicalOrder(want, NodeGraph(ctx.to, want))) {
		bool is_late = !want.at(ref).IsRoutine();
		for (const ObjectRef *r : refs_of[ref]) {
			is_late =
			    is_late || IsRelationKind(r->kind) || r->kind == ObjectKind::kColumn ||
			    late.count(*r) > 0 ||
			    (r->kind == ObjectKind::kType && ctx.late_types.count({r->schema, r->name}) > 0);
		}
		if (is_late) {
			late.insert(ref);
		}
	}
	for (const auto &e : ctx.to.dependencies) {
		if ((e.dependent.kind == ObjectKind::kDefault ||
		     e.dependent.kind == ObjectKind::kConstraint ||
		     e.dependent.kind == ObjectKind::kIndex) &&
		    want.count(e.referenced) > 0 && want.at(e.referenced).IsRoutine() &&
		    late.count(e.referenced) > 0) {
			ctx.late_callers.insert(e.dependent);
		}
	}
}

void
DiffRowSecurity(DiffContext &ctx)
{
	for (const auto &[id, want] : ctx.to.tables) {
		// A table dropped and created again starts without row security.
		auto it =
		    ctx.dropped_tables.count(id) > 0 ? ctx.from.tables.end() : ctx.from.tables.find(id);
		const bool have_enabled = it != ctx.from.tables.end() && it->second.row_security;
		const bool have_forced = it != ctx.from.tables.end() && it->second.force_row_security;
		if (have_enabled != want.row_security) {
			ctx.Add(Phase::kAlterTables, "table", QuoteQualified(id), Action::kAlter, false,
			        op::EnableRowSecurity{id, want.row_security})
			    .hazards.Add(Hazard::kChangesAuthorization);
		}
		if (have_forced != want.force_row_security) {
			ctx.Add(Phase::kAlterTables, "table", QuoteQualified(id), Action::kAlter, false,
			        op::ForceRowSecurity{id, want.force_row_security})
			    .hazards.Add(Hazard::kChangesAuthorization);
		}
	}
}

void
DiffDependents(DiffContext &ctx)
{
	const Nodes have = CollectNodes(ctx.from);
	const Nodes want = CollectNodes(ctx.to);

	std::set<ObjectRef> drops;    // dropped (and created again when wanted)
	std::set<ObjectRef> replaces; // CREATE OR REPLACE
	std::set<ObjectRef> seeds = TableSeeds(ctx);
	for (const auto &[ref, h] : have) {
		auto it = want.find(ref);
		if (it == want.end() || SameDefinition(h, it->second)) {
			if (it == want.end()) {
				drops.insert(ref);
				seeds.insert(ref);
			}
			continue;
		}
		if (Replaceable(h, it->second)) {
			replaces.insert(ref);
		} else {
			drops.insert(ref);
			seeds.insert(ref);
		}
	}
	// Whatever depends on a seed goes too, transitively (local graph).
	ctx.CheckCancel();
	const DependentsIndex &local = ctx.LocalDependents();
	for (const auto &ref :
	     local.Closure(seeds, [&](const ObjectRef &d) { return have.count(d) > 0; })) {
		drops.insert(ref);
		replaces.erase(ref);
	}

	const auto have_graph = NodeGraph(ctx.from, have);
	std::vector<ObjectRef> drop_order = TopologicalOrder(have, have_graph);
	std::reverse(drop_order.begin(), drop_order.end());
	for (const auto &ref : drop_order) {
		if (drops.count(ref) > 0) {
			EmitDrop(ctx, have.at(ref), want.count(ref) == 0);
		}
	}

	const auto want_graph = NodeGraph(ctx.to, want);
	const std::set<ObjectRef> &late = ctx.late_routines;
	bool creates_routine = false;
	for (const auto &ref : TopologicalOrder(want, want_graph)) {
		const bool create = have.count(ref) == 0 || drops.count(ref) > 0;
		const bool replace = replaces.count(ref) > 0;
		if (!create && !replace) {
			continue;
		}
		const Node &n = want.at(ref);
		creates_routine = creates_routine || n.routine != nullptr; // bodies, not aggregates
		if (create) {
			ctx.created_dependents.insert(ref);
		}
		EmitCreate(ctx, n, late.count(ref) > 0 ? Phase::kCreateDependents : Phase::kCreateRoutines,
		           replace);
	}
	if (creates_routine) {
		ctx.Add(Phase::kSettings, "setting", "check_function_bodies", Action::kAlter, false,
		        op::SetCheckFunctionBodies{});
	}
}

} // namespace pgschemadiff

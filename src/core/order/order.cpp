// order.cpp — builds the graph of a migration's statements and sorts it.
// Layer: core/order. See order.hpp for the edges; graph.hpp for the sort.
#include "core/order/order.hpp"

#include "core/error.hpp"
#include "core/order/graph.hpp"

#include <map>

namespace pgschemadiff {
namespace {

/// Objects that live on a relation (or a domain) and are named by it.
bool
IsPart(const ObjectRef &r)
{
	switch (r.kind) {
	case ObjectKind::kColumn:
	case ObjectKind::kConstraint:
	case ObjectKind::kIndex:
	case ObjectKind::kDefault:
	case ObjectKind::kTrigger:
	case ObjectKind::kPolicy:
	case ObjectKind::kRule:
	case ObjectKind::kDomainConstraint:
		return true;
	default:
		return false;
	}
}

bool
IsRoutine(ObjectKind kind)
{
	return kind == ObjectKind::kFunction || kind == ObjectKind::kProcedure ||
	       kind == ObjectKind::kAggregate;
}

/// The kinds that own parts. They share one namespace per schema (a
/// relation's row type is a type of the same name), so an owner is found by
/// (schema, name) alone.
bool
IsOwnerKind(ObjectKind kind)
{
	return kind == ObjectKind::kTable || kind == ObjectKind::kView ||
	       kind == ObjectKind::kMaterializedView || kind == ObjectKind::kType;
}

using Index = std::map<ObjectRef, std::vector<std::size_t>>;
using OwnerIndex = std::map<std::pair<std::string, std::string>, std::vector<std::size_t>>;

const std::vector<std::size_t> &
At(const Index &index, const ObjectRef &r)
{
	static const std::vector<std::size_t> kNone;
	auto it = index.find(r);
	return it == index.end() ? kNone : it->second;
}

class Builder {
public:
	explicit Builder(const std::vector<Change> &changes) : changes_(changes), graph_(changes.size())
	{
		for (std::size_t i = 0; i < changes.size(); ++i) {
			const Change &c = changes[i];
			if (c.object.kind == ObjectKind::kUnknown) {
				continue;
			}
			if (c.stub == Change::Stub::kRelease) {
				// Lets go of what the view's query reads: it stands for the
				// view's drop as a dependent, nothing else.
				releases_[c.object].push_back(i);
				continue;
			}
			if (c.stub == Change::Stub::kCompletion) {
				// Waits for what the view reads; nothing waits for it but
				// what the stub's creation already provides (its columns:
				// not an owner's creation for them either).
				completions_[c.object].push_back(i);
				continue;
			}
			if (IsOwnerKind(c.object.kind)) {
				const auto key = std::make_pair(c.object.schema, c.object.name);
				if (c.action == Action::kCreate || c.action == Action::kRename) {
					owner_creates_[key].push_back(i);
					if (c.action == Action::kCreate && c.stub != Change::Stub::kCompletion) {
						owner_spelled_[key].push_back(i);
					}
					if (c.action == Action::kRename) {
						owner_renames_[key].push_back(i);
					}
				} else if (c.action == Action::kDrop || c.removes) {
					owner_drops_[key].push_back(i);
				}
			}
			if (c.removes) {
				drops_[c.object].push_back(i);
				continue;
			}
			if (c.stub == Change::Stub::kStub) {
				stubs_[c.object].push_back(i);
			}
			switch (c.action) {
			case Action::kDrop:
				drops_[c.object].push_back(i);
				if (c.previous.kind != ObjectKind::kUnknown) {
					asides_[c.previous].push_back(i);
				}
				break;
			case Action::kCreate:
				live_[c.object].push_back(i);
				creates_[c.object].push_back(i);
				break;
			case Action::kAlter:
				alters_[c.object].push_back(i);
				live_[c.object].push_back(i);
				break;
			case Action::kRename:
				live_[c.object].push_back(i);
				creates_[c.object].push_back(i);
				renames_[c.object].push_back(i);
				if (c.previous.kind != ObjectKind::kUnknown) {
					drops_[c.previous].push_back(i);
				}
				break;
			}
		}
	}

	/// The statements that make `r` exist as the remote has it: those on `r`
	/// itself and, for a part, the creation of the relation that holds it.
	std::vector<std::size_t> Providers(const ObjectRef &r) const
	{
		// An object made here is there once made (what alters it afterwards,
		// an owner, OWNED BY, may itself wait for its users); one that is
		// kept is as the remote has it once altered.
		// (A column is made by its relation's CREATE.)
		std::vector<std::size_t> made = At(creates_, r);
		if (made.empty() && r.kind == ObjectKind::kColumn) {
			made = AtOwner(owner_spelled_, r);
		}
		std::vector<std::size_t> out = made.empty() ? At(live_, r) : made;
		if (r.kind == ObjectKind::kIndex) {
			// The index of a primary key, unique or exclusion constraint
			// (a foreign key needs it) is made by ADD CONSTRAINT of its name.
			Append(out, At(live_, ObjectRef{ObjectKind::kConstraint, r.schema, r.name, r.sub}));
		}
		if (IsPart(r)) {
			Append(out, OwnerCreates(r));
		}
		return out;
	}

	/// The creation of the relation (or domain) a part belongs to.
	const std::vector<std::size_t> &OwnerCreates(const ObjectRef &part) const
	{
		return AtOwner(owner_creates_, part);
	}

	const std::vector<std::size_t> &OwnerDrops(const ObjectRef &part) const
	{
		return AtOwner(owner_drops_, part);
	}

	static const std::vector<std::size_t> &AtOwner(const OwnerIndex &index, const ObjectRef &part)
	{
		static const std::vector<std::size_t> kNone;
		auto it = index.find({part.schema, part.name});
		return it == index.end() ? kNone : it->second;
	}

	static void Append(std::vector<std::size_t> &out, const std::vector<std::size_t> &more)
	{
		out.insert(out.end(), more.begin(), more.end());
	}

	/// The statements that make `r` need what it depends on: those on `r`
	/// and, for a column, the creation of its relation (CREATE TABLE and
	/// CREATE TYPE ... AS spell the column's type).
	std::vector<std::size_t> Consumers(const ObjectRef &r) const
	{
		std::vector<std::size_t> out;
		for (std::size_t i : At(live_, r)) {
			if (changes_[i].stub != Change::Stub::kStub) {
				out.push_back(i); // a stub needs no more than its column types
			}
		}
		Append(out, At(completions_, r));
		// CREATE TABLE spells its columns and the defaults not set apart
		// (a default set by a statement of its own is that statement's).
		if (r.kind == ObjectKind::kColumn ||
		    (r.kind == ObjectKind::kDefault && At(live_, r).empty())) {
			Append(out, AtOwner(owner_spelled_, r)); // not a rename: it spells nothing
		}
		if (r.kind == ObjectKind::kDefault && At(live_, r).empty()) {
			// ADD COLUMN spells it too
			Append(out, At(creates_, ObjectRef{ObjectKind::kColumn, r.schema, r.name, r.sub}));
		}
		return out;
	}

	/// The renames of `r` (or of the relation that holds it).
	std::vector<std::size_t> Renames(const ObjectRef &r) const
	{
		std::vector<std::size_t> out = At(renames_, r);
		if (IsPart(r)) {
			Append(out, AtOwner(owner_renames_, r));
		}
		return out;
	}

	/// The statements that remove `r`: its drop and its relation's drop.
	std::vector<std::size_t> Removers(const ObjectRef &r) const
	{
		std::vector<std::size_t> out = At(drops_, r);
		if (r.kind == ObjectKind::kIndex) {
			Append(out, At(drops_, ObjectRef{ObjectKind::kConstraint, r.schema, r.name, r.sub}));
		}
		if (r.kind == ObjectKind::kDefault) { // goes with its column
			Append(out, At(drops_, ObjectRef{ObjectKind::kColumn, r.schema, r.name, r.sub}));
		}
		// A part dropped by a statement of its own is gone before its
		// relation (foreign keys between two dropped tables): only a part
		// that goes with its relation waits for the relation's drop.
		if (IsPart(r) && out.empty()) {
			Append(out, OwnerDrops(r));
		}
		return out;
	}

	void Edges(const std::vector<std::size_t> &before, const std::vector<std::size_t> &after)
	{
		for (std::size_t b : before) {
			for (std::size_t a : after) {
				graph_.AddEdge(b, a);
			}
		}
	}

	void RemoteEdges(const Catalog &to)
	{
		for (const auto &e : to.dependencies) {
			// OWNED BY makes a sequence depend on its column; that link is its
			// own statement (needs the column), not the sequence's creation.
			if (e.dependent.kind == ObjectKind::kSequence) {
				continue;
			}
			// Most edges join objects the migration leaves alone: look the
			// dependent up first, the referenced object only when needed.
			const std::vector<std::size_t> consumers = Consumers(e.dependent);
			if (!consumers.empty()) {
				Edges(Providers(e.referenced), consumers);
			}
		}
	}

	void LocalEdges(const Catalog &from)
	{
		for (const auto &e : from.dependencies) {
			if (e.dependent.kind == ObjectKind::kSequence) {
				continue;
			}
			// What depends on an object leaves before the object goes or
			// changes. (An alter of the dependent may be what makes it stop
			// depending, or what sets its remote state, which may need the
			// object re-created: the graph cannot tell, the phases order it.)
			// A view replaced by its columns only has let go already.
			const std::vector<std::size_t> &released = At(releases_, e.dependent);
			const std::vector<std::size_t> dependent_drops =
			    released.empty() ? Removers(e.dependent) : released;
			if (dependent_drops.empty()) {
				continue;
			}
			Edges(dependent_drops, Removers(e.referenced));
			Edges(dependent_drops, At(alters_, e.referenced));
			Edges(dependent_drops, At(asides_, e.referenced));
			// The local catalog names renamed objects by their new names
			// (DetectRenames): a DROP FUNCTION f(moved_type) runs after the move.
			Edges(Renames(e.referenced), dependent_drops);
		}
		for (const auto &e : from.dependencies) {
			// An object that goes for good (no statement makes it again) is
			// no longer used once the migration ends: a change of what used
			// it (a column's new type) is what lets go of it, and runs first.
			if (e.dependent.kind == ObjectKind::kSequence) {
				continue;
			}
			const std::vector<std::size_t> &changed = At(alters_, e.dependent);
			// (Not when the dependent is made again here, or removed and set
			// again: its alters are of the new one.)
			if (changed.empty() || !At(creates_, e.dependent).empty() ||
			    !At(drops_, e.dependent).empty() || // removed first, then set anew
			    (IsPart(e.dependent) && !OwnerCreates(e.dependent).empty())) {
				continue;
			}
			// The same for the old object renamed aside (its new one made
			// under its name): what used it is changed to the new one first.
			Edges(changed, At(asides_, e.referenced));
			if (!At(live_, e.referenced).empty()) {
				continue;
			}
			Edges(changed, Removers(e.referenced));
		}
	}

	void StructuralEdges()
	{
		for (const auto &[object, drops] : drops_) {
			Edges(drops, At(live_, object));
		}
		// A routine's identity includes its argument names, which CREATE OR
		// REPLACE cannot change: a routine of that name that goes, goes
		// before one of that name is created.
		std::map<std::pair<std::string, std::string>, std::vector<std::size_t>> routine_drops;
		for (const auto &[object, drops] : drops_) {
			if (IsRoutine(object.kind)) {
				Append(routine_drops[{object.schema, object.name}], drops);
			}
		}
		for (const auto &[object, made] : creates_) {
			if (IsRoutine(object.kind)) {
				auto it = routine_drops.find({object.schema, object.name});
				if (it != routine_drops.end()) {
					Edges(it->second, made);
				}
			}
		}
		for (const auto &[object, alters] : alters_) {
			Edges(At(creates_, object), alters); // made before it is changed
			// The steps the diff took on one object (DROP DEFAULT, then the
			// new type, then the new default) run in the order it took them.
			for (std::size_t k = 1; k < alters.size(); ++k) {
				graph_.AddEdge(alters[k - 1], alters[k]);
			}
		}
		for (const auto &[object, asides] : asides_) {
			Edges(At(drops_, object), asides); // renamed aside before it goes
		}
		for (const auto &[object, done] : completions_) {
			Edges(At(stubs_, object), done);
		}
		for (const auto &[object, released] : releases_) {
			Edges(released, At(drops_, object));
		}
		for (std::size_t i = 0; i < changes_.size(); ++i) {
			const Change &c = changes_[i];
			if (c.action == Action::kRename && IsOwnerKind(c.object.kind)) {
				// Another relation or type of that name leaves first.
				Edges(AtOwner(owner_drops_, c.object), {i});
			}
			if (c.object.kind == ObjectKind::kPublicationTable) {
				// A table leaving a publication is named by its new name, and
				// leaves before it goes.
				Edges(AtOwner(owner_renames_, c.object), {i});
				if (c.action == Action::kDrop) {
					Edges({i}, AtOwner(owner_drops_, c.object));
				} else {
					Edges(AtOwner(owner_creates_, c.object), {i});
				}
			}
			if (IsPart(c.object)) {
				if (c.action == Action::kDrop || c.removes) {
					Edges({i}, OwnerDrops(c.object));
					// Named on its relation's new name.
					Edges(AtOwner(owner_renames_, c.object), {i});
				} else {
					Edges(OwnerCreates(c.object), {i});
				}
			}
			for (const auto &need : c.needs) {
				Edges(Providers(need), {i});
			}
			// An object in a schema: made after the schema, gone before it.
			if (c.object.kind != ObjectKind::kSchema && !c.object.schema.empty()) {
				const ObjectRef schema{ObjectKind::kSchema, c.object.schema, "", ""};
				if (c.action == Action::kDrop || c.removes) {
					Edges({i}, At(drops_, schema));
				} else {
					Edges(At(creates_, schema), {i});
				}
			}
			if (c.action == Action::kRename && !c.previous.schema.empty() &&
			    c.previous.kind != ObjectKind::kSchema) {
				Edges({i}, At(drops_, ObjectRef{ObjectKind::kSchema, c.previous.schema, "", ""}));
			}
		}
	}

	/// Sorts `changes`; false (and `cycle` set) when some need each other.
	bool Sort(std::vector<Change> &changes, std::vector<std::size_t> &cycle,
	          bool reverse_ties) const
	{
		const Graph::Sorted sorted = graph_.Sort([&](std::size_t a, std::size_t b) {
			if (reverse_ties) {
				std::swap(a, b);
			}
			const Change &x = changes[a];
			const Change &y = changes[b];
			if (x.phase != y.phase) {
				return static_cast<int>(x.phase) < static_cast<int>(y.phase);
			}
			if (x.sequence != y.sequence) {
				return x.sequence < y.sequence;
			}
			return a < b;
		});
		if (!sorted.blocked.empty()) {
			cycle = graph_.FindCycle(sorted.blocked);
			return false;
		}
		std::vector<Change> out;
		out.reserve(changes.size());
		for (std::size_t i : sorted.order) {
			out.push_back(std::move(changes[i]));
		}
		changes = std::move(out);
		return true;
	}

	[[noreturn]] static void ReportCycle(const std::vector<Change> &changes,
	                                     const std::vector<std::size_t> &cycle)
	{
		std::string detail;
		for (std::size_t i : cycle) {
			const Change &c = changes[i];
			detail += (detail.empty() ? "" : "\n") + std::string(ActionName(c.action)) + " " +
			          std::string(c.kind) + " " + c.identity +
			          " needs the next statement to run first";
		}
		detail += "\n(and the last needs the first)";
		throw Error(ErrorKind::kDependencyCycle,
		            "cannot order the migration: " + std::to_string(cycle.size()) +
		                " statements need each other",
		            detail,
		            "Migrate in two steps: first without one of these objects, then with it.");
	}

private:
	const std::vector<Change> &changes_;
	Graph graph_;
	Index alters_;
	Index creates_; // creates and renames (to the name)
	Index live_;    // creates, renames and alters
	Index drops_;
	OwnerIndex owner_creates_; // creates (and renames to) of relations and types by (schema, name)
	OwnerIndex owner_drops_;
	OwnerIndex owner_spelled_; // creates of relations and types: they spell their columns
	Index renames_;            // renames, by the new name
	Index stubs_;              // views created with their columns only
	Index completions_;        // their CREATE OR REPLACE with the real query
	Index releases_;           // views replaced by their columns before their drop
	Index asides_; // drops of objects renamed aside, by the name the local edges know
	OwnerIndex owner_renames_; // renames of relations and types, by the new (schema, name)
};

} // namespace

/// Breaks a cycle the standard way pg_dump does: a plain view on it is
/// created first with its columns only (NULL of each column's type) and
/// replaced by its real query once what the query reads exists. False when
/// no statement of the cycle can be split so.
bool
SplitViewOnCycle(std::vector<Change> &changes, const std::vector<std::size_t> &cycle)
{
	for (std::size_t i : cycle) {
		Change &c = changes[i];
		const op::CreateView *create = c.statement.As<op::CreateView>();
		if (c.stub != Change::Stub::kNone || c.action != Action::kCreate || create == nullptr ||
		    create->view.materialized || create->or_replace || create->view.columns.empty()) {
			continue;
		}
		Change done = c;
		done.stub = Change::Stub::kCompletion;
		done.statement = op::CreateView{create->view, true};
		c.stub = Change::Stub::kStub;
		c.statement = op::CreateViewStub{create->view};
		changes.push_back(std::move(done));
		return true;
	}
	return false;
}

/// The other direction: a plain view on a cycle of drops (a function whose
/// BEGIN ATOMIC body reads the view the function is called from, both
/// dropped) is first replaced by its columns only (CREATE OR REPLACE VIEW …
/// AS SELECT NULL::type …): it no longer reads what its query read, which
/// can then go before it. False when no drop of the cycle can be so.
bool
ReleaseViewOnCycle(std::vector<Change> &changes, const std::vector<std::size_t> &cycle,
                   const Catalog &from)
{
	for (std::size_t i : cycle) {
		const Change &c = changes[i];
		const op::DropView *drop = c.statement.As<op::DropView>();
		if (c.stub != Change::Stub::kNone || c.action != Action::kDrop || drop == nullptr ||
		    drop->materialized) {
			continue;
		}
		auto it = from.views.find(drop->id);
		if (it == from.views.end() || it->second.materialized || it->second.columns.empty()) {
			continue;
		}
		bool released = false;
		for (const Change &other : changes) {
			released =
			    released || (other.stub == Change::Stub::kRelease && other.object == c.object);
		}
		if (released) {
			continue;
		}
		Change release;
		release.phase = c.phase;
		release.kind = c.kind;
		release.identity = c.identity;
		release.action = Action::kAlter;
		release.statement = op::CreateViewStub{it->second, true};
		release.sequence = c.sequence;
		release.object = c.object;
		release.stub = Change::Stub::kRelease;
		changes.push_back(std::move(release));
		return true;
	}
	return false;
}

void
OrderChanges(std::vector<Change> &changes, const Catalog &from, const Catalog &to,
             bool reverse_ties)
{
	for (;;) {
		std::vector<std::size_t> cycle;
		{
			Builder b(changes);
			b.RemoteEdges(to);
			b.LocalEdges(from);
			b.StructuralEdges();
			if (b.Sort(changes, cycle, reverse_ties)) {
				return;
			}
		}
		if (!SplitViewOnCycle(changes, cycle) && !ReleaseViewOnCycle(changes, cycle, from)) {
			Builder::ReportCycle(changes, cycle);
		}
	}
}

void
OrderChanges(std::vector<Change> &changes)
{
	const Catalog none;
	OrderChanges(changes, none, none, false);
}

} // namespace pgschemadiff

// diff_owners.cpp — ALTER … OWNER TO (option with_owners).
// Layer: core/diff. Runs after every other kind, so that it sees what this
// migration creates. An object on both sides whose owner differs gets the
// remote's; an object the migration creates (or drops and creates again)
// belongs to the role that runs it — taken to be the role calling
// schema_diff, as for default privileges — and gets the remote's owner when
// that is another role. Owners of roles the local cluster lacks are not
// migrated: a WARNING names them (the rest of the migration stays whole).
// A sequence OWNED BY a column follows its table (ALTER TABLE … OWNER TO
// takes it along; PostgreSQL refuses it alone) unless the migration creates
// it or links it: then it gets its owner before OWNED BY, which needs the
// table's owner. Indexes follow their table. pg_dump prints owners before
// privileges: so do we (Phase::kOwners precedes kPrivileges).
#include "core/diff/context.hpp"
#include "core/plan/object_kind.hpp"
#include "core/util/quote.hpp"

#include <map>
#include <set>

namespace pgschemadiff {
namespace {

/// Relations: ALTER … OWNER TO takes ACCESS EXCLUSIVE (AlterTableGetLockLevel).
bool
IsRelation(ObjectKind kind)
{
	return kind == ObjectKind::kTable || kind == ObjectKind::kView ||
	       kind == ObjectKind::kMaterializedView || kind == ObjectKind::kSequence ||
	       kind == ObjectKind::kForeignTable;
}

} // namespace

void
DiffOwners(DiffContext &ctx)
{
	// The statement that creates each object, by kind and identity (and by
	// the object it names, for changes that name one).
	std::map<std::pair<std::string, std::string>, Phase> created;
	std::map<ObjectRef, Phase> created_objects;
	// An object renamed (or moved) in place keeps its owner: the local one
	// is found under its old name.
	std::map<ObjectRef, ObjectRef> renamed_from;
	for (const auto &c : ctx.changes) {
		if (c.action == Action::kRename && c.object.kind != ObjectKind::kUnknown) {
			renamed_from.emplace(c.object, c.previous);
		}
		if (c.action != Action::kCreate) {
			continue;
		}
		created.emplace(std::make_pair(c.kind, c.identity), c.phase);
		if (c.object.kind != ObjectKind::kUnknown) {
			created_objects.emplace(c.object, c.phase);
		}
	}
	const std::string &applier = ctx.from.current_role;
	std::map<std::string, std::vector<std::string>> missing; // role -> objects left out
	for (const auto &[object, owner] : ctx.to.owners) {
		const std::string identity = ObjectIdentity(object);
		std::optional<Phase> creation;
		if (auto it = created.find({KindName(object.kind), identity}); it != created.end()) {
			creation = it->second;
		} else if (auto ot = created_objects.find(object); ot != created_objects.end()) {
			creation = ot->second;
		}
		auto renamed = renamed_from.find(object);
		auto local = ctx.from.owners.find(renamed != renamed_from.end() ? renamed->second : object);
		if (!creation && local == ctx.from.owners.end()) {
			continue; // not migrated (reported elsewhere) or not here after all
		}
		if (object.kind == ObjectKind::kSequence && owner.linked && !creation &&
		    local->second.linked) {
			continue; // follows its table
		}
		const std::string &current = creation ? applier : local->second.role;
		if (owner.role == current) {
			continue;
		}
		if (ctx.from.roles.count(owner.role) == 0) {
			missing[owner.role].push_back(KindName(object.kind) + (" " + identity));
			continue;
		}
		// Right after its creation when the migration creates it; otherwise
		// with the others, before OWNED BY and the grants.
		const Phase phase = creation && *creation > Phase::kOwners ? *creation : Phase::kOwners;
		Change &c = ctx.Add(phase, "owner", identity, Action::kAlter, false,
		                    op::Owner{object, owner.sql_kind, owner.role});
		c.needs.push_back(object);
		if (!creation && IsRelation(object.kind)) {
			c.hazards.Add(Hazard::kAccessExclusiveLock);
		}
	}
	for (const auto &[role, what] : missing) {
		std::string detail;
		for (const auto &w : what) {
			detail += (detail.empty() ? "" : "; ") + w;
		}
		ctx.Warn("role " + QuoteIdent(role) +
		             " does not exist locally: the objects it owns on the remote keep their owner",
		         "Not migrated: owner of " + detail +
		             ". Create the role and run schema_diff again.");
	}
}

} // namespace pgschemadiff

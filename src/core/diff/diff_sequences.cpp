// diff_sequences.cpp — CREATE / ALTER / DROP SEQUENCE and OWNED BY.
// Layer: core/diff. Runs after DiffTables: a sequence owned by a column that
// this migration drops would vanish with it, so it is released first
// (OWNED BY NONE) and owned again once its new column exists. ALTER SEQUENCE
// never restarts: the current value is data and stays.
#include "core/diff/context.hpp"
#include "core/plan/objects.hpp"
#include "core/util/quote.hpp"

#include <set>

namespace pgschemadiff {
namespace {

bool
OwnerGoes(const DiffContext &ctx, const std::optional<ColumnRef> &owner)
{
	return owner && ctx.ColumnGoes(owner->table, owner->column);
}

void
DiffOwner(DiffContext &ctx, const Sequence &have, const Sequence &want)
{
	const std::string id = QuoteQualified(want.id);
	const bool owner_goes = OwnerGoes(ctx, have.owned_by);
	if (have.owned_by == want.owned_by && !owner_goes) {
		return;
	}
	if (!want.owned_by || owner_goes) {
		ctx.Add(Phase::kReleaseSequences, "sequence", id, Action::kAlter, false,
		        op::SequenceOwnedBy{want.id, std::nullopt})
		    .object = SequenceObject(want.id);
	}
	if (want.owned_by) {
		Change &own = ctx.Add(Phase::kOwnSequences, "sequence", id, Action::kAlter, false,
		                      op::SequenceOwnedBy{want.id, want.owned_by});
		own.object = SequenceObject(want.id);
		own.needs.push_back(ColumnObject(want.owned_by->table, want.owned_by->column));
	}
}

/// PostgreSQL refuses new bounds that exclude the current value; only then
/// is the sequence restarted (at its new start), and the user is told.
bool
NeedsRestart(const Sequence &have, const Sequence &want)
{
	if (!have.last_value) {
		return false;
	}
	try {
		const long long current = std::stoll(*have.last_value);
		return current < std::stoll(want.options.min_value) ||
		       current > std::stoll(want.options.max_value);
	} catch (const std::exception &) {
		return false;
	}
}

} // namespace

void
DiffSequences(DiffContext &ctx)
{
	for (const auto &[sid, want] : ctx.to.sequences) {
		const std::string id = QuoteQualified(sid);
		auto it = ctx.from.sequences.find(sid);
		if (it == ctx.from.sequences.end()) {
			ctx.Add(Phase::kCreateSequences, "sequence", id, Action::kCreate, false,
			        op::CreateSequence{want})
			    .object = SequenceObject(sid);
			if (want.owned_by) {
				const ObjectRef column = ColumnObject(want.owned_by->table, want.owned_by->column);
				Change &own = ctx.Add(Phase::kOwnSequences, "sequence", id, Action::kAlter, false,
				                      op::SequenceOwnedBy{sid, want.owned_by});
				own.object = SequenceObject(sid);
				own.needs.push_back(column);
				// A new sequence for a column that already has rows (identity ->
				// serial): continue after the existing values.
				auto t = ctx.from.tables.find(want.owned_by->table);
				if (t != ctx.from.tables.end() && t->second.FindColumn(want.owned_by->column) &&
				    !OwnerGoes(ctx, want.owned_by)) {
					Change &sync = ctx.Add(Phase::kOwnSequences, "sequence", id, Action::kAlter,
					                       false,
					                       op::SyncSequenceToColumn{sid, want.owned_by->table,
					                                                want.owned_by->column});
					sync.object = SequenceObject(sid);
					sync.needs.push_back(column);
				}
			}
			continue;
		}
		const Sequence &have = it->second;
		if (have.options != want.options) {
			const bool restart = NeedsRestart(have, want);
			if (restart) {
				ctx.Warn("sequence " + id + " will restart at " + want.options.start,
				         "Its current value " + *have.last_value +
				             " is outside the remote's bounds [" + want.options.min_value + ", " +
				             want.options.max_value + "].");
			}
			ctx.Add(Phase::kCreateSequences, "sequence", id, Action::kAlter, false,
			        op::AlterSequence{sid, want.options, restart})
			    .object = SequenceObject(sid);
		}
		if (have.unlogged != want.unlogged) {
			ctx.Add(Phase::kCreateSequences, "sequence", id, Action::kAlter, false,
			        op::AlterSequencePersistence{sid, want.unlogged})
			    .object = SequenceObject(sid);
		}
		DiffOwner(ctx, have, want);
	}
	std::set<QualifiedName> identity_names;
	for (const auto &[tid, table] : ctx.to.tables) {
		for (const auto &c : table.columns) {
			if (c.identity) {
				identity_names.insert(c.identity->sequence);
			}
		}
	}
	for (const auto &[sid, have] : ctx.from.sequences) {
		if (ctx.to.sequences.count(sid) == 0) {
			// An identity column of the remote takes this name (serial ->
			// identity): drop it before ADD GENERATED, after its default went.
			const Phase phase = identity_names.count(sid) > 0 ? Phase::kDropReplacedSequences
			                                                  : Phase::kDropSequences;
			// Dropped with its owner already when that goes: IF EXISTS.
			ctx.Add(phase, "sequence", QuoteQualified(sid), Action::kDrop, true,
			        op::DropSequence{sid, OwnerGoes(ctx, have.owned_by)})
			    .object = SequenceObject(sid);
		}
	}
}

} // namespace pgschemadiff

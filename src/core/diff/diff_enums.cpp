// diff_enums.cpp — CREATE TYPE ... AS ENUM, ADD VALUE in place, DROP TYPE.
// Layer: core/diff. Labels added anywhere keep existing rows (ALTER TYPE ...
// ADD VALUE BEFORE/AFTER). Removed, renamed or reordered labels cannot be
// changed in place: the type is renamed aside, created again, every column
// using it is converted through text by DiffTables (defaults dropped and set
// again), its dependents are re-created by DiffDependents, and the old type
// is dropped last. A row holding a removed label makes the conversion fail,
// inside the migration's transaction: rows are never lost silently. Added
// labels that the migration itself uses (a new default 'x'::type) take the
// re-create path too: a label cannot be used in the transaction that adds it.
#include "core/diff/context.hpp"
#include "core/plan/objects.hpp"
#include "core/util/quote.hpp"

#include <algorithm>
#include <cctype>

namespace pgschemadiff {
namespace {

/// True when `have` appears in `want` in the same order (labels only added).
bool
IsOrderedSubset(const std::vector<std::string> &have, const std::vector<std::string> &want)
{
	std::size_t j = 0;
	for (const auto &label : want) {
		if (j < have.size() && have[j] == label) {
			++j;
		}
	}
	return j == have.size();
}

void
AddLabels(DiffContext &ctx, const EnumType &have, const EnumType &want, bool commits = false)
{
	const auto exists = [&](const std::string &l) {
		return std::find(have.labels.begin(), have.labels.end(), l) != have.labels.end();
	};
	for (std::size_t i = 0; i < want.labels.size(); ++i) {
		const std::string &label = want.labels[i];
		if (exists(label)) {
			continue;
		}
		std::string neighbour;
		bool before = false;
		if (i > 0) {
			neighbour = want.labels[i - 1]; // exists already, or was added just before
		} else {
			auto first = std::find_if(want.labels.begin(), want.labels.end(), exists);
			if (first != want.labels.end()) {
				neighbour = *first;
				before = true;
			}
		}
		Change &c = ctx.Add(Phase::kCreateEnums, "type", QuoteQualified(want.id), Action::kAlter,
		                    false, op::AddEnumValue{want.id, label, neighbour, before});
		c.object = TypeObject(want.id);
		c.commits = commits;
	}
}

void
RecreateEnum(DiffContext &ctx, const EnumType &have, const EnumType &want)
{
	const QualifiedName aside{want.id.schema, AsideName(want.id.name)};
	const std::string id = QuoteQualified(want.id);
	// The old type, renamed aside, is dropped by phase (late): it is not the
	// object the local graph names any more.
	Change &rename = ctx.Add(Phase::kCreateEnums, "type", id, Action::kAlter, false,
	                         op::RenameType{want.id, aside.name});
	rename.object = TypeObject(want.id);
	rename.removes = true; // the name is free for CREATE TYPE once its dependents are gone
	ctx.Add(Phase::kCreateEnums, "type", id, Action::kCreate, false, op::CreateEnum{want})
	    .object = TypeObject(want.id);
	// Removed labels are definitions the remote lacks: guarded by allow_drops.
	bool removes = false;
	for (const auto &label : have.labels) {
		removes = removes ||
		          std::find(want.labels.begin(), want.labels.end(), label) == want.labels.end();
	}
	ctx.Add(Phase::kDropEnums, "type", QuoteQualified(aside), Action::kDrop, removes,
	        op::DropType{aside});
	ctx.recreated_enums.insert(want.id);
	for (const auto &type : TypeSpellings(want.id)) {
		ctx.retyped_types.insert(type);
		ctx.retyped_types.insert(type + "[]");
	}
}

std::string PartitionKeyUser(const DiffContext &ctx, const QualifiedName &id);
bool KeyUsesType(const Table &t, const QualifiedName &id);

/// True when the remote uses one of the labels `have` lacks in an expression
/// the migration creates (a default, check, index, view, policy, trigger):
/// PostgreSQL refuses a label in the transaction that adds it ("unsafe use
/// of new value"), so such a type is re-created instead of ADD VALUE.
bool
NewLabelUsed(const DiffContext &ctx, const EnumType &have, const EnumType &want)
{
	std::vector<std::string> needles;
	for (const auto &label : want.labels) {
		if (std::find(have.labels.begin(), have.labels.end(), label) != have.labels.end()) {
			continue;
		}
		std::string quoted = "'";
		for (char c : label) {
			quoted += c == '\'' ? std::string("''") : std::string(1, c);
		}
		for (const auto &spelling : TypeSpellings(want.id)) {
			needles.push_back(quoted + "'::" + spelling);
		}
	}
	const auto uses = [&](const std::string &text) {
		for (const auto &n : needles) {
			if (text.find(n) != std::string::npos) {
				return true;
			}
		}
		return false;
	};
	const auto uses_opt = [&](const std::optional<std::string> &text) {
		return text && uses(*text);
	};
	const Catalog &to = ctx.to;
	for (const auto &[id, t] : to.tables) {
		// A partition bound prints the label without a cast: FOR VALUES IN ('x').
		if (t.partition_bound && !t.parents.empty()) {
			auto parent = to.tables.find(t.parents.front());
			if (parent != to.tables.end() && KeyUsesType(parent->second, want.id)) {
				for (const auto &label : want.labels) {
					const bool added = std::find(have.labels.begin(), have.labels.end(), label) ==
					                   have.labels.end();
					if (added && t.partition_bound->find(QuoteLiteral(label)) != std::string::npos) {
						return true;
					}
				}
			}
		}
		for (const auto &c : t.columns) {
			if (uses_opt(c.default_expr) || uses_opt(c.generated_expr)) {
				return true;
			}
		}
		for (const auto &[name, k] : t.constraints) {
			if (uses(k.definition)) {
				return true;
			}
		}
		for (const auto &[name, i] : t.indexes) {
			if (uses(i.definition)) {
				return true;
			}
		}
	}
	for (const auto &[id, v] : to.views) {
		if (uses(v.definition)) {
			return true;
		}
	}
	for (const auto &[key, p] : to.policies) {
		if (uses_opt(p.using_expr) || uses_opt(p.check_expr)) {
			return true;
		}
	}
	for (const auto &[key, g] : to.triggers) {
		if (uses(g.definition)) {
			return true;
		}
	}
	for (const auto &[id, d] : to.domains) {
		if (uses_opt(d.default_expr)) {
			return true;
		}
		for (const auto &[name, def] : d.checks) {
			if (uses(def)) {
				return true;
			}
		}
	}
	return false;
}

/// True when the partition key of `t` names a column of type `id` (or an
/// array of it).
bool
KeyUsesType(const Table &t, const QualifiedName &id)
{
	if (t.partition_key.empty()) {
		return false;
	}
	const auto spellings = TypeSpellings(id);
	for (const auto &c : t.columns) {
		std::string element = c.type;
		while (element.size() > 2 && element.compare(element.size() - 2, 2, "[]") == 0) {
			element.resize(element.size() - 2);
		}
		if (std::find(spellings.begin(), spellings.end(), element) == spellings.end()) {
			continue;
		}
		// The key names the column plainly or quoted: "LIST (m)", "RANGE (\"M\", x)".
		const std::string &key = t.partition_key;
		for (const std::string &name : {c.name, QuoteIdent(c.name)}) {
			for (std::size_t at = key.find(name); at != std::string::npos;
			     at = key.find(name, at + 1)) {
				const auto word = [](char ch) {
					return std::isalnum(static_cast<unsigned char>(ch)) || ch == '_' || ch == '"';
				};
				const bool starts = at == 0 || !word(key[at - 1]);
				const bool ends = at + name.size() >= key.size() || !word(key[at + name.size()]);
				if (starts && ends) {
					return true;
				}
			}
		}
	}
	return false;
}

/// A local partitioned table whose partition key names a column of type
/// `id`: PostgreSQL cannot change the type of such a column, so the enum
/// cannot be re-created under it. Empty when none.
std::string
PartitionKeyUser(const DiffContext &ctx, const QualifiedName &id)
{
	for (const auto &[table_id, t] : ctx.from.tables) {
		if (KeyUsesType(t, id)) {
			return QuoteQualified(table_id);
		}
	}
	return {};
}

} // namespace

std::string
AsideName(const std::string &name)
{
	static const std::string kSuffix = "__pgschemadiff_old";
	constexpr std::size_t kMaxIdentifier = 63; // NAMEDATALEN - 1
	return name.substr(0, kMaxIdentifier - kSuffix.size()) + kSuffix;
}

void
DiffEnums(DiffContext &ctx)
{
	for (const auto &[id, want] : ctx.to.enums) {
		auto it = ctx.from.enums.find(id);
		if (it == ctx.from.enums.end()) {
			ctx.Add(Phase::kCreateEnums, "type", QuoteQualified(id), Action::kCreate, false,
			        op::CreateEnum{want})
			    .object = TypeObject(id);
			continue;
		}
		const EnumType &have = it->second;
		if (have == want) {
			continue;
		}
		const bool added_only = IsOrderedSubset(have.labels, want.labels);
		const bool used = added_only && NewLabelUsed(ctx, have, want);
		if (added_only && !used) {
			AddLabels(ctx, have, want);
		} else if (added_only && !PartitionKeyUser(ctx, id).empty()) {
			// Used here and under a partition key (no re-create possible): the
			// labels are added and committed before the statements using them.
			AddLabels(ctx, have, want, true);
		} else if (const std::string table = PartitionKeyUser(ctx, id); !table.empty()) {
			ctx.Warn("enum type " + QuoteQualified(id) + " was not changed: labels removed, " +
			             "renamed or reordered need the type created again, and the partition " +
			             "key of table " + table + " uses it",
			         "PostgreSQL cannot change the type of a partition key column. Remote labels: ", op::CreateEnum{want});
		} else {
			RecreateEnum(ctx, have, want);
		}
	}
	for (const auto &[id, have] : ctx.from.enums) {
		if (ctx.to.enums.count(id) == 0) {
			ctx.Add(Phase::kDropEnums, "type", QuoteQualified(id), Action::kDrop, true,
			        op::DropType{id})
			    .object = TypeObject(id);
		}
	}
}

} // namespace pgschemadiff

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
#include <optional>
#include <string_view>
#include <unordered_map>

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
	Change &drop = ctx.Add(Phase::kDropEnums, "type", QuoteQualified(aside), Action::kDrop,
	                       removes, op::DropType{aside});
	drop.object = TypeObject(aside);
	drop.previous = TypeObject(want.id); // what the local graph calls it
	ctx.recreated_enums.insert(want.id);
	for (const auto &type : TypeSpellings(want.id)) {
		ctx.retyped_types.insert(type);
		ctx.retyped_types.insert(type + "[]");
	}
}

std::string PartitionKeyUser(const DiffContext &ctx, const QualifiedName &id);
bool KeyUsesType(const Table &t, const QualifiedName &id);

/// Every "'literal'::type" cast in the remote's expressions (defaults,
/// checks, indexes, views, policies, triggers, domains), by the type as
/// written after "::": each entry is the expression's text up to and
/// including the literal's closing quote. Built once per diff, so that the
/// enums with added labels are checked against the casts of their own type
/// rather than each scanning every expression (quadratic at tens of
/// thousands of tables, where hundreds of enums change).
using CastIndex = std::unordered_map<std::string_view, std::vector<std::string_view>>;

/// What NewLabelUsed looks through, gathered once per diff.
struct RemoteLabelUses {
	CastIndex casts;
	/// Partitions and their parent (a bound prints labels without a cast).
	std::vector<std::pair<const Table *, const Table *>> partitions;
};

/// Where the type name that starts at `at` ends: identifier characters,
/// dots, and quoted identifiers ("" inside).
std::size_t
TypeNameEnd(std::string_view text, std::size_t at)
{
	std::size_t i = at;
	while (i < text.size()) {
		const unsigned char ch = static_cast<unsigned char>(text[i]);
		if (ch == '"') {
			for (++i; i < text.size(); ++i) {
				if (text[i] == '"') {
					if (i + 1 < text.size() && text[i + 1] == '"') {
						++i;
						continue;
					}
					break;
				}
			}
			if (i < text.size()) {
				++i; // the closing quote
			}
			continue;
		}
		if (std::isalnum(ch) || ch == '_' || ch == '.' || ch == '$' || ch >= 0x80) {
			++i;
			continue;
		}
		break;
	}
	return i;
}

void
IndexCasts(std::string_view text, CastIndex &index)
{
	for (std::size_t p = text.find("'::"); p != std::string_view::npos;
	     p = text.find("'::", p + 3)) {
		const std::size_t start = p + 3;
		const std::size_t end = TypeNameEnd(text, start);
		if (end > start) {
			index[text.substr(start, end - start)].push_back(text.substr(0, p + 1));
		}
	}
}

RemoteLabelUses
RemoteUses(const Catalog &to)
{
	RemoteLabelUses uses;
	CastIndex &index = uses.casts;
	const auto add = [&](const std::string &text) { IndexCasts(text, index); };
	const auto add_opt = [&](const auto &text) {
		if (text) {
			add(*text);
		}
	};
	for (const auto &[id, t] : to.tables) {
		if (t.partition_bound && !t.parents.empty()) {
			auto parent = to.tables.find(t.parents.front());
			if (parent != to.tables.end()) {
				uses.partitions.emplace_back(&t, &parent->second);
			}
		}
		for (const auto &c : t.columns) {
			add_opt(c.default_expr);
			add_opt(c.generated_expr);
		}
		for (const auto &[name, k] : t.constraints) {
			add(k.definition);
		}
		for (const auto &[name, i] : t.indexes) {
			add(i.definition);
		}
	}
	for (const auto &[id, v] : to.views) {
		add(v.definition);
	}
	for (const auto &[key, p] : to.policies) {
		add_opt(p.using_expr);
		add_opt(p.check_expr);
	}
	for (const auto &[key, g] : to.triggers) {
		add(g.definition);
	}
	for (const auto &[id, d] : to.domains) {
		add_opt(d.default_expr);
		for (const auto &[name, def] : d.checks) {
			add(def);
		}
	}
	return uses;
}

/// True when the remote uses one of the labels `have` lacks in an expression
/// the migration creates (a default, check, index, view, policy, trigger):
/// PostgreSQL refuses a label in the transaction that adds it ("unsafe use
/// of new value"), so such a type is re-created instead of ADD VALUE.
bool
NewLabelUsed(const RemoteLabelUses &uses, const EnumType &have, const EnumType &want)
{
	std::vector<std::string> quoted_labels; // 'label', quotes doubled: as the literal ends
	for (const auto &label : want.labels) {
		if (std::find(have.labels.begin(), have.labels.end(), label) != have.labels.end()) {
			continue;
		}
		std::string quoted = "'";
		for (char c : label) {
			quoted += c == '\'' ? std::string("''") : std::string(1, c);
		}
		quoted_labels.push_back(quoted + "'");
	}
	for (const auto &spelling : TypeSpellings(want.id)) {
		auto it = uses.casts.find(spelling);
		if (it == uses.casts.end()) {
			continue;
		}
		for (std::string_view before : it->second) {
			for (const auto &q : quoted_labels) {
				if (before.size() >= q.size() &&
				    before.compare(before.size() - q.size(), q.size(), q) == 0) {
					return true;
				}
			}
		}
	}
	// A partition bound prints the label without a cast: FOR VALUES IN ('x').
	for (const auto &[t, parent] : uses.partitions) {
		if (KeyUsesType(*parent, want.id)) {
			for (const auto &label : want.labels) {
				const bool added = std::find(have.labels.begin(), have.labels.end(), label) ==
				                   have.labels.end();
				if (added && t->partition_bound->find(QuoteLiteral(label)) != std::string::npos) {
					return true;
				}
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
	std::optional<RemoteLabelUses> uses; // gathered when an enum gains labels
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
		if (added_only && !uses) {
			uses.emplace(RemoteUses(ctx.to));
		}
		const bool used = added_only && NewLabelUsed(*uses, have, want);
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

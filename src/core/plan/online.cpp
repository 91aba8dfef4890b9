// online.cpp — online mode and transaction groups (online.hpp).
// Layer: core/plan (after ordering). Hazards of the statements made here are decided from
// the form (PostgreSQL 15 documentation, CREATE INDEX "Building Indexes
// Concurrently", ALTER TABLE "Notes"), as diff/hazards.cpp does for the rest.
#include "core/plan/online.hpp"

#include "core/plan/identity.hpp"
#include "core/util/index_definition.hpp"
#include "core/util/quote.hpp"

#include <map>
#include <set>
#include <tuple>
#include <utility>

namespace pgschemadiff {
namespace {

constexpr std::size_t kMaxIdentifierBytes = 63; // NAMEDATALEN - 1

using IndexKey = std::tuple<std::string, std::string, std::string>; // schema, table, name

IndexKey
KeyOf(const OnlineForm &f)
{
	return {f.table.schema, f.table.name, f.name};
}

/// A statement of the online form, in the place of `base`.
Change
Derived(const Change &base, std::string kind, std::string identity, Action action, Statement statement,
        std::initializer_list<Hazard> hazards)
{
	Change c = base;
	c.kind = std::move(kind);
	c.identity = std::move(identity);
	c.action = action;
	c.statement = std::move(statement);
	c.hazards = HazardSet{};
	for (Hazard h : hazards) {
		c.hazards.Add(h);
	}
	c.online = OnlineForm{};
	c.destructive = false;
	c.alone = false;
	return c;
}

std::string
ConstraintIdentity(const QualifiedName &table, const std::string &name)
{
	return QuoteIdent(name) + " on " + QuoteQualified(table);
}

/// Appends the online statements of `c` to `out`; false when there are none
/// (the plain statement is kept).
bool
AppendOnline(const Change &c, const std::set<IndexKey> &replaced, std::vector<Change> &out)
{
	const OnlineForm &f = c.online;
	switch (f.kind) {
	case OnlineForm::Kind::kNone:
		return false;
	case OnlineForm::Kind::kCreateIndex: {
		const bool swap = replaced.count(KeyOf(f)) > 0;
		const std::string as = swap ? OnlineTemporaryName(f.name, "_psd_new") : f.name;
		if (!SplitIndexDefinition(f.definition, f.name)) {
			return false;
		}
		out.push_back(Derived(c, "index", QuoteQualified({f.table.schema, as}), Action::kCreate,
		                      op::CreateIndexConcurrently{f.definition, f.name, as},
		                      {Hazard::kBuildsIndex, Hazard::kNotTransactional}));
		if (swap) {
			out.push_back(Derived(c, "index", c.identity, Action::kDrop,
			                      op::DropIndexConcurrently{{f.table.schema, f.name}},
			                      {Hazard::kNotTransactional}));
			out.push_back(
			    Derived(c, "index",
			            RenameIdentity(QuoteQualified({f.table.schema, as}), c.identity),
			            Action::kRename, op::RenameIndex{{f.table.schema, as}, f.name}, {}));
		}
		return true;
	}
	case OnlineForm::Kind::kDropIndex: {
		if (replaced.count(KeyOf(f)) > 0) {
			return true; // dropped where its replacement is built
		}
		Change d = Derived(c, "index", c.identity, Action::kDrop,
		                   op::DropIndexConcurrently{{f.table.schema, f.name}},
		                   {Hazard::kNotTransactional});
		d.destructive = c.destructive;
		out.push_back(std::move(d));
		return true;
	}
	case OnlineForm::Kind::kAddConstraint: {
		// NOT VALID takes the lock of ADD CONSTRAINT but scans nothing.
		Change add = Derived(c, c.kind, c.identity, c.action,
		                     op::AddConstraintNotValid{f.table, f.name, f.definition}, {});
		add.hazards = c.hazards;
		add.hazards.Remove(Hazard::kScansTable);
		out.push_back(std::move(add));
		// VALIDATE: SHARE UPDATE EXCLUSIVE (not reported), rows read.
		Change validate =
		    Derived(c, c.kind, c.identity, Action::kAlter,
		            op::ValidateConstraint{f.table, f.name}, {Hazard::kScansTable});
		validate.alone = true;
		out.push_back(std::move(validate));
		return true;
	}
	case OnlineForm::Kind::kSetNotNull: {
		const std::string helper = OnlineTemporaryName(f.name, "_psd_not_null");
		const std::string helper_id = ConstraintIdentity(f.table, helper);
		out.push_back(Derived(c, "constraint", helper_id, Action::kCreate,
		                      op::AddNotNullCheck{f.table, helper, f.name},
		                      {Hazard::kAccessExclusiveLock}));
		Change validate =
		    Derived(c, "constraint", helper_id, Action::kAlter,
		            op::ValidateConstraint{f.table, helper}, {Hazard::kScansTable});
		validate.alone = true;
		out.push_back(std::move(validate));
		out.push_back(Derived(c, c.kind, c.identity, c.action,
		                      op::SetNotNull{f.table, f.name, true},
		                      {Hazard::kAccessExclusiveLock}));
		out.push_back(Derived(c, "constraint", helper_id, Action::kDrop,
		                      op::DropConstraint{f.table, helper},
		                      {Hazard::kAccessExclusiveLock}));
		return true;
	}
	}
	return false;
}

bool
IsCheckFunctionBodies(const Change &c)
{
	return c.phase == Phase::kSettings && c.kind == "setting" &&
	       c.identity == "check_function_bodies";
}

} // namespace

std::string
OnlineTemporaryName(const std::string &name, const std::string &suffix)
{
	std::size_t keep = name.size();
	if (keep + suffix.size() > kMaxIdentifierBytes) {
		keep = kMaxIdentifierBytes - suffix.size();
		// do not cut a UTF-8 sequence in half
		while (keep > 0 && (static_cast<unsigned char>(name[keep]) & 0xC0) == 0x80) {
			--keep;
		}
	}
	return name.substr(0, keep) + suffix;
}

void
MakeOnline(std::vector<Change> &changes, const std::string &lock_timeout)
{
	if (changes.empty()) {
		return;
	}
	// Indexes dropped and created again whose both statements have an online form.
	std::set<IndexKey> dropped;
	std::set<IndexKey> replaced;
	for (const Change &c : changes) {
		if (c.online.kind == OnlineForm::Kind::kDropIndex) {
			dropped.insert(KeyOf(c.online));
		}
	}
	for (const Change &c : changes) {
		if (c.online.kind == OnlineForm::Kind::kCreateIndex && dropped.count(KeyOf(c.online)) &&
		    SplitIndexDefinition(c.online.definition, c.online.name)) {
			replaced.insert(KeyOf(c.online));
		}
	}
	std::vector<Change> out;
	out.reserve(changes.size() + 1);
	Change setting = changes.front();
	setting = Derived(setting, "setting", "lock_timeout", Action::kAlter,
	                  op::SetLockTimeout{lock_timeout}, {});
	setting.phase = Phase::kSettings;
	setting.object = ObjectRef{};
	setting.previous = ObjectRef{};
	setting.needs.clear();
	out.push_back(std::move(setting));
	const Change *function_bodies = nullptr;
	for (const Change &c : changes) {
		if (IsCheckFunctionBodies(c)) {
			function_bodies = &c;
		}
		if (!AppendOnline(c, replaced, out)) {
			out.push_back(c);
		}
	}
	// SET LOCAL lasts one transaction: repeated where each later one starts.
	if (function_bodies != nullptr) {
		const Change bodies = *function_bodies;
		AssignTransactions(out, true);
		std::vector<Change> with;
		with.reserve(out.size());
		int last = 0;
		for (Change &c : out) {
			const bool transactional = !c.alone && !c.hazards.Has(Hazard::kNotTransactional);
			if (c.transaction != last && transactional && !IsCheckFunctionBodies(c) && last != 0) {
				with.push_back(bodies);
			}
			last = c.transaction;
			with.push_back(std::move(c));
		}
		out = std::move(with);
	}
	changes = std::move(out);
}

void
AssignTransactions(std::vector<Change> &changes, bool online)
{
	int group = 0;
	bool previous_alone = true;
	for (Change &c : changes) {
		if (!online) {
			c.transaction = group + 1;
			group += c.commits ? 1 : 0;
			continue;
		}
		const bool alone = c.alone || c.hazards.Has(Hazard::kNotTransactional);
		if (alone || previous_alone) {
			++group;
		}
		c.transaction = group;
		previous_alone = alone || c.commits;
	}
}

void
RepeatSettingsPerTransaction(std::vector<Change> &changes)
{
	const Change *bodies = nullptr;
	for (const Change &c : changes) {
		if (IsCheckFunctionBodies(c)) {
			bodies = &c;
			break;
		}
	}
	if (bodies == nullptr || changes.back().transaction == changes.front().transaction) {
		return;
	}
	const Change setting = *bodies;
	std::vector<Change> out;
	out.reserve(changes.size() + 4);
	int last = changes.front().transaction;
	for (Change &c : changes) {
		if (c.transaction != last && !IsCheckFunctionBodies(c)) {
			out.push_back(setting);
			out.back().transaction = c.transaction;
		}
		last = c.transaction;
		out.push_back(std::move(c));
	}
	changes = std::move(out);
}

} // namespace pgschemadiff

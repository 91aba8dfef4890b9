// differ.cpp — runs each kind's diff in dependency order, then orders the result.
// Layer: core/diff.
#include "core/diff/differ.hpp"

#include "core/diff/context.hpp"
#include "core/diff/hazards.hpp"
#include "core/diff/renames.hpp"
#include "core/error.hpp"
#include "core/order/order.hpp"
#include "core/plan/online.hpp"
#include "core/util/quote.hpp"

#include <algorithm>
#include <chrono>
#include <optional>
#include <set>

namespace pgschemadiff {

const char *
ActionName(Action a)
{
	switch (a) {
	case Action::kCreate:
		return "create";
	case Action::kAlter:
		return "alter";
	case Action::kDrop:
		return "drop";
	case Action::kRename:
		return "rename";
	}
	return "alter";
}

Change &
DiffContext::Add(Phase phase, const std::string &kind, const std::string &identity, Action action,
                 bool destructive, Statement statement)
{
	Change c;
	c.phase = phase;
	c.kind = kind;
	c.identity = identity;
	c.action = action;
	c.destructive = destructive;
	c.hazards = BaseHazards(kind, action, destructive);
	c.statement = std::move(statement);
	c.sequence = next_sequence_++;
	changes.push_back(std::move(c));
	return changes.back();
}

void
DiffContext::Warn(std::string message, std::string detail, Statement definition)
{
	diagnostics.push_back({Diagnostic::Level::kWarning, std::move(message), std::move(detail),
	                       std::move(definition)});
}

void
DiffContext::Notice(std::string message, std::string detail)
{
	diagnostics.push_back({Diagnostic::Level::kNotice, std::move(message), std::move(detail), {}});
}

void
DiffContext::CheckCancel() const
{
	if (options.cancel_check != nullptr && options.cancel_check()) {
		throw Error(ErrorKind::kCancelled, "canceling schema comparison");
	}
}

const Domain *
DiffContext::RemoteDomain(const std::string &spelling) const
{
	if (!remote_domains_) {
		remote_domains_.emplace();
		for (const auto &[id, d] : to.domains) {
			for (const auto &s : TypeSpellings(id)) {
				(*remote_domains_)[s] = &d;
			}
		}
	}
	auto it = remote_domains_->find(spelling);
	return it == remote_domains_->end() ? nullptr : it->second;
}

const DependentsIndex &
DiffContext::LocalDependents() const
{
	if (!local_dependents_) {
		local_dependents_.emplace(from.dependencies);
	}
	return *local_dependents_;
}

bool
DiffContext::ColumnGoes(const QualifiedName &table, const std::string &column) const
{
	return dropped_tables.count(table) > 0 || dropped_columns.count({table, column}) > 0;
}

namespace {

std::vector<std::string>
PartSpellings(const std::string &part)
{
	std::vector<std::string> out{QuoteIdent(part)};
	bool plain = !part.empty() && !(part[0] >= '0' && part[0] <= '9');
	for (char c : part) {
		plain = plain && ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_');
	}
	if (plain) {
		out.push_back(part);
	}
	return out;
}

} // namespace

std::set<std::pair<std::string, std::string>>
CreatedChanges(const DiffContext &ctx)
{
	std::set<std::pair<std::string, std::string>> created;
	for (const Change &c : ctx.changes) {
		if (c.action == Action::kCreate) {
			created.emplace(c.kind, c.identity);
		}
	}
	return created;
}

/// True when the view's column list ("name type, ...", names as quote_ident
/// prints them) names `column`.
bool
ViewHasColumn(const View &v, const std::string &column)
{
	const std::string &list = v.columns;
	std::size_t i = 0;
	while (i < list.size()) {
		std::string name;
		if (list[i] == '"') {
			for (++i; i < list.size(); ++i) {
				if (list[i] == '"' && (i + 1 >= list.size() || list[i + 1] != '"')) {
					++i;
					break;
				}
				name += list[i];
				i += list[i] == '"' ? 1 : 0; // a doubled quote stands for one
			}
		} else {
			const std::size_t space = list.find(' ', i);
			name = list.substr(i, space == std::string::npos ? std::string::npos : space - i);
		}
		if (name == column) {
			return true;
		}
		const std::size_t next = list.find(", ", i);
		if (next == std::string::npos) {
			break;
		}
		i = next + 2;
	}
	return false;
}

std::vector<std::string>
TypeSpellings(const QualifiedName &type)
{
	std::vector<std::string> out;
	for (const auto &schema : PartSpellings(type.schema)) {
		for (const auto &name : PartSpellings(type.name)) {
			out.push_back(schema + "." + name);
		}
	}
	return out;
}

namespace {

bool
SchemaSelected(const std::string &schema, const DiffOptions &o)
{
	if (!o.include_schemas.empty() && std::find(o.include_schemas.begin(), o.include_schemas.end(),
	                                            schema) == o.include_schemas.end()) {
		return false;
	}
	return std::find(o.exclude_schemas.begin(), o.exclude_schemas.end(), schema) ==
	       o.exclude_schemas.end();
}

template <typename Map, typename SchemaOf>
void
FilterMap(Map &m, const DiffOptions &o, SchemaOf schema_of)
{
	for (auto it = m.begin(); it != m.end();) {
		if (SchemaSelected(schema_of(it->second), o)) {
			++it;
		} else {
			it = m.erase(it);
		}
	}
}

} // namespace

Catalog
FilterCatalog(const Catalog &catalog, const DiffOptions &o)
{
	Catalog c = catalog;
	if (o.include_schemas.empty() && o.exclude_schemas.empty()) {
		return c;
	}
	FilterMap(c.schemas, o, [](const Schema &s) { return s.name; });
	FilterMap(c.extensions, o, [](const Extension &e) { return e.schema; });
	FilterMap(c.collations, o, [](const Collation &x) { return x.id.schema; });
	FilterMap(c.tables, o, [](const Table &x) { return x.id.schema; });
	FilterMap(c.sequences, o, [](const Sequence &x) { return x.id.schema; });
	FilterMap(c.enums, o, [](const EnumType &x) { return x.id.schema; });
	FilterMap(c.domains, o, [](const Domain &x) { return x.id.schema; });
	FilterMap(c.composites, o, [](const CompositeType &x) { return x.id.schema; });
	FilterMap(c.ranges, o, [](const RangeType &x) { return x.id.schema; });
	FilterMap(c.foreign_tables, o, [](const ForeignTable &x) { return x.id.schema; });
	// Languages and access methods are in no schema: always compared.
	for (auto it = c.longtail.begin(); it != c.longtail.end();) {
		const std::string &schema = it->second.id.schema;
		it = schema.empty() || SchemaSelected(schema, o) ? std::next(it) : c.longtail.erase(it);
	}
	FilterMap(c.statistics, o, [](const ExtendedStatistics &x) { return x.id.schema; });
	// Languages are in no schema: always compared, as in the long tail.
	for (auto it = c.system_acls.begin(); it != c.system_acls.end();) {
		const std::string &schema = it->first.schema;
		it = schema.empty() || SchemaSelected(schema, o) ? std::next(it) : c.system_acls.erase(it);
	}
	// Servers are in no schema: with a filter, only those the selected foreign
	// tables use are compared.
	std::set<std::string> used_servers;
	for (const auto &[id, t] : c.foreign_tables) {
		used_servers.insert(t.server);
	}
	for (auto it = c.foreign_servers.begin(); it != c.foreign_servers.end();) {
		it = used_servers.count(it->first) > 0 ? std::next(it) : c.foreign_servers.erase(it);
	}
	// Wrappers likewise: those of the servers kept.
	std::set<std::string> used_wrappers;
	for (const auto &[name, s] : c.foreign_servers) {
		used_wrappers.insert(s.wrapper);
	}
	for (auto it = c.foreign_data_wrappers.begin(); it != c.foreign_data_wrappers.end();) {
		it = used_wrappers.count(it->first) > 0 ? std::next(it) : c.foreign_data_wrappers.erase(it);
	}
	FilterMap(c.views, o, [](const View &x) { return x.id.schema; });
	for (auto it = c.view_defaults.begin(); it != c.view_defaults.end();) {
		it = SchemaSelected(it->first.first.schema, o) ? std::next(it) : c.view_defaults.erase(it);
	}
	for (auto it = c.clone_trigger_states.begin(); it != c.clone_trigger_states.end();) {
		it = SchemaSelected(it->first.first.schema, o) ? std::next(it)
		                                               : c.clone_trigger_states.erase(it);
	}
	FilterMap(c.routines, o, [](const Routine &x) { return x.id.schema; });
	FilterMap(c.triggers, o, [](const Trigger &x) { return x.table.schema; });
	FilterMap(c.policies, o, [](const Policy &x) { return x.table.schema; });
	FilterMap(c.aggregates, o, [](const Aggregate &x) { return x.id.schema; });
	FilterMap(c.rules, o, [](const Rule &x) { return x.table.schema; });
	FilterMap(c.event_triggers, o, [](const EventTrigger &x) { return x.function.schema; });
	FilterMap(c.ts_dictionaries, o, [](const TextSearchDictionary &x) { return x.id.schema; });
	FilterMap(c.ts_configurations, o, [](const TextSearchConfiguration &x) { return x.id.schema; });
	for (auto &[name, p] : c.publications) {
		// A publication is in no schema: it is kept, with the tables and
		// schemas it lists in the selected schemas.
		FilterMap(p.tables, o, [](const PublicationTable &t) { return t.table.schema; });
		for (auto it = p.schemas.begin(); it != p.schemas.end();) {
			it = SchemaSelected(*it, o) ? std::next(it) : p.schemas.erase(it);
		}
	}
	// Wrappers and servers (in no schema) with the foreign tables using them.
	const auto in_selection = [&](const ObjectRef &object) {
		if (object.kind == ObjectKind::kForeignDataWrapper) {
			return c.foreign_data_wrappers.count(object.name) > 0;
		}
		if (object.kind == ObjectKind::kServer) {
			return c.foreign_servers.count(object.name) > 0;
		}
		return object.kind == ObjectKind::kPublication || SchemaSelected(object.schema, o);
	};
	c.privileges.erase(std::remove_if(c.privileges.begin(), c.privileges.end(),
	                                  [&](const Privilege &p) { return !in_selection(p.object); }),
	                   c.privileges.end());
	for (auto it = c.comments.begin(); it != c.comments.end();) {
		it = in_selection(it->first) ? std::next(it) : c.comments.erase(it);
	}
	for (auto it = c.owners.begin(); it != c.owners.end();) {
		const ObjectRef &x = it->first;
		const bool kept = x.kind == ObjectKind::kPublication ||
		                  (x.kind == ObjectKind::kServer && c.foreign_servers.count(x.name) > 0) ||
		                  (x.kind == ObjectKind::kForeignDataWrapper &&
		                   c.foreign_data_wrappers.count(x.name) > 0) ||
		                  (!x.schema.empty() && SchemaSelected(x.schema, o));
		it = kept ? std::next(it) : c.owners.erase(it);
	}
	for (auto it = c.default_acls.entries.begin(); it != c.default_acls.entries.end();) {
		const std::string &schema = it->first.schema;
		it = schema.empty() || SchemaSelected(schema, o) ? std::next(it)
		                                                 : c.default_acls.entries.erase(it);
	}
	c.dependencies.erase(std::remove_if(c.dependencies.begin(), c.dependencies.end(),
	                                    [&](const DependencyEdge &e) {
		                                    return !SchemaSelected(e.dependent.schema, o);
	                                    }),
	                     c.dependencies.end());
	c.unsupported.erase(std::remove_if(c.unsupported.begin(), c.unsupported.end(),
	                                   [&](const UnsupportedObject &u) {
		                                   return !u.schema.empty() && !SchemaSelected(u.schema, o);
	                                   }),
	                    c.unsupported.end());
	return c;
}

/// A schema named in include_schemas that neither side has is a typo (or the
/// wrong database): comparing nothing would read "no differences", which a
/// drift check would take for a clean result.
void
CheckIncludedSchemasExist(const Catalog &from, const Catalog &to, const DiffOptions &options)
{
	std::string missing;
	for (const auto &name : options.include_schemas) {
		if (from.schemas.count(name) == 0 && to.schemas.count(name) == 0) {
			missing += (missing.empty() ? "" : ", ") + QuoteIdent(name);
		}
	}
	if (!missing.empty()) {
		throw Error(ErrorKind::kInvalidArgument,
		            "include_schemas names a schema that exists in neither database: " + missing,
		            "Neither the local nor the remote database has it, so nothing would be "
		            "compared.",
		            "Check the spelling (schema names are case-sensitive), or leave it out.");
	}
}

DiffResult
PlanChanges(const Catalog &from_all, const Catalog &to_all, const DiffOptions &options)
{
	CheckIncludedSchemasExist(from_all, to_all, options);
	// Copies only when a schema filter asks for it: a catalog of tens of
	// thousands of tables is large.
	const bool filtered = !options.include_schemas.empty() || !options.exclude_schemas.empty();
	std::optional<Catalog> from_filtered;
	std::optional<Catalog> to_filtered;
	if (filtered) {
		from_filtered = FilterCatalog(from_all, options);
		to_filtered = FilterCatalog(to_all, options);
	}
	const Catalog &to = filtered ? *to_filtered : to_all;
	// Renamed and moved objects: the rest of the diff compares the local
	// catalog as it will be once they ran.
	RenameResult renames;
	if ((options.detect_renames || !options.renames.empty()) && !options.create_extensions_only) {
		renames = DetectRenames(filtered ? *from_filtered : from_all, to, options.detect_renames,
		                        options.renames);
	}
	const Catalog &from =
	    renames.catalog ? *renames.catalog : (filtered ? *from_filtered : from_all);
	DiffContext ctx(from, to, options);
	for (auto &r : renames.changes) {
		Change &c = ctx.Add(r.phase, r.kind, r.identity, r.action, false, std::move(r.statement));
		c.object = r.object;
		c.previous = r.previous;
		c.needs = std::move(r.needs);
		c.hazards = r.hazards;
	}
	if (options.create_extensions_only) {
		// migra's --create-extensions-only: nothing but the missing extensions.
		DiffExtensions(ctx);
		ctx.changes.erase(
		    std::remove_if(ctx.changes.begin(), ctx.changes.end(),
		                   [](const Change &c) { return c.action != Action::kCreate; }),
		    ctx.changes.end());
		ctx.diagnostics.clear();
		OrderChanges(ctx.changes);
		return {std::move(ctx.changes), std::move(ctx.diagnostics)};
	}
	DiffSchemas(ctx);
	DiffExtensions(ctx);
	DiffCollations(ctx);
	DiffTextSearch(ctx);
	DiffEnums(ctx);
	PlanRoutineDependents(ctx); // after DiffEnums: routines over a re-created enum
	DiffDomains(ctx);
	DiffComposites(ctx);
	DiffRanges(ctx);
	ctx.CheckCancel();
	PlanLateRoutines(ctx);
	DiffTables(ctx);
	DiffInheritedDefaults(ctx);
	DiffTableOptions(ctx);
	DiffColumnOptions(ctx);
	DiffStatistics(ctx);
	DiffForeign(ctx);
	ctx.CheckCancel();
	DiffSequences(ctx);
	DiffRowSecurity(ctx);
	DiffPublications(ctx);
	DiffSubscriptions(ctx);
	DiffDependents(ctx);
	DiffViewDefaults(ctx);
	DiffRelationColumnOptions(ctx);
	DiffAccessMethods(ctx);
	DiffCloneTriggerStates(ctx);
	DiffLongTail(ctx);
	if (options.with_privileges) {
		DiffPrivileges(ctx);
		DiffSystemPrivileges(ctx);
		DiffUserMappings(ctx);
		DiffDefaultPrivileges(ctx);
	}
	DiffComments(ctx);
	if (ctx.options.with_owners) {
		DiffOwners(ctx);
	}
	DiffUnsupported(ctx);
	MarkRecreatedDependents(ctx.changes);
	const auto start = std::chrono::steady_clock::now();
	OrderChanges(ctx.changes, from, to, options.reverse_ties);
	const std::chrono::duration<double> ordering = std::chrono::steady_clock::now() - start;
	if (options.online) {
		MakeOnline(ctx.changes, options.lock_timeout);
	}
	AssignTransactions(ctx.changes, options.online);
	if (!options.online && !ctx.changes.empty()) {
		RepeatSettingsPerTransaction(ctx.changes);
	}
	return {std::move(ctx.changes), std::move(ctx.diagnostics), ordering.count()};
}

} // namespace pgschemadiff

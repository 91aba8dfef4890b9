// diff_comments.cpp — COMMENT ON tables, columns, views, materialized views,
// sequences, indexes, constraints, functions, procedures, aggregates, enum
// types, domains, schemas, collations, triggers, policies, rules, event
// triggers, text search configurations and dictionaries, publications,
// extensions, statistics objects, domain constraints, foreign-data wrappers
// and servers; base and shell types, conversions, text search parsers and
// templates.
// Layer: core/diff. Runs after every other kind: an object this migration
// creates, or drops and creates again, has lost its comment and gets the
// remote's; a comment the remote lacks is removed (IS NULL) only from
// objects that stay.
#include "core/diff/context.hpp"
#include "core/render/ddl.hpp"
#include "core/render/quote.hpp"

#include <algorithm>
#include <set>
#include <utility>

namespace pgschemadiff {
namespace {

using CreatedSet = std::set<std::pair<std::string, std::string>>; // kind, identity

/// The identity the kind's own diff gives its changes (diff_tables.cpp,
/// diff_columns.cpp, diff_constraints.cpp, diff_dependents.cpp, ...), so that
/// created objects can be recognised.
std::string
ChangeIdentity(const ObjectRef &o)
{
	const std::string name = QuoteQualified({o.schema, o.name});
	if (o.kind == "schema") {
		return QuoteIdent(o.schema);
	}
	if (o.kind == "publication" || o.kind == "extension" || o.kind == "foreign-data wrapper" ||
	    o.kind == "server") {
		return QuoteIdent(o.name);
	}
	if (o.kind == "domain constraint") {
		return QuoteIdent(o.sub) + " on " + name;
	}
	if (o.kind == "column") {
		return name + "." + QuoteIdent(o.sub);
	}
	if (o.kind == "constraint") {
		return QuoteIdent(o.sub) + " on " + name;
	}
	if (o.kind == "function" || o.kind == "procedure") {
		return name + "(" + o.sub + ")";
	}
	if (o.kind == "aggregate") {
		return name + "(" + (o.sub.empty() ? "*" : o.sub) + ")";
	}
	if (o.kind == "trigger" || o.kind == "policy" || o.kind == "rule") {
		return QuoteIdent(o.sub) + " on " + name;
	}
	if (o.kind == "event trigger") {
		return QuoteIdent(o.name);
	}
	return name;
}

bool
Created(const CreatedSet &created, const ObjectRef &o)
{
	if (created.count({o.kind, ChangeIdentity(o)}) > 0) {
		return true;
	}
	if (o.kind == "domain constraint") {
		// Created with its domain, or added again (both are "type" changes).
		return created.count({"type", QuoteQualified({o.schema, o.name})}) > 0;
	}
	if (o.kind != "column" && o.kind != "constraint") {
		return false;
	}
	// A column or constraint of a relation created here came with it.
	const std::string relation = QuoteQualified({o.schema, o.name});
	for (const char *kind : {"table", "view", "materialized view", "type", "foreign table"}) {
		if (created.count({kind, relation}) > 0) {
			return true;
		}
	}
	return false;
}

bool
HasIndex(const Catalog &cat, const ObjectRef &o)
{
	for (const auto &[id, t] : cat.tables) {
		if (id.schema == o.schema && t.indexes.count(o.name) > 0) {
			return true;
		}
	}
	for (const auto &[id, v] : cat.views) {
		if (id.schema == o.schema && v.indexes.count(o.name) > 0) {
			return true;
		}
	}
	return false;
}

/// True when the object exists on the remote, so it stays after the migration.
bool
Exists(const Catalog &cat, const ObjectRef &o)
{
	const QualifiedName id{o.schema, o.name};
	if (o.kind == "schema") {
		return cat.schemas.count(o.schema) > 0;
	}
	if (o.kind == "table") {
		return cat.tables.count(id) > 0;
	}
	if (o.kind == "foreign table") {
		return cat.foreign_tables.count(id) > 0;
	}
	if (o.kind == "view" || o.kind == "materialized view") {
		return cat.views.count(id) > 0;
	}
	if (o.kind == "sequence") {
		return cat.sequences.count(id) > 0;
	}
	const auto long_tail = [&](const char *kind) {
		return cat.longtail.count(LongTailKey{kind, o.schema, o.name, ""}) > 0;
	};
	if (o.kind == "type") {
		return cat.enums.count(id) > 0 || cat.domains.count(id) > 0 || cat.ranges.count(id) > 0 ||
		       cat.composites.count(id) > 0 || long_tail("base type") || long_tail("shell type");
	}
	if (o.kind == "conversion" || o.kind == "text search parser" ||
	    o.kind == "text search template") {
		return long_tail(o.kind.c_str());
	}
	if (o.kind == "function" || o.kind == "procedure") {
		return cat.routines.count({id, o.sub}) > 0;
	}
	if (o.kind == "aggregate") {
		return cat.aggregates.count({id, o.sub}) > 0;
	}
	if (o.kind == "trigger") {
		return cat.triggers.count({id, o.sub}) > 0;
	}
	if (o.kind == "policy") {
		return cat.policies.count({id, o.sub}) > 0;
	}
	if (o.kind == "rule") {
		return cat.rules.count({id, o.sub}) > 0;
	}
	if (o.kind == "event trigger") {
		return cat.event_triggers.count(o.name) > 0;
	}
	if (o.kind == "collation") {
		return cat.collations.count(id) > 0;
	}
	if (o.kind == "index") {
		return HasIndex(cat, o);
	}
	if (o.kind == "text search configuration") {
		return cat.ts_configurations.count(id) > 0;
	}
	if (o.kind == "text search dictionary") {
		return cat.ts_dictionaries.count(id) > 0;
	}
	if (o.kind == "publication") {
		return cat.publications.count(o.name) > 0;
	}
	if (o.kind == "extension") {
		return cat.extensions.count(o.name) > 0;
	}
	if (o.kind == "statistics") {
		return cat.statistics.count(id) > 0;
	}
	if (o.kind == "domain constraint") {
		auto d = cat.domains.find(id);
		return d != cat.domains.end() && d->second.checks.count(o.sub) > 0;
	}
	if (o.kind == "foreign-data wrapper") {
		return cat.foreign_data_wrappers.count(o.name) > 0;
	}
	if (o.kind == "server") {
		return cat.foreign_servers.count(o.name) > 0;
	}
	auto t = cat.tables.find(id);
	if (o.kind == "constraint") {
		return t != cat.tables.end() && t->second.constraints.count(o.sub) > 0;
	}
	if (o.kind == "column") {
		auto c = cat.composites.find(id);
		auto ft = cat.foreign_tables.find(id);
		return (t != cat.tables.end() && t->second.FindColumn(o.sub) != nullptr) ||
		       cat.views.count(id) > 0 ||
		       (ft != cat.foreign_tables.end() && ft->second.FindColumn(o.sub) != nullptr) ||
		       (c != cat.composites.end() &&
		        std::any_of(c->second.attributes.begin(), c->second.attributes.end(),
		                    [&](const Attribute &a) { return a.name == o.sub; }));
	}
	return false;
}

} // namespace

void
DiffComments(DiffContext &ctx)
{
	const auto created = CreatedChanges(ctx);
	// An event trigger is created last of all, and its comment after it.
	const auto phase = [](const ObjectRef &o) {
		return o.kind == "event trigger" ? Phase::kCreateEventTriggers : Phase::kComments;
	};
	// An extension created here gets its control file's comment: the same as
	// the remote's when the remote kept that one.
	const auto default_kept = [&](const ObjectRef &o, const std::string &text) {
		if (o.kind != "extension" || ctx.from.extensions.count(o.name) > 0) {
			return false;
		}
		auto d = ctx.to.comments.find({"extension default", o.schema, o.name, o.sub});
		return d != ctx.to.comments.end() && d->second == text;
	};
	for (const auto &[object, text] : ctx.to.comments) {
		if (object.kind == "extension default" || default_kept(object, text)) {
			continue;
		}
		auto it = ctx.from.comments.find(object);
		if (it == ctx.from.comments.end() || it->second != text || Created(created, object)) {
			ctx.Add(phase(object), "comment", ChangeIdentity(object), Action::kAlter, false,
			        render::Comment(object, text));
		}
	}
	for (const auto &[object, text] : ctx.from.comments) {
		if (object.kind == "extension default") {
			continue;
		}
		if (ctx.to.comments.count(object) == 0 && Exists(ctx.to, object) &&
		    !Created(created, object)) {
			ctx.Add(phase(object), "comment", ChangeIdentity(object), Action::kAlter, false,
			        render::Comment(object, std::nullopt));
		}
	}
}

} // namespace pgschemadiff

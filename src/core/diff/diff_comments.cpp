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
#include "core/plan/object_kind.hpp"
#include "core/util/quote.hpp"

#include <algorithm>
#include <set>
#include <utility>

namespace pgschemadiff {
namespace {

using CreatedSet = std::set<std::pair<std::string, std::string>>; // kind, identity

bool
Created(const CreatedSet &created, const ObjectRef &o)
{
	if (created.count({KindName(o.kind), ObjectIdentity(o)}) > 0) {
		return true;
	}
	if (o.kind == ObjectKind::kDomainConstraint) {
		// Created with its domain, or added again (both are "type" changes).
		return created.count({"type", QuoteQualified({o.schema, o.name})}) > 0;
	}
	if (o.kind != ObjectKind::kColumn && o.kind != ObjectKind::kConstraint) {
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

} // namespace

void
DiffComments(DiffContext &ctx)
{
	const auto created = CreatedChanges(ctx);
	// An event trigger is created last of all, and its comment after it.
	const auto phase = [](const ObjectRef &o) {
		return o.kind == ObjectKind::kEventTrigger ? Phase::kCreateEventTriggers : Phase::kComments;
	};
	// An extension created here gets its control file's comment: the same as
	// the remote's when the remote kept that one.
	const auto default_kept = [&](const ObjectRef &o, const std::string &text) {
		if (o.kind != ObjectKind::kExtension || ctx.from.extensions.count(o.name) > 0) {
			return false;
		}
		auto d = ctx.to.comments.find({ObjectKind::kExtensionDefault, o.schema, o.name, o.sub});
		return d != ctx.to.comments.end() && d->second == text;
	};
	for (const auto &[object, text] : ctx.to.comments) {
		if (object.kind == ObjectKind::kExtensionDefault || default_kept(object, text)) {
			continue;
		}
		auto it = ctx.from.comments.find(object);
		if (it == ctx.from.comments.end() || it->second != text || Created(created, object)) {
			ctx.Add(phase(object), "comment", ObjectIdentity(object), Action::kAlter, false,
			        op::Comment{object, text})
			    .needs.push_back(object); // once the object is there as the remote has it
		}
	}
	for (const auto &[object, text] : ctx.from.comments) {
		if (object.kind == ObjectKind::kExtensionDefault) {
			continue;
		}
		if (ctx.to.comments.count(object) == 0 && ObjectExists(ctx.to, object) &&
		    !Created(created, object)) {
			ctx.Add(phase(object), "comment", ObjectIdentity(object), Action::kAlter, false,
			        op::Comment{object, std::nullopt});
		}
	}
}

} // namespace pgschemadiff

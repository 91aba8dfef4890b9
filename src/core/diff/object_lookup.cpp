// object_lookup.cpp — is an object (named as pg_depend names it) in a catalog?
// Layer: core/diff. One switch over the kinds table's kinds, shared by
// comments and privileges (each used to keep its own chain of kind names).
#include "core/diff/context.hpp"
#include "core/plan/object_kind.hpp"

#include <algorithm>

namespace pgschemadiff {
namespace {

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

bool
HasColumn(const Catalog &cat, const QualifiedName &id, const std::string &column)
{
	auto t = cat.tables.find(id);
	auto ft = cat.foreign_tables.find(id);
	auto v = cat.views.find(id);
	auto c = cat.composites.find(id);
	return (t != cat.tables.end() && t->second.FindColumn(column) != nullptr) ||
	       (ft != cat.foreign_tables.end() && ft->second.FindColumn(column) != nullptr) ||
	       (v != cat.views.end() && ViewHasColumn(v->second, column)) ||
	       (c != cat.composites.end() &&
	        std::any_of(c->second.attributes.begin(), c->second.attributes.end(),
	                    [&](const Attribute &a) { return a.name == column; }));
}

} // namespace

bool
ObjectExists(const Catalog &cat, const ObjectRef &o)
{
	const QualifiedName id{o.schema, o.name};
	const auto long_tail = [&](ObjectKind kind) {
		return cat.longtail.count(LongTailKey{kind, o.schema, o.name, ""}) > 0;
	};
	switch (o.kind) {
	case ObjectKind::kSchema:
		return cat.schemas.count(o.schema) > 0;
	case ObjectKind::kExtension:
		return cat.extensions.count(o.name) > 0;
	case ObjectKind::kCollation:
		return cat.collations.count(id) > 0;
	case ObjectKind::kTable:
		// privileges name a foreign table's grants as a table's
		return cat.tables.count(id) > 0 || cat.foreign_tables.count(id) > 0;
	case ObjectKind::kForeignTable:
		return cat.foreign_tables.count(id) > 0;
	case ObjectKind::kView:
	case ObjectKind::kMaterializedView: {
		auto it = cat.views.find(id);
		return it != cat.views.end() &&
		       it->second.materialized == (o.kind == ObjectKind::kMaterializedView);
	}
	case ObjectKind::kSequence:
		return cat.sequences.count(id) > 0;
	case ObjectKind::kIndex:
		return HasIndex(cat, o);
	case ObjectKind::kColumn:
		return HasColumn(cat, id, o.sub);
	case ObjectKind::kConstraint: {
		auto t = cat.tables.find(id);
		return t != cat.tables.end() && t->second.constraints.count(o.sub) > 0;
	}
	case ObjectKind::kDomainConstraint: {
		auto d = cat.domains.find(id);
		return d != cat.domains.end() && d->second.checks.count(o.sub) > 0;
	}
	case ObjectKind::kTrigger:
		return cat.triggers.count({id, o.sub}) > 0;
	case ObjectKind::kPolicy:
		return cat.policies.count({id, o.sub}) > 0;
	case ObjectKind::kRule:
		return cat.rules.count({id, o.sub}) > 0;
	case ObjectKind::kType:
		return cat.enums.count(id) > 0 || cat.domains.count(id) > 0 || cat.ranges.count(id) > 0 ||
		       cat.composites.count(id) > 0 || long_tail(ObjectKind::kBaseType) ||
		       long_tail(ObjectKind::kShellType);
	case ObjectKind::kFunction:
	case ObjectKind::kProcedure: {
		auto it = cat.routines.find({id, o.sub});
		return it != cat.routines.end() &&
		       it->second.procedure == (o.kind == ObjectKind::kProcedure);
	}
	case ObjectKind::kAggregate:
		return cat.aggregates.count({id, o.sub}) > 0;
	case ObjectKind::kEventTrigger:
		return cat.event_triggers.count(o.name) > 0;
	case ObjectKind::kConversion:
	case ObjectKind::kTextSearchParser:
	case ObjectKind::kTextSearchTemplate:
		return long_tail(o.kind);
	case ObjectKind::kTextSearchConfiguration:
		return cat.ts_configurations.count(id) > 0;
	case ObjectKind::kTextSearchDictionary:
		return cat.ts_dictionaries.count(id) > 0;
	case ObjectKind::kPublication:
		return cat.publications.count(o.name) > 0;
	case ObjectKind::kStatistics:
		return cat.statistics.count(id) > 0;
	case ObjectKind::kForeignDataWrapper:
		return cat.foreign_data_wrappers.count(o.name) > 0;
	case ObjectKind::kServer:
		return cat.foreign_servers.count(o.name) > 0;
	case ObjectKind::kLanguage: // their privileges: diff_system_privileges.cpp
	// Not looked up: an object of these kinds is never taken for existing here.
	case ObjectKind::kAccessMethod:
	case ObjectKind::kBaseType:
	case ObjectKind::kCast:
	case ObjectKind::kDefault:
	case ObjectKind::kExtensionDefault:
	case ObjectKind::kOperator:
	case ObjectKind::kOperatorClass:
	case ObjectKind::kOperatorFamily:
	case ObjectKind::kPublicationSchema:
	case ObjectKind::kPublicationTable:
	case ObjectKind::kShellType:
	case ObjectKind::kSubscription:
	case ObjectKind::kTransform:
	case ObjectKind::kUnknown:
		break;
	}
	return false;
}

} // namespace pgschemadiff

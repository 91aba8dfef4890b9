// object_kind.hpp — the kinds of catalog object the model names (ObjectRef).
// Layer: core/model. One enumerator per kind, spelled in the catalog queries
// as pg_depend's edges name it ("materialized view", "foreign-data wrapper");
// what each kind is in SQL (keyword, identity, grants) is the traits table of
// core/plan/object_kind.hpp. The enumerators are in the byte order of their
// names, so that objects sort as they did when kinds were strings (the order
// of ties in a migration is stable across that change); a unit test checks it.
#pragma once

#include "core/util/cpp_only_file.hpp"

#include <algorithm>
#include <cstddef>
#include <cstring>
#include <iterator>
#include <string_view>

namespace pgschemadiff {

enum class ObjectKind : unsigned char {
	kUnknown, // "": a name no row has (never made by the catalog queries)
	kAccessMethod,
	kAggregate,
	kBaseType,
	kCast,
	kCollation,
	kColumn,
	kConstraint,
	kConversion,
	kDefault, // a column's default or generation expression (sub: the column)
	kDomainConstraint,
	kEventTrigger,
	kExtension,
	kExtensionDefault, // the comment an extension's control file gives it
	kForeignTable,
	kForeignDataWrapper,
	kFunction,
	kIndex,
	kLanguage,
	kMaterializedView,
	kOperator,
	kOperatorClass,
	kOperatorFamily,
	kPolicy,
	kProcedure,
	kPublication,
	kPublicationSchema,
	kPublicationTable,
	kRule,
	kSchema,
	kSequence,
	kServer,
	kShellType,
	kStatistics,
	kSubscription,
	kTable,
	kTextSearchConfiguration,
	kTextSearchDictionary,
	kTextSearchParser,
	kTextSearchTemplate,
	kTransform,
	kTrigger,
	kType,
	kView,
};

/// The kinds' names, indexed by ObjectKind (and so sorted).
inline constexpr const char *kObjectKindNames[] = {
    "",
    "access method",
    "aggregate",
    "base type",
    "cast",
    "collation",
    "column",
    "constraint",
    "conversion",
    "default",
    "domain constraint",
    "event trigger",
    "extension",
    "extension default",
    "foreign table",
    "foreign-data wrapper",
    "function",
    "index",
    "language",
    "materialized view",
    "operator",
    "operator class",
    "operator family",
    "policy",
    "procedure",
    "publication",
    "publication schema",
    "publication table",
    "rule",
    "schema",
    "sequence",
    "server",
    "shell type",
    "statistics",
    "subscription",
    "table",
    "text search configuration",
    "text search dictionary",
    "text search parser",
    "text search template",
    "transform",
    "trigger",
    "type",
    "view",
};

inline constexpr std::size_t kObjectKindCount = std::size(kObjectKindNames);

/// The name of a kind, as the catalog queries spell it.
inline const char *
KindName(ObjectKind kind)
{
	return kObjectKindNames[static_cast<std::size_t>(kind)];
}

/// The kind a catalog query's name stands for (kUnknown for none).
inline ObjectKind
KindFromName(std::string_view name)
{
	const auto *begin = std::begin(kObjectKindNames) + 1;
	const auto *end = std::end(kObjectKindNames);
	const auto *it = std::lower_bound(begin, end, name, [](const char *a, std::string_view b) {
		return std::string_view(a) < b;
	});
	if (it == end || std::string_view(*it) != name) {
		return ObjectKind::kUnknown;
	}
	return static_cast<ObjectKind>(it - std::begin(kObjectKindNames));
}

} // namespace pgschemadiff

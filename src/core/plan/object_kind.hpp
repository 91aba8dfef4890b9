// object_kind.hpp — one table of what each kind of catalog object is: its
// SQL keyword, how its identity is written, what it can carry.
// Layer: core/plan. Every place that used to branch on a kind's name (the
// identity column, COMMENT ON / GRANT / ALTER … OWNER TO targets, objects in
// no schema) reads this table instead. A kind is known by the name pg_depend's
// edges give it (ObjectRef::kind, "materialized view"); kinds not in the table
// get the row of kUnknown (named "schema"."name", or "name" outside schemas).
// The kinds themselves (ObjectKind) are core/model/object_kind.hpp's.
#pragma once

#include "core/model/dependent.hpp"
#include "core/model/object_kind.hpp"
#include "core/util/cpp_only_file.hpp"

#include <string>
#include <vector>

namespace pgschemadiff {

/// How an object of the kind is named in SQL and in the identity column.
enum class Naming {
	kSchema,    // the schema itself: "s"
	kGlobal,    // outside schemas: "name"
	kQualified, // "s"."name"
	kRoutine,   // "s"."name"(identity arguments)
	kAggregate, // "s"."name"(arguments), (*) without
	kColumn,    // "s"."relation"."column"
	kPart, // "sub" on "s"."name": a constraint, trigger, policy, rule of its relation or domain
};

struct KindTraits {
	ObjectKind kind;
	const char *keyword; // as COMMENT ON names the kind
	Naming naming;
	/// GRANT … ON <this>; nullptr when the kind has no privileges of its own.
	const char *grant_keyword;
	/// kPart: the keyword before the owner's name in COMMENT ON (DOMAIN).
	const char *part_of;
};

/// The row of a kind (the kUnknown row for a kind without one).
const KindTraits &Traits(ObjectKind kind);
/// Every row, kUnknown first (tests check the table is consistent).
const std::vector<KindTraits> &AllTraits();

/// How the identity column names the object ("s"."f"(integer), "c" on "s"."t").
std::string ObjectIdentity(const ObjectRef &o);
/// What COMMENT ON names: MATERIALIZED VIEW "s"."v", CONSTRAINT "c" ON DOMAIN "s"."d".
std::string CommentTarget(const ObjectRef &o);
/// What GRANT … ON names: a column's relation as TABLE, an aggregate as a
/// FUNCTION of its plain argument types, a server as FOREIGN SERVER.
std::string PrivilegeTarget(const ObjectRef &o);
/// What ALTER <keyword> … OWNER TO names (the keyword comes from the catalog).
std::string OwnerTarget(const ObjectRef &o);
/// True for objects in no schema (wrappers, servers, publications, event
/// triggers, extensions, languages…).
bool InNoSchema(const ObjectRef &o);

} // namespace pgschemadiff

// object_kind.cpp — the traits table (object_kind.hpp).
// Layer: core/plan.
#include "core/plan/object_kind.hpp"

#include "core/util/quote.hpp"

namespace pgschemadiff {
namespace {

const std::vector<KindTraits> kTraits = {
    // kind, keyword, naming, grant keyword, part of
    {ObjectKind::kUnknown, "", Naming::kQualified, nullptr, ""},
    {ObjectKind::kSchema, "SCHEMA", Naming::kSchema, "SCHEMA", ""},
    {ObjectKind::kExtension, "EXTENSION", Naming::kGlobal, nullptr, ""},
    {ObjectKind::kCollation, "COLLATION", Naming::kQualified, nullptr, ""},
    {ObjectKind::kTable, "TABLE", Naming::kQualified, "TABLE", ""},
    {ObjectKind::kView, "VIEW", Naming::kQualified, "TABLE", ""},
    {ObjectKind::kMaterializedView, "MATERIALIZED VIEW", Naming::kQualified, "TABLE", ""},
    {ObjectKind::kForeignTable, "FOREIGN TABLE", Naming::kQualified, "TABLE", ""},
    {ObjectKind::kSequence, "SEQUENCE", Naming::kQualified, "SEQUENCE", ""},
    {ObjectKind::kIndex, "INDEX", Naming::kQualified, nullptr, ""},
    {ObjectKind::kColumn, "COLUMN", Naming::kColumn, "TABLE", ""},
    {ObjectKind::kConstraint, "CONSTRAINT", Naming::kPart, nullptr, ""},
    {ObjectKind::kDomainConstraint, "CONSTRAINT", Naming::kPart, nullptr, "DOMAIN"},
    {ObjectKind::kTrigger, "TRIGGER", Naming::kPart, nullptr, ""},
    {ObjectKind::kPolicy, "POLICY", Naming::kPart, nullptr, ""},
    {ObjectKind::kRule, "RULE", Naming::kPart, nullptr, ""},
    {ObjectKind::kType, "TYPE", Naming::kQualified, "TYPE", ""},
    {ObjectKind::kFunction, "FUNCTION", Naming::kRoutine, "FUNCTION", ""},
    {ObjectKind::kProcedure, "PROCEDURE", Naming::kRoutine, "PROCEDURE", ""},
    {ObjectKind::kAggregate, "AGGREGATE", Naming::kAggregate, "FUNCTION", ""},
    {ObjectKind::kEventTrigger, "EVENT TRIGGER", Naming::kGlobal, nullptr, ""},
    {ObjectKind::kConversion, "CONVERSION", Naming::kQualified, nullptr, ""},
    {ObjectKind::kTextSearchParser, "TEXT SEARCH PARSER", Naming::kQualified, nullptr, ""},
    {ObjectKind::kTextSearchTemplate, "TEXT SEARCH TEMPLATE", Naming::kQualified, nullptr, ""},
    {ObjectKind::kTextSearchConfiguration, "TEXT SEARCH CONFIGURATION", Naming::kQualified, nullptr,
     ""},
    {ObjectKind::kTextSearchDictionary, "TEXT SEARCH DICTIONARY", Naming::kQualified, nullptr, ""},
    {ObjectKind::kPublication, "PUBLICATION", Naming::kGlobal, nullptr, ""},
    {ObjectKind::kStatistics, "STATISTICS", Naming::kQualified, nullptr, ""},
    {ObjectKind::kForeignDataWrapper, "FOREIGN DATA WRAPPER", Naming::kGlobal,
     "FOREIGN DATA WRAPPER", ""},
    {ObjectKind::kServer, "SERVER", Naming::kGlobal, "FOREIGN SERVER", ""},
    {ObjectKind::kLanguage, "LANGUAGE", Naming::kGlobal, "LANGUAGE", ""},
};

/// Each kind's row, indexed by ObjectKind (the kUnknown row for kinds without one).
const std::vector<const KindTraits *> &
ByKind()
{
	static const std::vector<const KindTraits *> by_kind = [] {
		std::vector<const KindTraits *> out(kObjectKindCount, &kTraits.front());
		for (const auto &t : kTraits) {
			out[static_cast<std::size_t>(t.kind)] = &t;
		}
		return out;
	}();
	return by_kind;
}

/// The kUnknown row: named by schema when it has one.
Naming
NamingOf(const ObjectRef &o)
{
	const KindTraits &t = Traits(o.kind);
	if (t.kind == ObjectKind::kUnknown && o.schema.empty()) {
		return Naming::kGlobal;
	}
	return t.naming;
}

} // namespace

const KindTraits &
Traits(ObjectKind kind)
{
	return *ByKind().at(static_cast<std::size_t>(kind));
}

const std::vector<KindTraits> &
AllTraits()
{
	return kTraits;
}

std::string
ObjectIdentity(const ObjectRef &o)
{
	const std::string name = QuoteQualified({o.schema, o.name});
	switch (NamingOf(o)) {
	case Naming::kSchema:
		return QuoteIdent(o.schema);
	case Naming::kGlobal:
		return QuoteIdent(o.name);
	case Naming::kQualified:
		return name;
	case Naming::kRoutine:
		return name + "(" + o.sub + ")";
	case Naming::kAggregate:
		return name + "(" + (o.sub.empty() ? "*" : o.sub) + ")";
	case Naming::kColumn:
		return name + "." + QuoteIdent(o.sub);
	case Naming::kPart:
		return QuoteIdent(o.sub) + " on " + name;
	}
	return name;
}

std::string
CommentTarget(const ObjectRef &o)
{
	const KindTraits &t = Traits(o.kind);
	const std::string keyword = t.kind == ObjectKind::kUnknown ? "TABLE" : t.keyword;
	if (t.naming == Naming::kPart) {
		return keyword + " " + QuoteIdent(o.sub) + " ON " +
		       (*t.part_of != '\0' ? std::string(t.part_of) + " " : std::string()) +
		       QuoteQualified({o.schema, o.name});
	}
	return keyword + " " + ObjectIdentity(o);
}

std::string
PrivilegeTarget(const ObjectRef &o)
{
	const KindTraits &t = Traits(o.kind);
	const std::string keyword = t.grant_keyword != nullptr ? t.grant_keyword : "TABLE";
	switch (t.naming) {
	case Naming::kColumn:
		// GRANT SELECT (c) ON TABLE t: the column list is the privilege's.
		return keyword + " " + QuoteQualified({o.schema, o.name});
	case Naming::kAggregate: {
		// GRANT names an aggregate as a FUNCTION, by its plain argument types:
		// an ordered-set aggregate's "a ORDER BY b" becomes "a, b".
		std::string args = o.sub;
		if (args.compare(0, 9, "ORDER BY ") == 0) {
			args.erase(0, 9);
		}
		const auto at = args.find(" ORDER BY ");
		if (at != std::string::npos) {
			args.replace(at, 10, ", ");
		}
		return keyword + " " + QuoteQualified({o.schema, o.name}) + "(" + args + ")";
	}
	default:
		return keyword + " " + ObjectIdentity(o);
	}
}

std::string
OwnerTarget(const ObjectRef &o)
{
	return ObjectIdentity(o);
}

bool
InNoSchema(const ObjectRef &o)
{
	return NamingOf(o) == Naming::kGlobal;
}

} // namespace pgschemadiff

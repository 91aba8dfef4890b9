// object_kind.cpp — the traits table (object_kind.hpp).
// Layer: core/plan.
#include "core/plan/object_kind.hpp"

#include "core/util/quote.hpp"

#include <map>

namespace pgschemadiff {
namespace {

const std::vector<KindTraits> kTraits = {
    // kind, name, keyword, naming, grant keyword, part of
    {ObjectKind::kUnknown, "", "", Naming::kQualified, nullptr, ""},
    {ObjectKind::kSchema, "schema", "SCHEMA", Naming::kSchema, "SCHEMA", ""},
    {ObjectKind::kExtension, "extension", "EXTENSION", Naming::kGlobal, nullptr, ""},
    {ObjectKind::kCollation, "collation", "COLLATION", Naming::kQualified, nullptr, ""},
    {ObjectKind::kTable, "table", "TABLE", Naming::kQualified, "TABLE", ""},
    {ObjectKind::kView, "view", "VIEW", Naming::kQualified, "TABLE", ""},
    {ObjectKind::kMaterializedView, "materialized view", "MATERIALIZED VIEW", Naming::kQualified,
     "TABLE", ""},
    {ObjectKind::kForeignTable, "foreign table", "FOREIGN TABLE", Naming::kQualified, "TABLE", ""},
    {ObjectKind::kSequence, "sequence", "SEQUENCE", Naming::kQualified, "SEQUENCE", ""},
    {ObjectKind::kIndex, "index", "INDEX", Naming::kQualified, nullptr, ""},
    {ObjectKind::kColumn, "column", "COLUMN", Naming::kColumn, "TABLE", ""},
    {ObjectKind::kConstraint, "constraint", "CONSTRAINT", Naming::kPart, nullptr, ""},
    {ObjectKind::kDomainConstraint, "domain constraint", "CONSTRAINT", Naming::kPart, nullptr,
     "DOMAIN"},
    {ObjectKind::kTrigger, "trigger", "TRIGGER", Naming::kPart, nullptr, ""},
    {ObjectKind::kPolicy, "policy", "POLICY", Naming::kPart, nullptr, ""},
    {ObjectKind::kRule, "rule", "RULE", Naming::kPart, nullptr, ""},
    {ObjectKind::kType, "type", "TYPE", Naming::kQualified, "TYPE", ""},
    {ObjectKind::kFunction, "function", "FUNCTION", Naming::kRoutine, "FUNCTION", ""},
    {ObjectKind::kProcedure, "procedure", "PROCEDURE", Naming::kRoutine, "PROCEDURE", ""},
    {ObjectKind::kAggregate, "aggregate", "AGGREGATE", Naming::kAggregate, "FUNCTION", ""},
    {ObjectKind::kEventTrigger, "event trigger", "EVENT TRIGGER", Naming::kGlobal, nullptr, ""},
    {ObjectKind::kConversion, "conversion", "CONVERSION", Naming::kQualified, nullptr, ""},
    {ObjectKind::kTextSearchParser, "text search parser", "TEXT SEARCH PARSER", Naming::kQualified,
     nullptr, ""},
    {ObjectKind::kTextSearchTemplate, "text search template", "TEXT SEARCH TEMPLATE",
     Naming::kQualified, nullptr, ""},
    {ObjectKind::kTextSearchConfiguration, "text search configuration",
     "TEXT SEARCH CONFIGURATION", Naming::kQualified, nullptr, ""},
    {ObjectKind::kTextSearchDictionary, "text search dictionary", "TEXT SEARCH DICTIONARY",
     Naming::kQualified, nullptr, ""},
    {ObjectKind::kPublication, "publication", "PUBLICATION", Naming::kGlobal, nullptr, ""},
    {ObjectKind::kStatistics, "statistics", "STATISTICS", Naming::kQualified, nullptr, ""},
    {ObjectKind::kForeignDataWrapper, "foreign-data wrapper", "FOREIGN DATA WRAPPER",
     Naming::kGlobal, "FOREIGN DATA WRAPPER", ""},
    {ObjectKind::kServer, "server", "SERVER", Naming::kGlobal, "FOREIGN SERVER", ""},
    {ObjectKind::kLanguage, "language", "LANGUAGE", Naming::kGlobal, "LANGUAGE", ""},
};

const std::map<std::string, const KindTraits *> &
ByName()
{
	static const std::map<std::string, const KindTraits *> by_name = [] {
		std::map<std::string, const KindTraits *> out;
		for (const auto &t : kTraits) {
			if (t.kind != ObjectKind::kUnknown) {
				out[t.name] = &t;
			}
		}
		return out;
	}();
	return by_name;
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
Traits(const std::string &kind)
{
	auto it = ByName().find(kind);
	return it == ByName().end() ? kTraits.front() : *it->second;
}

const KindTraits &
Traits(ObjectKind kind)
{
	return kTraits.at(static_cast<std::size_t>(kind));
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

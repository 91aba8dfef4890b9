// stored_objects.cpp — SQL text for aggregates, rules and event triggers.
// Layer: core/render. CREATE AGGREGATE is put together as pg_dump's dumpAgg
// does; rules print as pg_get_ruledef gave them.
#include "core/render/ddl.hpp"
#include "core/util/quote.hpp"

namespace pgschemadiff {
namespace render {
namespace {

/// "s"."agg"(args), with (*) for an aggregate over no arguments.
std::string
AggregateSignature(const QualifiedName &id, const std::string &args)
{
	return QuoteQualified(id) + "(" + (args.empty() ? "*" : args) + ")";
}

/// ALTER ... DISABLE / ENABLE REPLICA / ENABLE ALWAYS; empty for 'O'.
std::string
EnabledClause(char enabled)
{
	switch (enabled) {
	case 'D':
		return "DISABLE";
	case 'R':
		return "ENABLE REPLICA";
	case 'A':
		return "ENABLE ALWAYS";
	default:
		return "";
	}
}

} // namespace

std::string
CreateAggregate(const Aggregate &a)
{
	std::string out = "CREATE AGGREGATE " + AggregateSignature(a.id, a.arguments) + " (";
	bool first = true;
	const auto clause = [&](const std::string &text) {
		out += (first ? "\n    " : ",\n    ") + text;
		first = false;
	};
	for (const auto &[name, value] : a.clauses) {
		if (value.empty()) {
			clause(name); // FINALFUNC_EXTRA, MFINALFUNC_EXTRA, HYPOTHETICAL
		} else if (name == "INITCOND" || name == "MINITCOND") {
			clause(name + " = " + QuoteLiteral(value));
		} else {
			clause(name + " = " + value);
		}
	}
	if (a.sort_operator) {
		clause("SORTOP = OPERATOR(" + QuoteIdent(a.sort_operator->schema) + "." +
		       a.sort_operator->name + ")");
	}
	return out + "\n);";
}

std::string
DropAggregate(const Aggregate &a)
{
	return "DROP AGGREGATE " + AggregateSignature(a.id, a.identity_args) + ";";
}

std::string
CreateRule(const Rule &u)
{
	std::string def = u.definition;
	while (!def.empty() && (def.back() == '\n' || def.back() == ' ')) {
		def.pop_back();
	}
	return def.empty() || def.back() == ';' ? def : def + ";";
}

std::string
RuleEnabledState(const Rule &u)
{
	const std::string state = EnabledClause(u.enabled);
	if (state.empty()) {
		return "";
	}
	return "ALTER TABLE " + QuoteQualified(u.table) + " " + state + " RULE " + QuoteIdent(u.name) +
	       ";";
}

std::string
DropRule(const QualifiedName &table, const std::string &name)
{
	return "DROP RULE " + QuoteIdent(name) + " ON " + QuoteQualified(table) + ";";
}

std::string
CreateEventTrigger(const EventTrigger &e)
{
	std::string out = "CREATE EVENT TRIGGER " + QuoteIdent(e.name) + " ON " + QuoteIdent(e.event);
	if (!e.tags.empty()) {
		std::string tags;
		for (const auto &t : e.tags) {
			tags += (tags.empty() ? "" : ", ") + QuoteLiteral(t);
		}
		out += " WHEN TAG IN (" + tags + ")";
	}
	return out + " EXECUTE FUNCTION " + QuoteQualified(e.function) + "();";
}

std::string
EventTriggerEnabledState(const EventTrigger &e)
{
	const std::string state = EnabledClause(e.enabled);
	return state.empty() ? "" : "ALTER EVENT TRIGGER " + QuoteIdent(e.name) + " " + state + ";";
}

std::string
DropEventTrigger(const std::string &name)
{
	return "DROP EVENT TRIGGER " + QuoteIdent(name) + ";";
}

} // namespace render
} // namespace pgschemadiff

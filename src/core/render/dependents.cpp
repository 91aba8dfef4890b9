// dependents.cpp — SQL text for row security, views, routines, triggers and
// policies.
// Layer: core/render.
#include "core/render/ddl.hpp"

#include "core/render/ddl_internal.hpp"
#include "core/util/quote.hpp"

namespace pgschemadiff {
namespace render {

std::string
EnableRowSecurity(const QualifiedName &table, bool enable)
{
	return AlterTable(table) + (enable ? "ENABLE" : "DISABLE") + " ROW LEVEL SECURITY;";
}

std::string
ForceRowSecurity(const QualifiedName &table, bool force)
{
	return AlterTable(table) + (force ? "FORCE" : "NO FORCE") + " ROW LEVEL SECURITY;";
}

std::string
CreateView(const View &v, bool or_replace)
{
	std::string out = or_replace ? "CREATE OR REPLACE " : "CREATE ";
	out += v.materialized ? "MATERIALIZED VIEW " : "VIEW ";
	out += QuoteQualified(v.id);
	if (!v.options.empty()) {
		out += " WITH (" + v.options + ")";
	}
	std::string body = v.definition;
	while (!body.empty() && (body.back() == ';' || body.back() == ' ' || body.back() == '\n')) {
		body.pop_back();
	}
	return out + " AS\n" + body + ";";
}

std::string
CreateViewStub(const View &v, bool or_replace)
{
	// v.columns: "name type, name type", each name as quote_ident prints it,
	// each type as format_type does (a quoted name may hold ", ").
	std::string select;
	const std::string &list = v.columns;
	std::size_t i = 0;
	while (i < list.size()) {
		std::string name;
		if (list[i] == '"') {
			std::size_t j = i + 1;
			while (j < list.size() &&
			       !(list[j] == '"' && (j + 1 >= list.size() || list[j + 1] != '"'))) {
				j += list[j] == '"' ? 2 : 1;
			}
			name = list.substr(i, j + 1 - i);
			i = j + 1;
		} else {
			const std::size_t space = list.find(' ', i);
			name = list.substr(i, space == std::string::npos ? std::string::npos : space - i);
			i = space == std::string::npos ? list.size() : space;
		}
		++i; // the space before the type
		std::string type;
		int depth = 0;
		bool quoted = false;
		for (; i < list.size(); ++i) {
			const char ch = list[i];
			if (ch == '"') {
				quoted = !quoted;
			} else if (!quoted && (ch == '(' || ch == '[')) {
				++depth;
			} else if (!quoted && (ch == ')' || ch == ']')) {
				--depth;
			} else if (!quoted && depth == 0 && list.compare(i, 2, ", ") == 0) {
				break;
			}
			type += ch;
		}
		i += 2;
		select += (select.empty() ? "" : ", ") + std::string("NULL::") + type + " AS " + name;
	}
	return std::string(or_replace ? "CREATE OR REPLACE VIEW " : "CREATE VIEW ") +
	       QuoteQualified(v.id) + " AS SELECT " + select + ";";
}

std::string
DropView(const QualifiedName &id, bool materialized)
{
	return std::string(materialized ? "DROP MATERIALIZED VIEW " : "DROP VIEW ") +
	       QuoteQualified(id) + ";";
}

std::string
AlterViewColumnDefault(const QualifiedName &view, const std::string &column,
                       const std::optional<std::string> &expr)
{
	return "ALTER VIEW " + QuoteQualified(view) + " ALTER COLUMN " + QuoteIdent(column) +
	       (expr ? " SET DEFAULT " + *expr + ";" : " DROP DEFAULT;");
}

std::string
CreateRoutine(const Routine &f)
{
	std::string body = f.definition;
	while (!body.empty() && (body.back() == '\n' || body.back() == ' ')) {
		body.pop_back();
	}
	return body + ";";
}

std::string
DropRoutine(const Routine &f)
{
	return std::string(f.procedure ? "DROP PROCEDURE " : "DROP FUNCTION ") + QuoteQualified(f.id) +
	       "(" + f.identity_args + ");";
}

std::string
CreateTrigger(const Trigger &g)
{
	return g.definition + ";";
}

std::string
SetTriggerEnabled(const QualifiedName &table, const std::string &name, char enabled)
{
	const char *state = "ENABLE TRIGGER ";
	switch (enabled) {
	case 'D':
		state = "DISABLE TRIGGER ";
		break;
	case 'R':
		state = "ENABLE REPLICA TRIGGER ";
		break;
	case 'A':
		state = "ENABLE ALWAYS TRIGGER ";
		break;
	default:
		break;
	}
	return AlterTable(table) + state + QuoteIdent(name) + ";";
}

std::string
TriggerEnabledState(const Trigger &g)
{
	return g.enabled == 'O' ? std::string() : SetTriggerEnabled(g.table, g.name, g.enabled);
}

std::string
DropTrigger(const QualifiedName &table, const std::string &name)
{
	return "DROP TRIGGER " + QuoteIdent(name) + " ON " + QuoteQualified(table) + ";";
}

std::string
CreatePolicy(const Policy &p)
{
	std::string out = "CREATE POLICY " + QuoteIdent(p.name) + " ON " + QuoteQualified(p.table);
	out += p.permissive ? " AS PERMISSIVE" : " AS RESTRICTIVE";
	switch (p.command) {
	case 'r':
		out += " FOR SELECT";
		break;
	case 'a':
		out += " FOR INSERT";
		break;
	case 'w':
		out += " FOR UPDATE";
		break;
	case 'd':
		out += " FOR DELETE";
		break;
	default:
		out += " FOR ALL";
		break;
	}
	std::string roles;
	for (const auto &r : p.roles) {
		roles +=
		    (roles.empty() ? "" : ", ") + (r == "public" ? std::string("PUBLIC") : QuoteIdent(r));
	}
	out += " TO " + (roles.empty() ? std::string("PUBLIC") : roles);
	if (p.using_expr) {
		out += " USING (" + *p.using_expr + ")";
	}
	if (p.check_expr) {
		out += " WITH CHECK (" + *p.check_expr + ")";
	}
	return out + ";";
}

std::string
DropPolicy(const QualifiedName &table, const std::string &name)
{
	return "DROP POLICY " + QuoteIdent(name) + " ON " + QuoteQualified(table) + ";";
}

std::string
SetCheckFunctionBodies()
{
	return "SET LOCAL check_function_bodies = false;";
}

std::string
SetLockTimeout(const std::string &value)
{
	return "SET lock_timeout = " + QuoteLiteral(value) + ";";
}

} // namespace render
} // namespace pgschemadiff

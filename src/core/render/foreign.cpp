// foreign.cpp — SQL text for foreign servers and foreign tables.
// Layer: core/render. Options print as pg_dump's: name 'value', the name
// quoted as an identifier, the value as a literal.
#include "core/render/foreign.hpp"

#include "core/util/quote.hpp"

#include <algorithm>

namespace pgschemadiff {
namespace render {
namespace {

std::string
Options(const FdwOptions &options)
{
	std::string out;
	for (const auto &[name, value] : options) {
		out += (out.empty() ? "" : ", ") + QuoteIdent(name) + " " + QuoteLiteral(value);
	}
	return out.empty() ? "" : " OPTIONS (" + out + ")";
}

/// OPTIONS (SET a 'x', ADD b 'y', DROP c) taking `have` to `want`; empty when equal.
std::string
OptionChanges(const FdwOptions &have, const FdwOptions &want)
{
	const auto find = [](const FdwOptions &list, const std::string &name) {
		return std::find_if(list.begin(), list.end(),
		                    [&](const auto &o) { return o.first == name; });
	};
	std::string out;
	const auto add = [&](const std::string &item) { out += (out.empty() ? "" : ", ") + item; };
	for (const auto &[name, value] : have) {
		if (find(want, name) == want.end()) {
			add("DROP " + QuoteIdent(name));
		}
	}
	for (const auto &[name, value] : want) {
		auto it = find(have, name);
		if (it == have.end()) {
			add("ADD " + QuoteIdent(name) + " " + QuoteLiteral(value));
		} else if (it->second != value) {
			add("SET " + QuoteIdent(name) + " " + QuoteLiteral(value));
		}
	}
	return out.empty() ? "" : " OPTIONS (" + out + ")";
}

std::string
ColumnDefinition(const ForeignColumn &c)
{
	std::string out = QuoteIdent(c.name) + " " + c.type + Options(c.options);
	if (c.not_null) {
		out += " NOT NULL";
	}
	if (c.default_expr) {
		out += " DEFAULT " + *c.default_expr;
	}
	return out;
}

std::string
AlterForeignTable(const QualifiedName &id)
{
	return "ALTER FOREIGN TABLE " + QuoteQualified(id) + " ";
}

} // namespace

std::string
CreateForeignDataWrapper(const ForeignDataWrapper &w)
{
	std::string out = "CREATE FOREIGN DATA WRAPPER " + QuoteIdent(w.name);
	if (w.handler) {
		out += " HANDLER " + *w.handler;
	}
	if (w.validator) {
		out += " VALIDATOR " + *w.validator;
	}
	return out + Options(w.options) + ";";
}

std::string
AlterForeignDataWrapper(const ForeignDataWrapper &have, const ForeignDataWrapper &want)
{
	std::string clauses;
	if (have.handler != want.handler) {
		clauses += want.handler ? " HANDLER " + *want.handler : " NO HANDLER";
	}
	if (have.validator != want.validator) {
		clauses += want.validator ? " VALIDATOR " + *want.validator : " NO VALIDATOR";
	}
	clauses += OptionChanges(have.options, want.options);
	return clauses.empty() ? ""
	                       : "ALTER FOREIGN DATA WRAPPER " + QuoteIdent(want.name) + clauses + ";";
}

std::string
DropForeignDataWrapper(const std::string &name)
{
	return "DROP FOREIGN DATA WRAPPER " + QuoteIdent(name) + ";";
}

std::string
CreateServer(const ForeignServer &s)
{
	std::string out = "CREATE SERVER " + QuoteIdent(s.name);
	if (s.type) {
		out += " TYPE " + QuoteLiteral(*s.type);
	}
	if (s.version) {
		out += " VERSION " + QuoteLiteral(*s.version);
	}
	return out + " FOREIGN DATA WRAPPER " + QuoteIdent(s.wrapper) + Options(s.options) + ";";
}

std::string
AlterServer(const ForeignServer &have, const ForeignServer &want)
{
	std::string clauses;
	if (have.version != want.version) {
		clauses += " VERSION " + (want.version ? QuoteLiteral(*want.version) : "NULL");
	}
	clauses += OptionChanges(have.options, want.options);
	return clauses.empty() ? "" : "ALTER SERVER " + QuoteIdent(want.name) + clauses + ";";
}

std::string
DropServer(const std::string &name)
{
	return "DROP SERVER " + QuoteIdent(name) + ";";
}

std::string
CreateForeignTable(const ForeignTable &t)
{
	std::string out = "CREATE FOREIGN TABLE " + QuoteQualified(t.id) + " (";
	for (std::size_t i = 0; i < t.columns.size(); ++i) {
		out += (i == 0 ? "\n    " : ",\n    ") + ColumnDefinition(t.columns[i]);
	}
	out += t.columns.empty() ? ")" : "\n)";
	return out + " SERVER " + QuoteIdent(t.server) + Options(t.options) + ";";
}

std::string
DropForeignTable(const QualifiedName &id)
{
	return "DROP FOREIGN TABLE " + QuoteQualified(id) + ";";
}

std::string
AlterForeignTableOptions(const QualifiedName &id, const FdwOptions &have, const FdwOptions &want)
{
	const std::string changes = OptionChanges(have, want);
	return changes.empty() ? "" : "ALTER FOREIGN TABLE " + QuoteQualified(id) + changes + ";";
}

std::string
AddForeignColumn(const QualifiedName &id, const ForeignColumn &c)
{
	return AlterForeignTable(id) + "ADD COLUMN " + ColumnDefinition(c) + ";";
}

std::string
DropForeignColumn(const QualifiedName &id, const std::string &column)
{
	return AlterForeignTable(id) + "DROP COLUMN " + QuoteIdent(column) + ";";
}

std::string
AlterForeignColumn(const QualifiedName &id, const ForeignColumn &have, const ForeignColumn &want,
                   ForeignColumnPart part)
{
	const std::string alter = AlterForeignTable(id) + "ALTER COLUMN " + QuoteIdent(want.name) + " ";
	switch (part) {
	case ForeignColumnPart::kType:
		return alter + "TYPE " + want.type + ";";
	case ForeignColumnPart::kNotNull:
		return alter + (want.not_null ? "SET NOT NULL;" : "DROP NOT NULL;");
	case ForeignColumnPart::kDefault:
		return alter + (want.default_expr ? "SET DEFAULT " + *want.default_expr + ";"
		                                  : std::string("DROP DEFAULT;"));
	case ForeignColumnPart::kOptions:
		break;
	}
	return alter + OptionChanges(have.options, want.options).substr(1) + ";";
}

namespace {

std::string
MappingTarget(const UserMapping &m)
{
	return "USER MAPPING FOR " + (m.user == "public" ? std::string("PUBLIC") : QuoteIdent(m.user)) +
	       " SERVER " + QuoteIdent(m.server);
}

} // namespace

std::string
CreateUserMapping(const UserMapping &m)
{
	return "CREATE " + MappingTarget(m) + Options(m.options) + ";";
}

std::string
AlterUserMapping(const UserMapping &have, const UserMapping &want)
{
	const std::string changes = OptionChanges(have.options, want.options);
	return changes.empty() ? "" : "ALTER " + MappingTarget(want) + changes + ";";
}

std::string
DropUserMapping(const UserMapping &m)
{
	return "DROP " + MappingTarget(m) + ";";
}

} // namespace render
} // namespace pgschemadiff

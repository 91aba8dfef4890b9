// renames.cpp — SQL text for objects renamed or moved to another schema.
// Layer: core/render. `what` is the object kind as ALTER spells it (TABLE,
// VIEW, MATERIALIZED VIEW, SEQUENCE, TYPE, DOMAIN, FUNCTION, PROCEDURE).
#include "core/render/ddl.hpp"

#include "core/util/quote.hpp"

namespace pgschemadiff {
namespace render {

std::string
SetObjectSchema(const std::string &what, const QualifiedName &id, const std::string &schema)
{
	return "ALTER " + what + " " + QuoteQualified(id) + " SET SCHEMA " + QuoteIdent(schema) + ";";
}

std::string
RenameObject(const std::string &what, const QualifiedName &id, const std::string &name)
{
	return "ALTER " + what + " " + QuoteQualified(id) + " RENAME TO " + QuoteIdent(name) + ";";
}

std::string
SetRoutineSchema(const QualifiedName &id, const std::string &identity_args, bool procedure,
                 const std::string &schema)
{
	return std::string(procedure ? "ALTER PROCEDURE " : "ALTER FUNCTION ") + QuoteQualified(id) +
	       "(" + identity_args + ") SET SCHEMA " + QuoteIdent(schema) + ";";
}

std::string
RenameRoutine(const QualifiedName &id, const std::string &identity_args, bool procedure,
              const std::string &name)
{
	return std::string(procedure ? "ALTER PROCEDURE " : "ALTER FUNCTION ") + QuoteQualified(id) +
	       "(" + identity_args + ") RENAME TO " + QuoteIdent(name) + ";";
}

std::string
RenameColumn(const QualifiedName &table, const std::string &from, const std::string &to)
{
	return "ALTER TABLE " + QuoteQualified(table) + " RENAME COLUMN " + QuoteIdent(from) + " TO " +
	       QuoteIdent(to) + ";";
}

std::string
RenameTrigger(const QualifiedName &table, const std::string &from, const std::string &to)
{
	return "ALTER TRIGGER " + QuoteIdent(from) + " ON " + QuoteQualified(table) + " RENAME TO " +
	       QuoteIdent(to) + ";";
}

std::string
RenamePolicy(const QualifiedName &table, const std::string &from, const std::string &to)
{
	return "ALTER POLICY " + QuoteIdent(from) + " ON " + QuoteQualified(table) + " RENAME TO " +
	       QuoteIdent(to) + ";";
}

std::string
RenameEnumValue(const QualifiedName &type, const std::string &from, const std::string &to)
{
	return "ALTER TYPE " + QuoteQualified(type) + " RENAME VALUE " + QuoteLiteral(from) + " TO " +
	       QuoteLiteral(to) + ";";
}

/// "schema"."name" as an identity column text; routines add their arguments.
} // namespace render
} // namespace pgschemadiff

// constraints.cpp — SQL text for table constraints.
// Layer: core/render.
#include "core/render/ddl.hpp"

#include "core/render/ddl_internal.hpp"
#include "core/util/quote.hpp"

namespace pgschemadiff {
namespace render {

std::string
AddConstraint(const QualifiedName &table, const Constraint &k)
{
	return AlterTable(table) + "ADD CONSTRAINT " + QuoteIdent(k.name) + " " + k.definition + ";";
}

std::string
AddConstraintNotValid(const QualifiedName &table, const std::string &name,
                      const std::string &definition)
{
	return AlterTable(table) + "ADD CONSTRAINT " + QuoteIdent(name) + " " + definition +
	       " NOT VALID;";
}

std::string
ValidateConstraint(const QualifiedName &table, const std::string &name)
{
	return AlterTable(table) + "VALIDATE CONSTRAINT " + QuoteIdent(name) + ";";
}

std::string
AddNotNullCheck(const QualifiedName &table, const std::string &name, const std::string &column)
{
	return AlterTable(table) + "ADD CONSTRAINT " + QuoteIdent(name) + " CHECK (" +
	       QuoteIdent(column) + " IS NOT NULL) NOT VALID;";
}

std::string
DropConstraint(const QualifiedName &table, const std::string &name)
{
	return AlterTable(table) + "DROP CONSTRAINT " + QuoteIdent(name) + ";";
}

std::string
RenameConstraint(const QualifiedName &table, const std::string &from, const std::string &to)
{
	return AlterTable(table) + "RENAME CONSTRAINT " + QuoteIdent(from) + " TO " + QuoteIdent(to) +
	       ";";
}

} // namespace render
} // namespace pgschemadiff

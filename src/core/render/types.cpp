// types.cpp — SQL text for enum types, domains and composite types.
// Layer: core/render.
#include "core/render/ddl.hpp"

#include "core/util/quote.hpp"

namespace pgschemadiff {
namespace render {

std::string
CreateEnum(const EnumType &e)
{
	std::string out = "CREATE TYPE " + QuoteQualified(e.id) + " AS ENUM (";
	for (std::size_t i = 0; i < e.labels.size(); ++i) {
		out += (i ? ", " : "") + QuoteLiteral(e.labels[i]);
	}
	return out + ");";
}

std::string
AddEnumValue(const QualifiedName &type, const std::string &label, const std::string &neighbour,
             bool before)
{
	std::string out = "ALTER TYPE " + QuoteQualified(type) + " ADD VALUE " + QuoteLiteral(label);
	if (!neighbour.empty()) {
		out += (before ? " BEFORE " : " AFTER ") + QuoteLiteral(neighbour);
	}
	return out + ";";
}

std::string
DropType(const QualifiedName &id)
{
	return "DROP TYPE " + QuoteQualified(id) + ";";
}

std::string
RenameType(const QualifiedName &id, const std::string &new_name)
{
	return "ALTER TYPE " + QuoteQualified(id) + " RENAME TO " + QuoteIdent(new_name) + ";";
}

std::string
CreateDomain(const Domain &d)
{
	std::string out = "CREATE DOMAIN " + QuoteQualified(d.id) + " AS " + d.base_type;
	if (d.collation) {
		out += " COLLATE " + QuoteQualified(*d.collation);
	}
	if (d.default_expr) {
		out += " DEFAULT " + *d.default_expr;
	}
	if (d.not_null) {
		out += " NOT NULL";
	}
	for (const auto &[name, definition] : d.checks) {
		out += " CONSTRAINT " + QuoteIdent(name) + " " + definition;
	}
	return out + ";";
}

std::string
DropDomain(const QualifiedName &id)
{
	return "DROP DOMAIN " + QuoteQualified(id) + ";";
}

std::string
RenameDomain(const QualifiedName &id, const std::string &new_name)
{
	return "ALTER DOMAIN " + QuoteQualified(id) + " RENAME TO " + QuoteIdent(new_name) + ";";
}

std::string
AlterDomainDefault(const QualifiedName &id, const std::optional<std::string> &expr)
{
	return "ALTER DOMAIN " + QuoteQualified(id) +
	       (expr ? " SET DEFAULT " + *expr + ";" : std::string(" DROP DEFAULT;"));
}

std::string
AlterDomainNotNull(const QualifiedName &id, bool not_null)
{
	return "ALTER DOMAIN " + QuoteQualified(id) + (not_null ? " SET NOT NULL;" : " DROP NOT NULL;");
}

std::string
AddDomainConstraint(const QualifiedName &id, const std::string &name, const std::string &definition)
{
	return "ALTER DOMAIN " + QuoteQualified(id) + " ADD CONSTRAINT " + QuoteIdent(name) + " " +
	       definition + ";";
}

std::string
DropDomainConstraint(const QualifiedName &id, const std::string &name)
{
	return "ALTER DOMAIN " + QuoteQualified(id) + " DROP CONSTRAINT " + QuoteIdent(name) + ";";
}

namespace {

std::string
AttributeDefinition(const Attribute &a)
{
	std::string out = QuoteIdent(a.name) + " " + a.type;
	if (a.collation) {
		out += " COLLATE " + QuoteQualified(*a.collation);
	}
	return out;
}

} // namespace

std::string
CreateComposite(const CompositeType &c)
{
	std::string out = "CREATE TYPE " + QuoteQualified(c.id) + " AS (";
	for (std::size_t i = 0; i < c.attributes.size(); ++i) {
		out += (i ? ", " : "") + AttributeDefinition(c.attributes[i]);
	}
	return out + ");";
}

std::string
AddAttribute(const QualifiedName &type, const Attribute &a, bool cascade)
{
	return "ALTER TYPE " + QuoteQualified(type) + " ADD ATTRIBUTE " + AttributeDefinition(a) +
	       (cascade ? " CASCADE;" : ";");
}

std::string
DropAttribute(const QualifiedName &type, const std::string &name, bool cascade)
{
	return "ALTER TYPE " + QuoteQualified(type) + " DROP ATTRIBUTE " + QuoteIdent(name) +
	       (cascade ? " CASCADE;" : ";");
}

std::string
AlterAttributeType(const QualifiedName &type, const Attribute &a, bool cascade)
{
	std::string out = "ALTER TYPE " + QuoteQualified(type) + " ALTER ATTRIBUTE " +
	                  QuoteIdent(a.name) + " SET DATA TYPE " + a.type;
	if (a.collation) {
		out += " COLLATE " + QuoteQualified(*a.collation);
	}
	return out + (cascade ? " CASCADE;" : ";");
}

} // namespace render
} // namespace pgschemadiff

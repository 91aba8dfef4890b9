// sequences.cpp — SQL text for sequences.
// Layer: core/render. Mirrors the clauses pg_dump emits (dumpSequence) so
// that a migrated database dumps like the remote one.
#include "core/render/ddl.hpp"

#include "core/render/ddl_internal.hpp"
#include "core/util/quote.hpp"

namespace pgschemadiff {
namespace render {

std::string
SequenceClauses(const std::string &start, const std::string &increment,
                const std::string &min_value, const std::string &max_value,
                const std::string &cache, bool cycle)
{
	return "START WITH " + start + " INCREMENT BY " + increment + " MINVALUE " + min_value +
	       " MAXVALUE " + max_value + " CACHE " + cache + (cycle ? " CYCLE" : " NO CYCLE");
}

std::string
CreateSequence(const Sequence &s)
{
	const SequenceOptions &o = s.options;
	return std::string("CREATE ") + (s.unlogged ? "UNLOGGED " : "") + "SEQUENCE " +
	       QuoteQualified(s.id) + " AS " + o.data_type + " " +
	       SequenceClauses(o.start, o.increment, o.min_value, o.max_value, o.cache, o.cycle) + ";";
}

std::string
AlterSequence(const QualifiedName &id, const SequenceOptions &o, bool restart)
{
	return "ALTER SEQUENCE " + QuoteQualified(id) + " AS " + o.data_type + " " +
	       SequenceClauses(o.start, o.increment, o.min_value, o.max_value, o.cache, o.cycle) +
	       (restart ? " RESTART WITH " + o.start : "") + ";";
}

std::string
AlterSequencePersistence(const QualifiedName &id, bool unlogged)
{
	return "ALTER SEQUENCE " + QuoteQualified(id) + (unlogged ? " SET UNLOGGED;" : " SET LOGGED;");
}

std::string
SequenceOwnedBy(const QualifiedName &id, const std::optional<ColumnRef> &owner)
{
	std::string out = "ALTER SEQUENCE " + QuoteQualified(id) + " OWNED BY ";
	if (!owner) {
		return out + "NONE;";
	}
	return out + QuoteQualified(owner->table) + "." + QuoteIdent(owner->column) + ";";
}

std::string
DropSequence(const QualifiedName &id, bool if_exists)
{
	return std::string("DROP SEQUENCE ") + (if_exists ? "IF EXISTS " : "") + QuoteQualified(id) +
	       ";";
}

std::string
SyncSequenceToColumn(const QualifiedName &sequence, const QualifiedName &table,
                     const std::string &column)
{
	const std::string col = QuoteIdent(column);
	return "SELECT pg_catalog.setval(" + QuoteLiteral(QuoteQualified(sequence)) + ", max(" + col +
	       ")) FROM " + QuoteQualified(table) + " HAVING max(" + col + ") IS NOT NULL;";
}

} // namespace render
} // namespace pgschemadiff

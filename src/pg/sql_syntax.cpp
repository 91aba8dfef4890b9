// sql_syntax.cpp — prints a definition with SQL-standard syntax spelled as
// plain function calls, for comparing with a PostgreSQL 13 remote.
// Layer: pg ("C discipline": only trivially destructible locals, because any
// call here may ereport; reparse.cpp calls it inside a subtransaction that is
// always rolled back and catches its errors).
//
// PostgreSQL 14 began to keep how a call was written: SUBSTRING(x FROM 2),
// x AT TIME ZONE 'UTC', TRIM(BOTH ' ' FROM x), POSITION('a' IN x),
// NORMALIZE(x, NFKC), OVERLAY(...) are stored with COERCE_SQL_SYNTAX and
// printed back so. A 13 server stored (and prints) the same calls as plain
// ones: "substring"(x, 2), timezone('UTC', x), btrim(x, ' '), ... — the
// same function with the same arguments. To compare a 13 remote's text with
// ours, both texts are parsed here (never run: parse analysis only), every
// FuncExpr's COERCE_SQL_SYNTAX is set to COERCE_EXPLICIT_CALL, and the trees
// are printed with this server's ruleutils. Also NORMALIZE's form argument,
// which 13 wrote in lower case ('nfkc') and which normalize() and
// is_normalized() read case-insensitively, is upper-cased on both sides.
// Nothing else is rewritten: EXTRACT is extract() since 14 and date_part()
// before (another function, another result type), a real difference.
#include "pg/readers.hpp"

extern "C" {
#include "postgres.h"

#include "access/relation.h"
#include "catalog/namespace.h"
#include "catalog/pg_type_d.h"
#include "nodes/makefuncs.h"
#include "nodes/nodeFuncs.h"
#include "nodes/parsenodes.h"
#include "parser/analyze.h"
#include "parser/parse_collate.h"
#include "parser/parse_expr.h"
#include "parser/parse_node.h"
#include "parser/parse_relation.h"
#include "parser/parser.h"
#include "utils/builtins.h"
#include "utils/fmgroids.h"
#include "utils/lsyscache.h"
#include "utils/rel.h"
#include "utils/ruleutils.h"
}

#include <cctype>

namespace pgschemadiff::pg {
namespace {

using TreeWalker = bool (*)();

bool ForgetSqlSyntax(Node *node, void *context);

/// The walker as nodeFuncs.h (before 16) declares its callbacks.
TreeWalker
Walker()
{
	return reinterpret_cast<TreeWalker>(reinterpret_cast<void (*)()>(ForgetSqlSyntax));
}

bool
ForgetSqlSyntax(Node *node, void *context)
{
	if (node == NULL) {
		return false;
	}
	if (IsA(node, Query)) {
		return query_tree_walker((Query *)node, Walker(), context, 0);
	}
	if (IsA(node, FuncExpr)) {
		FuncExpr *func = (FuncExpr *)node;
		if (func->funcformat == COERCE_SQL_SYNTAX) {
			func->funcformat = COERCE_EXPLICIT_CALL;
		}
		if ((func->funcid == F_NORMALIZE || func->funcid == F_IS_NORMALIZED) &&
		    list_length(func->args) >= 2 && IsA(lsecond(func->args), Const)) {
			Const *form = (Const *)lsecond(func->args);
			if (!form->constisnull && form->consttype == TEXTOID) {
				char *name = TextDatumGetCString(form->constvalue);
				for (char *c = name; *c != '\0'; c++) {
					*c = (char)std::toupper((unsigned char)*c);
				}
				form->constvalue = CStringGetTextDatum(name);
			}
		}
	}
	return expression_tree_walker(node, Walker(), context);
}

/// The single raw statement of `sql`, or NULL when it is not exactly one.
Node *
OnlyStatement(const char *sql)
{
	List *parsed = raw_parser(sql, RAW_PARSE_DEFAULT);
	if (list_length(parsed) != 1) {
		return NULL;
	}
	return (Node *)linitial_node(RawStmt, parsed);
}

/// A raw expression analysed against `rel` (as in a CHECK or a default),
/// printed without SQL syntax.
char *
PrintExpression(const char *sql, Node *raw, Relation rel)
{
	ParseState *pstate = make_parsestate(NULL);
	pstate->p_sourcetext = sql;
	ParseNamespaceItem *nsitem =
	    addRangeTableEntryForRelation(pstate, rel, AccessShareLock, NULL, false, true);
	addNSItemToQuery(pstate, nsitem, true, true, true);
	Node *expr = transformExpr(pstate, raw, EXPR_KIND_SELECT_TARGET);
	assign_expr_collations(pstate, expr);
	ForgetSqlSyntax(expr, NULL);
	List *context = deparse_context_for(RelationGetRelationName(rel), RelationGetRelid(rel));
	return deparse_expression(expr, context, false, false);
}

/// "SELECT <text>" must be one plain target and nothing else.
Node *
OnlyTarget(const char *sql)
{
	Node *stmt = OnlyStatement(sql);
	if (stmt == NULL || !IsA(((RawStmt *)stmt)->stmt, SelectStmt)) {
		return NULL;
	}
	SelectStmt *select = (SelectStmt *)((RawStmt *)stmt)->stmt;
	if (select->op != SETOP_NONE || select->fromClause != NIL || select->whereClause != NULL ||
	    select->groupClause != NIL || select->havingClause != NULL || select->windowClause != NIL ||
	    select->valuesLists != NIL || select->sortClause != NIL || select->limitCount != NULL ||
	    select->limitOffset != NULL || select->lockingClause != NIL || select->withClause != NULL ||
	    select->intoClause != NULL || select->distinctClause != NIL ||
	    list_length(select->targetList) != 1) {
		return NULL;
	}
	ResTarget *target = linitial_node(ResTarget, select->targetList);
	return target->name == NULL ? target->val : NULL;
}

void
AppendNames(StringInfo out, const char *label, List *names)
{
	if (names != NIL) {
		appendStringInfo(out, " %s %s", label, NameListToQuotedString(names));
	}
}

/// An index's part from USING on, on `rel`: method, then per key column its
/// name or expression, collation, operator class and its options, order;
/// INCLUDE, NULLS NOT DISTINCT, WITH, tablespace and WHERE.
char *
PrintIndexTail(const char *sql, IndexStmt *index, Relation rel)
{
	StringInfoData out;
	initStringInfo(&out);
	appendStringInfo(&out, "%s (", index->accessMethod);
	ListCell *lc;
	bool first = true;
	foreach (lc, index->indexParams) {
		IndexElem *elem = lfirst_node(IndexElem, lc);
		appendStringInfoString(&out, first ? "" : ", ");
		first = false;
		if (elem->name != NULL) {
			appendStringInfoString(&out, quote_identifier(elem->name));
		} else {
			appendStringInfo(&out, "(%s)", PrintExpression(sql, elem->expr, rel));
		}
		AppendNames(&out, "COLLATE", elem->collation);
		AppendNames(&out, "OPCLASS", elem->opclass);
		if (elem->opclassopts != NIL) {
			appendStringInfo(&out, " OPTIONS %s", nodeToString(elem->opclassopts));
		}
		appendStringInfo(&out, " %d %d", (int)elem->ordering, (int)elem->nulls_ordering);
	}
	appendStringInfoChar(&out, ')');
	foreach (lc, index->indexIncludingParams) {
		IndexElem *elem = lfirst_node(IndexElem, lc);
		appendStringInfo(&out, " INCLUDE %s", elem->name != NULL ? quote_identifier(elem->name) : "?");
	}
	if (index->nulls_not_distinct) {
		appendStringInfoString(&out, " NULLS NOT DISTINCT");
	}
	foreach (lc, index->options) {
		DefElem *option = lfirst_node(DefElem, lc);
		appendStringInfo(&out, " WITH %s=%s", option->defname,
		                 option->arg != NULL ? nodeToString(option->arg) : "");
	}
	if (index->tableSpace != NULL) {
		appendStringInfo(&out, " TABLESPACE %s", quote_identifier(index->tableSpace));
	}
	if (index->whereClause != NULL) {
		appendStringInfo(&out, " WHERE %s", PrintExpression(sql, index->whereClause, rel));
	}
	return out.data;
}

} // namespace

char *
PrintWithoutSqlSyntax(int kind, const char *text, const char *schema, const char *table)
{
	constexpr int kKindView = 0, kKindIndex = 1, kKindExpression = 2;
	if (kind == kKindView) {
		Node *stmt = OnlyStatement(text);
		if (stmt == NULL || !IsA(((RawStmt *)stmt)->stmt, SelectStmt)) {
			return NULL;
		}
		Query *query = parse_analyze_fixedparams((RawStmt *)stmt, text, NULL, 0, NULL);
		ForgetSqlSyntax((Node *)query, NULL);
		return pg_get_querydef(query, false);
	}
	if (schema == NULL || table == NULL || (kind != kKindIndex && kind != kKindExpression)) {
		return NULL;
	}
	if (kind == kKindIndex) {
		const char *sql = psprintf("CREATE INDEX pgschemadiff_reparse_i ON %s USING %s",
		                           quote_qualified_identifier(schema, table), text);
		Node *stmt = OnlyStatement(sql);
		if (stmt == NULL || !IsA(((RawStmt *)stmt)->stmt, IndexStmt)) {
			return NULL;
		}
		Relation rel = relation_openrv(makeRangeVar(pstrdup(schema), pstrdup(table), -1),
		                               AccessShareLock);
		char *printed = PrintIndexTail(sql, (IndexStmt *)((RawStmt *)stmt)->stmt, rel);
		relation_close(rel, NoLock);
		return printed;
	}
	const char *sql = psprintf("SELECT %s", text);
	Node *raw = OnlyTarget(sql);
	if (raw == NULL) {
		return NULL;
	}
	Relation rel =
	    relation_openrv(makeRangeVar(pstrdup(schema), pstrdup(table), -1), AccessShareLock);
	char *printed = PrintExpression(sql, raw, rel);
	relation_close(rel, NoLock);
	return printed;
}

} // namespace pgschemadiff::pg

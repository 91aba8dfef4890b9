// reparse.cpp — reads the remote's view definitions again on this server.
// Layer: pg ("C discipline": only trivially destructible locals, because any
// call here may ereport). Two majors print the same view differently
// (PostgreSQL 16 stopped qualifying the columns of single-relation views);
// the core (core/catalog/cross_version.hpp) names the remote views whose
// text differs from ours, and for each this file creates the remote's query
// as a temporary view and reads it back with our pg_get_viewdef, inside an
// internal subtransaction that is always rolled back (plpgsql's
// exec_stmt_block pattern), then hands the text to the core, which keeps it
// only if it equals our own definition.
//
// Index definitions likewise: the part from USING on is created on an empty
// temporary copy of the table (CREATE TEMPORARY TABLE ... (LIKE table)), so
// no row is read and no index is built on real data.
//
// The text comes from the remote server, so it is checked before it is run:
// the statement built from it must parse as exactly one CREATE VIEW (with a
// SELECT) or CREATE INDEX (no second statement can ride along), and these
// only analyse expressions, never run them (the copied table has no rows). Errors of the attempt (a
// table the view reads is missing here, ...) are caught and mean "could not read it": the remote's
// text is then compared as it is. Cancel, terminate and resource errors are raised again.
#include "core/api.hpp"
#include "pg/boundary.hpp"
#include "pg/readers.hpp"

extern "C" {
#include "postgres.h"

#include "access/xact.h"
#include "executor/spi.h"
#include "miscadmin.h"
#include "nodes/parsenodes.h"
#include "parser/parser.h"
#include "utils/builtins.h"
#include "utils/guc.h"
#include "utils/memutils.h"
#include "utils/resowner.h"
}

namespace pgschemadiff::pg {
namespace {

// Item kinds, as ReparseKindOf returns them.
constexpr int kKindView = 0;
constexpr int kKindIndex = 1;
constexpr int kKindExpression = 2;

const char *const kCreateView = "CREATE TEMPORARY VIEW pgschemadiff_reparse AS ";
const char *const kPrintView =
    "SELECT pg_catalog.pg_get_viewdef('pg_temp.pgschemadiff_reparse'::pg_catalog.regclass)";
const char *const kCreateIndex =
    "CREATE INDEX pgschemadiff_reparse_i ON pgschemadiff_reparse USING ";
const char *const kPrintIndex =
    "SELECT pg_catalog.pg_get_indexdef('pg_temp.pgschemadiff_reparse_i'::pg_catalog.regclass)";

/// True when `sql` is exactly one statement of the expected shape (raw parse
/// only: no catalog access, nothing run).
bool
IsOneStatement(const char *sql, int kind)
{
	List *parsed = raw_parser(sql, RAW_PARSE_DEFAULT);
	if (list_length(parsed) != 1) {
		return false;
	}
	RawStmt *raw = linitial_node(RawStmt, parsed);
	if (kind == kKindView) {
		return IsA(raw->stmt, ViewStmt) && IsA(((ViewStmt *)raw->stmt)->query, SelectStmt);
	}
	return IsA(raw->stmt, IndexStmt);
}

/// The statements that print item `i` here, or false when it is of no kind
/// this file knows. Everything palloc'd in the current context.
bool
Statements(const Session *session, int i, const char **setup, const char **create,
           const char **print)
{
	const char *text = ReparseDefinition(session, i);
	int kind = ReparseKindOf(session, i);
	if (text == NULL) {
		return false;
	}
	if (kind == kKindView) {
		*setup = NULL;
		*create = psprintf("%s%s", kCreateView, text);
		*print = kPrintView;
		return IsOneStatement(*create, kind);
	}
	if (kind == kKindIndex) {
		const char *schema = ReparseTableSchema(session, i);
		const char *table = ReparseTableName(session, i);
		if (schema == NULL || table == NULL) {
			return false;
		}
		*setup = psprintf("CREATE TEMPORARY TABLE pgschemadiff_reparse (LIKE %s)",
		                  quote_qualified_identifier(schema, table));
		*create = psprintf("%s%s", kCreateIndex, text);
		*print = kPrintIndex;
		return IsOneStatement(*create, kind);
	}
	return false;
}

/// Errors that must not be taken for "could not read the definition".
bool
MustReraise(const ErrorData *edata)
{
	int category = ERRCODE_TO_CATEGORY(edata->sqlerrcode);
	return edata->sqlerrcode == ERRCODE_QUERY_CANCELED ||
	       category == ERRCODE_TO_CATEGORY(ERRCODE_OPERATOR_INTERVENTION) ||
	       category == ERRCODE_TO_CATEGORY(ERRCODE_INSUFFICIENT_RESOURCES) ||
	       category == ERRCODE_TO_CATEGORY(ERRCODE_PROGRAM_LIMIT_EXCEEDED) || edata->elevel > ERROR;
}

/// What PrintHere prints for an item.
enum class Print : int {
	kAsCreated,            // created as a temporary object, printed with pg_get_*
	kRemoteWithoutSyntax, // the remote's text, SQL-standard syntax as plain calls
	kLocalWithoutSyntax,  // the local's text likewise
};

char *
PrintOnce(const Session *session, int i, Print what)
{
	if (what != Print::kAsCreated) {
		const char *text = what == Print::kRemoteWithoutSyntax ? ReparseDefinition(session, i)
		                                                        : ReparseLocalText(session, i);
		return text == NULL ? NULL
		                    : PrintWithoutSqlSyntax(ReparseKindOf(session, i), text,
		                                            ReparseTableSchema(session, i),
		                                            ReparseTableName(session, i));
	}
	const char *setup = NULL;
	const char *create = NULL;
	const char *print = NULL;
	if (Statements(session, i, &setup, &create, &print) &&
	    (setup == NULL || SPI_execute(setup, false, 0) == SPI_OK_UTILITY)) {
		if (SPI_execute(create, false, 0) == SPI_OK_UTILITY &&
		    SPI_execute(print, false, 1) == SPI_OK_SELECT && SPI_processed == 1) {
			return SPI_getvalue(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1);
		}
	}
	return NULL;
}

/// Item `i` as this server prints it (`what`), palloc'd in `out_cxt`; NULL
/// when this server cannot read it. Inside an internal subtransaction that
/// is always rolled back: nothing created or locked here outlives it.
char *
PrintHere(const Session *session, int i, Print what, MemoryContext out_cxt)
{
	MemoryContext old_cxt = CurrentMemoryContext;
	ResourceOwner old_owner = CurrentResourceOwner;
	char *volatile result = NULL;

	BeginInternalSubTransaction(NULL);
	MemoryContextSwitchTo(old_cxt);
	PG_TRY();
	{
		char *text = PrintOnce(session, i, what);
		if (text != NULL) {
			result = MemoryContextStrdup(out_cxt, text);
		}
		RollbackAndReleaseCurrentSubTransaction();
		MemoryContextSwitchTo(old_cxt);
		CurrentResourceOwner = old_owner;
	}
	PG_CATCH();
	{
		MemoryContextSwitchTo(old_cxt);
		ErrorData *edata = CopyErrorData();
		FlushErrorState();
		RollbackAndReleaseCurrentSubTransaction();
		MemoryContextSwitchTo(old_cxt);
		CurrentResourceOwner = old_owner;
		if (MustReraise(edata)) {
			ReThrowError(edata);
		}
		FreeErrorData(edata);
		result = NULL;
	}
	PG_END_TRY();
	return result;
}

} // namespace

void
ReparseRemoteDefinitions(Session *session, CoreStatus *status)
{
	int count = 0;
	if (!SessionFindReparse(session, &count, status)) {
		ReportCoreStatus(status);
	}
	if (count == 0) {
		return;
	}
	int nestlevel = NewGUCNestLevel();
	SetComparisonSettings();
	MemoryContext cxt =
	    AllocSetContextCreate(CurrentMemoryContext, "pgschemadiff reparse", ALLOCSET_DEFAULT_SIZES);
	if (SPI_connect() != SPI_OK_CONNECT) {
		elog(ERROR, "pgschemadiff: SPI_connect failed");
	}
	for (int i = 0; i < count; i++) {
		CHECK_FOR_INTERRUPTS();
		if (ReparseKindOf(session, i) != kKindExpression) {
			char *text = PrintHere(session, i, Print::kAsCreated, cxt);
			if (!SessionSetReparsed(session, i, text, status)) {
				ReportCoreStatus(status);
			}
		}
		if (ReparseWithoutSqlSyntax(session, i)) {
			char *remote = PrintHere(session, i, Print::kRemoteWithoutSyntax, cxt);
			char *local = remote == NULL ? NULL : PrintHere(session, i, Print::kLocalWithoutSyntax, cxt);
			if (!SessionSetNormalized(session, i, remote, local, status)) {
				ReportCoreStatus(status);
			}
		}
		MemoryContextReset(cxt);
	}
	SPI_finish();
	MemoryContextDelete(cxt);
	AtEOXact_GUC(true, nestlevel);
}

} // namespace pgschemadiff::pg

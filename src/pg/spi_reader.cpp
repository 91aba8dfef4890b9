// spi_reader.cpp — reads the local catalog through SPI.
// Layer: pg ("C discipline": only trivially destructible locals, because any
// call here may ereport). All queries run read-only in the statement's
// snapshot; search_path and friends are set in a GUC nest level so that an
// error, or the normal end, restores the caller's settings.
#include "core/api.hpp"
#include "pg/boundary.hpp"
#include "pg/readers.hpp"

extern "C" {
#include "postgres.h"

#include "access/xact.h"
#include "catalog/pg_type.h"
#include "executor/spi.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/guc.h"
#include "utils/memutils.h"
#include "utils/resowner.h"
}

namespace pgschemadiff::pg {
namespace {

/// The settings both sides read under (postgres_fdw's configure_remote_session).
void
SetComparisonGucs()
{
	(void)set_config_option("search_path", "pg_catalog", PGC_USERSET, PGC_S_SESSION,
	                        GUC_ACTION_SAVE, true, 0, false);
	(void)set_config_option("datestyle", "ISO", PGC_USERSET, PGC_S_SESSION, GUC_ACTION_SAVE, true,
	                        0, false);
	(void)set_config_option("intervalstyle", "postgres", PGC_USERSET, PGC_S_SESSION,
	                        GUC_ACTION_SAVE, true, 0, false);
	(void)set_config_option("extra_float_digits", "3", PGC_USERSET, PGC_S_SESSION, GUC_ACTION_SAVE,
	                        true, 0, false);
	// The readers fetch through cursors (spi_reader.cpp's ReadOne): plan for
	// the whole result, as a query run outright is.
	(void)set_config_option("cursor_tuple_fraction", "1.0", PGC_USERSET, PGC_S_SESSION,
	                        GUC_ACTION_SAVE, true, 0, false);
	// Catalogs never analyzed make the planner's costs huge: JIT then spent
	// seconds compiling a catalog query that runs in milliseconds.
	(void)set_config_option("jit", "off", PGC_USERSET, PGC_S_SESSION, GUC_ACTION_SAVE, true, 0,
	                        false);
}

void
FeedResult(Session *session, int query, SPITupleTable *tuptable, uint64 nrows, CoreStatus *status,
           MemoryContext chunk_cxt)
{
	TupleDesc desc = tuptable->tupdesc;
	int ncols = desc->natts;
	MemoryContext old = MemoryContextSwitchTo(chunk_cxt);
	const char **names = (const char **)palloc(sizeof(char *) * (ncols > 0 ? ncols : 1));
	for (int c = 0; c < ncols; c++) {
		Form_pg_attribute att = TupleDescAttr(desc, c);
		if (att->atttypid != TEXTOID) {
			elog(ERROR, "pgschemadiff catalog query \"%s\" returned a non-text column \"%s\"",
			     QueryName(query), NameStr(att->attname));
		}
		names[c] = pstrdup(NameStr(att->attname));
	}
	MemoryContextSwitchTo(old);

	uint64 row = 0;
	do {
		MemoryContext rows_cxt =
		    AllocSetContextCreate(chunk_cxt, "pgschemadiff rows", ALLOCSET_DEFAULT_SIZES);
		old = MemoryContextSwitchTo(rows_cxt);
		int n = (int)Min((uint64)kRowsPerChunk, nrows - row);
		CellView *cells =
		    (CellView *)palloc(sizeof(CellView) * (Size)(n > 0 ? n : 1) * (ncols > 0 ? ncols : 1));
		for (int r = 0; r < n; r++) {
			HeapTuple tuple = tuptable->vals[row + r];
			for (int c = 0; c < ncols; c++) {
				bool isnull = false;
				Datum d = SPI_getbinval(tuple, desc, c + 1, &isnull);
				CellView *cell = &cells[(Size)r * ncols + c];
				cell->is_null = isnull;
				cell->data = NULL;
				cell->length = 0;
				if (!isnull) {
					text *t = DatumGetTextPP(d);
					cell->data = VARDATA_ANY(t);
					cell->length = (int)VARSIZE_ANY_EXHDR(t);
				}
			}
		}
		MemoryContextSwitchTo(old);
		bool ok = SessionAddRows(session, Side::kLocal, query, ncols, names, n, cells, status);
		MemoryContextDelete(rows_cxt);
		if (!ok) {
			ReportCoreStatus(status);
		}
		CHECK_FOR_INTERRUPTS();
		row += (uint64)n;
	} while (row < nrows);
}

/// Runs paged query `q` (QueryPageSize) page by page, each page in a
/// subtransaction that is rolled back once its rows are handed over: the
/// locks its functions took (pg_get_viewdef locks a view and what it reads)
/// go with it, so they do not pile up with the number of objects. The rows
/// are those of the caller's snapshot all the same (read_only SPI keeps it).
void
ReadPaged(Session *session, int q, const char *sql, CoreStatus *status, MemoryContext chunk_cxt)
{
	const int page_size = QueryPageSize(q);
	Oid last = InvalidOid;
	for (;;) {
		MemoryContext oldcxt = CurrentMemoryContext;
		ResourceOwner oldowner = CurrentResourceOwner;
		uint64 nrows = 0;
		BeginInternalSubTransaction(NULL);
		MemoryContextSwitchTo(oldcxt);
		PG_TRY();
		{
			Oid argtypes[1] = {OIDOID};
			Datum values[1] = {ObjectIdGetDatum(last)};
			int ret = SPI_execute_with_args(sql, 1, argtypes, values, NULL, true, 0);
			if (ret != SPI_OK_SELECT) {
				elog(ERROR, "pgschemadiff: reading local %s failed: %s", QueryName(q),
				     SPI_result_code_string(ret));
			}
			nrows = SPI_processed;
			if (nrows > 0) {
				// page_key is the first column (the core checks the columns)
				bool isnull = false;
				Datum key = SPI_getbinval(SPI_tuptable->vals[nrows - 1], SPI_tuptable->tupdesc, 1,
				                          &isnull);
				char *key_text = isnull ? NULL : TextDatumGetCString(key);
				if (key_text == NULL || sscanf(key_text, "%u", &last) != 1) {
					elog(ERROR, "pgschemadiff: reading local %s: no page key", QueryName(q));
				}
			}
			FeedResult(session, q, SPI_tuptable, nrows, status, chunk_cxt);
			SPI_freetuptable(SPI_tuptable);
		}
		PG_CATCH();
		{
			// As PL/Python does: leave the subtransaction before the error goes
			// up, so that a caller's own subtransaction (a plpgsql EXCEPTION
			// block) is the one its handler rolls back.
			MemoryContextSwitchTo(oldcxt);
			ErrorData *edata = CopyErrorData();
			FlushErrorState();
			RollbackAndReleaseCurrentSubTransaction();
			MemoryContextSwitchTo(oldcxt);
			CurrentResourceOwner = oldowner;
			ReThrowError(edata);
		}
		PG_END_TRY();
		RollbackAndReleaseCurrentSubTransaction();
		MemoryContextSwitchTo(oldcxt);
		CurrentResourceOwner = oldowner;
		MemoryContextReset(chunk_cxt);
		if (nrows < (uint64)page_size) {
			break;
		}
	}
}

/// One query through SPI, its rows handed to the core: fetched from a
/// cursor kRowsPerChunk at a time, each chunk's tuple table freed once the
/// core has copied it, so that a large result (the columns of 20,000 tables)
/// is never held whole in the server's memory next to the core's copy.
/// `between` (may be null) runs after each chunk: the remote read goes on
/// while a long local query is read.
void
ReadOne(Session *session, int q, const char *sql, CoreStatus *status, MemoryContext chunk_cxt,
        BetweenQueries between, void *arg)
{
	Portal portal = SPI_cursor_open_with_args(NULL, sql, 0, NULL, NULL, NULL, true, 0);
	bool first = true;
	for (;;) {
		SPI_cursor_fetch(portal, true, kRowsPerChunk);
		uint64 nrows = SPI_processed;
		// The first chunk goes to the core even when empty: it records the
		// query's columns (an empty result is a result).
		if (first || nrows > 0) {
			FeedResult(session, q, SPI_tuptable, nrows, status, chunk_cxt);
		}
		SPI_freetuptable(SPI_tuptable);
		MemoryContextReset(chunk_cxt);
		first = false;
		if (nrows < (uint64)kRowsPerChunk) {
			break;
		}
		if (between != NULL) {
			between(arg);
		}
	}
	SPI_cursor_close(portal);
}

} // namespace

void
ReadLocalCatalog(Session *session, CoreStatus *status, BetweenQueries between, void *arg)
{
	if (!SessionSetServerVersion(session, Side::kLocal, PG_VERSION_NUM, status)) {
		ReportCoreStatus(status);
	}
	if (!CheckServerVersion(PG_VERSION_NUM, status)) {
		ReportCoreStatus(status);
	}
	int nestlevel = NewGUCNestLevel();
	SetComparisonGucs();
	MemoryContext chunk_cxt =
	    AllocSetContextCreate(CurrentMemoryContext, "pgschemadiff local", ALLOCSET_DEFAULT_SIZES);
	if (SPI_connect() != SPI_OK_CONNECT) {
		elog(ERROR, "pgschemadiff: SPI_connect failed");
	}
	for (int q = 0; q < QueryCount(); q++) {
		const char *sql = QueryText(q, PG_VERSION_NUM);
		if (sql == NULL) {
			elog(ERROR, "pgschemadiff: no \"%s\" query for server version %d", QueryName(q),
			     PG_VERSION_NUM);
		}
		if (QueryPageSize(q) > 0) {
			ReadPaged(session, q, sql, status, chunk_cxt);
		} else if (QueryWithoutNestedLoops(q)) {
			int level = NewGUCNestLevel();
			(void)set_config_option("enable_nestloop", "off", PGC_USERSET, PGC_S_SESSION,
			                        GUC_ACTION_SAVE, true, 0, false);
			ReadOne(session, q, sql, status, chunk_cxt, between, arg);
			AtEOXact_GUC(true, level);
		} else {
			ReadOne(session, q, sql, status, chunk_cxt, between, arg);
		}
		if (between != NULL) {
			between(arg);
		}
	}
	SPI_finish();
	MemoryContextDelete(chunk_cxt);
	AtEOXact_GUC(true, nestlevel);
}

void
ReadLocalFollowUp(Session *session, CoreStatus *status)
{
	const char *sql = SessionFollowUpQuery(session, Side::kLocal, status);
	if (sql == NULL) {
		if (status->kind != StatusKind::kOk) {
			ReportCoreStatus(status);
		}
		return;
	}
	int nestlevel = NewGUCNestLevel();
	SetComparisonGucs();
	MemoryContext chunk_cxt = AllocSetContextCreate(CurrentMemoryContext, "pgschemadiff local",
	                                                ALLOCSET_DEFAULT_SIZES);
	if (SPI_connect() != SPI_OK_CONNECT) {
		elog(ERROR, "pgschemadiff: SPI_connect failed");
	}
	ReadOne(session, FollowUpQueryIndex(), sql, status, chunk_cxt, NULL, NULL);
	SPI_finish();
	MemoryContextDelete(chunk_cxt);
	AtEOXact_GUC(true, nestlevel);
}

} // namespace pgschemadiff::pg

namespace pgschemadiff::pg {

void
SetComparisonSettings()
{
	SetComparisonGucs();
}

} // namespace pgschemadiff::pg

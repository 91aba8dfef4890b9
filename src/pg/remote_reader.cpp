// remote_reader.cpp — reads the remote catalog over libpq, from inside the server.
// Layer: pg ("C discipline"). Uses the backend helpers of
// libpq/libpq-be-fe-helpers.h, which reserve the file descriptor and wait in
// WaitLatchOrSocket with CHECK_FOR_INTERRUPTS, so cancel, statement_timeout
// and terminate stop a slow or silent remote. The connection is closed in
// PG_FINALLY on every path (dblink's dblink_exec, postgres_fdw's
// connect_pg_server).
#include "core/api.hpp"
#include "pg/boundary.hpp"
#include "pg/readers.hpp"

extern "C" {
#include "postgres.h"

#include "libpq-fe.h"
#include "libpq/libpq-be-fe-helpers.h"
#include "mb/pg_wchar.h"
#include "miscadmin.h"
#include "utils/memutils.h"

#include "pg/compat.hpp"
}

namespace pgschemadiff::pg {
namespace {

/// Seconds to wait for a connection when the URL does not say.
constexpr const char *kDefaultConnectTimeout = "10";

const char *const kSessionSetup = "SET search_path = pg_catalog; SET datestyle = ISO; "
                                  "SET intervalstyle = postgres; SET extra_float_digits = 3";
const char *const kBegin = "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY";

/// Parses the conninfo, refusing what a non-superuser must not use.
/// Returns whether the string sets connect_timeout.
bool
CheckConnInfo(const char *conninfo)
{
	char *err = NULL;
	PQconninfoOption *opts = PQconninfoParse(conninfo, &err);
	if (opts == NULL) {
		// libpq's message names the malformed part, never a password value.
		char *msg = err != NULL ? pchomp(err) : pstrdup("out of memory");
		if (err != NULL) {
			PQfreemem(err);
		}
		ereport(ERROR, (errcode(ERRCODE_SQLCLIENT_UNABLE_TO_ESTABLISH_SQLCONNECTION),
		                errmsg("invalid connection string for the remote database"),
		                errdetail_internal("%s", msg),
		                errhint("Pass a libpq URI (postgresql://user:password@host/db) or a "
		                        "key=value string (host=... dbname=...).")));
	}
	bool has_password = false;
	bool has_timeout = false;
	for (PQconninfoOption *o = opts; o->keyword != NULL; o++) {
		if (o->val == NULL || o->val[0] == '\0') {
			continue;
		}
		if (strcmp(o->keyword, "password") == 0) {
			has_password = true;
		} else if (strcmp(o->keyword, "connect_timeout") == 0) {
			has_timeout = true;
		}
	}
	PQconninfoFree(opts);
	if (!superuser() && !has_password) {
		ereport(ERROR, (errcode(ERRCODE_S_R_E_PROHIBITED_SQL_STATEMENT_ATTEMPTED),
		                errmsg("password is required"),
		                errdetail("Non-superusers must provide a password in the connection string."),
		                errhint("Add password=... to the connection string, or ask a superuser to "
		                        "run schema_diff.")));
	}
	return has_timeout;
}

/// ereport(ERROR) for a failed remote command, keeping the remote's SQLSTATE,
/// message, detail and hint (dblink's dblink_res_error).
void
ReportRemoteError(PGconn *conn, PGresult *res, const char *what)
{
	const char *sqlstate = res != NULL ? PQresultErrorField(res, PG_DIAG_SQLSTATE) : NULL;
	const char *primary = res != NULL ? PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY) : NULL;
	const char *detail = res != NULL ? PQresultErrorField(res, PG_DIAG_MESSAGE_DETAIL) : NULL;
	const char *hint = res != NULL ? PQresultErrorField(res, PG_DIAG_MESSAGE_HINT) : NULL;
	int code = ERRCODE_CONNECTION_FAILURE;
	if (sqlstate != NULL && strlen(sqlstate) == 5) {
		code = MAKE_SQLSTATE(sqlstate[0], sqlstate[1], sqlstate[2], sqlstate[3], sqlstate[4]);
	}
	if (primary == NULL) {
		primary = pchomp(PQerrorMessage(conn));
	}
	ereport(ERROR, (errcode(code), errmsg("remote server error: %s", primary),
	                detail != NULL ? errdetail_internal("%s", detail) : 0,
	                hint != NULL ? errhint("%s", hint) : 0,
	                errcontext("pgschemadiff reading %s from the remote database", what)));
}

void
Command(PGconn *conn, PGresult *volatile *res, const char *sql, const char *what)
{
	*res = libpqsrv_exec(conn, sql, PSD_WAIT_EVENT());
	if (PQresultStatus(*res) != PGRES_COMMAND_OK) {
		ReportRemoteError(conn, *res, what);
	}
	PQclear(*res);
	*res = NULL;
}

void
FeedResult(Session *session, int query, PGresult *res, CoreStatus *status, MemoryContext cxt)
{
	int ncols = PQnfields(res);
	int nrows = PQntuples(res);
	MemoryContext old = MemoryContextSwitchTo(cxt);
	const char **names = (const char **)palloc(sizeof(char *) * (ncols > 0 ? ncols : 1));
	for (int c = 0; c < ncols; c++) {
		names[c] = PQfname(res, c);
	}
	CellView *cells =
	    (CellView *)palloc(sizeof(CellView) * (Size)kRowsPerChunk * (ncols > 0 ? ncols : 1));
	MemoryContextSwitchTo(old);
	int row = 0;
	do {
		int n = Min(kRowsPerChunk, nrows - row);
		for (int r = 0; r < n; r++) {
			for (int c = 0; c < ncols; c++) {
				CellView *cell = &cells[(Size)r * ncols + c];
				cell->is_null = PQgetisnull(res, row + r, c);
				cell->data = cell->is_null ? NULL : PQgetvalue(res, row + r, c);
				cell->length = cell->is_null ? 0 : PQgetlength(res, row + r, c);
			}
		}
		if (!SessionAddRows(session, Side::kRemote, query, ncols, names, n, cells, status)) {
			ReportCoreStatus(status);
		}
		CHECK_FOR_INTERRUPTS();
		row += n;
	} while (row < nrows);
	MemoryContextReset(cxt);
}

} // namespace

void
ReadRemoteCatalog(Session *session, const char *conninfo, CoreStatus *status)
{
	bool has_timeout = CheckConnInfo(conninfo);
	const char *keywords[6];
	const char *values[6];
	int n = 0;
	if (!has_timeout) {
		keywords[n] = "connect_timeout";
		values[n++] = kDefaultConnectTimeout;
	}
	keywords[n] = "dbname";
	values[n++] = conninfo;
	keywords[n] = "fallback_application_name";
	values[n++] = "pgschemadiff";
	keywords[n] = "client_encoding";
	values[n++] = GetDatabaseEncodingName();
	keywords[n] = NULL;
	values[n] = NULL;

	MemoryContext cxt =
	    AllocSetContextCreate(CurrentMemoryContext, "pgschemadiff remote", ALLOCSET_DEFAULT_SIZES);
	PGconn *volatile conn = NULL;
	PGresult *volatile res = NULL;
	PG_TRY();
	{
		conn = libpqsrv_connect_params(keywords, values, true, PSD_WAIT_EVENT());
		if (conn == NULL || PQstatus(conn) != CONNECTION_OK) {
			char *msg = conn != NULL ? pchomp(PQerrorMessage(conn)) : pstrdup("out of memory");
			ereport(ERROR, (errcode(ERRCODE_SQLCLIENT_UNABLE_TO_ESTABLISH_SQLCONNECTION),
			                errmsg("could not connect to the remote database"),
			                errdetail_internal("%s", msg)));
		}
		if (!superuser() && !PQconnectionUsedPassword(conn)) {
			ereport(ERROR, (errcode(ERRCODE_S_R_E_PROHIBITED_SQL_STATEMENT_ATTEMPTED),
			                errmsg("password is required"),
			                errdetail("Non-superuser cannot connect if the server does not "
			                          "request a password."),
			                errhint("Target server's authentication method must be changed.")));
		}
		int version = PQserverVersion(conn);
		if (!CheckServerVersion(version, status) ||
		    !SessionSetServerVersion(session, Side::kRemote, version, status)) {
			ReportCoreStatus(status);
		}
		Command(conn, &res, kSessionSetup, "session settings");
		Command(conn, &res, kBegin, "a read-only snapshot");
		for (int q = 0; q < QueryCount(); q++) {
			const char *sql = QueryText(q, version);
			if (sql == NULL) {
				elog(ERROR, "pgschemadiff: no \"%s\" query for server version %d", QueryName(q),
				     version);
			}
			res = libpqsrv_exec(conn, sql, PSD_WAIT_EVENT());
			if (PQresultStatus(res) != PGRES_TUPLES_OK) {
				ReportRemoteError(conn, res, QueryName(q));
			}
			FeedResult(session, q, res, status, cxt);
			PQclear(res);
			res = NULL;
		}
	}
	PG_FINALLY();
	{
		if (res != NULL) {
			PQclear(res);
		}
		libpqsrv_disconnect(conn);
	}
	PG_END_TRY();
	MemoryContextDelete(cxt);
}

} // namespace pgschemadiff::pg

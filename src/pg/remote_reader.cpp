// remote_reader.cpp — reads the remote catalog over libpq, from inside the server.
// Layer: pg ("C discipline": only trivially destructible locals, because any
// call here may ereport). Uses the backend helpers of
// libpq/libpq-be-fe-helpers.h, which reserve the file descriptor and wait in
// WaitLatchOrSocket with CHECK_FOR_INTERRUPTS, so cancel, statement_timeout
// and terminate stop a slow or silent remote. The connection is closed in
// PG_FINALLY on every path (dblink's dblink_exec, postgres_fdw's
// connect_pg_server). Security rules follow dblink's dblink_connstr_check /
// dblink_security_check and postgres_fdw's check_conn_params.
#include "core/api.hpp"
#include "pg/boundary.hpp"
#include "pg/readers.hpp"
#include "pg/socket_drain.hpp"

extern "C" {
#include "postgres.h"

#include "commands/defrem.h"
#include "foreign/foreign.h"
#include "libpq-fe.h"
#include "libpq/libpq-be-fe-helpers.h"
#include "mb/pg_wchar.h"
#include "miscadmin.h"
#include "storage/ipc.h"
#include "nodes/parsenodes.h"
#include "utils/acl.h"
#include "utils/builtins.h"
#include "utils/memutils.h"
#include "utils/snapmgr.h"

#include "pg/compat.hpp"

#include <poll.h>
}

namespace pgschemadiff::pg {
namespace {

/// Seconds to wait for a connection when the caller does not say.
constexpr const char *kDefaultConnectTimeout = "10";
constexpr int kMaxOptions = 64;


/// Options that make libpq read files of the server's operating-system user:
/// refused for non-superusers.
const char *const kFileOptions[] = {"passfile", "sslcert",   "sslkey",  "sslrootcert",
                                    "sslcrl",   "sslcrldir", "service", NULL};

/// How to connect: keyword/value arrays for libpqsrv_connect_params.
struct ConnSpec {
	const char *keywords[kMaxOptions + 1];
	const char *values[kMaxOptions + 1];
	int count;
	bool expand_dbname;
	bool password_required; // false only when a superuser said so on a user mapping
	const char *conninfo;   // the caller's string (URL form), for masking; or NULL
	const char *secrets[4]; // passwords known to be in play, for masking
	int nsecrets;
	const char *server_name; // named-server form, for messages; or NULL
};

void
AddOption(ConnSpec *spec, const char *keyword, const char *value)
{
	if (spec->count >= kMaxOptions) {
		ereport(ERROR,
		        (errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED), errmsg("too many connection options")));
	}
	spec->keywords[spec->count] = keyword;
	spec->values[spec->count] = value;
	spec->count++;
	spec->keywords[spec->count] = NULL;
	spec->values[spec->count] = NULL;
}

/// `text` with every password of `spec` masked, palloc'd.
char *
Mask(const ConnSpec *spec, const char *text)
{
	if (text == NULL) {
		return NULL;
	}
	size_t size = strlen(text) * 8 + 16;
	char *out = (char *)palloc(size);
	MaskText(text, spec->conninfo, spec->secrets, spec->nsecrets, out, size);
	return out;
}

bool
IsFileOption(const char *keyword)
{
	for (int i = 0; kFileOptions[i] != NULL; i++) {
		if (strcmp(keyword, kFileOptions[i]) == 0) {
			return true;
		}
	}
	return false;
}

/// The rules for one option, whichever form it came in.
void
CheckOption(const char *keyword, const char *value)
{
	if (value == NULL || value[0] == '\0') {
		return;
	}
	if (!superuser() && IsFileOption(keyword)) {
		ereport(ERROR, (errcode(ERRCODE_INSUFFICIENT_PRIVILEGE),
		                errmsg("permission denied to use connection option \"%s\"", keyword),
		                errdetail("Only superusers may use options that read files on the "
		                          "database server.")));
	}
	if (!libpqsrv_is_valid_proxy_option(keyword)) {
		ereport(ERROR, (errcode(ERRCODE_INSUFFICIENT_PRIVILEGE),
		                errmsg("permission denied to set connection option \"%s\"", keyword)));
	}
}

bool
LooksLikeConnInfo(const char *s)
{
	return strchr(s, '=') != NULL || strncmp(s, "postgresql://", 13) == 0 ||
	       strncmp(s, "postgres://", 11) == 0;
}

/// URI or key=value string: parsed once to check it, then handed to libpq
/// whole as dbname with expand_dbname (dblink's way).
void
SpecFromConnInfo(ConnSpec *spec, const char *conninfo)
{
	spec->conninfo = conninfo;
	char *err = NULL;
	PQconninfoOption *opts = PQconninfoParse(conninfo, &err);
	if (opts == NULL) {
		char *msg = err != NULL ? Mask(spec, pchomp(err)) : pstrdup("out of memory");
		if (err != NULL) {
			PQfreemem(err);
		}
		ereport(ERROR, (errcode(ERRCODE_SQLCLIENT_UNABLE_TO_ESTABLISH_SQLCONNECTION),
		                errmsg("invalid connection string for the remote database"),
		                errdetail_internal("%s", msg),
		                errhint("Pass a libpq URI (postgresql://user:password@host/db), a "
		                        "key=value string (host=... dbname=...), or the name of a "
		                        "foreign server.")));
	}
	bool has_password = false;
	bool has_timeout = false;
	PG_TRY();
	{
		for (PQconninfoOption *o = opts; o->keyword != NULL; o++) {
			if (o->val == NULL || o->val[0] == '\0') {
				continue;
			}
			CheckOption(o->keyword, o->val);
			if (strcmp(o->keyword, "password") == 0) {
				has_password = true;
				spec->secrets[spec->nsecrets++] = pstrdup(o->val);
			} else if (strcmp(o->keyword, "connect_timeout") == 0) {
				has_timeout = true;
			}
		}
	}
	PG_FINALLY();
	{
		PQconninfoFree(opts);
	}
	PG_END_TRY();
	if (!superuser() && !has_password) {
		ereport(ERROR, (errcode(ERRCODE_S_R_E_PROHIBITED_SQL_STATEMENT_ATTEMPTED),
		                errmsg("password is required"),
		                errdetail("Non-superusers must provide a password in the connection "
		                          "string."),
		                errhint("Add password=... to the connection string, use a foreign server "
		                        "with a user mapping, or ask a superuser to run schema_diff.")));
	}
	if (!has_timeout) {
		AddOption(spec, "connect_timeout", kDefaultConnectTimeout);
	}
	AddOption(spec, "dbname", conninfo);
	spec->expand_dbname = true;
}

/// A foreign server (postgres_fdw or dblink_fdw) and the caller's user
/// mapping give the options, so that no password appears in the call.
void
SpecFromServer(ConnSpec *spec, const char *name)
{
	ForeignServer *server = GetForeignServerByName(name, true);
	if (server == NULL) {
		ereport(ERROR, (errcode(ERRCODE_SQLCLIENT_UNABLE_TO_ESTABLISH_SQLCONNECTION),
		                errmsg("remote database \"%s\" is neither a connection string nor a "
		                       "foreign server",
		                       name),
		                errhint("Pass a libpq URI, a key=value connection string, or the name of "
		                        "a server created with CREATE SERVER.")));
	}
	spec->server_name = server->servername;
	AclResult aclresult = pg_foreign_server_aclcheck(server->serverid, GetUserId(), ACL_USAGE);
	if (aclresult != ACLCHECK_OK) {
		aclcheck_error(aclresult, OBJECT_FOREIGN_SERVER, server->servername);
	}
	UserMapping *mapping = GetUserMapping(GetUserId(), server->serverid);

	PQconninfoOption *defaults = PQconndefaults();
	bool has_password = false;
	bool has_timeout = false;
	PG_TRY();
	{
		List *lists[2] = {server->options, mapping->options};
		for (int l = 0; l < 2; l++) {
			ListCell *lc;
			foreach (lc, lists[l]) {
				DefElem *d = (DefElem *)lfirst(lc);
				const char *value = defGetString(d);
				if (strcmp(d->defname, "password_required") == 0) {
					// postgres_fdw lets only superusers set this on a mapping.
					spec->password_required = defGetBoolean(d);
					continue;
				}
				bool is_libpq = false;
				for (PQconninfoOption *o = defaults; o != NULL && o->keyword != NULL; o++) {
					if (strcmp(o->keyword, d->defname) == 0) {
						is_libpq = true;
						break;
					}
				}
				if (!is_libpq) {
					continue; // an FDW option such as fetch_size
				}
				CheckOption(d->defname, value);
				if (strcmp(d->defname, "password") == 0 && value[0] != '\0') {
					has_password = true;
					spec->secrets[spec->nsecrets++] = value;
				} else if (strcmp(d->defname, "connect_timeout") == 0) {
					has_timeout = true;
				}
				AddOption(spec, d->defname, value);
			}
		}
	}
	PG_FINALLY();
	{
		PQconninfoFree(defaults);
	}
	PG_END_TRY();
	if (!superuser() && spec->password_required && !has_password) {
		ereport(ERROR, (errcode(ERRCODE_S_R_E_PROHIBITED_SQL_STATEMENT_ATTEMPTED),
		                errmsg("password is required"),
		                errdetail("Non-superusers must provide a password in the user mapping "
		                          "for server \"%s\".",
		                          server->servername)));
	}
	if (!has_timeout) {
		AddOption(spec, "connect_timeout", kDefaultConnectTimeout);
	}
	spec->expand_dbname = false;
}

/// ereport(ERROR) for a failed remote command, keeping the remote's SQLSTATE,
/// message, detail and hint (dblink's dblink_res_error), passwords masked.
void
ReportRemoteError(const ConnSpec *spec, PGconn *conn, PGresult *res, const char *what)
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
	primary = Mask(spec, primary);
	detail = Mask(spec, detail);
	hint = Mask(spec, hint);
	ereport(ERROR, (errcode(code), errmsg("remote server error: %s", primary),
	                detail != NULL ? errdetail_internal("%s", detail) : 0,
	                hint != NULL ? errhint("%s", hint) : 0,
	                errcontext("pgschemadiff reading %s from the remote database", what)));
}

void
Command(const ConnSpec *spec, PGconn *conn, PGresult *volatile *res, const char *sql,
        const char *what)
{
	*res = libpqsrv_exec(conn, sql, PSD_WAIT_EVENT());
	if (PQresultStatus(*res) != PGRES_COMMAND_OK) {
		ReportRemoteError(spec, conn, *res, what);
	}
	PQclear(*res);
	*res = NULL;
}

/// A command sent to the remote server whose results are still to be read.
enum RemoteStep {
	kStepQuery = 0, // a query that is not paged
	kStepSavepoint, // SAVEPOINT before a page
	kStepPage,      // a page of a paged query
	kStepRollback,  // ROLLBACK TO SAVEPOINT after it: releases the page's locks
	kStepRelease,   // RELEASE SAVEPOINT, so that savepoints do not nest page after page
	kStepNoNestLoop, // SET enable_nestloop = off before a query that needs it
	kStepResetNestLoop, // RESET enable_nestloop after it
	kStepLocks,     // for bench/ at DEBUG1: the locks the transaction holds
	kStepSync,      // the pipeline's end
};

struct Pending {
	RemoteStep step;
	int query;
};

/// Commands in flight at most: every query, four per paged query, the rest.
constexpr int kMaxPending = 256;
/// Catalog queries at most (QueryCount()), for the per-query page state.
constexpr int kMaxQueries = 64;

} // namespace

/// A remote catalog read in progress, in libpq's pipeline mode: every query
/// is sent at once and the remote server runs them one after the other while
/// this one reads its own catalog; their results are handed to the core
/// whenever RemoteReadPump is called. The connection is non-blocking, so that
/// sending never waits on a server that is itself waiting for us to read.
/// Palloc'd; trivially destructible.
struct RemoteRead {
	ConnSpec *spec;
	PGconn *conn;
	PGresult *res; // a result being handled, cleared on every path
	Session *session;
	CoreStatus *status;
	MemoryContext cxt;
	int version;
	Pending pending[kMaxPending]; // a ring: head, count
	int head;
	int count;
	char last[kMaxQueries][16]; // per paged query: page key of the last row read
	int page_rows[kMaxQueries]; // per paged query: rows of its last page
	// Rows of the query being read, copied out of libpq's one-row results
	// (single-row mode) until kRowsPerChunk of them, or the query's end, go
	// to the core: no whole result of a large query is ever held.
	const char **names; // the chunk's column names, in cxt
	int ncols;
	CellView *cells;            // kRowsPerChunk * ncols, in cxt
	int rows;                   // rows in the chunk
	bool synced;                // the pipeline's sync was sent
	bool done;
	// While the local catalog is read: a thread that keeps reading the
	// socket into libpq's buffer (socket_drain.hpp), stopped whenever this
	// backend reads the connection itself. NULL when not running.
	SocketDrain *drain;
	bool drain_failed; // no thread could be made: the pump drains the socket itself
};

namespace {

const char *const kSavepoint = "SAVEPOINT pgschemadiff_page";
const char *const kRollbackToSavepoint = "ROLLBACK TO SAVEPOINT pgschemadiff_page";
const char *const kReleaseSavepoint = "RELEASE SAVEPOINT pgschemadiff_page";
const char *const kLocksQuery = "SELECT pg_catalog.count(*)::text FROM pg_catalog.pg_locks "
                                "WHERE pid = pg_catalog.pg_backend_pid()";

const char *
StepName(const Pending *p)
{
	return p->step == kStepLocks ? "locks held" : p->step == kStepSync ? "the end of reading"
	                                                                    : QueryName(p->query);
}

/// Sends one command (queued in libpq's buffer; flushed by the pump) and
/// remembers it, so that its results are matched to it.
void
Send(RemoteRead *rr, RemoteStep step, int query)
{
	if (rr->count >= kMaxPending) {
		elog(ERROR, "pgschemadiff: too many remote commands in flight");
	}
	Pending *p = &rr->pending[(rr->head + rr->count) % kMaxPending];
	p->step = step;
	p->query = query;
	rr->count++;
	const char *sql = NULL;
	const char *params[1] = {NULL};
	int nparams = 0;
	switch (step) {
	case kStepQuery:
		sql = QueryText(query, rr->version);
		if (sql == NULL) {
			elog(ERROR, "pgschemadiff: no \"%s\" query for server version %d", QueryName(query),
			     rr->version);
		}
		break;
	case kStepSavepoint:
		sql = kSavepoint;
		break;
	case kStepPage:
		sql = QueryText(query, rr->version);
		params[0] = rr->last[query];
		nparams = 1;
		break;
	case kStepRollback:
		sql = kRollbackToSavepoint;
		break;
	case kStepRelease:
		sql = kReleaseSavepoint;
		break;
	case kStepNoNestLoop:
		sql = "SET enable_nestloop = off";
		break;
	case kStepResetNestLoop:
		sql = "RESET enable_nestloop";
		break;
	case kStepLocks:
		sql = kLocksQuery;
		break;
	case kStepSync:
		rr->synced = true;
		if (!PQpipelineSync(rr->conn)) {
			ReportRemoteError(rr->spec, rr->conn, NULL, StepName(p));
		}
		return;
	}
	// Ask the server to send what it has after each command, so that a page
	// key comes back while later commands still run.
	if (!PQsendQueryParams(rr->conn, sql, nparams, NULL, params, NULL, NULL, 0) ||
	    !PQsendFlushRequest(rr->conn)) {
		ReportRemoteError(rr->spec, rr->conn, NULL, StepName(p));
	}
}

/// A page of paged query `q`, after the last key read, in a savepoint that
/// is rolled back (releasing the page's locks) and released.
void
SendPage(RemoteRead *rr, int q)
{
	rr->page_rows[q] = 0;
	Send(rr, kStepSavepoint, q);
	Send(rr, kStepPage, q);
	Send(rr, kStepRollback, q);
	Send(rr, kStepRelease, q);
}

/// Hands the rows gathered so far to the core (also none: the first hand-over
/// of a query records its columns) and empties the chunk.
void
FlushChunk(RemoteRead *rr, const Pending *p)
{
	if (rr->names != NULL && !SessionAddRows(rr->session, Side::kRemote, p->query, rr->ncols,
	                                         rr->names, rr->rows, rr->cells, rr->status)) {
		ReportCoreStatus(rr->status);
	}
	MemoryContextReset(rr->cxt);
	rr->names = NULL;
	rr->cells = NULL;
	rr->ncols = 0;
	rr->rows = 0;
}

/// Copies the rows of `res` (one in single-row mode) into the chunk, handing
/// it to the core whenever it is full.
void
AppendRows(RemoteRead *rr, const Pending *p, PGresult *res)
{
	int nrows = PQntuples(res);
	for (int row = 0; row == 0 || row < nrows; row++) {
		if (rr->names == NULL) {
			int ncols = PQnfields(res);
			MemoryContext old = MemoryContextSwitchTo(rr->cxt);
			rr->names = (const char **)palloc(sizeof(char *) * (ncols > 0 ? ncols : 1));
			for (int c = 0; c < ncols; c++) {
				rr->names[c] = pstrdup(PQfname(res, c));
			}
			rr->cells = (CellView *)palloc(sizeof(CellView) * (Size)kRowsPerChunk *
			                               (ncols > 0 ? ncols : 1));
			rr->ncols = ncols;
			MemoryContextSwitchTo(old);
		}
		if (row >= nrows) {
			break; // no rows: the columns are recorded
		}
		if (PQnfields(res) != rr->ncols) {
			ereport(ERROR, (errcode(ERRCODE_PROTOCOL_VIOLATION),
			                errmsg("remote server changed the columns of %s while sending them",
			                       QueryName(p->query))));
		}
		CellView *cells = &rr->cells[(Size)rr->rows * rr->ncols];
		for (int c = 0; c < rr->ncols; c++) {
			CellView *cell = &cells[c];
			cell->is_null = PQgetisnull(res, row, c);
			cell->data = NULL;
			cell->length = 0;
			if (!cell->is_null) {
				int length = PQgetlength(res, row, c);
				char *copy = (char *)MemoryContextAlloc(rr->cxt, (Size)length + 1);
				memcpy(copy, PQgetvalue(res, row, c), (Size)length + 1);
				cell->data = copy;
				cell->length = length;
			}
		}
		rr->rows++;
		if (rr->rows == kRowsPerChunk) {
			FlushChunk(rr, p);
		}
	}
}

/// Asks libpq for the command now at the head, if it returns catalog rows,
/// one row per result (PQsetSingleRowMode acts on the command being
/// processed, before any of its results arrived: right after it is sent
/// first, or after the previous command's last result).
void
RowByRow(RemoteRead *rr)
{
	if (rr->count == 0) {
		return;
	}
	const Pending *p = &rr->pending[rr->head];
	if (p->step == kStepQuery || p->step == kStepPage) {
		(void)PQsetSingleRowMode(rr->conn); // if refused, whole results still work
	}
}

/// One result of the command at the head (one row of it in single-row
/// mode, then the end): checked, its rows handed over.
void
HandleResult(RemoteRead *rr, const Pending *p, PGresult *res)
{
	const bool rows = p->step == kStepQuery || p->step == kStepPage || p->step == kStepLocks;
	const ExecStatusType st = PQresultStatus(res);
	if (rows ? (st != PGRES_TUPLES_OK && st != PGRES_SINGLE_TUPLE) : st != PGRES_COMMAND_OK) {
		ReportRemoteError(rr->spec, rr->conn, res, StepName(p));
	}
	if (p->step == kStepLocks) {
		if (PQntuples(res) == 1) {
			elog(DEBUG1, "pgschemadiff remote locks held: %s", PQgetvalue(res, 0, 0));
		}
		return;
	}
	if (!rows) {
		return;
	}
	int nrows = PQntuples(res);
	if (p->step == kStepPage && nrows > 0) {
		rr->page_rows[p->query] += nrows;
		// page_key is the first column (the core checks the columns)
		const char *key = PQgetvalue(res, nrows - 1, 0);
		if (PQgetisnull(res, nrows - 1, 0) || strlen(key) == 0 ||
		    strspn(key, "0123456789") != strlen(key) || strlen(key) >= sizeof rr->last[0]) {
			ereport(ERROR, (errcode(ERRCODE_PROTOCOL_VIOLATION),
			                errmsg("remote server returned an invalid page key for %s",
			                       QueryName(p->query))));
		}
		strlcpy(rr->last[p->query], key, sizeof rr->last[0]);
	}
	AppendRows(rr, p, res);
	if (st == PGRES_TUPLES_OK) {
		FlushChunk(rr, p); // the query's end
	}
}

/// The command at the head has no more results: the next page of a paged
/// query that filled its page, and the sync once nothing else is in flight.
void
Complete(RemoteRead *rr)
{
	Pending done = rr->pending[rr->head];
	rr->head = (rr->head + 1) % kMaxPending;
	rr->count--;
	if (done.step == kStepPage && rr->page_rows[done.query] >= QueryPageSize(done.query)) {
		SendPage(rr, done.query);
	}
	if (rr->count == 0 && !rr->synced) {
		Send(rr, kStepSync, -1);
	}
	RowByRow(rr);
}

/// Reads every result that has arrived, without waiting.
void
ReadArrived(RemoteRead *rr)
{
	if (PQconsumeInput(rr->conn) == 0) {
		ReportRemoteError(rr->spec, rr->conn, NULL, StepName(&rr->pending[rr->head]));
	}
	while (!rr->done && rr->count > 0 && !PQisBusy(rr->conn)) {
		const Pending *p = &rr->pending[rr->head];
		rr->res = PQgetResult(rr->conn);
		if (p->step == kStepSync) {
			// The sync has one result of its own and no NULL after it.
			if (rr->res == NULL || PQresultStatus(rr->res) != PGRES_PIPELINE_SYNC) {
				ReportRemoteError(rr->spec, rr->conn, rr->res, StepName(p));
			}
			PQclear(rr->res);
			rr->res = NULL;
			rr->head = (rr->head + 1) % kMaxPending;
			rr->count--;
			rr->done = true;
			break;
		}
		if (rr->res == NULL) {
			Complete(rr);
			continue;
		}
		HandleResult(rr, p, rr->res);
		PQclear(rr->res);
		rr->res = NULL;
		CHECK_FOR_INTERRUPTS();
	}
}

/// Whether the remote has sent something not read yet (poll, no waiting).
bool
SocketReadable(PGconn *conn)
{
	struct pollfd pfd;
	pfd.fd = PQsocket(conn);
	pfd.events = POLLIN;
	pfd.revents = 0;
	return pfd.fd >= 0 && poll(&pfd, 1, 0) > 0 && (pfd.revents & (POLLIN | POLLHUP | POLLERR)) != 0;
}

/// The drain thread running, if any, for a backend that exits without
/// RemoteReadClose (FATAL skips PG_FINALLY): stopped before the process ends.
SocketDrain *running_drain = NULL;
bool exit_callback_registered = false;

void
StopRunningDrain(int, Datum)
{
	SocketDrainStop(running_drain);
	running_drain = NULL;
}

void
StopDrain(RemoteRead *rr)
{
	if (rr->drain != NULL) {
		SocketDrainStop(rr->drain);
		rr->drain = NULL;
		running_drain = NULL;
	}
}

/// Keeps the remote's results flowing while this backend does local work.
/// Without it the remote server stopped whenever its socket buffer was full
/// (a few hundred kilobytes) until the next pump, between two local chunks.
void
StartDrain(RemoteRead *rr)
{
	if (!exit_callback_registered) {
		on_proc_exit(StopRunningDrain, (Datum)0);
		exit_callback_registered = true;
	}
	StopDrain(rr);
	rr->drain = SocketDrainStart(rr->conn);
	rr->drain_failed = rr->drain == NULL;
	running_drain = rr->drain;
}

} // namespace

RemoteRead *
RemoteReadNew()
{
	RemoteRead *rr = (RemoteRead *)palloc0(sizeof(RemoteRead));
	return rr;
}

void
RemoteReadStart(RemoteRead *rr, Session *session, const char *remote, CoreStatus *status)
{
	ConnSpec *spec = (ConnSpec *)palloc0(sizeof(ConnSpec));
	spec->password_required = true;
	if (LooksLikeConnInfo(remote)) {
		SpecFromConnInfo(spec, remote);
	} else {
		SpecFromServer(spec, remote);
	}
	AddOption(spec, "fallback_application_name", "pgschemadiff");
	AddOption(spec, "client_encoding", GetDatabaseEncodingName());
	rr->spec = spec;
	rr->session = session;
	rr->status = status;
	rr->cxt =
	    AllocSetContextCreate(CurrentMemoryContext, "pgschemadiff remote", ALLOCSET_DEFAULT_SIZES);
	rr->conn = libpqsrv_connect_params(spec->keywords, spec->values, spec->expand_dbname,
	                                   PSD_WAIT_EVENT());
	PGconn *conn = rr->conn;
	if (conn == NULL || PQstatus(conn) != CONNECTION_OK) {
		char *msg =
		    conn != NULL ? Mask(spec, pchomp(PQerrorMessage(conn))) : pstrdup("out of memory");
		ereport(ERROR, (errcode(ERRCODE_SQLCLIENT_UNABLE_TO_ESTABLISH_SQLCONNECTION),
		                spec->server_name != NULL
		                    ? errmsg("could not connect to server \"%s\"", spec->server_name)
		                    : errmsg("could not connect to the remote database"),
		                errdetail_internal("%s", msg)));
	}
	if (!superuser() && spec->password_required && !PQconnectionUsedPassword(conn)) {
		ereport(ERROR, (errcode(ERRCODE_S_R_E_PROHIBITED_SQL_STATEMENT_ATTEMPTED),
		                errmsg("password is required"),
		                errdetail("Non-superuser cannot connect if the server does not "
		                          "request a password."),
		                errhint("Target server's authentication method must be changed.")));
	}
	rr->version = PQserverVersion(conn);
	if (!CheckServerVersion(rr->version, status) ||
	    !SessionSetServerVersion(session, Side::kRemote, rr->version, status)) {
		ReportCoreStatus(status);
	}
	if (QueryCount() > kMaxQueries) {
		elog(ERROR, "pgschemadiff: more catalog queries than the remote reader tracks");
	}
	PGresult *volatile res = NULL;
	Command(spec, conn, &res, kReaderSessionSetup, "session settings");
	Command(spec, conn, &res, kReaderBegin, "a read-only snapshot");
	if (!PQenterPipelineMode(conn) || PQsetnonblocking(conn, 1) != 0) {
		ReportRemoteError(spec, conn, NULL, "a pipeline of catalog queries");
	}
	for (int q = 0; q < QueryCount(); q++) {
		if (QueryPageSize(q) > 0) {
			strlcpy(rr->last[q], "0", sizeof rr->last[0]);
			SendPage(rr, q);
		} else if (QueryWithoutNestedLoops(q)) {
			Send(rr, kStepNoNestLoop, q);
			Send(rr, kStepQuery, q);
			Send(rr, kStepResetNestLoop, q);
		} else {
			Send(rr, kStepQuery, q);
		}
	}
	if (message_level_is_interesting(DEBUG1)) {
		Send(rr, kStepLocks, -1);
	}
	RowByRow(rr);
	if (PQflush(conn) < 0) {
		ReportRemoteError(spec, conn, NULL, "a pipeline of catalog queries");
	}
	StartDrain(rr);
}

namespace {

void
Pump(RemoteRead *rr, bool wait)
{
	for (;;) {
		int pending_output = PQflush(rr->conn);
		if (pending_output < 0) {
			ReportRemoteError(rr->spec, rr->conn, NULL, "a pipeline of catalog queries");
		}
		ReadArrived(rr);
		if (rr->done) {
			return;
		}
		pending_output = PQflush(rr->conn);
		if (pending_output < 0) {
			ReportRemoteError(rr->spec, rr->conn, NULL, "a pipeline of catalog queries");
		}
		if (!wait) {
			// Without the drain thread, drain what has arrived before going
			// back to the local side: a remote whose socket buffer is full
			// stops working until it is read. With it, one pass over what
			// libpq holds: the thread reads on while the local side works
			// (looping here while the remote kept sending held the local
			// side up).
			if (rr->drain_failed && pending_output == 0 && SocketReadable(rr->conn)) {
				continue;
			}
			return; // back to the local side
		}
		// Wait for results, and for room to send while commands remain
		// unsent (libpq-be-fe-helpers.h's libpqsrv_get_result, both ways).
		int rc = WaitLatchOrSocket(MyLatch,
		                           WL_EXIT_ON_PM_DEATH | WL_LATCH_SET | WL_SOCKET_READABLE |
		                               (pending_output == 1 ? WL_SOCKET_WRITEABLE : 0),
		                           PQsocket(rr->conn), 0, PSD_WAIT_EVENT());
		if (rc & WL_LATCH_SET) {
			ResetLatch(MyLatch);
			CHECK_FOR_INTERRUPTS();
		}
	}
}

} // namespace

void
RemoteReadPump(RemoteRead *rr, bool wait)
{
	// The connection is this backend's alone while it reads it.
	StopDrain(rr);
	Pump(rr, wait);
	if (!wait && !rr->done) {
		StartDrain(rr);
	}
}

void
RemoteReadClose(RemoteRead *rr)
{
	if (rr == NULL) {
		return;
	}
	StopDrain(rr); // before the connection goes
	if (rr->res != NULL) {
		PQclear(rr->res);
		rr->res = NULL;
	}
	if (rr->conn != NULL) {
		libpqsrv_disconnect(rr->conn);
		rr->conn = NULL;
	}
	if (rr->cxt != NULL) {
		MemoryContextDelete(rr->cxt);
		rr->cxt = NULL;
	}
}

void
ReadRemoteCatalog(Session *session, const char *conninfo, CoreStatus *status)
{
	RemoteRead *rr = RemoteReadNew();
	PG_TRY();
	{
		RemoteReadStart(rr, session, conninfo, status);
		RemoteReadPump(rr, true);
	}
	PG_FINALLY();
	{
		RemoteReadClose(rr);
	}
	PG_END_TRY();
}

namespace {

/// *failure from a failed result (or the connection's message), masked.
void
FillFailure(const ConnSpec *spec, PGconn *conn, PGresult *res, const char *fallback_state,
            RemoteFailure *failure)
{
	const char *sqlstate = res != NULL ? PQresultErrorField(res, PG_DIAG_SQLSTATE) : NULL;
	const char *primary = res != NULL ? PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY) : NULL;
	const char *detail = res != NULL ? PQresultErrorField(res, PG_DIAG_MESSAGE_DETAIL) : NULL;
	const char *hint = res != NULL ? PQresultErrorField(res, PG_DIAG_MESSAGE_HINT) : NULL;
	failure->sqlstate =
	    pstrdup(sqlstate != NULL && strlen(sqlstate) == 5 ? sqlstate : fallback_state);
	failure->message = Mask(
	    spec, primary != NULL ? primary
	                          : (conn != NULL ? pchomp(PQerrorMessage(conn)) : "out of memory"));
	failure->detail = Mask(spec, detail);
	failure->hint = Mask(spec, hint);
}

} // namespace

bool
RemoteRunStatement(const char *conninfo, const char *lock_timeout, const char *sql,
                   RemoteFailure *failure)
{
	ConnSpec *spec = (ConnSpec *)palloc0(sizeof(ConnSpec));
	spec->password_required = true;
	if (LooksLikeConnInfo(conninfo)) {
		SpecFromConnInfo(spec, conninfo);
	} else {
		SpecFromServer(spec, conninfo);
	}
	AddOption(spec, "fallback_application_name", "pgschemadiff apply");
	AddOption(spec, "client_encoding", GetDatabaseEncodingName());
	const char *commands[2] = {psprintf("SET lock_timeout = %s", quote_literal_cstr(lock_timeout)),
	                           sql};
	// CREATE INDEX CONCURRENTLY waits for every transaction with an older
	// snapshot: this backend must hold none while it waits for the other one.
	InvalidateCatalogSnapshot();
	PGconn *volatile conn = NULL;
	PGresult *volatile res = NULL;
	volatile bool ok = true;
	PG_TRY();
	{
		conn = libpqsrv_connect_params(spec->keywords, spec->values, spec->expand_dbname,
		                               PSD_WAIT_EVENT());
		if (conn == NULL || PQstatus(conn) != CONNECTION_OK) {
			FillFailure(spec, conn, NULL, "08001", failure);
			ok = false;
		} else if (!superuser() && spec->password_required && !PQconnectionUsedPassword(conn)) {
			ereport(ERROR, (errcode(ERRCODE_S_R_E_PROHIBITED_SQL_STATEMENT_ATTEMPTED),
			                errmsg("password is required"),
			                errdetail("Non-superuser cannot connect if the server does not "
			                          "request a password."),
			                errhint("Pass local_url with a password.")));
		}
		for (int i = 0; ok && i < 2; i++) {
			res = libpqsrv_exec(conn, commands[i], PSD_WAIT_EVENT());
			if (PQresultStatus(res) != PGRES_COMMAND_OK && PQresultStatus(res) != PGRES_TUPLES_OK) {
				FillFailure(spec, conn, res, "08006", failure);
				ok = false;
			}
			PQclear(res);
			res = NULL;
		}
	}
	PG_FINALLY();
	{
		if (res != NULL) {
			PQclear(res);
		}
		if (conn != NULL) {
			libpqsrv_disconnect(conn);
		}
	}
	PG_END_TRY();
	return ok;
}

} // namespace pgschemadiff::pg

// readers.hpp — the two catalog readers. Both run the core's queries and hand
// the rows to the core in the same shape.
// Layer: pg. Both ereport(ERROR) on failure and hold no C++ objects.
#pragma once

#include "core/api.hpp"

namespace pgschemadiff::pg {

/// Called by the local reader between its queries (may be null).
typedef void (*BetweenQueries)(void *arg);

/// Reads this database through SPI, in one snapshot, with the session
/// settings of the comparison set in a GUC nest level. Calls `between`
/// after each query.
void ReadLocalCatalog(Session *session, CoreStatus *status, BetweenQueries between, void *arg);

/// Once both sides are read: the local rows of the core's follow-up query
/// (SessionFollowUpQuery), if it has one.
void ReadLocalFollowUp(Session *session, CoreStatus *status);

/// A remote catalog read over libpq, in one REPEATABLE READ READ ONLY
/// transaction, its queries sent asynchronously so that the remote server
/// works while the local catalog is read:
///   rr = RemoteReadNew();
///   PG_TRY: RemoteReadStart(rr, …); …RemoteReadPump(rr, false) between local
///           queries…; RemoteReadPump(rr, true);
///   PG_FINALLY: RemoteReadClose(rr);
struct RemoteRead;
RemoteRead *RemoteReadNew();
/// Connects to `conninfo` (URI, key=value, or a foreign server's name),
/// checks the credential rules, begins the snapshot, sends the first query.
void RemoteReadStart(RemoteRead *rr, Session *session, const char *conninfo, CoreStatus *status);
/// Hands the results that have arrived to the core and sends the next
/// queries; with `wait`, until every query has been read.
void RemoteReadPump(RemoteRead *rr, bool wait);
/// Disconnects and frees; for every path (PG_FINALLY), also after an error.
void RemoteReadClose(RemoteRead *rr);

/// The whole remote read at once (start, pump until done, close). Its
/// sequences' current values are not read (the connection is closed): a
/// plan that migrates that database restarts no sequence.
void ReadRemoteCatalog(Session *session, const char *conninfo, CoreStatus *status);

/// Why RemoteRunStatement's statement (or its connection) failed; palloc'd
/// strings, passwords masked; NULL fields when the server did not say.
struct RemoteFailure {
	char *sqlstate;
	char *message;
	char *detail;
	char *hint;
};

/// Runs `sql` alone on a new connection to `conninfo` (the rules of a
/// remote read), after SET lock_timeout = `lock_timeout`, in autocommit:
/// what the apply procedure runs outside its transactions (CREATE INDEX
/// CONCURRENTLY). False, with *failure filled, when the connection or the
/// statement failed; the caller decides how to report it. Raises only for
/// what the caller got wrong (options a non-superuser may not use).
bool RemoteRunStatement(const char *conninfo, const char *lock_timeout, const char *sql,
                        RemoteFailure *failure);

/// Sets the settings both sides are read under (search_path = pg_catalog,
/// DateStyle ISO, ...) with GUC_ACTION_SAVE: call inside a GUC nest level.
void SetComparisonSettings();

/// When the remote's major differs from ours: prints again, on this server,
/// the remote's definitions that read differently (views), each inside a
/// subtransaction that is always rolled back (src/pg/reparse.cpp).
void ReparseRemoteDefinitions(Session *session, CoreStatus *status);

/// A definition parsed here (never run) and printed with SQL-standard call
/// syntax spelled as plain calls (src/pg/sql_syntax.cpp): kind 0 a view's
/// query, 1 an index's part from USING on, 2 an expression; the last two on
/// table schema.table. NULL when the text is not of that shape. May ereport:
/// call inside a subtransaction.
char *PrintWithoutSqlSyntax(int kind, const char *text, const char *schema, const char *table);

/// Rows handed to the core per call, so memory stays bounded.
constexpr int kRowsPerChunk = 2000;

} // namespace pgschemadiff::pg

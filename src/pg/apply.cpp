// apply.cpp — the SQL-callable helpers of the apply procedure
// (schema_diff_apply, written in PL/pgSQL in the extension script):
// schema_digest(), apply_check_context() and the procedure
// apply_outside_transaction(), which runs one statement that cannot run in
// a transaction block (CREATE INDEX CONCURRENTLY) on its own connection.
// Layer: pg ("C discipline": only trivially destructible locals).
#include "core/api.hpp"
#include "pg/boundary.hpp"
#include "pg/readers.hpp"

extern "C" {
#include "postgres.h"

#include "access/htup_details.h"
#include "access/xact.h"
#include "executor/spi.h"
#include "fmgr.h"
#include "funcapi.h"
#include "miscadmin.h"
#include "storage/proc.h"
#include "utils/builtins.h"
#include "utils/memutils.h"
#include "utils/snapmgr.h"
}

extern "C" {
PG_FUNCTION_INFO_V1(pgschemadiff_schema_digest);
Datum pgschemadiff_schema_digest(PG_FUNCTION_ARGS);
PG_FUNCTION_INFO_V1(pgschemadiff_apply_check_context);
Datum pgschemadiff_apply_check_context(PG_FUNCTION_ARGS);
PG_FUNCTION_INFO_V1(pgschemadiff_apply_outside_transaction);
Datum pgschemadiff_apply_outside_transaction(PG_FUNCTION_ARGS);
}

namespace pgschemadiff::pg {
namespace {

void
DestroySession(void *arg)
{
	SessionDestroy(static_cast<Session *>(arg));
}

// Arguments and results of apply_outside_transaction().
enum OutsideArg {
	kOArgConninfo = 0,
	kOArgLockTimeout,
	kOArgStatement,
};
enum OutsideResult {
	kOResSqlstate = 0,
	kOResMessage,
	kOResDetail,
	kOResHint,
	kOResCount,
};

const char *
TextArgOrError(FunctionCallInfo fcinfo, int arg, const char *name)
{
	if (PG_ARGISNULL(arg)) {
		ereport(ERROR,
		        (errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED), errmsg("%s must not be NULL", name)));
	}
	return text_to_cstring(PG_GETARG_TEXT_PP(arg));
}

} // namespace
} // namespace pgschemadiff::pg

/// A digest of this database's catalog as schema_diff reads it (every
/// schema): equal digests, same schema. 32 hex digits.
Datum
pgschemadiff_schema_digest(PG_FUNCTION_ARGS)
{
	using namespace pgschemadiff;
	using namespace pgschemadiff::pg;

	MemoryContext work =
	    AllocSetContextCreate(CurrentMemoryContext, "pgschemadiff digest", ALLOCSET_DEFAULT_SIZES);
	MemoryContext old = MemoryContextSwitchTo(work);
	CoreStatus *status = (CoreStatus *)palloc(sizeof(CoreStatus));
	Session *session = SessionCreate(status);
	if (session == NULL) {
		ReportCoreStatus(status);
	}
	MemoryContextCallback *cb =
	    (MemoryContextCallback *)MemoryContextAlloc(work, sizeof(MemoryContextCallback));
	cb->func = DestroySession;
	cb->arg = session;
	MemoryContextRegisterResetCallback(work, cb);

	ReadLocalCatalog(session, status, NULL, NULL);
	char digest[33];
	if (!SessionRowsDigest(session, Side::kLocal, digest, status)) {
		ReportCoreStatus(status);
	}
	MemoryContextSwitchTo(old);
	text *out = cstring_to_text(digest);
	MemoryContextDelete(work);
	PG_RETURN_TEXT_P(out);
}

/// Raises unless the caller can commit: schema_diff_apply commits between
/// the plan's transaction groups, which a transaction block forbids.
Datum
pgschemadiff_apply_check_context(PG_FUNCTION_ARGS)
{
	if (IsTransactionBlock() || IsSubTransaction()) {
		ereport(ERROR,
		        (errcode(ERRCODE_ACTIVE_SQL_TRANSACTION),
		         errmsg("schema_diff_apply cannot run inside a transaction block"),
		         errdetail("It commits after each transaction group of the plan, and runs "
		                   "statements such as CREATE INDEX CONCURRENTLY outside any "
		                   "transaction."),
		         errhint("CALL it on its own, in autocommit mode (not after BEGIN, nor from a "
		                 "function).")));
	}
	PG_RETURN_VOID();
}

/// CALL apply_outside_transaction(conninfo, lock_timeout, statement,
/// sqlstate, message, detail, hint): commits the caller's transaction (so
/// that this backend holds no snapshot CREATE INDEX CONCURRENTLY would wait
/// for), then runs the statement on its own connection. Its failure comes
/// back in the INOUT arguments (NULL on success), not raised, so that the
/// procedure can release its advisory lock and report the group.
Datum
pgschemadiff_apply_outside_transaction(PG_FUNCTION_ARGS)
{
	using namespace pgschemadiff::pg;

	CallContext *call = (fcinfo->context != NULL && IsA(fcinfo->context, CallContext))
	                        ? (CallContext *)fcinfo->context
	                        : NULL;
	if (call == NULL || call->atomic) {
		ereport(ERROR, (errcode(ERRCODE_INVALID_TRANSACTION_TERMINATION),
		                errmsg("apply_outside_transaction must be called by CALL outside a "
		                       "transaction block, function or exception block")));
	}
	TupleDesc desc = NULL;
	if (get_call_result_type(fcinfo, NULL, &desc) != TYPEFUNC_COMPOSITE) {
		elog(ERROR, "apply_outside_transaction: return type must be a row type");
	}
	MemoryContext caller = CurrentMemoryContext;
	desc = BlessTupleDesc(CreateTupleDescCopy(desc));
	const char *conninfo = TextArgOrError(fcinfo, kOArgConninfo, "local_url");
	const char *lock_timeout = TextArgOrError(fcinfo, kOArgLockTimeout, "lock_timeout");
	const char *statement = TextArgOrError(fcinfo, kOArgStatement, "statement");

	SPI_connect_ext(SPI_OPT_NONATOMIC);
	// Copies that outlive the commit (procCxt lives as long as the CALL).
	conninfo = pstrdup(conninfo);
	lock_timeout = pstrdup(lock_timeout);
	statement = pstrdup(statement);
	SPI_commit();
	InvalidateCatalogSnapshot();
	if (TransactionIdIsValid(MyProc->xmin)) {
		ereport(ERROR, (errcode(ERRCODE_INVALID_TRANSACTION_STATE),
		                errmsg("cannot run a statement outside a transaction while this session "
		                       "holds a snapshot"),
		                errdetail("CREATE INDEX CONCURRENTLY would wait for this session.")));
	}
	RemoteFailure *failure = (RemoteFailure *)palloc0(sizeof(RemoteFailure));
	bool ok = RemoteRunStatement(conninfo, lock_timeout, statement, failure);

	MemoryContext spi = MemoryContextSwitchTo(caller);
	Datum values[kOResCount];
	bool nulls[kOResCount];
	const char *fields[kOResCount] = {failure->sqlstate, failure->message, failure->detail,
	                                  failure->hint};
	for (int i = 0; i < kOResCount; i++) {
		nulls[i] = ok || fields[i] == NULL;
		values[i] = nulls[i] ? (Datum)0 : CStringGetTextDatum(fields[i]);
	}
	HeapTuple tuple = heap_form_tuple(desc, values, nulls);
	MemoryContextSwitchTo(spi);
	SPI_finish();
	return HeapTupleGetDatum(tuple);
}

// schema_diff.cpp — the SQL-callable set-returning functions schema_diff()
// and schema_diff_unsupported(). Layer: pg. Arguments, checks, tuplestore; no diff logic. One
// memory context per call owns everything; the C++ Session is freed by a reset callback on that
// context, so a normal end and an error free it the same way.
#include "core/api.hpp"
#include "pg/boundary.hpp"
#include "pg/readers.hpp"

extern "C" {
#include "postgres.h"

#include "catalog/pg_type.h"
#include "fmgr.h"
#include "funcapi.h"
#include "miscadmin.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/memutils.h"
}

extern "C" {
PG_MODULE_MAGIC;
PG_FUNCTION_INFO_V1(pgschemadiff_schema_diff);
Datum pgschemadiff_schema_diff(PG_FUNCTION_ARGS);
PG_FUNCTION_INFO_V1(pgschemadiff_schema_diff_unsupported);
Datum pgschemadiff_schema_diff_unsupported(PG_FUNCTION_ARGS);
}

namespace pgschemadiff::pg {
namespace {

// Argument positions of schema_diff() in pgschemadiff--1.0.sql.
enum Arg {
	kArgRemoteUrl = 0,
	kArgAllowDrops,
	kArgIncludeSchemas,
	kArgExcludeSchemas,
	kArgIgnoreExtensionVersions,
	kArgWithPrivileges,
	kArgCreateExtensionsOnly,
	kArgDetectRenames,
};

// Output columns, in order.
enum OutColumn {
	kColOrdinal = 0,
	kColKind,
	kColIdentity,
	kColAction,
	kColDestructive,
	kColSql,
	kColCount,
};

// Argument positions and output columns of schema_diff_unsupported().
enum UnsupportedArg {
	kUArgRemoteUrl = 0,
	kUArgIncludeSchemas,
	kUArgExcludeSchemas,
};
enum UnsupportedColumn {
	kUColKind = 0,
	kUColIdentity,
	kUColStatus,
	kUColCount,
};

void
DestroySession(void *arg)
{
	SessionDestroy(static_cast<Session *>(arg));
}

/// text[] argument -> palloc'd array of C strings; NULL array -> count 0.
const char **
TextArrayArg(FunctionCallInfo fcinfo, int arg, const char *name, int *count)
{
	*count = 0;
	if (PG_ARGISNULL(arg)) {
		return NULL;
	}
	ArrayType *array = PG_GETARG_ARRAYTYPE_P(arg);
	if (ARR_NDIM(array) > 1) {
		ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
		                errmsg("%s must be a one-dimensional text array", name)));
	}
	Datum *elems = NULL;
	bool *nulls = NULL;
	int n = 0;
	deconstruct_array(array, TEXTOID, -1, false, TYPALIGN_INT, &elems, &nulls, &n);
	const char **out = (const char **)palloc(sizeof(char *) * (n > 0 ? n : 1));
	for (int i = 0; i < n; i++) {
		if (nulls[i]) {
			ereport(ERROR, (errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
			                errmsg("%s must not contain NULL", name)));
		}
		out[i] = TextDatumGetCString(elems[i]);
	}
	*count = n;
	return out;
}

bool
BoolArg(FunctionCallInfo fcinfo, int arg, const char *name)
{
	if (PG_ARGISNULL(arg)) {
		ereport(ERROR,
		        (errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED), errmsg("%s must not be NULL", name)));
	}
	return PG_GETARG_BOOL(arg);
}

void
EmitDiagnostics(const Session *session)
{
	for (int i = 0; i < PlanDiagnosticCount(session); i++) {
		const char *detail = PlanDiagnosticDetail(session, i);
		ereport(PlanDiagnosticLevel(session, i) == 1 ? WARNING : NOTICE,
		        (errmsg_internal("%s", PlanDiagnosticMessage(session, i)),
		         detail != NULL && detail[0] != '\0' ? errdetail_internal("%s", detail) : 0));
	}
}

void
EmitRows(FunctionCallInfo fcinfo, const Session *session)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *)fcinfo->resultinfo;
	for (int i = 0; i < PlanStatementCount(session); i++) {
		Datum values[kColCount];
		bool nulls[kColCount] = {false, false, false, false, false, false};
		values[kColOrdinal] = Int32GetDatum(i + 1);
		values[kColKind] = CStringGetTextDatum(PlanStatementKind(session, i));
		values[kColIdentity] = CStringGetTextDatum(PlanStatementIdentity(session, i));
		values[kColAction] = CStringGetTextDatum(PlanStatementAction(session, i));
		values[kColDestructive] = BoolGetDatum(PlanStatementDestructive(session, i));
		values[kColSql] = CStringGetTextDatum(PlanStatementSql(session, i));
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
}

void
EmitUnsupportedRows(FunctionCallInfo fcinfo, const Session *session)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *)fcinfo->resultinfo;
	for (int i = 0; i < UnsupportedCount(session); i++) {
		Datum values[kUColCount];
		bool nulls[kUColCount] = {false, false, false};
		values[kUColKind] = CStringGetTextDatum(UnsupportedKind(session, i));
		values[kUColIdentity] = CStringGetTextDatum(UnsupportedIdentity(session, i));
		values[kUColStatus] = CStringGetTextDatum(UnsupportedStatusText(session, i));
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
}

/// A core session whose C++ memory is freed with `work` (normal end or
/// error), holding both catalogs: the remote read first (a connection is the
/// likelier failure), then the local one, then the remote's view definitions
/// printed again here when the majors differ. Errors are raised, never returned.
Session *
OpenSessionWithCatalogs(MemoryContext work, const char *remote_url, CoreStatus *status)
{
	Session *session = SessionCreate(status);
	if (session == NULL) {
		ReportCoreStatus(status);
	}
	MemoryContextCallback *cb =
	    (MemoryContextCallback *)MemoryContextAlloc(work, sizeof(MemoryContextCallback));
	cb->func = DestroySession;
	cb->arg = session;
	MemoryContextRegisterResetCallback(work, cb);

	ReadRemoteCatalog(session, remote_url, status);
	ReadLocalCatalog(session, status);
	ReparseRemoteDefinitions(session, status);
	return session;
}

} // namespace
} // namespace pgschemadiff::pg

Datum
pgschemadiff_schema_diff(PG_FUNCTION_ARGS)
{
	using namespace pgschemadiff;
	using namespace pgschemadiff::pg;

	if (PG_ARGISNULL(kArgRemoteUrl)) {
		ereport(ERROR,
		        (errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED), errmsg("remote_url must not be NULL")));
	}
	InitMaterializedSRF(fcinfo, 0);

	MemoryContext work =
	    AllocSetContextCreate(CurrentMemoryContext, "pgschemadiff", ALLOCSET_DEFAULT_SIZES);
	MemoryContext old = MemoryContextSwitchTo(work);

	char *remote_url = text_to_cstring(PG_GETARG_TEXT_PP(kArgRemoteUrl));
	OptionsView options;
	options.allow_drops = BoolArg(fcinfo, kArgAllowDrops, "allow_drops");
	options.ignore_extension_versions =
	    BoolArg(fcinfo, kArgIgnoreExtensionVersions, "ignore_extension_versions");
	options.with_privileges = BoolArg(fcinfo, kArgWithPrivileges, "with_privileges");
	options.create_extensions_only =
	    BoolArg(fcinfo, kArgCreateExtensionsOnly, "create_extensions_only");
	options.detect_renames = BoolArg(fcinfo, kArgDetectRenames, "detect_renames");
	options.include_schemas =
	    TextArrayArg(fcinfo, kArgIncludeSchemas, "include_schemas", &options.include_count);
	options.exclude_schemas =
	    TextArrayArg(fcinfo, kArgExcludeSchemas, "exclude_schemas", &options.exclude_count);
	options.cancel_check = CancelPending;

	CoreStatus *status = (CoreStatus *)palloc(sizeof(CoreStatus));
	Session *session = OpenSessionWithCatalogs(work, remote_url, status);
	if (!SessionBuildPlan(session, &options, status)) {
		ReportCoreStatus(status);
	}
	EmitDiagnostics(session);

	MemoryContextSwitchTo(old);
	EmitRows(fcinfo, session);
	MemoryContextDelete(work);
	return (Datum)0;
}

/// The objects schema_diff's WARNING names, as rows: reads both catalogs as
/// schema_diff does, then lists instead of planning (no allow_drops check).
Datum
pgschemadiff_schema_diff_unsupported(PG_FUNCTION_ARGS)
{
	using namespace pgschemadiff;
	using namespace pgschemadiff::pg;

	if (PG_ARGISNULL(kUArgRemoteUrl)) {
		ereport(ERROR,
		        (errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED), errmsg("remote_url must not be NULL")));
	}
	InitMaterializedSRF(fcinfo, 0);

	MemoryContext work =
	    AllocSetContextCreate(CurrentMemoryContext, "pgschemadiff", ALLOCSET_DEFAULT_SIZES);
	MemoryContext old = MemoryContextSwitchTo(work);

	char *remote_url = text_to_cstring(PG_GETARG_TEXT_PP(kUArgRemoteUrl));
	OptionsView options;
	options.allow_drops = true;
	options.ignore_extension_versions = false;
	options.with_privileges = false;
	options.create_extensions_only = false;
	options.detect_renames = true;
	options.include_schemas =
	    TextArrayArg(fcinfo, kUArgIncludeSchemas, "include_schemas", &options.include_count);
	options.exclude_schemas =
	    TextArrayArg(fcinfo, kUArgExcludeSchemas, "exclude_schemas", &options.exclude_count);
	options.cancel_check = CancelPending;

	CoreStatus *status = (CoreStatus *)palloc(sizeof(CoreStatus));
	Session *session = OpenSessionWithCatalogs(work, remote_url, status);
	if (!SessionListUnsupported(session, &options, status)) {
		ReportCoreStatus(status);
	}

	MemoryContextSwitchTo(old);
	EmitUnsupportedRows(fcinfo, session);
	MemoryContextDelete(work);
	return (Datum)0;
}

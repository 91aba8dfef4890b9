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
#include "lib/stringinfo.h"
#include "miscadmin.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/guc.h"
#include "utils/memutils.h"
#include "utils/timestamp.h"
}

extern "C" {
PG_MODULE_MAGIC;
PG_FUNCTION_INFO_V1(pgschemadiff_schema_diff);
Datum pgschemadiff_schema_diff(PG_FUNCTION_ARGS);
PG_FUNCTION_INFO_V1(pgschemadiff_schema_diff_unsupported);
Datum pgschemadiff_schema_diff_unsupported(PG_FUNCTION_ARGS);
PG_FUNCTION_INFO_V1(pgschemadiff_schema_diff_between);
Datum pgschemadiff_schema_diff_between(PG_FUNCTION_ARGS);
PG_FUNCTION_INFO_V1(pgschemadiff_drift_check_rows);
Datum pgschemadiff_drift_check_rows(PG_FUNCTION_ARGS);
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
	kArgAllowHazards, // 1.1; drift_check_rows() has none
	                  // 1.2: with_owners, renames follow the last of the above (allow_hazards,
	                  // or detect_renames in drift_check_rows); see ReadOptions.
};

// Argument positions of schema_diff_between(): the two databases, then
// schema_diff's options in schema_diff's order (allow_drops first).
enum BetweenArg {
	kBArgFromUrl = 0,
	kBArgToUrl,
	kBArgFirstOption,
};

// Output columns, in order.
enum OutColumn {
	kColOrdinal = 0,
	kColKind,
	kColIdentity,
	kColAction,
	kColDestructive,
	kColHazards,
	kColSql,
	kColTransaction, // 1.3: absent (the row has kColTransaction columns) before
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

/// Seconds since *since; moves *since to now.
double
Seconds(TimestampTz *since)
{
	TimestampTz now = GetCurrentTimestamp();
	double out = (double)(now - *since) / 1000000.0;
	*since = now;
	return out;
}

/// One DEBUG1 line with where the time went (bench/ reads it).
void
LogTimings(const Session *session)
{
	if (!message_level_is_interesting(DEBUG1)) {
		return;
	}
	StringInfoData line;
	initStringInfo(&line);
	for (int i = 0; i < SessionTimingCount(session); i++) {
		const char *step = SessionTimingStep(session, i);
		appendStringInfo(&line, strstr(step, " MB") != NULL ? "%s%s %.1f" : "%s%s %.3f s",
		                 i > 0 ? ", " : "", step, SessionTimingSeconds(session, i));
	}
	elog(DEBUG1, "pgschemadiff timing: %s", line.data);
	pfree(line.data);
}

/// For bench/ at DEBUG1: a field of /proc/self/status ("VmHWM", "RssShmem")
/// in MiB, or -1 where there is none. VmHWM is the backend's peak resident
/// size so far: noted after each step, it shows which step raised it; the
/// shared buffers the backend touched count in it (RssShmem).
double
ProcStatusMegabytes(const char *field)
{
	FILE *f = fopen("/proc/self/status", "r");
	if (f == NULL) {
		return -1;
	}
	char line[256];
	size_t len = strlen(field);
	double out = -1;
	while (fgets(line, sizeof line, f) != NULL) {
		long kb = 0;
		if (strncmp(line, field, len) == 0 && line[len] == ':' &&
		    sscanf(line + len + 1, "%ld", &kb) == 1) {
			out = (double)kb / 1024.0;
			break;
		}
	}
	fclose(f);
	return out;
}

void
NoteMemory(Session *session, const char *step)
{
	if (message_level_is_interesting(DEBUG1)) {
		SessionAddTiming(session, step, ProcStatusMegabytes("VmHWM"));
	}
}

void
PumpRemote(void *arg)
{
	RemoteReadPump(static_cast<RemoteRead *>(arg), false);
}

// Output columns of drift_check_rows(): schema_diff's, after a source column
// ("statement" or "not migrated"; for the latter, action holds the status).
enum DriftColumn {
	kDColSource = 0,
	kDColOrdinal,
	kDColKind,
	kDColIdentity,
	kDColAction,
	kDColDestructive,
	kDColSql,
	kDColTransaction, // 1.3
	kDColCount,
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

/// pgschemadiff.reverse_ties (a placeholder setting, not defined: a check
/// of the ordering for the tests, DiffOptions::reverse_ties). An unset or
/// unreadable value is off.
bool
ReverseTies()
{
	const char *value = GetConfigOption("pgschemadiff.reverse_ties", true, false);
	bool on = false;
	return value != NULL && parse_bool(value, &on) && on;
}

/// schema_diff's options, read from the argument positions that start with
/// allow_drops at `first` (schema_diff: 1, schema_diff_between: 2);
/// allow_hazards only when the function has it (`with_hazards`).
void
ReadOptions(FunctionCallInfo fcinfo, int first, bool with_hazards, OptionsView *options)
{
	const int shift = first - kArgAllowDrops;
	options->allow_drops = BoolArg(fcinfo, shift + kArgAllowDrops, "allow_drops");
	options->ignore_extension_versions =
	    BoolArg(fcinfo, shift + kArgIgnoreExtensionVersions, "ignore_extension_versions");
	options->with_privileges = BoolArg(fcinfo, shift + kArgWithPrivileges, "with_privileges");
	options->create_extensions_only =
	    BoolArg(fcinfo, shift + kArgCreateExtensionsOnly, "create_extensions_only");
	options->detect_renames = BoolArg(fcinfo, shift + kArgDetectRenames, "detect_renames");
	options->include_schemas = TextArrayArg(fcinfo, shift + kArgIncludeSchemas, "include_schemas",
	                                        &options->include_count);
	options->exclude_schemas = TextArrayArg(fcinfo, shift + kArgExcludeSchemas, "exclude_schemas",
	                                        &options->exclude_count);
	options->cancel_check = CancelPending;
	options->reverse_ties = ReverseTies();
	options->allow_hazards = NULL;
	options->allow_hazards_count = 0;
	if (with_hazards && PG_NARGS() > shift + kArgAllowHazards &&
	    !PG_ARGISNULL(shift + kArgAllowHazards)) {
		options->allow_hazards = TextArrayArg(fcinfo, shift + kArgAllowHazards, "allow_hazards",
		                                      &options->allow_hazards_count);
	}
	// 1.2's options come last; an installation still at 1.0 or 1.1 (the
	// library is shared by every version) has fewer arguments: defaults.
	const int with_owners = shift + (with_hazards ? kArgAllowHazards + 1 : kArgAllowHazards);
	const int renames = with_owners + 1;
	options->with_owners =
	    PG_NARGS() > with_owners ? BoolArg(fcinfo, with_owners, "with_owners") : false;
	options->renames = NULL;
	options->renames_count = 0;
	if (PG_NARGS() > renames) {
		options->renames = TextArrayArg(fcinfo, renames, "renames", &options->renames_count);
	}
	// 1.3: online, lock_timeout.
	const int online = renames + 1;
	const int lock_timeout = online + 1;
	options->online = PG_NARGS() > online ? BoolArg(fcinfo, online, "online") : false;
	options->lock_timeout = NULL;
	if (PG_NARGS() > lock_timeout) {
		if (PG_ARGISNULL(lock_timeout)) {
			ereport(ERROR, (errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
			                errmsg("lock_timeout must not be NULL"),
			                errhint("Pass '0' to wait for locks without a limit.")));
		}
		char *value = text_to_cstring(PG_GETARG_TEXT_PP(lock_timeout));
		int ms = 0;
		const char *hint = NULL;
		if (!parse_int(value, &ms, GUC_UNIT_MS, &hint) || ms < 0) {
			ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			                errmsg("invalid value for lock_timeout: \"%s\"", value),
			                hint != NULL ? errhint("%s", _(hint))
			                             : errhint("Give a duration such as '5s' or '500ms' "
			                                       "('0' waits without a limit).")));
		}
		options->lock_timeout = value;
	}
}

/// "a,b" (PlanStatementHazards) -> text[] {a,b}; "" -> {}.
Datum
HazardsArray(const char *list)
{
	int n = 0;
	Datum *elems = (Datum *)palloc(sizeof(Datum) * (HazardVocabularyCount() + 1));
	const char *p = list;
	while (p != NULL && *p != '\0' && n < HazardVocabularyCount()) {
		const char *comma = strchr(p, ',');
		int len = comma != NULL ? (int)(comma - p) : (int)strlen(p);
		elems[n++] = PointerGetDatum(cstring_to_text_with_len(p, len));
		p = comma != NULL ? comma + 1 : NULL;
	}
	if (n == 0) {
		return PointerGetDatum(construct_empty_array(TEXTOID));
	}
	return PointerGetDatum(construct_array(elems, n, TEXTOID, -1, false, TYPALIGN_INT));
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
		bool nulls[kColCount] = {false, false, false, false, false, false, false, false};
		values[kColOrdinal] = Int32GetDatum(i + 1);
		values[kColKind] = CStringGetTextDatum(PlanStatementKind(session, i));
		values[kColIdentity] = CStringGetTextDatum(PlanStatementIdentity(session, i));
		values[kColAction] = CStringGetTextDatum(PlanStatementAction(session, i));
		values[kColDestructive] = BoolGetDatum(PlanStatementDestructive(session, i));
		values[kColHazards] = HazardsArray(PlanStatementHazards(session, i));
		values[kColSql] = CStringGetTextDatum(PlanStatementSql(session, i));
		values[kColTransaction] = Int32GetDatum(PlanStatementTransaction(session, i));
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

void
EmitDriftRows(FunctionCallInfo fcinfo, const Session *session)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *)fcinfo->resultinfo;
	for (int i = 0; i < PlanStatementCount(session); i++) {
		Datum values[kDColCount];
		bool nulls[kDColCount] = {false, false, false, false, false, false, false, false};
		values[kDColSource] = CStringGetTextDatum("statement");
		values[kDColOrdinal] = Int32GetDatum(i + 1);
		values[kDColKind] = CStringGetTextDatum(PlanStatementKind(session, i));
		values[kDColIdentity] = CStringGetTextDatum(PlanStatementIdentity(session, i));
		values[kDColAction] = CStringGetTextDatum(PlanStatementAction(session, i));
		values[kDColDestructive] = BoolGetDatum(PlanStatementDestructive(session, i));
		values[kDColSql] = CStringGetTextDatum(PlanStatementSql(session, i));
		values[kDColTransaction] = Int32GetDatum(PlanStatementTransaction(session, i));
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	for (int i = 0; i < UnsupportedCount(session); i++) {
		Datum values[kDColCount];
		bool nulls[kDColCount] = {false, false, false, false, false, false, true, true};
		values[kDColSource] = CStringGetTextDatum("not migrated");
		values[kDColOrdinal] = Int32GetDatum(i + 1);
		values[kDColKind] = CStringGetTextDatum(UnsupportedKind(session, i));
		values[kDColIdentity] = CStringGetTextDatum(UnsupportedIdentity(session, i));
		values[kDColAction] = CStringGetTextDatum(UnsupportedStatusText(session, i));
		values[kDColDestructive] = BoolGetDatum(false);
		values[kDColSql] = (Datum)0;
		values[kDColTransaction] = (Datum)0;
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
}

/// A core session whose C++ memory is freed with `work` (normal end or
/// error). Errors are raised, never returned.
Session *
NewSession(MemoryContext work, CoreStatus *status)
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
	return session;
}

/// A new session holding both catalogs: the remote read first (a connection
/// is the likelier failure); its queries run on the remote server while this
/// one reads its own catalog.
Session *
OpenSessionWithCatalogs(MemoryContext work, const char *remote_url, CoreStatus *status)
{
	Session *session = NewSession(work, status);
	TimestampTz start = GetCurrentTimestamp();
	RemoteRead *rr = RemoteReadNew();
	PG_TRY();
	{
		RemoteReadStart(rr, session, remote_url, status);
		SessionAddTiming(session, "connect", Seconds(&start));
		NoteMemory(session, "VmHWM MB at the start");
		ReadLocalCatalog(session, status, PumpRemote, rr);
		SessionAddTiming(session, "local read (remote read alongside)", Seconds(&start));
		NoteMemory(session, "VmHWM MB after the local read");
		RemoteReadPump(rr, true);
		SessionAddTiming(session, "rest of remote read", Seconds(&start));
		NoteMemory(session, "VmHWM MB after the remote read");
	}
	PG_FINALLY();
	{
		RemoteReadClose(rr);
	}
	PG_END_TRY();
	ReadLocalFollowUp(session, status);
	SessionAddTiming(session, "follow-up", Seconds(&start));
	// When the majors differ: the remote's views and indexes that read
	// differently are printed again here (src/pg/reparse.cpp).
	ReparseRemoteDefinitions(session, status);
	SessionAddTiming(session, "cross-version reprint", Seconds(&start));
	return session;
}

void
SwapSides(Session *session, CoreStatus *status)
{
	if (!SessionSwapSides(session, status)) {
		ReportCoreStatus(status);
	}
}

/// errcontext for schema_diff_between: which of the two databases was read.
void
BetweenContext(void *arg)
{
	errcontext("%s", (const char *)arg);
}

/// ReadRemoteCatalog under an error context naming the argument.
void
ReadRemoteNamed(Session *session, const char *url, const char *what, CoreStatus *status)
{
	ErrorContextCallback callback;
	callback.callback = BetweenContext;
	callback.arg = (void *)what;
	callback.previous = error_context_stack;
	error_context_stack = &callback;
	ReadRemoteCatalog(session, url, status);
	error_context_stack = callback.previous;
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
	ReadOptions(fcinfo, kArgAllowDrops, true, &options);

	CoreStatus *status = (CoreStatus *)palloc(sizeof(CoreStatus));
	Session *session = OpenSessionWithCatalogs(work, remote_url, status);
	TimestampTz start = GetCurrentTimestamp();
	if (!SessionBuildPlan(session, &options, status)) {
		ReportCoreStatus(status);
	}
	EmitDiagnostics(session);
	SessionAddTiming(session, "plan (total)", Seconds(&start));
	NoteMemory(session, "VmHWM MB after the plan");

	MemoryContextSwitchTo(old);
	EmitRows(fcinfo, session);
	SessionAddTiming(session, "rows out", Seconds(&start));
	NoteMemory(session, "VmHWM MB after the rows out");
	if (message_level_is_interesting(DEBUG1)) {
		SessionAddTiming(session, "RssShmem MB (shared memory touched) at the end",
		                 ProcStatusMegabytes("RssShmem"));
	}
	LogTimings(session);
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
	options.allow_hazards = NULL;
	options.allow_hazards_count = 0;
	options.allow_drops = true;
	options.ignore_extension_versions = false;
	options.with_privileges = false;
	options.create_extensions_only = false;
	options.detect_renames = true;
	options.with_owners = false;
	options.renames = NULL;
	options.renames_count = 0;
	options.online = false;
	options.lock_timeout = NULL;
	options.reverse_ties = ReverseTies();
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

/// The migration that makes the database `from_url` match `to_url`, either
/// of which may be NULL for this database: schema_diff(remote) is
/// schema_diff_between(NULL, remote); (remote, NULL) is the script to run on
/// the remote; two URLs compare two other databases from here. The readers
/// fill one side each (remote reader: the remote side, SPI: the local side);
/// SessionSwapSides puts the database to migrate on the local side.
Datum
pgschemadiff_schema_diff_between(PG_FUNCTION_ARGS)
{
	using namespace pgschemadiff;
	using namespace pgschemadiff::pg;

	if (PG_ARGISNULL(kBArgFromUrl) && PG_ARGISNULL(kBArgToUrl)) {
		ereport(ERROR, (errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
		                errmsg("from_url and to_url must not both be NULL"),
		                errhint("NULL stands for this database; name at least one other "
		                        "database.")));
	}
	InitMaterializedSRF(fcinfo, 0);

	MemoryContext work =
	    AllocSetContextCreate(CurrentMemoryContext, "pgschemadiff", ALLOCSET_DEFAULT_SIZES);
	MemoryContext old = MemoryContextSwitchTo(work);

	char *from_url =
	    PG_ARGISNULL(kBArgFromUrl) ? NULL : text_to_cstring(PG_GETARG_TEXT_PP(kBArgFromUrl));
	char *to_url = PG_ARGISNULL(kBArgToUrl) ? NULL : text_to_cstring(PG_GETARG_TEXT_PP(kBArgToUrl));
	OptionsView options;
	ReadOptions(fcinfo, kBArgFirstOption, true, &options);

	CoreStatus *status = (CoreStatus *)palloc(sizeof(CoreStatus));
	Session *session = NewSession(work, status);
	if (from_url == NULL) {
		ReadRemoteNamed(session, to_url, "reading to_url, the reference database", status);
		ReadLocalCatalog(session, status, NULL, NULL);
		ReadLocalFollowUp(session, status);
	} else if (to_url == NULL) {
		ReadRemoteNamed(session, from_url, "reading from_url, the database to migrate", status);
		ReadLocalCatalog(session, status, NULL, NULL);
		SwapSides(session, status);
	} else {
		ReadRemoteNamed(session, from_url, "reading from_url, the database to migrate", status);
		SwapSides(session, status);
		ReadRemoteNamed(session, to_url, "reading to_url, the reference database", status);
	}
	if (!SessionBuildPlan(session, &options, status)) {
		ReportCoreStatus(status);
	}
	EmitDiagnostics(session);

	MemoryContextSwitchTo(old);
	EmitRows(fcinfo, session);
	MemoryContextDelete(work);
	return (Datum)0;
}

/// What check_drift() records, from one read of each catalog: the plan of
/// schema_diff (same arguments) and, unless create_extensions_only, the
/// objects schema_diff_unsupported() lists — one remote snapshot for both.
Datum
pgschemadiff_drift_check_rows(PG_FUNCTION_ARGS)
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
	ReadOptions(fcinfo, kArgAllowDrops, false, &options);

	CoreStatus *status = (CoreStatus *)palloc(sizeof(CoreStatus));
	Session *session = OpenSessionWithCatalogs(work, remote_url, status);
	if (!SessionBuildPlan(session, &options, status)) {
		ReportCoreStatus(status);
	}
	EmitDiagnostics(session);
	if (!options.create_extensions_only && !SessionListUnsupported(session, &options, status)) {
		ReportCoreStatus(status);
	}

	MemoryContextSwitchTo(old);
	EmitDriftRows(fcinfo, session);
	MemoryContextDelete(work);
	return (Datum)0;
}

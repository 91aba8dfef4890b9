// api.hpp — the one door between the adapters (src/pg, src/cli) and the core.
// Layer: core, but includable from adapter code: only POD crosses it.
// Every function is noexcept. Failures come back as a CoreStatus — an enum
// kind plus fixed-size, truncating buffers, trivially destructible — filled
// by Capture after every C++ temporary is gone; the adapter reports it
// (src/pg/boundary.cpp turns it into ereport). See STYLE.md §2.
// Installed as <pgschemadiff/core/api.hpp> for the library's users
// (include/pgschemadiff/pgschemadiff.hpp): it includes nothing of the core
// but the sentinel, named relative to this file so that it is found in the
// tree and in the installed layout alike. Keep it so: ctest library_example
// compiles a program against the installed headers.
#pragma once

#include "util/cpp_only_file.hpp"

#include <cstddef>
#include <type_traits>

namespace pgschemadiff {

enum class StatusKind : int {
	kOk = 0,
	kInvalidArgument,
	kCatalogDrift,
	kUnsupportedVersion,
	kDropsRefused,
	kCancelled,
	kOutOfMemory,
	kInternal,
	kDependencyCycle,
	kHazardsRefused,
};

struct CoreStatus {
	StatusKind kind;
	char message[512];
	char detail[8192];
	char hint[512];
};
static_assert(std::is_trivially_destructible<CoreStatus>::value, "CoreStatus must be POD");
static_assert(std::is_trivially_copyable<CoreStatus>::value, "CoreStatus must be POD");

/// Sets kind = kOk and empties the buffers.
void StatusClear(CoreStatus *status) noexcept;

/// Which database a set of rows comes from.
enum class Side : int { kLocal = 0, kRemote = 1 };

/// One cell of a catalog row: a view over memory the adapter owns.
struct CellView {
	const char *data; // not necessarily NUL-terminated
	int length;
	bool is_null;
};

/// Options as the SQL-callable layer received them.
struct OptionsView {
	bool allow_drops;
	bool ignore_extension_versions;
	bool with_privileges;               // compare GRANT/REVOKE too
	bool create_extensions_only;        // only CREATE EXTENSION for missing extensions
	bool detect_renames;                // rename/move objects unchanged but for the name
	const char *const *include_schemas; // may be null
	int include_count;
	const char *const *exclude_schemas;
	int exclude_count;
	bool (*cancel_check)(); // polled in long loops; may be null
	/// allow_hazards: null = no check; otherwise the hazards (names, see
	/// PlanStatementHazards) a statement may have; any other refuses the
	/// plan (kHazardsRefused). An unknown name is kInvalidArgument.
	const char *const *allow_hazards;
	int allow_hazards_count;
	bool with_owners; // compare owners, ALTER … OWNER TO (1.2)
	/// renames (1.2): column-rename hints "schema.table.old=new"; may be null.
	/// A malformed hint is kInvalidArgument.
	const char *const *renames;
	int renames_count;
	/// online (1.3): CONCURRENTLY, NOT VALID + VALIDATE, SET NOT NULL through
	/// a validated CHECK, transaction groups; lock_timeout (may be null: "5s")
	/// is the value of the SET lock_timeout row that starts an online plan.
	bool online;
	const char *lock_timeout;
	/// A check of the ordering, not for use: among statements the graph
	/// leaves free, run the last kind rank first (see DiffOptions).
	bool reverse_ties;
};

/// A comparison in progress and, once built, its plan. Owned by C++.
struct Session;

// ---- catalog queries, by index (0 .. QueryCount()-1) -----------------------
int QueryCount() noexcept;
/// The text of query `index` for a server of that version, or nullptr.
const char *QueryText(int index, int server_version) noexcept;
/// What query `index` reads, for error contexts ("columns").
const char *QueryName(int index) noexcept;
/// The columns rows of query `index` (or FollowUpQueryIndex()) must have, in
/// order, comma-separated ("schema,name,relkind,..."), or nullptr. A program
/// that builds rows itself passes every query, with no rows where it has none.
const char *QueryColumns(int index) noexcept;
/// 0, or the most rows a page of query `index` returns when it is paged: then
/// its text takes one parameter, $1 (an oid: "0", then the `page_key` column
/// of the last row read), and the reader runs it page by page, each page in a
/// subtransaction (SAVEPOINT) that is rolled back once its rows are handed
/// over, until a page returns fewer rows. This releases the locks the page
/// took (pg_get_viewdef locks a view and what it reads).
int QueryPageSize(int index) noexcept;
/// Whether query `index` must run with enable_nestloop = off (the readers set
/// it around that query only): its set joins are misestimated at one row.
bool QueryWithoutNestedLoops(int index) noexcept;
/// What a libpq reader runs before the queries: the session settings both
/// sides read under (the SPI reader sets the same ones as GUCs), and the
/// snapshot every query of one side shares.
extern const char *const kReaderSessionSetup;
extern const char *const kReaderBegin;
/// Fails with kUnsupportedVersion unless the queries cover that server.
bool CheckServerVersion(int server_version, CoreStatus *status) noexcept;

/// Writes `text` into `out` with every password masked: those written in
/// `conninfo` (may be null) and the `nsecrets` given. Truncates to out_size;
/// a buffer of 8 * strlen(text) + 16 bytes always suffices.
void MaskText(const char *text, const char *conninfo, const char *const *secrets, int nsecrets,
              char *out, std::size_t out_size) noexcept;

// ---- session -----------------------------------------------------------------
/// nullptr on failure (status says why).
Session *SessionCreate(CoreStatus *status) noexcept;
void SessionDestroy(Session *session) noexcept;
bool SessionSetServerVersion(Session *s, Side side, int server_version,
                             CoreStatus *status) noexcept;
/// Appends rows of query `index` for `side`. `cells` is row-major,
/// nrows * ncols; may be called several times per query (chunks). The core
/// copies what it keeps.
bool SessionAddRows(Session *s, Side side, int index, int ncols, const char *const *column_names,
                    int nrows, const CellView *cells, CoreStatus *status) noexcept;
/// After both sides are read: a further query to run on `side`, or nullptr
/// when none is needed (status says whether that is an error). Its rows go to
/// SessionAddRows with the index FollowUpQueryIndex(). Today: the current
/// values of `side`'s sequences whose bounds differ on the other side
/// (pg_sequence_last_value locks each sequence it reads, so it is not read
/// for all of them). The text is owned by the session.
const char *SessionFollowUpQuery(Session *s, Side side, CoreStatus *status) noexcept;
int FollowUpQueryIndex() noexcept;
/// Exchanges what was read for the two sides (rows and server versions), so
/// that a reader that always fills one side can fill the other: the remote
/// reader reads the database to migrate, then the sides are swapped, then it
/// (or the local reader) reads the reference. Fails after a plan was built.
bool SessionSwapSides(Session *s, CoreStatus *status) noexcept;

// ---- cross-version definitions (src/core/catalog/cross_version.hpp) --------
/// After both catalogs are read: how many remote definitions the adapter
/// should print again on the local server (*count; 0 when the majors are the
/// same). Item i is a view's query, as the remote printed it.
bool SessionFindReparse(Session *s, int *count, CoreStatus *status) noexcept;
/// What to create for item i: 0 = a view of ReparseDefinition (a query),
/// printed with pg_get_viewdef; 1 = an index "USING <ReparseDefinition>" on an
/// empty copy of table ReparseTableSchema.ReparseTableName, printed whole
/// with pg_get_indexdef; 2 = an expression on table ReparseTableSchema.
/// ReparseTableName (only compared without SQL syntax). -1 when there is no
/// such item.
int ReparseKindOf(const Session *s, int i) noexcept;
/// True when item i should also be printed with SQL-standard syntax spelled
/// as plain calls (the remote is older than 14): SessionSetNormalized.
bool ReparseWithoutSqlSyntax(const Session *s, int i) noexcept;
/// The local's counterpart of ReparseDefinition (same form), or nullptr.
const char *ReparseLocalText(const Session *s, int i) noexcept;
/// The remote's text for item i (NUL-terminated), or nullptr.
const char *ReparseDefinition(const Session *s, int i) noexcept;
const char *ReparseTableSchema(const Session *s, int i) noexcept;
const char *ReparseTableName(const Session *s, int i) noexcept;
/// `text` is item i as the local server printed it, or nullptr when it could
/// not: the remote row takes it only when it equals the local definition.
bool SessionSetReparsed(Session *s, int i, const char *text, CoreStatus *status) noexcept;
/// `remote_text` / `local_text`: item i's ReparseDefinition / ReparseLocalText
/// as the local server printed them with SQL-standard syntax spelled as
/// plain calls, or nullptr when it could not: when both are there and equal,
/// the remote row takes the local definition.
bool SessionSetNormalized(Session *s, int i, const char *remote_text, const char *local_text,
                          CoreStatus *status) noexcept;

/// Builds models, diffs, orders; enforces allow_drops (kDropsRefused).
bool SessionBuildPlan(Session *s, const OptionsView *options, CoreStatus *status) noexcept;

// ---- the plan (valid after SessionBuildPlan succeeded) -----------------------
int PlanStatementCount(const Session *s) noexcept;
const char *PlanStatementSql(const Session *s, int i) noexcept;
const char *PlanStatementKind(const Session *s, int i) noexcept;
const char *PlanStatementIdentity(const Session *s, int i) noexcept;
const char *PlanStatementAction(const Session *s, int i) noexcept;
bool PlanStatementDestructive(const Session *s, int i) noexcept;
/// The statement's hazards, comma-separated in vocabulary order
/// ("rewrites_table,access_exclusive_lock"), "" for none; nullptr when out
/// of range. Names: HazardVocabularyName.
const char *PlanStatementHazards(const Session *s, int i) noexcept;
/// The statement's transaction group (1, 2, ...): statements with the same
/// number may run in one transaction; 1 for all of a plan that is not
/// online; 0 when out of range.
int PlanStatementTransaction(const Session *s, int i) noexcept;
/// A digest (32 hex digits, NUL-terminated, into `out`) of the rows read for
/// `side`: the same catalog rows give the same digest. The schema_digest()
/// of the apply procedure, which checks the schema did not change.
bool SessionRowsDigest(const Session *s, Side side, char out[33], CoreStatus *status) noexcept;
/// The hazard vocabulary, by index (0 .. HazardVocabularyCount()-1).
int HazardVocabularyCount() noexcept;
const char *HazardVocabularyName(int index) noexcept;

/// Where the time went, for benchmarks: the adapter's steps it recorded
/// (SessionAddTiming: "local read", "remote read") and the core's ("build
/// local", "build remote", "diff and render", "order"), in seconds.
void SessionAddTiming(Session *s, const char *step, double seconds) noexcept;
int SessionTimingCount(const Session *s) noexcept;
const char *SessionTimingStep(const Session *s, int i) noexcept;
double SessionTimingSeconds(const Session *s, int i) noexcept;

int PlanDiagnosticCount(const Session *s) noexcept;
/// 0 = NOTICE, 1 = WARNING
int PlanDiagnosticLevel(const Session *s, int i) noexcept;
const char *PlanDiagnosticMessage(const Session *s, int i) noexcept;
const char *PlanDiagnosticDetail(const Session *s, int i) noexcept;

// ---- objects not migrated (schema_diff_unsupported) -------------------------
/// Builds both models and lists the objects and settings pgschemadiff cannot
/// migrate that differ — what schema_diff's WARNING names. Only the schema
/// filters of `options` apply; nothing is refused (no allow_drops check), so
/// a drift check can always count them.
bool SessionListUnsupported(Session *s, const OptionsView *options, CoreStatus *status) noexcept;
int UnsupportedCount(const Session *s) noexcept;
const char *UnsupportedKind(const Session *s, int i) noexcept;
const char *UnsupportedIdentity(const Session *s, int i) noexcept;
/// "only in remote", "only in local" or "differs".
const char *UnsupportedStatusText(const Session *s, int i) noexcept;

} // namespace pgschemadiff

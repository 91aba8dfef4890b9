// api.cpp — the noexcept façade: every entry runs its body through Capture.
// Layer: core. Capture catches, in order, pgschemadiff::Error, bad_alloc,
// std::exception and anything else, and copies the message into the POD
// CoreStatus with no allocation on the error path.
#include "core/api.hpp"

#include "core/catalog/builder.hpp"
#include "core/catalog/cross_version.hpp"
#include "core/catalog/digest.hpp"
#include "core/catalog/queries.hpp"
#include "core/migration.hpp"
#include "core/diff/unsupported.hpp"
#include "core/error.hpp"
#include "core/util/mask.hpp"

#include <chrono>
#include <malloc.h>
#include <cstring>
#include <new>
#include <string>
#include <utility>

namespace pgschemadiff {

struct Session {
	int versions[2] = {0, 0};
	CatalogRows rows[2];
	DiffResult plan;
	bool built = false;
	std::vector<std::string> hazards;               // PlanStatementHazards's text, per statement
	std::vector<UnsupportedDifference> unsupported; // valid when unsupported_built
	bool unsupported_built = false;
	std::string follow_up[2]; // SessionFollowUpQuery's text, per side
	std::vector<std::pair<std::string, double>> timings;
	Catalog models[2]; // built once from rows, which are then freed
	bool models_built = false;
	std::vector<ReparseItem> reparse;            // SessionFindReparse
	bool cross_version_done = false;             // remote rows made comparable once
	std::vector<Diagnostic> cross_version_notes; // added to plans with privileges
	std::vector<Diagnostic> cross_version_warnings; // added to every plan
};

namespace {

void
CopyTruncated(char *dst, std::size_t size, const char *src)
{
	if (src == nullptr) {
		dst[0] = '\0';
		return;
	}
	std::size_t n = std::strlen(src);
	if (n >= size) {
		n = size - 1;
		// do not cut a UTF-8 sequence in half
		while (n > 0 && (static_cast<unsigned char>(src[n]) & 0xC0) == 0x80) {
			--n;
		}
	}
	std::memcpy(dst, src, n);
	dst[n] = '\0';
}

void
Fill(CoreStatus *status, StatusKind kind, const char *message, const char *detail, const char *hint)
{
	status->kind = kind;
	CopyTruncated(status->message, sizeof status->message, message);
	CopyTruncated(status->detail, sizeof status->detail, detail);
	CopyTruncated(status->hint, sizeof status->hint, hint);
}

StatusKind
KindOf(ErrorKind k)
{
	switch (k) {
	case ErrorKind::kInvalidArgument:
		return StatusKind::kInvalidArgument;
	case ErrorKind::kCatalogDrift:
		return StatusKind::kCatalogDrift;
	case ErrorKind::kUnsupportedVersion:
		return StatusKind::kUnsupportedVersion;
	case ErrorKind::kDropsRefused:
		return StatusKind::kDropsRefused;
	case ErrorKind::kHazardsRefused:
		return StatusKind::kHazardsRefused;
	case ErrorKind::kCancelled:
		return StatusKind::kCancelled;
	case ErrorKind::kOutOfMemory:
		return StatusKind::kOutOfMemory;
	case ErrorKind::kDependencyCycle:
		return StatusKind::kDependencyCycle;
	case ErrorKind::kNone:
	case ErrorKind::kInternal:
		break;
	}
	return StatusKind::kInternal;
}

/// Runs `body`; on any exception fills `status` and returns false. The
/// exception object is gone when this returns, so the adapter may longjmp.
template <typename Fn>
bool
Capture(CoreStatus *status, Fn body) noexcept
{
	StatusClear(status);
	try {
		body();
		return true;
	} catch (const Error &e) {
		Fill(status, KindOf(e.Kind()), e.what(), e.Detail().c_str(), e.Hint().c_str());
	} catch (const std::bad_alloc &) {
		Fill(status, StatusKind::kOutOfMemory, "out of memory in schema comparison", nullptr,
		     nullptr);
	} catch (const std::exception &e) {
		Fill(status, StatusKind::kInternal, e.what(), nullptr, nullptr);
	} catch (...) {
		Fill(status, StatusKind::kInternal, "unknown internal error in schema comparison", nullptr,
		     nullptr);
	}
	return false;
}

/// Bytes malloc has handed out and not had back, in MiB (glibc): the C++
/// heap and, inside a backend, the server's own memory contexts; chunks
/// malloc gave its own mapping (hblkhd: large ones, such as the row arenas'
/// blocks) included. Benchmarks only.
double
HeapMegabytes()
{
#if defined(__GLIBC__) && (__GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 33))
	const struct mallinfo2 info = mallinfo2();
	return static_cast<double>(info.uordblks + info.hblkhd) / (1024.0 * 1024.0);
#else
	return 0;
#endif
}

int
SideIndex(Side side)
{
	return side == Side::kLocal ? 0 : 1;
}

std::vector<std::string>
ToVector(const char *const *items, int count)
{
	std::vector<std::string> out;
	for (int i = 0; items != nullptr && i < count; ++i) {
		if (items[i] != nullptr) {
			out.emplace_back(items[i]);
		}
	}
	return out;
}

DiffOptions
ToDiffOptions(const OptionsView &options)
{
	DiffOptions o;
	o.allow_drops = options.allow_drops;
	o.ignore_extension_versions = options.ignore_extension_versions;
	o.with_privileges = options.with_privileges;
	o.create_extensions_only = options.create_extensions_only;
	o.detect_renames = options.detect_renames;
	o.include_schemas = ToVector(options.include_schemas, options.include_count);
	o.exclude_schemas = ToVector(options.exclude_schemas, options.exclude_count);
	o.cancel_check = options.cancel_check;
	o.with_owners = options.with_owners;
	o.renames = ToVector(options.renames, options.renames_count);
	for (const auto &hint : o.renames) {
		if (!ParseColumnRenameHint(hint, nullptr)) {
			throw Error(ErrorKind::kInvalidArgument, "malformed rename hint: \"" + hint + "\"", "",
			            "Write each hint as schema.table.old_column=new_column "
			            "(double-quote a name that needs it).");
		}
	}
	o.online = options.online;
	o.reverse_ties = options.reverse_ties;
	if (options.lock_timeout != nullptr) {
		o.lock_timeout = options.lock_timeout;
	}
	if (o.lock_timeout.empty()) {
		throw Error(ErrorKind::kInvalidArgument, "lock_timeout must not be empty", "",
		            "Give a lock_timeout setting such as '5s' or '500ms' ('0' waits forever).");
	}
	o.check_hazards = options.allow_hazards != nullptr;
	o.allow_hazards = ToVector(options.allow_hazards, options.allow_hazards_count);
	for (const auto &name : o.allow_hazards) {
		if (!ParseHazard(name)) {
			std::string known;
			for (int i = 0; i < kHazardCount; i++) {
				known += (i == 0 ? "" : ", ") + std::string(HazardName(static_cast<Hazard>(i)));
			}
			throw Error(ErrorKind::kInvalidArgument,
			            "allow_hazards names an unknown hazard: \"" + name + "\"",
			            "Known hazards: " + known + ".");
		}
	}
	return o;
}

const UnsupportedDifference *
UnsupportedAt(const Session *s, int i)
{
	if (s == nullptr || !s->unsupported_built || i < 0 ||
	    i >= static_cast<int>(s->unsupported.size())) {
		return nullptr;
	}
	return &s->unsupported[static_cast<std::size_t>(i)];
}

/// allow_drops is enforced here and nowhere else, from the typed flags.
void
EnforceAllowDrops(const DiffResult &plan)
{
	std::string detail;
	int count = 0;
	bool truncated = false;
	for (const auto &c : plan.changes) {
		if (!c.destructive) {
			continue;
		}
		++count;
		const std::string line = "drop " + c.kind + " " + c.identity;
		if (truncated) {
			continue;
		}
		if (detail.size() + line.size() < sizeof(CoreStatus::detail) - 64) {
			detail += (detail.empty() ? "" : "\n") + line;
		} else {
			detail += "\n...";
			truncated = true;
		}
	}
	if (count == 0) {
		return;
	}
	throw Error(ErrorKind::kDropsRefused,
	            "migration would drop " + std::to_string(count) +
	                (count == 1 ? " object" : " objects"),
	            detail,
	            "Review the objects listed; pass allow_drops => true to generate a migration that "
	            "drops them.");
}

/// allow_hazards is enforced here and nowhere else, from the typed hazards.
void
EnforceAllowHazards(const DiffResult &plan, const DiffOptions &o)
{
	HazardSet allowed;
	for (const auto &name : o.allow_hazards) {
		allowed.Add(*ParseHazard(name));
	}
	std::string detail;
	int count = 0;
	bool truncated = false;
	HazardSet offending;
	for (std::size_t i = 0; i < plan.changes.size(); i++) {
		const Change &c = plan.changes[i];
		HazardSet extra;
		for (int h = 0; h < kHazardCount; h++) {
			if (c.hazards.Has(static_cast<Hazard>(h)) && !allowed.Has(static_cast<Hazard>(h))) {
				extra.Add(static_cast<Hazard>(h));
				offending.Add(static_cast<Hazard>(h));
			}
		}
		if (extra.Empty()) {
			continue;
		}
		++count;
		const std::string line = "statement " + std::to_string(i + 1) + " (" +
		                         ActionName(c.action) + " " + c.kind + " " + c.identity +
		                         "): " + HazardsText(extra);
		if (truncated) {
			continue;
		}
		if (detail.size() + line.size() < sizeof(CoreStatus::detail) - 64) {
			detail += (detail.empty() ? "" : "\n") + line;
		} else {
			detail += "\n...";
			truncated = true;
		}
	}
	if (count == 0) {
		return;
	}
	std::string names;
	for (const char ch : HazardsText(offending)) {
		names += ch == ',' ? std::string(", ") : std::string(1, ch);
	}
	throw Error(ErrorKind::kHazardsRefused,
	            "migration has " + std::to_string(count) +
	                (count == 1 ? " statement" : " statements") +
	                " with hazards allow_hazards does not list",
	            detail,
	            "Review the statements listed; add the hazards you accept (" + names +
	                ") to allow_hazards.");
}

const Change *
StatementAt(const Session *s, int i)
{
	if (s == nullptr || !s->built || i < 0 || i >= static_cast<int>(s->plan.changes.size())) {
		return nullptr;
	}
	return &s->plan.changes[static_cast<std::size_t>(i)];
}

const Diagnostic *
DiagnosticAt(const Session *s, int i)
{
	if (s == nullptr || !s->built || i < 0 || i >= static_cast<int>(s->plan.diagnostics.size())) {
		return nullptr;
	}
	return &s->plan.diagnostics[static_cast<std::size_t>(i)];
}

QueryId
QueryIdAt(int index)
{
	return static_cast<QueryId>(index);
}

/// Once per session, before the first model is built: the remote rows lose
/// what the local major cannot have (cross_version.hpp).
void
MakeRemoteComparable(Session *s)
{
	if (s->cross_version_done) {
		return;
	}
	s->cross_version_notes =
	    DropPrivilegesUnknownLocally(s->rows[1], s->versions[0], s->versions[1]);
	s->cross_version_warnings =
	    NoteFeaturesUnknownLocally(s->rows[1], s->versions[0], s->versions[1]);
	s->cross_version_done = true;
}

/// Builds both sides' models once, freeing each side's rows once its model
/// is built (rows and models of both sides never coexist whole); calls
/// lap(step) after each step.
template <typename Lap>
void
BuildModels(Session *s, Lap lap)
{
	if (s->models_built) {
		return;
	}
	MakeRemoteComparable(s);
	s->timings.emplace_back("malloc in use MB: rows of both sides", HeapMegabytes());
	for (int side = 0; side < 2; ++side) {
		s->models[side] = BuildCatalogConsuming(s->rows[side], s->versions[side]);
		s->timings.emplace_back(side == 0 ? "malloc in use MB: + local model" : "malloc in use MB: + remote model",
		                        HeapMegabytes());
		CatalogRows().swap(s->rows[side]);
		lap(side == 0 ? "build local" : "build remote");
	}
	s->models_built = true;
	s->timings.emplace_back("malloc in use MB: models", HeapMegabytes());
}

} // namespace

void
StatusClear(CoreStatus *status) noexcept
{
	status->kind = StatusKind::kOk;
	status->message[0] = '\0';
	status->detail[0] = '\0';
	status->hint[0] = '\0';
}

const char *const kReaderSessionSetup =
    "SET search_path = pg_catalog; SET datestyle = ISO; SET intervalstyle = postgres; "
    "SET extra_float_digits = 3; SET jit = off";
const char *const kReaderBegin = "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY";

int
QueryCount() noexcept
{
	return static_cast<int>(QueryId::kCount);
}

const char *
QueryText(int index, int server_version) noexcept
{
	if (index < 0 || index >= QueryCount()) {
		return nullptr;
	}
	const CatalogQuery *q = FindQuery(QueryIdAt(index), server_version);
	return q == nullptr ? nullptr : q->text;
}

int
QueryPageSize(int index) noexcept
{
	if (index < 0 || index >= QueryCount()) {
		return 0;
	}
	const CatalogQuery *q = FindQuery(QueryIdAt(index), kMaxServerVersion);
	return q != nullptr && q->paged ? kPageSize : 0;
}

bool
QueryWithoutNestedLoops(int index) noexcept
{
	if (index < 0 || index >= QueryCount()) {
		return false;
	}
	const CatalogQuery *q = FindQuery(QueryIdAt(index), kMaxServerVersion);
	return q != nullptr && q->no_nestloop;
}

int
FollowUpQueryIndex() noexcept
{
	return static_cast<int>(QueryId::kSequenceValues);
}

const char *
QueryColumns(int index) noexcept
{
	if (index != FollowUpQueryIndex() && (index < 0 || index >= QueryCount())) {
		return nullptr;
	}
	return ExpectedColumns(QueryIdAt(index));
}

const char *
QueryName(int index) noexcept
{
	if (index == FollowUpQueryIndex()) {
		return "sequence values";
	}
	if (index < 0 || index >= QueryCount()) {
		return "catalog";
	}
	const CatalogQuery *q = FindQuery(QueryIdAt(index), kMaxServerVersion);
	return q == nullptr ? "catalog" : q->name;
}

bool
CheckServerVersion(int server_version, CoreStatus *status) noexcept
{
	return Capture(status, [&] {
		if (server_version < kMinServerVersion || server_version > kMaxServerVersion) {
			throw Error(ErrorKind::kUnsupportedVersion,
			            "server version " + std::to_string(server_version) + " is not supported",
			            "pgschemadiff reads the catalogs of PostgreSQL 13 to 18.",
			            "Compare with a server of a supported major version.");
		}
	});
}

void
MaskText(const char *text, const char *conninfo, const char *const *secrets, int nsecrets,
         char *out, std::size_t out_size) noexcept
{
	if (out == nullptr || out_size == 0) {
		return;
	}
	out[0] = '\0';
	if (text == nullptr) {
		return;
	}
	try {
		std::vector<std::string> all =
		    conninfo != nullptr ? FindSecrets(conninfo) : std::vector<std::string>{};
		for (int i = 0; secrets != nullptr && i < nsecrets; ++i) {
			if (secrets[i] != nullptr) {
				all.emplace_back(secrets[i]);
			}
		}
		CopyTruncated(out, out_size, MaskSecrets(text, all).c_str());
	} catch (...) {
		// Out of memory while masking: say nothing rather than leak a secret.
		CopyTruncated(out, out_size, "(message withheld: it could not be checked for passwords)");
	}
}

Session *
SessionCreate(CoreStatus *status) noexcept
{
	Session *out = nullptr;
	Capture(status, [&] { out = new Session(); });
	return out;
}

void
SessionDestroy(Session *session) noexcept
{
	delete session;
}

bool
SessionSetServerVersion(Session *s, Side side, int server_version, CoreStatus *status) noexcept
{
	return Capture(status, [&] {
		if (s == nullptr) {
			throw Error(ErrorKind::kInternal, "no comparison session");
		}
		s->versions[SideIndex(side)] = server_version;
	});
}

bool
SessionSwapSides(Session *s, CoreStatus *status) noexcept
{
	return Capture(status, [&] {
		if (s == nullptr) {
			throw Error(ErrorKind::kInternal, "no comparison session");
		}
		if (s->built || s->unsupported_built || s->models_built) {
			throw Error(ErrorKind::kInternal, "sides swapped after the comparison was built");
		}
		std::swap(s->versions[0], s->versions[1]);
		std::swap(s->rows[0], s->rows[1]);
	});
}

bool
SessionAddRows(Session *s, Side side, int index, int ncols, const char *const *column_names,
               int nrows, const CellView *cells, CoreStatus *status) noexcept
{
	return Capture(status, [&] {
		if (s == nullptr || index < 0 || (index >= QueryCount() && index != FollowUpQueryIndex()) ||
		    ncols < 0 || nrows < 0 ||
		    (nrows > 0 && cells == nullptr) || (ncols > 0 && column_names == nullptr)) {
			throw Error(ErrorKind::kInternal, "invalid catalog rows handed to the core");
		}
		std::vector<std::string> names;
		for (int c = 0; c < ncols; ++c) {
			names.emplace_back(column_names[c] != nullptr ? column_names[c] : "");
		}
		CatalogRows &rows = s->rows[SideIndex(side)];
		CheckColumns(QueryIdAt(index), names);
		auto it = rows.find(QueryIdAt(index));
		if (it == rows.end()) {
			it = rows.emplace(QueryIdAt(index), RowSet(names)).first;
		} else if (it->second.Columns() != names) {
			throw Error(ErrorKind::kCatalogDrift, "catalog rows changed shape between chunks");
		}
		if (s->models_built) {
			throw Error(ErrorKind::kInternal, "catalog rows handed to the core after it compared");
		}
		for (int r = 0; r < nrows; ++r) {
			for (int c = 0; c < ncols; ++c) {
				const CellView &v = cells[static_cast<std::size_t>(r) * ncols + c];
				if (!v.is_null && (v.length < 0 || (v.data == nullptr && v.length > 0))) {
					throw Error(ErrorKind::kInternal, "invalid catalog cell handed to the core");
				}
				it->second.AddCell(v.data, v.is_null ? 0 : static_cast<std::size_t>(v.length),
				                   v.is_null);
			}
		}
	});
}

const char *
SessionFollowUpQuery(Session *s, Side side, CoreStatus *status) noexcept
{
	const char *out = nullptr;
	Capture(status, [&] {
		if (s == nullptr) {
			throw Error(ErrorKind::kInternal, "no comparison session");
		}
		const std::vector<std::string> oids =
		    SequencesWithNewBounds(s->rows[SideIndex(side)], s->rows[1 - SideIndex(side)]);
		if (oids.empty()) {
			return;
		}
		s->follow_up[SideIndex(side)] = SequenceValuesQuery(oids);
		out = s->follow_up[SideIndex(side)].c_str();
	});
	return out;
}

bool
SessionBuildPlan(Session *s, const OptionsView *options, CoreStatus *status) noexcept
{
	return Capture(status, [&] {
		if (s == nullptr || options == nullptr) {
			throw Error(ErrorKind::kInternal, "no comparison session");
		}
		s->built = false;
		s->plan = DiffResult{};
		MakeRemoteComparable(s);
		const DiffOptions o = ToDiffOptions(*options);
		auto start = std::chrono::steady_clock::now();
		auto lap = [&](const char *step) {
			const auto now = std::chrono::steady_clock::now();
			s->timings.emplace_back(step, std::chrono::duration<double>(now - start).count());
			start = now;
		};
		BuildModels(s, lap);
		const Catalog &local = s->models[0];
		const Catalog &remote = s->models[1];
		DiffResult plan = Diff(local, remote, o);
		lap("diff, render and order");
		s->timings.emplace_back("malloc in use MB: models and plan", HeapMegabytes());
		s->timings.emplace_back("of which order", plan.order_seconds);
		if (!o.allow_drops) {
			EnforceAllowDrops(plan);
		}
		plan.diagnostics.insert(plan.diagnostics.end(), s->cross_version_warnings.begin(),
		                        s->cross_version_warnings.end());
		if (o.with_privileges) {
			plan.diagnostics.insert(plan.diagnostics.end(), s->cross_version_notes.begin(),
			                        s->cross_version_notes.end());
		}
		if (o.check_hazards) {
			EnforceAllowHazards(plan, o);
		}
		s->hazards.clear();
		s->hazards.reserve(plan.changes.size());
		for (const auto &c : plan.changes) {
			s->hazards.push_back(HazardsText(c.hazards));
		}
		s->plan = std::move(plan);
		s->built = true;
	});
}

bool
SessionFindReparse(Session *s, int *count, CoreStatus *status) noexcept
{
	return Capture(status, [&] {
		if (s == nullptr || count == nullptr) {
			throw Error(ErrorKind::kInternal, "no comparison session");
		}
		*count = 0;
		s->reparse = FindReparseItems(s->rows[0], s->rows[1], s->versions[0], s->versions[1]);
		*count = static_cast<int>(s->reparse.size());
	});
}

namespace {

const ReparseItem *
ReparseAt(const Session *s, int i)
{
	if (s == nullptr || i < 0 || i >= static_cast<int>(s->reparse.size())) {
		return nullptr;
	}
	return &s->reparse[static_cast<std::size_t>(i)];
}

} // namespace

int
ReparseKindOf(const Session *s, int i) noexcept
{
	const ReparseItem *item = ReparseAt(s, i);
	return item == nullptr ? -1 : static_cast<int>(item->kind);
}

const char *
ReparseDefinition(const Session *s, int i) noexcept
{
	const ReparseItem *item = ReparseAt(s, i);
	return item == nullptr ? nullptr : item->text.c_str();
}

bool
ReparseWithoutSqlSyntax(const Session *s, int i) noexcept
{
	const ReparseItem *item = ReparseAt(s, i);
	return item != nullptr && item->without_sql_syntax;
}

const char *
ReparseLocalText(const Session *s, int i) noexcept
{
	const ReparseItem *item = ReparseAt(s, i);
	return item == nullptr || !item->without_sql_syntax ? nullptr : item->local_text.c_str();
}

const char *
ReparseTableSchema(const Session *s, int i) noexcept
{
	const ReparseItem *item = ReparseAt(s, i);
	return item == nullptr ? nullptr : item->table_schema.c_str();
}

const char *
ReparseTableName(const Session *s, int i) noexcept
{
	const ReparseItem *item = ReparseAt(s, i);
	return item == nullptr ? nullptr : item->table_name.c_str();
}

bool
SessionSetReparsed(Session *s, int i, const char *text, CoreStatus *status) noexcept
{
	return Capture(status, [&] {
		if (s == nullptr || i < 0 || i >= static_cast<int>(s->reparse.size())) {
			throw Error(ErrorKind::kInternal, "no such definition to compare");
		}
		if (s->models_built) {
			throw Error(ErrorKind::kInternal, "definition printed again after the comparison");
		}
		if (text != nullptr) {
			ApplyReparsed(s->rows[1], s->reparse[static_cast<std::size_t>(i)], text);
		}
	});
}

bool
SessionSetNormalized(Session *s, int i, const char *remote_text, const char *local_text,
                     CoreStatus *status) noexcept
{
	return Capture(status, [&] {
		if (s == nullptr || i < 0 || i >= static_cast<int>(s->reparse.size())) {
			throw Error(ErrorKind::kInternal, "no such definition to compare");
		}
		if (s->models_built) {
			throw Error(ErrorKind::kInternal, "definition printed again after the comparison");
		}
		if (remote_text != nullptr && local_text != nullptr) {
			ApplyNormalized(s->rows[1], s->reparse[static_cast<std::size_t>(i)], remote_text,
			                local_text);
		}
	});
}

int
PlanStatementCount(const Session *s) noexcept
{
	return s != nullptr && s->built ? static_cast<int>(s->plan.changes.size()) : 0;
}

const char *
PlanStatementSql(const Session *s, int i) noexcept
{
	const Change *c = StatementAt(s, i);
	return c == nullptr ? nullptr : c->sql.c_str();
}

const char *
PlanStatementKind(const Session *s, int i) noexcept
{
	const Change *c = StatementAt(s, i);
	return c == nullptr ? nullptr : c->kind.c_str();
}

const char *
PlanStatementIdentity(const Session *s, int i) noexcept
{
	const Change *c = StatementAt(s, i);
	return c == nullptr ? nullptr : c->identity.c_str();
}

const char *
PlanStatementAction(const Session *s, int i) noexcept
{
	const Change *c = StatementAt(s, i);
	return c == nullptr ? nullptr : ActionName(c->action);
}

bool
PlanStatementDestructive(const Session *s, int i) noexcept
{
	const Change *c = StatementAt(s, i);
	return c != nullptr && c->destructive;
}

const char *
PlanStatementHazards(const Session *s, int i) noexcept
{
	const Change *c = StatementAt(s, i);
	return c == nullptr ? nullptr : s->hazards[static_cast<std::size_t>(i)].c_str();
}

int
PlanStatementTransaction(const Session *s, int i) noexcept
{
	const Change *c = StatementAt(s, i);
	return c == nullptr ? 0 : c->transaction;
}

bool
SessionRowsDigest(const Session *s, Side side, char out[33], CoreStatus *status) noexcept
{
	return Capture(status, [&] {
		if (s == nullptr || out == nullptr) {
			throw Error(ErrorKind::kInternal, "no comparison session");
		}
		if (s->models_built) {
			throw Error(ErrorKind::kInternal, "catalog rows digested after the comparison");
		}
		CopyTruncated(out, 33, RowsDigest(s->rows[SideIndex(side)]).c_str());
	});
}

int
HazardVocabularyCount() noexcept
{
	return kHazardCount;
}

const char *
HazardVocabularyName(int index) noexcept
{
	return index < 0 || index >= kHazardCount ? nullptr : HazardName(static_cast<Hazard>(index));
}

void
SessionAddTiming(Session *s, const char *step, double seconds) noexcept
{
	try {
		if (s != nullptr && step != nullptr) {
			s->timings.emplace_back(step, seconds);
		}
	} catch (...) {
		// a benchmark figure is not worth an error
	}
}

int
SessionTimingCount(const Session *s) noexcept
{
	return s == nullptr ? 0 : static_cast<int>(s->timings.size());
}

const char *
SessionTimingStep(const Session *s, int i) noexcept
{
	if (s == nullptr || i < 0 || i >= static_cast<int>(s->timings.size())) {
		return nullptr;
	}
	return s->timings[static_cast<std::size_t>(i)].first.c_str();
}

double
SessionTimingSeconds(const Session *s, int i) noexcept
{
	if (s == nullptr || i < 0 || i >= static_cast<int>(s->timings.size())) {
		return 0;
	}
	return s->timings[static_cast<std::size_t>(i)].second;
}

int
PlanDiagnosticCount(const Session *s) noexcept
{
	return s != nullptr && s->built ? static_cast<int>(s->plan.diagnostics.size()) : 0;
}

int
PlanDiagnosticLevel(const Session *s, int i) noexcept
{
	const Diagnostic *d = DiagnosticAt(s, i);
	return d == nullptr ? 0 : static_cast<int>(d->level);
}

const char *
PlanDiagnosticMessage(const Session *s, int i) noexcept
{
	const Diagnostic *d = DiagnosticAt(s, i);
	return d == nullptr ? nullptr : d->message.c_str();
}

const char *
PlanDiagnosticDetail(const Session *s, int i) noexcept
{
	const Diagnostic *d = DiagnosticAt(s, i);
	return d == nullptr ? nullptr : d->detail.c_str();
}

bool
SessionListUnsupported(Session *s, const OptionsView *options, CoreStatus *status) noexcept
{
	return Capture(status, [&] {
		if (s == nullptr || options == nullptr) {
			throw Error(ErrorKind::kInternal, "no comparison session");
		}
		s->unsupported_built = false;
		s->unsupported.clear();
		MakeRemoteComparable(s);
		const DiffOptions o = ToDiffOptions(*options);
		BuildModels(s, [](const char *) {});
		const Catalog &local = s->models[0];
		const Catalog &remote = s->models[1];
		CheckIncludedSchemasExist(local, remote, o);
		if (o.include_schemas.empty() && o.exclude_schemas.empty()) {
			s->unsupported = UnsupportedDifferences(local, remote);
		} else {
			s->unsupported =
			    UnsupportedDifferences(FilterCatalog(local, o), FilterCatalog(remote, o));
		}
		s->unsupported_built = true;
	});
}

int
UnsupportedCount(const Session *s) noexcept
{
	return s != nullptr && s->unsupported_built ? static_cast<int>(s->unsupported.size()) : 0;
}

const char *
UnsupportedKind(const Session *s, int i) noexcept
{
	const UnsupportedDifference *u = UnsupportedAt(s, i);
	return u == nullptr ? nullptr : u->kind.c_str();
}

const char *
UnsupportedIdentity(const Session *s, int i) noexcept
{
	const UnsupportedDifference *u = UnsupportedAt(s, i);
	return u == nullptr ? nullptr : u->identity.c_str();
}

const char *
UnsupportedStatusText(const Session *s, int i) noexcept
{
	const UnsupportedDifference *u = UnsupportedAt(s, i);
	return u == nullptr ? nullptr : UnsupportedStatusName(u->status);
}

} // namespace pgschemadiff

// diff_perftest.cpp — core-only benchmark: catalog rows -> model -> diff, no database.
// Layer: bench (links pgschemadiff_core only; ninja's *_perftest.cc idea).
//
//   diff_perftest [--runs R] [--show] [N ...]      default: N = 1000 10000 50000, R = 3
//
// Builds the recorded-row shape both readers hand the core (every QueryId, with
// the column names of src/core/catalog/queries.cpp, taken from the unit tests'
// EmptyRows) for N synthetic tables:
// 10 columns (an identity primary key with its sequence, defaults, NOT NULLs),
// a primary key, a foreign key, 2 indexes, 5 pg_depend edges, a comment and a
// grant each; the head of each block of 10 tables also has a view over it, a
// function and a domain (with their pg_depend edges). The target changes every 10th
// table (a column added, retyped or dropped, an index redefined, a check
// added: 5 kinds in turn), a comment and a grant in every block, the view,
// the function or the domain of every block head (in turn), adds 1% new
// tables and drops 1% others; privileges are compared (with_privileges). It times
// BuildCatalog of both sides and Diff (best of R), prints time per table and
// the per-table cost relative to the smallest N of the same run (1.00 = linear),
// and checks that the number of changes (and of destructive ones) is exactly
// what the mutations imply: exit status 1 if not. --show prints one example
// statement of each action.
//
// Build without touching the main build tree, then run:
//   cmake -S /work/main -B /tmp/bench-build
//   cmake --build /tmp/bench-build --target diff_perftest
//   /tmp/bench-build/diff_perftest
#include "core/catalog/builder.hpp"
#include "core/migration.hpp"
#include "core/order/order.hpp"

// The unit tests' row shapes (EmptyRows: every query with its columns). Compiled
// in here because CMake links a bench with pgschemadiff_core only.
#include "../test/unit/test_helpers.cpp"

#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <initializer_list>
#include <string>
#include <utility>
#include <vector>

namespace pgschemadiff {
namespace {

constexpr int kServerVersion = 150000;
constexpr int kBlock = 10;        // every kBlock-th table is changed; FKs point at block heads
constexpr int kMutationKinds = 5; // see Mutation
constexpr int kAddEvery = 100;    // 1% of tables added ...
constexpr int kAddOffset = 50;
constexpr int kDropOffset = 99;       // ... and 1% dropped (never referenced: not a block head)
constexpr int kTablesPerSchema = 250; // as gen_schema.py: max(1, N / 250) schemas, at most 50
constexpr int kMaxSchemas = 50;
constexpr int kDefaultRuns = 3;
constexpr const char *kMaxBigint = "9223372036854775807";

enum class Mutation : int { kAddColumn, kRetypeColumn, kRedefineIndex, kDropColumn, kAddCheck };

// Beside the table mutations, in every block: the comment of its table
// kCommentChanged and the grants of its table kGrantChanged change, and one
// of the head's view, function or domain (kHeadKinds in turn, by block).
constexpr int kCommentChanged = 3;
constexpr int kGrantChanged = 4;
constexpr int kHeadKinds = 3;
enum class HeadMutation : int { kView, kRoutine, kDomain };
// Statements: COMMENT ON; GRANT; CREATE OR REPLACE VIEW; CREATE OR REPLACE
// FUNCTION; the domain's CHECK dropped and added.
constexpr int kChangesPerComment = 1;
constexpr int kChangesPerGrant = 1;
constexpr int kChangesPerHeadMutation[kHeadKinds] = {1, 1, 2};
// A migration that creates or replaces functions starts with
// SET LOCAL check_function_bodies = false, once.
constexpr int kChangesWhenFunctionsChange = 1;

// Statements each mutation yields (an index redefinition is a drop and a create).
constexpr int kChangesPerMutation[kMutationKinds] = {1, 1, 2, 1, 1};
// A new table: CREATE TABLE, its 2 indexes, its primary key, its foreign key,
// its comment and its grant; a new table is a block head (kAddOffset), so also
// its view, function and domain.
constexpr int kChangesPerNewTable = 10;
// A dropped table: its foreign key to another table, then DROP TABLE (both destructive).
constexpr int kChangesPerDroppedTable = 2;

using Field = std::pair<const char *, const char *>; // column name, value (nullptr: NULL)

/// Appends a row to query `id`, by column name. The columns come from the
/// unit tests' EmptyRows(), kept in step with the catalog queries; a column not
/// named here is NULL, so a column added to a query does not break the bench.
void
Add(CatalogRows &rows, QueryId id, std::initializer_list<Field> fields)
{
	RowSet &set = rows.at(id);
	std::vector<Cell> cells(set.Columns().size());
	for (const auto &[column, value] : fields) {
		if (value != nullptr) {
			cells[set.ColumnIndex(column)] = std::string(value); // throws if the column is gone
		}
	}
	set.AddRow(std::move(cells));
}

std::string
TableName(int i)
{
	char buf[32];
	std::snprintf(buf, sizeof buf, "t_%06d", i);
	return buf;
}

std::string
SchemaName(int s)
{
	return "s" + std::to_string(s);
}

struct Shape {
	int tables = 0;
	int schemas = 1;
	std::string SchemaOf(int i) const { return SchemaName((i / kBlock) % schemas); }
};

/// One table (table number `i`, named `name`) as the catalog queries return it.
/// Its foreign key references the head of its block of kBlock tables (itself for
/// a head), so tables that are not heads can be dropped. `mutation` < 0: unchanged.
/// `target`: the changed side (comments, grants and the head's objects
/// change there, by table number).
void
AddTable(CatalogRows &rows, const Shape &shape, int i, const std::string &name, int mutation,
         bool target)
{
	const std::string sch = shape.SchemaOf(i);
	const std::string head = TableName(i / kBlock * kBlock);
	const std::string q = sch + "." + name;
	const char *s = sch.c_str();
	const char *t = name.c_str();
	Add(rows, QueryId::kTables,
	    {{"schema", s},
	     {"name", t},
	     {"relkind", "r"},
	     {"persistence", "p"},
	     {"is_partition", "false"},
	     {"is_child", "false"},
	     {"parent_schemas", "{}"},
	     {"parent_names", "{}"}});

	const auto m = static_cast<Mutation>(mutation);
	const bool changed = mutation >= 0;
	const char *code_type =
	    changed && m == Mutation::kRetypeColumn ? "character varying(64)" : "character varying(32)";
	struct Col {
		const char *name, *type, *not_null, *default_expr, *identity;
	};
	std::vector<Col> cols = {
	    {"id", "bigint", "true", nullptr, "a"},
	    {"parent_id", "bigint", "false", nullptr, ""},
	    {"name", "text", "true", nullptr, ""},
	    {"code", code_type, "false", nullptr, ""},
	    {"amount", "numeric(12,2)", "true", "0", ""},
	    {"is_active", "boolean", "true", "true", ""},
	    {"payload", "jsonb", "false", "'{}'::jsonb", ""},
	    {"tags", "text[]", "false", nullptr, ""},
	    {"created_at", "timestamp with time zone", "true", "now()", ""},
	    {"note", "text", "false", nullptr, ""},
	};
	if (changed && m == Mutation::kDropColumn) {
		cols.pop_back();
	}
	if (changed && m == Mutation::kAddColumn) {
		cols.push_back({"extra", "integer", "false", "42", ""});
	}
	int position = 0;
	for (const auto &c : cols) {
		const std::string pos = std::to_string(++position);
		Add(rows, QueryId::kColumns,
		    {{"schema", s},
		     {"table_name", t},
		     {"name", c.name},
		     {"position", pos.c_str()},
		     {"type", c.type},
		     {"type_kind", "b"},
		     {"not_null", c.not_null},
		     {"default_expr", c.default_expr},
		     {"identity", c.identity},
		     {"generated", ""},
		     {"is_local", "true"},
		     {"inherited", "0"}});
	}

	const std::string pkey = name + "_pkey";
	const std::string fkey = name + "_parent_id_fkey";
	const std::string fkey_def =
	    "FOREIGN KEY (parent_id) REFERENCES " + sch + "." + head + "(id) ON DELETE CASCADE";
	Add(rows, QueryId::kConstraints,
	    {{"schema", s},
	     {"table_name", t},
	     {"name", pkey.c_str()},
	     {"type", "p"},
	     {"definition", "PRIMARY KEY (id)"},
	     {"columns", "{id}"}});
	Add(rows, QueryId::kConstraints,
	    {{"schema", s},
	     {"table_name", t},
	     {"name", fkey.c_str()},
	     {"type", "f"},
	     {"definition", fkey_def.c_str()},
	     {"columns", "{parent_id}"},
	     {"ref_schema", s},
	     {"ref_table", head.c_str()}});
	if (changed && m == Mutation::kAddCheck) {
		const std::string check = name + "_amount_check";
		Add(rows, QueryId::kConstraints,
		    {{"schema", s},
		     {"table_name", t},
		     {"name", check.c_str()},
		     {"type", "c"},
		     {"definition", "CHECK ((amount >= (0)::numeric))"},
		     {"columns", "{amount}"}});
	}

	const std::string name_idx = name + "_name_idx";
	const std::string name_def =
	    "CREATE INDEX " + name_idx + " ON " + q + " USING btree (name)" +
	    (changed && m == Mutation::kRedefineIndex ? " WHERE is_active" : "");
	const std::string created_idx = name + "_created_at_idx";
	const std::string created_def =
	    "CREATE INDEX " + created_idx + " ON " + q + " USING btree (created_at DESC, code)";
	Add(rows, QueryId::kIndexes,
	    {{"schema", s},
	     {"table_name", t},
	     {"name", created_idx.c_str()},
	     {"definition", created_def.c_str()},
	     {"columns", "{code,created_at}"}});
	Add(rows, QueryId::kIndexes,
	    {{"schema", s},
	     {"table_name", t},
	     {"name", name_idx.c_str()},
	     {"definition", name_def.c_str()},
	     {"columns", changed && m == Mutation::kRedefineIndex ? "{is_active,name}" : "{name}"}});

	// pg_depend's edges of the columns on their types (the ordering graph
	// reads them); the type is not one the diff changes: this measures the
	// graph's cost per edge, not extra statements.
	for (const char *column : {"id", "code", "name", "created_at", "is_active"}) {
		Add(rows, QueryId::kDependencies,
		    {{"dep_kind", "column"},
		     {"dep_schema", s},
		     {"dep_name", t},
		     {"dep_sub", column},
		     {"ref_kind", "type"},
		     {"ref_schema", s},
		     {"ref_name", "status_t"},
		     {"ref_sub", ""}});
	}

	const std::string seq = name + "_id_seq";
	static int next_oid = 16384; // sequence values are read by oid (a follow-up query)
	const std::string oid = std::to_string(next_oid++);
	Add(rows, QueryId::kSequences,
	    {{"schema", s},
	     {"name", seq.c_str()},
	     {"data_type", "bigint"},
	     {"start", "1"},
	     {"increment", "1"},
	     {"min_value", "1"},
	     {"max_value", kMaxBigint},
	     {"cache", "1"},
	     {"cycle", "false"},
	     {"persistence", "p"},
	     {"oid", oid.c_str()},
	     {"owner_deptype", "i"},
	     {"owner_schema", s},
	     {"owner_table", t},
	     {"owner_column", "id"}});

	// A comment and a grant on every table.
	const std::string comment = "table " + std::to_string(i) +
	                            (target && i % kBlock == kCommentChanged ? " (changed)" : "");
	Add(rows, QueryId::kComments,
	    {{"kind", "table"},
	     {"schema", s},
	     {"name", t},
	     {"sub", ""},
	     {"description", comment.c_str()}});
	std::vector<const char *> privileges = {"SELECT"};
	if (target && i % kBlock == kGrantChanged) {
		privileges.push_back("INSERT");
	}
	for (const char *privilege : privileges) {
		Add(rows, QueryId::kPrivileges,
		    {{"kind", "table"},
		     {"schema", s},
		     {"name", t},
		     {"sub", ""},
		     {"grantee", "reader"},
		     {"privilege", privilege},
		     {"grantable", "false"}});
	}
	if (i % kBlock != 0) {
		return;
	}

	// The block head's view over it, function and domain.
	const auto hm = static_cast<HeadMutation>((i / kBlock) % kHeadKinds);
	const std::string view = "v_" + name;
	const std::string view_def =
	    std::string(" SELECT ") + t + ".id,\n    " + t + ".name\n   FROM " + q +
	    (target && hm == HeadMutation::kView ? "\n  WHERE " + std::string(t) + ".is_active;" : ";");
	Add(rows, QueryId::kViews,
	    {{"page_key", "1"},
	     {"schema", s},
	     {"name", view.c_str()},
	     {"relkind", "v"},
	     {"definition", view_def.c_str()},
	     {"columns", "id bigint, name text"}});
	Add(rows, QueryId::kDependencies,
	    {{"dep_kind", "view"},
	     {"dep_schema", s},
	     {"dep_name", view.c_str()},
	     {"dep_sub", ""},
	     {"ref_kind", "table"},
	     {"ref_schema", s},
	     {"ref_name", t},
	     {"ref_sub", ""}});
	const std::string fn = "f_" + name;
	const std::string fn_def =
	    "CREATE OR REPLACE FUNCTION " + sch + "." + fn +
	    "(integer)\n RETURNS integer\n LANGUAGE sql\n IMMUTABLE\nAS $function$ SELECT $1 + " +
	    (target && hm == HeadMutation::kRoutine ? "2" : "1") + " $function$\n";
	Add(rows, QueryId::kRoutines,
	    {{"schema", s},
	     {"name", fn.c_str()},
	     {"identity_args", "integer"},
	     {"kind", "f"},
	     {"arguments", "integer"},
	     {"result", "integer"},
	     {"definition", fn_def.c_str()}});
	// As a real catalog reports them: PUBLIC may run the function.
	Add(rows, QueryId::kPrivileges,
	    {{"kind", "function"},
	     {"schema", s},
	     {"name", fn.c_str()},
	     {"sub", "integer"},
	     {"grantee", "public"},
	     {"privilege", "EXECUTE"},
	     {"grantable", "false"}});
	const std::string domain = "d_" + name;
	Add(rows, QueryId::kPrivileges,
	    {{"kind", "type"},
	     {"schema", s},
	     {"name", domain.c_str()},
	     {"sub", ""},
	     {"grantee", "public"},
	     {"privilege", "USAGE"},
	     {"grantable", "false"}});
	Add(rows, QueryId::kDomains,
	    {{"schema", s},
	     {"name", domain.c_str()},
	     {"base_type", "integer"},
	     {"not_null", "false"},
	     {"constraint_names", "{positive}"},
	     {"constraint_defs", target && hm == HeadMutation::kDomain ? "{\"CHECK ((VALUE > 1))\"}"
	                                                               : "{\"CHECK ((VALUE > 0))\"}"}});
}

struct Expected {
	int changes = 0;
	int destructive = 0;
	int changed_tables = 0;
	int added_tables = 0;
	int dropped_tables = 0;
};

/// Both sides for `shape`, and what the diff must find.
void
MakeRows(const Shape &shape, CatalogRows &from, CatalogRows &to, Expected &expected)
{
	from = test::EmptyRows(); // schema public and no other row
	to = test::EmptyRows();
	for (int s = 0; s < shape.schemas; ++s) {
		const std::string name = SchemaName(s);
		Add(from, QueryId::kSchemas, {{"name", name.c_str()}});
		Add(to, QueryId::kSchemas, {{"name", name.c_str()}});
	}
	bool functions_change = false;
	for (int i = 0; i < shape.tables; ++i) {
		const std::string name = TableName(i);
		AddTable(from, shape, i, name, -1, false);
		if (i % kAddEvery == kDropOffset) {
			++expected.dropped_tables;
			expected.changes += kChangesPerDroppedTable;
			expected.destructive += kChangesPerDroppedTable;
			continue; // not in the target
		}
		int mutation = -1;
		if (i % kBlock == 0) {
			mutation = (i / kBlock) % kMutationKinds;
			++expected.changed_tables;
			expected.changes += kChangesPerMutation[mutation];
			if (static_cast<Mutation>(mutation) == Mutation::kDropColumn) {
				++expected.destructive;
			}
		}
		if (i % kBlock == kCommentChanged) {
			expected.changes += kChangesPerComment;
		}
		if (i % kBlock == kGrantChanged) {
			expected.changes += kChangesPerGrant;
		}
		if (i % kBlock == 0) {
			const int head_mutation = (i / kBlock) % kHeadKinds;
			expected.changes += kChangesPerHeadMutation[head_mutation];
			functions_change = functions_change ||
			                   static_cast<HeadMutation>(head_mutation) == HeadMutation::kRoutine;
		}
		AddTable(to, shape, i, name, mutation, true);
		if (i % kAddEvery == kAddOffset) {
			AddTable(to, shape, i, name + "_new", -1, true);
			functions_change = true; // the new head's function
			++expected.added_tables;
			expected.changes += kChangesPerNewTable;
		}
	}
	if (functions_change) {
		expected.changes += kChangesWhenFunctionsChange;
	}
}

using Clock = std::chrono::steady_clock;

double
Seconds(Clock::time_point a, Clock::time_point b)
{
	return std::chrono::duration<double>(b - a).count();
}

long
PeakRssMiB()
{
	struct rusage ru;
	getrusage(RUSAGE_SELF, &ru);
	return ru.ru_maxrss / 1024; // kB on Linux
}

struct Result {
	int tables = 0;
	double build_s = 0; // BuildCatalog of both sides
	double diff_s = 0;  // Diff (includes ordering and rendering)
	double order_s = 0; // OrderChanges alone: the graph of Diff's statements, built and sorted
	std::size_t changes = 0;
	int destructive = 0;
	bool ok = false;
	// Peak RSS of the process after making the rows, after BuildCatalog and after
	// Diff (first run). It never goes down: sizes run in ascending order.
	long peak_rows_mib = 0;
	long peak_build_mib = 0;
	long peak_diff_mib = 0;
};

void
ShowExamples(const DiffResult &r)
{
	std::vector<std::string> seen;
	for (const auto &c : r.changes) {
		const std::string key = c.kind + " " + ActionName(c.action);
		if (std::find(seen.begin(), seen.end(), key) != seen.end()) {
			continue;
		}
		seen.push_back(key);
		std::printf("    %-18s %s\n", key.c_str(), c.sql.c_str());
	}
}

Result
RunOne(int tables, int runs, bool show)
{
	Shape shape;
	shape.tables = tables;
	shape.schemas = std::max(1, std::min(kMaxSchemas, tables / kTablesPerSchema));
	CatalogRows from_rows;
	CatalogRows to_rows;
	Expected expected;
	MakeRows(shape, from_rows, to_rows, expected);
	const long peak_rows = PeakRssMiB();

	Result res;
	res.tables = tables;
	res.peak_rows_mib = peak_rows;
	res.build_s = 1e300;
	res.diff_s = 1e300;
	res.order_s = 1e300;
	DiffOptions options;
	options.allow_drops = true;
	options.with_privileges = true;
	for (int r = 0; r < runs; ++r) {
		const auto t0 = Clock::now();
		const Catalog from = BuildCatalog(from_rows, kServerVersion);
		const Catalog to = BuildCatalog(to_rows, kServerVersion);
		const auto t1 = Clock::now();
		if (r == 0) {
			res.peak_build_mib = PeakRssMiB();
		}
		const DiffResult diff = Diff(from, to, options);
		const auto t2 = Clock::now();
		if (r == 0) {
			res.peak_diff_mib = PeakRssMiB();
		}
		// The ordering step on its own, on a copy of Diff's statements.
		std::vector<Change> again = diff.changes;
		const auto t3 = Clock::now();
		OrderChanges(again, from, to);
		const auto t4 = Clock::now();
		res.build_s = std::min(res.build_s, Seconds(t0, t1));
		res.diff_s = std::min(res.diff_s, Seconds(t1, t2));
		res.order_s = std::min(res.order_s, Seconds(t3, t4));
		res.changes = diff.changes.size();
		res.destructive =
		    static_cast<int>(std::count_if(diff.changes.begin(), diff.changes.end(),
		                                   [](const Change &c) { return c.destructive; }));
		if (show && r == 0) {
			ShowExamples(diff);
		}
	}
	res.ok = res.changes == static_cast<std::size_t>(expected.changes) &&
	         res.destructive == expected.destructive;
	if (!res.ok) {
		std::fprintf(
		    stderr,
		    "diff_perftest: N=%d: %zu changes (%d destructive), expected %d (%d destructive): "
		    "%d tables changed, %d added, %d dropped\n",
		    tables, res.changes, res.destructive, expected.changes, expected.destructive,
		    expected.changed_tables, expected.added_tables, expected.dropped_tables);
	}
	return res;
}

int
Main(int argc, char **argv)
{
	int runs = kDefaultRuns;
	bool show = false;
	std::vector<int> sizes;
	for (int i = 1; i < argc; ++i) {
		if (std::strcmp(argv[i], "--runs") == 0 && i + 1 < argc) {
			runs = std::atoi(argv[++i]);
		} else if (std::strcmp(argv[i], "--show") == 0) {
			show = true;
		} else if (std::atoi(argv[i]) > 0) {
			sizes.push_back(std::atoi(argv[i]));
		} else {
			std::fprintf(stderr, "usage: %s [--runs R] [--show] [N ...]\n", argv[0]);
			return 2;
		}
	}
	if (runs < 1) {
		std::fprintf(stderr, "diff_perftest: --runs must be at least 1\n");
		return 2;
	}
	if (sizes.empty()) {
		sizes = {1000, 10000, 50000};
	}
	std::sort(sizes.begin(), sizes.end()); // peak RSS only grows

	std::printf("diff_perftest: BuildCatalog (both sides) + Diff, best of %d; 10 columns, PK, FK, "
	            "2 indexes, a comment and a grant per table, a view, a function and a domain per "
	            "10 tables; 10%% of tables changed, 1%% added, 1%% dropped, comments, grants, "
	            "views, functions and domains changed\n",
	            runs);
	std::vector<Result> results;
	for (int n : sizes) {
		results.push_back(RunOne(n, runs, show));
	}
	const double base = (results.front().build_s + results.front().diff_s) / results.front().tables;
	std::printf("\n%8s %8s %6s %10s %10s %10s %8s %10s %10s %14s %22s\n", "tables", "changes",
	            "check", "build ms", "diff ms", "order ms", "order %", "total ms", "us/table",
	            "vs smallest N", "peak MiB rows/build/diff");
	bool ok = true;
	for (const auto &r : results) {
		const double total = r.build_s + r.diff_s;
		const double per_table = total / r.tables;
		const std::string peaks = std::to_string(r.peak_rows_mib) + "/" +
		                          std::to_string(r.peak_build_mib) + "/" +
		                          std::to_string(r.peak_diff_mib);
		std::printf("%8d %8zu %6s %10.1f %10.1f %10.1f %8.1f %10.1f %10.2f %14.2f %22s\n", r.tables,
		            r.changes, r.ok ? "ok" : "WRONG", r.build_s * 1e3, r.diff_s * 1e3,
		            r.order_s * 1e3, 100.0 * r.order_s / total, total * 1e3, per_table * 1e6,
		            per_table / base, peaks.c_str());
		ok = ok && r.ok;
	}
	std::printf("(order ms: OrderChanges alone, the dependency graph of Diff's statements built "
	            "and sorted; order %%: its share of build + diff)\n");
	std::printf("(peak MiB: the process's peak RSS once both sides' rows were made, after "
	            "BuildCatalog of both, after Diff)\n");
	return ok ? 0 : 1;
}

} // namespace
} // namespace pgschemadiff

int
main(int argc, char **argv)
{
	try {
		return pgschemadiff::Main(argc, argv);
	} catch (const std::exception &e) {
		std::fprintf(stderr, "diff_perftest: %s\n", e.what());
		return 1;
	}
}

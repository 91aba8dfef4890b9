// builder.cpp — turns the text rows of each catalog query into the model.
// Layer: core/catalog.
#include "core/catalog/builder.hpp"

#include "core/catalog/build_kinds.hpp"

namespace pgschemadiff {
namespace {

const RowSet &
Require(const CatalogRows &rows, QueryId id, const char *what)
{
	auto it = rows.find(id);
	if (it == rows.end()) {
		throw Error(ErrorKind::kInternal, std::string("catalog rows for ") + what + " are missing");
	}
	CheckColumns(id, it->second.Columns());
	return it->second;
}

/// The first character of a one-letter catalog code ("char" columns), or
/// `fallback` when the cell is empty.
char
CodeAt(const RowReader &r, const char *column, char fallback)
{
	const std::string code = r.Text(column);
	return code.empty() ? fallback : code[0];
}

std::set<std::string>
ColumnSet(const RowReader &r, const char *column)
{
	std::set<std::string> out;
	const Cell &c = r.Get(column);
	if (c) {
		for (auto &name : ParseTextArray(*c)) {
			out.insert(std::move(name));
		}
	}
	return out;
}

Table *
FindTable(Catalog &cat, const QualifiedName &id)
{
	auto it = cat.tables.find(id);
	return it == cat.tables.end() ? nullptr : &it->second;
}

void
BuildTables(const CatalogRows &rows, Catalog &cat)
{
	EachRow(Require(rows, QueryId::kTables, "tables"), [&](const RowReader &r) {
		Table t;
		t.id = {r.Text("schema"), r.Text("name")};
		t.unlogged = r.Text("persistence") == "u";
		t.row_security = r.Bool("row_security");
		t.force_row_security = r.Bool("force_row_security");
		if (r.Text("relkind") == "p") {
			t.partition_key = r.Text("partition_key");
		}
		t.partition_bound = r.Optional("partition_bound");
		const std::vector<std::string> schemas = ParseTextArray(r.Text("parent_schemas"));
		const std::vector<std::string> names = ParseTextArray(r.Text("parent_names"));
		if (schemas.size() != names.size()) {
			throw Error(ErrorKind::kCatalogDrift,
			            "table parents have mismatched schema and name lists");
		}
		for (std::size_t i = 0; i < names.size(); ++i) {
			t.parents.push_back({schemas[i], names[i]});
		}
		if (r.Get("of_type_name")) {
			t.of_type = QualifiedName{r.Text("of_type_schema"), r.Text("of_type_name")};
		}
		if (t.partition_bound && t.parents.empty()) {
			throw Error(ErrorKind::kCatalogDrift, "partition " + t.id.name + " has no parent");
		}
		cat.tables.emplace(t.id, std::move(t));
	});
	EachRow(Require(rows, QueryId::kColumns, "columns"), [&](const RowReader &r) {
		Table *t = FindTable(cat, {r.Text("schema"), r.Text("table_name")});
		if (t == nullptr) {
			return;
		}
		Column c;
		c.name = r.Text("name");
		c.position = r.Int("position");
		c.type = r.Text("type");
		c.type_kind = CodeAt(r, "type_kind", 'b');
		c.not_null = r.Bool("not_null");
		const std::string generated = r.Text("generated");
		if (!generated.empty()) {
			c.generated_expr = r.Optional("default_expr");
		} else {
			c.default_expr = r.Optional("default_expr");
		}
		const std::string identity = r.Text("identity");
		if (!identity.empty()) {
			c.identity = IdentitySpec{};
			c.identity->kind = identity[0];
		}
		if (r.Get("collation_name")) {
			c.collation = QualifiedName{r.Text("collation_schema"), r.Text("collation_name")};
		}
		c.local = r.Bool("is_local");
		c.inherited = r.Int("inherited");
		t->columns.push_back(std::move(c));
	});
	// push_back doubled each vector: up to twice the columns' size, per table.
	for (auto &[id, t] : cat.tables) {
		t.columns.shrink_to_fit();
	}
	EachRow(Require(rows, QueryId::kConstraints, "constraints"), [&](const RowReader &r) {
		Table *t = FindTable(cat, {r.Text("schema"), r.Text("table_name")});
		if (t == nullptr) {
			return;
		}
		Constraint k;
		k.name = r.Text("name");
		k.type = static_cast<ConstraintType>(CodeAt(r, "type", 'c'));
		k.definition = r.Text("definition");
		k.columns = ColumnSet(r, "columns");
		if (r.Get("ref_table")) {
			k.references = QualifiedName{r.Text("ref_schema"), r.Text("ref_table")};
		}
		k.inherited = r.Bool("inherited");
		k.ref_columns = ColumnSet(r, "ref_columns");
		t->constraints.emplace(k.name, std::move(k));
	});
}

/// Indexes of tables and of materialized views (which need the views read).
void
BuildIndexes(const CatalogRows &rows, Catalog &cat)
{
	EachRow(Require(rows, QueryId::kIndexes, "indexes"), [&](const RowReader &r) {
		const QualifiedName owner{r.Text("schema"), r.Text("table_name")};
		Index i;
		i.name = r.Text("name");
		i.definition = r.Text("definition");
		i.columns = ColumnSet(r, "columns");
		i.inherited = r.Bool("inherited");
		if (Table *t = FindTable(cat, owner)) {
			t->indexes.emplace(i.name, std::move(i));
			return;
		}
		auto v = cat.views.find(owner);
		if (v != cat.views.end() && v->second.materialized) {
			v->second.indexes.emplace(i.name, std::move(i));
		}
	});
}

ObjectRef
RefAt(const RowReader &r, const char *prefix)
{
	const std::string p(prefix);
	return {KindFromName(r.Text(p + "kind")), r.Text(p + "schema"), r.Text(p + "name"),
	        r.Text(p + "sub")};
}

/// The clauses of CREATE AGGREGATE that differ from their defaults, as
/// pg_dump's dumpAgg prints them.
std::vector<std::pair<std::string, std::string>>
AggregateClauses(const RowReader &r, char kind)
{
	std::vector<std::pair<std::string, std::string>> out;
	const auto add = [&](const char *clause, const char *column) {
		if (r.Get(column)) {
			out.emplace_back(clause, r.Text(column));
		}
	};
	const auto flag = [&](const char *clause, const char *column) {
		if (r.Bool(column)) {
			out.emplace_back(clause, "");
		}
	};
	const auto space = [&](const char *clause, const char *column) {
		if (r.Text(column) != "0") {
			out.emplace_back(clause, r.Text(column));
		}
	};
	// An ordered-set aggregate's final function may write its state by default.
	const std::string default_modify = kind == 'n' ? "r" : "w";
	const auto modify = [&](const char *clause, const char *column) {
		const std::string m = r.Text(column);
		if (!m.empty() && m != default_modify) {
			out.emplace_back(clause, m == "r"   ? "READ_ONLY"
			                         : m == "s" ? "SHAREABLE"
			                                    : "READ_WRITE");
		}
	};
	add("SFUNC", "sfunc");
	add("STYPE", "stype");
	space("SSPACE", "sspace");
	add("FINALFUNC", "finalfunc");
	flag("FINALFUNC_EXTRA", "finalfunc_extra");
	modify("FINALFUNC_MODIFY", "finalfunc_modify");
	add("COMBINEFUNC", "combinefunc");
	add("SERIALFUNC", "serialfunc");
	add("DESERIALFUNC", "deserialfunc");
	add("INITCOND", "initcond");
	add("MSFUNC", "msfunc");
	add("MINVFUNC", "minvfunc");
	add("MSTYPE", "mstype");
	space("MSSPACE", "msspace");
	add("MFINALFUNC", "mfinalfunc");
	flag("MFINALFUNC_EXTRA", "mfinalfunc_extra");
	if (r.Get("mstype")) {
		modify("MFINALFUNC_MODIFY", "mfinalfunc_modify");
	}
	add("MINITCOND", "minitcond");
	const std::string parallel = r.Text("parallel");
	if (parallel == "s" || parallel == "r") {
		out.emplace_back("PARALLEL", parallel == "s" ? "SAFE" : "RESTRICTED");
	}
	if (kind == 'h') {
		out.emplace_back("HYPOTHETICAL", "");
	}
	return out;
}

/// Aggregates, rules, range types and event triggers.
void
BuildStoredObjects(const CatalogRows &rows, Catalog &cat)
{
	EachRow(Require(rows, QueryId::kAggregates, "aggregates"), [&](const RowReader &r) {
		Aggregate a;
		a.id = {r.Text("schema"), r.Text("name")};
		a.identity_args = r.Text("identity_args");
		a.arguments = r.Text("arguments");
		a.kind = CodeAt(r, "kind", 'n');
		a.clauses = AggregateClauses(r, a.kind);
		if (r.Get("sortop_name")) {
			a.sort_operator = QualifiedName{r.Text("sortop_schema"), r.Text("sortop_name")};
		}
		cat.aggregates.emplace(std::make_pair(a.id, a.identity_args), std::move(a));
	});
	EachRow(Require(rows, QueryId::kRules, "rules"), [&](const RowReader &r) {
		Rule u;
		u.table = {r.Text("schema"), r.Text("table_name")};
		u.name = r.Text("name");
		u.definition = r.Text("definition");
		u.enabled = CodeAt(r, "enabled", 'O');
		cat.rules.emplace(std::make_pair(u.table, u.name), std::move(u));
	});
	EachRow(Require(rows, QueryId::kRanges, "range types"), [&](const RowReader &r) {
		RangeType t;
		t.id = {r.Text("schema"), r.Text("name")};
		t.subtype = r.Text("subtype");
		if (r.Get("opclass_name")) {
			t.subtype_opclass = QualifiedName{r.Text("opclass_schema"), r.Text("opclass_name")};
		}
		if (r.Get("collation_name")) {
			t.collation = QualifiedName{r.Text("collation_schema"), r.Text("collation_name")};
		}
		t.subtype_diff = r.Optional("subtype_diff");
		t.canonical = r.Optional("canonical");
		if (r.Get("canonical_name")) {
			t.canonical_function = ObjectRef{ObjectKind::kFunction, r.Text("canonical_schema"),
			                                 r.Text("canonical_name"), r.Text("canonical_args")};
		}
		if (r.Get("multirange_name")) {
			t.multirange = QualifiedName{r.Text("multirange_schema"), r.Text("multirange_name")};
		}
		cat.ranges.emplace(t.id, std::move(t));
	});
	EachRow(Require(rows, QueryId::kEventTriggers, "event triggers"), [&](const RowReader &r) {
		EventTrigger e;
		e.name = r.Text("name");
		e.event = r.Text("event");
		e.tags = ParseTextArray(r.Text("tags"));
		e.function = {r.Text("function_schema"), r.Text("function_name")};
		e.enabled = CodeAt(r, "enabled", 'O');
		cat.event_triggers.emplace(e.name, std::move(e));
	});
}

void
BuildDependents(const CatalogRows &rows, Catalog &cat)
{
	EachRow(Require(rows, QueryId::kViews, "views"), [&](const RowReader &r) {
		View v;
		v.id = {r.Text("schema"), r.Text("name")};
		v.materialized = r.Text("relkind") == "m";
		v.definition = r.Text("definition");
		v.options = r.Text("options");
		v.columns = r.Text("columns");
		cat.views.emplace(v.id, std::move(v));
	});
	EachRow(Require(rows, QueryId::kRoutines, "functions"), [&](const RowReader &r) {
		Routine f;
		f.id = {r.Text("schema"), r.Text("name")};
		f.identity_args = r.Text("identity_args");
		f.procedure = r.Text("kind") == "p";
		f.arguments = r.Text("arguments");
		f.result = r.Text("result");
		f.definition = r.Text("definition");
		cat.routines.emplace(std::make_pair(f.id, f.identity_args), std::move(f));
	});
	EachRow(Require(rows, QueryId::kTriggers, "triggers"), [&](const RowReader &r) {
		Trigger g;
		g.table = {r.Text("schema"), r.Text("table_name")};
		g.name = r.Text("name");
		g.definition = r.Text("definition");
		g.enabled = CodeAt(r, "enabled", 'O');
		cat.triggers.emplace(std::make_pair(g.table, g.name), std::move(g));
	});
	EachRow(Require(rows, QueryId::kPolicies, "policies"), [&](const RowReader &r) {
		Policy p;
		p.table = {r.Text("schema"), r.Text("table_name")};
		p.name = r.Text("name");
		p.permissive = r.Bool("permissive");
		p.command = CodeAt(r, "command", '*');
		p.roles = ParseTextArray(r.Text("roles"));
		p.using_expr = r.Optional("using_expr");
		p.check_expr = r.Optional("check_expr");
		cat.policies.emplace(std::make_pair(p.table, p.name), std::move(p));
	});
	const RowSet &edges = Require(rows, QueryId::kDependencies, "dependencies");
	// One edge per row at most: reserved, since doubling the vector while it
	// grows cost up to three times its size at 20,000 tables.
	cat.dependencies.reserve(cat.dependencies.size() + edges.RowCount());
	EachRow(edges, [&](const RowReader &r) {
		DependencyEdge e{RefAt(r, "dep_"), RefAt(r, "ref_")};
		// A view's rule also points at the view's own columns; that is no edge.
		const bool view = e.dependent.kind == ObjectKind::kView ||
		                  e.dependent.kind == ObjectKind::kMaterializedView;
		if (view && e.referenced.schema == e.dependent.schema &&
		    e.referenced.name == e.dependent.name &&
		    (e.referenced.kind == e.dependent.kind || e.referenced.kind == ObjectKind::kColumn)) {
			return;
		}
		cat.dependencies.push_back(std::move(e));
	});
	EachRow(Require(rows, QueryId::kPrivileges, "privileges"), [&](const RowReader &r) {
		Privilege p;
		p.object = {KindFromName(r.Text("kind")), r.Text("schema"), r.Text("name"), r.Text("sub")};
		p.grantee = r.Text("grantee");
		p.privilege = r.Text("privilege");
		p.grantable = r.Bool("grantable");
		cat.privileges.push_back(std::move(p));
	});
}

void
BuildSequences(const CatalogRows &rows, Catalog &cat)
{
	// Current values, read afterwards for the sequences whose bounds change.
	std::map<std::string, std::optional<std::string>> values;
	if (auto v = rows.find(QueryId::kSequenceValues); v != rows.end()) {
		EachRow(v->second, [&](const RowReader &r) {
			values.emplace(r.Text("oid"), r.Optional("last_value"));
		});
	}
	EachRow(Require(rows, QueryId::kSequences, "sequences"), [&](const RowReader &r) {
		SequenceOptions o;
		o.data_type = r.Text("data_type");
		o.start = r.Text("start");
		o.increment = r.Text("increment");
		o.min_value = r.Text("min_value");
		o.max_value = r.Text("max_value");
		o.cache = r.Text("cache");
		o.cycle = r.Bool("cycle");
		QualifiedName id{r.Text("schema"), r.Text("name")};
		std::optional<ColumnRef> owner;
		if (r.Get("owner_column")) {
			owner =
			    ColumnRef{{r.Text("owner_schema"), r.Text("owner_table")}, r.Text("owner_column")};
		}
		if (r.Text("owner_deptype") == "i") {
			// Identity sequence: part of its column, not an object of its own.
			Table *t = owner ? FindTable(cat, owner->table) : nullptr;
			if (t == nullptr) {
				return;
			}
			for (auto &c : t->columns) {
				if (c.name == owner->column && c.identity) {
					c.identity->sequence = id;
					c.identity->data_type = o.data_type;
					c.identity->start = o.start;
					c.identity->increment = o.increment;
					c.identity->min_value = o.min_value;
					c.identity->max_value = o.max_value;
					c.identity->cache = o.cache;
					c.identity->cycle = o.cycle;
				}
			}
			return;
		}
		Sequence s;
		s.id = id;
		s.options = o;
		s.unlogged = r.Text("persistence") == "u";
		s.owned_by = owner;
		if (auto v = values.find(r.Text("oid")); v != values.end()) {
			s.last_value = v->second;
		}
		cat.sequences.emplace(s.id, std::move(s));
	});
}

/// Storage parameters, replica identity (kTableOptions), after the tables.
void
BuildTableOptions(const CatalogRows &rows, Catalog &cat)
{
	EachRow(Require(rows, QueryId::kTableOptions, "table options"), [&](const RowReader &r) {
		Table *t = FindTable(cat, {r.Text("schema"), r.Text("name")});
		if (t == nullptr) {
			return;
		}
		for (const char *column : {"options", "toast_options"}) {
			for (const auto &option : ParseTextArray(r.Text(column))) {
				const auto eq = option.find('=');
				const std::string name = option.substr(0, eq);
				t->storage_options[name] = eq == std::string::npos ? "" : option.substr(eq + 1);
				t->storage_order.push_back(name);
			}
		}
		t->replica_identity = CodeAt(r, "replica_identity", 'd');
		t->replica_index = r.Text("replica_index");
		t->cluster_index = r.Optional("cluster_index").value_or("");
	});
}

/// The options of one kColumnOptions / kRelationColumnOptions row.
ColumnOptions
ColumnOptionsOf(const RowReader &r)
{
	ColumnOptions o;
	o.statistics = r.Optional("statistics");
	if (r.Get("storage")) {
		o.storage = CodeAt(r, "storage", 'x');
	}
	o.type_storage = CodeAt(r, "type_storage", 'x');
	o.compression = r.Optional("compression");
	o.options = ParseTextArray(r.Text("options"));
	return o;
}

/// Per-column statistics target, storage, compression and attribute options
/// (kColumnOptions), after the tables' columns; those of materialized views,
/// foreign tables and indexes (kRelationColumnOptions).
void
BuildColumnOptions(const CatalogRows &rows, Catalog &cat)
{
	EachRow(
	    Require(rows, QueryId::kRelationColumnOptions, "column settings of views and indexes"),
	    [&](const RowReader &r) {
		    RelationColumnOptions o;
		    o.relkind = CodeAt(r, "relkind", 'm');
		    o.table_name = r.Text("table_name");
		    o.attnum = r.Text("attnum");
		    o.options = ColumnOptionsOf(r);
		    cat.relation_column_options.emplace(
		        std::make_pair(QualifiedName{r.Text("schema"), r.Text("relation")}, r.Text("name")),
		        std::move(o));
	    });
	EachRow(Require(rows, QueryId::kColumnOptions, "column options"), [&](const RowReader &r) {
		Table *t = FindTable(cat, {r.Text("schema"), r.Text("table_name")});
		if (t == nullptr) {
			return;
		}
		const std::string name = r.Text("name");
		for (auto &c : t->columns) {
			if (c.name != name) {
				continue;
			}
			c.options = ColumnOptionsOf(r);
			return;
		}
	});
}

/// Extended statistics (kStatistics).
void
BuildStatistics(const CatalogRows &rows, Catalog &cat)
{
	EachRow(Require(rows, QueryId::kStatistics, "extended statistics"), [&](const RowReader &r) {
		ExtendedStatistics s;
		s.id = {r.Text("schema"), r.Text("name")};
		s.table = {r.Text("table_schema"), r.Text("table_name")};
		s.definition = r.Text("definition");
		s.statistics = r.Optional("statistics");
		cat.statistics.emplace(s.id, std::move(s));
	});
}

/// Default privileges and the roles of the cluster.
void
BuildDefaultAcls(const CatalogRows &rows, Catalog &cat)
{
	EachRow(
	    Require(rows, QueryId::kDefaultPrivileges, "default privileges"), [&](const RowReader &r) {
		    const char object_type = CodeAt(r, "object_type", 'r');
		    AclGrants *grants = nullptr;
		    if (r.Text("source") == "builtin") {
			    grants = &cat.default_acls.builtin[object_type];
		    } else {
			    grants = &cat.default_acls.entries[{r.Text("role"), r.Text("schema"), object_type}];
		    }
		    if (r.Get("privilege")) { // NULL: an entry that grants nothing
			    (*grants)[{r.Text("grantee"), r.Text("privilege")}] = r.Bool("grantable");
		    }
	    });
	EachRow(Require(rows, QueryId::kRoles, "roles"), [&](const RowReader &r) {
		cat.roles.insert(r.Text("name"));
		if (r.Bool("is_current_user")) {
			cat.current_role = r.Text("name");
		}
	});
}

} // namespace

std::vector<std::string>
SequencesWithNewBounds(const CatalogRows &have, const CatalogRows &want)
{
	std::map<std::pair<std::string, std::string>, std::pair<std::string, std::string>> bounds;
	EachRow(Require(want, QueryId::kSequences, "sequences"), [&](const RowReader &r) {
		bounds.emplace(std::make_pair(r.Text("schema"), r.Text("name")),
		               std::make_pair(r.Text("min_value"), r.Text("max_value")));
	});
	std::vector<std::string> out;
	EachRow(Require(have, QueryId::kSequences, "sequences"), [&](const RowReader &r) {
		auto it = bounds.find(std::make_pair(r.Text("schema"), r.Text("name")));
		if (it != bounds.end() &&
		    it->second != std::make_pair(r.Text("min_value"), r.Text("max_value"))) {
			out.push_back(r.Text("oid"));
		}
	});
	return out;
}

void
CheckColumns(QueryId id, const std::vector<std::string> &names)
{
	std::vector<std::string> expected;
	std::string item;
	for (const char *p = ExpectedColumns(id);; ++p) {
		if (*p == ',' || *p == '\0') {
			expected.push_back(item);
			item.clear();
			if (*p == '\0') {
				break;
			}
		} else {
			item.push_back(*p);
		}
	}
	if (names == expected) {
		return;
	}
	std::string got;
	for (const auto &n : names) {
		got += (got.empty() ? "" : ",") + n;
	}
	const CatalogQuery *q = FindQuery(id, kMaxServerVersion);
	throw Error(ErrorKind::kCatalogDrift,
	            std::string("catalog rows for ") + (q != nullptr ? q->name : "?") +
	                " do not have the expected columns",
	            "Expected " + std::string(ExpectedColumns(id)) + "; got " + got + ".");
}

namespace {

/// With `consume`, frees the rows of `ids`: their part of the model is built.
void
Release(CatalogRows *consume, std::initializer_list<QueryId> ids)
{
	if (consume == nullptr) {
		return;
	}
	for (QueryId id : ids) {
		consume->erase(id);
	}
}

/// BuildCatalog; with `consume` (the map `rows` refers to), each query's rows
/// are freed as soon as its part of the model is built, so that one side's
/// rows and its whole model never coexist.
Catalog
BuildCatalogFrom(const CatalogRows &rows, int server_version, CatalogRows *consume)
{
	Catalog cat;
	cat.server_version = server_version;
	EachRow(Require(rows, QueryId::kSchemas, "schemas"), [&](const RowReader &r) {
		Schema s{r.Text("name")};
		cat.schemas.emplace(s.name, s);
	});
	EachRow(Require(rows, QueryId::kExtensions, "extensions"), [&](const RowReader &r) {
		Extension e{r.Text("name"), r.Text("schema"), r.Text("version"), r.Bool("relocatable")};
		cat.extensions.emplace(e.name, e);
	});
	EachRow(Require(rows, QueryId::kCollations, "collations"), [&](const RowReader &r) {
		Collation c;
		c.id = {r.Text("schema"), r.Text("name")};
		c.provider = r.Text("provider");
		c.deterministic = r.Bool("deterministic");
		c.lc_collate = r.Optional("lc_collate");
		c.lc_ctype = r.Optional("lc_ctype");
		c.locale = r.Optional("locale");
		c.icu_rules = r.Optional("icu_rules");
		if (c.provider == "i" && !c.locale) {
			// Before PostgreSQL 15 an ICU collation keeps its locale in collcollate.
			c.locale = c.lc_collate;
			c.lc_collate.reset();
			c.lc_ctype.reset();
		}
		cat.collations.emplace(c.id, std::move(c));
	});
	BuildTables(rows, cat);
	Release(consume, {QueryId::kTables, QueryId::kColumns, QueryId::kConstraints});
	BuildSequences(rows, cat);
	BuildDependents(rows, cat);
	Release(consume, {QueryId::kViews, QueryId::kRoutines, QueryId::kTriggers, QueryId::kPolicies,
	                  QueryId::kDependencies, QueryId::kPrivileges});
	BuildStoredObjects(rows, cat);
	BuildIndexes(rows, cat);
	Release(consume, {QueryId::kIndexes});
	BuildTableOptions(rows, cat);
	BuildColumnOptions(rows, cat);
	BuildStatistics(rows, cat);
	BuildDefaultAcls(rows, cat);
	EachRow(Require(rows, QueryId::kEnums, "enum types"), [&](const RowReader &r) {
		EnumType e;
		e.id = {r.Text("schema"), r.Text("name")};
		e.labels = ParseTextArray(r.Text("labels"));
		cat.enums.emplace(e.id, std::move(e));
	});
	EachRow(Require(rows, QueryId::kDomains, "domains"), [&](const RowReader &r) {
		Domain d;
		d.id = {r.Text("schema"), r.Text("name")};
		d.base_type = r.Text("base_type");
		d.not_null = r.Bool("not_null");
		d.default_expr = r.Optional("default_expr");
		if (r.Get("collation_name")) {
			d.collation = QualifiedName{r.Text("collation_schema"), r.Text("collation_name")};
		}
		const std::vector<std::string> names = ParseTextArray(r.Text("constraint_names"));
		const std::vector<std::string> defs = ParseTextArray(r.Text("constraint_defs"));
		if (names.size() != defs.size()) {
			throw Error(ErrorKind::kCatalogDrift,
			            "domain constraints have mismatched name and definition lists");
		}
		for (std::size_t i = 0; i < names.size(); ++i) {
			d.checks.emplace(names[i], defs[i]);
		}
		cat.domains.emplace(d.id, std::move(d));
	});
	EachRow(Require(rows, QueryId::kComposites, "composite types"), [&](const RowReader &r) {
		const QualifiedName id{r.Text("schema"), r.Text("name")};
		CompositeType &c = cat.composites[id];
		c.id = id;
		if (!r.Get("attribute")) {
			return; // no attributes
		}
		Attribute a;
		a.name = r.Text("attribute");
		a.type = r.Text("type");
		if (r.Get("collation_name")) {
			a.collation = QualifiedName{r.Text("collation_schema"), r.Text("collation_name")};
		}
		c.attributes.push_back(std::move(a));
	});
	EachRow(Require(rows, QueryId::kComments, "comments"), [&](const RowReader &r) {
		cat.comments.emplace(ObjectRef{KindFromName(r.Text("kind")), r.Text("schema"),
		                               r.Text("name"), r.Text("sub")},
		                     r.Text("description"));
	});
	Release(consume, {QueryId::kComments});
	EachRow(Require(rows, QueryId::kOwners, "owners"), [&](const RowReader &r) {
		cat.owners.emplace(ObjectRef{KindFromName(r.Text("kind")), r.Text("schema"), r.Text("name"),
		                             r.Text("sub")},
		                   ObjectOwner{r.Text("owner"), r.Text("sql_kind"), r.Bool("linked")});
	});
	Release(consume, {QueryId::kOwners});
	BuildPublications(Require(rows, QueryId::kPublications, "publications"),
	                  Require(rows, QueryId::kPublicationObjects, "publication tables"), cat);
	BuildTextSearch(Require(rows, QueryId::kTextSearchDictionaries, "text search dictionaries"),
	                Require(rows, QueryId::kTextSearchConfigurations, "text search configurations"),
	                cat);
	BuildForeignDataWrappers(Require(rows, QueryId::kForeignDataWrappers, "foreign-data wrappers"),
	                         cat);
	BuildForeign(Require(rows, QueryId::kForeignServers, "foreign servers"),
	             Require(rows, QueryId::kForeignTables, "foreign tables"), cat);
	EachRow(Require(rows, QueryId::kViewColumnDefaults, "view column defaults"),
	        [&](const RowReader &r) {
		        cat.view_defaults.emplace(
		            std::make_pair(QualifiedName{r.Text("schema"), r.Text("view_name")},
		                           r.Text("column_name")),
		            r.Text("default_expr"));
	        });
	EachRow(Require(rows, QueryId::kCloneTriggerStates, "partition trigger states"),
	        [&](const RowReader &r) {
		        cat.clone_trigger_states.emplace(
		            std::make_pair(QualifiedName{r.Text("schema"), r.Text("table_name")},
		                           r.Text("name")),
		            CodeAt(r, "enabled", 'O'));
	        });
	EachRow(Require(rows, QueryId::kAccessMethods, "table access methods"),
	        [&](const RowReader &r) {
		        cat.access_methods.emplace(
		            QualifiedName{r.Text("schema"), r.Text("name")},
		            std::make_pair(CodeAt(r, "relkind", 'r'), r.Text("access_method")));
	        });
	EachRow(Require(rows, QueryId::kCastPaths, "casts between types"),
	        [&](const RowReader &r) { cat.casts.emplace(r.Text("source"), r.Text("target")); });
	BuildLongTail(Require(rows, QueryId::kLongTail, "operators, base types, casts, languages"),
	              cat);
	BuildSystemPrivileges(Require(rows, QueryId::kSystemPrivileges, "privileges on system objects"),
	                      cat);
	BuildUserMappings(Require(rows, QueryId::kUserMappings, "user mappings"), cat);
	BuildSubscriptions(Require(rows, QueryId::kSubscriptions, "subscriptions"), cat);
	// Objects not migrated, and settings of migrated objects not carried
	// over: one list, reported alike.
	const auto add_unsupported = [&](const RowReader &r) {
		cat.unsupported.push_back(
		    {r.Text("kind"), r.Text("schema"), r.Text("identity"), r.Text("signature")});
	};
	EachRow(Require(rows, QueryId::kUnsupported, "unsupported objects"), add_unsupported);
	EachRow(Require(rows, QueryId::kUnsupportedSettings, "unsupported settings"), add_unsupported);
	if (consume != nullptr) {
		consume->clear();
	}
	return cat;
}

} // namespace

Catalog
BuildCatalog(const CatalogRows &rows, int server_version)
{
	return BuildCatalogFrom(rows, server_version, nullptr);
}

Catalog
BuildCatalogConsuming(CatalogRows &rows, int server_version)
{
	return BuildCatalogFrom(rows, server_version, &rows);
}

} // namespace pgschemadiff

// cross_version.cpp — see cross_version.hpp.
// Layer: core/catalog.
#include "core/catalog/cross_version.hpp"

#include <map>
#include <tuple>
#include <utility>

namespace pgschemadiff {
namespace {

/// First server version with a privilege, as aclexplode spells it.
struct VersionedPrivilege {
	const char *name;
	int since;
};
constexpr VersionedPrivilege kVersionedPrivileges[] = {
    {"MAINTAIN", 170000}, // pg_maintain / GRANT MAINTAIN, PostgreSQL 17
};

bool
KnownOn(const std::string &privilege, int version)
{
	for (const auto &p : kVersionedPrivileges) {
		if (privilege == p.name) {
			return version >= p.since;
		}
	}
	return true;
}

using ViewKey = std::tuple<std::string, std::string, std::string>; // schema, name, relkind

const std::string &
TextOf(const Cell &cell)
{
	static const std::string kEmpty;
	return cell.has_value() ? *cell : kEmpty;
}

/// Row `r` of `set` as cells (copies; the rows are kept compactly).
std::vector<Cell>
RowAt(const RowSet &set, std::size_t r)
{
	std::vector<Cell> out;
	out.reserve(set.Columns().size());
	for (std::size_t c = 0; c < set.Columns().size(); ++c) {
		out.push_back(set.CellAt(r, c));
	}
	return out;
}

/// Indexes both sides have whose texts agree up to USING (same kind, name,
/// table) and differ after it.
void
AddIndexItems(const CatalogRows &local, const CatalogRows &remote, std::vector<ReparseItem> *out)
{
	auto l = local.find(QueryId::kIndexes);
	auto r = remote.find(QueryId::kIndexes);
	if (l == local.end() || r == remote.end()) {
		return;
	}
	const RowSet &ls = l->second;
	const RowSet &rs = r->second;
	const std::size_t l_schema = ls.ColumnIndex("schema"), l_table = ls.ColumnIndex("table_name"),
	                  l_name = ls.ColumnIndex("name"), l_def = ls.ColumnIndex("definition");
	const std::size_t r_schema = rs.ColumnIndex("schema"), r_table = rs.ColumnIndex("table_name"),
	                  r_name = rs.ColumnIndex("name"), r_def = rs.ColumnIndex("definition");
	std::map<ViewKey, Cell> local_defs;
	for (std::size_t lr = 0; lr < ls.RowCount(); ++lr) {
		const auto row = RowAt(ls, lr);
		local_defs.emplace(
		    ViewKey{TextOf(row[l_schema]), TextOf(row[l_table]), TextOf(row[l_name])}, row[l_def]);
	}
	for (std::size_t i = 0; i < rs.RowCount(); ++i) {
		const auto row = RowAt(rs, i);
		auto it = local_defs.find(
		    ViewKey{TextOf(row[r_schema]), TextOf(row[r_table]), TextOf(row[r_name])});
		if (it == local_defs.end() || !row[r_def].has_value() || !it->second.has_value() ||
		    *row[r_def] == *it->second) {
			continue;
		}
		const std::string &remote_def = *row[r_def];
		const std::string &local_def = *it->second;
		// The texts agree up to their first difference; the USING that ends
		// the common part splits "CREATE INDEX name ON table" from the rest.
		std::size_t common = 0;
		while (common < remote_def.size() && common < local_def.size() &&
		       remote_def[common] == local_def[common]) {
			++common;
		}
		const std::size_t tail = IndexTailStart(local_def, common);
		if (tail == std::string::npos || tail > common) {
			continue; // they differ before USING: another index, not another print
		}
		ReparseItem item;
		item.kind = ReparseKind::kIndex;
		item.query = QueryId::kIndexes;
		item.row = i;
		item.text = remote_def.substr(tail);
		item.tail = tail;
		item.table_schema = TextOf(row[r_schema]);
		item.table_name = TextOf(row[r_table]);
		item.definition = remote_def;
		item.local_definition = local_def;
		out->push_back(std::move(item));
	}
}

/// The condition of a CHECK constraint's pg_get_constraintdef text and what
/// follows it (" NO INHERIT", " NOT VALID"); false when it is no CHECK.
bool
SplitCheck(const std::string &definition, std::string *condition, std::string *suffix)
{
	static const std::string kPrefix = "CHECK (";
	if (definition.compare(0, kPrefix.size(), kPrefix) != 0) {
		return false;
	}
	std::string rest = definition;
	suffix->clear();
	for (const std::string tail : {" NOT VALID", " NO INHERIT"}) {
		if (rest.size() > tail.size() &&
		    rest.compare(rest.size() - tail.size(), tail.size(), tail) == 0) {
			*suffix = tail + *suffix;
			rest.resize(rest.size() - tail.size());
		}
	}
	if (rest.size() < kPrefix.size() + 1 || rest.back() != ')') {
		return false;
	}
	*condition = rest.substr(kPrefix.size(), rest.size() - kPrefix.size() - 1);
	return true;
}

/// Items for the expressions in `column` of query `id` that both sides have
/// (same schema, table_name and `name_column`) and print differently. With
/// `check`, the cells are constraint definitions: only CHECKs, compared by
/// their conditions (what follows them must be equal).
void
AddExpressionItems(const CatalogRows &local, const CatalogRows &remote, QueryId id,
                   const char *name_column, const char *column, bool check,
                   std::vector<ReparseItem> *out)
{
	auto l = local.find(id);
	auto r = remote.find(id);
	if (l == local.end() || r == remote.end()) {
		return;
	}
	const RowSet &ls = l->second;
	const RowSet &rs = r->second;
	const std::size_t l_schema = ls.ColumnIndex("schema"), l_table = ls.ColumnIndex("table_name"),
	                  l_name = ls.ColumnIndex(name_column), l_expr = ls.ColumnIndex(column);
	const std::size_t r_schema = rs.ColumnIndex("schema"), r_table = rs.ColumnIndex("table_name"),
	                  r_name = rs.ColumnIndex(name_column), r_expr = rs.ColumnIndex(column);
	std::map<ViewKey, std::string> local_exprs;
	for (std::size_t lr = 0; lr < ls.RowCount(); ++lr) {
		const Cell expr = ls.CellAt(lr, l_expr);
		if (expr.has_value()) {
			local_exprs.emplace(ViewKey{TextOf(ls.CellAt(lr, l_schema)),
			                            TextOf(ls.CellAt(lr, l_table)),
			                            TextOf(ls.CellAt(lr, l_name))},
			                    *expr);
		}
	}
	for (std::size_t i = 0; i < rs.RowCount(); ++i) {
		const Cell expr = rs.CellAt(i, r_expr);
		if (!expr.has_value()) {
			continue;
		}
		const std::string schema = TextOf(rs.CellAt(i, r_schema));
		const std::string table = TextOf(rs.CellAt(i, r_table));
		auto it = local_exprs.find(ViewKey{schema, table, TextOf(rs.CellAt(i, r_name))});
		if (it == local_exprs.end() || it->second == *expr) {
			continue;
		}
		ReparseItem item;
		item.kind = ReparseKind::kExpression;
		item.query = id;
		item.row = i;
		item.column = column;
		item.table_schema = schema;
		item.table_name = table;
		item.definition = *expr;
		item.local_definition = it->second;
		item.without_sql_syntax = true;
		if (check) {
			std::string remote_suffix, local_suffix;
			if (!SplitCheck(*expr, &item.text, &remote_suffix) ||
			    !SplitCheck(it->second, &item.local_text, &local_suffix) ||
			    remote_suffix != local_suffix) {
				continue;
			}
		} else {
			item.text = *expr;
			item.local_text = it->second;
		}
		out->push_back(std::move(item));
	}
}

} // namespace

std::size_t
IndexTailStart(const std::string &definition, std::size_t prefix_end)
{
	static const std::string kUsing = " USING ";
	std::size_t at;
	if (prefix_end == std::string::npos) {
		at = definition.find(kUsing);
	} else {
		if (prefix_end < kUsing.size()) {
			return std::string::npos;
		}
		at = definition.rfind(kUsing, prefix_end - kUsing.size());
	}
	return at == std::string::npos ? std::string::npos : at + kUsing.size();
}

bool
MajorsDiffer(int local_version, int remote_version)
{
	return local_version / 10000 != remote_version / 10000;
}

bool
LosesSqlSyntax(int local_version, int remote_version)
{
	constexpr int kSqlSyntaxKeptSince = 140000; // COERCE_SQL_SYNTAX
	return remote_version < kSqlSyntaxKeptSince && local_version >= kSqlSyntaxKeptSince;
}

std::vector<ReparseItem>
FindReparseItems(const CatalogRows &local, const CatalogRows &remote, int local_version,
                 int remote_version)
{
	std::vector<ReparseItem> out;
	if (!MajorsDiffer(local_version, remote_version)) {
		return out;
	}
	auto l = local.find(QueryId::kViews);
	auto r = remote.find(QueryId::kViews);
	if (l == local.end() || r == remote.end()) {
		return out;
	}
	const RowSet &ls = l->second;
	const RowSet &rs = r->second;
	const std::size_t l_schema = ls.ColumnIndex("schema"), l_name = ls.ColumnIndex("name"),
	                  l_kind = ls.ColumnIndex("relkind"), l_def = ls.ColumnIndex("definition");
	const std::size_t r_schema = rs.ColumnIndex("schema"), r_name = rs.ColumnIndex("name"),
	                  r_kind = rs.ColumnIndex("relkind"), r_def = rs.ColumnIndex("definition");
	std::map<ViewKey, Cell> local_defs;
	for (std::size_t lr = 0; lr < ls.RowCount(); ++lr) {
		const auto row = RowAt(ls, lr);
		local_defs.emplace(ViewKey{TextOf(row[l_schema]), TextOf(row[l_name]), TextOf(row[l_kind])},
		                   row[l_def]);
	}
	for (std::size_t i = 0; i < rs.RowCount(); ++i) {
		const auto row = RowAt(rs, i);
		auto it = local_defs.find(
		    ViewKey{TextOf(row[r_schema]), TextOf(row[r_name]), TextOf(row[r_kind])});
		if (it == local_defs.end() || !row[r_def].has_value() || !it->second.has_value() ||
		    *row[r_def] == *it->second) {
			continue;
		}
		ReparseItem item;
		item.kind = ReparseKind::kView;
		item.query = QueryId::kViews;
		item.row = i;
		item.text = *row[r_def];
		item.definition = *row[r_def];
		item.local_definition = *it->second;
		out.push_back(std::move(item));
	}
	AddIndexItems(local, remote, &out);
	if (LosesSqlSyntax(local_version, remote_version)) {
		for (auto &item : out) {
			item.without_sql_syntax = true;
			item.local_text = item.kind == ReparseKind::kIndex
			                      ? item.local_definition.substr(item.tail)
			                      : item.local_definition;
		}
		AddExpressionItems(local, remote, QueryId::kColumns, "name", "default_expr", false, &out);
		AddExpressionItems(local, remote, QueryId::kConstraints, "name", "definition", true, &out);
		AddExpressionItems(local, remote, QueryId::kPolicies, "name", "using_expr", false, &out);
		AddExpressionItems(local, remote, QueryId::kPolicies, "name", "check_expr", false, &out);
	}
	return out;
}

namespace {

/// Sets the item's cell of the remote row to the local definition, if the
/// row still holds the definition the item was made from.
bool
TakeLocalDefinition(CatalogRows &remote, const ReparseItem &item)
{
	auto it = remote.find(item.query);
	if (it == remote.end() || item.row >= it->second.RowCount()) {
		return false;
	}
	const std::size_t def = it->second.ColumnIndex(item.column);
	const Cell cell = it->second.CellAt(item.row, def);
	if (!cell.has_value() || *cell != item.definition) {
		return false; // not the row the item was made from
	}
	it->second.SetCell(item.row, def, item.local_definition);
	return true;
}

} // namespace

bool
ApplyReparsed(CatalogRows &remote, const ReparseItem &item, const std::string &reparsed)
{
	if (item.kind == ReparseKind::kView) {
		if (reparsed != item.local_definition) {
			return false;
		}
	} else if (item.kind == ReparseKind::kIndex) {
		// The adapter's temporary index and table have plain names: the
		// first USING of what it printed starts the part to compare.
		const std::size_t printed = IndexTailStart(reparsed, std::string::npos);
		const std::size_t tail = item.tail;
		if (printed == std::string::npos || tail == 0 || tail > item.definition.size() ||
		    tail > item.local_definition.size() ||
		    item.definition.compare(0, tail, item.local_definition, 0, tail) != 0 ||
		    reparsed.compare(printed, std::string::npos, item.local_definition, tail,
		                     std::string::npos) != 0) {
			return false;
		}
	} else {
		return false; // expressions are only compared without SQL syntax
	}
	return TakeLocalDefinition(remote, item);
}

bool
ApplyNormalized(CatalogRows &remote, const ReparseItem &item, const std::string &remote_text,
                const std::string &local_text)
{
	if (!item.without_sql_syntax || remote_text.empty() || remote_text != local_text) {
		return false;
	}
	return TakeLocalDefinition(remote, item);
}

std::vector<Diagnostic>
DropPrivilegesUnknownLocally(CatalogRows &remote, int local_version, int remote_version)
{
	std::vector<Diagnostic> out;
	if (!MajorsDiffer(local_version, remote_version)) {
		return out;
	}
	auto warn = [&](const std::string &what) {
		Diagnostic d;
		d.level = Diagnostic::Level::kWarning;
		d.message = "privilege not migrated: " + what;
		d.detail = "The remote server (version " + std::to_string(remote_version) +
		           ") has a privilege that this server (version " + std::to_string(local_version) +
		           ") does not know.";
		out.push_back(std::move(d));
	};
	auto p = remote.find(QueryId::kPrivileges);
	if (p != remote.end()) {
		RowSet &set = p->second;
		const std::size_t kind = set.ColumnIndex("kind"), schema = set.ColumnIndex("schema"),
		                  name = set.ColumnIndex("name"), sub = set.ColumnIndex("sub"),
		                  grantee = set.ColumnIndex("grantee"),
		                  privilege = set.ColumnIndex("privilege");
		set.KeepRows([&](std::size_t r) {
			const auto row = RowAt(set, r);
			if (KnownOn(TextOf(row[privilege]), local_version)) {
				return true;
			}
			// The query leaves out the owner's own privileges: this is a grant.
			std::string object = TextOf(row[kind]) + " \"" + TextOf(row[schema]) + "\".\"" +
			                     TextOf(row[name]) + "\"";
			if (!TextOf(row[sub]).empty()) {
				object += " (" + TextOf(row[sub]) + ")";
			}
			warn(TextOf(row[privilege]) + " on " + object + " to " + TextOf(row[grantee]));
			return false;
		});
	}
	auto d = remote.find(QueryId::kDefaultPrivileges);
	if (d != remote.end()) {
		RowSet &set = d->second;
		const std::size_t source = set.ColumnIndex("source"), role = set.ColumnIndex("role"),
		                  schema = set.ColumnIndex("schema"),
		                  object_type = set.ColumnIndex("object_type"),
		                  grantee = set.ColumnIndex("grantee"),
		                  privilege = set.ColumnIndex("privilege");
		set.KeepRows([&](std::size_t r) {
			const auto row = RowAt(set, r);
			if (!row[privilege].has_value() || KnownOn(*row[privilege], local_version)) {
				return true;
			}
			// Built-in defaults and a role's own default grants carry it on 17+.
			const bool own =
			    TextOf(row[source]) == "builtin" || TextOf(row[grantee]) == TextOf(row[role]);
			if (!own) {
				warn("default " + TextOf(row[privilege]) + " on objects of type " +
				     TextOf(row[object_type]) + " created by " + TextOf(row[role]) +
				     (TextOf(row[schema]).empty() ? "" : " in schema " + TextOf(row[schema])) +
				     " to " + TextOf(row[grantee]));
			}
			return false;
		});
	}
	return out;
}

} // namespace pgschemadiff

namespace pgschemadiff {

std::vector<Diagnostic>
NoteFeaturesUnknownLocally(const CatalogRows &remote, int local_version, int remote_version)
{
	constexpr int kVirtualColumnsSince = 180000;
	std::vector<Diagnostic> out;
	if (!MajorsDiffer(local_version, remote_version) || local_version >= kVirtualColumnsSince) {
		return out;
	}
	auto c = remote.find(QueryId::kColumns);
	if (c == remote.end()) {
		return out;
	}
	const RowSet &set = c->second;
	const std::size_t schema = set.ColumnIndex("schema"), table = set.ColumnIndex("table_name"),
	                  name = set.ColumnIndex("name"), generated = set.ColumnIndex("generated");
	for (std::size_t r = 0; r < set.RowCount(); ++r) {
		const auto row = RowAt(set, r);
		if (TextOf(row[generated]) != "v") {
			continue;
		}
		Diagnostic d;
		d.level = Diagnostic::Level::kWarning;
		d.message = "virtual generated column \"" + TextOf(row[schema]) + "\".\"" +
		            TextOf(row[table]) + "\".\"" + TextOf(row[name]) +
		            "\" of the remote is compared and created as a stored one";
		d.detail = "This server (version " + std::to_string(local_version) +
		           ") has no virtual generated columns; the remote (version " +
		           std::to_string(remote_version) + ") does.";
		out.push_back(std::move(d));
	}
	return out;
}

} // namespace pgschemadiff

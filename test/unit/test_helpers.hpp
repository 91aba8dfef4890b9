// test_helpers.hpp — builds catalogs from compact recorded rows for unit tests.
#pragma once

#include "core/catalog/builder.hpp"
#include "core/migration.hpp"

#include <initializer_list>
#include <string>
#include <vector>

namespace pgschemadiff::test {

/// Column names and rows for one query; "\\N" stands for NULL.
struct Rows {
	std::vector<std::string> columns;
	std::vector<std::vector<std::string>> rows;
};

inline RowSet
MakeRowSet(const Rows &r)
{
	RowSet set(r.columns);
	for (const auto &row : r.rows) {
		std::vector<Cell> cells;
		for (const auto &v : row) {
			if (v == "\\N") {
				cells.emplace_back(std::nullopt);
			} else {
				cells.emplace_back(v);
			}
		}
		set.AddRow(std::move(cells));
	}
	return set;
}

/// An empty database: every query present with its columns, no rows.
CatalogRows EmptyRows();

/// Builders for the common rows (schema public is always there).
struct CatalogBuilder {
	CatalogRows rows = EmptyRows();
	CatalogBuilder &Schema(const std::string &name);
	/// Storage parameters and replica identity of a table (kTableOptions):
	/// options as array literals ("{fillfactor=70}", toast ones "{toast.x=1}").
	CatalogBuilder &TableOptions(const std::string &schema, const std::string &name,
	                             const std::string &options,
	                             const std::string &toast_options = "{}",
	                             const std::string &replica_identity = "d",
	                             const std::string &replica_index = "\\N");
	/// One pg_default_acl grant; schema "" = global; grantee and privilege
	/// "\\N": an entry that grants nothing.
	CatalogBuilder &DefaultAcl(const std::string &role, const std::string &schema,
	                           const std::string &object_type, const std::string &grantee,
	                           const std::string &privilege, bool grantable = false);
	/// A role; `current`: the one reading the catalog (current_user).
	CatalogBuilder &Role(const std::string &name, bool current = false);
	CatalogBuilder &Table(const std::string &schema, const std::string &name,
	                      bool unlogged = false);
	/// A typed table (CREATE TABLE ... OF type_schema.type_name); its columns
	/// are added with Column as for any table.
	CatalogBuilder &TypedTable(const std::string &schema, const std::string &name,
	                           const std::string &type_schema, const std::string &type_name);
	/// type, not_null, default ("\\N"), identity ('' 'a' 'd'), generated ('' 's')
	CatalogBuilder &Column(const std::string &schema, const std::string &table,
	                       const std::string &name, const std::string &type, bool not_null = false,
	                       const std::string &default_expr = "\\N",
	                       const std::string &identity = "", const std::string &generated = "",
	                       const std::string &coll_schema = "\\N",
	                       const std::string &coll_name = "\\N");
	CatalogBuilder &Constraint(const std::string &schema, const std::string &table,
	                           const std::string &name, const std::string &type,
	                           const std::string &definition, const std::string &columns,
	                           const std::string &ref_schema = "\\N",
	                           const std::string &ref_table = "\\N", bool inherited = false,
	                           const std::string &ref_columns = "\\N");
	CatalogBuilder &Index(const std::string &schema, const std::string &table,
	                      const std::string &name, const std::string &definition,
	                      const std::string &columns, bool inherited = false);
	/// A partitioned table (key as pg_get_partkeydef prints it); with `bound`
	/// also a partition of `parent` (sub-partitioning).
	CatalogBuilder &Partitioned(const std::string &schema, const std::string &name,
	                            const std::string &key, const std::string &parent = "",
	                            const std::string &bound = "\\N");
	/// A plain partition of `parent`; bound as pg_get_expr(relpartbound) prints it.
	CatalogBuilder &Partition(const std::string &schema, const std::string &name,
	                          const std::string &parent, const std::string &bound);
	/// An inheritance child of `parents` (same schema), in inhseqno order.
	CatalogBuilder &Child(const std::string &schema, const std::string &name,
	                      const std::vector<std::string> &parents);
	/// A column inherited from a parent (attinhcount 1); `also_local`: attislocal too.
	CatalogBuilder &InheritedColumn(const std::string &schema, const std::string &table,
	                                const std::string &name, const std::string &type,
	                                bool not_null = false, bool also_local = false,
	                                const std::string &default_expr = "\\N");
	CatalogBuilder &Sequence(const std::string &schema, const std::string &name,
	                         const std::string &type = "bigint", const std::string &deptype = "\\N",
	                         const std::string &owner_table = "\\N",
	                         const std::string &owner_column = "\\N",
	                         const std::string &max = "9223372036854775807");
	CatalogBuilder &Enum(const std::string &schema, const std::string &name,
	                     const std::string &labels);
	CatalogBuilder &Extension(const std::string &name, const std::string &schema,
	                          const std::string &version);
	CatalogBuilder &Collation(const std::string &schema, const std::string &name,
	                          const std::string &provider, const std::string &locale);
	/// relkind 'v' or 'm'; columns "name type, ..." as the views query returns them.
	CatalogBuilder &View(const std::string &schema, const std::string &name,
	                     const std::string &definition, const std::string &columns,
	                     const std::string &relkind = "v", const std::string &options = "");
	/// kind 'f' or 'p'; `definition` is what pg_get_functiondef returns.
	CatalogBuilder &Routine(const std::string &schema, const std::string &name,
	                        const std::string &args, const std::string &result,
	                        const std::string &definition, const std::string &kind = "f");
	CatalogBuilder &Trigger(const std::string &schema, const std::string &table,
	                        const std::string &name, const std::string &definition,
	                        const std::string &enabled = "O");
	CatalogBuilder &Policy(const std::string &schema, const std::string &table,
	                       const std::string &name, const std::string &command,
	                       const std::string &roles, const std::string &using_expr);
	/// One pg_depend edge: kind, schema, name, sub of each end.
	CatalogBuilder &Depends(const std::vector<std::string> &dependent,
	                        const std::vector<std::string> &referenced);
	CatalogBuilder &RowSecurity(const std::string &schema, const std::string &name, bool force);
	/// One privilege: object (kind, schema, name, sub), grantee ("public" = PUBLIC).
	CatalogBuilder &Grant(const std::vector<std::string> &object, const std::string &grantee,
	                      const std::string &privilege, bool grantable = false);
	/// A domain; constraints as two array literals (names, definitions), same order.
	CatalogBuilder &Domain(const std::string &schema, const std::string &name,
	                       const std::string &base_type, bool not_null = false,
	                       const std::string &default_expr = "\\N",
	                       const std::string &constraint_names = "{}",
	                       const std::string &constraint_defs = "{}");
	/// A composite type with (attribute, type) pairs in order.
	CatalogBuilder &Composite(const std::string &schema, const std::string &name,
	                          const std::vector<std::pair<std::string, std::string>> &attributes);
	/// COMMENT ON object (kind, schema, name, sub) IS text.
	CatalogBuilder &Comment(const std::vector<std::string> &object, const std::string &text);
	CatalogBuilder &Unsupported(const std::string &kind, const std::string &schema,
	                            const std::string &identity, const std::string &signature);
	/// Any query's row, cells in ExpectedColumns order ("\\N" = NULL).
	CatalogBuilder &Row(QueryId id, std::vector<std::string> values);
	Catalog Build() const { return BuildCatalog(rows, 150000); }
};

/// The SQL of every change, in order.
std::vector<std::string> Sql(const DiffResult &r);
DiffResult DiffOf(const CatalogBuilder &from, const CatalogBuilder &to, DiffOptions o = {});

} // namespace pgschemadiff::test

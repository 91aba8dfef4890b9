// builder_test.cpp — recorded catalog rows -> model.
#include "core/catalog/builder.hpp"

#include "test_support.hpp"

#include <gtest/gtest.h>

namespace pgschemadiff {
namespace {

using test::AppendNamed;
using test::CatalogBuilder;
using test::ThrownKind;

const Table &
TableAt(const Catalog &cat, const std::string &schema, const std::string &name)
{
	auto it = cat.tables.find({schema, name});
	if (it == cat.tables.end()) {
		throw std::runtime_error("no table " + schema + "." + name);
	}
	return it->second;
}

TEST(BuildCatalog, TablesColumnsConstraintsAndIndexesAreRead)
{
	CatalogBuilder b;
	b.Schema("app")
	    .Table("app", "orders")
	    .Column("app", "orders", "id", "bigint", true)
	    .Column("app", "orders", "note", "text", false, "'none'::text")
	    .Constraint("app", "orders", "orders_pkey", "p", "PRIMARY KEY (id)", "{id}")
	    .Index("app", "orders", "orders_note_idx",
	           "CREATE INDEX orders_note_idx ON app.orders USING btree (note)", "{note}");
	const Catalog cat = b.Build();
	EXPECT_EQ(cat.schemas.count("app"), 1u);
	EXPECT_EQ(cat.schemas.count("public"), 1u);
	const Table &t = TableAt(cat, "app", "orders");
	ASSERT_EQ(t.columns.size(), 2u);
	EXPECT_EQ(t.columns[0].name, "id");
	EXPECT_EQ(t.columns[0].type, "bigint");
	EXPECT_TRUE(t.columns[0].not_null);
	EXPECT_FALSE(t.columns[0].default_expr.has_value());
	EXPECT_EQ(t.columns[1].default_expr, std::optional<std::string>("'none'::text"));
	ASSERT_EQ(t.constraints.count("orders_pkey"), 1u);
	const Constraint &pk = t.constraints.at("orders_pkey");
	EXPECT_EQ(pk.type, ConstraintType::kPrimaryKey);
	EXPECT_EQ(pk.definition, "PRIMARY KEY (id)");
	EXPECT_EQ(pk.columns, std::set<std::string>{"id"});
	ASSERT_EQ(t.indexes.count("orders_note_idx"), 1u);
	EXPECT_EQ(t.indexes.at("orders_note_idx").columns, std::set<std::string>{"note"});
}

TEST(BuildCatalog, ConsumingBuildsTheSameModelAndFreesTheRows)
{
	CatalogBuilder b;
	b.Schema("app")
	    .Table("app", "orders")
	    .Column("app", "orders", "id", "bigint", true)
	    .Column("app", "orders", "note", "text", false, "'none'::text")
	    .Constraint("app", "orders", "orders_pkey", "p", "PRIMARY KEY (id)", "{id}")
	    .Index("app", "orders", "orders_note_idx",
	           "CREATE INDEX orders_note_idx ON app.orders USING btree (note)", "{note}");
	const Catalog kept = b.Build();
	CatalogRows rows = b.rows;
	ASSERT_FALSE(rows.empty());
	const Catalog consumed = BuildCatalogConsuming(rows, 150000);
	EXPECT_TRUE(rows.empty());
	EXPECT_EQ(consumed.schemas.size(), kept.schemas.size());
	ASSERT_EQ(consumed.tables.size(), 1u);
	const Table &a = TableAt(kept, "app", "orders");
	const Table &c = TableAt(consumed, "app", "orders");
	EXPECT_EQ(c.columns, a.columns);
	EXPECT_EQ(c.constraints, a.constraints);
	EXPECT_EQ(c.indexes, a.indexes);
	EXPECT_EQ(consumed.dependencies.size(), kept.dependencies.size());
}

TEST(BuildCatalog, ForeignKeyRemembersReferencedTable)
{
	CatalogBuilder b;
	b.Table("public", "parent")
	    .Table("public", "child")
	    .Column("public", "child", "parent_id", "integer")
	    .Constraint("public", "child", "child_parent_fkey", "f",
	                "FOREIGN KEY (parent_id) REFERENCES public.parent(id)", "{parent_id}", "public",
	                "parent");
	const Catalog cat = b.Build();
	const Constraint &fk = TableAt(cat, "public", "child").constraints.at("child_parent_fkey");
	EXPECT_EQ(fk.type, ConstraintType::kForeignKey);
	ASSERT_TRUE(fk.references.has_value());
	EXPECT_EQ(*fk.references, (QualifiedName{"public", "parent"}));
}

TEST(BuildCatalog, IdentitySequenceAttachedToColumnNotListed)
{
	CatalogBuilder b;
	b.Table("public", "t")
	    .Column("public", "t", "id", "integer", true, "\\N", "a")
	    .Sequence("public", "t_id_seq", "integer", "i", "t", "id", "2147483647");
	const Catalog cat = b.Build();
	EXPECT_TRUE(cat.sequences.empty());
	const Column &c = TableAt(cat, "public", "t").columns.at(0);
	ASSERT_TRUE(c.identity.has_value());
	EXPECT_EQ(c.identity->kind, 'a');
	EXPECT_EQ(c.identity->sequence, (QualifiedName{"public", "t_id_seq"}));
	EXPECT_EQ(c.identity->data_type, "integer");
	EXPECT_EQ(c.identity->max_value, "2147483647");
	EXPECT_EQ(c.identity->increment, "1");
}

TEST(BuildCatalog, SerialSequenceListedWithOwner)
{
	CatalogBuilder b;
	b.Table("public", "t")
	    .Column("public", "t", "id", "integer", true, "nextval('public.t_id_seq'::regclass)")
	    .Sequence("public", "t_id_seq", "integer", "a", "t", "id", "2147483647")
	    .Sequence("public", "free_seq");
	const Catalog cat = b.Build();
	ASSERT_EQ(cat.sequences.size(), 2u);
	const Sequence &serial = cat.sequences.at({"public", "t_id_seq"});
	ASSERT_TRUE(serial.owned_by.has_value());
	EXPECT_EQ(*serial.owned_by, (ColumnRef{{"public", "t"}, "id"}));
	EXPECT_EQ(serial.options.data_type, "integer");
	EXPECT_FALSE(cat.sequences.at({"public", "free_seq"}).owned_by.has_value());
	EXPECT_FALSE(TableAt(cat, "public", "t").columns.at(0).identity.has_value());
}

TEST(BuildCatalog, GeneratedColumnKeepsExpressionOutsideDefault)
{
	CatalogBuilder b;
	b.Table("public", "t")
	    .Column("public", "t", "a", "integer")
	    .Column("public", "t", "b", "integer", false, "(a * 2)", "", "s");
	const Catalog cat = b.Build();
	const Column &c = TableAt(cat, "public", "t").columns.at(1);
	EXPECT_EQ(c.generated_expr, std::optional<std::string>("(a * 2)"));
	EXPECT_FALSE(c.default_expr.has_value());
}

TEST(BuildCatalog, IcuLocaleBefore15MovedFromLcCollate)
{
	// PostgreSQL 13-14: the collations query returns NULL for locale and the
	// ICU locale in collcollate/collctype.
	CatalogBuilder b;
	AppendNamed(b.rows, QueryId::kCollations,
	            {{"schema", "public"},
	             {"name", "ci"},
	             {"provider", "i"},
	             {"deterministic", "false"},
	             {"lc_collate", "und-u-ks-level2"},
	             {"lc_ctype", "und-u-ks-level2"}});
	AppendNamed(b.rows, QueryId::kCollations,
	            {{"schema", "public"},
	             {"name", "fr"},
	             {"provider", "c"},
	             {"deterministic", "true"},
	             {"lc_collate", "fr_FR.utf8"},
	             {"lc_ctype", "fr_FR.utf8"}});
	const Catalog cat = BuildCatalog(b.rows, 140000);
	const Collation &icu = cat.collations.at({"public", "ci"});
	EXPECT_EQ(icu.locale, std::optional<std::string>("und-u-ks-level2"));
	EXPECT_FALSE(icu.lc_collate.has_value());
	EXPECT_FALSE(icu.lc_ctype.has_value());
	EXPECT_FALSE(icu.deterministic);
	const Collation &libc = cat.collations.at({"public", "fr"});
	EXPECT_EQ(libc.lc_collate, std::optional<std::string>("fr_FR.utf8"));
	EXPECT_FALSE(libc.locale.has_value());
}

TEST(BuildCatalog, IcuCollationReadsTheSameOnEveryVersion)
{
	// The same collation read from PG 14 (locale in collcollate) and PG 15
	// (locale in colliculocale) must compare equal: no spurious diff.
	CatalogBuilder pg14;
	AppendNamed(pg14.rows, QueryId::kCollations,
	            {{"schema", "public"},
	             {"name", "ci"},
	             {"provider", "i"},
	             {"deterministic", "true"},
	             {"lc_collate", "und-u-ks-level2"},
	             {"lc_ctype", "und-u-ks-level2"}});
	CatalogBuilder pg15;
	pg15.Collation("public", "ci", "i", "und-u-ks-level2");
	const Catalog a = BuildCatalog(pg14.rows, 140000);
	const Catalog b = BuildCatalog(pg15.rows, 150000);
	EXPECT_TRUE(a.collations.at({"public", "ci"}) == b.collations.at({"public", "ci"}));
}

TEST(BuildCatalog, PartitionsAndInheritanceChildrenAreRead)
{
	CatalogBuilder b;
	b.Partitioned("public", "m", "RANGE (d)")
	    .Column("public", "m", "d", "date")
	    .Partition("public", "m1", "m", "FOR VALUES FROM ('2006-01-01') TO ('2006-02-01')")
	    .InheritedColumn("public", "m1", "d", "date")
	    .Constraint("public", "m1", "ck", "c", "CHECK ((d > '2000-01-01'::date))", "{d}", "\\N",
	                "\\N", true)
	    .Index("public", "m1", "m1_d_idx", "CREATE INDEX m1_d_idx ON public.m1 USING btree (d)",
	           "{d}", true)
	    .Table("public", "base")
	    .Table("public", "other")
	    .Child("public", "kid", {"base", "other"})
	    .InheritedColumn("public", "kid", "a", "integer", false, true);
	const Catalog cat = b.Build();
	EXPECT_EQ(TableAt(cat, "public", "m").partition_key, "RANGE (d)");
	const Table &m1 = TableAt(cat, "public", "m1");
	EXPECT_EQ(m1.parents, (std::vector<QualifiedName>{{"public", "m"}}));
	EXPECT_EQ(m1.partition_bound,
	          std::optional<std::string>("FOR VALUES FROM ('2006-01-01') TO ('2006-02-01')"));
	EXPECT_FALSE(m1.columns.at(0).local);
	EXPECT_EQ(m1.columns.at(0).inherited, 1);
	EXPECT_TRUE(m1.constraints.at("ck").inherited);
	EXPECT_TRUE(m1.indexes.at("m1_d_idx").inherited);
	const Table &kid = TableAt(cat, "public", "kid");
	EXPECT_EQ(kid.parents, (std::vector<QualifiedName>{{"public", "base"}, {"public", "other"}}));
	EXPECT_FALSE(kid.partition_bound.has_value());
	EXPECT_TRUE(kid.columns.at(0).local);
}

TEST(BuildCatalog, PartitionWithoutParentIsCatalogDrift)
{
	CatalogBuilder b;
	AppendNamed(b.rows, QueryId::kTables,
	            {{"schema", "public"},
	             {"name", "orphan"},
	             {"relkind", "r"},
	             {"persistence", "p"},
	             {"partition_bound", "DEFAULT"},
	             {"parent_schemas", "{}"},
	             {"parent_names", "{}"}});
	EXPECT_EQ(ThrownKind([&] { b.Build(); }), ErrorKind::kCatalogDrift);
}

TEST(BuildCatalog, UnloggedTableAndColumnCollation)
{
	CatalogBuilder b;
	b.Table("public", "t", true)
	    .Column("public", "t", "a", "text", false, "\\N", "", "", "public", "ci")
	    .Column("public", "t", "b", "text");
	const Catalog cat = b.Build();
	const Table &t = TableAt(cat, "public", "t");
	EXPECT_TRUE(t.unlogged);
	EXPECT_EQ(t.columns.at(0).collation,
	          std::optional<QualifiedName>(QualifiedName{"public", "ci"}));
	EXPECT_FALSE(t.columns.at(1).collation.has_value());
}

TEST(BuildCatalog, EnumLabelsKeepTheirOrder)
{
	CatalogBuilder b;
	b.Enum("public", "mood", R"({sad,"so, so",happy})");
	const Catalog cat = b.Build();
	const EnumType &e = cat.enums.at({"public", "mood"});
	EXPECT_EQ(e.labels, (std::vector<std::string>{"sad", "so, so", "happy"}));
}

TEST(BuildCatalog, RowWithWrongCellCountIsCatalogDrift)
{
	for (int k = 0; k < static_cast<int>(QueryId::kCount); ++k) {
		const QueryId id = static_cast<QueryId>(k);
		for (int delta : {-1, +1}) {
			CatalogRows rows = test::EmptyRows();
			RowSet &set = rows.at(id);
			std::vector<Cell> cells(set.Columns().size() + delta, Cell(std::string("x")));
			EXPECT_EQ(ThrownKind([&] { set.AddRow(cells); }), ErrorKind::kCatalogDrift)
			    << "query " << k << " delta " << delta;
			// cells that do not make whole rows (a reader cut short)
			for (std::size_t c = 0; c + 1 < set.Columns().size(); ++c) {
				set.AddCell("x", 1, false);
			}
			if (set.Columns().size() > 1) {
				EXPECT_EQ(ThrownKind([&] { BuildCatalog(rows, 150000); }),
				          ErrorKind::kCatalogDrift)
				    << "query " << k << " delta " << delta;
			}
		}
	}
}

TEST(BuildCatalog, MissingColumnIsCatalogDrift)
{
	CatalogRows rows = test::EmptyRows();
	rows[QueryId::kTables] = RowSet({"schema", "name", "relkind", "persistence", "is_child"});
	rows[QueryId::kTables].AddRow({std::string("public"), std::string("t"), std::string("r"),
	                               std::string("p"), std::string("false")});
	EXPECT_EQ(ThrownKind([&] { BuildCatalog(rows, 150000); }), ErrorKind::kCatalogDrift);
}

// builder.hpp promises that each result is checked for the columns its query
// promised; a drifted result that happens to be empty slips through.
TEST(BuildCatalog, MissingColumnIsCatalogDriftEvenWithoutRows)
{
	CatalogRows rows = test::EmptyRows();
	rows[QueryId::kTables] = RowSet({"schema", "name"});
	EXPECT_EQ(ThrownKind([&] { BuildCatalog(rows, 150000); }), ErrorKind::kCatalogDrift);
}

TEST(BuildCatalog, MissingQueryIsError)
{
	for (int k = 0; k < static_cast<int>(QueryId::kCount); ++k) {
		CatalogRows rows = test::EmptyRows();
		rows.erase(static_cast<QueryId>(k));
		const ErrorKind kind = ThrownKind([&] { BuildCatalog(rows, 150000); });
		EXPECT_NE(kind, ErrorKind::kNone) << "query " << k;
	}
}

} // namespace
} // namespace pgschemadiff

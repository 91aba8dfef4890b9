// diff_text_search_test.cpp — text search dictionaries and configurations:
// created before the tables, changed in place, dropped after what used them.
#include "core/catalog/build_kinds.hpp"
#include "test_support.hpp"

#include <gtest/gtest.h>

namespace pgschemadiff {
namespace {

using test::AppendNamed;
using test::CatalogBuilder;
using test::DiffOf;
using test::Sql;
using Statements = std::vector<std::string>;

void
Dict(CatalogBuilder &b, const std::string &schema, const std::string &name, const std::string &tmpl,
     const std::string &options)
{
	AppendNamed(b.rows, QueryId::kTextSearchDictionaries,
	            {{"schema", schema},
	             {"name", name},
	             {"template_schema", "pg_catalog"},
	             {"template_name", tmpl},
	             {"options", options}});
}

/// One mapping row; token "\\N" for a configuration without mappings.
void
Config(CatalogBuilder &b, const std::string &schema, const std::string &name,
       const std::string &token = "\\N", const std::string &dict_schemas = "\\N",
       const std::string &dict_names = "\\N", const std::string &parser = "default")
{
	AppendNamed(b.rows, QueryId::kTextSearchConfigurations,
	            {{"schema", schema},
	             {"name", name},
	             {"parser_schema", "pg_catalog"},
	             {"parser_name", parser},
	             {"token", token},
	             {"dict_schemas", dict_schemas},
	             {"dict_names", dict_names}});
}

TEST(TextSearchOptions, ParsesWhatSerializeDeflistWrites)
{
	const auto o = ParseDictionaryOptions(
	    "stopwords = 'english', \"Accept\" = 'it''s', path = E'a\\\\b', maxlen = 10, x = -1.5");
	ASSERT_EQ(o.size(), 5u);
	EXPECT_EQ(o[0], (TextSearchOption{"stopwords", "english", true}));
	EXPECT_EQ(o[1], (TextSearchOption{"Accept", "it's", true}));
	EXPECT_EQ(o[2], (TextSearchOption{"path", "a\\b", true}));
	EXPECT_EQ(o[3], (TextSearchOption{"maxlen", "10", false}));
	EXPECT_EQ(o[4], (TextSearchOption{"x", "-1.5", false}));
	EXPECT_TRUE(ParseDictionaryOptions("").empty());
}

TEST(TextSearchOptions, AnythingElseIsCatalogDrift)
{
	for (const char *bad : {"a = 'open", "a 'x'", "a = b", "a = 1; DROP TABLE t", "a = 'x' b = 'y'",
	                        "= 'x'", "a = E'\\x'"}) {
		EXPECT_EQ(test::ThrownKind([&] { ParseDictionaryOptions(bad); }), ErrorKind::kCatalogDrift)
		    << bad;
	}
}

TEST(TextSearchRows, MismatchedDictionaryArraysAreCatalogDrift)
{
	CatalogBuilder b;
	Config(b, "public", "cfg", "word", "{public,pg_catalog}", "{d}");
	EXPECT_EQ(test::ThrownKind([&] { b.Build(); }), ErrorKind::kCatalogDrift);
}

TEST(DiffTextSearch, NewDictionaryAndConfigurationComeBeforeTheIndexUsingThem)
{
	CatalogBuilder to;
	Dict(to, "public", "stop", "simple", "stopwords = 'english', accept = 'false'");
	Config(to, "public", "cfg", "asciiword", "{public,pg_catalog}", "{stop,english_stem}");
	Config(to, "public", "cfg", "word", "{public,pg_catalog}", "{stop,english_stem}");
	Config(to, "public", "cfg", "int", "{pg_catalog}", "{simple}");
	to.Table("public", "doc")
	    .Column("public", "doc", "body", "text")
	    .Index("public", "doc", "doc_fts",
	           "CREATE INDEX doc_fts ON public.doc USING gin (to_tsvector('public.cfg'::regconfig, "
	           "body))",
	           "{body}");
	const DiffResult r = DiffOf(CatalogBuilder(), to);
	const std::string c = "ALTER TEXT SEARCH CONFIGURATION \"public\".\"cfg\" ";
	const Statements sql = Sql(r);
	ASSERT_GE(sql.size(), 4u);
	EXPECT_EQ(Statements(sql.begin(), sql.begin() + 4),
	          (Statements{
	              "CREATE TEXT SEARCH DICTIONARY \"public\".\"stop\" (TEMPLATE = "
	              "\"pg_catalog\".\"simple\", \"stopwords\" = 'english', \"accept\" = 'false');",
	              "CREATE TEXT SEARCH CONFIGURATION \"public\".\"cfg\" (PARSER = "
	              "\"pg_catalog\".\"default\");",
	              c + "ADD MAPPING FOR \"asciiword\", \"word\" WITH \"public\".\"stop\", "
	                  "\"pg_catalog\".\"english_stem\";",
	              c + "ADD MAPPING FOR \"int\" WITH \"pg_catalog\".\"simple\";",
	          }));
	EXPECT_EQ(r.changes[0].phase, Phase::kCreateTextSearch);
	EXPECT_EQ(r.changes[0].kind, "text search dictionary");
	EXPECT_EQ(r.changes[1].kind, "text search configuration");
	EXPECT_LT(3, test::IndexOf(r, "CREATE TABLE"));
	EXPECT_LT(3, test::IndexOf(r, "CREATE INDEX"));
}

TEST(DiffTextSearch, DictionaryOptionsChangeInPlaceInTheRemotesOrder)
{
	CatalogBuilder from;
	Dict(from, "public", "d", "simple", "stopwords = 'english', accept = 'true'");
	CatalogBuilder to;
	Dict(to, "public", "d", "simple", "accept = 'false'");
	EXPECT_EQ(Sql(DiffOf(from, to)),
	          (Statements{"ALTER TEXT SEARCH DICTIONARY \"public\".\"d\" (\"stopwords\", "
	                      "\"accept\" = 'false');"}));
	CatalogBuilder same;
	Dict(same, "public", "d", "simple", "stopwords = 'english', accept = 'true'");
	EXPECT_TRUE(DiffOf(from, same).changes.empty());
}

TEST(DiffTextSearch, MappingsAreAddedAlteredAndDropped)
{
	CatalogBuilder from;
	Config(from, "public", "cfg", "asciiword", "{pg_catalog}", "{simple}");
	Config(from, "public", "cfg", "email", "{pg_catalog}", "{simple}");
	Config(from, "public", "cfg", "url", "{pg_catalog}", "{simple}");
	CatalogBuilder to;
	Config(to, "public", "cfg", "asciiword", "{pg_catalog}", "{english_stem}");
	Config(to, "public", "cfg", "word", "{pg_catalog}", "{english_stem}");
	const DiffResult r = DiffOf(from, to);
	const std::string c = "ALTER TEXT SEARCH CONFIGURATION \"public\".\"cfg\" ";
	EXPECT_EQ(Sql(r),
	          (Statements{
	              c + "DROP MAPPING FOR \"email\", \"url\";",
	              c + "ALTER MAPPING FOR \"asciiword\" WITH \"pg_catalog\".\"english_stem\";",
	              c + "ADD MAPPING FOR \"word\" WITH \"pg_catalog\".\"english_stem\";",
	          }));
	EXPECT_TRUE(r.changes[0].destructive);
	EXPECT_FALSE(r.changes[1].destructive);
}

TEST(DiffTextSearch, ConfigurationsGoBeforeTheirDictionariesAfterTheTables)
{
	CatalogBuilder from;
	Dict(from, "public", "d", "simple", "");
	Config(from, "public", "cfg", "word", "{public}", "{d}");
	from.Table("public", "doc")
	    .Column("public", "doc", "body", "text")
	    .Column("public", "doc", "tsv", "tsvector", false,
	            "to_tsvector('public.cfg'::regconfig, body)", "", "s");
	CatalogBuilder to;
	to.Table("public", "doc").Column("public", "doc", "body", "text");
	const DiffResult r = DiffOf(from, to);
	const int column = test::IndexOf(r, "DROP COLUMN \"tsv\"");
	const int cfg = test::IndexOf(r, "DROP TEXT SEARCH CONFIGURATION \"public\".\"cfg\";");
	const int dict = test::IndexOf(r, "DROP TEXT SEARCH DICTIONARY \"public\".\"d\";");
	ASSERT_GE(column, 0);
	EXPECT_LT(column, cfg);
	EXPECT_LT(cfg, dict);
	EXPECT_TRUE(r.changes[cfg].destructive);
	EXPECT_TRUE(r.changes[dict].destructive);
	EXPECT_EQ(r.changes[dict].phase, Phase::kDropTextSearch);
}

TEST(DiffTextSearch, TemplateOrParserChangeIsReported)
{
	CatalogBuilder from;
	Dict(from, "public", "d", "simple", "");
	Config(from, "public", "cfg");
	CatalogBuilder to;
	Dict(to, "public", "d", "synonym", "synonyms = 'synonym_sample'");
	Config(to, "public", "cfg", "\\N", "\\N", "\\N", "other");
	const DiffResult r = DiffOf(from, to);
	EXPECT_TRUE(r.changes.empty());
	ASSERT_EQ(r.diagnostics.size(), 2u);
	EXPECT_NE(r.diagnostics[0].message.find("\"public\".\"d\""), std::string::npos);
	EXPECT_NE(r.diagnostics[1].message.find("\"public\".\"cfg\""), std::string::npos);
}

TEST(DiffTextSearch, SchemaFiltersApply)
{
	CatalogBuilder to;
	to.Schema("other");
	Dict(to, "other", "d", "simple", "");
	Config(to, "other", "cfg");
	DiffOptions o;
	o.exclude_schemas = {"other"};
	EXPECT_TRUE(DiffOf(CatalogBuilder(), to, o).changes.empty());
}

TEST(DiffTextSearch, CommentsFollowNewAndKeptObjects)
{
	CatalogBuilder from;
	Dict(from, "public", "d", "simple", "");
	from.Comment({"text search dictionary", "public", "d", ""}, "old");
	CatalogBuilder to;
	Dict(to, "public", "d", "simple", "");
	Config(to, "public", "cfg");
	to.Comment({"text search configuration", "public", "cfg", ""}, "documents");
	const DiffResult r = DiffOf(from, to);
	EXPECT_EQ(Sql(r), (Statements{
	                      "CREATE TEXT SEARCH CONFIGURATION \"public\".\"cfg\" (PARSER = "
	                      "\"pg_catalog\".\"default\");",
	                      "COMMENT ON TEXT SEARCH CONFIGURATION \"public\".\"cfg\" IS 'documents';",
	                      "COMMENT ON TEXT SEARCH DICTIONARY \"public\".\"d\" IS NULL;",
	                  }));
}

} // namespace
} // namespace pgschemadiff

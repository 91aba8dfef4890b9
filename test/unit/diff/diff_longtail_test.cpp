// diff_longtail_test.cpp — base and shell types, operators, operator families
// and classes, casts, conversions, languages, transforms, access methods.
#include "test_support.hpp"

#include <gtest/gtest.h>

#include <algorithm>

namespace pgschemadiff {
namespace {

using test::CatalogBuilder;
using test::DiffOf;
using test::Sql;
using Statements = std::vector<std::string>;

/// One kLongTail row.
void
LongTail(CatalogBuilder &b, const std::string &kind, const std::string &schema,
         const std::string &name, const std::string &args, const std::string &attrs)
{
	b.Row(QueryId::kLongTail, {kind, schema, name, args, attrs});
}

void
Int42(CatalogBuilder &b)
{
	LongTail(b, "base type", "s", "int42", "",
	         "{input=s.int42_in,output=s.int42_out,internallength=4,passedbyvalue=true,"
	         "alignment=i,storage=p,category=U,preferred=false,default=42,\"delimiter=,\","
	         "collatable=false}");
	LongTail(b, "base type member", "s", "int42", "",
	         "{key=input,schema=s,name=int42_in,args=cstring}");
	LongTail(b, "base type member", "s", "int42", "",
	         "{key=output,schema=s,name=int42_out,args=s.int42}");
}

void
IoFunctions(CatalogBuilder &b)
{
	b.Routine("s", "int42_in", "cstring", "s.int42", "CREATE FUNCTION s.int42_in(cstring) ...");
	b.Routine("s", "int42_out", "s.int42", "cstring", "CREATE FUNCTION s.int42_out(s.int42) ...");
	// (the dependency query leaves out the edges between a base type and its
	// I/O functions: the shell type orders them)
}

TEST(DiffLongTail, BaseTypeIsShellThenFunctionsThenDefinitionThenUsers)
{
	CatalogBuilder from;
	CatalogBuilder to;
	Int42(to);
	IoFunctions(to);
	to.Composite("s", "pair", {{"b", "s.int42"}});
	to.Depends({"column", "s", "pair", "b"}, {"type", "s", "int42", ""});
	const DiffResult r = DiffOf(from, to);
	const int shell = test::IndexOf(r, "CREATE TYPE \"s\".\"int42\";");
	const int in = test::IndexOf(r, "int42_in(cstring)");
	const int out = test::IndexOf(r, "int42_out(s.int42)");
	const int full = test::IndexOf(r, "CREATE TYPE \"s\".\"int42\" (");
	const int pair = test::IndexOf(r, "CREATE TYPE \"s\".\"pair\"");
	ASSERT_GE(shell, 0);
	EXPECT_LT(shell, in);
	EXPECT_LT(shell, out);
	EXPECT_LT(in, full);
	EXPECT_LT(out, full);
	EXPECT_LT(full, pair);
	EXPECT_NE(r.changes[full].sql.find("DEFAULT = '42'"), std::string::npos);
	EXPECT_NE(r.changes[full].sql.find("PASSEDBYVALUE"), std::string::npos);
}

TEST(DiffLongTail, ShellTypeDefinedLaterIsNotCreatedAgain)
{
	CatalogBuilder from;
	LongTail(from, "shell type", "s", "int42", "", "{}");
	CatalogBuilder to;
	Int42(to);
	IoFunctions(to);
	const DiffResult r = DiffOf(from, to);
	EXPECT_EQ(test::IndexOf(r, "CREATE TYPE \"s\".\"int42\";"), -1);
	EXPECT_EQ(test::IndexOf(r, "DROP TYPE"), -1);
	EXPECT_GE(test::IndexOf(r, "CREATE TYPE \"s\".\"int42\" ("), 0);
}

TEST(DiffLongTail, DroppedBaseTypeTakesItsIoFunctionsAlong)
{
	CatalogBuilder from;
	Int42(from);
	IoFunctions(from);
	CatalogBuilder to;
	const DiffResult r = DiffOf(from, to);
	EXPECT_EQ(Sql(r), Statements{"DROP TYPE \"s\".\"int42\" CASCADE;"});
	EXPECT_TRUE(r.changes[0].destructive);
}

TEST(DiffLongTail, SameBaseTypeIsNoChange)
{
	CatalogBuilder from;
	Int42(from);
	CatalogBuilder to;
	Int42(to);
	EXPECT_TRUE(DiffOf(from, to).changes.empty());
}

TEST(DiffLongTail, BaseTypeAlignmentChangeIsReportedNotDropped)
{
	CatalogBuilder from;
	Int42(from);
	CatalogBuilder to;
	LongTail(to, "base type", "s", "int42", "",
	         "{input=s.int42_in,output=s.int42_out,internallength=4,passedbyvalue=true,"
	         "alignment=d,storage=p,category=U,preferred=false,default=42,\"delimiter=,\","
	         "collatable=false}");
	const DiffResult r = DiffOf(from, to);
	EXPECT_TRUE(r.changes.empty());
	ASSERT_EQ(r.diagnostics.size(), 1u);
	EXPECT_NE(r.diagnostics[0].message.find("base type \"s\".\"int42\" differs"),
	          std::string::npos);
}

TEST(DiffLongTail, BaseTypeStorageChangesInPlace)
{
	CatalogBuilder from;
	Int42(from);
	CatalogBuilder to;
	LongTail(to, "base type", "s", "int42", "",
	         "{input=s.int42_in,output=s.int42_out,internallength=4,passedbyvalue=true,"
	         "alignment=i,storage=m,category=U,preferred=false,default=42,\"delimiter=,\","
	         "collatable=false}");
	EXPECT_EQ(Sql(DiffOf(from, to)),
	          Statements{"ALTER TYPE \"s\".\"int42\" SET (STORAGE = main);"});
}

const char *const kOperator = "{function=int4eq,leftarg=integer,rightarg=integer,"
                              "restrict=eqsel,hashes=false,merges=false}";

TEST(DiffLongTail, OperatorEstimatorChangesInPlace)
{
	CatalogBuilder from;
	LongTail(from, "operator", "s", "===", "(integer,integer)", kOperator);
	CatalogBuilder to;
	LongTail(to, "operator", "s", "===", "(integer,integer)",
	         "{function=int4eq,leftarg=integer,rightarg=integer,restrict=scalarltsel,"
	         "hashes=false,merges=false}");
	EXPECT_EQ(Sql(DiffOf(from, to)),
	          Statements{"ALTER OPERATOR \"s\".=== (integer, integer) SET (RESTRICT = "
	                     "scalarltsel, JOIN = NONE);"});
}

TEST(DiffLongTail, OperatorFunctionChangeIsDropAndCreateWhenNothingUsesIt)
{
	CatalogBuilder from;
	LongTail(from, "operator", "s", "===", "(integer,integer)", kOperator);
	CatalogBuilder to;
	LongTail(to, "operator", "s", "===", "(integer,integer)",
	         "{function=int4ne,leftarg=integer,rightarg=integer,restrict=eqsel,"
	         "hashes=false,merges=false}");
	const DiffResult r = DiffOf(from, to);
	ASSERT_EQ(r.changes.size(), 2u);
	EXPECT_EQ(r.changes[0].sql, "DROP OPERATOR \"s\".=== (integer, integer);");
	EXPECT_NE(r.changes[1].sql.find("FUNCTION = int4ne"), std::string::npos);
}

TEST(DiffLongTail, OperatorAClassUsesIsReportedNotDropped)
{
	CatalogBuilder from;
	LongTail(from, "operator", "s", "===", "(integer,integer)", kOperator);
	from.Depends({"operator class", "s", "cls", "btree"},
	             {"operator", "s", "===", "(integer,integer)"});
	CatalogBuilder to;
	LongTail(to, "operator", "s", "===", "(integer,integer)",
	         "{function=int4ne,leftarg=integer,rightarg=integer,restrict=eqsel,"
	         "hashes=false,merges=false}");
	const DiffResult r = DiffOf(from, to);
	EXPECT_TRUE(r.changes.empty());
	EXPECT_EQ(r.diagnostics.size(), 1u);
}

void
Family(CatalogBuilder &b, bool with_member)
{
	LongTail(b, "operator family", "s", "fam", "btree", "{}");
	if (with_member) {
		LongTail(b, "operator family member", "s", "fam", "btree",
		         "{\"key=operator 1 (bigint,integer)\",member=operator,number=1,lefttype=bigint,"
		         "righttype=integer,\"operator=<(bigint,integer)\",purpose=s}");
	}
}

TEST(DiffLongTail, FamilyMembersAreAddedAndDroppedLoosely)
{
	CatalogBuilder bare;
	Family(bare, false);
	CatalogBuilder full;
	Family(full, true);
	EXPECT_EQ(Sql(DiffOf(bare, full)),
	          Statements{"ALTER OPERATOR FAMILY \"s\".\"fam\" USING \"btree\" ADD OPERATOR 1 "
	                     "<(bigint,integer);"});
	EXPECT_EQ(Sql(DiffOf(full, bare)),
	          Statements{"ALTER OPERATOR FAMILY \"s\".\"fam\" USING \"btree\" DROP OPERATOR 1 "
	                     "(bigint, integer);"});
	EXPECT_TRUE(DiffOf(full, full).changes.empty());
}

TEST(DiffLongTail, ClassIsCreatedAfterItsFamilyAndOperator)
{
	CatalogBuilder from;
	CatalogBuilder to;
	Family(to, false);
	LongTail(to, "operator", "s", "===", "(integer,integer)", kOperator);
	LongTail(to, "operator class", "s", "cls", "btree",
	         "{type=integer,default=true,family_schema=s,family_name=fam}");
	LongTail(to, "operator class member", "s", "cls", "btree",
	         "{\"key=operator 3 (integer,integer)\",member=operator,number=3,lefttype=integer,"
	         "righttype=integer,\"operator=s.===(integer,integer)\",purpose=s}");
	to.Depends({"operator class", "s", "cls", "btree"},
	           {"operator", "s", "===", "(integer,integer)"});
	to.Depends({"operator class", "s", "cls", "btree"}, {"operator family", "s", "fam", "btree"});
	const DiffResult r = DiffOf(from, to);
	const int cls = test::IndexOf(r, "CREATE OPERATOR CLASS");
	ASSERT_GE(cls, 0);
	EXPECT_LT(test::IndexOf(r, "CREATE OPERATOR FAMILY"), cls);
	EXPECT_LT(test::IndexOf(r, "CREATE OPERATOR \"s\".==="), cls);
	EXPECT_EQ(r.changes[cls].sql,
	          "CREATE OPERATOR CLASS \"s\".\"cls\" DEFAULT FOR TYPE integer USING \"btree\" FAMILY "
	          "\"s\".\"fam\" AS\n    OPERATOR 3 s.===(integer,integer);");
}

TEST(DiffLongTail, EmptyClassSaysItsStorage)
{
	CatalogBuilder from;
	CatalogBuilder to;
	LongTail(to, "operator class", "s", "empty", "btree",
	         "{type=bigint,default=false,family_schema=s,family_name=fam}");
	EXPECT_EQ(Sql(DiffOf(from, to)),
	          Statements{"CREATE OPERATOR CLASS \"s\".\"empty\" FOR TYPE bigint USING \"btree\" "
	                     "FAMILY \"s\".\"fam\" AS\n    STORAGE bigint;"});
}

TEST(DiffLongTail, LanguageIsCreatedAfterItsHandlerAndDroppedBeforeIt)
{
	CatalogBuilder with;
	with.Routine("s", "handler", "", "language_handler", "CREATE FUNCTION s.handler() ...");
	LongTail(with, "language", "", "pl", "", "{trusted=true,handler=s.handler}");
	with.Depends({"language", "", "pl", ""}, {"function", "s", "handler", ""});
	CatalogBuilder without;
	const DiffResult up = DiffOf(without, with);
	EXPECT_LT(test::IndexOf(up, "FUNCTION s.handler"),
	          test::IndexOf(up, "CREATE TRUSTED PROCEDURAL LANGUAGE \"pl\" HANDLER s.handler;"));
	DiffOptions o;
	o.allow_drops = true;
	const DiffResult down = DiffOf(with, without, o);
	const int lang = test::IndexOf(down, "DROP PROCEDURAL LANGUAGE \"pl\";");
	ASSERT_GE(lang, 0);
	EXPECT_LT(lang, test::IndexOf(down, "DROP FUNCTION"));
}

TEST(DiffLongTail, LanguageTrustChangesWithCreateOrReplace)
{
	CatalogBuilder from;
	LongTail(from, "language", "", "pl", "", "{trusted=false,handler=s.handler}");
	CatalogBuilder to;
	LongTail(to, "language", "", "pl", "", "{trusted=true,handler=s.handler}");
	EXPECT_EQ(
	    Sql(DiffOf(from, to)),
	    Statements{"CREATE OR REPLACE TRUSTED PROCEDURAL LANGUAGE \"pl\" HANDLER s.handler;"});
}

TEST(DiffLongTail, CastsConversionsTransformsAccessMethods)
{
	CatalogBuilder from;
	CatalogBuilder to;
	LongTail(to, "cast", "", "timestamp with time zone AS interval", "",
	         "{\"source=timestamp with time zone\",target=interval,method=f,context=a,"
	         "\"function=age(timestamp with time zone)\"}");
	LongTail(to, "conversion", "s", "conv", "",
	         "{for=LATIN1,to=UTF8,function=iso8859_1_to_utf8,default=true}");
	LongTail(to, "transform", "", "integer", "sql",
	         "{fromsql=prsd_lextype(internal),tosql=int4recv(internal)}");
	LongTail(to, "access method", "", "gist2", "", "{type=i,handler=gisthandler}");
	const Statements sql = Sql(DiffOf(from, to));
	const Statements want = {
	    "CREATE ACCESS METHOD \"gist2\" TYPE INDEX HANDLER gisthandler;",
	    "CREATE CAST (timestamp with time zone AS interval) WITH FUNCTION age(timestamp with "
	    "time zone) AS ASSIGNMENT;",
	    "CREATE DEFAULT CONVERSION \"s\".\"conv\" FOR 'LATIN1' TO 'UTF8' FROM iso8859_1_to_utf8;",
	    "CREATE TRANSFORM FOR integer LANGUAGE \"sql\" (FROM SQL WITH FUNCTION "
	    "prsd_lextype(internal), TO SQL WITH FUNCTION int4recv(internal));",
	};
	for (const auto &w : want) {
		EXPECT_NE(std::find(sql.begin(), sql.end(), w), sql.end()) << w;
	}
	EXPECT_EQ(sql.size(), want.size());
}

TEST(DiffLongTail, MalformedAttributeIsCatalogDrift)
{
	CatalogBuilder b;
	LongTail(b, "operator", "s", "===", "(integer,integer)", "{noequalsign}");
	try {
		b.Build();
		FAIL() << "no error";
	} catch (const Error &e) {
		EXPECT_EQ(e.Kind(), ErrorKind::kCatalogDrift);
	}
}

} // namespace
} // namespace pgschemadiff

namespace pgschemadiff {
namespace {

void
CanonicalRange(CatalogBuilder &b)
{
	b.Row(QueryId::kRanges, {"s", "ir", "integer", "\\N", "\\N", "\\N", "\\N", "\\N", "s.canon",
	                         "s", "canon", "s.ir", "s", "ir_multirange"});
	b.Routine("s", "canon", "s.ir", "s.ir", "CREATE FUNCTION s.canon(s.ir) ...");
}

TEST(DiffLongTail, CanonicalRangeIsShellThenFunctionThenRange)
{
	CatalogBuilder from;
	CatalogBuilder to;
	CanonicalRange(to);
	const DiffResult r = DiffOf(from, to);
	const int shell = test::IndexOf(r, "CREATE TYPE \"s\".\"ir\";");
	const int canon = test::IndexOf(r, "FUNCTION s.canon");
	const int range = test::IndexOf(r, "AS RANGE");
	ASSERT_GE(shell, 0);
	EXPECT_LT(shell, canon);
	EXPECT_LT(canon, range);
	EXPECT_NE(r.changes[range].sql.find("CANONICAL = s.canon"), std::string::npos);
}

TEST(DiffLongTail, CanonicalRangeIsDroppedWithCascadeAndItsFunctionAlong)
{
	CatalogBuilder from;
	CanonicalRange(from);
	DiffOptions o;
	o.allow_drops = true;
	EXPECT_EQ(Sql(DiffOf(from, CatalogBuilder(), o)),
	          Statements{"DROP TYPE \"s\".\"ir\" CASCADE;"});
}

} // namespace
} // namespace pgschemadiff

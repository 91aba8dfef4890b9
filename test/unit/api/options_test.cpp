// options_test.cpp — the syntax of the renames option's hints (options.cpp).
#include "core/options.hpp"

#include <gtest/gtest.h>

namespace pgschemadiff {
namespace {

TEST(RenameHint, PlainNamesAreSplitAndFolded)
{
	ColumnRenameHint h;
	ASSERT_TRUE(ParseColumnRenameHint("Public.Users.name=full_name", &h));
	EXPECT_EQ(h.schema, "public");
	EXPECT_EQ(h.table, "users");
	EXPECT_EQ(h.column, "name");
	EXPECT_EQ(h.new_name, "full_name");
}

TEST(RenameHint, QuotedNamesKeepCaseDotsAndQuotes)
{
	ColumnRenameHint h;
	ASSERT_TRUE(ParseColumnRenameHint("\"My.Schema\".\"T\".\"a\"\"b\"=\"x=y\"", &h));
	EXPECT_EQ(h.schema, "My.Schema");
	EXPECT_EQ(h.table, "T");
	EXPECT_EQ(h.column, "a\"b");
	EXPECT_EQ(h.new_name, "x=y");
}

TEST(RenameHint, MalformedHintsAreRefused)
{
	for (const char *bad : {"", "public.users.name", "users.name=full_name", "public.users.name=",
	                        "public.users.name=a=b", "a.b.c.d=e", "public.users.\"name=x",
	                        ".users.name=x", "public.users. name=x", "public.users.name=a.b"}) {
		EXPECT_FALSE(ParseColumnRenameHint(bad, nullptr)) << bad;
	}
}

} // namespace
} // namespace pgschemadiff

// quote_test.cpp — identifier and literal quoting.
#include "core/util/quote.hpp"

#include <gtest/gtest.h>

namespace pgschemadiff {

TEST(Quote, IdentifierAlwaysQuotedAndDoubled)
{
	EXPECT_EQ(QuoteIdent("t"), "\"t\"");
	EXPECT_EQ(QuoteIdent("Mixed Case"), "\"Mixed Case\"");
	EXPECT_EQ(QuoteIdent("a\"b"), "\"a\"\"b\"");
	EXPECT_EQ(QuoteIdent("select"), "\"select\"");
	EXPECT_EQ(QuoteIdent("ünï"), "\"ünï\"");
}

TEST(Quote, QualifiedName)
{
	EXPECT_EQ(QuoteQualified({"my schema", "T"}), "\"my schema\".\"T\"");
}

TEST(Quote, LiteralDoublesQuotesAndUsesEscapeSyntaxForBackslash)
{
	EXPECT_EQ(QuoteLiteral("it's"), "'it''s'");
	EXPECT_EQ(QuoteLiteral("a\\b"), "E'a\\\\b'");
	EXPECT_EQ(QuoteLiteral(""), "''");
}

} // namespace pgschemadiff

// mask_test.cpp — passwords found in connection strings and masked in text.
#include "core/api.hpp"
#include "core/util/mask.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstring>

namespace pgschemadiff {
namespace {

bool
Has(const std::vector<std::string> &v, const std::string &s)
{
	return std::find(v.begin(), v.end(), s) != v.end();
}

TEST(FindSecrets, KeyValuePlainAndQuoted)
{
	EXPECT_TRUE(Has(FindSecrets("host=h password=abc dbname=d"), "abc"));
	EXPECT_TRUE(Has(FindSecrets("host=h password = 'a b\\'c' dbname=d"), "a b'c"));
	EXPECT_TRUE(Has(FindSecrets("password=x"), "x"));
}

TEST(FindSecrets, UriUserinfoAndQueryDecoded)
{
	const auto s = FindSecrets("postgresql://u:p%40ss@host:5432/db?sslmode=require&password=q%20r");
	EXPECT_TRUE(Has(s, "p%40ss"));
	EXPECT_TRUE(Has(s, "p@ss"));
	EXPECT_TRUE(Has(s, "q%20r"));
	EXPECT_TRUE(Has(s, "q r"));
}

TEST(FindSecrets, NoPasswordNoSecret)
{
	EXPECT_TRUE(FindSecrets("host=h dbname=d user=me").empty());
	EXPECT_TRUE(FindSecrets("postgresql://me@host/db").empty());
	// the key file's passphrase is a secret too; a value that merely contains
	// the word is not a key
	EXPECT_TRUE(Has(FindSecrets("sslpassword=k"), "k"));
	EXPECT_TRUE(FindSecrets("dbname=nopassword=x").empty());
}

TEST(FindSecrets, MalformedStringsStillGiveTheirSecret)
{
	EXPECT_TRUE(Has(FindSecrets("postgresql://u:s3cr%zzet@127.0.0.1/db"), "s3cr%zzet"));
	EXPECT_TRUE(Has(FindSecrets("host=h password='unterminated"), "unterminated"));
}

TEST(MaskSecrets, EveryOccurrenceLongestFirst)
{
	EXPECT_EQ(MaskSecrets("a pw b pw", {"pw"}), "a ******** b ********");
	EXPECT_EQ(MaskSecrets("token: abcdef", {"abc", "abcdef"}), "token: ********");
	EXPECT_EQ(MaskSecrets("nothing here", {""}), "nothing here");
}

TEST(MaskText, DoorMasksAndTruncatesSafely)
{
	char out[64];
	MaskText("failed for \"hunter2\"", "host=h password=hunter2", nullptr, 0, out, sizeof out);
	EXPECT_STREQ(out, "failed for \"********\"");
	const char *extra[] = {"fromMapping"};
	MaskText("x fromMapping y", nullptr, extra, 1, out, sizeof out);
	EXPECT_STREQ(out, "x ******** y");
	char tiny[5];
	MaskText("abcdefgh", nullptr, nullptr, 0, tiny, sizeof tiny);
	EXPECT_STREQ(tiny, "abcd");
}

} // namespace
} // namespace pgschemadiff

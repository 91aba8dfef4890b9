// rowset_test.cpp — array literals and cell decoding of catalog rows.
#include "core/catalog/rowset.hpp"

#include "test_support.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace pgschemadiff {
namespace {

using test::ThrownKind;
using Labels = std::vector<std::string>;

struct ArrayCase {
	std::string literal;
	Labels expected;
};

TEST(ParseTextArray, EmptyArrayHasNoElements)
{
	EXPECT_EQ(ParseTextArray("{}"), Labels{});
}

TEST(ParseTextArray, UnquotedElementsSplitOnCommas)
{
	const ArrayCase cases[] = {
	    {"{a}", {"a"}},
	    {"{a,b,c}", {"a", "b", "c"}},
	    {"{id,created_at}", {"id", "created_at"}},
	};
	for (const auto &c : cases) {
		EXPECT_EQ(ParseTextArray(c.literal), c.expected) << c.literal;
	}
}

TEST(ParseTextArray, QuotedElementsKeepCommasQuotesAndBackslashes)
{
	const ArrayCase cases[] = {
	    {R"({"a,b"})", {"a,b"}},
	    {R"({"with space",x})", {"with space", "x"}},
	    {R"({"say \"hi\""})", {R"(say "hi")"}},
	    {R"({"back\\slash"})", {R"(back\slash)"}},
	    {R"({"{braces}","a}b"})", {"{braces}", "a}b"}},
	    {R"({"",x})", {"", "x"}},
	    {R"({x,"y,z",w})", {"x", "y,z", "w"}},
	};
	for (const auto &c : cases) {
		EXPECT_EQ(ParseTextArray(c.literal), c.expected) << c.literal;
	}
}

TEST(ParseTextArray, NullElementsSkippedButQuotedNullKept)
{
	EXPECT_EQ(ParseTextArray("{NULL}"), Labels{});
	EXPECT_EQ(ParseTextArray("{a,NULL,b}"), (Labels{"a", "b"}));
	EXPECT_EQ(ParseTextArray(R"({"NULL",a})"), (Labels{"NULL", "a"}));
}

TEST(ParseTextArray, MalformedLiteralIsCatalogDrift)
{
	const char *const cases[] = {
	    "", "{", "}", "a,b", "{a", "a}", R"({"abc})", R"({"a"b})", R"({"a\"})",
	};
	for (const char *literal : cases) {
		EXPECT_EQ(ThrownKind([&] { ParseTextArray(literal); }), ErrorKind::kCatalogDrift)
		    << literal;
	}
}

// PostgreSQL never prints an empty unquoted element; "{a,}" is malformed and
// must not turn into a phantom empty label or column name.
TEST(ParseTextArray, EmptyUnquotedElementIsCatalogDrift)
{
	const char *const cases[] = {"{a,}", "{,a}", "{a,,b}"};
	for (const char *literal : cases) {
		EXPECT_EQ(ThrownKind([&] { ParseTextArray(literal); }), ErrorKind::kCatalogDrift)
		    << literal;
	}
}

TEST(RowSet, CellsKeepTheirBytesAcrossArenaBlocks)
{
	// Enough cells to fill several blocks, one longer than the largest block,
	// and a rewritten cell: every cell reads back as written.
	RowSet set({"a", "b"});
	const std::string big(3u << 20, 'x');
	std::vector<std::string> written;
	for (int i = 0; i < 50000; ++i) {
		written.push_back("value " + std::to_string(i));
		set.AddRow({written.back(), i == 1234 ? Cell(big) : Cell(std::nullopt)});
	}
	set.SetCell(7, 0, std::string("rewritten"));
	written[7] = "rewritten";
	ASSERT_EQ(set.RowCount(), written.size());
	for (std::size_t r = 0; r < written.size(); ++r) {
		ASSERT_EQ(set.CellAt(r, 0), Cell(written[r])) << r;
		ASSERT_EQ(set.IsNull(r, 1), r != 1234) << r;
	}
	EXPECT_EQ(set.CellAt(1234, 1), Cell(big));
	set.KeepRows([](std::size_t r) { return r % 2 == 1; });
	ASSERT_EQ(set.RowCount(), written.size() / 2);
	EXPECT_EQ(set.CellAt(3, 0), Cell(written[7]));
}

TEST(RowReader, MissingColumnIsCatalogDrift)
{
	RowSet set({"schema", "name"});
	set.AddRow({std::string("public"), std::string("t")});
	const RowReader r(set, 0);
	EXPECT_EQ(r.Text("name"), "t");
	EXPECT_EQ(ThrownKind([&] { r.Text("relkind"); }), ErrorKind::kCatalogDrift);
	EXPECT_EQ(ThrownKind([&] { r.Get("relkind"); }), ErrorKind::kCatalogDrift);
	EXPECT_EQ(ThrownKind([&] { set.ColumnIndex("relkind"); }), ErrorKind::kCatalogDrift);
}

TEST(RowReader, NullCellIsEmptyTextAndAbsentOptional)
{
	RowSet set({"a", "b"});
	set.AddRow({std::nullopt, std::string("")});
	const RowReader r(set, 0);
	EXPECT_EQ(r.Text("a"), "");
	EXPECT_FALSE(r.Optional("a").has_value());
	ASSERT_TRUE(r.Optional("b").has_value());
	EXPECT_EQ(*r.Optional("b"), "");
}

TEST(RowReader, BoolIsTrueOnlyForTrueOrT)
{
	const std::pair<const char *, bool> cases[] = {
	    {"true", true}, {"t", true}, {"false", false}, {"f", false}, {"", false}, {"yes", false},
	};
	for (const auto &[text, expected] : cases) {
		RowSet set({"flag"});
		set.AddRow({std::string(text)});
		EXPECT_EQ(RowReader(set, 0).Bool("flag"), expected) << text;
	}
}

TEST(RowReader, NonIntegerIsCatalogDrift)
{
	const char *const bad[] = {"", "x", "12x", "1.5"};
	for (const char *text : bad) {
		RowSet set({"position"});
		set.AddRow({std::string(text)});
		const RowReader r(set, 0);
		EXPECT_EQ(ThrownKind([&] { r.Int("position"); }), ErrorKind::kCatalogDrift) << text;
	}
	RowSet ok({"position"});
	ok.AddRow({std::string("-42")});
	EXPECT_EQ(RowReader(ok, 0).Int("position"), -42);
}

} // namespace
} // namespace pgschemadiff

// rowset_test.cpp — array literals and cell decoding of catalog rows.
#include "core/catalog/rowset.hpp"

#include "test_support.hpp"

#include <gtest/gtest.h>

#include <stdexcept>
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

TEST(RowSet, CellLengthsAcrossEncodingBoundariesReadBack)
{
	// Lengths whose encoded size changes (127/128, 16383/16384 bytes), empty
	// and NULL cells side by side, in every position of a row.
	const std::vector<std::size_t> lengths = {0, 1, 126, 127, 128, 129, 16383, 16384, 70000};
	RowSet set({"a", "b", "c"});
	for (std::size_t len : lengths) {
		const std::string v(len, static_cast<char>('a' + len % 26));
		set.AddRow({v, std::nullopt, v});
		set.AddRow({std::nullopt, v, std::string()});
	}
	ASSERT_EQ(set.RowCount(), 2 * lengths.size());
	for (std::size_t i = 0; i < lengths.size(); ++i) {
		const std::string v(lengths[i], static_cast<char>('a' + lengths[i] % 26));
		EXPECT_EQ(set.CellAt(2 * i, 0), Cell(v)) << lengths[i];
		EXPECT_TRUE(set.IsNull(2 * i, 1)) << lengths[i];
		EXPECT_EQ(set.CellAt(2 * i, 2), Cell(v)) << lengths[i];
		EXPECT_TRUE(set.IsNull(2 * i + 1, 0)) << lengths[i];
		EXPECT_EQ(set.CellAt(2 * i + 1, 1), Cell(v)) << lengths[i];
		EXPECT_FALSE(set.IsNull(2 * i + 1, 2)) << lengths[i];
		EXPECT_EQ(set.CellAt(2 * i + 1, 2), Cell(std::string())) << lengths[i];
	}
}

TEST(RowSet, RowIsCountedOnceItsLastCellArrives)
{
	RowSet set({"a", "b"});
	set.AddCell("x", 1, false);
	EXPECT_FALSE(set.Complete());
	EXPECT_EQ(set.RowCount(), 0u);
	set.AddCell(nullptr, 0, true);
	EXPECT_TRUE(set.Complete());
	ASSERT_EQ(set.RowCount(), 1u);
	EXPECT_EQ(set.CellAt(0, 0), Cell(std::string("x")));
	EXPECT_TRUE(set.IsNull(0, 1));
	EXPECT_THROW(set.CellAt(0, 2), std::out_of_range);
	EXPECT_THROW(set.CellAt(1, 0), std::out_of_range);
	EXPECT_EQ(ThrownKind([&] { set.AddRow({std::string("only one")}); }), ErrorKind::kCatalogDrift);
}

TEST(RowSet, SetCellKeepsTheRowsOtherCells)
{
	RowSet set({"a", "b", "c"});
	set.AddRow({std::string("1"), std::string("two"), std::nullopt});
	set.AddRow({std::string("x"), std::string("y"), std::string("z")});
	set.SetCell(0, 1, std::string(300, 'w'));
	set.SetCell(0, 2, std::string("three"));
	set.SetCell(1, 0, std::nullopt);
	EXPECT_EQ(set.CellAt(0, 0), Cell(std::string("1")));
	EXPECT_EQ(set.CellAt(0, 1), Cell(std::string(300, 'w')));
	EXPECT_EQ(set.CellAt(0, 2), Cell(std::string("three")));
	EXPECT_TRUE(set.IsNull(1, 0));
	EXPECT_EQ(set.CellAt(1, 1), Cell(std::string("y")));
	EXPECT_EQ(set.CellAt(1, 2), Cell(std::string("z")));
	EXPECT_THROW(set.SetCell(0, 3, std::string("no such column")), std::out_of_range);
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

TEST(RowReader, ReadsEveryColumnByNameInAnyOrderAndNulls)
{
	// Names out of alphabetical order, one a prefix of another, a long cell
	// (two-byte length) between short ones: the sorted index and the cells
	// located once per row must agree for every column.
	RowSet set({"zeta", "a", "ab", "long", "n"});
	const std::string long_text(300, 'x');
	set.AddRow({std::string("z0"), std::string("a0"), std::nullopt, long_text, std::string("1")});
	set.AddRow({std::nullopt, std::string(""), std::string("ab1"), std::string("l"),
	            std::string("t")});
	const RowReader r0(set, 0), r1(set, 1);
	EXPECT_EQ(r0.Text("n"), "1");
	EXPECT_EQ(r0.Text("long"), long_text);
	EXPECT_FALSE(r0.Get("ab").has_value());
	EXPECT_EQ(r0.Text("a"), "a0");
	EXPECT_EQ(r0.Text("zeta"), "z0");
	EXPECT_EQ(r1.Text("ab"), "ab1");
	EXPECT_FALSE(r1.Optional("zeta").has_value());
	EXPECT_TRUE(r1.Bool("n"));
	EXPECT_FALSE(r1.Bool("zeta")); // NULL is not true
	EXPECT_EQ(r1.Text("long"), "l");
	EXPECT_EQ(set.ColumnIndex("ab"), 2u);
	EXPECT_EQ(ThrownKind([&] { r1.Text("b"); }), ErrorKind::kCatalogDrift);
}

TEST(RowReader, RowsWiderThanTheInlineCellsAreReadToo)
{
	std::vector<std::string> names;
	std::vector<Cell> row;
	for (int i = 0; i < 60; ++i) {
		names.push_back("c" + std::to_string(i));
		row.push_back(i % 7 == 0 ? Cell() : Cell("v" + std::to_string(i)));
	}
	RowSet set(names);
	set.AddRow(row);
	const RowReader r(set, 0);
	for (int i = 0; i < 60; ++i) {
		const std::string name = "c" + std::to_string(i);
		if (i % 7 == 0) {
			EXPECT_FALSE(r.Get(name).has_value()) << name;
		} else {
			EXPECT_EQ(r.Text(name), "v" + std::to_string(i)) << name;
		}
	}
	EXPECT_TRUE(RowSet(names).ColumnIndex("c59") == 59u);
}

} // namespace
} // namespace pgschemadiff

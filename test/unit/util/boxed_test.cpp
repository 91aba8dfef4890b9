// boxed_test.cpp — Boxed<T>: an optional on the heap, with value semantics.
#include "core/model/identity.hpp"
#include "core/util/boxed.hpp"

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <utility>

namespace pgschemadiff {
namespace {

TEST(Boxed, EmptyUntilAssignedAndEmptiedByNullopt)
{
	Boxed<std::string> b;
	EXPECT_FALSE(b);
	b = std::string("x");
	ASSERT_TRUE(b);
	EXPECT_EQ(*b, "x");
	EXPECT_EQ(b->size(), 1u);
	b = std::nullopt;
	EXPECT_FALSE(b.has_value());
}

TEST(Boxed, CopiesAreIndependentValues)
{
	Boxed<QualifiedName> a = QualifiedName{"s", "n"};
	Boxed<QualifiedName> b = a;
	b->name = "other";
	EXPECT_EQ(a->name, "n");
	EXPECT_NE(a, b);
	b = a;
	EXPECT_EQ(a, b);
	Boxed<QualifiedName> moved = std::move(b);
	EXPECT_EQ(moved, a);
}

TEST(Boxed, ComparesByValueAndEmptinessAsOptionalDoes)
{
	const Boxed<std::string> empty;
	const Boxed<std::string> also_empty = std::optional<std::string>();
	const Boxed<std::string> one = std::optional<std::string>("v");
	const Boxed<std::string> same = std::string("v");
	EXPECT_EQ(empty, also_empty);
	EXPECT_NE(empty, one);
	EXPECT_NE(one, empty);
	EXPECT_EQ(one, same);
	EXPECT_NE(one, Boxed<std::string>(std::string("w")));
}

TEST(Boxed, ComparesWithOptionalBothWaysAndConvertsToIt)
{
	const Boxed<std::string> empty;
	const Boxed<std::string> one = std::string("v");
	const std::optional<std::string> none;
	const std::optional<std::string> v("v"), w("w");
	// An empty Boxed equals an empty optional, whichever side each is on
	// (std::optional's `optional<T> != U` would take the Boxed for a value).
	EXPECT_TRUE(empty == none);
	EXPECT_TRUE(none == empty);
	EXPECT_FALSE(empty != none);
	EXPECT_FALSE(none != empty);
	EXPECT_TRUE(one == v);
	EXPECT_TRUE(v == one);
	EXPECT_TRUE(one != w);
	EXPECT_TRUE(none != one);
	EXPECT_TRUE(one != none);
	const std::optional<std::string> back = one;
	EXPECT_EQ(back, v);
	EXPECT_EQ(std::optional<std::string>(empty), none);
	EXPECT_EQ(empty.value_or("x"), "x");
	EXPECT_EQ(one.value_or("x"), "v");
	Boxed<std::string> reset = one;
	reset.reset();
	EXPECT_FALSE(reset.has_value());
}

} // namespace
} // namespace pgschemadiff

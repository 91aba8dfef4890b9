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

} // namespace
} // namespace pgschemadiff

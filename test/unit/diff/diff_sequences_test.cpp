// diff_sequences_test.cpp — CREATE / ALTER / DROP SEQUENCE and OWNED BY.
#include "test_support.hpp"

#include <gtest/gtest.h>

namespace pgschemadiff {
namespace {

using test::CatalogBuilder;
using test::DiffOf;
using test::IndexOf;
using test::Sql;
using Statements = std::vector<std::string>;

const char *const kBigMax = "9223372036854775807";
const char *const kIntMax = "2147483647";

TEST(DiffSequences, NewSequenceIsCreated)
{
	CatalogBuilder from;
	CatalogBuilder to;
	to.Sequence("public", "s");
	const DiffResult r = DiffOf(from, to);
	EXPECT_EQ(Sql(r), Statements{"CREATE SEQUENCE \"public\".\"s\" AS bigint START WITH 1 "
	                             "INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE "
	                             "1 NO CYCLE;"});
	ASSERT_EQ(r.changes.size(), 1u);
	EXPECT_EQ(r.changes[0].phase, Phase::kCreateSequences);
}

TEST(DiffSequences, DataTypeChangeIsAlterAs)
{
	CatalogBuilder from;
	from.Sequence("public", "s", "bigint", "\\N", "\\N", "\\N", kBigMax);
	CatalogBuilder to;
	to.Sequence("public", "s", "integer", "\\N", "\\N", "\\N", kIntMax);
	const DiffResult r = DiffOf(from, to);
	EXPECT_EQ(Sql(r), Statements{"ALTER SEQUENCE \"public\".\"s\" AS integer START WITH 1 "
	                             "INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1 NO "
	                             "CYCLE;"});
	ASSERT_EQ(r.changes.size(), 1u);
	EXPECT_EQ(r.changes[0].action, Action::kAlter);
	EXPECT_EQ(r.changes[0].sql.find("RESTART"), std::string::npos) << "the current value is data";
}

/// The current value of the sequences of `b`, as the follow-up query returns it.
void
SetValue(CatalogBuilder &b, const std::string &oid, const std::string &value)
{
	auto it = b.rows.find(QueryId::kSequenceValues);
	if (it == b.rows.end()) {
		it = b.rows.emplace(QueryId::kSequenceValues, RowSet({"oid", "last_value"})).first;
	}
	it->second.AddRow({oid, value});
}

TEST(DiffSequences, OnlySequencesWhoseBoundsChangeNeedTheirCurrentValue)
{
	CatalogBuilder from;
	from.Sequence("public", "same", "bigint", "\\N", "\\N", "\\N", kBigMax)
	    .Sequence("public", "narrowed", "bigint", "\\N", "\\N", "\\N", kBigMax)
	    .Sequence("public", "only_here", "bigint", "\\N", "\\N", "\\N", kBigMax);
	CatalogBuilder to;
	to.Sequence("public", "same", "bigint", "\\N", "\\N", "\\N", kBigMax)
	    .Sequence("public", "narrowed", "integer", "\\N", "\\N", "\\N", kIntMax);
	// oids are given in order from 16384 by the builder
	EXPECT_EQ(SequencesWithNewBounds(from.rows, to.rows), std::vector<std::string>{"16385"});
	EXPECT_TRUE(SequencesWithNewBounds(from.rows, from.rows).empty());
}

TEST(DiffSequences, CurrentValueOutsideTheNewBoundsRestartsWithAWarning)
{
	for (const char *current : {"3000000000", "5"}) {
		CatalogBuilder from;
		from.Sequence("public", "s", "bigint", "\\N", "\\N", "\\N", kBigMax);
		SetValue(from, "16384", current);
		CatalogBuilder to;
		to.Sequence("public", "s", "integer", "\\N", "\\N", "\\N", kIntMax);
		const DiffResult r = DiffOf(from, to);
		ASSERT_EQ(r.changes.size(), 1u);
		const bool outside = std::string(current) == "3000000000";
		EXPECT_EQ(r.changes[0].sql.find("RESTART") != std::string::npos, outside) << current;
		EXPECT_EQ(r.diagnostics.size(), outside ? 1u : 0u) << current;
	}
}

TEST(DiffSequences, DroppedSequenceIsDestructive)
{
	CatalogBuilder from;
	from.Sequence("public", "s");
	CatalogBuilder to;
	const DiffResult r = DiffOf(from, to);
	EXPECT_EQ(Sql(r), Statements{"DROP SEQUENCE \"public\".\"s\";"});
	ASSERT_EQ(r.changes.size(), 1u);
	EXPECT_TRUE(r.changes[0].destructive);
	EXPECT_EQ(r.changes[0].phase, Phase::kDropSequences);
}

TEST(DiffSequences, DroppedWithIfExistsWhenItsOwnerGoes)
{
	struct Case {
		const char *name;
		CatalogBuilder to;
		const char *owner_drop;
	};
	CatalogBuilder table_gone;
	CatalogBuilder column_gone;
	column_gone.Table("public", "t").Column("public", "t", "a", "integer");
	const Case cases[] = {
	    {"table", table_gone, "DROP TABLE \"public\".\"t\";"},
	    {"column", column_gone, "ALTER TABLE \"public\".\"t\" DROP COLUMN \"id\";"},
	};
	for (const auto &c : cases) {
		CatalogBuilder from;
		from.Table("public", "t")
		    .Column("public", "t", "a", "integer")
		    .Column("public", "t", "id", "integer", true, "nextval('public.t_id_seq'::regclass)")
		    .Sequence("public", "t_id_seq", "integer", "a", "t", "id", kIntMax);
		const DiffResult r = DiffOf(from, c.to);
		const int owner = IndexOf(r, c.owner_drop);
		const int seq = IndexOf(r, "DROP SEQUENCE IF EXISTS \"public\".\"t_id_seq\";");
		ASSERT_GE(owner, 0) << c.name;
		ASSERT_GE(seq, 0) << c.name;
		EXPECT_LT(owner, seq) << c.name;
		EXPECT_TRUE(r.changes[seq].destructive);
	}
}

TEST(DiffSequences, OwnedByNoneBeforeItsOwnerIsDropped)
{
	CatalogBuilder from;
	from.Table("public", "t")
	    .Column("public", "t", "a", "integer")
	    .Column("public", "t", "id", "bigint")
	    .Sequence("public", "s", "bigint", "a", "t", "id");
	CatalogBuilder to;
	to.Table("public", "t").Column("public", "t", "a", "integer").Sequence("public", "s");
	const DiffResult r = DiffOf(from, to);
	const int release = IndexOf(r, "ALTER SEQUENCE \"public\".\"s\" OWNED BY NONE;");
	const int drop = IndexOf(r, "DROP COLUMN \"id\"");
	ASSERT_GE(release, 0);
	ASSERT_GE(drop, 0);
	EXPECT_LT(release, drop);
	EXPECT_EQ(r.changes[release].phase, Phase::kReleaseSequences);
	EXPECT_EQ(test::CountOf(r, "DROP SEQUENCE"), 0);
}

TEST(DiffSequences, OwnedByNewColumnAfterTheColumnExists)
{
	CatalogBuilder from;
	from.Table("public", "t").Column("public", "t", "a", "integer").Sequence("public", "s");
	CatalogBuilder to;
	to.Table("public", "t")
	    .Column("public", "t", "a", "integer")
	    .Column("public", "t", "id", "bigint")
	    .Sequence("public", "s", "bigint", "a", "t", "id");
	const DiffResult r = DiffOf(from, to);
	const int add = IndexOf(r, "ADD COLUMN \"id\"");
	const int own = IndexOf(r, "ALTER SEQUENCE \"public\".\"s\" OWNED BY \"public\".\"t\".\"id\";");
	ASSERT_GE(add, 0);
	ASSERT_GE(own, 0);
	EXPECT_LT(add, own);
	EXPECT_EQ(test::CountOf(r, "OWNED BY NONE"), 0);
}

TEST(DiffSequences, NewSerialSequenceCreatedBeforeTableOwnedAfter)
{
	CatalogBuilder from;
	CatalogBuilder to;
	to.Table("public", "t")
	    .Column("public", "t", "id", "integer", true, "nextval('public.t_id_seq'::regclass)")
	    .Sequence("public", "t_id_seq", "integer", "a", "t", "id", kIntMax);
	const DiffResult r = DiffOf(from, to);
	const int seq = IndexOf(r, "CREATE SEQUENCE \"public\".\"t_id_seq\"");
	const int table = IndexOf(r, "CREATE TABLE \"public\".\"t\"");
	const int own = IndexOf(r, "OWNED BY \"public\".\"t\".\"id\"");
	ASSERT_GE(seq, 0);
	ASSERT_GE(table, 0);
	ASSERT_GE(own, 0);
	EXPECT_LT(seq, table);
	EXPECT_LT(table, own);
}

TEST(DiffSequences, OwnerColumnRecreatedReleasesThenOwnsAgain)
{
	const auto make = [](const std::string &generated, const std::string &expr) {
		CatalogBuilder b;
		b.Table("public", "t")
		    .Column("public", "t", "a", "bigint")
		    .Column("public", "t", "c", "bigint", false, expr, "", generated)
		    .Sequence("public", "s", "bigint", "a", "t", "c");
		return b;
	};
	const DiffResult r = DiffOf(make("", "\\N"), make("s", "(a + 1)"));
	const int release = IndexOf(r, "OWNED BY NONE");
	const int drop = IndexOf(r, "DROP COLUMN \"c\"");
	const int add = IndexOf(r, "ADD COLUMN \"c\"");
	const int own = IndexOf(r, "OWNED BY \"public\".\"t\".\"c\"");
	ASSERT_GE(release, 0);
	ASSERT_GE(own, 0);
	EXPECT_LT(release, drop);
	EXPECT_LT(add, own);
	EXPECT_EQ(test::CountOf(r, "DROP SEQUENCE"), 0);
}

// serial -> identity, the usual modernisation: the remote's identity sequence
// takes the serial sequence's name, so the serial sequence must be gone
// before ADD GENERATED ... (SEQUENCE NAME ...) runs, or PostgreSQL fails with
// relation "t_id_seq" already exists.
TEST(DiffSequences, SerialToIdentityDropsSerialSequenceBeforeAddingIdentity)
{
	CatalogBuilder from;
	from.Table("public", "t")
	    .Column("public", "t", "id", "integer", true, "nextval('public.t_id_seq'::regclass)")
	    .Sequence("public", "t_id_seq", "integer", "a", "t", "id", kIntMax);
	CatalogBuilder to;
	to.Table("public", "t")
	    .Column("public", "t", "id", "integer", true, "\\N", "d")
	    .Sequence("public", "t_id_seq", "integer", "i", "t", "id", kIntMax);
	const DiffResult r = DiffOf(from, to);
	const int drop_default = IndexOf(r, "DROP DEFAULT");
	const int drop_seq = IndexOf(r, "DROP SEQUENCE");
	const int add_identity = IndexOf(r, "ADD GENERATED BY DEFAULT AS IDENTITY (SEQUENCE NAME "
	                                    "\"public\".\"t_id_seq\"");
	ASSERT_GE(drop_default, 0);
	ASSERT_GE(drop_seq, 0);
	ASSERT_GE(add_identity, 0);
	EXPECT_LT(drop_default, drop_seq);
	EXPECT_LT(drop_seq, add_identity);
}

// identity -> serial: the identity sequence goes with DROP IDENTITY, which
// must run before CREATE SEQUENCE reuses its name.
TEST(DiffSequences, IdentityToSerialDropsIdentityBeforeCreatingSequence)
{
	CatalogBuilder from;
	from.Table("public", "t")
	    .Column("public", "t", "id", "integer", true, "\\N", "d")
	    .Sequence("public", "t_id_seq", "integer", "i", "t", "id", kIntMax);
	CatalogBuilder to;
	to.Table("public", "t")
	    .Column("public", "t", "id", "integer", true, "nextval('public.t_id_seq'::regclass)")
	    .Sequence("public", "t_id_seq", "integer", "a", "t", "id", kIntMax);
	const DiffResult r = DiffOf(from, to);
	const int drop_identity = IndexOf(r, "DROP IDENTITY");
	const int create_seq = IndexOf(r, "CREATE SEQUENCE \"public\".\"t_id_seq\"");
	const int set_default = IndexOf(r, "SET DEFAULT nextval");
	ASSERT_GE(drop_identity, 0);
	ASSERT_GE(create_seq, 0);
	ASSERT_GE(set_default, 0);
	EXPECT_LT(drop_identity, create_seq);
	EXPECT_LT(create_seq, set_default);
}

} // namespace
} // namespace pgschemadiff

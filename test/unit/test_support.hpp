// test_support.hpp — small assertions shared by the unit tests.
// Layer: test. Complements test_helpers.hpp: rows given by column name (so a
// new catalog column does not break every recorded row), error kinds, and
// finding statements in a diff.
#pragma once

#include "core/api.hpp"
#include "core/error.hpp"
#include "test_helpers.hpp"

#include <map>
#include <string>
#include <vector>

namespace pgschemadiff::test {

/// Appends one row to query `id`, cells given by column name; columns not
/// named are NULL ("\\N" also means NULL).
inline void
AppendNamed(CatalogRows &rows, QueryId id, const std::map<std::string, std::string> &values)
{
	RowSet &set = rows.at(id);
	std::vector<Cell> cells;
	for (const auto &column : set.Columns()) {
		auto it = values.find(column);
		if (it == values.end() || it->second == "\\N") {
			cells.emplace_back(std::nullopt);
		} else {
			cells.emplace_back(it->second);
		}
	}
	set.AddRow(std::move(cells));
}

/// Hands every query's rows to the session, as an adapter would.
inline bool
AddSide(Session *s, Side side, const CatalogRows &rows, CoreStatus *st)
{
	for (const auto &[id, set] : rows) {
		std::vector<const char *> names;
		for (const auto &c : set.Columns()) {
			names.push_back(c.c_str());
		}
		std::vector<Cell> kept; // CellView points into these
		for (std::size_t r = 0; r < set.RowCount(); ++r) {
			for (std::size_t c = 0; c < set.Columns().size(); ++c) {
				kept.push_back(set.CellAt(r, c));
			}
		}
		std::vector<CellView> cells;
		for (const auto &cell : kept) {
			cells.push_back(cell ? CellView{cell->data(), static_cast<int>(cell->size()), false}
			                     : CellView{nullptr, 0, true});
		}
		if (!SessionAddRows(s, side, static_cast<int>(id), static_cast<int>(names.size()),
		                    names.data(), static_cast<int>(set.RowCount()), cells.data(), st)) {
			return false;
		}
	}
	return true;
}

/// The kind of the pgschemadiff::Error `fn` throws; kNone when it returns.
template <typename Fn>
ErrorKind
ThrownKind(Fn fn)
{
	try {
		fn();
	} catch (const Error &e) {
		return e.Kind();
	}
	return ErrorKind::kNone;
}

/// Position of the first statement containing `needle`, or -1.
inline int
IndexOf(const DiffResult &r, const std::string &needle)
{
	for (std::size_t i = 0; i < r.changes.size(); ++i) {
		if (r.changes[i].sql.find(needle) != std::string::npos) {
			return static_cast<int>(i);
		}
	}
	return -1;
}

/// Like IndexOf, but "not found" is r.changes.size(): it sorts after every
/// statement found, so order checks read EXPECT_LT(PositionOf(a), PositionOf(b)).
inline std::size_t
PositionOf(const DiffResult &r, const std::string &needle)
{
	const int i = IndexOf(r, needle);
	return i < 0 ? r.changes.size() : static_cast<std::size_t>(i);
}

/// How many statements contain `needle`.
inline int
CountOf(const DiffResult &r, const std::string &needle)
{
	int n = 0;
	for (const auto &c : r.changes) {
		if (c.sql.find(needle) != std::string::npos) {
			++n;
		}
	}
	return n;
}

/// The first change whose SQL contains `needle`, or nullptr.
inline const Change *
ChangeWith(const DiffResult &r, const std::string &needle)
{
	const int i = IndexOf(r, needle);
	return i < 0 ? nullptr : &r.changes[static_cast<std::size_t>(i)];
}

/// True when any change is flagged destructive.
inline bool
AnyDestructive(const DiffResult &r)
{
	for (const auto &c : r.changes) {
		if (c.destructive) {
			return true;
		}
	}
	return false;
}

} // namespace pgschemadiff::test

// rowset.cpp — column lookup and cell decoding for catalog rows.
// Layer: core/catalog.
#include "core/catalog/rowset.hpp"

#include <algorithm>
#include <cstdlib>
#include <stdexcept>

namespace pgschemadiff {

namespace {

/// Arena blocks grow from kFirstBlock to kMaxBlock bytes (a cell longer than
/// that gets a block of its own size).
constexpr std::size_t kFirstBlock = 4096;
constexpr std::size_t kMaxBlock = std::size_t{1} << 20;
/// Row positions and cell lengths are 32-bit.
constexpr std::size_t kMaxRowBytes = 0xFFFFFFFFu;

/// Decodes the cell at `p` (Encode's varint, then the bytes): its bytes
/// (nullptr when NULL) and length; `p` moves past it.
const char *
NextCell(const char *&p, std::size_t *length)
{
	std::uint64_t v = 0;
	for (unsigned shift = 0;; shift += 7) {
		const unsigned char byte = static_cast<unsigned char>(*p++);
		v |= static_cast<std::uint64_t>(byte & 0x7F) << shift;
		if ((byte & 0x80) == 0) {
			break;
		}
	}
	*length = v == 0 ? 0 : static_cast<std::size_t>(v - 1);
	const char *data = v == 0 ? nullptr : p;
	p += *length;
	return data;
}

} // namespace

RowSet::RowRef
RowSet::Store(const char *data, std::size_t length)
{
	if (length >= kMaxRowBytes) {
		throw Error(ErrorKind::kInternal, "catalog query result too large (a row over 4 GiB)");
	}
	if (blocks_.empty() || blocks_.back().capacity() - blocks_.back().size() < length) {
		if (blocks_.size() >= kMaxRowBytes) {
			throw Error(ErrorKind::kInternal, "catalog query result too large");
		}
		const std::size_t grown =
		    blocks_.empty() ? kFirstBlock : std::min(kMaxBlock, 2 * blocks_.back().capacity());
		blocks_.emplace_back();
		blocks_.back().reserve(std::max(grown, length));
	}
	std::string &block = blocks_.back();
	const RowRef ref{static_cast<std::uint32_t>(blocks_.size() - 1),
	                 static_cast<std::uint32_t>(block.size())};
	block.append(data, length);
	return ref;
}

void
RowSet::Encode(std::string &out, const char *data, std::size_t length, bool is_null)
{
	if (!is_null && length >= kMaxRowBytes) {
		throw Error(ErrorKind::kInternal, "catalog query result too large (a cell over 4 GiB)");
	}
	// LEB128 of length + 1; 0 is NULL.
	std::uint64_t v = is_null ? 0 : static_cast<std::uint64_t>(length) + 1;
	do {
		unsigned char byte = static_cast<unsigned char>(v & 0x7F);
		v >>= 7;
		if (v != 0) {
			byte |= 0x80;
		}
		out.push_back(static_cast<char>(byte));
	} while (v != 0);
	if (!is_null) {
		out.append(data, length);
	}
}

void
RowSet::AddCell(const char *data, std::size_t length, bool is_null)
{
	if (columns_.empty()) {
		throw Error(ErrorKind::kCatalogDrift, "catalog row has the wrong number of cells");
	}
	Encode(pending_, data, length, is_null);
	if (++pending_cells_ == columns_.size()) {
		rows_.push_back(Store(pending_.data(), pending_.size()));
		pending_.clear();
		pending_cells_ = 0;
	}
}

void
RowSet::AddRow(const std::vector<Cell> &row)
{
	if (row.size() != columns_.size()) {
		throw Error(ErrorKind::kCatalogDrift, "catalog row has the wrong number of cells");
	}
	for (const auto &cell : row) {
		AddCell(cell ? cell->data() : nullptr, cell ? cell->size() : 0, !cell);
	}
}

const char *
RowSet::Locate(std::size_t row, std::size_t column, std::size_t *length) const
{
	const RowRef &ref = rows_.at(row);
	if (column >= columns_.size()) {
		throw std::out_of_range("catalog row has no such column");
	}
	const char *p = blocks_[ref.block].data() + ref.offset;
	for (std::size_t c = 0;; ++c) {
		const char *data = NextCell(p, length);
		if (c == column) {
			return data;
		}
	}
}

Cell
RowSet::CellAt(std::size_t row, std::size_t column) const
{
	std::size_t length = 0;
	const char *data = Locate(row, column, &length);
	if (data == nullptr) {
		return std::nullopt;
	}
	return std::string(data, length);
}

void
RowSet::SetCell(std::size_t row, std::size_t column, const Cell &value)
{
	if (column >= columns_.size()) {
		throw std::out_of_range("catalog row has no such column");
	}
	std::string encoded;
	for (std::size_t c = 0; c < columns_.size(); ++c) {
		if (c == column) {
			Encode(encoded, value ? value->data() : nullptr, value ? value->size() : 0, !value);
			continue;
		}
		std::size_t length = 0;
		const char *data = Locate(row, c, &length);
		Encode(encoded, data, length, data == nullptr);
	}
	rows_.at(row) = Store(encoded.data(), encoded.size());
}

bool
RowSet::IsNull(std::size_t row, std::size_t column) const
{
	std::size_t length = 0;
	return Locate(row, column, &length) == nullptr;
}

std::size_t
RowSet::ColumnIndex(std::string_view name) const
{
	if (by_name_.size() != columns_.size()) {
		by_name_.resize(columns_.size());
		for (std::size_t i = 0; i < columns_.size(); ++i) {
			by_name_[i] = i;
		}
		std::sort(by_name_.begin(), by_name_.end(),
		          [&](std::size_t a, std::size_t b) { return columns_[a] < columns_[b]; });
	}
	auto it = std::lower_bound(
	    by_name_.begin(), by_name_.end(), name,
	    [&](std::size_t i, std::string_view n) { return std::string_view(columns_[i]) < n; });
	if (it == by_name_.end() || columns_[*it] != name) {
		throw Error(ErrorKind::kCatalogDrift,
		            "catalog query result lacks column \"" + std::string(name) + "\"");
	}
	return *it;
}

void
RowSet::LocateAll(std::size_t row, const char **starts, std::size_t *lengths) const
{
	const RowRef &ref = rows_.at(row);
	const char *p = blocks_[ref.block].data() + ref.offset;
	for (std::size_t c = 0; c < columns_.size(); ++c) {
		starts[c] = NextCell(p, &lengths[c]);
	}
}

RowReader::RowReader(const RowSet &set, std::size_t row) : set_(set), row_(row)
{
	if (set.Columns().size() <= kInlineCells) {
		set.LocateAll(row, starts_, lengths_);
		located_ = true;
	}
}

const char *
RowReader::Cell_(std::string_view column, std::size_t *length) const
{
	// Only called when located_ (the row's cells were found at construction).
	const std::size_t index = set_.ColumnIndex(column);
	*length = lengths_[index];
	return starts_[index];
}

Cell
RowReader::Get(std::string_view column) const
{
	if (!located_) {
		return set_.CellAt(row_, set_.ColumnIndex(column));
	}
	std::size_t length = 0;
	const char *data = Cell_(column, &length);
	if (data == nullptr) {
		return std::nullopt;
	}
	return std::string(data, length);
}

std::string
RowReader::Text(std::string_view column) const
{
	Cell c = Get(column);
	return c ? std::move(*c) : std::string();
}

bool
RowReader::Bool(std::string_view column) const
{
	if (!located_) {
		const std::string v = Text(column);
		return v == "true" || v == "t";
	}
	std::size_t length = 0;
	const char *data = Cell_(column, &length);
	if (data == nullptr) {
		return false;
	}
	const std::string_view v(data, length);
	return v == "true" || v == "t";
}

int
RowReader::Int(std::string_view column) const
{
	const std::string v = Text(column);
	char *end = nullptr;
	long n = std::strtol(v.c_str(), &end, 10);
	if (v.empty() || end == nullptr || *end != '\0') {
		throw Error(ErrorKind::kCatalogDrift, "catalog column \"" + std::string(column) +
		                                          "\" is not an integer: \"" + v + "\"");
	}
	return static_cast<int>(n);
}

std::optional<std::string>
RowReader::Optional(std::string_view column) const
{
	return Get(column);
}

std::vector<std::string>
ParseTextArray(const std::string &literal)
{
	std::vector<std::string> out;
	if (literal.size() < 2 || literal.front() != '{' || literal.back() != '}') {
		throw Error(ErrorKind::kCatalogDrift, "malformed array literal in catalog row: " + literal);
	}
	std::size_t i = 1;
	const std::size_t end = literal.size() - 1;
	if (i == end) {
		return out;
	}
	while (i <= end) {
		std::string item;
		bool quoted = false;
		if (literal[i] == '"') {
			quoted = true;
			++i;
			while (i < end && literal[i] != '"') {
				if (literal[i] == '\\' && i + 1 < end) {
					++i;
				}
				item.push_back(literal[i]);
				++i;
			}
			if (i >= end) {
				throw Error(ErrorKind::kCatalogDrift,
				            "unterminated quote in array literal: " + literal);
			}
			++i; // closing quote
		} else {
			while (i < end && literal[i] != ',') {
				item.push_back(literal[i]);
				++i;
			}
		}
		if (!quoted && item.empty()) {
			throw Error(ErrorKind::kCatalogDrift, "empty element in array literal: " + literal);
		}
		if (quoted || item != "NULL") {
			out.push_back(item);
		}
		if (i < end && literal[i] != ',') {
			throw Error(ErrorKind::kCatalogDrift,
			            "malformed array literal in catalog row: " + literal);
		}
		++i; // skip ',' (or step past end)
	}
	return out;
}

} // namespace pgschemadiff

// digest.cpp — RowsDigest (digest.hpp).
// Layer: core/catalog.
#include "core/catalog/digest.hpp"

#include "core/catalog/queries.hpp"

#include <cstdint>
#include <cstdio>

namespace pgschemadiff {
namespace {

constexpr std::uint64_t kFnvPrime = 1099511628211ULL;
constexpr std::uint64_t kFnvOffset = 14695981039346656037ULL;
constexpr std::uint64_t kSecondOffset = 0x84222325cbf29ce4ULL;

struct Hasher {
	std::uint64_t a = kFnvOffset;
	std::uint64_t b = kSecondOffset;

	void Bytes(const char *data, std::size_t n)
	{
		for (std::size_t i = 0; i < n; ++i) {
			const auto byte = static_cast<unsigned char>(data[i]);
			a = (a ^ byte) * kFnvPrime;
			b = (b ^ byte) * kFnvPrime;
		}
	}
	/// A length first, so that cell boundaries count ("ab","c" vs "a","bc").
	void Sized(const char *data, std::size_t n)
	{
		const std::uint64_t len = n;
		Bytes(reinterpret_cast<const char *>(&len), sizeof len);
		Bytes(data, n);
	}
};

} // namespace

std::string
RowsDigest(const CatalogRows &rows)
{
	Hasher h;
	for (const auto &[id, set] : rows) {
		if (id == QueryId::kSequenceValues) {
			continue;
		}
		const auto query = static_cast<std::uint64_t>(id);
		h.Bytes(reinterpret_cast<const char *>(&query), sizeof query);
		for (const auto &column : set.Columns()) {
			h.Sized(column.data(), column.size());
		}
		for (std::size_t r = 0; r < set.RowCount(); ++r) {
			for (std::size_t c = 0; c < set.Columns().size(); ++c) {
				if (set.IsNull(r, c)) {
					h.Bytes("N", 1);
					continue;
				}
				const Cell cell = set.CellAt(r, c);
				h.Bytes("V", 1);
				h.Sized(cell->data(), cell->size());
			}
		}
	}
	char out[33];
	std::snprintf(out, sizeof out, "%016llx%016llx", static_cast<unsigned long long>(h.a),
	              static_cast<unsigned long long>(h.b));
	return out;
}

} // namespace pgschemadiff

// boxed.hpp — an optional value kept on the heap.
// Layer: core/util. For members that are large and usually absent (a
// column's identity): std::optional<T> reserves sizeof(T) in every object,
// Boxed<T> one pointer. Value semantics (copies copy the value), compared by
// value, used like std::optional (bool test, *, ->, = std::nullopt).
#pragma once

#include "core/util/cpp_only_file.hpp"

#include <memory>
#include <optional>
#include <utility>

namespace pgschemadiff {

template <typename T>
class Boxed {
public:
	Boxed() = default;
	Boxed(std::nullopt_t) {}
	Boxed(T value) : value_(std::make_unique<T>(std::move(value))) {}
	Boxed(const std::optional<T> &value)
	    : value_(value ? std::make_unique<T>(*value) : std::unique_ptr<T>())
	{
	}
	Boxed(const Boxed &o) : value_(o.value_ ? std::make_unique<T>(*o.value_) : std::unique_ptr<T>())
	{
	}
	Boxed(Boxed &&) noexcept = default;
	Boxed &operator=(const Boxed &o)
	{
		if (this != &o) {
			value_ = o.value_ ? std::make_unique<T>(*o.value_) : std::unique_ptr<T>();
		}
		return *this;
	}
	Boxed &operator=(Boxed &&) noexcept = default;
	Boxed &operator=(std::nullopt_t)
	{
		value_.reset();
		return *this;
	}

	void reset() { value_.reset(); }
	/// A copy as std::optional, for code written against std::optional.
	operator std::optional<T>() const { return value_ ? std::optional<T>(*value_) : std::nullopt; }
	T value_or(T fallback) const { return value_ ? *value_ : std::move(fallback); }

	explicit operator bool() const { return value_ != nullptr; }
	bool has_value() const { return value_ != nullptr; }
	T &operator*() { return *value_; }
	const T &operator*() const { return *value_; }
	T *operator->() { return value_.get(); }
	const T *operator->() const { return value_.get(); }

	friend bool operator==(const Boxed &a, const Boxed &b)
	{
		return a.value_ ? (b.value_ && *a.value_ == *b.value_) : !b.value_;
	}
	friend bool operator!=(const Boxed &a, const Boxed &b) { return !(a == b); }
	// Against std::optional: without these, std::optional's own
	// `optional<T> != U` template took a Boxed for a present value (an empty
	// optional then compared unequal to an empty Boxed).
	friend bool operator==(const Boxed &a, const std::optional<T> &b)
	{
		return a.value_ ? (b.has_value() && *a.value_ == *b) : !b.has_value();
	}
	friend bool operator==(const std::optional<T> &b, const Boxed &a) { return a == b; }
	friend bool operator!=(const Boxed &a, const std::optional<T> &b) { return !(a == b); }
	friend bool operator!=(const std::optional<T> &b, const Boxed &a) { return !(a == b); }

private:
	std::unique_ptr<T> value_;
};

} // namespace pgschemadiff

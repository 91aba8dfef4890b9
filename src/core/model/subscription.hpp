// subscription.hpp — logical replication subscriptions (CREATE SUBSCRIPTION).
// Layer: core/model. Pure data; equality through Tie(). Whether a
// subscription is enabled is not compared (pg_dump does not print it: a
// restored subscription starts disabled, with connect = false).
#pragma once

#include "core/util/cpp_only_file.hpp"

#include <optional>
#include <string>
#include <tuple>
#include <vector>

namespace pgschemadiff {

struct Subscription {
	std::string name;
	/// The connection string; unset when the reading role may not read
	/// pg_subscription.subconninfo (only superusers may, by default).
	std::optional<std::string> conninfo;
	std::vector<std::string> publications;
	std::optional<std::string> slot_name; // unset: slot_name = NONE
	/// The WITH options pg_dump prints, where they are not the default
	/// ("binary=true", "streaming=on", "synchronous_commit=remote_apply", ...).
	std::vector<std::string> options;
	std::optional<std::string> comment;
	auto Tie() const { return std::tie(name, conninfo, publications, slot_name, options, comment); }
	bool operator==(const Subscription &o) const { return Tie() == o.Tie(); }
};

} // namespace pgschemadiff

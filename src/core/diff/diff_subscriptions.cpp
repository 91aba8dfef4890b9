// diff_subscriptions.cpp — CREATE / ALTER / DROP SUBSCRIPTION.
// Layer: core/diff. A migration never connects to a publisher: a
// subscription is created as pg_dump restores one (connect = false: no slot
// made, no table copied, left disabled; ENABLE and REFRESH PUBLICATION are
// the DBA's), changed only in what needs no connection (CONNECTION, SET
// PUBLICATION … WITH (refresh = false), SET (options)), and dropped after
// DISABLE and SET (slot_name = NONE), which leaves the publisher's slot
// there (a WARNING names it: it keeps WAL until dropped). Credentials are
// never copied: a subscription to create or change whose connection string
// holds a password, or that the reading role may not read (only superusers
// may), is left as it is and named with the objects not migrated
// (LeftOutSubscriptions: the WARNING, schema_diff_unsupported, drift
// checks); so is a change of two_phase (not alterable) or to slot_name =
// NONE on a kept subscription (it would have to be disabled).
#include "core/diff/context.hpp"
#include "core/diff/unsupported.hpp"
#include "core/util/quote.hpp"
#include "core/util/mask.hpp"

#include <map>

namespace pgschemadiff {
namespace {

/// option -> value, from "name=value" items.
std::map<std::string, std::string>
Options(const Subscription &s)
{
	std::map<std::string, std::string> out;
	for (const auto &o : s.options) {
		const std::size_t eq = o.find('=');
		out[o.substr(0, eq)] = eq == std::string::npos ? "" : o.substr(eq + 1);
	}
	return out;
}

/// The value an option has when CREATE SUBSCRIPTION does not name it.
std::string
DefaultValue(const std::string &option)
{
	static const std::map<std::string, std::string> kDefaults = {
	    {"binary", "false"},           {"streaming", "off"},          {"two_phase", "off"},
	    {"disable_on_error", "false"}, {"synchronous_commit", "off"}, {"origin", "any"},
	    {"password_required", "true"}, {"run_as_owner", "false"},     {"failover", "false"}};
	auto it = kDefaults.find(option);
	return it == kDefaults.end() ? "" : it->second;
}

bool
HoldsPassword(const Subscription &s)
{
	return s.conninfo && !FindSecrets(*s.conninfo).empty();
}

/// Why `want` (and `have`, when there is one) cannot be migrated, or "".
std::string
LeftOutReason(const Subscription *have, const Subscription &want)
{
	if (!want.conninfo || (have != nullptr && !have->conninfo)) {
		return "its connection string is readable only by superusers";
	}
	if (HoldsPassword(want) || (have != nullptr && HoldsPassword(*have))) {
		return "its connection string holds a password";
	}
	if (have == nullptr) {
		return "";
	}
	const auto a = Options(*have);
	const auto b = Options(want);
	const auto value = [](const std::map<std::string, std::string> &m, const std::string &k) {
		auto it = m.find(k);
		return it == m.end() ? DefaultValue(k) : it->second;
	};
	if (value(a, "two_phase") != value(b, "two_phase")) {
		return "two_phase differs, and cannot be changed on an existing subscription";
	}
	if (have->slot_name && !want.slot_name) {
		return "slot_name = NONE needs the subscription disabled";
	}
	return "";
}

void
Alter(DiffContext &ctx, const Subscription &have, const Subscription &want)
{
	const std::string identity = QuoteIdent(want.name);
	if (have.conninfo != want.conninfo) {
		ctx.Add(Phase::kPublications, "subscription", identity, Action::kAlter, false,
		        op::AlterSubscriptionConnection{want.name, *want.conninfo});
	}
	if (have.publications != want.publications) {
		ctx.Add(Phase::kPublications, "subscription", identity, Action::kAlter, false,
		        op::AlterSubscriptionPublications{want.name, want.publications});
	}
	std::vector<std::string> settings;
	if (have.slot_name != want.slot_name && want.slot_name) {
		settings.push_back("slot_name=" + *want.slot_name);
	}
	const auto a = Options(have);
	const auto b = Options(want);
	for (const auto &[name, v] : a) {
		if (b.count(name) == 0) {
			settings.push_back(name + "=" + DefaultValue(name));
		}
	}
	for (const auto &[name, v] : b) {
		auto it = a.find(name);
		if (it == a.end() || it->second != v) {
			settings.push_back(name + "=" + v);
		}
	}
	if (!settings.empty()) {
		ctx.Add(Phase::kPublications, "subscription", identity, Action::kAlter, false,
		        op::AlterSubscriptionSettings{want.name, settings});
	}
	if (have.comment != want.comment) {
		ctx.Add(Phase::kComments, "comment", "subscription " + identity, Action::kAlter, false,
		        op::CommentOnSubscription{want.name, want.comment});
	}
}

} // namespace

std::vector<UnsupportedDifference>
LeftOutSubscriptions(const Catalog &from, const Catalog &to)
{
	std::vector<UnsupportedDifference> out;
	for (const auto &[name, want] : to.subscriptions) {
		auto it = from.subscriptions.find(name);
		const Subscription *have = it == from.subscriptions.end() ? nullptr : &it->second;
		if (have != nullptr && *have == want) {
			continue;
		}
		std::string reason = LeftOutReason(have, want);
		if (!reason.empty()) {
			out.push_back(
			    {"subscription", name,
			     have == nullptr ? UnsupportedStatus::kOnlyInRemote : UnsupportedStatus::kDiffers,
			     std::move(reason)});
		}
	}
	return out;
}

void
DiffSubscriptions(DiffContext &ctx)
{
	for (const auto &[name, want] : ctx.to.subscriptions) {
		auto it = ctx.from.subscriptions.find(name);
		const Subscription *have = it == ctx.from.subscriptions.end() ? nullptr : &it->second;
		if (have != nullptr && *have == want) {
			continue;
		}
		if (!LeftOutReason(have, want).empty()) {
			continue; // named by DiffUnsupported (LeftOutSubscriptions)
		}
		if (have != nullptr) {
			Alter(ctx, *have, want);
			continue;
		}
		ctx.Add(Phase::kPublications, "subscription", QuoteIdent(name), Action::kCreate, false,
		        op::CreateSubscription{want});
		if (want.comment) {
			ctx.Add(Phase::kComments, "comment", "subscription " + QuoteIdent(name),
			        Action::kCreate, false, op::CommentOnSubscription{name, want.comment});
		}
	}
	std::vector<std::string> slots;
	for (const auto &[name, have] : ctx.from.subscriptions) {
		if (ctx.to.subscriptions.count(name) > 0) {
			continue;
		}
		const std::string identity = QuoteIdent(name);
		if (have.slot_name) {
			ctx.Add(Phase::kDropDependents, "subscription", identity, Action::kDrop, true,
			        op::DisableSubscription{name});
			ctx.Add(Phase::kDropDependents, "subscription", identity, Action::kDrop, true,
			        op::DetachSubscriptionSlot{name});
			slots.push_back(QuoteLiteral(*have.slot_name) + " (subscription " + identity + ")");
		}
		ctx.Add(Phase::kDropDependents, "subscription", identity, Action::kDrop, true,
		        op::DropSubscription{name});
	}
	if (!slots.empty()) {
		std::string detail;
		for (const auto &s : slots) {
			detail += (detail.empty() ? "" : ", ") + s;
		}
		ctx.Warn("subscriptions are dropped without connecting to their publisher: their "
		         "replication slots stay there",
		         "Slots: " + detail +
		             ". Drop each on its publisher "
		             "(SELECT pg_drop_replication_slot('name')) once the "
		             "migration is applied, or it keeps WAL there.");
	}
}

} // namespace pgschemadiff

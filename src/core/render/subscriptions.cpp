// subscriptions.cpp — SQL text for subscriptions.
// Layer: core/render. Options are written name = 'value' (every
// subscription option takes a string).
#include "core/render/subscriptions.hpp"

#include "core/util/quote.hpp"

namespace pgschemadiff {
namespace render {
namespace {

std::string
Setting(const std::string &item)
{
	const std::size_t eq = item.find('=');
	if (eq == std::string::npos) {
		return QuoteIdent(item);
	}
	return QuoteIdent(item.substr(0, eq)) + " = " + QuoteLiteral(item.substr(eq + 1));
}

std::string
Publications(const std::vector<std::string> &publications)
{
	std::string out;
	for (const auto &p : publications) {
		out += (out.empty() ? "" : ", ") + QuoteIdent(p);
	}
	return out;
}

} // namespace

std::string
CreateSubscription(const Subscription &s)
{
	std::string out = "CREATE SUBSCRIPTION " + QuoteIdent(s.name) + " CONNECTION " +
	                  QuoteLiteral(s.conninfo.value_or("")) + " PUBLICATION " +
	                  Publications(s.publications) + " WITH (connect = false, slot_name = " +
	                  (s.slot_name ? QuoteLiteral(*s.slot_name) : std::string("NONE"));
	for (const auto &o : s.options) {
		out += ", " + Setting(o);
	}
	return out + ");";
}

std::string
AlterSubscriptionConnection(const std::string &name, const std::string &conninfo)
{
	return "ALTER SUBSCRIPTION " + QuoteIdent(name) + " CONNECTION " + QuoteLiteral(conninfo) + ";";
}

std::string
AlterSubscriptionPublications(const std::string &name, const std::vector<std::string> &publications)
{
	return "ALTER SUBSCRIPTION " + QuoteIdent(name) + " SET PUBLICATION " +
	       Publications(publications) + " WITH (refresh = false);";
}

std::string
AlterSubscriptionSettings(const std::string &name, const std::vector<std::string> &settings)
{
	std::string list;
	for (const auto &s : settings) {
		list += (list.empty() ? "" : ", ") + Setting(s);
	}
	return "ALTER SUBSCRIPTION " + QuoteIdent(name) + " SET (" + list + ");";
}

std::string
DisableSubscription(const std::string &name)
{
	return "ALTER SUBSCRIPTION " + QuoteIdent(name) + " DISABLE;";
}

std::string
DetachSubscriptionSlot(const std::string &name)
{
	return "ALTER SUBSCRIPTION " + QuoteIdent(name) + " SET (slot_name = NONE);";
}

std::string
DropSubscription(const std::string &name)
{
	return "DROP SUBSCRIPTION " + QuoteIdent(name) + ";";
}

std::string
CommentOnSubscription(const std::string &name, const std::optional<std::string> &text)
{
	return "COMMENT ON SUBSCRIPTION " + QuoteIdent(name) + " IS " +
	       (text ? QuoteLiteral(*text) : std::string("NULL")) + ";";
}

} // namespace render
} // namespace pgschemadiff

// subscriptions.hpp — SQL text for subscriptions, none of which connects to
// the publisher.
// Layer: core/render.
#pragma once

#include "core/model/subscription.hpp"
#include "core/util/cpp_only_file.hpp"

#include <optional>
#include <string>
#include <vector>

namespace pgschemadiff {
namespace render {

/// CREATE SUBSCRIPTION … WITH (connect = false, slot_name = …, …), as
/// pg_dump's dumpSubscription: no slot is created, nothing is copied, the
/// subscription starts disabled. The conninfo must be set.
std::string CreateSubscription(const Subscription &s);
/// ALTER SUBSCRIPTION … CONNECTION '…' (checked, not used to connect).
std::string AlterSubscriptionConnection(const std::string &name, const std::string &conninfo);
/// ALTER SUBSCRIPTION … SET PUBLICATION … WITH (refresh = false).
std::string AlterSubscriptionPublications(const std::string &name,
                                          const std::vector<std::string> &publications);
/// ALTER SUBSCRIPTION … SET (name = 'value', …); `settings` are name=value.
std::string AlterSubscriptionSettings(const std::string &name,
                                      const std::vector<std::string> &settings);
/// ALTER SUBSCRIPTION … DISABLE.
std::string DisableSubscription(const std::string &name);
/// ALTER SUBSCRIPTION … SET (slot_name = NONE): DROP then leaves the
/// publisher's slot alone instead of connecting to drop it.
std::string DetachSubscriptionSlot(const std::string &name);
std::string DropSubscription(const std::string &name);
/// COMMENT ON SUBSCRIPTION … IS '…' (IS NULL without text).
std::string CommentOnSubscription(const std::string &name, const std::optional<std::string> &text);

} // namespace render
} // namespace pgschemadiff

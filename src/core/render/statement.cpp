// statement.cpp — the SQL of each statement form (statement.hpp).
// Layer: core/render. One overload per form of plan/statement.hpp, each
// calling the render function of the same name.
#include "core/render/statement.hpp"

#include "core/render/column_options.hpp"
#include "core/render/ddl.hpp"
#include "core/render/foreign.hpp"
#include "core/render/longtail.hpp"
#include "core/render/publications.hpp"
#include "core/render/subscriptions.hpp"
#include "core/render/table_options.hpp"
#include "core/render/text_search.hpp"

namespace pgschemadiff {
namespace render {
namespace {

std::string
RenderOp(const op::AddAttribute &o)
{
	return AddAttribute(o.type, o.attribute, o.cascade);
}

std::string
RenderOp(const op::AddColumn &o)
{
	return AddColumn(o.table, o.column);
}

std::string
RenderOp(const op::AddConstraint &o)
{
	return AddConstraint(o.table, o.constraint);
}

std::string
RenderOp(const op::AddConstraintNotValid &o)
{
	return AddConstraintNotValid(o.table, o.name, o.definition);
}

std::string
RenderOp(const op::AddDomainConstraint &o)
{
	return AddDomainConstraint(o.id, o.name, o.definition);
}

std::string
RenderOp(const op::AddEnumValue &o)
{
	return AddEnumValue(o.type, o.label, o.neighbour, o.before);
}

std::string
RenderOp(const op::AddFamilyMember &o)
{
	return AddFamilyMember(o.family, o.member);
}

std::string
RenderOp(const op::AddForeignColumn &o)
{
	return AddForeignColumn(o.id, o.column);
}

std::string
RenderOp(const op::AddIdentity &o)
{
	return AddIdentity(o.table, o.column, o.identity);
}

std::string
RenderOp(const op::AddNotNullCheck &o)
{
	return AddNotNullCheck(o.table, o.name, o.column);
}

std::string
RenderOp(const op::AddPublicationSchema &o)
{
	return AddPublicationSchema(o.publication, o.schema);
}

std::string
RenderOp(const op::AddPublicationTable &o)
{
	return AddPublicationTable(o.publication, o.table);
}

std::string
RenderOp(const op::AlterAttributeType &o)
{
	return AlterAttributeType(o.type, o.attribute, o.cascade);
}

std::string
RenderOp(const op::AlterBaseType &o)
{
	return AlterBaseType(o.object, o.keys);
}

std::string
RenderOp(const op::AlterColumnType &o)
{
	return AlterColumnType(o.table, o.have, o.want, o.via_text, o.cast_to);
}

std::string
RenderOp(const op::AlterDomainDefault &o)
{
	return AlterDomainDefault(o.id, o.expr);
}

std::string
RenderOp(const op::AlterDomainNotNull &o)
{
	return AlterDomainNotNull(o.id, o.not_null);
}

std::string
RenderOp(const op::AlterExtensionSchema &o)
{
	return AlterExtensionSchema(o.name, o.schema);
}

std::string
RenderOp(const op::AlterExtensionUpdate &o)
{
	return AlterExtensionUpdate(o.name, o.version);
}

std::string
RenderOp(const op::AlterForeignColumn &o)
{
	return AlterForeignColumn(o.id, o.have, o.want, o.part);
}

std::string
RenderOp(const op::AlterForeignDataWrapper &o)
{
	return AlterForeignDataWrapper(o.have, o.want);
}

std::string
RenderOp(const op::AlterForeignTableOptions &o)
{
	return AlterForeignTableOptions(o.id, o.have, o.want);
}

std::string
RenderOp(const op::AlterOperatorEstimators &o)
{
	return AlterOperatorEstimators(o.object);
}

std::string
RenderOp(const op::AlterSequence &o)
{
	return AlterSequence(o.id, o.options, o.restart);
}

std::string
RenderOp(const op::AlterSequencePersistence &o)
{
	return AlterSequencePersistence(o.id, o.unlogged);
}

std::string
RenderOp(const op::AlterServer &o)
{
	return AlterServer(o.have, o.want);
}

std::string
RenderOp(const op::AlterSubscriptionConnection &o)
{
	return AlterSubscriptionConnection(o.name, o.conninfo);
}

std::string
RenderOp(const op::AlterSubscriptionPublications &o)
{
	return AlterSubscriptionPublications(o.name, o.publications);
}

std::string
RenderOp(const op::AlterSubscriptionSettings &o)
{
	return AlterSubscriptionSettings(o.name, o.settings);
}

std::string
RenderOp(const op::AlterTextSearchDictionary &o)
{
	return AlterTextSearchDictionary(o.id, o.removed, o.set);
}

std::string
RenderOp(const op::AlterUserMapping &o)
{
	return AlterUserMapping(o.have, o.want);
}

std::string
RenderOp(const op::AlterViewColumnDefault &o)
{
	return AlterViewColumnDefault(o.view, o.column, o.expr);
}

std::string
RenderOp(const op::AttachPartition &o)
{
	return AttachPartition(o.parent, o.table, o.bound);
}

std::string
RenderOp(const op::ClusterOn &o)
{
	return ClusterOn(o.table, o.index);
}

std::string
RenderOp(const op::Comment &o)
{
	return Comment(o.object, o.text);
}

std::string
RenderOp(const op::CommentOnSubscription &o)
{
	return CommentOnSubscription(o.name, o.text);
}

std::string
RenderOp(const op::CreateAggregate &o)
{
	return CreateAggregate(o.aggregate);
}

std::string
RenderOp(const op::CreateCollation &o)
{
	return CreateCollation(o.collation);
}

std::string
RenderOp(const op::CreateComposite &o)
{
	return CreateComposite(o.type);
}

std::string
RenderOp(const op::CreateDomain &o)
{
	return CreateDomain(o.domain);
}

std::string
RenderOp(const op::CreateEnum &o)
{
	return CreateEnum(o.type);
}

std::string
RenderOp(const op::CreateEventTrigger &o)
{
	return CreateEventTrigger(o.trigger);
}

std::string
RenderOp(const op::CreateExtension &o)
{
	return CreateExtension(o.extension, o.with_version);
}

std::string
RenderOp(const op::CreateForeignDataWrapper &o)
{
	return CreateForeignDataWrapper(o.wrapper);
}

std::string
RenderOp(const op::CreateForeignTable &o)
{
	return CreateForeignTable(o.table);
}

std::string
RenderOp(const op::CreateIndex &o)
{
	return CreateIndex(o.index);
}

std::string
RenderOp(const op::CreateIndexConcurrently &o)
{
	return CreateIndexConcurrently(o.definition, o.name, o.as_name);
}

std::string
RenderOp(const op::CreateLongTail &o)
{
	return CreateLongTail(o.object);
}

std::string
RenderOp(const op::CreatePolicy &o)
{
	return CreatePolicy(o.policy);
}

std::string
RenderOp(const op::CreatePublication &o)
{
	return CreatePublication(o.publication);
}

std::string
RenderOp(const op::CreateRange &o)
{
	return CreateRange(o.type);
}

std::string
RenderOp(const op::CreateRoutine &o)
{
	return CreateRoutine(o.routine);
}

std::string
RenderOp(const op::CreateRule &o)
{
	return CreateRule(o.rule);
}

std::string
RenderOp(const op::CreateSchema &o)
{
	return CreateSchema(o.name);
}

std::string
RenderOp(const op::CreateSequence &o)
{
	return CreateSequence(o.sequence);
}

std::string
RenderOp(const op::CreateServer &o)
{
	return CreateServer(o.server);
}

std::string
RenderOp(const op::CreateShellType &o)
{
	return CreateShellType(o.id);
}

std::string
RenderOp(const op::CreateStatistics &o)
{
	return CreateStatistics(o.statistics);
}

std::string
RenderOp(const op::CreateSubscription &o)
{
	return CreateSubscription(o.subscription);
}

std::string
RenderOp(const op::CreateTableWithOptions &o)
{
	return CreateTableWithOptions(o.table);
}

std::string
RenderOp(const op::CreateTextSearchConfiguration &o)
{
	return CreateTextSearchConfiguration(o.configuration);
}

std::string
RenderOp(const op::CreateTextSearchDictionary &o)
{
	return CreateTextSearchDictionary(o.dictionary);
}

std::string
RenderOp(const op::CreateTrigger &o)
{
	return CreateTrigger(o.trigger);
}

std::string
RenderOp(const op::CreateUserMapping &o)
{
	return CreateUserMapping(o.mapping);
}

std::string
RenderOp(const op::CreateView &o)
{
	return CreateView(o.view, o.or_replace);
}

std::string
RenderOp(const op::CreateViewStub &o)
{
	return CreateViewStub(o.view, o.or_replace);
}

std::string
RenderOp(const op::DetachPartition &o)
{
	return DetachPartition(o.parent, o.table);
}

std::string
RenderOp(const op::DetachSubscriptionSlot &o)
{
	return DetachSubscriptionSlot(o.name);
}

std::string
RenderOp(const op::DisableSubscription &o)
{
	return DisableSubscription(o.name);
}

std::string
RenderOp(const op::DropAggregate &o)
{
	return DropAggregate(o.aggregate);
}

std::string
RenderOp(const op::DropAttribute &o)
{
	return DropAttribute(o.type, o.name, o.cascade);
}

std::string
RenderOp(const op::DropCollation &o)
{
	return DropCollation(o.id);
}

std::string
RenderOp(const op::DropColumn &o)
{
	return DropColumn(o.table, o.column);
}

std::string
RenderOp(const op::DropConstraint &o)
{
	return DropConstraint(o.table, o.name);
}

std::string
RenderOp(const op::DropDefault &o)
{
	return DropDefault(o.table, o.column);
}

std::string
RenderOp(const op::DropDomain &o)
{
	return DropDomain(o.id);
}

std::string
RenderOp(const op::DropDomainConstraint &o)
{
	return DropDomainConstraint(o.id, o.name);
}

std::string
RenderOp(const op::DropEventTrigger &o)
{
	return DropEventTrigger(o.name);
}

std::string
RenderOp(const op::DropExpression &o)
{
	return DropExpression(o.table, o.column);
}

std::string
RenderOp(const op::DropExtension &o)
{
	return DropExtension(o.name);
}

std::string
RenderOp(const op::DropFamilyMember &o)
{
	return DropFamilyMember(o.family, o.member);
}

std::string
RenderOp(const op::DropForeignColumn &o)
{
	return DropForeignColumn(o.id, o.column);
}

std::string
RenderOp(const op::DropForeignDataWrapper &o)
{
	return DropForeignDataWrapper(o.name);
}

std::string
RenderOp(const op::DropForeignTable &o)
{
	return DropForeignTable(o.id);
}

std::string
RenderOp(const op::DropIdentity &o)
{
	return DropIdentity(o.table, o.column);
}

std::string
RenderOp(const op::DropIndex &o)
{
	return DropIndex(o.index);
}

std::string
RenderOp(const op::DropIndexConcurrently &o)
{
	return DropIndexConcurrently(o.index);
}

std::string
RenderOp(const op::DropLongTail &o)
{
	return DropLongTail(o.object);
}

std::string
RenderOp(const op::DropPolicy &o)
{
	return DropPolicy(o.table, o.name);
}

std::string
RenderOp(const op::DropPublication &o)
{
	return DropPublication(o.name);
}

std::string
RenderOp(const op::DropPublicationSchema &o)
{
	return DropPublicationSchema(o.publication, o.schema);
}

std::string
RenderOp(const op::DropPublicationTable &o)
{
	return DropPublicationTable(o.publication, o.table);
}

std::string
RenderOp(const op::DropRoutine &o)
{
	return DropRoutine(o.routine);
}

std::string
RenderOp(const op::DropRule &o)
{
	return DropRule(o.table, o.name);
}

std::string
RenderOp(const op::DropSchema &o)
{
	return DropSchema(o.name);
}

std::string
RenderOp(const op::DropSequence &o)
{
	return DropSequence(o.id, o.if_exists);
}

std::string
RenderOp(const op::DropServer &o)
{
	return DropServer(o.name);
}

std::string
RenderOp(const op::DropStatistics &o)
{
	return DropStatistics(o.id);
}

std::string
RenderOp(const op::DropSubscription &o)
{
	return DropSubscription(o.name);
}

std::string
RenderOp(const op::DropTable &o)
{
	return DropTable(o.id);
}

std::string
RenderOp(const op::DropTextSearchConfiguration &o)
{
	return DropTextSearchConfiguration(o.id);
}

std::string
RenderOp(const op::DropTextSearchDictionary &o)
{
	return DropTextSearchDictionary(o.id);
}

std::string
RenderOp(const op::DropTextSearchMapping &o)
{
	return DropTextSearchMapping(o.id, o.tokens);
}

std::string
RenderOp(const op::DropTrigger &o)
{
	return DropTrigger(o.table, o.name);
}

std::string
RenderOp(const op::DropType &o)
{
	return DropType(o.id);
}

std::string
RenderOp(const op::DropTypeCascade &o)
{
	return DropTypeCascade(o.id);
}

std::string
RenderOp(const op::DropUserMapping &o)
{
	return DropUserMapping(o.mapping);
}

std::string
RenderOp(const op::DropView &o)
{
	return DropView(o.id, o.materialized);
}

std::string
RenderOp(const op::EnableRowSecurity &o)
{
	return EnableRowSecurity(o.table, o.enable);
}

std::string
RenderOp(const op::EventTriggerEnabledState &o)
{
	return EventTriggerEnabledState(o.trigger);
}

std::string
RenderOp(const op::ForceRowSecurity &o)
{
	return ForceRowSecurity(o.table, o.force);
}

std::string
RenderOp(const op::Grant &o)
{
	return Grant(o.privilege);
}

std::string
RenderOp(const op::GrantDefault &o)
{
	return GrantDefault(o.key, o.grantee, o.privilege, o.grantable);
}

std::string
RenderOp(const op::Inherit &o)
{
	return Inherit(o.table, o.parent, o.inherit);
}

std::string
RenderOp(const op::OfType &o)
{
	return OfType(o.table, o.type);
}

std::string
RenderOp(const op::Owner &o)
{
	return Owner(o.object, o.sql_kind, o.role);
}

std::string
RenderOp(const op::RenameColumn &o)
{
	return RenameColumn(o.table, o.from, o.to);
}

std::string
RenderOp(const op::RenameConstraint &o)
{
	return RenameConstraint(o.table, o.from, o.to);
}

std::string
RenderOp(const op::RenameDomain &o)
{
	return RenameDomain(o.id, o.new_name);
}

std::string
RenderOp(const op::RenameEnumValue &o)
{
	return RenameEnumValue(o.type, o.from, o.to);
}

std::string
RenderOp(const op::RenameIndex &o)
{
	return RenameIndex(o.index, o.to);
}

std::string
RenderOp(const op::RenameObject &o)
{
	return RenameObject(o.what, o.id, o.name);
}

std::string
RenderOp(const op::RenamePolicy &o)
{
	return RenamePolicy(o.table, o.from, o.to);
}

std::string
RenderOp(const op::RenameRoutine &o)
{
	return RenameRoutine(o.id, o.identity_args, o.procedure, o.name);
}

std::string
RenderOp(const op::RenameTrigger &o)
{
	return RenameTrigger(o.table, o.from, o.to);
}

std::string
RenderOp(const op::RenameType &o)
{
	return RenameType(o.id, o.new_name);
}

std::string
RenderOp(const op::ReplaceLongTail &o)
{
	return ReplaceLongTail(o.object);
}

std::string
RenderOp(const op::ReplicaIdentity &o)
{
	return ReplicaIdentity(o.table, o.identity, o.index);
}

std::string
RenderOp(const op::ResetColumnOptions &o)
{
	return ResetColumnOptions(o.column, o.names);
}

std::string
RenderOp(const op::ResetStorageOptions &o)
{
	return ResetStorageOptions(o.table, o.names);
}

std::string
RenderOp(const op::Revoke &o)
{
	return Revoke(o.privilege, o.grant_option_only);
}

std::string
RenderOp(const op::RevokeDefault &o)
{
	return RevokeDefault(o.key, o.grantee, o.privilege, o.grant_option_only);
}

std::string
RenderOp(const op::RuleEnabledState &o)
{
	return RuleEnabledState(o.rule);
}

std::string
RenderOp(const op::SequenceOwnedBy &o)
{
	return SequenceOwnedBy(o.id, o.owner);
}

std::string
RenderOp(const op::SetAccessMethod &o)
{
	return SetAccessMethod(o.relkind, o.relation, o.method);
}

std::string
RenderOp(const op::SetCheckFunctionBodies &)
{
	return SetCheckFunctionBodies();
}

std::string
RenderOp(const op::SetColumnCompression &o)
{
	return SetColumnCompression(o.column, o.method);
}

std::string
RenderOp(const op::SetColumnOptions &o)
{
	return SetColumnOptions(o.column, o.options);
}

std::string
RenderOp(const op::SetColumnStatistics &o)
{
	return SetColumnStatistics(o.column, o.target);
}

std::string
RenderOp(const op::SetColumnStorage &o)
{
	return SetColumnStorage(o.column, o.storage);
}

std::string
RenderOp(const op::SetDefault &o)
{
	return SetDefault(o.table, o.column, o.expr);
}

std::string
RenderOp(const op::SetIdentityKind &o)
{
	return SetIdentityKind(o.table, o.column, o.kind);
}

std::string
RenderOp(const op::SetIdentityOptions &o)
{
	return SetIdentityOptions(o.table, o.column, o.identity);
}

std::string
RenderOp(const op::SetLockTimeout &o)
{
	return SetLockTimeout(o.value);
}

std::string
RenderOp(const op::SetNotNull &o)
{
	return SetNotNull(o.table, o.column, o.not_null);
}

std::string
RenderOp(const op::SetObjectSchema &o)
{
	return SetObjectSchema(o.what, o.id, o.schema);
}

std::string
RenderOp(const op::SetOwnDefault &o)
{
	return SetOwnDefault(o.table, o.column, o.expr);
}

std::string
RenderOp(const op::SetPersistence &o)
{
	return SetPersistence(o.table, o.unlogged);
}

std::string
RenderOp(const op::SetPublicationOptions &o)
{
	return SetPublicationOptions(o.publication, o.have, o.want);
}

std::string
RenderOp(const op::SetRoutineSchema &o)
{
	return SetRoutineSchema(o.id, o.identity_args, o.procedure, o.schema);
}

std::string
RenderOp(const op::SetStatisticsTarget &o)
{
	return SetStatisticsTarget(o.id, o.target);
}

std::string
RenderOp(const op::SetStorageOptions &o)
{
	return SetStorageOptions(o.table, o.options);
}

std::string
RenderOp(const op::SetTriggerEnabled &o)
{
	return SetTriggerEnabled(o.table, o.name, o.enabled);
}

std::string
RenderOp(const op::SyncSequenceToColumn &o)
{
	return SyncSequenceToColumn(o.sequence, o.table, o.column);
}

std::string
RenderOp(const op::TextSearchMapping &o)
{
	return TextSearchMapping(o.id, o.add, o.tokens, o.dictionaries);
}

std::string
RenderOp(const op::TriggerEnabledState &o)
{
	return TriggerEnabledState(o.trigger);
}

std::string
RenderOp(const op::ValidateConstraint &o)
{
	return ValidateConstraint(o.table, o.name);
}

} // namespace

std::string
Render(const Statement &s)
{
	if (s.empty()) {
		return "";
	}
	return std::visit([](const auto &o) { return RenderOp(o); }, s.op());
}

} // namespace render
} // namespace pgschemadiff

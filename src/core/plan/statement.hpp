// statement.hpp — what a change does, as data: one struct per statement form.
// Layer: core/plan. diff/ builds these (no SQL text), order/ sorts the changes
// that carry them, render/ turns each into its SQL once the order is known
// (render::Render in render/statement.hpp). Each struct holds the arguments
// of the render function of the same name (render/ddl.hpp and neighbours):
// model objects by value, so a statement outlives the catalogs it came from.
// Adding a form: its struct here, its alternative in StatementOp, its
// RenderOp overload in render/statement.cpp.
#pragma once

#include "core/model/catalog.hpp"
#include "core/util/cpp_only_file.hpp"

#include <memory>
#include <optional>
#include <set>
#include <string>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

namespace pgschemadiff {
namespace op {

struct AddAttribute {
	QualifiedName type;
	Attribute attribute;
	bool cascade = false;
};

struct AddColumn {
	QualifiedName table;
	Column column;
};

struct AddConstraint {
	QualifiedName table;
	Constraint constraint;
};

struct AddConstraintNotValid {
	QualifiedName table;
	std::string name;
	std::string definition;
};

struct AddDomainConstraint {
	QualifiedName id;
	std::string name;
	std::string definition;
};

struct AddEnumValue {
	QualifiedName type;
	std::string label;
	std::string neighbour;
	bool before = false;
};

struct AddFamilyMember {
	LongTailObject family;
	LongTailAttrs member;
};

struct AddForeignColumn {
	QualifiedName id;
	ForeignColumn column;
};

struct AddIdentity {
	QualifiedName table;
	std::string column;
	IdentitySpec identity;
};

struct AddNotNullCheck {
	QualifiedName table;
	std::string name;
	std::string column;
};

struct AddPublicationSchema {
	std::string publication;
	std::string schema;
};

struct AddPublicationTable {
	std::string publication;
	PublicationTable table;
};

struct AlterAttributeType {
	QualifiedName type;
	Attribute attribute;
	bool cascade = false;
};

struct AlterBaseType {
	LongTailObject object;
	std::vector<std::string> keys;
};

struct AlterColumnType {
	QualifiedName table;
	Column have;
	Column want;
	bool via_text = false;
	std::string cast_to = "";
};

struct AlterDomainDefault {
	QualifiedName id;
	std::optional<std::string> expr;
};

struct AlterDomainNotNull {
	QualifiedName id;
	bool not_null = false;
};

struct AlterExtensionSchema {
	std::string name;
	std::string schema;
};

struct AlterExtensionUpdate {
	std::string name;
	std::string version;
};

struct AlterForeignColumn {
	QualifiedName id;
	ForeignColumn have;
	ForeignColumn want;
	ForeignColumnPart part;
};

struct AlterForeignDataWrapper {
	ForeignDataWrapper have;
	ForeignDataWrapper want;
};

struct AlterForeignTableOptions {
	QualifiedName id;
	FdwOptions have;
	FdwOptions want;
};

struct AlterOperatorEstimators {
	LongTailObject object;
};

struct AlterSequence {
	QualifiedName id;
	SequenceOptions options;
	bool restart = false;
};

struct AlterSequencePersistence {
	QualifiedName id;
	bool unlogged = false;
};

struct AlterServer {
	ForeignServer have;
	ForeignServer want;
};

struct AlterSubscriptionConnection {
	std::string name;
	std::string conninfo;
};

struct AlterSubscriptionPublications {
	std::string name;
	std::vector<std::string> publications;
};

struct AlterSubscriptionSettings {
	std::string name;
	std::vector<std::string> settings;
};

struct AlterTextSearchDictionary {
	QualifiedName id;
	std::vector<std::string> removed;
	std::vector<TextSearchOption> set;
};

struct AlterUserMapping {
	UserMapping have;
	UserMapping want;
};

struct AlterViewColumnDefault {
	QualifiedName view;
	std::string column;
	std::optional<std::string> expr;
};

struct AttachPartition {
	QualifiedName parent;
	QualifiedName table;
	std::string bound;
};

struct ClusterOn {
	QualifiedName table;
	std::string index;
};

struct Comment {
	ObjectRef object;
	std::optional<std::string> text;
};

struct CommentOnSubscription {
	std::string name;
	std::optional<std::string> text;
};

struct CreateAggregate {
	Aggregate aggregate;
};

struct CreateCollation {
	Collation collation;
};

struct CreateComposite {
	CompositeType type;
};

struct CreateDomain {
	Domain domain;
};

struct CreateEnum {
	EnumType type;
};

struct CreateEventTrigger {
	EventTrigger trigger;
};

struct CreateExtension {
	Extension extension;
	bool with_version = false;
};

struct CreateForeignDataWrapper {
	ForeignDataWrapper wrapper;
};

struct CreateForeignTable {
	ForeignTable table;
};

struct CreateIndex {
	Index index;
};

struct CreateIndexConcurrently {
	std::string definition;
	std::string name;
	std::string as_name;
};

struct CreateLongTail {
	LongTailObject object;
};

struct CreatePolicy {
	Policy policy;
};

struct CreatePublication {
	Publication publication;
};

struct CreateRange {
	RangeType type;
};

struct CreateRoutine {
	Routine routine;
};

struct CreateRule {
	Rule rule;
};

struct CreateSchema {
	std::string name;
};

struct CreateSequence {
	Sequence sequence;
};

struct CreateServer {
	ForeignServer server;
};

struct CreateShellType {
	QualifiedName id;
};

struct CreateStatistics {
	ExtendedStatistics statistics;
};

struct CreateSubscription {
	Subscription subscription;
};

struct CreateTableWithOptions {
	Table table;
};

struct CreateTextSearchConfiguration {
	TextSearchConfiguration configuration;
};

struct CreateTextSearchDictionary {
	TextSearchDictionary dictionary;
};

struct CreateTrigger {
	Trigger trigger;
};

struct CreateUserMapping {
	UserMapping mapping;
};

struct CreateView {
	View view;
	bool or_replace = false;
};

/// order/ breaks a cycle with it (Change::Stub).
struct CreateViewStub {
	View view;
	/// CREATE OR REPLACE: an existing view keeps its columns and lets go of
	/// what its query read (before that is dropped).
	bool or_replace = false;
};

struct DetachPartition {
	QualifiedName parent;
	QualifiedName table;
};

struct DetachSubscriptionSlot {
	std::string name;
};

struct DisableSubscription {
	std::string name;
};

struct DropAggregate {
	Aggregate aggregate;
};

struct DropAttribute {
	QualifiedName type;
	std::string name;
	bool cascade = false;
};

struct DropCollation {
	QualifiedName id;
};

struct DropColumn {
	QualifiedName table;
	std::string column;
};

struct DropConstraint {
	QualifiedName table;
	std::string name;
};

struct DropDefault {
	QualifiedName table;
	std::string column;
};

struct DropDomain {
	QualifiedName id;
};

struct DropDomainConstraint {
	QualifiedName id;
	std::string name;
};

struct DropEventTrigger {
	std::string name;
};

struct DropExpression {
	QualifiedName table;
	std::string column;
};

struct DropExtension {
	std::string name;
};

struct DropFamilyMember {
	LongTailObject family;
	LongTailAttrs member;
};

struct DropForeignColumn {
	QualifiedName id;
	std::string column;
};

struct DropForeignDataWrapper {
	std::string name;
};

struct DropForeignTable {
	QualifiedName id;
};

struct DropIdentity {
	QualifiedName table;
	std::string column;
};

struct DropIndex {
	QualifiedName index;
};

struct DropIndexConcurrently {
	QualifiedName index;
};

struct DropLongTail {
	LongTailObject object;
};

struct DropPolicy {
	QualifiedName table;
	std::string name;
};

struct DropPublication {
	std::string name;
};

struct DropPublicationSchema {
	std::string publication;
	std::string schema;
};

struct DropPublicationTable {
	std::string publication;
	QualifiedName table;
};

struct DropRoutine {
	Routine routine;
};

struct DropRule {
	QualifiedName table;
	std::string name;
};

struct DropSchema {
	std::string name;
};

struct DropSequence {
	QualifiedName id;
	bool if_exists = false;
};

struct DropServer {
	std::string name;
};

struct DropStatistics {
	QualifiedName id;
};

struct DropSubscription {
	std::string name;
};

struct DropTable {
	QualifiedName id;
};

struct DropTextSearchConfiguration {
	QualifiedName id;
};

struct DropTextSearchDictionary {
	QualifiedName id;
};

struct DropTextSearchMapping {
	QualifiedName id;
	std::vector<std::string> tokens;
};

struct DropTrigger {
	QualifiedName table;
	std::string name;
};

struct DropType {
	QualifiedName id;
};

struct DropTypeCascade {
	QualifiedName id;
};

struct DropUserMapping {
	UserMapping mapping;
};

struct DropView {
	QualifiedName id;
	bool materialized = false;
};

struct EnableRowSecurity {
	QualifiedName table;
	bool enable = false;
};

struct EventTriggerEnabledState {
	EventTrigger trigger;
};

struct ForceRowSecurity {
	QualifiedName table;
	bool force = false;
};

struct Grant {
	Privilege privilege;
};

struct GrantDefault {
	DefaultAclKey key;
	std::string grantee;
	std::string privilege;
	bool grantable = false;
};

struct Inherit {
	QualifiedName table;
	QualifiedName parent;
	bool inherit = false;
};

struct OfType {
	QualifiedName table;
	std::optional<QualifiedName> type;
};

struct Owner {
	ObjectRef object;
	std::string sql_kind;
	std::string role;
};

struct RenameColumn {
	QualifiedName table;
	std::string from;
	std::string to;
};

struct RenameConstraint {
	QualifiedName table;
	std::string from;
	std::string to;
};

struct RenameDomain {
	QualifiedName id;
	std::string new_name;
};

struct RenameEnumValue {
	QualifiedName type;
	std::string from;
	std::string to;
};

struct RenameIndex {
	QualifiedName index;
	std::string to;
};

struct RenameObject {
	std::string what;
	QualifiedName id;
	std::string name;
};

struct RenamePolicy {
	QualifiedName table;
	std::string from;
	std::string to;
};

struct RenameRoutine {
	QualifiedName id;
	std::string identity_args;
	bool procedure = false;
	std::string name;
};

struct RenameTrigger {
	QualifiedName table;
	std::string from;
	std::string to;
};

struct RenameType {
	QualifiedName id;
	std::string new_name;
};

struct ReplaceLongTail {
	LongTailObject object;
};

struct ReplicaIdentity {
	QualifiedName table;
	char identity = 0;
	std::string index;
};

struct ResetColumnOptions {
	RelationColumn column;
	std::vector<std::string> names;
};

struct ResetStorageOptions {
	QualifiedName table;
	std::set<std::string> names;
};

struct Revoke {
	Privilege privilege;
	bool grant_option_only = false;
};

struct RevokeDefault {
	DefaultAclKey key;
	std::string grantee;
	std::string privilege;
	bool grant_option_only = false;
};

struct RuleEnabledState {
	Rule rule;
};

struct SequenceOwnedBy {
	QualifiedName id;
	std::optional<ColumnRef> owner;
};

struct SetAccessMethod {
	char relkind = 0;
	QualifiedName relation;
	std::string method;
};

struct SetCheckFunctionBodies {};

struct SetColumnCompression {
	RelationColumn column;
	std::optional<std::string> method;
};

struct SetColumnOptions {
	RelationColumn column;
	std::vector<std::string> options;
};

struct SetColumnStatistics {
	RelationColumn column;
	std::optional<std::string> target;
};

struct SetColumnStorage {
	RelationColumn column;
	char storage = 0;
};

struct SetDefault {
	QualifiedName table;
	std::string column;
	std::string expr;
};

struct SetIdentityKind {
	QualifiedName table;
	std::string column;
	char kind = 0;
};

struct SetIdentityOptions {
	QualifiedName table;
	std::string column;
	IdentitySpec identity;
};

struct SetLockTimeout {
	std::string value;
};

struct SetNotNull {
	QualifiedName table;
	std::string column;
	bool not_null = false;
};

struct SetObjectSchema {
	std::string what;
	QualifiedName id;
	std::string schema;
};

struct SetOwnDefault {
	QualifiedName table;
	std::string column;
	std::optional<std::string> expr;
};

struct SetPersistence {
	QualifiedName table;
	bool unlogged = false;
};

struct SetPublicationOptions {
	std::string publication;
	PublicationOptions have;
	PublicationOptions want;
};

struct SetRoutineSchema {
	QualifiedName id;
	std::string identity_args;
	bool procedure = false;
	std::string schema;
};

struct SetStatisticsTarget {
	QualifiedName id;
	std::optional<std::string> target;
};

struct SetStorageOptions {
	QualifiedName table;
	std::vector<std::pair<std::string, std::string>> options;
};

struct SetTriggerEnabled {
	QualifiedName table;
	std::string name;
	char enabled = 0;
};

struct SyncSequenceToColumn {
	QualifiedName sequence;
	QualifiedName table;
	std::string column;
};

struct TextSearchMapping {
	QualifiedName id;
	bool add = false;
	std::vector<std::string> tokens;
	std::vector<QualifiedName> dictionaries;
};

struct TriggerEnabledState {
	Trigger trigger;
};

struct ValidateConstraint {
	QualifiedName table;
	std::string name;
};

} // namespace op

using StatementOp = std::variant<
    op::AddAttribute, op::AddColumn, op::AddConstraint, op::AddConstraintNotValid,
    op::AddDomainConstraint, op::AddEnumValue, op::AddFamilyMember, op::AddForeignColumn,
    op::AddIdentity, op::AddNotNullCheck, op::AddPublicationSchema, op::AddPublicationTable,
    op::AlterAttributeType, op::AlterBaseType, op::AlterColumnType, op::AlterDomainDefault,
    op::AlterDomainNotNull, op::AlterExtensionSchema, op::AlterExtensionUpdate,
    op::AlterForeignColumn, op::AlterForeignDataWrapper, op::AlterForeignTableOptions,
    op::AlterOperatorEstimators, op::AlterSequence, op::AlterSequencePersistence, op::AlterServer,
    op::AlterSubscriptionConnection, op::AlterSubscriptionPublications,
    op::AlterSubscriptionSettings, op::AlterTextSearchDictionary, op::AlterUserMapping,
    op::AlterViewColumnDefault, op::AttachPartition, op::ClusterOn, op::Comment,
    op::CommentOnSubscription, op::CreateAggregate, op::CreateCollation, op::CreateComposite,
    op::CreateDomain, op::CreateEnum, op::CreateEventTrigger, op::CreateExtension,
    op::CreateForeignDataWrapper, op::CreateForeignTable, op::CreateIndex,
    op::CreateIndexConcurrently, op::CreateLongTail, op::CreatePolicy, op::CreatePublication,
    op::CreateRange, op::CreateRoutine, op::CreateRule, op::CreateSchema, op::CreateSequence,
    op::CreateServer, op::CreateShellType, op::CreateStatistics, op::CreateSubscription,
    op::CreateTableWithOptions, op::CreateTextSearchConfiguration, op::CreateTextSearchDictionary,
    op::CreateTrigger, op::CreateUserMapping, op::CreateView, op::CreateViewStub,
    op::DetachPartition, op::DetachSubscriptionSlot, op::DisableSubscription, op::DropAggregate,
    op::DropAttribute, op::DropCollation, op::DropColumn, op::DropConstraint, op::DropDefault,
    op::DropDomain, op::DropDomainConstraint, op::DropEventTrigger, op::DropExpression,
    op::DropExtension, op::DropFamilyMember, op::DropForeignColumn, op::DropForeignDataWrapper,
    op::DropForeignTable, op::DropIdentity, op::DropIndex, op::DropIndexConcurrently,
    op::DropLongTail, op::DropPolicy, op::DropPublication, op::DropPublicationSchema,
    op::DropPublicationTable, op::DropRoutine, op::DropRule, op::DropSchema, op::DropSequence,
    op::DropServer, op::DropStatistics, op::DropSubscription, op::DropTable,
    op::DropTextSearchConfiguration, op::DropTextSearchDictionary, op::DropTextSearchMapping,
    op::DropTrigger, op::DropType, op::DropTypeCascade, op::DropUserMapping, op::DropView,
    op::EnableRowSecurity, op::EventTriggerEnabledState, op::ForceRowSecurity, op::Grant,
    op::GrantDefault, op::Inherit, op::OfType, op::Owner, op::RenameColumn, op::RenameConstraint,
    op::RenameDomain, op::RenameEnumValue, op::RenameIndex, op::RenameObject, op::RenamePolicy,
    op::RenameRoutine, op::RenameTrigger, op::RenameType, op::ReplaceLongTail, op::ReplicaIdentity,
    op::ResetColumnOptions, op::ResetStorageOptions, op::Revoke, op::RevokeDefault,
    op::RuleEnabledState, op::SequenceOwnedBy, op::SetAccessMethod, op::SetCheckFunctionBodies,
    op::SetColumnCompression, op::SetColumnOptions, op::SetColumnStatistics, op::SetColumnStorage,
    op::SetDefault, op::SetIdentityKind, op::SetIdentityOptions, op::SetLockTimeout, op::SetNotNull,
    op::SetObjectSchema, op::SetOwnDefault, op::SetPersistence, op::SetPublicationOptions,
    op::SetRoutineSchema, op::SetStatisticsTarget, op::SetStorageOptions, op::SetTriggerEnabled,
    op::SyncSequenceToColumn, op::TextSearchMapping, op::TriggerEnabledState,
    op::ValidateConstraint>;

/// A change's statement: immutable, shared by the copies of a change.
class Statement {
public:
	Statement() = default;
	template <typename Op, typename = std::enable_if_t<std::is_constructible_v<StatementOp, Op>>>
	Statement(Op op) : op_(std::make_shared<const StatementOp>(std::move(op)))
	{
	}

	bool empty() const { return op_ == nullptr; }
	const StatementOp &op() const { return *op_; }
	/// The statement as form `Op`, or nullptr when it is another form.
	template <typename Op>
	const Op *As() const
	{
		return op_ ? std::get_if<Op>(op_.get()) : nullptr;
	}

private:
	std::shared_ptr<const StatementOp> op_;
};

} // namespace pgschemadiff

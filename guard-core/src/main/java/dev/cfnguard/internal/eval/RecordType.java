package dev.cfnguard.internal.eval;

/**
 * What an {@link EventRecord} records; mirrors the reference's {@code RecordType} one for one.
 */
public sealed interface RecordType {

    /** The whole file; children are one {@link RuleCheck} per rule. */
    record FileCheck(NamedStatus status) implements RecordType {}

    /** One rule evaluation. */
    record RuleCheck(NamedStatus status) implements RecordType {}

    /** The {@code when} conditions of a rule. */
    record RuleCondition(Status status) implements RecordType {}

    /** A type block ({@code AWS::S3::Bucket { ... }}). */
    record TypeCheck(String typeName, BlockCheck block) implements RecordType {}

    /** The {@code when} conditions of a type block. */
    record TypeCondition(Status status) implements RecordType {}

    /** The block of a type block, for one resource. */
    record TypeBlock(Status status) implements RecordType {}

    /** One candidate of a filter ({@code [ ... ]}). */
    record Filter(Status status) implements RecordType {}

    /** A {@code when} block. */
    record WhenCheck(BlockCheck block) implements RecordType {}

    /** The conditions of a {@code when} block. */
    record WhenCondition(Status status) implements RecordType {}

    /** A disjunction ({@code a or b}). */
    record Disjunction(BlockCheck block) implements RecordType {}

    /** A block clause ({@code query { ... }}). */
    record BlockGuardCheck(BlockCheck block) implements RecordType {}

    /** An access clause; children are its value checks. */
    record GuardClauseBlockCheck(BlockCheck block) implements RecordType {}

    /** One value check of a clause. */
    record ClauseValueCheck(ClauseCheck check) implements RecordType {}

    /** The status this record carries, whatever its kind (a passed value check is PASS). */
    default Status recordStatus() {
        if (this instanceof FileCheck r) {
            return r.status().status();
        } else if (this instanceof RuleCheck r) {
            return r.status().status();
        } else if (this instanceof RuleCondition r) {
            return r.status();
        } else if (this instanceof TypeCheck r) {
            return r.block().status();
        } else if (this instanceof TypeCondition r) {
            return r.status();
        } else if (this instanceof TypeBlock r) {
            return r.status();
        } else if (this instanceof Filter r) {
            return r.status();
        } else if (this instanceof WhenCheck r) {
            return r.block().status();
        } else if (this instanceof WhenCondition r) {
            return r.status();
        } else if (this instanceof Disjunction r) {
            return r.block().status();
        } else if (this instanceof BlockGuardCheck r) {
            return r.block().status();
        } else if (this instanceof GuardClauseBlockCheck r) {
            return r.block().status();
        }
        ClauseCheck check = ((ClauseValueCheck) this).check();
        if (check instanceof ClauseCheck.Success) {
            return Status.PASS;
        } else if (check instanceof ClauseCheck.Comparison c) {
            return c.status();
        } else if (check instanceof ClauseCheck.InComparison c) {
            return c.status();
        } else if (check instanceof ClauseCheck.Unary c) {
            return c.value().status();
        } else if (check instanceof ClauseCheck.DependentRule c) {
            return c.status();
        } else if (check instanceof ClauseCheck.MissingBlockValue c) {
            return c.value().status();
        }
        return Status.FAIL;
    }
}

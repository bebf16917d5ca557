package dev.cfnguard.internal.report;

import dev.cfnguard.internal.ast.Comparator;
import dev.cfnguard.internal.eval.QueryResult;
import dev.cfnguard.internal.value.Value;
import java.util.List;

/**
 * One entry of the failure report of a rules file against a document: a failed rule with its failed
 * checks, a block whose query selected nothing, a failed disjunction, or one failed clause. Mirrors the
 * reference's report model, which its JSON and YAML outputs serialize as is. Immutable.
 *
 * <p>The records compare by value; reporters that need to tell two equal entries apart (the
 * CloudFormation report does) track them by identity.
 */
public sealed interface ClauseReport {

    /** The document value the entry is about, where it has one. */
    default Value valueFrom() {
        return null;
    }

    /** The value a resolved binary comparison compared with. */
    default Value valueTo() {
        return null;
    }

    /** A rule that failed; {@code checks} are its failed parts. */
    record RuleReport(String name, Messages messages, List<ClauseReport> checks) implements ClauseReport {
        public RuleReport {
            checks = List.copyOf(checks);
        }
    }

    /**
     * A block clause that could not be evaluated: its query did not resolve ({@code unresolved} says
     * where it stopped) or selected nothing ({@code unresolved} is null).
     */
    record BlockReport(String context, Messages messages, QueryResult.UnResolved unresolved) implements ClauseReport {
        @Override
        public Value valueFrom() {
            return unresolved == null ? null : unresolved.traversedTo();
        }
    }

    /** A failed {@code or}: the failed checks of each branch. */
    record DisjunctionsReport(List<ClauseReport> checks) implements ClauseReport {
        public DisjunctionsReport {
            checks = List.copyOf(checks);
        }
    }

    /** A failed unary clause ({@code exists}, {@code empty}, {@code is_string}...) or dependent rule. */
    record UnaryReport(String context, Messages messages, UnaryCheck check) implements ClauseReport {
        @Override
        public Value valueFrom() {
            if (check instanceof UnaryCheck.Resolved resolved) {
                return resolved.value();
            }
            if (check instanceof UnaryCheck.Unresolved unresolved) {
                return unresolved.value().traversedTo();
            }
            return null;
        }
    }

    /** A failed binary clause. */
    record BinaryReport(String context, Messages messages, BinaryCheck check) implements ClauseReport {
        @Override
        public Value valueFrom() {
            if (check instanceof BinaryCheck.Resolved resolved) {
                return resolved.from();
            }
            if (check instanceof BinaryCheck.InResolved in) {
                return in.from();
            }
            return ((BinaryCheck.Unresolved) check).value().traversedTo();
        }

        @Override
        public Value valueTo() {
            return check instanceof BinaryCheck.Resolved resolved ? resolved.to() : null;
        }
    }

    /** What a failed unary clause looked at. */
    sealed interface UnaryCheck {

        /** The query stopped before reaching a value. */
        record Unresolved(QueryResult.UnResolved value, Comparator comparison) implements UnaryCheck {}

        /** The value that did not satisfy the operator. */
        record Resolved(Value value, Comparator comparison) implements UnaryCheck {}

        /** No value at all: an empty variable, or a dependent rule (its name). */
        record UnresolvedContext(String context) implements UnaryCheck {}
    }

    /** What a failed binary clause compared. */
    sealed interface BinaryCheck {

        /** One side of the comparison did not resolve. */
        record Unresolved(QueryResult.UnResolved value, Comparator comparison) implements BinaryCheck {}

        /** Two values that did not compare as required. */
        record Resolved(Value from, Value to, Comparator comparison) implements BinaryCheck {}

        /** A value not found among several. */
        record InResolved(Value from, List<Value> to, Comparator comparison) implements BinaryCheck {
            public InResolved {
                to = List.copyOf(to);
            }
        }
    }
}

package dev.cfnguard.internal.ast;

import java.util.List;

/** A clause inside a rule, block or filter. The first three variants may also stand in a {@code when}. */
public sealed interface GuardClause {

    <R> R accept(Visitor<R> visitor);

    /** An access clause, negated by a leading {@code not}/{@code !}. */
    record Access(AccessClause clause, boolean negation) implements GuardClause, WhenClause {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitAccess(this);
        }
    }

    /** A reference to another rule by name ({@code NAME}, {@code not NAME}), with an optional message. */
    record NamedRule(String ruleName, boolean negation, String customMessage, SourceLocation location)
            implements GuardClause, WhenClause {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitNamedRule(this);
        }
    }

    /** A call of a parameterized rule: {@code check_tags(%buckets, "env")}. */
    record ParameterizedNamedRule(List<LetValue> arguments, NamedRule namedRule)
            implements GuardClause, WhenClause {
        public ParameterizedNamedRule {
            arguments = List.copyOf(arguments);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitParameterizedNamedRule(this);
        }
    }

    /** {@code query { clauses }}: the clauses hold for every value the query selects. */
    record BlockClause(AccessQuery query, Block<GuardClause> block, SourceLocation location, boolean notEmpty)
            implements GuardClause {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitBlockClause(this);
        }
    }

    /** {@code when conditions { clauses }} inside a rule or block. */
    record WhenBlock(Conjunctions<WhenClause> conditions, Block<GuardClause> block) implements GuardClause {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitWhenBlock(this);
        }
    }

    interface Visitor<R> {
        R visitAccess(Access clause);

        R visitNamedRule(NamedRule clause);

        R visitParameterizedNamedRule(ParameterizedNamedRule clause);

        R visitBlockClause(BlockClause clause);

        R visitWhenBlock(WhenBlock clause);
    }
}

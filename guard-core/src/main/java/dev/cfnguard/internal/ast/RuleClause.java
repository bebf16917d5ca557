package dev.cfnguard.internal.ast;

import java.util.List;

/** A clause at the top level of a rule body. */
public sealed interface RuleClause {

    <R> R accept(Visitor<R> visitor);

    record Clause(GuardClause clause) implements RuleClause {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitClause(this);
        }
    }

    record WhenBlock(Conjunctions<WhenClause> conditions, Block<GuardClause> block) implements RuleClause {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitWhenBlock(this);
        }
    }

    /**
     * {@code AWS::S3::Bucket [when ...] { ... }}: the clauses hold for every resource of that type.
     * {@code query} is the query the type name stands for ({@code Resources.*[ Type == "..." ]});
     * {@code conditions} is null without {@code when}.
     */
    record TypeBlock(String typeName, Conjunctions<WhenClause> conditions, Block<GuardClause> block,
                     List<QueryPart> query) implements RuleClause {
        public TypeBlock {
            query = List.copyOf(query);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitTypeBlock(this);
        }
    }

    interface Visitor<R> {
        R visitClause(Clause clause);

        R visitWhenBlock(WhenBlock clause);

        R visitTypeBlock(TypeBlock clause);
    }
}

package dev.cfnguard.internal.ast;

import java.util.List;

/** The body of a rule or block: its {@code let} assignments, then its clauses. */
public record Block<T>(List<LetExpr> assignments, Conjunctions<T> conjunctions) {
    public Block {
        assignments = List.copyOf(assignments);
    }
}

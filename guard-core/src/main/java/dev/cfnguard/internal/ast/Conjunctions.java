package dev.cfnguard.internal.ast;

import java.util.List;

/**
 * Clauses in conjunctive normal form: every inner list is a disjunction ({@code a or b}), and all of
 * them must hold. Newline-separated clauses are separate disjunctions.
 */
public record Conjunctions<T>(List<List<T>> disjunctions) {
    public Conjunctions {
        disjunctions = disjunctions.stream().map(List::copyOf).toList();
    }

    public static <T> Conjunctions<T> empty() {
        return new Conjunctions<>(List.of());
    }
}

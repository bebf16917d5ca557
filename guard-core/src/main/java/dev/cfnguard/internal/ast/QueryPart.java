package dev.cfnguard.internal.ast;

/**
 * One step of a query. A leading variable reference is a {@link Key} whose name starts with {@code %}.
 * Steps that select several values may capture them under a name ({@code [*] as name} style forms in the
 * grammar); {@code captureName} is null when there is none.
 */
public sealed interface QueryPart {

    <R> R accept(Visitor<R> visitor);

    /** {@code this}: the current value. */
    record This() implements QueryPart {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitThis(this);
        }
    }

    /**
     * A map key, or {@code %variable} when it starts with {@code %}; {@code variableName} is the name
     * without the {@code %}, null for a key.
     */
    record Key(String name, String variableName) implements QueryPart {
        /** The name is interned, as loaded documents' keys are: a map finds it by identity. */
        public Key(String name) {
            this(name.intern(), name.startsWith("%") ? name.substring(1) : null);
        }

        public boolean isVariable() {
            return variableName != null;
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitKey(this);
        }
    }

    /** {@code [ keys == /regex/ ]}: selects map values whose key satisfies the comparison. */
    record MapKeyFilter(String captureName, MapKeyFilterClause clause) implements QueryPart {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitMapKeyFilter(this);
        }
    }

    /** {@code *}: every value of a map (or every element of a list). */
    record AllValues(String captureName) implements QueryPart {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitAllValues(this);
        }
    }

    /** {@code [*]}: every element of a list. */
    record AllIndices(String captureName) implements QueryPart {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitAllIndices(this);
        }
    }

    /** {@code [N]}, N may be negative. */
    record Index(int index) implements QueryPart {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitIndex(this);
        }
    }

    /** {@code [ clauses ]}: keeps the values for which the clauses hold. */
    record Filter(String captureName, Conjunctions<GuardClause> clauses) implements QueryPart {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitFilter(this);
        }
    }

    interface Visitor<R> {
        R visitThis(This part);

        R visitKey(Key part);

        R visitMapKeyFilter(MapKeyFilter part);

        R visitAllValues(AllValues part);

        R visitAllIndices(AllIndices part);

        R visitIndex(Index part);

        R visitFilter(Filter part);
    }
}

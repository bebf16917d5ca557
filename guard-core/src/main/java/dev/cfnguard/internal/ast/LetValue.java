package dev.cfnguard.internal.ast;

import dev.cfnguard.internal.value.Value;

/** What a variable is bound to, or what a clause compares with: a literal, a query or a function call. */
public sealed interface LetValue {

    <R> R accept(Visitor<R> visitor);

    record Literal(Value value) implements LetValue {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitLiteral(this);
        }
    }

    record Query(AccessQuery query) implements LetValue {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitQuery(this);
        }
    }

    record Call(FunctionExpr function) implements LetValue {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitCall(this);
        }
    }

    interface Visitor<R> {
        R visitLiteral(Literal literal);

        R visitQuery(Query query);

        R visitCall(Call call);
    }
}

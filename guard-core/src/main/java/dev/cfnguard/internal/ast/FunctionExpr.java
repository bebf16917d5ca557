package dev.cfnguard.internal.ast;

import java.util.List;

/** A call of a built-in function, {@code count(Resources.*)}. */
public record FunctionExpr(String name, List<LetValue> arguments, SourceLocation location) {
    public FunctionExpr {
        arguments = List.copyOf(arguments);
    }
}

package dev.cfnguard.internal.ast;

/**
 * {@code query OP [value] [<< message >>]}. {@code compareWith} is null for unary operators;
 * {@code customMessage} is null when none was written.
 */
public record AccessClause(AccessQuery query, Comparator comparator, LetValue compareWith,
                           String customMessage, SourceLocation location) {}

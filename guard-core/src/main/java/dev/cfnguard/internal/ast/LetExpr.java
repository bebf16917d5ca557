package dev.cfnguard.internal.ast;

/** {@code let name = value}. */
public record LetExpr(String name, LetValue value) {}

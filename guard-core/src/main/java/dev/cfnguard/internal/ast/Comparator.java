package dev.cfnguard.internal.ast;

/** An operator with its {@code not} flag: {@code not in} is {@code (IN, true)}. */
public record Comparator(CmpOperator operator, boolean negated) {}

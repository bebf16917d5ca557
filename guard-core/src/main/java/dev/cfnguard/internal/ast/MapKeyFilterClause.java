package dev.cfnguard.internal.ast;

/** The comparison inside {@code [ keys OP value ]}. */
public record MapKeyFilterClause(Comparator comparator, LetValue compareWith) {}

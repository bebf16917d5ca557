package dev.cfnguard.internal.ast;

/** A 1-based line and column in a rules file. */
public record SourceLocation(int line, int column) {}

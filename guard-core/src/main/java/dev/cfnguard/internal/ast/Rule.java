package dev.cfnguard.internal.ast;

/** {@code rule NAME [when conditions] { ... }}; {@code conditions} is null without {@code when}. */
public record Rule(String name, Conjunctions<WhenClause> conditions, Block<RuleClause> block) {}

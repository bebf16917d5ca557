package dev.cfnguard.internal.ast;

/**
 * A condition of a {@code when}: an access clause or a (parameterized) named-rule reference. Every
 * condition is also a {@link GuardClause}, so evaluation dispatches through {@link GuardClause.Visitor}.
 */
public sealed interface WhenClause
        permits GuardClause.Access, GuardClause.NamedRule, GuardClause.ParameterizedNamedRule {

    default GuardClause asGuardClause() {
        return (GuardClause) this;
    }
}

package dev.cfnguard.internal.eval;

import dev.cfnguard.internal.ast.GuardClause;
import dev.cfnguard.internal.ast.LetExpr;
import dev.cfnguard.internal.regex.RegexCache;
import java.util.List;

/**
 * The per-evaluator collaborators every scope needs: comparisons, operators, built-in functions, the
 * rules file name used in record contexts, what is derived once from the rules' syntax, whether the
 * evaluation keeps records (an evaluator has a session of each kind), and the rules compiled for
 * evaluations that do not. Thread-safe.
 */
record Session(boolean recording, String rulesFileName, EvalLimits limits, RegexCache regexes,
               Comparisons comparisons,
               Operators operators, Builtins builtins, QueryResolver resolver,
               IdentityMemo<GuardClause.Access, AccessTexts> accessClauseTexts,
               IdentityMemo<GuardClause.BlockClause, String> blockClauseLocations,
               IdentityMemo<GuardClause.NamedRule, String> namedRuleTexts,
               IdentityMemo<List<LetExpr>, Assignments> blockAssignments, StatusEvaluator statuses) {

    static Session create(String rulesFileName, EvaluationSettings settings) {
        EvalLimits limits = settings.limits();
        RegexCache regexes = new RegexCache(limits.regexStepBudget());
        Comparisons comparisons = new Comparisons(regexes);
        return new Session(true, rulesFileName, limits, regexes, comparisons, new Operators(comparisons),
                new Builtins(regexes, settings.functions()), new QueryResolver(),
                new IdentityMemo<>(AccessTexts::of),
                new IdentityMemo<>(clause -> ClauseText.fileLocation(rulesFileName, clause.location())),
                new IdentityMemo<>(rule -> ClauseText.namedRule(rulesFileName, rule)),
                new IdentityMemo<>(Assignments::of), new StatusEvaluator());
    }

    /** This session, for evaluations that keep no records. */
    Session withoutRecords() {
        return new Session(false, rulesFileName, limits, regexes, comparisons, operators, builtins, resolver,
                accessClauseTexts, blockClauseLocations, namedRuleTexts, blockAssignments, statuses);
    }

    /** The record contexts of an access clause: its value checks' and its block's. */
    record AccessTexts(String clause, String block) {
        static AccessTexts of(GuardClause.Access access) {
            String clause = ClauseText.guardAccessClause(access);
            return new AccessTexts(clause, "GuardAccessClause#block" + clause);
        }
    }

    /** The record contexts of an access clause. */
    AccessTexts accessTexts(GuardClause.Access clause) {
        return accessClauseTexts.get(clause);
    }

    /** {@code Location[file:..., line:..., column:...]} of a block clause. */
    String blockClauseLocation(GuardClause.BlockClause clause) {
        return blockClauseLocations.get(clause);
    }

    /** {@code Rule(NAME@Location[...])}. */
    String namedRuleText(GuardClause.NamedRule rule) {
        return namedRuleTexts.get(rule);
    }

    /** The {@code let}s of a block, split by kind. */
    Assignments assignments(List<LetExpr> lets) {
        return lets.isEmpty() ? Assignments.NONE : blockAssignments.get(lets);
    }
}

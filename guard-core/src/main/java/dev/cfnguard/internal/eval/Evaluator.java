package dev.cfnguard.internal.eval;

import dev.cfnguard.internal.ast.RulesFile;
import dev.cfnguard.internal.regex.RegexCache;
import dev.cfnguard.internal.value.Value;

/**
 * Evaluates one parsed rules file against documents, as {@code cfn-guard validate} and {@code test} do.
 *
 * <p>An instance holds the rules and a cache of compiled regular expressions; it is thread-safe and meant
 * to be reused for every document. Each call builds its own scopes and record tree.
 */
public final class Evaluator {

    private final RulesFile rules;
    private final Session session;

    /**
     * An evaluator of the reference's language ({@link EvaluationSettings#DEFAULT}).
     *
     * @param rulesFileName the name the rules file is known by in record contexts (the reference prints it
     *                      inside named-rule and block-clause locations)
     */
    public Evaluator(RulesFile rules, String rulesFileName) {
        this(rules, rulesFileName, EvaluationSettings.DEFAULT);
    }

    /**
     * @param rulesFileName   as for {@link #Evaluator(RulesFile, String)}
     * @param regexStepBudget as {@link EvaluationSettings#regexStepBudget()}
     */
    public Evaluator(RulesFile rules, String rulesFileName, long regexStepBudget) {
        this(rules, rulesFileName, EvaluationSettings.DEFAULT.withRegexStepBudget(regexStepBudget));
    }

    /** @param rulesFileName as for {@link #Evaluator(RulesFile, String)} */
    public Evaluator(RulesFile rules, String rulesFileName, EvaluationSettings settings) {
        this.rules = rules;
        this.session = Session.create(rulesFileName, new RegexCache(settings.regexStepBudget()),
                settings.functions());
    }

    /**
     * Evaluates every rule against {@code document}.
     *
     * @param dataFileName the name recorded in the file-level record (the reference leaves it empty in
     *                     {@code test}); null means empty
     * @throws EvaluationException when the reference would stop with an error (unknown variable or rule,
     *                             bad function arguments, a type block whose query does not resolve...)
     */
    public EvaluationResult evaluate(Value document, String dataFileName) {
        RootScope root = new RootScope(session, rules, document);
        Status status;
        try {
            status = RuleEvaluator.evalRulesFile(rules, root, dataFileName);
        } catch (StackOverflowError e) {
            // A rule that depends on itself; the reference overflows its stack too.
            throw new EvaluationException(EvaluationException.Kind.PANIC, "stack overflow");
        }
        return new EvaluationResult(status, root.tracker().result());
    }
}

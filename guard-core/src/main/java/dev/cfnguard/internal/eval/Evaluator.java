package dev.cfnguard.internal.eval;

import dev.cfnguard.internal.ast.RulesFile;
import dev.cfnguard.internal.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Evaluates one parsed rules file against documents, as {@code cfn-guard validate} and {@code test} do.
 *
 * <p>An instance holds the rules and a cache of compiled regular expressions; it is thread-safe and meant
 * to be reused for every document. Each call builds its own scopes and record tree.
 */
public final class Evaluator {

    private final RulesFile rules;
    private final Session session;
    private final Session withoutRecords;

    /**
     * An evaluator of the reference's language with the default limits ({@link EvaluationSettings#DEFAULT}).
     *
     * @param rulesFileName the name the rules file is known by in record contexts (the reference prints it
     *                      inside named-rule and block-clause locations)
     */
    public Evaluator(RulesFile rules, String rulesFileName) {
        this(rules, rulesFileName, EvaluationSettings.DEFAULT);
    }

    /**
     * @param rulesFileName   as for {@link #Evaluator(RulesFile, String)}
     * @param regexStepBudget as {@link EvalLimits#regexStepBudget()}
     */
    public Evaluator(RulesFile rules, String rulesFileName, long regexStepBudget) {
        this(rules, rulesFileName, EvalLimits.DEFAULT.withRegexStepBudget(regexStepBudget));
    }

    /**
     * @param rulesFileName as for {@link #Evaluator(RulesFile, String)}
     * @param limits        the regex step budget (one regex cache per evaluator: each pattern is compiled
     *                      once for these rules) and the rule nesting bound
     */
    public Evaluator(RulesFile rules, String rulesFileName, EvalLimits limits) {
        this(rules, rulesFileName, new EvaluationSettings(limits, Map.of()));
    }

    /** @param rulesFileName as for {@link #Evaluator(RulesFile, String)} */
    public Evaluator(RulesFile rules, String rulesFileName, EvaluationSettings settings) {
        this.rules = rules;
        this.session = Session.create(rulesFileName, settings);
        this.withoutRecords = session.withoutRecords();
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
        return evaluate(document, dataFileName, true);
    }

    /**
     * As {@link #evaluate(Value, String)}; without {@code recording} the result has the statuses only and
     * the evaluation costs a fraction: most of the work of recording is the texts of passing checks.
     */
    public EvaluationResult evaluate(Value document, String dataFileName, boolean recording) {
        RootScope root = new RootScope(recording ? session : withoutRecords, rules, document);
        List<NamedStatus> outcomes = new ArrayList<>();
        Status status;
        try {
            status = recording ? RuleEvaluator.evalRulesFile(rules, root, dataFileName, outcomes)
                    : session.statuses().evalRulesFile(rules, root, outcomes);
        } catch (StackOverflowError e) {
            // A last resort: EvalLimits bound rule nesting, but a thread with a small stack may still run out.
            throw new EvaluationException(EvaluationException.Kind.PANIC,
                    "stack overflow while evaluating rules file " + session.rulesFileName());
        }
        return new EvaluationResult(status, outcomes, recording ? root.tracker().result() : null);
    }
}

package dev.cfnguard;

import dev.cfnguard.internal.ast.Rule;
import dev.cfnguard.internal.ast.RulesFile;
import dev.cfnguard.internal.document.ValueMerge;
import dev.cfnguard.internal.eval.EvaluationException;
import dev.cfnguard.internal.eval.EvaluationResult;
import dev.cfnguard.internal.eval.Evaluator;
import dev.cfnguard.internal.report.ResultRendering;
import dev.cfnguard.internal.value.Value;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A compiled rules file, made by {@link Guard#compile(String, String)} and its overloads. Immutable and
 * thread-safe: compile once, then evaluate any number of documents, from any number of threads. Regular
 * expressions are compiled once per rule set and shared by its evaluations.
 */
public final class RuleSet {

    private final String name;
    private final RulesFile rules;
    private final Evaluator evaluator;

    RuleSet(String name, RulesFile rules, Evaluator evaluator) {
        this.name = name;
        this.rules = rules;
        this.evaluator = evaluator;
    }

    /** @return the name the rules were compiled under, which messages and reports print */
    public String name() {
        return name;
    }

    /** @return the names of the rules, in source order, each once */
    public List<String> ruleNames() {
        Set<String> names = new LinkedHashSet<>();
        for (Rule rule : rules.rules()) {
            names.add(rule.name());
        }
        return List.copyOf(names);
    }

    /**
     * Evaluates every rule against {@code document}.
     *
     * @param document the data to check
     * @return the outcome; a failing rule is a result, not an exception
     * @throws GuardEvaluationException when the evaluation stops with an error, as the reference's does
     *                                  (an unknown variable or function, a regex over its budget...)
     */
    public ValidationResult evaluate(Document document) {
        Objects.requireNonNull(document, "document");
        return evaluate(document, document.root());
    }

    /**
     * Evaluates every rule against {@code document} with input parameters: {@code parameters} is merged into
     * the document first (mappings by key, sequences concatenated), as {@code cfn-guard validate
     * --input-parameters} does, so rules can refer to both.
     *
     * @param document   the data to check
     * @param parameters extra data, typically a mapping of settings
     * @return the outcome
     * @throws GuardDocumentException   when the two cannot be merged (a key in both, or a mapping and a list)
     * @throws GuardEvaluationException when the evaluation stops with an error
     */
    public ValidationResult evaluate(Document document, Document parameters) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(parameters, "parameters");
        Value merged;
        try {
            merged = ValueMerge.merge(parameters.root(), document.root());
        } catch (ValueMerge.MergeException e) {
            throw new GuardDocumentException("cannot merge " + parameters.name() + " into " + document.name() + ": "
                    + e.getMessage(), document.name(), 0, 0, e.referenceDisplay(), false);
        }
        return evaluate(document, merged);
    }

    private ValidationResult evaluate(Document document, Value root) {
        long started = System.nanoTime();
        EvaluationResult statuses = run(root, document, false);
        long millis = (System.nanoTime() - started) / 1_000_000;
        return ValidationResult.of(name, document.name(), statuses, !document.source().isEmpty(),
                () -> new ResultRendering.Evaluated(name, document.name(), document.source(), root,
                        run(root, document, true), millis));
    }

    private EvaluationResult run(Value root, Document document, boolean recording) {
        try {
            return evaluator.evaluate(root, document.name(), recording);
        } catch (EvaluationException e) {
            throw new GuardEvaluationException(name + ": " + e.getMessage(),
                    e.kind() == EvaluationException.Kind.PANIC);
        }
    }

    @Override
    public String toString() {
        return "RuleSet[" + name + "]";
    }
}

package dev.cfnguard.internal.eval;

import dev.cfnguard.internal.ast.RulesFile;
import dev.cfnguard.internal.value.Path;
import dev.cfnguard.internal.value.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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

    /**
     * An evaluator with {@link EvalLimits#DEFAULT}.
     *
     * @param rulesFileName the name the rules file is known by in record contexts (the reference prints it
     *                      inside named-rule and block-clause locations)
     */
    public Evaluator(RulesFile rules, String rulesFileName) {
        this(rules, rulesFileName, EvalLimits.DEFAULT);
    }

    /**
     * @param rulesFileName   as for {@link #Evaluator(RulesFile, String)}
     * @param regexStepBudget how many characters one backtracking regex search may read before the
     *                        clause that runs it fails with an {@link EvaluationException}
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
        this.rules = rules;
        this.session = Session.create(rulesFileName, limits);
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
            // A last resort: EvalLimits bound rule nesting, but a thread with a small stack may still run out.
            throw new EvaluationException(EvaluationException.Kind.PANIC,
                    "stack overflow while evaluating rules file " + session.rulesFileName());
        }
        return new EvaluationResult(status, root.tracker().result());
    }

    /**
     * Merges {@code addition} into {@code base} the way input parameters are combined with data files
     * ({@code base} is the parameters): maps take the union of their keys, lists are concatenated.
     *
     * @throws EvaluationException (MULTIPLE_VALUES) when both maps have a key; (INCOMPATIBLE) when the two
     *                             values are not both maps or both lists
     */
    public static Value merge(Value base, Value addition) {
        if (base instanceof Value.ListValue list && addition instanceof Value.ListValue more) {
            List<Value> elements = new ArrayList<>(list.elements());
            elements.addAll(more.elements());
            return new Value.ListValue(list.path(), elements);
        }
        if (base instanceof Value.MapValue map && addition instanceof Value.MapValue more) {
            List<Value.StringValue> keys = new ArrayList<>(map.keys());
            Map<String, Value> entries = new LinkedHashMap<>(map.entries());
            Path morePath = more.path();
            for (Map.Entry<String, Value> entry : more.entries().entrySet()) {
                if (entries.containsKey(entry.getKey())) {
                    throw new EvaluationException(EvaluationException.Kind.MULTIPLE_VALUES,
                            "Key " + entry.getKey() + ", already exists in map");
                }
                entries.put(entry.getKey(), entry.getValue());
                keys.add(new Value.StringValue(morePath.child(entry.getKey(), morePath.location()), entry.getKey()));
            }
            return new Value.MapValue(map.path(), keys, entries);
        }
        throw new EvaluationException(EvaluationException.Kind.INCOMPATIBLE, "Types are not compatible for merges "
                + ValueText.typeName(base) + ", " + ValueText.typeName(addition));
    }
}

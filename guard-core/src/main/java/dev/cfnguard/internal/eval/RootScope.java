package dev.cfnguard.internal.eval;

import dev.cfnguard.internal.ast.ParameterizedRule;
import dev.cfnguard.internal.ast.Rule;
import dev.cfnguard.internal.ast.RulesFile;
import dev.cfnguard.internal.value.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/** The file scope: file-level variables, rules by name and their statuses, and the record tracker. */
final class RootScope extends VariableScope {

    private final Map<String, List<Rule>> rules = new LinkedHashMap<>();
    private final Map<String, ParameterizedRule> parameterizedRules = new HashMap<>();
    private final Map<String, Status> ruleStatuses = new HashMap<>();
    /** Named rules being evaluated, innermost last: a rule met again here depends on itself. */
    private final List<String> rulesInProgress = new ArrayList<>();
    /** Null when the evaluation keeps no records. */
    private final RecordTracker tracker;

    RootScope(Session session, RulesFile rulesFile, Value root) {
        super(session.assignments(rulesFile.assignments()), session, root);
        this.tracker = session.recording() ? new RecordTracker() : null;
        for (Rule rule : rulesFile.rules()) {
            rules.computeIfAbsent(rule.name(), name -> new ArrayList<>()).add(rule);
        }
        for (ParameterizedRule rule : rulesFile.parameterizedRules()) {
            parameterizedRules.put(rule.rule().name(), rule);
        }
    }

    RecordTracker tracker() {
        return tracker;
    }

    @Override
    List<QueryResult> resolveUndefined(String name) {
        throw new EvaluationException(EvaluationException.Kind.MISSING_VALUE,
                "Could not resolve variable by name " + name + " across scopes");
    }

    ParameterizedRule parameterizedRule(String name) {
        ParameterizedRule rule = parameterizedRules.get(name);
        if (rule == null) {
            throw new EvaluationException(EvaluationException.Kind.MISSING_VALUE,
                    "Parameterized Rule with name " + name + " was not found, candidate "
                            + debugNames(parameterizedRules.keySet()));
        }
        return rule;
    }

    Status namedRuleStatus(String ruleName) {
        Status known = ruleStatuses.get(ruleName);
        if (known != null) {
            return known;
        }
        List<Rule> candidates = rules.get(ruleName);
        if (candidates == null) {
            throw new EvaluationException(EvaluationException.Kind.MISSING_VALUE,
                    "Rule " + ruleName + " by that name does not exist, Rule Names = " + debugNames(rules.keySet()));
        }
        // The reference recurses until its stack overflows; a cycle can only end that way, so stop at once.
        if (rulesInProgress.contains(ruleName)) {
            throw new EvaluationException(EvaluationException.Kind.PANIC, "rule " + ruleName
                    + " depends on itself through named-rule references: " + String.join(" -> ", cycleFrom(ruleName)));
        }
        if (rulesInProgress.size() >= session().limits().maxRuleDepth()) {
            throw new EvaluationException(EvaluationException.Kind.PANIC, "named-rule references nest deeper than "
                    + session().limits().maxRuleDepth() + " levels at rule " + ruleName);
        }
        Status status = Status.SKIP;
        rulesInProgress.add(ruleName);
        try {
            for (Rule rule : candidates) {
                status = session().recording() ? RuleEvaluator.evalRule(rule, this)
                        : session().statuses().evalRule(rule, this);
                if (status != Status.SKIP) {
                    break;
                }
            }
        } finally {
            rulesInProgress.remove(rulesInProgress.size() - 1);
        }
        ruleStatuses.put(ruleName, status);
        return status;
    }

    private List<String> cycleFrom(String ruleName) {
        List<String> cycle = new ArrayList<>(rulesInProgress.subList(rulesInProgress.indexOf(ruleName),
                rulesInProgress.size()));
        cycle.add(ruleName);
        return cycle;
    }

    private static String debugNames(Iterable<String> names) {
        StringJoiner joined = new StringJoiner(", ", "[", "]");
        names.forEach(name -> joined.add(RustFormat.stringDebug(name)));
        return joined.toString();
    }

    @Override
    void addVariableCaptureKey(String name, Value key) {
        resolved().computeIfAbsent(name, n -> new ArrayList<>()).add(new QueryResult.Resolved(key));
    }

    @Override
    void startRecord(String context) {
        if (tracker != null) {
            tracker.start(context);
        }
    }

    @Override
    void endRecord(String context, RecordType record) {
        if (tracker != null) {
            tracker.end(context, record);
        }
    }
}

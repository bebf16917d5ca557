package dev.cfnguard;

import dev.cfnguard.internal.eval.EventRecord;
import dev.cfnguard.internal.eval.RecordType;
import dev.cfnguard.internal.report.ClauseReport;
import dev.cfnguard.internal.report.FailureReports;
import dev.cfnguard.internal.report.ReportException;
import dev.cfnguard.internal.report.ResultRendering;
import dev.cfnguard.internal.value.Location;
import dev.cfnguard.internal.value.Value;
import dev.cfnguard.internal.value.ValueJson;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The outcome of one {@link RuleSet} against one {@link Document}: the overall status, each rule's status
 * and the checks that failed. Render it with {@link Reports}. Immutable and thread-safe.
 */
public final class ValidationResult {

    private final ResultRendering.Evaluated evaluated;
    private final Status status;
    private final List<RuleResult> rules;

    private ValidationResult(ResultRendering.Evaluated evaluated, Status status, List<RuleResult> rules) {
        this.evaluated = evaluated;
        this.status = status;
        this.rules = List.copyOf(rules);
    }

    static ValidationResult of(ResultRendering.Evaluated evaluated, boolean positioned) {
        EventRecord root = evaluated.result().root();
        Map<String, List<ClauseFailure>> failures = new LinkedHashMap<>();
        try {
            for (ClauseReport report : FailureReports.of(root).notCompliant()) {
                if (report instanceof ClauseReport.RuleReport rule) {
                    List<ClauseFailure> list = failures.computeIfAbsent(rule.name(), name -> new ArrayList<>());
                    flatten(rule.name(), rule.checks(), positioned, list);
                }
            }
        } catch (ReportException e) {
            throw new GuardEvaluationException(e.getMessage(), e.panics());
        }
        Map<String, Status> statuses = new LinkedHashMap<>();
        for (EventRecord child : root.children()) {
            if (child.container() instanceof RecordType.RuleCheck check) {
                statuses.merge(check.status().name(), status(check.status().status()), ValidationResult::worse);
            }
        }
        List<RuleResult> rules = new ArrayList<>();
        statuses.forEach((name, status) ->
                rules.add(new RuleResult(name, status, failures.getOrDefault(name, List.of()))));
        return new ValidationResult(evaluated, status(evaluated.result().status()), rules);
    }

    private static void flatten(String rule, List<ClauseReport> checks, boolean positioned, List<ClauseFailure> out) {
        for (ClauseReport check : checks) {
            if (check instanceof ClauseReport.RuleReport nested) {
                flatten(rule, nested.checks(), positioned, out);
            } else if (check instanceof ClauseReport.DisjunctionsReport or) {
                flatten(rule, or.checks(), positioned, out);
            } else {
                out.add(failure(rule, check, positioned));
            }
        }
    }

    private static ClauseFailure failure(String rule, ClauseReport check, boolean positioned) {
        String clause;
        Optional<String> custom;
        Optional<String> explanation;
        Optional<String> expected = Optional.empty();
        if (check instanceof ClauseReport.BlockReport block) {
            clause = block.context();
            custom = text(block.messages().customMessage());
            explanation = text(block.messages().errorMessage());
        } else if (check instanceof ClauseReport.UnaryReport unary) {
            clause = unary.context();
            custom = text(unary.messages().customMessage());
            explanation = text(unary.messages().errorMessage());
        } else {
            ClauseReport.BinaryReport binary = (ClauseReport.BinaryReport) check;
            clause = binary.context();
            custom = text(binary.messages().customMessage());
            explanation = text(binary.messages().errorMessage());
            if (binary.check() instanceof ClauseReport.BinaryCheck.Resolved resolved) {
                expected = Optional.of(json(resolved.to()));
            } else if (binary.check() instanceof ClauseReport.BinaryCheck.InResolved in) {
                expected = Optional.of(in.to().size() == 1 ? json(in.to().get(0)) : jsonList(in.to()));
            }
        }
        Value from = check.valueFrom();
        String path = from == null ? "" : from.path().pointer();
        Location at = from == null || !positioned ? null : from.path().location();
        return new ClauseFailure(rule, clause.strip(), path, at == null ? 0 : at.line() + 1,
                at == null ? 0 : at.column() + 1, Optional.ofNullable(from).map(ValidationResult::json), expected,
                custom, explanation);
    }

    private static String jsonList(List<Value> values) {
        StringBuilder list = new StringBuilder("[");
        for (Value each : values) {
            list.append(list.length() > 1 ? "," : "").append(json(each));
        }
        return list.append(']').toString();
    }

    /** Absent when blank; the reports print messages as written, but callers want them trimmed. */
    private static Optional<String> text(String message) {
        return message == null || message.isBlank() ? Optional.empty() : Optional.of(message.strip());
    }

    private static String json(Value value) {
        try {
            return ValueJson.compact(value);
        } catch (ValueJson.UnrepresentableValueException e) {
            return String.valueOf(value);
        }
    }

    private static Status status(dev.cfnguard.internal.eval.Status status) {
        return Status.valueOf(status.name());
    }

    private static Status worse(Status a, Status b) {
        if (a == Status.FAIL || b == Status.FAIL) {
            return Status.FAIL;
        }
        return a == Status.PASS || b == Status.PASS ? Status.PASS : Status.SKIP;
    }

    /** @return the name of the rule set */
    public String rulesName() {
        return evaluated.rulesName();
    }

    /** @return the name of the document */
    public String documentName() {
        return evaluated.dataName();
    }

    /** @return FAIL if any rule failed, else PASS if any passed, else SKIP */
    public Status status() {
        return status;
    }

    /** @return every rule of the rule set with its outcome, in the order they were evaluated */
    public List<RuleResult> rules() {
        return rules;
    }

    /**
     * @param name a rule's name
     * @return that rule's outcome, if the rule set has such a rule
     */
    public Optional<RuleResult> rule(String name) {
        return rules.stream().filter(rule -> rule.name().equals(name)).findFirst();
    }

    /** @return the failed checks of every rule, rule by rule */
    public List<ClauseFailure> failures() {
        List<ClauseFailure> all = new ArrayList<>();
        rules.forEach(rule -> all.addAll(rule.failures()));
        return List.copyOf(all);
    }

    ResultRendering.Evaluated evaluated() {
        return evaluated;
    }

    @Override
    public String toString() {
        return "ValidationResult[" + rulesName() + " against " + documentName() + ": " + status + "]";
    }
}

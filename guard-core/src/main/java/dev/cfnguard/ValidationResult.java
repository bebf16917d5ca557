package dev.cfnguard;

import dev.cfnguard.internal.eval.EventRecord;
import dev.cfnguard.internal.eval.EvaluationResult;
import dev.cfnguard.internal.eval.NamedStatus;
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
import java.util.function.Supplier;

/**
 * The outcome of one {@link RuleSet} against one {@link Document}: the overall status, each rule's status
 * and the checks that failed. Render it with {@link Reports}. Immutable and thread-safe.
 *
 * <p>{@link RuleSet#evaluate(Document)} settles the statuses only. What a report or the list of failures
 * needs, the text of every check, is made on first use by evaluating the rules once more with every step
 * recorded; most results are read for their status alone, and that record costs many times the status.
 * The second evaluation gives the same outcome as the first, as long as the Java functions registered
 * with {@link Guard.Builder#function} are pure.
 */
public final class ValidationResult {

    private final String rulesName;
    private final String documentName;
    private final Status status;
    private final List<NamedStatus> outcomes;
    private final boolean positioned;
    private final Supplier<ResultRendering.Evaluated> recordedEvaluation;
    private volatile Details details;

    /** What the recorded evaluation gives. */
    private record Details(ResultRendering.Evaluated evaluated, List<RuleResult> rules) {}

    private ValidationResult(String rulesName, String documentName, EvaluationResult statuses, boolean positioned,
                             Supplier<ResultRendering.Evaluated> recordedEvaluation) {
        this.rulesName = rulesName;
        this.documentName = documentName;
        this.status = status(statuses.status());
        this.outcomes = statuses.rules();
        this.positioned = positioned;
        this.recordedEvaluation = recordedEvaluation;
    }

    /**
     * @param statuses           the evaluation that settled the statuses, recorded or not
     * @param positioned         whether the document has text, so that failures can have a line and column
     * @param recordedEvaluation runs the evaluation again with records, when reports need them
     */
    static ValidationResult of(String rulesName, String documentName, EvaluationResult statuses, boolean positioned,
                               Supplier<ResultRendering.Evaluated> recordedEvaluation) {
        return new ValidationResult(rulesName, documentName, statuses, positioned, recordedEvaluation);
    }

    private Details details() {
        Details known = details;
        if (known == null) {
            synchronized (this) {
                known = details;
                if (known == null) {
                    ResultRendering.Evaluated evaluated = recordedEvaluation.get();
                    known = new Details(evaluated, ruleResults(failures(evaluated.result().root(), positioned)));
                    details = known;
                }
            }
        }
        return known;
    }

    private static Map<String, List<ClauseFailure>> failures(EventRecord root, boolean positioned) {
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
        return failures;
    }

    /** One result per rule name, the worst status of the rules of that name. */
    private List<RuleResult> ruleResults(Map<String, List<ClauseFailure>> failures) {
        Map<String, Status> statuses = new LinkedHashMap<>();
        for (NamedStatus outcome : outcomes) {
            statuses.merge(outcome.name(), status(outcome.status()), ValidationResult::worse);
        }
        List<RuleResult> rules = new ArrayList<>();
        statuses.forEach((name, status) ->
                rules.add(new RuleResult(name, status, failures.getOrDefault(name, List.of()))));
        return List.copyOf(rules);
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
        return rulesName;
    }

    /** @return the name of the document */
    public String documentName() {
        return documentName;
    }

    /** @return FAIL if any rule failed, else PASS if any passed, else SKIP */
    public Status status() {
        return status;
    }

    /**
     * @return every rule of the rule set with its outcome, in the order they were evaluated
     * @throws GuardEvaluationException where the reference cannot report the failures either
     */
    public List<RuleResult> rules() {
        // Without a failing rule there are no failures to describe, and the statuses are known.
        return status == Status.FAIL ? details().rules() : ruleResults(Map.of());
    }

    /**
     * @param name a rule's name
     * @return that rule's outcome, if the rule set has such a rule
     * @throws GuardEvaluationException where the reference cannot report the failures either
     */
    public Optional<RuleResult> rule(String name) {
        return rules().stream().filter(rule -> rule.name().equals(name)).findFirst();
    }

    /**
     * @return the failed checks of every rule, rule by rule
     * @throws GuardEvaluationException where the reference cannot report the failures either
     */
    public List<ClauseFailure> failures() {
        List<ClauseFailure> all = new ArrayList<>();
        rules().forEach(rule -> all.addAll(rule.failures()));
        return List.copyOf(all);
    }

    /** The evaluation with its records, for the reports. */
    ResultRendering.Evaluated evaluated() {
        return details().evaluated();
    }

    @Override
    public String toString() {
        return "ValidationResult[" + rulesName + " against " + documentName + ": " + status + "]";
    }
}

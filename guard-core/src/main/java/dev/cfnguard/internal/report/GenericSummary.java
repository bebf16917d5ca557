package dev.cfnguard.internal.report;

import dev.cfnguard.internal.ast.CmpOperator;
import dev.cfnguard.internal.ast.Comparator;
import dev.cfnguard.internal.eval.ClauseCheck;
import dev.cfnguard.internal.eval.EventRecord;
import dev.cfnguard.internal.eval.QueryResult;
import dev.cfnguard.internal.eval.RecordType;
import dev.cfnguard.internal.eval.Status;
import dev.cfnguard.internal.value.Value;
import dev.cfnguard.internal.value.ValueJson;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * The default {@code validate} report for data that is neither a CloudFormation template nor a Terraform
 * plan: one sentence per failed check, then the compliant and not applicable rules, as selected by
 * {@code --show-summary}. The reference lists rules in hash order; this report lists them in the order
 * they were evaluated. Stateless.
 */
final class GenericSummary {
    private GenericSummary() {}

    /** What the report says about one failed check; {@code provided}/{@code expected} are compact JSON. */
    private record Failure(String rule, String path, String provided, String expected, Comparator comparison,
                           String message, String error) {}

    static void write(Appendable out, EventRecord root, String rulesFile, String dataFile, Set<Status> shown)
            throws IOException {
        Map<String, List<Failure>> failed = new LinkedHashMap<>();
        Set<String> passed = new LinkedHashSet<>();
        Set<String> skipped = new LinkedHashSet<>();
        for (EventRecord child : root.children()) {
            if (child.container() instanceof RecordType.RuleCheck rule) {
                String name = rule.status().name();
                switch (rule.status().status()) {
                    case FAIL -> {
                        List<Failure> failures = new ArrayList<>();
                        for (EventRecord clause : failingClauses(child)) {
                            failures.add(failure(name, clause));
                        }
                        failed.put(name, failures);
                    }
                    case PASS -> passed.add(name);
                    case SKIP -> skipped.add(name);
                }
            }
        }
        if (!isReportable(shown, failed, passed, skipped)) {
            return;
        }
        out.append("Evaluation of rules ").append(rulesFile).append(" against data ").append(dataFile).append('\n');
        if (shown.contains(Status.FAIL)) {
            if (!failed.isEmpty()) {
                out.append("--\n");
            }
            for (List<Failure> failures : failed.values()) {
                for (Failure failure : failures) {
                    out.append(sentence(failure, dataFile)).append('\n');
                }
            }
        }
        if (shown.contains(Status.PASS)) {
            ruleList(out, passed, "compliant", dataFile);
        }
        if (shown.contains(Status.SKIP)) {
            ruleList(out, skipped, "not applicable", dataFile);
        }
        out.append("--\n");
    }

    private static boolean isReportable(Set<Status> shown, Map<String, List<Failure>> failed, Set<String> passed,
                                        Set<String> skipped) {
        if (shown.contains(Status.FAIL)) {
            return !failed.isEmpty();
        }
        if (shown.contains(Status.PASS)) {
            return !passed.isEmpty();
        }
        return shown.contains(Status.SKIP) && !skipped.isEmpty();
    }

    private static void ruleList(Appendable out, Set<String> rules, String descriptor, String dataFile)
            throws IOException {
        if (!rules.isEmpty()) {
            out.append("--\n");
        }
        for (String rule : rules) {
            out.append("Rule [").append(rule).append("] is ").append(descriptor).append(" for template [")
                    .append(dataFile).append("]\n");
        }
    }

    private static String sentence(Failure failure, String dataFile) {
        if (failure.error() != null) {
            return "Property traversed until [" + failure.path() + "] in data [" + dataFile
                    + "] is not compliant with [" + failure.rule() + "] due to retrieval error. Error Message ["
                    + failure.error() + "]";
        }
        Comparator comparison = failure.comparison();
        if (comparison == null) {
            return "Parameterized Rule " + failure.rule() + " failed for " + dataFile + ". Reason "
                    + failure.message().replace("\n", "; ");
        }
        String provided = failure.provided() == null ? "null" : failure.provided();
        String message = failure.message().replace('\n', ';');
        if (comparison.operator().isUnary()) {
            return "Property [" + failure.path() + "] in data [" + dataFile + "] is not compliant with ["
                    + failure.rule() + "] because needed value at [" + provided + "] " + unaryFailure(comparison)
                    + ". Error Message [" + message + "]";
        }
        String expected = failure.expected() == null ? "null" : failure.expected();
        return "Property [" + failure.path() + "] in data [" + dataFile + "] is not compliant with ["
                + failure.rule() + "] because provided value [" + provided + "] "
                + (comparison.negated() ? "did" : "did not") + " "
                + (comparison.operator() == CmpOperator.IN ? "match expected value in" : "match expected value")
                + " [" + expected + "]. Error Message [" + message + "]";
    }

    private static String unaryFailure(Comparator comparator) {
        boolean not = comparator.negated();
        return switch (comparator.operator()) {
            case EXISTS -> not ? "existed" : "did not exist";
            case EMPTY -> not ? "was empty" : "was not empty";
            case IS_LIST -> not ? "was list" : "was not a list ";
            case IS_MAP -> not ? "was struct" : "was not a struct";
            case IS_STRING -> not ? "was string" : "was not a string ";
            case IS_BOOL -> not ? "was bool" : "was not a bool";
            case IS_INT -> not ? "was int" : "was not an int";
            case IS_NULL -> not ? "was null" : "was not null";
            case IS_FLOAT -> not ? "was float" : "was not a float";
            default -> throw ReportException.panic("internal error: entered unreachable code");
        };
    }

    /** The value checks below {@code record} that did not pass, and failed parameterized rule calls. */
    private static List<EventRecord> failingClauses(EventRecord record) {
        RecordType type = record.container();
        if (type instanceof RecordType.Filter
                || type instanceof RecordType.ClauseValueCheck c && c.check() instanceof ClauseCheck.Success) {
            return List.of();
        }
        if (type instanceof RecordType.ClauseValueCheck
                || type instanceof RecordType.RuleCheck rule && rule.status().message() != null
                && rule.status().status() == Status.FAIL) {
            return List.of(record);
        }
        List<EventRecord> found = new ArrayList<>();
        record.children().forEach(child -> found.addAll(failingClauses(child)));
        return found;
    }

    private static Failure failure(String rule, EventRecord record) {
        RecordType type = record.container();
        if (type instanceof RecordType.RuleCheck called) {
            return new Failure(called.status().name(), "", null, null, null, called.status().message(), null);
        }
        ClauseCheck check = ((RecordType.ClauseValueCheck) type).check();
        if (check instanceof ClauseCheck.DependentRule dependent) {
            return new Failure(rule, "", null, null, null, orEmpty(dependent.customMessage()), dependent.message());
        }
        if (check instanceof ClauseCheck.MissingBlockValue missing) {
            String path = missing.value().from() instanceof QueryResult.UnResolved u
                    ? u.traversedTo().path().pointer() : "";
            return new Failure(rule, path, null, null, null, orEmpty(missing.value().customMessage()),
                    missing.value().message());
        }
        if (check instanceof ClauseCheck.Unary unary) {
            ClauseCheck.ValueCheck value = unary.value();
            String custom = orEmpty(value.customMessage());
            if (value.from() instanceof QueryResult.Resolved resolved) {
                return new Failure(rule, resolved.value().path().pointer(), json(resolved.value()), null,
                        unary.comparison(), custom, value.message());
            }
            if (value.from() instanceof QueryResult.UnResolved unresolved) {
                return new Failure(rule, unresolved.traversedTo().path().pointer(), json(unresolved.traversedTo()),
                        null, unary.comparison(), custom, retrievalError(value.message(), unresolved));
            }
            throw ReportException.panic("internal error: entered unreachable code");
        }
        if (check instanceof ClauseCheck.Comparison comparison) {
            String custom = orEmpty(comparison.customMessage());
            if (comparison.from() instanceof QueryResult.Resolved resolved) {
                String expected = null;
                QueryResult to = comparison.to();
                if (to instanceof QueryResult.Resolved r) {
                    expected = json(r.value());
                } else if (to instanceof QueryResult.UnResolved u) {
                    expected = json(u.traversedTo());
                } else if (to != null) {
                    throw ReportException.panic("internal error: entered unreachable code");
                }
                return new Failure(rule, resolved.value().path().pointer(), json(resolved.value()), expected,
                        comparison.comparison(), custom, comparison.message());
            }
            if (comparison.from() instanceof QueryResult.UnResolved unresolved) {
                return new Failure(rule, unresolved.traversedTo().path().pointer(), json(unresolved.traversedTo()),
                        null, comparison.comparison(), custom, retrievalError(comparison.message(), unresolved));
            }
            throw ReportException.panic("internal error: entered unreachable code");
        }
        if (check instanceof ClauseCheck.NoValueForEmptyCheck empty) {
            return new Failure(rule, "", null, null, new Comparator(CmpOperator.EMPTY, false),
                    orEmpty(empty.customMessage()), null);
        }
        if (check instanceof ClauseCheck.InComparison in) {
            String provided = in.from() instanceof QueryResult.Resolved r ? json(r.value()) : null;
            StringJoiner expected = new StringJoiner(",", "[", "]");
            for (QueryResult each : in.to()) {
                Value value = each instanceof QueryResult.UnResolved u ? u.traversedTo() : each.resolvedValue();
                expected.add(json(value));
            }
            return new Failure(rule, "", provided, expected.toString(), in.comparison(), orEmpty(in.message()), null);
        }
        throw ReportException.panic("internal error: entered unreachable code");
    }

    private static String retrievalError(String message, QueryResult.UnResolved unresolved) {
        if (message != null) {
            return message;
        }
        return unresolved.reason() == null ? "" : unresolved.reason();
    }

    private static String json(Value value) {
        try {
            return ValueJson.compact(value);
        } catch (ValueJson.UnrepresentableValueException e) {
            throw ReportException.error(e.getMessage());
        }
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}

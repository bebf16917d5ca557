package dev.cfnguard.internal.report;

import dev.cfnguard.internal.value.CodePointOrder;
import dev.cfnguard.internal.ast.Comparator;
import dev.cfnguard.internal.eval.ClauseCheck;
import dev.cfnguard.internal.eval.EventRecord;
import dev.cfnguard.internal.eval.QueryResult;
import dev.cfnguard.internal.eval.RecordText;
import dev.cfnguard.internal.eval.RecordType;
import dev.cfnguard.internal.eval.Status;
import dev.cfnguard.internal.eval.ValueText;
import dev.cfnguard.internal.value.Location;
import dev.cfnguard.internal.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.TreeSet;

/**
 * Condenses the record tree of an evaluation into a {@link FileReport}: every failed rule with the
 * checks that made it fail, each explained in the reference's words. Stateless.
 */
public final class FailureReports {
    private FailureReports() {}

    /**
     * @param root the file-level record of one evaluation
     * @throws ReportException (panic) where the reference's conversion has no answer either
     */
    public static FileReport of(EventRecord root) {
        if (!(root.container() instanceof RecordType.FileCheck file)) {
            throw ReportException.panic("internal error: entered unreachable code");
        }
        TreeSet<String> passed = new TreeSet<>(CodePointOrder.INSTANCE);
        TreeSet<String> skipped = new TreeSet<>(CodePointOrder.INSTANCE);
        for (EventRecord child : root.children()) {
            if (child.container() instanceof RecordType.RuleCheck rule) {
                switch (rule.status().status()) {
                    case PASS -> passed.add(rule.status().name());
                    case SKIP -> skipped.add(rule.status().name());
                    default -> {
                        // failed rules are reported with their checks
                    }
                }
            }
        }
        return new FileReport(file.status().name(), file.status().status(), failures(root.children()), skipped,
                passed);
    }

    private static List<ClauseReport> failures(List<EventRecord> records) {
        List<ClauseReport> reports = new ArrayList<>();
        for (EventRecord record : records) {
            RecordType type = record.container();
            if (type instanceof RecordType.RuleCheck rule && rule.status().status() == Status.FAIL) {
                reports.add(new ClauseReport.RuleReport(rule.status().name(),
                        new Messages(rule.status().message(), null, null), failures(record.children())));
            } else if (type instanceof RecordType.BlockGuardCheck block && block.block().status() == Status.FAIL) {
                if (record.children().isEmpty()) {
                    reports.add(new ClauseReport.BlockReport(record.context(),
                            new Messages(null, "query for block clause did not retrieve any value", null), null));
                } else {
                    reports.addAll(failures(record.children()));
                }
            } else if (type instanceof RecordType.Disjunction or && or.block().status() == Status.FAIL) {
                reports.add(new ClauseReport.DisjunctionsReport(failures(record.children())));
            } else if (isFailedContainer(type)) {
                reports.addAll(failures(record.children()));
            } else if (type instanceof RecordType.ClauseValueCheck value) {
                ClauseReport report = clause(record.context(), value.check());
                if (report != null) {
                    reports.add(report);
                }
            }
        }
        return reports;
    }

    private static boolean isFailedContainer(RecordType type) {
        if (type instanceof RecordType.GuardClauseBlockCheck c) {
            return c.block().status() == Status.FAIL;
        } else if (type instanceof RecordType.TypeBlock c) {
            return c.status() == Status.FAIL;
        } else if (type instanceof RecordType.TypeCheck c) {
            return c.block().status() == Status.FAIL;
        } else if (type instanceof RecordType.WhenCheck c) {
            return c.block().status() == Status.FAIL;
        }
        return false;
    }

    /** The report of one failed value check; null for checks the report leaves out. */
    private static ClauseReport clause(String context, ClauseCheck check) {
        if (check instanceof ClauseCheck.NoValueForEmptyCheck empty) {
            String custom = empty.customMessage() == null ? "" : empty.customMessage().replace('\n', ';');
            return new ClauseReport.UnaryReport(context, new Messages(custom,
                    "Check was not compliant as variable in context [" + context + "] was not empty", null),
                    new ClauseReport.UnaryCheck.UnresolvedContext(context));
        }
        if (check instanceof ClauseCheck.DependentRule dependent) {
            String custom = dependent.customMessage() == null ? "" : dependent.customMessage();
            return new ClauseReport.UnaryReport(context, new Messages(custom,
                    "Check was not compliant as dependent rule [" + dependent.rule() + "] did not PASS. Context ["
                            + context + "]", null),
                    new ClauseReport.UnaryCheck.UnresolvedContext(dependent.rule()));
        }
        if (check instanceof ClauseCheck.MissingBlockValue missing) {
            if (!(missing.value().from() instanceof QueryResult.UnResolved unresolved)) {
                throw ReportException.panic("internal error: entered unreachable code");
            }
            String custom = missing.value().customMessage() == null ? "" : missing.value().customMessage();
            return new ClauseReport.BlockReport(context, new Messages(custom,
                    "Check was not compliant as property [" + unresolved.remainingQuery()
                            + "] is missing. Value traversed to [" + ValueText.withPath(unresolved.traversedTo())
                            + "]", null),
                    unresolved);
        }
        if (check instanceof ClauseCheck.Unary unary && unary.value().status() == Status.FAIL) {
            return unary(context, unary);
        }
        if (check instanceof ClauseCheck.Comparison comparison && comparison.status() == Status.FAIL) {
            return binary(context, comparison);
        }
        if (check instanceof ClauseCheck.InComparison in && in.status() == Status.FAIL) {
            return in(context, in);
        }
        return null;
    }

    private static ClauseReport unary(String context, ClauseCheck.Unary unary) {
        Comparator comparison = unary.comparison();
        ClauseCheck.ValueCheck value = unary.value();
        String custom = value.customMessage() == null ? "" : value.customMessage();
        String error = value.message() == null ? "" : "Error = [" + value.message() + "]";
        QueryResult from = value.from();
        if (from instanceof QueryResult.Resolved resolved) {
            String message = "Check was not compliant as property [" + ValueText.path(resolved.value().path()) + "] "
                    + unaryFailure(comparison) + "." + error;
            return new ClauseReport.UnaryReport(context, new Messages(custom, message, Location.NONE),
                    new ClauseReport.UnaryCheck.Resolved(resolved.value(), comparison));
        }
        if (from instanceof QueryResult.UnResolved unresolved) {
            String message = "Check was not compliant as property [" + unresolved.remainingQuery()
                    + "] is missing. Value traversed to [" + ValueText.withPath(unresolved.traversedTo()) + "]."
                    + error;
            return new ClauseReport.UnaryReport(context,
                    new Messages(custom, message, unresolved.traversedTo().path().location()),
                    new ClauseReport.UnaryCheck.Unresolved(unresolved, comparison));
        }
        throw ReportException.panic("internal error: entered unreachable code");
    }

    private static String unaryFailure(Comparator comparator) {
        boolean not = comparator.negated();
        return switch (comparator.operator()) {
            case EXISTS -> not ? "existed" : "did not exist";
            case EMPTY -> not ? "was empty" : "was not empty";
            case IS_LIST -> not ? "was a list " : "was not list";
            case IS_MAP -> not ? "was a struct" : "was not struct";
            case IS_STRING -> not ? "was a string " : "was not string";
            case IS_INT -> not ? "was int" : "was not int";
            case IS_BOOL -> not ? "was bool" : "was not bool";
            case IS_NULL -> not ? "was null" : "was not null";
            default -> not ? "was float" : "was not float";
        };
    }

    private static ClauseReport binary(String context, ClauseCheck.Comparison check) {
        Comparator comparison = check.comparison();
        String custom = check.customMessage() == null ? "" : check.customMessage();
        String error = check.message() == null ? "" : " Error = [" + check.message() + "]";
        QueryResult from = check.from();
        if (from instanceof QueryResult.UnResolved unresolved) {
            String message = "Check was not compliant as property [" + unresolved.remainingQuery()
                    + "] to compare from is missing. Value traversed to ["
                    + ValueText.withPath(unresolved.traversedTo()) + "]." + error;
            return new ClauseReport.BinaryReport(context,
                    new Messages(custom, message, unresolved.traversedTo().path().location()),
                    new ClauseReport.BinaryCheck.Unresolved(unresolved, comparison));
        }
        if (!(from instanceof QueryResult.Resolved resolved)) {
            throw ReportException.panic("internal error: entered unreachable code");
        }
        QueryResult to = check.to();
        if (to == null) {
            return null;
        }
        if (to instanceof QueryResult.Resolved toResolved) {
            String message = "Check was not compliant as property value [" + ValueText.withPath(resolved.value())
                    + "] " + binaryFailure(comparison) + " value [" + ValueText.withPath(toResolved.value()) + "]."
                    + error;
            return new ClauseReport.BinaryReport(context,
                    new Messages(custom, message, toResolved.value().path().location()),
                    new ClauseReport.BinaryCheck.Resolved(resolved.value(), toResolved.value(), comparison));
        }
        if (to instanceof QueryResult.UnResolved toUnresolved) {
            String message = "Check was not compliant as property [" + toUnresolved.remainingQuery()
                    + "] to compare to is missing. Value traversed to ["
                    + ValueText.withPath(toUnresolved.traversedTo()) + "]." + error;
            return new ClauseReport.BinaryReport(context,
                    new Messages(custom, message, toUnresolved.traversedTo().path().location()),
                    new ClauseReport.BinaryCheck.Unresolved(toUnresolved, comparison));
        }
        throw ReportException.panic("internal error: entered unreachable code");
    }

    private static String binaryFailure(Comparator comparator) {
        boolean not = comparator.negated();
        return switch (comparator.operator()) {
            case EQ -> not ? "equal to" : "not equal to";
            case LE -> not ? "less than equal to" : "not less than equal to";
            case LT -> not ? "less than" : "not less than";
            case GE -> not ? "greater than equal to" : "not greater than equal";
            case GT -> not ? "greater than" : "not greater than";
            case IN -> not ? "in" : "not in";
            default -> throw ReportException.panic("internal error: entered unreachable code");
        };
    }

    private static ClauseReport in(String context, ClauseCheck.InComparison check) {
        if (!(check.from() instanceof QueryResult.Resolved from)) {
            throw ReportException.panic("called `Option::unwrap()` on a `None` value");
        }
        StringJoiner to = new StringJoiner(".");
        check.to().forEach(each -> to.add(RecordText.queryResult(each)));
        String message = "Check was not compliant as property [" + ValueText.path(from.value().path())
                + "] was not present in [" + to.toString().replace(".[", "[") + "]";
        List<Value> toValues = new ArrayList<>();
        for (QueryResult each : check.to()) {
            if (each instanceof QueryResult.Resolved resolved) {
                toValues.add(resolved.value());
            }
        }
        return new ClauseReport.BinaryReport(context,
                new Messages(check.customMessage(), message, from.value().path().location()),
                new ClauseReport.BinaryCheck.InResolved(from.value(), toValues, check.comparison()));
    }
}

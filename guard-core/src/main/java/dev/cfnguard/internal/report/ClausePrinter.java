package dev.cfnguard.internal.report;

import dev.cfnguard.internal.ast.Comparator;
import dev.cfnguard.internal.document.UnicodeText;
import dev.cfnguard.internal.eval.QueryResult;
import dev.cfnguard.internal.eval.ValueText;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Prints the failed checks of one rule for one resource, as the resource-oriented reports lay them out
 * ({@code Rule = NAME { ALL { Check = ... { ComparisonError { ... } } } }}). What is said about the
 * values themselves (property path, operator, source excerpt) depends on the kind of data and is left to
 * a {@link Details}. Not thread-safe: one printer per report.
 */
final class ClausePrinter {

    /** The data-specific lines of a check; each method returns the width it aligned its names to. */
    interface Details {
        default int missingProperty(Appendable out, QueryResult.UnResolved unresolved, String prefix)
                throws IOException {
            return 0;
        }

        default int binary(Appendable out, ClauseReport.BinaryCheck.Resolved check, String prefix) throws IOException {
            return 0;
        }

        default int in(Appendable out, ClauseReport.BinaryCheck.InResolved check, String prefix) throws IOException {
            return 0;
        }

        default int unary(Appendable out, ClauseReport.UnaryCheck.Resolved check, String prefix) throws IOException {
            return 0;
        }
    }

    private final Appendable out;
    private final Details details;

    ClausePrinter(Appendable out, Details details) {
        this.out = out;
        this.details = details;
    }

    /**
     * @param shown the clauses that concern the resource being printed (by identity); rules and
     *              disjunctions are always printed, other clauses only when shown
     */
    void print(ClauseReport clause, Set<ClauseReport> shown, String prefix) throws IOException {
        if (clause instanceof ClauseReport.RuleReport rule) {
            line(prefix + "Rule = " + rule.name() + " {");
            String inner = prefix + "  ";
            messages(inner, orEmpty(rule.messages().customMessage()), orEmpty(rule.messages().errorMessage()), 0);
            line(inner + "ALL {");
            for (ClauseReport check : rule.checks()) {
                print(check, shown, inner + "  ");
            }
            line(inner + "}");
            line(prefix + "}");
        } else if (clause instanceof ClauseReport.DisjunctionsReport or) {
            line(prefix + "ANY {");
            for (ClauseReport check : or.checks()) {
                print(check, shown, prefix + "  ");
            }
            line(prefix + "}");
        } else if (shown.contains(clause)) {
            if (clause instanceof ClauseReport.BlockReport block) {
                block(block, prefix);
            } else if (clause instanceof ClauseReport.UnaryReport unary) {
                unary(unary, prefix);
            } else {
                binary((ClauseReport.BinaryReport) clause, prefix);
            }
        }
    }

    private void block(ClauseReport.BlockReport block, String prefix) throws IOException {
        line(prefix + "Check = " + block.context() + " {");
        String errorPrefix = prefix + "  ";
        line(errorPrefix + "RequiredPropertyError {");
        String inner = errorPrefix + "  ";
        int width;
        QueryResult.UnResolved unresolved = block.unresolved();
        String traversedTo = unresolved == null ? "" : unresolved.traversedTo().path().pointer();
        if (!traversedTo.isEmpty()) {
            width = "MissingProperty".length() + 4;
            line(inner + pad("PropertyPath", width) + "= " + traversedTo);
            line(inner + pad("MissingProperty", width) + "= " + unresolved.remainingQuery());
        } else {
            width = "Message".length() + 4;
        }
        StringBuilder after = new StringBuilder();
        if (unresolved != null) {
            width = Math.max(width, details.missingProperty(after, unresolved, inner));
        }
        messages(inner, orEmpty(block.messages().customMessage()), orEmpty(block.messages().errorMessage()), width);
        line(after.toString());
        line(errorPrefix + "}");
        line(prefix + "}");
    }

    private void unary(ClauseReport.UnaryReport unary, String prefix) throws IOException {
        if (unary.check() instanceof ClauseReport.UnaryCheck.Unresolved unresolved) {
            retrievalError(unresolved.value(), unary.context(), orEmpty(unary.messages().customMessage()), prefix);
        } else if (unary.check() instanceof ClauseReport.UnaryCheck.Resolved resolved) {
            line(prefix + "Check = " + unary.context() + " {");
            String errorPrefix = prefix + "  ";
            line(errorPrefix + "ComparisonError {");
            String inner = errorPrefix + "  ";
            StringBuilder after = new StringBuilder();
            int width = details.unary(after, resolved, inner);
            messages(inner, orEmpty(unary.messages().customMessage()), orEmpty(unary.messages().errorMessage()),
                    width);
            line(after.toString());
            line(errorPrefix + "}");
            line(prefix + "}");
        }
    }

    private void binary(ClauseReport.BinaryReport binary, String prefix) throws IOException {
        ClauseReport.BinaryCheck check = binary.check();
        if (check instanceof ClauseReport.BinaryCheck.Unresolved unresolved) {
            retrievalError(unresolved.value(), binary.context(), orEmpty(binary.messages().customMessage()), prefix);
            return;
        }
        line(prefix + "Check = " + binary.context() + " {");
        String errorPrefix = prefix + "  ";
        line(errorPrefix + "ComparisonError {");
        String inner = errorPrefix + "  ";
        StringBuilder after = new StringBuilder();
        String custom = orEmpty(binary.messages().customMessage());
        String error = orEmpty(binary.messages().errorMessage());
        if (check instanceof ClauseReport.BinaryCheck.Resolved resolved) {
            int width = details.binary(after, resolved, inner);
            messages(inner, custom, error, width);
            line(after.toString());
            line(errorPrefix + "}");
        } else {
            // The reference closes the comparison error before the details of an `in` check.
            int width = details.in(after, (ClauseReport.BinaryCheck.InResolved) check, inner);
            messages(inner, custom, error, width);
            line(errorPrefix + "}");
            line(after.toString());
        }
        line(prefix + "}");
    }

    private void retrievalError(QueryResult.UnResolved unresolved, String context, String customMessage,
                                String prefix) throws IOException {
        line(prefix + "Check = " + context + " {");
        String errorPrefix = prefix + "  ";
        messages(errorPrefix, customMessage, "", 0);
        line(errorPrefix + "RequiredPropertyError {");
        String inner = errorPrefix + "  ";
        line(inner + "PropertyPath = " + ValueText.path(unresolved.traversedTo().path()));
        line(inner + "MissingProperty = " + unresolved.remainingQuery());
        String reason = orEmpty(unresolved.reason());
        if (!reason.isEmpty()) {
            line(inner + "Reason = " + reason);
        }
        details.missingProperty(out, unresolved, inner);
        line(errorPrefix + "}");
        line(prefix + "}");
    }

    /**
     * The custom message (one line, or a {@code Message {...}} block when it has several parts separated
     * by ';' or else by line breaks) and the error, their names padded to {@code width}.
     */
    private void messages(String prefix, String message, String error, int width) throws IOException {
        if (!message.isEmpty()) {
            String[] parts = message.indexOf(';') >= 0 ? message.split(";", -1)
                    : message.indexOf('\n') >= 0 ? message.split("\n", -1) : new String[] {message};
            List<String> lines = new ArrayList<>();
            for (String part : parts) {
                String trimmed = UnicodeText.trim(part);
                if (!trimmed.isEmpty()) {
                    lines.add(trimmed);
                }
            }
            if (lines.isEmpty()) {
                // The reference indexes the first part regardless.
                throw ReportException.panic("index out of bounds: the len is 0 but the index is 0");
            }
            if (lines.size() > 1) {
                line(prefix + pad("Message", width) + " {");
                for (String each : lines) {
                    line(prefix + "  " + each);
                }
                line(prefix + "}");
            } else {
                line(prefix + pad("Message", width) + " = " + lines.get(0));
            }
        }
        if (!error.isEmpty()) {
            line(prefix + pad("Error", width) + " = " + error);
        }
    }

    /** The operator as the reports name it ({@code NOT EQUAL}, {@code IS STRING}...). */
    static String operatorText(Comparator comparator) {
        boolean not = comparator.negated();
        return switch (comparator.operator()) {
            case EXISTS -> not ? "NOT EXISTS" : "EXISTS";
            case EMPTY -> not ? "NOT EMPTY" : "EMPTY";
            case IS_LIST -> not ? "NOT LIST" : "IS LIST";
            case IS_MAP -> not ? "NOT STRUCT" : "IS STRUCT";
            case IS_STRING -> not ? "NOT STRING" : "IS STRING";
            case IS_FLOAT -> not ? "NOT FLOAT" : "IS FLOAT";
            case IS_NULL -> not ? "NOT NULL" : "IS NULL";
            case IS_BOOL -> not ? "NOT BOOL" : "IS BOOl"; // sic, as the reference spells it
            case IS_INT -> not ? "NOT INT" : "IS INT";
            case EQ -> not ? "NOT EQUAL" : "EQUAL";
            case LE -> not ? "NOT LESS THAN EQUAL" : "LESS THAN EQUAL";
            case LT -> not ? "NOT LESS THAN" : "LESS THAN";
            case GE -> not ? "NOT GREATER THAN EQUAL" : "GREATER THAN EQUAL";
            case GT -> not ? "NOT GREATER THAN" : "GREATER THAN";
            case IN -> not ? "NOT IN" : "IN";
        };
    }

    /** {@code text} left-aligned in {@code width} characters, as {@code {:<width$}} formats it. */
    static String pad(String text, int width) {
        int length = text.codePointCount(0, text.length());
        return length >= width ? text : text + " ".repeat(width - length);
    }

    private void line(String text) throws IOException {
        out.append(text).append('\n');
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}

package dev.cfnguard.internal.eval;

import java.util.StringJoiner;

/** The reference's one-line textual form of records, as the verbose report prints them. Stateless. */
public final class RecordText {
    private RecordText() {}

    /** {@code <record text>[Context=<context>]}. */
    public static String eventRecord(EventRecord record) {
        return recordType(record.container()) + "[Context=" + record.context() + "]";
    }

    public static String recordType(RecordType record) {
        if (record instanceof RecordType.FileCheck r) {
            return "File(" + r.status().name() + ", Status=" + r.status().status() + ")";
        } else if (record instanceof RecordType.RuleCheck r) {
            return "Rule(" + r.status().name() + ", Status=" + r.status().status() + ")";
        } else if (record instanceof RecordType.RuleCondition r) {
            return "Rule/When(Status=" + r.status() + ")";
        } else if (record instanceof RecordType.TypeCheck r) {
            return "Type(" + r.typeName() + ", Status=" + r.block().status() + ")";
        } else if (record instanceof RecordType.TypeCondition r) {
            return "TypeBlock/When Status=" + r.status() + ")";
        } else if (record instanceof RecordType.TypeBlock r) {
            return "TypeBlock/Block Status=" + r.status() + ")";
        } else if (record instanceof RecordType.Filter r) {
            return "Filter/ConjunctionsBlock(Status=" + r.status() + ")";
        } else if (record instanceof RecordType.WhenCheck r) {
            return "WhenConditionalBlock(Status = " + r.block().status() + ")";
        } else if (record instanceof RecordType.WhenCondition r) {
            return "WhenCondition(Status = " + r.status() + ")";
        } else if (record instanceof RecordType.Disjunction r) {
            return "Disjunction(Status = " + r.block().status() + ")";
        } else if (record instanceof RecordType.BlockGuardCheck r) {
            return "GuardValueBlockCheck(Status = " + r.block().status() + ")";
        } else if (record instanceof RecordType.GuardClauseBlockCheck r) {
            return "GuardClauseBlock(Status = " + r.block().status() + ")";
        }
        return clauseCheck(((RecordType.ClauseValueCheck) record).check());
    }

    public static String clauseCheck(ClauseCheck check) {
        if (check instanceof ClauseCheck.Success) {
            return "GuardClauseValueCheck(Status=PASS)";
        } else if (check instanceof ClauseCheck.NoValueForEmptyCheck c) {
            return "GuardClause(Status=FAIL, Empty, " + orEmpty(c.customMessage()) + ")";
        } else if (check instanceof ClauseCheck.MissingBlockValue c) {
            String path = c.value().from() instanceof QueryResult.UnResolved u ? u.traversedTo().path().pointer() : "";
            return "GuardBlockValueMissing(Status=" + c.value().status() + ", Reason=" + orEmpty(c.value().message())
                    + ", " + path + ")";
        } else if (check instanceof ClauseCheck.DependentRule c) {
            return "GuardClauseDependentRule(Rule=" + c.rule() + ", Status=" + c.status() + ")";
        } else if (check instanceof ClauseCheck.Unary c) {
            return "GuardClauseUnaryCheck(Status=" + c.value().status() + ", Comparison="
                    + ClauseText.comparison(c.comparison()) + ", Value-At=" + queryResult(c.value().from()) + ")";
        } else if (check instanceof ClauseCheck.Comparison c) {
            return "GuardClauseBinaryCheck(Status=" + c.status() + ", Comparison=" + ClauseText.comparison(c.comparison())
                    + ", from=" + queryResult(c.from()) + ", to=" + (c.to() == null ? "" : queryResult(c.to())) + ")";
        }
        ClauseCheck.InComparison c = (ClauseCheck.InComparison) check;
        StringJoiner to = new StringJoiner(".");
        c.to().forEach(each -> to.add(queryResult(each)));
        return "GuardClauseInBinaryCheck(Status=" + c.status() + ", Comparison=" + ClauseText.comparison(c.comparison())
                + ", from=" + queryResult(c.from()) + ", to=" + to.toString().replace(".[", "[") + ")";
    }

    /** {@code (resolved, Path=... Value=...)}, {@code (unresolved, ...)} or {@code literal, ...}. */
    public static String queryResult(QueryResult result) {
        if (result instanceof QueryResult.Literal l) {
            return "literal, " + ValueText.withPath(l.value());
        } else if (result instanceof QueryResult.Resolved r) {
            return "(resolved, " + ValueText.withPath(r.value()) + ")";
        }
        return "(unresolved, " + ValueText.withPath(((QueryResult.UnResolved) result).traversedTo()) + ")";
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}

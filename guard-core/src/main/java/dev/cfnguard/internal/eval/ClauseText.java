package dev.cfnguard.internal.eval;

import dev.cfnguard.internal.ast.AccessClause;
import dev.cfnguard.internal.ast.Comparator;
import dev.cfnguard.internal.ast.FunctionExpr;
import dev.cfnguard.internal.ast.GuardClause;
import dev.cfnguard.internal.ast.LetValue;
import dev.cfnguard.internal.ast.QueryPart;
import dev.cfnguard.internal.ast.SourceLocation;
import java.util.List;
import java.util.StringJoiner;

/**
 * The reference's textual forms of rule constructs, from which record contexts and unresolved-query
 * remainders are built. Stateless.
 */
public final class ClauseText {
    private ClauseText() {}

    /** A query as the reference prints it: parts joined with '.', then ".[" collapsed to "[". */
    public static String query(List<QueryPart> parts) {
        StringJoiner joined = new StringJoiner(".");
        for (QueryPart part : parts) {
            joined.add(queryPart(part));
        }
        return joined.toString().replace(".[", "[");
    }

    /** One query part: a key, {@code *}, {@code [*]}, an index, {@code _} for this, or a filter marker. */
    public static String queryPart(QueryPart part) {
        if (part instanceof QueryPart.Key key) {
            return key.name();
        } else if (part instanceof QueryPart.AllIndices) {
            return "[*]";
        } else if (part instanceof QueryPart.AllValues) {
            return "*";
        } else if (part instanceof QueryPart.Index index) {
            return Integer.toString(index.index());
        } else if (part instanceof QueryPart.Filter filter) {
            return nullToEmpty(filter.captureName()) + " (filter-clauses)";
        } else if (part instanceof QueryPart.MapKeyFilter filter) {
            return nullToEmpty(filter.captureName()) + " (map-key-filter-clauses)";
        }
        return "_";
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    /** An access clause with its negation: {@code " Type EQUALS  \"AWS::S3::Bucket\""}. */
    public static String guardAccessClause(GuardClause.Access clause) {
        return (clause.negation() ? "not" : "") + " " + accessClause(clause.clause());
    }

    /** {@code query OP rhs}, with the reference's spacing (the operator text ends with a space). */
    public static String accessClause(AccessClause clause) {
        return query(clause.query().parts()) + " " + clauseComparator(clause.comparator()) + " "
                + (clause.compareWith() == null ? "" : letValue(clause.compareWith()));
    }

    /** The operator as written inside a clause's text: {@code "not EXISTS "}, {@code "EQUALS "}. */
    public static String clauseComparator(Comparator comparator) {
        return (comparator.negated() ? "not " : "") + comparator.operator().reportName() + " ";
    }

    /** The operator as written in a value check's text: {@code "not EXISTS"}, {@code " EQUALS"}. */
    public static String comparison(Comparator comparator) {
        return (comparator.negated() ? "not" : "") + " " + comparator.operator().reportName();
    }

    /** A literal, query or function call on the right-hand side of a clause. */
    public static String letValue(LetValue value) {
        if (value instanceof LetValue.Literal literal) {
            return ValueText.valueOnly(literal.value());
        } else if (value instanceof LetValue.Query query) {
            return query(query.query().parts());
        }
        return functionCall(((LetValue.Call) value).function());
    }

    /** {@code name(arg1, arg2)}. */
    public static String functionCall(FunctionExpr function) {
        StringJoiner args = new StringJoiner(", ", function.name() + "(", ")");
        for (LetValue argument : function.arguments()) {
            args.add(letValue(argument));
        }
        return args.toString();
    }

    /** {@code Location[file:NAME, line:L, column:C]}. */
    public static String fileLocation(String fileName, SourceLocation location) {
        return "Location[file:" + fileName + ", line:" + location.line() + ", column:" + location.column() + "]";
    }

    /** A named-rule reference: {@code Rule(NAME@Location[...])}. */
    public static String namedRule(String fileName, GuardClause.NamedRule rule) {
        return "Rule(" + rule.ruleName() + "@" + fileLocation(fileName, rule.location()) + ")";
    }
}

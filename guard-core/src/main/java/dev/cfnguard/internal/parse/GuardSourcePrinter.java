package dev.cfnguard.internal.parse;

import dev.cfnguard.internal.ast.AccessClause;
import dev.cfnguard.internal.ast.AccessQuery;
import dev.cfnguard.internal.ast.Block;
import dev.cfnguard.internal.ast.CmpOperator;
import dev.cfnguard.internal.ast.Comparator;
import dev.cfnguard.internal.ast.Conjunctions;
import dev.cfnguard.internal.ast.FunctionExpr;
import dev.cfnguard.internal.ast.GuardClause;
import dev.cfnguard.internal.ast.LetExpr;
import dev.cfnguard.internal.ast.LetValue;
import dev.cfnguard.internal.ast.ParameterizedRule;
import dev.cfnguard.internal.ast.QueryPart;
import dev.cfnguard.internal.ast.Rule;
import dev.cfnguard.internal.ast.RuleClause;
import dev.cfnguard.internal.ast.RulesFile;
import dev.cfnguard.internal.ast.WhenClause;
import dev.cfnguard.internal.value.Value;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

/**
 * Writes an AST back as Guard source that {@link RulesParser} reads into the same AST (source locations
 * aside). The layout is canonical, not the original's: one clause disjunction per line, blocks indented by
 * two spaces, a file's {@code let}s first, the default rule's clauses at file level. Stateless.
 *
 * <p>Some values have no Guard spelling and are printed as well as can be (for instance a string that ends
 * in a backslash, or a float that is not finite); such ASTs do not come out of the parser.
 */
public final class GuardSourcePrinter {

    private static final Pattern PLAIN_NAME = Pattern.compile("[a-zA-Z][a-zA-Z0-9_]*");
    /** Words the lexer reads as keywords or literals, which a bare key must not be. */
    private static final Set<String> KEYWORDS = Set.of("let", "rule", "when", "or", "not", "some", "in", "exists",
            "empty", "is_string", "is_list", "is_struct", "is_bool", "is_int", "is_float", "is_null", "keys",
            "this", "true", "false", "null");
    private static final String INDENT = "  ";

    private final StringBuilder out = new StringBuilder();
    private final String defaultRuleName;

    private GuardSourcePrinter(String defaultRuleName) {
        this.defaultRuleName = defaultRuleName;
    }

    /**
     * @param fileName the file name the AST was parsed with (its default rule is {@code fileName/default});
     *                 null or blank for a plain {@code default}
     */
    public static String print(RulesFile rules, String fileName) {
        String defaultName = fileName == null || fileName.isBlank() ? "default" : fileName + "/default";
        GuardSourcePrinter printer = new GuardSourcePrinter(defaultName);
        printer.rulesFile(rules);
        return printer.out.toString();
    }

    private void rulesFile(RulesFile rules) {
        rules.assignments().forEach(let -> {
            let(let);
            out.append('\n');
        });
        for (Rule rule : rules.rules()) {
            if (rule.name().equals(defaultRuleName) && rule.conditions() == null) {
                // The clauses outside any rule; the parser gathers them into this rule again.
                conjunctions(rule.block().conjunctions(), "", this::ruleClause);
            } else {
                rule(rule, "");
            }
        }
        for (ParameterizedRule rule : rules.parameterizedRules()) {
            out.append("rule ").append(rule.rule().name()).append('(')
                    .append(String.join(", ", rule.parameterNames())).append(") {\n");
            block(rule.rule().block(), INDENT, this::ruleClause);
            out.append("}\n");
        }
    }

    private void rule(Rule rule, String indent) {
        out.append(indent).append("rule ").append(rule.name());
        if (hasConditions(rule.conditions())) {
            out.append(" when ");
            conditions(rule.conditions(), indent + INDENT);
        }
        out.append(" {\n");
        block(rule.block(), indent + INDENT, this::ruleClause);
        out.append(indent).append("}\n");
    }

    private <T> void block(Block<T> block, String indent, BiConsumer<T, String> clause) {
        for (LetExpr let : block.assignments()) {
            out.append(indent);
            let(let);
            out.append('\n');
        }
        conjunctions(block.conjunctions(), indent, clause);
    }

    /** One disjunction per line. */
    private <T> void conjunctions(Conjunctions<T> conjunctions, String indent, BiConsumer<T, String> clause) {
        for (List<T> disjunction : conjunctions.disjunctions()) {
            out.append(indent);
            for (int i = 0; i < disjunction.size(); i++) {
                if (i > 0) {
                    out.append(" or ");
                }
                clause.accept(disjunction.get(i), indent);
            }
            out.append('\n');
        }
    }

    /** The conditions of a {@code when}: disjunctions on one line each, continued at {@code indent}. */
    private void conditions(Conjunctions<WhenClause> conditions, String indent) {
        List<List<WhenClause>> disjunctions = conditions.disjunctions();
        for (int d = 0; d < disjunctions.size(); d++) {
            if (d > 0) {
                out.append('\n').append(indent);
            }
            List<WhenClause> disjunction = disjunctions.get(d);
            for (int i = 0; i < disjunction.size(); i++) {
                if (i > 0) {
                    out.append(" or ");
                }
                guardClause(disjunction.get(i).asGuardClause(), indent);
            }
        }
    }

    private void ruleClause(RuleClause clause, String indent) {
        if (clause instanceof RuleClause.Clause plain) {
            guardClause(plain.clause(), indent);
        } else if (clause instanceof RuleClause.WhenBlock when) {
            whenBlock(when.conditions(), when.block(), indent);
        } else {
            RuleClause.TypeBlock type = (RuleClause.TypeBlock) clause;
            out.append(type.typeName());
            if (hasConditions(type.conditions())) {
                out.append(" when ");
                conditions(type.conditions(), indent + INDENT);
            }
            out.append(" {\n");
            block(type.block(), indent + INDENT, this::guardClause);
            out.append(indent).append('}');
        }
    }

    private static boolean hasConditions(Conjunctions<WhenClause> conditions) {
        return conditions != null && !conditions.disjunctions().isEmpty();
    }

    private void whenBlock(Conjunctions<WhenClause> conditions, Block<GuardClause> block, String indent) {
        out.append("when ");
        conditions(conditions, indent + INDENT);
        out.append(" {\n");
        block(block, indent + INDENT, this::guardClause);
        out.append(indent).append('}');
    }

    private void guardClause(GuardClause clause, String indent) {
        if (clause instanceof GuardClause.Access access) {
            accessClause(access, indent);
        } else if (clause instanceof GuardClause.NamedRule named) {
            if (named.negation()) {
                out.append("not ");
            }
            out.append(named.ruleName());
            message(named.customMessage());
        } else if (clause instanceof GuardClause.ParameterizedNamedRule call) {
            GuardClause.NamedRule named = call.namedRule();
            if (named.negation()) {
                out.append("not ");
            }
            out.append(named.ruleName()).append('(');
            arguments(call.arguments(), indent);
            out.append(')');
            message(named.customMessage());
        } else if (clause instanceof GuardClause.BlockClause block) {
            query(block.query(), indent);
            if (block.notEmpty()) {
                out.append(" not empty");
            }
            out.append(" {\n");
            block(block.block(), indent + INDENT, this::guardClause);
            out.append(indent).append('}');
        } else {
            GuardClause.WhenBlock when = (GuardClause.WhenBlock) clause;
            whenBlock(when.conditions(), when.block(), indent);
        }
    }

    private void accessClause(GuardClause.Access access, String indent) {
        AccessClause clause = access.clause();
        if (access.negation()) {
            out.append("not ");
        }
        query(clause.query(), indent);
        out.append(' ');
        comparator(clause.comparator());
        if (!clause.comparator().operator().isUnary()) {
            out.append(' ');
            letValue(clause.compareWith(), indent);
        }
        message(clause.customMessage());
    }

    private void comparator(Comparator comparator) {
        CmpOperator operator = comparator.operator();
        if (operator == CmpOperator.EQ) {
            out.append(comparator.negated() ? "!=" : "==");
            return;
        }
        if (comparator.negated()) {
            out.append("not ");
        }
        out.append(switch (operator) {
            case IN -> "in";
            case GT -> ">";
            case LT -> "<";
            case GE -> ">=";
            case LE -> "<=";
            case IS_MAP -> "is_struct";
            default -> operator.name().toLowerCase(Locale.ROOT);
        });
    }

    private void message(String message) {
        if (message != null) {
            out.append(" <<").append(message).append(">>");
        }
    }

    private void let(LetExpr let) {
        out.append("let ").append(let.name()).append(" = ");
        letValue(let.value(), "");
    }

    private void letValue(LetValue value, String indent) {
        if (value instanceof LetValue.Literal literal) {
            literal(literal.value());
        } else if (value instanceof LetValue.Query query) {
            query(query.query(), indent);
        } else {
            FunctionExpr function = ((LetValue.Call) value).function();
            out.append(function.name()).append('(');
            arguments(function.arguments(), indent);
            out.append(')');
        }
    }

    private void arguments(List<LetValue> arguments, String indent) {
        for (int i = 0; i < arguments.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            letValue(arguments.get(i), indent);
        }
    }

    private void query(AccessQuery query, String indent) {
        if (!query.matchAll()) {
            out.append("some ");
        }
        List<QueryPart> parts = query.parts();
        for (int i = 0; i < parts.size(); i++) {
            QueryPart part = parts.get(i);
            if (part instanceof QueryPart.This) {
                out.append(i == 0 ? "this" : ".this");
            } else if (part instanceof QueryPart.Key key) {
                if (i > 0) {
                    out.append('.');
                }
                key(key.name());
            } else if (part instanceof QueryPart.Index index) {
                out.append('[').append(index.index()).append(']');
            } else if (part instanceof QueryPart.AllIndices all) {
                out.append('[').append(all.captureName() == null ? "*" : all.captureName()).append(']');
            } else if (part instanceof QueryPart.AllValues all) {
                out.append(all.captureName() == null ? ".*" : "[ " + all.captureName() + " ]");
            } else if (part instanceof QueryPart.MapKeyFilter filter) {
                out.append("[ ");
                capture(filter.captureName());
                out.append("keys ");
                comparator(filter.clause().comparator());
                out.append(' ');
                letValue(filter.clause().compareWith(), indent);
                out.append(" ]");
            } else {
                QueryPart.Filter filter = (QueryPart.Filter) part;
                out.append('[');
                if (filter.captureName() != null) {
                    out.append(' ').append(filter.captureName()).append(" |");
                }
                out.append('\n');
                conjunctions(filter.clauses(), indent + INDENT, this::guardClause);
                out.append(indent).append(']');
            }
        }
    }

    private void capture(String name) {
        if (name != null) {
            out.append(name).append(" | ");
        }
    }

    private void key(String name) {
        boolean bare = name.startsWith("%") || PLAIN_NAME.matcher(name).matches()
                && !KEYWORDS.contains(name.toLowerCase(Locale.ROOT));
        if (bare) {
            out.append(name);
        } else {
            string(name);
        }
    }

    private void literal(Value value) {
        if (value instanceof Value.NullValue) {
            out.append("null");
        } else if (value instanceof Value.StringValue string) {
            string(string.value());
        } else if (value instanceof Value.RegexValue regex) {
            out.append('/').append(regex.pattern().replace("/", "\\/")).append('/');
        } else if (value instanceof Value.BoolValue bool) {
            out.append(bool.value());
        } else if (value instanceof Value.IntValue integer) {
            out.append(integer.value());
        } else if (value instanceof Value.FloatValue real) {
            out.append(Double.toString(real.value()));
        } else if (value instanceof Value.CharValue character) {
            string(String.valueOf(character.value()));
        } else if (value instanceof Value.ListValue list) {
            out.append('[');
            for (int i = 0; i < list.elements().size(); i++) {
                out.append(i > 0 ? ", " : "");
                literal(list.elements().get(i));
            }
            out.append(']');
        } else if (value instanceof Value.MapValue map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<String, Value> entry : map.entries().entrySet()) {
                out.append(first ? "" : ", ");
                first = false;
                string(entry.getKey());
                out.append(": ");
                literal(entry.getValue());
            }
            out.append('}');
        } else {
            Value.RangeValue range = (Value.RangeValue) value;
            out.append('r').append(range.lowerInclusive() ? '[' : '(').append(bound(range.lower())).append(", ")
                    .append(bound(range.upper())).append(range.upperInclusive() ? ']' : ')');
        }
    }

    private static String bound(Object bound) {
        return bound instanceof Double real ? Double.toString(real) : String.valueOf(bound);
    }

    /** Double quotes unless the text holds one and no single quote; only the quote itself is escaped. */
    private void string(String text) {
        char quote = text.indexOf('"') >= 0 && text.indexOf('\'') < 0 ? '\'' : '"';
        out.append(quote).append(text.replace(String.valueOf(quote), "\\" + quote)).append(quote);
    }
}

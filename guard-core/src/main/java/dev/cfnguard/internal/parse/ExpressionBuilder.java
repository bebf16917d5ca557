package dev.cfnguard.internal.parse;

import dev.cfnguard.grammar.GuardLexer;
import dev.cfnguard.grammar.GuardParser.AllIndicesPartContext;
import dev.cfnguard.grammar.GuardParser.BinaryOperatorContext;
import dev.cfnguard.grammar.GuardParser.BlockQueryContext;
import dev.cfnguard.grammar.GuardParser.BoolLiteralContext;
import dev.cfnguard.grammar.GuardParser.DottedPartContext;
import dev.cfnguard.grammar.GuardParser.FilterPartContext;
import dev.cfnguard.grammar.GuardParser.FloatLiteralContext;
import dev.cfnguard.grammar.GuardParser.FunctionCallContext;
import dev.cfnguard.grammar.GuardParser.IndexPartContext;
import dev.cfnguard.grammar.GuardParser.IntLiteralContext;
import dev.cfnguard.grammar.GuardParser.KeyComparandContext;
import dev.cfnguard.grammar.GuardParser.KeyOperatorContext;
import dev.cfnguard.grammar.GuardParser.LetValueContext;
import dev.cfnguard.grammar.GuardParser.ListLiteralContext;
import dev.cfnguard.grammar.GuardParser.LiteralContext;
import dev.cfnguard.grammar.GuardParser.MapEntryContext;
import dev.cfnguard.grammar.GuardParser.MapKeyContext;
import dev.cfnguard.grammar.GuardParser.MapKeyFilterPartContext;
import dev.cfnguard.grammar.GuardParser.MapLiteralContext;
import dev.cfnguard.grammar.GuardParser.NamedBracketPartContext;
import dev.cfnguard.grammar.GuardParser.NegatableQueryContext;
import dev.cfnguard.grammar.GuardParser.NegationContext;
import dev.cfnguard.grammar.GuardParser.NullLiteralContext;
import dev.cfnguard.grammar.GuardParser.QueryPartContext;
import dev.cfnguard.grammar.GuardParser.QuotedKeyPartContext;
import dev.cfnguard.grammar.GuardParser.RangeLiteralContext;
import dev.cfnguard.grammar.GuardParser.RegexLiteralContext;
import dev.cfnguard.grammar.GuardParser.StringLiteralContext;
import dev.cfnguard.grammar.GuardParser.UnaryOperatorContext;
import dev.cfnguard.grammar.GuardParser.ValueFirstQueryContext;
import dev.cfnguard.internal.ast.AccessQuery;
import dev.cfnguard.internal.ast.CmpOperator;
import dev.cfnguard.internal.ast.Comparator;
import dev.cfnguard.internal.ast.FunctionExpr;
import dev.cfnguard.internal.ast.LetValue;
import dev.cfnguard.internal.ast.MapKeyFilterClause;
import dev.cfnguard.internal.ast.QueryPart;
import dev.cfnguard.internal.value.Path;
import dev.cfnguard.internal.value.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/** Builds queries, literals, function calls and comparison operators; part of {@link AstBuilder}. */
final class ExpressionBuilder {

    private static final Pattern PLAIN_FRACTION = Pattern.compile("[0-9]+\\.[0-9]+");

    private final AstBuilder clauses;
    private final SourceText source;
    private final SpacingRules spacing;
    private final Diagnostics diagnostics;

    ExpressionBuilder(AstBuilder clauses, SourceText source, SpacingRules spacing, Diagnostics diagnostics) {
        this.clauses = clauses;
        this.source = source;
        this.spacing = spacing;
        this.diagnostics = diagnostics;
    }

    // ----------------------------------------------------------------------------------- values

    LetValue letValue(LetValueContext ctx) {
        if (ctx.literal() != null) {
            return new LetValue.Literal(literal(ctx.literal(), Path.ROOT));
        }
        if (ctx.functionCall() != null) {
            return new LetValue.Call(functionCall(ctx.functionCall()));
        }
        return new LetValue.Query(valueFirstQuery(ctx.valueFirstQuery()));
    }

    FunctionExpr functionCall(FunctionCallContext ctx) {
        spacing.adjacent(ctx.name().stop, ctx.LPAREN().getSymbol());
        List<LetValue> arguments = new ArrayList<>();
        for (LetValueContext argument : ctx.letValue()) {
            // Comments may come before an argument but not after it.
            spacing.noCommentAfter(argument.stop);
            arguments.add(letValue(argument));
        }
        return new FunctionExpr(ctx.name().getText(), arguments, source.byteLocation(ctx.start));
    }

    Value literal(LiteralContext ctx, Path path) {
        if (ctx instanceof NullLiteralContext) {
            return new Value.NullValue(path);
        } else if (ctx instanceof StringLiteralContext string) {
            return new Value.StringValue(path, LiteralText.string(string.STRING().getText()));
        } else if (ctx instanceof FloatLiteralContext number) {
            return new Value.FloatValue(path, Double.parseDouble(number.FLOAT().getText()));
        } else if (ctx instanceof IntLiteralContext number) {
            return new Value.IntValue(path, integer(number.INT()));
        } else if (ctx instanceof BoolLiteralContext bool) {
            return new Value.BoolValue(path, bool.TRUE() != null);
        } else if (ctx instanceof RegexLiteralContext regex) {
            return regex(regex.REGEX().getSymbol(), path);
        } else if (ctx instanceof RangeLiteralContext range) {
            return RangeText.parse(range.RANGE().getSymbol(), path, diagnostics);
        } else if (ctx instanceof ListLiteralContext list) {
            List<Value> elements = new ArrayList<>();
            for (LiteralContext element : list.literal()) {
                elements.add(literal(element, path.child(elements.size(), path.location())));
            }
            return new Value.ListValue(path, elements);
        }
        return map((MapLiteralContext) ctx, path);
    }

    private Value map(MapLiteralContext ctx, Path path) {
        Map<String, Value.StringValue> keys = new LinkedHashMap<>();
        Map<String, Value> entries = new LinkedHashMap<>();
        for (MapEntryContext entry : ctx.mapEntry()) {
            String key = mapKey(entry.mapKey());
            Path keyPath = path.child(key, path.location());
            keys.putIfAbsent(key, new Value.StringValue(keyPath, key));
            entries.put(key, literal(entry.literal(), keyPath));
        }
        return new Value.MapValue(path, List.copyOf(keys.values()), entries);
    }

    private String mapKey(MapKeyContext ctx) {
        if (ctx.STRING() != null) {
            return LiteralText.string(ctx.STRING().getText());
        }
        StringBuilder key = new StringBuilder();
        Token previous = null;
        for (ParseTree child : ctx.children) {
            Token token = child instanceof TerminalNode terminal
                    ? terminal.getSymbol() : ((ParserRuleContext) child).start;
            if (previous != null) {
                spacing.adjacent(previous, token);
            }
            key.append(token.getText());
            previous = token;
        }
        return key.toString();
    }

    private Value regex(Token token, Path path) {
        String pattern = LiteralText.regex(token.getText());
        try {
            RustRegex.compile(pattern);
        } catch (PatternSyntaxException e) {
            diagnostics.report(token, "invalid regular expression: " + e.getDescription());
        }
        return new Value.RegexValue(path, pattern);
    }

    private long integer(TerminalNode number) {
        OptionalLong value = LiteralText.integer(number.getText());
        if (value.isEmpty()) {
            diagnostics.report(number.getSymbol(), "integer out of range: " + number.getText());
            return 0;
        }
        return value.getAsLong();
    }

    // ---------------------------------------------------------------------------------- queries

    AccessQuery negatableQuery(NegatableQueryContext ctx) {
        ParserRuleContext head = ctx.SOME() != null ? ctx.blockQueryHead() : ctx.negatableQueryHead();
        return query(ctx.SOME() == null, head, ctx.queryPart(), false);
    }

    AccessQuery blockQuery(BlockQueryContext ctx) {
        return query(ctx.SOME() == null, ctx.blockQueryHead(), ctx.queryPart(), false);
    }

    AccessQuery valueFirstQuery(ValueFirstQueryContext ctx) {
        return query(ctx.SOME() == null, ctx.valueFirstQueryHead(), ctx.queryPart(), true);
    }

    private AccessQuery query(boolean matchAll, ParserRuleContext head, List<QueryPartContext> partContexts,
                              boolean valueFirst) {
        Token token = head.start;
        QueryPart first = switch (token.getType()) {
            case GuardLexer.THIS -> new QueryPart.This();
            case GuardLexer.STRING -> new QueryPart.Key(LiteralText.string(token.getText()));
            default -> new QueryPart.Key(token.getText());
        };
        if (token.getType() == GuardLexer.IDENT) {
            checkHeadName(token, valueFirst);
        }
        List<QueryPart> parts = new ArrayList<>();
        parts.add(first);
        partContexts.forEach(part -> queryPart(part, parts));
        // A variable stands for the list of values it holds: the reference selects all of them first.
        if (parts.size() > 1 && first instanceof QueryPart.Key key && key.isVariable()
                && !(parts.get(1) instanceof QueryPart.AllIndices)) {
            parts.add(1, new QueryPart.AllIndices(null));
        }
        return new AccessQuery(parts, matchAll);
    }

    /** The reference matches these keywords as prefixes, so a name starting with one splits apart. */
    private void checkHeadName(Token name, boolean valueFirst) {
        String text = name.getText();
        if (text.startsWith("this") || text.startsWith("THIS")) {
            diagnostics.report(name, "a query cannot start with a name beginning with 'this': " + text);
        }
        if (valueFirst) {
            for (String literal : List.of("true", "True", "false", "False", "null", "NULL")) {
                if (text.startsWith(literal)) {
                    diagnostics.report(name, "a value cannot start with a name beginning with '" + literal
                            + "': " + text);
                }
            }
        }
    }

    private void queryPart(QueryPartContext ctx, List<QueryPart> parts) {
        if (ctx instanceof DottedPartContext dotted) {
            dottedPart(dotted, parts);
        } else if (ctx instanceof AllIndicesPartContext) {
            parts.add(new QueryPart.AllIndices(null));
        } else if (ctx instanceof NamedBracketPartContext named) {
            String name = named.name().getText();
            // `[x]` names each list element, `[ x ]` each map value.
            parts.add(SourceText.adjacent(named.LBRACKET().getSymbol(), named.name().start)
                    ? new QueryPart.AllIndices(name) : new QueryPart.AllValues(name));
        } else if (ctx instanceof IndexPartContext index) {
            spacing.adjacent(index.LBRACKET().getSymbol(), index.INT().getSymbol());
            parts.add(new QueryPart.Index((int) integer(index.INT())));
        } else if (ctx instanceof QuotedKeyPartContext quoted) {
            spacing.adjacent(quoted.LBRACKET().getSymbol(), quoted.STRING().getSymbol());
            parts.add(new QueryPart.Key(LiteralText.string(quoted.STRING().getText())));
        } else if (ctx instanceof MapKeyFilterPartContext keys) {
            String capture = capture(keys.name(), keys.BAR());
            Comparator comparator = keyOperator(keys.keyOperator());
            parts.add(new QueryPart.MapKeyFilter(capture,
                    new MapKeyFilterClause(comparator, keyComparand(keys.keyComparand()))));
        } else {
            FilterPartContext filter = (FilterPartContext) ctx;
            String capture = capture(filter.name(), filter.BAR());
            Token first = filter.clauseDisjunction(0).start;
            String text = first.getText();
            if (text.startsWith("keys") || text.startsWith("KEYS")) {
                diagnostics.report(first, "expected a comparison with '==', '!=' or 'in' after 'keys'");
            }
            parts.add(new QueryPart.Filter(capture, clauses.conjunctions(filter.clauseDisjunction())));
        }
    }

    private void dottedPart(DottedPartContext ctx, List<QueryPart> parts) {
        Token after = ctx.getStop();
        spacing.adjacent(ctx.DOT().getSymbol(), after);
        switch (after.getType()) {
            case GuardLexer.INT -> parts.add(new QueryPart.Index((int) integer(ctx.INT())));
            case GuardLexer.FLOAT -> {
                // `a.1.2` is two indices that the lexer read as one number.
                if (PLAIN_FRACTION.matcher(after.getText()).matches()) {
                    for (String index : after.getText().split("\\.")) {
                        parts.add(new QueryPart.Index((int) LiteralText.integer(index).orElse(0)));
                    }
                } else {
                    diagnostics.report(after, "invalid index: " + after.getText());
                }
            }
            case GuardLexer.STRING -> parts.add(new QueryPart.Key(LiteralText.string(after.getText())));
            case GuardLexer.STAR -> parts.add(new QueryPart.AllValues(null));
            default -> parts.add(new QueryPart.Key(after.getText()));
        }
    }

    private String capture(ParserRuleContext name, TerminalNode bar) {
        if (name == null) {
            return null;
        }
        spacing.sameLine(name.stop, bar.getSymbol());
        return name.getText();
    }

    private Comparator keyOperator(KeyOperatorContext ctx) {
        if (ctx.EQ() != null) {
            return new Comparator(CmpOperator.EQ, false);
        }
        if (ctx.NE() != null) {
            return new Comparator(CmpOperator.EQ, true);
        }
        return new Comparator(CmpOperator.IN, negated(ctx.negation()));
    }

    private LetValue keyComparand(KeyComparandContext ctx) {
        return ctx.literal() != null
                ? new LetValue.Literal(literal(ctx.literal(), Path.ROOT))
                : new LetValue.Query(valueFirstQuery(ctx.valueFirstQuery()));
    }

    // -------------------------------------------------------------------------------- operators

    Comparator binaryOperator(BinaryOperatorContext ctx) {
        return switch (ctx.stop.getType()) {
            case GuardLexer.EQ -> new Comparator(CmpOperator.EQ, false);
            case GuardLexer.NE -> new Comparator(CmpOperator.EQ, true);
            case GuardLexer.GE -> new Comparator(CmpOperator.GE, false);
            case GuardLexer.LE -> new Comparator(CmpOperator.LE, false);
            case GuardLexer.GT -> new Comparator(CmpOperator.GT, false);
            case GuardLexer.LT -> new Comparator(CmpOperator.LT, false);
            default -> new Comparator(CmpOperator.IN, negated(ctx.negation()));
        };
    }

    Comparator unaryOperator(UnaryOperatorContext ctx) {
        CmpOperator operator = switch (ctx.stop.getType()) {
            case GuardLexer.EXISTS -> CmpOperator.EXISTS;
            case GuardLexer.EMPTY -> CmpOperator.EMPTY;
            case GuardLexer.IS_STRING -> CmpOperator.IS_STRING;
            case GuardLexer.IS_LIST -> CmpOperator.IS_LIST;
            case GuardLexer.IS_STRUCT -> CmpOperator.IS_MAP;
            case GuardLexer.IS_BOOL -> CmpOperator.IS_BOOL;
            case GuardLexer.IS_INT -> CmpOperator.IS_INT;
            case GuardLexer.IS_FLOAT -> CmpOperator.IS_FLOAT;
            default -> CmpOperator.IS_NULL;
        };
        return new Comparator(operator, negated(ctx.negation()));
    }

    /** Whether an operator is negated; checks the spacing of the negation if it is. */
    boolean negated(NegationContext negation) {
        if (negation == null) {
            return false;
        }
        spacing.negation(negation, false);
        return true;
    }
}

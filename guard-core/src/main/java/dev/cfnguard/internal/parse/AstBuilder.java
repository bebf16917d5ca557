package dev.cfnguard.internal.parse;

import dev.cfnguard.grammar.GuardLexer;
import dev.cfnguard.grammar.GuardParser.AccessClauseContext;
import dev.cfnguard.grammar.GuardParser.AssignmentContext;
import dev.cfnguard.grammar.GuardParser.BinaryComparisonContext;
import dev.cfnguard.grammar.GuardParser.BlockClauseContext;
import dev.cfnguard.grammar.GuardParser.BlockItemContext;
import dev.cfnguard.grammar.GuardParser.CallClauseContext;
import dev.cfnguard.grammar.GuardParser.ClauseContext;
import dev.cfnguard.grammar.GuardParser.ClauseDisjunctionContext;
import dev.cfnguard.grammar.GuardParser.ConditionContext;
import dev.cfnguard.grammar.GuardParser.ConditionDisjunctionContext;
import dev.cfnguard.grammar.GuardParser.ConditionsContext;
import dev.cfnguard.grammar.GuardParser.GuardWhenBlockContext;
import dev.cfnguard.grammar.GuardParser.NameContext;
import dev.cfnguard.grammar.GuardParser.NamedRuleReferenceContext;
import dev.cfnguard.grammar.GuardParser.NonWhenClauseContext;
import dev.cfnguard.grammar.GuardParser.ParameterizedRuleContext;
import dev.cfnguard.grammar.GuardParser.RuleBodyItemContext;
import dev.cfnguard.grammar.GuardParser.RuleClauseContext;
import dev.cfnguard.grammar.GuardParser.RuleDeclarationContext;
import dev.cfnguard.grammar.GuardParser.RuleWhenBlockContext;
import dev.cfnguard.grammar.GuardParser.RulesFileContext;
import dev.cfnguard.grammar.GuardParser.TopAssignmentContext;
import dev.cfnguard.grammar.GuardParser.TopClausesContext;
import dev.cfnguard.grammar.GuardParser.TopLevelContext;
import dev.cfnguard.grammar.GuardParser.TopParameterizedRuleContext;
import dev.cfnguard.grammar.GuardParser.TopRuleContext;
import dev.cfnguard.grammar.GuardParser.TopTypeBlocksContext;
import dev.cfnguard.grammar.GuardParser.TopWhenBlockContext;
import dev.cfnguard.grammar.GuardParser.TypeBlockContext;
import dev.cfnguard.grammar.GuardParser.TypeBlockSingleClauseContext;
import dev.cfnguard.grammar.GuardParser.TypeBlockWithBodyContext;
import dev.cfnguard.grammar.GuardParser.TypeBlockWithConditionsContext;
import dev.cfnguard.grammar.GuardParser.UnaryComparisonContext;
import dev.cfnguard.grammar.GuardParser.WhenBodyClauseContext;
import dev.cfnguard.grammar.GuardParser.WhenBodyItemContext;
import dev.cfnguard.internal.ast.AccessClause;
import dev.cfnguard.internal.ast.AccessQuery;
import dev.cfnguard.internal.ast.Block;
import dev.cfnguard.internal.ast.CmpOperator;
import dev.cfnguard.internal.ast.Comparator;
import dev.cfnguard.internal.ast.Conjunctions;
import dev.cfnguard.internal.ast.GuardClause;
import dev.cfnguard.internal.ast.LetExpr;
import dev.cfnguard.internal.ast.LetValue;
import dev.cfnguard.internal.ast.ParameterizedRule;
import dev.cfnguard.internal.ast.QueryPart;
import dev.cfnguard.internal.ast.Rule;
import dev.cfnguard.internal.ast.RuleClause;
import dev.cfnguard.internal.ast.RulesFile;
import dev.cfnguard.internal.ast.SourceLocation;
import dev.cfnguard.internal.ast.WhenClause;
import dev.cfnguard.internal.value.Path;
import dev.cfnguard.internal.value.Value;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Function;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Turns a parse tree that ANTLR accepted into the AST, reporting what the grammar alone lets
 * through but the reference rejects. Not thread-safe; one instance per parse.
 */
final class AstBuilder {

    private static final String DEFAULT_RULE = "default";

    private final String fileName;
    private final SourceText source;
    private final SpacingRules spacing;
    private final Diagnostics diagnostics;
    private final ExpressionBuilder expressions;

    AstBuilder(String fileName, SourceText source, Diagnostics diagnostics) {
        this.fileName = fileName;
        this.source = source;
        this.spacing = new SpacingRules(source, diagnostics);
        this.diagnostics = diagnostics;
        this.expressions = new ExpressionBuilder(this, source, spacing, diagnostics);
    }

    // ------------------------------------------------------------------------------- file level

    RulesFile rulesFile(RulesFileContext ctx) {
        List<LetExpr> assignments = new ArrayList<>();
        List<Rule> rules = new ArrayList<>();
        List<ParameterizedRule> parameterizedRules = new ArrayList<>();
        // Clauses outside any rule make up the file's default rule, which comes first.
        List<List<RuleClause>> defaultClauses = new ArrayList<>();
        for (TopLevelContext top : ctx.topLevel()) {
            if (top instanceof TopAssignmentContext assignment) {
                assignments.add(assignment(assignment.assignment()));
            } else if (top instanceof TopParameterizedRuleContext parameterized) {
                parameterizedRules.add(parameterizedRule(parameterized.parameterizedRule()));
            } else if (top instanceof TopRuleContext rule) {
                rules.add(rule(rule.ruleDeclaration()));
            } else if (top instanceof TopTypeBlocksContext typeBlocks) {
                defaultClauses.add(map(typeBlocks.typeBlock(), this::typeBlock));
            } else if (top instanceof TopWhenBlockContext when) {
                defaultClauses.add(List.of(ruleWhenBlock(when.ruleWhenBlock())));
            } else {
                defaultClauses.add(topClauses((TopClausesContext) top));
            }
        }
        if (!defaultClauses.isEmpty()) {
            String name = fileName == null || fileName.isBlank() ? DEFAULT_RULE : fileName + "/" + DEFAULT_RULE;
            Block<RuleClause> block = new Block<>(List.of(), new Conjunctions<>(defaultClauses));
            rules.add(0, new Rule(name, null, block));
        }
        return new RulesFile(assignments, rules, parameterizedRules);
    }

    private List<RuleClause> topClauses(TopClausesContext ctx) {
        Token first = ctx.nonWhenClause().start;
        if (first.getType() == GuardLexer.RULE) {
            // At file level, `rule` followed by whitespace always starts a rule.
            diagnostics.report(source.next(first), "expected a rule name after 'rule'");
        }
        List<RuleClause> disjunction = new ArrayList<>();
        disjunction.add(new RuleClause.Clause(nonWhenClause(ctx.nonWhenClause())));
        ctx.clause().forEach(clause -> disjunction.add(new RuleClause.Clause(clause(clause))));
        return disjunction;
    }

    LetExpr assignment(AssignmentContext ctx) {
        return new LetExpr(ctx.name().getText(), expressions.letValue(ctx.letValue()));
    }

    private Rule rule(RuleDeclarationContext ctx) {
        Conjunctions<WhenClause> conditions = ctx.conditions() == null ? null : conditions(ctx.conditions());
        return new Rule(ctx.name().getText(), conditions, ruleBody(ctx.ruleBodyItem()));
    }

    private ParameterizedRule parameterizedRule(ParameterizedRuleContext ctx) {
        List<NameContext> names = ctx.name();
        spacing.adjacent(names.get(0).stop, ctx.LPAREN().getSymbol());
        // Parameter names sit between plain whitespace: no comments.
        for (NameContext parameter : names.subList(1, names.size())) {
            spacing.noCommentAfter(parameter.stop);
        }
        spacing.noCommentAfter(ctx.LPAREN().getSymbol());
        ctx.COMMA().forEach(comma -> spacing.noCommentAfter(comma.getSymbol()));
        // The reference keeps the names in a set: a repeated name counts once.
        LinkedHashSet<String> parameters = new LinkedHashSet<>();
        names.subList(1, names.size()).forEach(name -> parameters.add(name.getText()));
        Rule rule = new Rule(names.get(0).getText(), null, ruleBody(ctx.ruleBodyItem()));
        return new ParameterizedRule(List.copyOf(parameters), rule);
    }

    private Block<RuleClause> ruleBody(List<RuleBodyItemContext> items) {
        List<LetExpr> assignments = new ArrayList<>();
        List<List<RuleClause>> disjunctions = new ArrayList<>();
        for (RuleBodyItemContext item : items) {
            if (item.assignment() != null) {
                assignments.add(assignment(item.assignment()));
            } else {
                disjunctions.add(map(item.ruleClause(), this::ruleClause));
            }
        }
        return new Block<>(assignments, new Conjunctions<>(disjunctions));
    }

    private RuleClause ruleClause(RuleClauseContext ctx) {
        if (ctx.typeBlock() != null) {
            return typeBlock(ctx.typeBlock());
        }
        if (ctx.ruleWhenBlock() != null) {
            return ruleWhenBlock(ctx.ruleWhenBlock());
        }
        if (ctx.nonWhenClause() != null) {
            return new RuleClause.Clause(nonWhenClause(ctx.nonWhenClause()));
        }
        return new RuleClause.Clause(namedRuleReference(ctx.namedRuleReference(), true));
    }

    private RuleClause ruleWhenBlock(RuleWhenBlockContext ctx) {
        List<LetExpr> assignments = new ArrayList<>();
        List<List<GuardClause>> disjunctions = new ArrayList<>();
        for (WhenBodyItemContext item : ctx.whenBodyItem()) {
            if (item.assignment() != null) {
                assignments.add(assignment(item.assignment()));
            } else {
                disjunctions.add(map(item.whenBodyClause(), this::whenBodyClause));
            }
        }
        return new RuleClause.WhenBlock(conditions(ctx.conditions()),
                new Block<>(assignments, new Conjunctions<>(disjunctions)));
    }

    private GuardClause whenBodyClause(WhenBodyClauseContext ctx) {
        return ctx.clause() != null ? clause(ctx.clause()) : namedRuleReference(ctx.namedRuleReference(), true);
    }

    private RuleClause typeBlock(TypeBlockContext ctx) {
        Token typeToken = ctx.start;
        String typeName = typeName(typeToken.getText());
        Conjunctions<WhenClause> conditions = null;
        Block<GuardClause> block;
        if (ctx instanceof TypeBlockWithConditionsContext withConditions) {
            conditions = conditions(withConditions.conditions());
            block = block(withConditions.blockItem());
        } else if (ctx instanceof TypeBlockWithBodyContext withBody) {
            block = block(withBody.blockItem());
        } else {
            GuardClause only = nonWhenClause(((TypeBlockSingleClauseContext) ctx).nonWhenClause());
            block = new Block<>(List.of(), new Conjunctions<>(List.of(List.of(only))));
        }
        return new RuleClause.TypeBlock(typeName, conditions, block, typeQuery(typeName, typeToken));
    }

    /** {@code AWS::S3::Bucket::MODULE} names the module's type without its suffix. */
    private static String typeName(String text) {
        String[] parts = text.split("::");
        return parts.length == 4 ? String.join("::", parts[0], parts[1], parts[2]) : text;
    }

    /** The query a type name stands for: {@code Resources.*[ Type == "AWS::S3::Bucket" ]}. */
    private static List<QueryPart> typeQuery(String typeName, Token at) {
        AccessClause typeEquals = new AccessClause(
                new AccessQuery(List.of(new QueryPart.Key("Type")), true),
                new Comparator(CmpOperator.EQ, false),
                new LetValue.Literal(new Value.StringValue(Path.ROOT, typeName)),
                null,
                SourceText.location(at));
        Conjunctions<GuardClause> filter =
                new Conjunctions<>(List.of(List.of(new GuardClause.Access(typeEquals, false))));
        return List.of(new QueryPart.Key("Resources"), new QueryPart.AllValues(null),
                new QueryPart.Filter(null, filter));
    }

    // ---------------------------------------------------------------------------------- clauses

    /** Assignments and clause disjunctions of a type block, block clause or nested {@code when}. */
    private Block<GuardClause> block(List<BlockItemContext> items) {
        List<LetExpr> assignments = new ArrayList<>();
        List<ClauseDisjunctionContext> disjunctions = new ArrayList<>();
        for (BlockItemContext item : items) {
            if (item.assignment() != null) {
                assignments.add(assignment(item.assignment()));
            } else {
                disjunctions.add(item.clauseDisjunction());
            }
        }
        return new Block<>(assignments, conjunctions(disjunctions));
    }

    Conjunctions<GuardClause> conjunctions(List<ClauseDisjunctionContext> disjunctions) {
        return new Conjunctions<>(map(disjunctions, disjunction -> map(disjunction.clause(), this::clause)));
    }

    private GuardClause clause(ClauseContext ctx) {
        return ctx.guardWhenBlock() != null ? guardWhenBlock(ctx.guardWhenBlock()) : nonWhenClause(ctx.nonWhenClause());
    }

    private GuardClause guardWhenBlock(GuardWhenBlockContext ctx) {
        return new GuardClause.WhenBlock(conditions(ctx.conditions()), block(ctx.blockItem()));
    }

    private GuardClause nonWhenClause(NonWhenClauseContext ctx) {
        checkNotWhenPrefixed(ctx.start);
        if (ctx.blockClause() != null) {
            return blockClause(ctx.blockClause());
        }
        if (ctx.callClause() != null) {
            return callClause(ctx.callClause());
        }
        return accessClause(ctx.accessClause());
    }

    /**
     * Where a {@code when} block may stand, the reference matches {@code when} as a prefix: a clause
     * starting with, say, {@code whenever} is an error, not a query.
     */
    private void checkNotWhenPrefixed(Token first) {
        String text = first.getText();
        if (text.startsWith("when") || text.startsWith("WHEN")) {
            diagnostics.report(first, "expected conditions after 'when': " + text);
        }
    }

    private GuardClause blockClause(BlockClauseContext ctx) {
        boolean notEmpty = ctx.negation() != null;
        if (notEmpty) {
            spacing.negation(ctx.negation(), false);
        }
        return new GuardClause.BlockClause(expressions.blockQuery(ctx.blockQuery()), block(ctx.blockItem()),
                SourceText.location(ctx.start), notEmpty);
    }

    private GuardClause.ParameterizedNamedRule callClause(CallClauseContext ctx) {
        boolean negated = expressions.negated(ctx.negation());
        var call = expressions.functionCall(ctx.functionCall());
        String message = message(ctx.MESSAGE());
        GuardClause.NamedRule rule =
                new GuardClause.NamedRule(call.name(), negated, message, SourceText.location(ctx.start));
        return new GuardClause.ParameterizedNamedRule(call.arguments(), rule);
    }

    private GuardClause.Access accessClause(AccessClauseContext ctx) {
        boolean negated = ctx.negation() != null;
        if (negated) {
            spacing.negation(ctx.negation(), true);
        }
        AccessQuery query = expressions.negatableQuery(ctx.negatableQuery());
        Comparator comparator;
        LetValue compareWith = null;
        if (ctx.comparison() instanceof BinaryComparisonContext binary) {
            comparator = expressions.binaryOperator(binary.binaryOperator());
            compareWith = expressions.letValue(binary.letValue());
        } else {
            comparator = expressions.unaryOperator(((UnaryComparisonContext) ctx.comparison()).unaryOperator());
        }
        AccessClause clause = new AccessClause(query, comparator, compareWith, message(ctx.MESSAGE()),
                SourceText.location(ctx.start));
        return new GuardClause.Access(clause, negated);
    }

    private GuardClause.NamedRule namedRuleReference(NamedRuleReferenceContext ctx, boolean whenMayStand) {
        if (whenMayStand) {
            checkNotWhenPrefixed(ctx.start);
        }
        boolean negated = expressions.negated(ctx.negation());
        Token name = ctx.ruleName().stop;
        if (ctx.MESSAGE() != null) {
            spacing.sameLine(name, ctx.MESSAGE().getSymbol());
        } else {
            spacing.ruleNameEnd(name);
        }
        return new GuardClause.NamedRule(name.getText(), negated, message(ctx.MESSAGE()),
                SourceText.location(ctx.start));
    }

    private Conjunctions<WhenClause> conditions(ConditionsContext ctx) {
        return new Conjunctions<>(map(ctx.conditionDisjunction(), this::conditionDisjunction));
    }

    private List<WhenClause> conditionDisjunction(ConditionDisjunctionContext ctx) {
        return map(ctx.condition(), this::condition);
    }

    private WhenClause condition(ConditionContext ctx) {
        if (ctx.accessClause() != null) {
            return accessClause(ctx.accessClause());
        }
        if (ctx.callClause() != null) {
            return callClause(ctx.callClause());
        }
        return namedRuleReference(ctx.namedRuleReference(), false);
    }

    private static String message(TerminalNode message) {
        return message == null ? null : LiteralText.message(message.getText());
    }

    private static <C, R> List<R> map(List<C> contexts, Function<C, R> builder) {
        List<R> built = new ArrayList<>(contexts.size());
        contexts.forEach(context -> built.add(builder.apply(context)));
        return built;
    }
}

package dev.cfnguard.internal.tree;

import dev.cfnguard.internal.ast.AccessClause;
import dev.cfnguard.internal.ast.AccessQuery;
import dev.cfnguard.internal.ast.Block;
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
import dev.cfnguard.internal.ast.SourceLocation;
import dev.cfnguard.internal.ast.WhenClause;
import dev.cfnguard.internal.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Maps the AST onto the shape the reference's serde derives give it: structs become mappings with
 * their fields in declaration order, enum variants become single-entry mappings (unit variants plain
 * strings), tuples become sequences and literals become {@code {path, value}} with the value as JSON.
 */
final class ParseTreeModel {

    private ParseTreeModel() {}

    /** The whole file; {@code null} (the reference's {@code None}) for a file without content. */
    static Node of(RulesFile file) {
        if (file.assignments().isEmpty() && file.rules().isEmpty() && file.parameterizedRules().isEmpty()) {
            return new Node.Null();
        }
        return Node.mapping()
                .put("assignments", list(file.assignments(), ParseTreeModel::letExpr))
                .put("guard_rules", list(file.rules(), ParseTreeModel::rule))
                .put("parameterized_rules", list(file.parameterizedRules(), ParseTreeModel::parameterizedRule))
                .build();
    }

    private static Node parameterizedRule(ParameterizedRule rule) {
        return Node.mapping()
                .put("parameter_names", list(rule.parameterNames(), Node.Text::new))
                .put("rule", rule(rule.rule()))
                .build();
    }

    private static Node rule(Rule rule) {
        return Node.mapping()
                .put("rule_name", new Node.Text(rule.name()))
                .put("conditions", conditions(rule.conditions()))
                .put("block", block(rule.block(), ParseTreeModel::ruleClause))
                .build();
    }

    private static Node ruleClause(RuleClause clause) {
        return clause.accept(new RuleClause.Visitor<>() {
            public Node visitClause(RuleClause.Clause clause) {
                return variant("Clause", guardClause(clause.clause()));
            }

            public Node visitWhenBlock(RuleClause.WhenBlock clause) {
                return variant("WhenBlock", new Node.Sequence(List.of(conditions(clause.conditions()),
                        block(clause.block(), ParseTreeModel::guardClause))));
            }

            public Node visitTypeBlock(RuleClause.TypeBlock clause) {
                return variant("TypeBlock", Node.mapping()
                        .put("type_name", new Node.Text(clause.typeName()))
                        .put("conditions", conditions(clause.conditions()))
                        .put("block", block(clause.block(), ParseTreeModel::guardClause))
                        .put("query", list(clause.query(), ParseTreeModel::queryPart))
                        .build());
            }
        });
    }

    private static Node guardClause(GuardClause clause) {
        return clause.accept(new GuardClause.Visitor<>() {
            public Node visitAccess(GuardClause.Access clause) {
                return variant("Clause", Node.mapping()
                        .put("access_clause", accessClause(clause.clause()))
                        .put("negation", new Node.Bool(clause.negation()))
                        .build());
            }

            public Node visitNamedRule(GuardClause.NamedRule clause) {
                return variant("NamedRule", namedRule(clause));
            }

            public Node visitParameterizedNamedRule(GuardClause.ParameterizedNamedRule clause) {
                return variant("ParameterizedNamedRule", Node.mapping()
                        .put("parameters", list(clause.arguments(), ParseTreeModel::letValue))
                        .put("named_rule", namedRule(clause.namedRule()))
                        .build());
            }

            public Node visitBlockClause(GuardClause.BlockClause clause) {
                return variant("BlockClause", Node.mapping()
                        .put("query", accessQuery(clause.query()))
                        .put("block", block(clause.block(), ParseTreeModel::guardClause))
                        .put("location", location(clause.location()))
                        .put("not_empty", new Node.Bool(clause.notEmpty()))
                        .build());
            }

            public Node visitWhenBlock(GuardClause.WhenBlock clause) {
                return variant("WhenBlock", new Node.Sequence(List.of(conditions(clause.conditions()),
                        block(clause.block(), ParseTreeModel::guardClause))));
            }
        });
    }

    private static Node namedRule(GuardClause.NamedRule rule) {
        return Node.mapping()
                .put("dependent_rule", new Node.Text(rule.ruleName()))
                .put("negation", new Node.Bool(rule.negation()))
                .put("custom_message", optionalText(rule.customMessage()))
                .put("location", location(rule.location()))
                .build();
    }

    private static Node accessClause(AccessClause clause) {
        return Node.mapping()
                .put("query", accessQuery(clause.query()))
                .put("comparator", comparator(clause.comparator()))
                .put("compare_with", clause.compareWith() == null ? new Node.Null() : letValue(clause.compareWith()))
                .put("custom_message", optionalText(clause.customMessage()))
                .put("location", location(clause.location()))
                .build();
    }

    private static Node conditions(Conjunctions<WhenClause> conditions) {
        return conditions == null ? new Node.Null()
                : conjunctions(conditions, condition -> guardClause(condition.asGuardClause()));
    }

    private static <T> Node block(Block<T> block, Function<T, Node> clause) {
        return Node.mapping()
                .put("assignments", list(block.assignments(), ParseTreeModel::letExpr))
                .put("conjunctions", conjunctions(block.conjunctions(), clause))
                .build();
    }

    private static <T> Node conjunctions(Conjunctions<T> conjunctions, Function<T, Node> clause) {
        return list(conjunctions.disjunctions(), disjunction -> list(disjunction, clause));
    }

    private static Node letExpr(LetExpr let) {
        return Node.mapping()
                .put("var", new Node.Text(let.name()))
                .put("value", letValue(let.value()))
                .build();
    }

    private static Node letValue(LetValue value) {
        return value.accept(new LetValue.Visitor<>() {
            public Node visitLiteral(LetValue.Literal literal) {
                return variant("Value", LiteralModel.pathAware(literal.value()));
            }

            public Node visitQuery(LetValue.Query query) {
                return variant("AccessClause", accessQuery(query.query()));
            }

            public Node visitCall(LetValue.Call call) {
                return variant("FunctionCall", functionCall(call.function()));
            }
        });
    }

    private static Node functionCall(FunctionExpr function) {
        return Node.mapping()
                .put("parameters", list(function.arguments(), ParseTreeModel::letValue))
                .put("name", new Node.Text(function.name()))
                .put("location", location(function.location()))
                .build();
    }

    private static Node accessQuery(AccessQuery query) {
        return Node.mapping()
                .put("query", list(query.parts(), ParseTreeModel::queryPart))
                .put("match_all", new Node.Bool(query.matchAll()))
                .build();
    }

    private static Node queryPart(QueryPart part) {
        return part.accept(new QueryPart.Visitor<>() {
            public Node visitThis(QueryPart.This part) {
                return new Node.Text("This");
            }

            public Node visitKey(QueryPart.Key part) {
                return variant("Key", new Node.Text(part.name()));
            }

            public Node visitMapKeyFilter(QueryPart.MapKeyFilter part) {
                Node clause = Node.mapping()
                        .put("comparator", comparator(part.clause().comparator()))
                        .put("compare_with", letValue(part.clause().compareWith()))
                        .build();
                return variant("MapKeyFilter", new Node.Sequence(List.of(optionalText(part.captureName()), clause)));
            }

            public Node visitAllValues(QueryPart.AllValues part) {
                return variant("AllValues", optionalText(part.captureName()));
            }

            public Node visitAllIndices(QueryPart.AllIndices part) {
                return variant("AllIndices", optionalText(part.captureName()));
            }

            public Node visitIndex(QueryPart.Index part) {
                return variant("Index", new Node.Integer(part.index()));
            }

            public Node visitFilter(QueryPart.Filter part) {
                return variant("Filter", new Node.Sequence(List.of(optionalText(part.captureName()),
                        conjunctions(part.clauses(), ParseTreeModel::guardClause))));
            }
        });
    }

    private static Node comparator(Comparator comparator) {
        return new Node.Sequence(List.of(new Node.Text(comparator.operator().treeName()),
                new Node.Bool(comparator.negated())));
    }

    private static Node location(SourceLocation location) {
        return Node.mapping()
                .put("line", new Node.Integer(location.line()))
                .put("column", new Node.Integer(location.column()))
                .build();
    }

    private static Node optionalText(String text) {
        return text == null ? new Node.Null() : new Node.Text(text);
    }

    private static Node variant(String name, Node content) {
        return Node.mapping().put(name, content).build();
    }

    private static <T> Node list(List<T> items, Function<T, Node> item) {
        List<Node> nodes = new ArrayList<>(items.size());
        items.forEach(each -> nodes.add(item.apply(each)));
        return new Node.Sequence(nodes);
    }
}

package dev.cfnguard.internal.parse;

import static dev.cfnguard.internal.parse.Ast.and;
import static dev.cfnguard.internal.parse.Ast.at;
import static dev.cfnguard.internal.parse.Ast.binary;
import static dev.cfnguard.internal.parse.Ast.block;
import static dev.cfnguard.internal.parse.Ast.integer;
import static dev.cfnguard.internal.parse.Ast.key;
import static dev.cfnguard.internal.parse.Ast.literal;
import static dev.cfnguard.internal.parse.Ast.notOp;
import static dev.cfnguard.internal.parse.Ast.op;
import static dev.cfnguard.internal.parse.Ast.or;
import static dev.cfnguard.internal.parse.Ast.path;
import static dev.cfnguard.internal.parse.Ast.query;
import static dev.cfnguard.internal.parse.Ast.queryValue;
import static dev.cfnguard.internal.parse.Ast.someQuery;
import static dev.cfnguard.internal.parse.Ast.string;
import static dev.cfnguard.internal.parse.Ast.unary;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cfnguard.internal.ast.AccessClause;
import dev.cfnguard.internal.ast.AccessQuery;
import dev.cfnguard.internal.ast.Block;
import dev.cfnguard.internal.ast.CmpOperator;
import dev.cfnguard.internal.ast.Conjunctions;
import dev.cfnguard.internal.ast.FunctionExpr;
import dev.cfnguard.internal.ast.GuardClause;
import dev.cfnguard.internal.ast.LetExpr;
import dev.cfnguard.internal.ast.LetValue;
import dev.cfnguard.internal.ast.MapKeyFilterClause;
import dev.cfnguard.internal.ast.ParameterizedRule;
import dev.cfnguard.internal.ast.QueryPart;
import dev.cfnguard.internal.ast.Rule;
import dev.cfnguard.internal.ast.RuleClause;
import dev.cfnguard.internal.ast.RulesFile;
import dev.cfnguard.internal.ast.WhenClause;
import dev.cfnguard.internal.value.Location;
import dev.cfnguard.internal.value.Path;
import dev.cfnguard.internal.value.Value;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One test per construct: the whole AST the parser builds, against one built by hand. */
class RulesParserTest {

    private static RulesFile parse(String source) {
        return RulesParser.parse(source, "");
    }

    /** The clauses of the only rule in {@code source}. */
    private static Conjunctions<RuleClause> ruleClauses(String source) {
        RulesFile file = parse(source);
        assertEquals(1, file.rules().size());
        return file.rules().get(0).block().conjunctions();
    }

    private static RuleClause clause(GuardClause clause) {
        return new RuleClause.Clause(clause);
    }

    @Test
    void emptyAndCommentOnlyFilesAreEmpty() {
        RulesFile empty = new RulesFile(List.of(), List.of(), List.of());
        assertEquals(empty, parse(""));
        assertEquals(empty, parse("  \n# only a comment\n\t\n"));
    }

    @Test
    void assignmentsOfLiteralQueryAndCall() {
        RulesFile file = parse("""
                let a = 10
                let b := Resources.*
                let c = count(%b)
                """);
        assertEquals(List.of(
                new LetExpr("a", integer(10)),
                new LetExpr("b", queryValue(query(key("Resources"), new QueryPart.AllValues(null)))),
                new LetExpr("c", new LetValue.Call(new FunctionExpr("count",
                        List.of(queryValue(path("%b"))), at(3, 9))))), file.assignments());
    }

    @Test
    void ruleWithConditionsInConjunctiveNormalForm() {
        Rule rule = parse("""
                rule r when a exists or b !empty
                            c == 1 {
                  d exists
                }
                """).rules().get(0);
        Conjunctions<WhenClause> conditions = and(
                or(unary(path("a"), op(CmpOperator.EXISTS), at(1, 13)),
                        unary(path("b"), notOp(CmpOperator.EMPTY), at(1, 25))),
                or(binary(path("c"), op(CmpOperator.EQ), integer(1), at(2, 13))));
        Block<RuleClause> body = block(and(or(clause(unary(path("d"), op(CmpOperator.EXISTS), at(3, 3))))));
        assertEquals(new Rule("r", conditions, body), rule);
    }

    @Test
    void namedRuleReferences() {
        assertEquals(and(
                        or(clause(new GuardClause.NamedRule("a", false, null, at(2, 3)))),
                        or(clause(new GuardClause.NamedRule("b", true, null, at(3, 3))),
                                clause(new GuardClause.NamedRule("c", true, " why ", at(3, 12))))),
                ruleClauses("""
                        rule r {
                          a
                          not b or !c << why >>
                        }
                        """));
    }

    @Test
    void parameterizedRuleAndItsCall() {
        RulesFile file = parse("""
                rule check(x, y, x) { %x == %y }
                rule use { not check(%v, 'k') << m >> }
                """);
        AccessClause compare = new AccessClause(path("%x"), op(CmpOperator.EQ), queryValue(path("%y")), null, at(1, 23));
        assertEquals(List.of(new ParameterizedRule(List.of("x", "y"), new Rule("check", null,
                block(and(or(clause(new GuardClause.Access(compare, false)))))))), file.parameterizedRules());
        GuardClause call = new GuardClause.ParameterizedNamedRule(List.of(queryValue(path("%v")), string("k")),
                new GuardClause.NamedRule("check", true, " m ", at(2, 12)));
        assertEquals(and(or(clause(call))), file.rules().get(0).block().conjunctions());
    }

    @Test
    void typeBlockStandsForAResourceFilter() {
        RulesFile file = parse("""
                AWS::S3::Bucket when Properties exists {
                  Properties.X == 1
                }
                AWS::SQS::Queue::MODULE Y exists
                """);
        assertEquals("default", file.rules().get(0).name());
        List<List<RuleClause>> clauses = file.rules().get(0).block().conjunctions().disjunctions();
        RuleClause.TypeBlock bucket = (RuleClause.TypeBlock) clauses.get(0).get(0);
        assertEquals("AWS::S3::Bucket", bucket.typeName());
        assertEquals(and(or(unary(path("Properties"), op(CmpOperator.EXISTS), at(1, 22)))), bucket.conditions());
        assertEquals(block(and(or(binary(path("Properties", "X"), op(CmpOperator.EQ), integer(1), at(2, 3))))),
                bucket.block());
        QueryPart typeFilter = new QueryPart.Filter(null, and(or(binary(path("Type"), op(CmpOperator.EQ),
                string("AWS::S3::Bucket"), at(1, 1)))));
        assertEquals(List.of(key("Resources"), new QueryPart.AllValues(null), typeFilter), bucket.query());

        RuleClause.TypeBlock queue = (RuleClause.TypeBlock) clauses.get(1).get(0);
        assertEquals("AWS::SQS::Queue", queue.typeName());
        assertEquals(null, queue.conditions());
        assertEquals(block(and(or(unary(path("Y"), op(CmpOperator.EXISTS), at(4, 25))))), queue.block());
    }

    @Test
    void whenBlocksInRulesMayNameRulesAndNestedOnesMayNot() {
        Conjunctions<RuleClause> clauses = ruleClauses("""
                rule r {
                  when a exists {
                    other
                    when b exists { c exists }
                  }
                }
                """);
        GuardClause nested = new GuardClause.WhenBlock(and(or(unary(path("b"), op(CmpOperator.EXISTS), at(4, 10)))),
                block(and(or(unary(path("c"), op(CmpOperator.EXISTS), at(4, 21))))));
        RuleClause when = new RuleClause.WhenBlock(and(or(unary(path("a"), op(CmpOperator.EXISTS), at(2, 8)))),
                block(and(or(new GuardClause.NamedRule("other", false, null, at(3, 5))), or(nested))));
        assertEquals(and(or(when)), clauses);
    }

    @Test
    void blockClauseWithNotEmptyAndAssignment() {
        // `%t.Key` gains the `[*]` the reference puts after a variable.
        GuardClause inner = unary(query(key("%t"), new QueryPart.AllIndices(null), key("Key")),
                op(CmpOperator.EXISTS), at(3, 5));
        GuardClause expected = new GuardClause.BlockClause(someQuery(key("Tags")),
                new Block<>(List.of(new LetExpr("t", queryValue(query(new QueryPart.This())))), and(or(inner))),
                at(1, 10), true);
        assertEquals(and(or(clause(expected))), ruleClauses("""
                rule r { some Tags not empty {
                    let t = this
                    %t.Key exists
                  }
                }
                """));
    }

    @Test
    void queryParts() {
        AccessQuery actual = ((GuardClause.Access) ((RuleClause.Clause) ruleClauses("""
                rule r { a.'b c'.*[*][0].%v[x][ y ]["k"][ z | keys == /q/ ][ w | this > 1 ].-1 exists
                }
                """).disjunctions().get(0).get(0)).clause()).clause().query();
        QueryPart keyFilter = new QueryPart.MapKeyFilter("z", new MapKeyFilterClause(op(CmpOperator.EQ),
                literal(new Value.RegexValue(Path.ROOT, "q"))));
        QueryPart filter = new QueryPart.Filter("w", and(or(binary(query(new QueryPart.This()), op(CmpOperator.GT),
                integer(1), at(1, 66)))));
        assertEquals(query(key("a"), key("b c"), new QueryPart.AllValues(null), new QueryPart.AllIndices(null),
                new QueryPart.Index(0), key("%v"), new QueryPart.AllIndices("x"), new QueryPart.AllValues("y"),
                key("k"), keyFilter, filter, new QueryPart.Index(-1)), actual);
    }

    @Test
    void variableQueriesSelectAllTheirValuesFirst() {
        RulesFile file = parse("""
                let a = %v
                let b = %v.x
                let c = %v[*]
                let d = %v[ k ]
                """);
        assertEquals(List.of(path("%v"),
                        query(key("%v"), new QueryPart.AllIndices(null), key("x")),
                        query(key("%v"), new QueryPart.AllIndices(null)),
                        query(key("%v"), new QueryPart.AllIndices(null), new QueryPart.AllValues("k"))),
                file.assignments().stream().map(let -> ((LetValue.Query) let.value()).query()).toList());
    }

    @Test
    void everyComparisonOperator() {
        Conjunctions<RuleClause> clauses = ruleClauses("""
                rule r {
                  a == 1 a != 1 a > 1 a >= 1 a < 1 a <= 1
                  a in [1] a not in [1] a !in [1] a IN [1]
                  a exists a !exists a not empty a is_string a is_list a IS_STRUCT
                  a is_bool a is_int a is_float a is_null a NOT IS_NULL
                }
                """);
        List<String> operators = clauses.disjunctions().stream()
                .map(d -> ((GuardClause.Access) ((RuleClause.Clause) d.get(0)).clause()).clause().comparator())
                .map(c -> (c.negated() ? "not " : "") + c.operator().treeName())
                .toList();
        assertEquals(List.of("Eq", "not Eq", "Gt", "Ge", "Lt", "Le", "In", "not In", "not In", "In",
                "Exists", "not Exists", "not Empty", "IsString", "IsList", "IsMap",
                "IsBool", "IsInt", "IsFloat", "IsNull", "not IsNull"), operators);
    }

    @Test
    void literals() {
        RulesFile file = parse("""
                let s = ['it\\'s', "a \\"q\\"", "back\\\\slash"]
                let n = [-7, 1.5, 1.5e3, 2E+2, true, False, NULL]
                let r = [/a\\/b/, r[1, 5), r(0.5,1.5], r[a,z]]
                let m = {a: 1, 'b c': [2], a: 3}
                """);
        Path root = Path.ROOT;
        Location none = Location.NONE;
        assertEquals(new Value.ListValue(root, List.of(
                new Value.StringValue(root.child(0, none), "it's"),
                new Value.StringValue(root.child(1, none), "a \"q\""),
                new Value.StringValue(root.child(2, none), "back\\\\slash"))), literalOf(file, 0));
        assertEquals(new Value.ListValue(root, List.of(
                new Value.IntValue(root.child(0, none), -7),
                new Value.FloatValue(root.child(1, none), 1.5),
                new Value.FloatValue(root.child(2, none), 1500.0),
                new Value.FloatValue(root.child(3, none), 200.0),
                new Value.BoolValue(root.child(4, none), true),
                new Value.BoolValue(root.child(5, none), false),
                new Value.NullValue(root.child(6, none)))), literalOf(file, 1));
        assertEquals(new Value.ListValue(root, List.of(
                new Value.RegexValue(root.child(0, none), "a/b"),
                new Value.RangeValue(root.child(1, none), Value.RangeKind.INT, 1L, 5L, true, false),
                new Value.RangeValue(root.child(2, none), Value.RangeKind.FLOAT, 0.5, 1.5, false, true),
                new Value.RangeValue(root.child(3, none), Value.RangeKind.CHAR, 'a', 'z', true, true))),
                literalOf(file, 2));
        // A repeated key keeps its first position and its last value, as in the reference.
        Path a = root.child("a", none);
        Path bc = root.child("b c", none);
        assertEquals(new Value.MapValue(root,
                List.of(new Value.StringValue(a, "a"), new Value.StringValue(bc, "b c")),
                Map.of("a", new Value.IntValue(a, 3),
                        "b c", new Value.ListValue(bc, List.of(new Value.IntValue(bc.child(0, none), 2))))),
                literalOf(file, 3));
    }

    private static Value literalOf(RulesFile file, int assignment) {
        return ((LetValue.Literal) file.assignments().get(assignment).value()).value();
    }

    @Test
    void customMessagesKeepTheirText() {
        Conjunctions<RuleClause> clauses = ruleClauses("""
                rule r {
                  a exists <<
                    Violation: line one
                  >>
                }
                """);
        AccessClause access = ((GuardClause.Access) ((RuleClause.Clause) clauses.disjunctions().get(0).get(0))
                .clause()).clause();
        assertEquals("\n    Violation: line one\n  ", access.customMessage());
    }

    @Test
    void defaultRuleIsNamedAfterTheFileAndComesFirst() {
        RulesFile file = RulesParser.parse("rule r { a exists }\nb exists or c exists\n", "checks.guard");
        assertEquals(List.of("checks.guard/default", "r"), file.rules().stream().map(Rule::name).toList());
        assertEquals(and(or(
                        clause(unary(path("b"), op(CmpOperator.EXISTS), at(2, 1))),
                        clause(unary(path("c"), op(CmpOperator.EXISTS), at(2, 13))))),
                file.rules().get(0).block().conjunctions());
    }

    @Test
    void clausesMaySitOnOneLineOrSpreadOverSeveral() {
        assertEquals(and(
                        or(clause(binary(path("a"), op(CmpOperator.EQ), integer(1), at(1, 10)))),
                        or(clause(unary(path("b"), op(CmpOperator.EXISTS), at(1, 17)))),
                        or(clause(binary(path("c"), op(CmpOperator.EQ), integer(2), at(2, 1))))),
                ruleClauses("rule r { a == 1 b exists\nc\n  ==\n    2 }"));
    }

    @Test
    void keywordsServeAsNamesWhereTheReferenceAllowsIt() {
        Conjunctions<RuleClause> clauses = ruleClauses("""
                rule when {
                  exists == 1
                  a.in exists
                  some.x exists
                }
                """);
        assertEquals(and(
                or(clause(binary(path("exists"), op(CmpOperator.EQ), integer(1), at(2, 3)))),
                or(clause(unary(path("a", "in"), op(CmpOperator.EXISTS), at(3, 3)))),
                or(clause(unary(path("some", "x"), op(CmpOperator.EXISTS), at(4, 3))))), clauses);
    }

    @Test
    void someAndThis() {
        assertEquals(and(
                or(clause(unary(someQuery(key("a")), op(CmpOperator.EXISTS), at(1, 10)))),
                or(clause(binary(query(new QueryPart.This(), key("b")), op(CmpOperator.EQ),
                        queryValue(query(new QueryPart.This())), at(3, 1))))),
                ruleClauses("rule r { some\na exists\nTHIS.b == this }"));
    }

    @Test
    void functionLocationsCountBytesLikeTheReference() {
        // `é` takes two bytes in UTF-8: the call starts at character 24 but byte 25.
        Conjunctions<RuleClause> clauses = ruleClauses("rule r { a == \"é\" b == count(x) }");
        AccessClause second = ((GuardClause.Access) ((RuleClause.Clause) clauses.disjunctions().get(1).get(0))
                .clause()).clause();
        assertEquals(at(1, 19), second.location());
        assertEquals(new LetValue.Call(new FunctionExpr("count", List.of(queryValue(path("x"))), at(1, 25))),
                second.compareWith());
    }
}

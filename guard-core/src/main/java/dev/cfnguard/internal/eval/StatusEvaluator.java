package dev.cfnguard.internal.eval;

import dev.cfnguard.internal.ast.AccessClause;
import dev.cfnguard.internal.ast.Block;
import dev.cfnguard.internal.ast.CmpOperator;
import dev.cfnguard.internal.ast.Conjunctions;
import dev.cfnguard.internal.ast.GuardClause;
import dev.cfnguard.internal.ast.LetValue;
import dev.cfnguard.internal.ast.ParameterizedRule;
import dev.cfnguard.internal.ast.QueryPart;
import dev.cfnguard.internal.ast.Rule;
import dev.cfnguard.internal.ast.RuleClause;
import dev.cfnguard.internal.ast.RulesFile;
import dev.cfnguard.internal.regex.RustRegex;
import dev.cfnguard.internal.value.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Evaluates rules to their statuses without records, as {@code RuleSet.evaluate} does, from rules compiled
 * once: each rule, block and clause becomes a {@link Check} holding what the {@link RuleEvaluator} would
 * work out again at every value (a block's assignments, a literal's one-value result, whether a query is a
 * plain path of keys), so that evaluating a document walks the checks and does little else. The statuses
 * and errors are the recording evaluator's; {@code StatusEvaluationTest} holds the two together.
 * Thread-safe: checks are immutable, and compiled on first use through identity memos.
 */
final class StatusEvaluator {

    /** A rule, block or clause compiled for one place in the rules: its status in a scope. */
    @FunctionalInterface
    private interface Check {
        Status eval(EvalContext context);
    }

    private final IdentityMemo<Rule, Check> rules = new IdentityMemo<>(this::rule);
    private final IdentityMemo<Conjunctions<GuardClause>, Check> filters = new IdentityMemo<>(this::conjunctions);
    private Compiled<Conjunctions<GuardClause>> lastFilter;

    /** Evaluates every rule, adding each one's name and status to {@code outcomes} in evaluation order. */
    Status evalRulesFile(RulesFile file, EvalContext context, List<NamedStatus> outcomes) {
        int fails = 0;
        int passes = 0;
        for (Rule rule : file.rules()) {
            Status status = evalRule(rule, context);
            outcomes.add(new NamedStatus(rule.name(), status, null));
            if (status == Status.PASS) {
                passes++;
            } else if (status == Status.FAIL) {
                fails++;
            }
        }
        return fails > 0 ? Status.FAIL : passes > 0 ? Status.PASS : Status.SKIP;
    }

    /** A rule's status, as {@link RuleEvaluator#evalRule} settles it. */
    Status evalRule(Rule rule, EvalContext context) {
        return rules.get(rule).eval(context);
    }

    /** The status of a filter's clauses for one candidate value ({@code context}). */
    Status evalFilter(Conjunctions<GuardClause> clauses, EvalContext context) {
        // A filter runs for every candidate in a row: the last one compiled saves most look-ups.
        Compiled<Conjunctions<GuardClause>> last = lastFilter;
        if (last == null || last.node() != clauses) {
            last = new Compiled<>(clauses, filters.get(clauses));
            lastFilter = last;
        }
        return last.check().eval(context);
    }

    /**
     * What a {@code let}'s query selects from the scope's {@code this}, as the query resolver finds it. The
     * usual one, {@code Resources.*[ Type == '...' ... ]}, is compiled: its filter runs on each value with no
     * result lists in between.
     */
    List<QueryResult> select(List<QueryPart> query, EvalContext context) {
        FilteredValues filtered = selections.get(query);
        List<QueryResult> selected = filtered == FilteredValues.NONE ? null : filtered.select(context);
        return selected != null ? selected : context.session().resolver().retrieve(0, query, context.root(), context,
                null);
    }

    private final IdentityMemo<List<QueryPart>, FilteredValues> selections = new IdentityMemo<>(this::filteredValues);

    private FilteredValues filteredValues(List<QueryPart> query) {
        int last = query.size() - 1;
        KeyPath path = last >= 1 ? KeyPath.of(query.subList(0, last - 1)) : null;
        if (path == null || !(query.get(last - 1) instanceof QueryPart.AllValues all) || all.captureName() != null
                || !(query.get(last) instanceof QueryPart.Filter filter) || filter.captureName() != null) {
            return FilteredValues.NONE;
        }
        return new FilteredValues(path, conjunctions(filter.clauses()));
    }

    /** {@code path.*[ clauses ]}: the values of the map at {@code path} for which the clauses hold. */
    private static final class FilteredValues {
        static final FilteredValues NONE = new FilteredValues(null, null);

        private final KeyPath path;
        private final AllOf clauses;

        FilteredValues(KeyPath path, AllOf clauses) {
            this.path = path;
            this.clauses = clauses;
        }

        /** The selected values; null where the resolver is needed (no such map, a value not a map). */
        List<QueryResult> select(EvalContext context) {
            if (!(path.resolve(context.root()) instanceof Value.MapValue map) || map.entries().isEmpty()) {
                return null;
            }
            // The resolver pairs keys and values as far as both go; a value that is not a map is filtered
            // otherwise. Checked before any clause runs, so that none runs twice.
            int count = Math.min(map.keys().size(), map.entries().size());
            int seen = 0;
            for (Value value : map.entries().values()) {
                if (seen++ == count) {
                    break;
                }
                if (!(value instanceof Value.MapValue)) {
                    return null;
                }
            }
            List<QueryResult> selected = new ArrayList<>();
            seen = 0;
            for (Value value : map.entries().values()) {
                if (seen++ == count) {
                    break;
                }
                // As in the resolver, the clauses see each value as this, in a scope of its own.
                if (clauses.eval(new ValueScope(value, context)) == Status.PASS) {
                    selected.add(new QueryResult.Resolved(value));
                }
            }
            return selected;
        }
    }

    /**
     * A syntax node and its check, remembered where the same node comes back again and again. Immutable,
     * so a racy read of the field holding one sees a whole one (or an older one, which the node tells).
     */
    private record Compiled<T>(T node, Check check) {}

    // ---- compiling ----

    private Check rule(Rule rule) {
        return new Guarded(rule.conditions() == null ? null : conjunctions(rule.conditions()), block(rule.block()));
    }

    /**
     * A block: its {@code let}s in a new scope over the current {@code this}, then its clauses. The checks
     * that hold blocks and conjunctions know their classes, so calling them dispatches nothing.
     */
    private static final class BlockCheck implements Check {
        private final Assignments assignments;
        private final AllOf clauses;

        BlockCheck(Assignments assignments, AllOf clauses) {
            this.assignments = assignments;
            this.clauses = clauses;
        }

        @Override
        public Status eval(EvalContext context) {
            return clauses.eval(new BlockScope(assignments, context.root(), context));
        }
    }

    private BlockCheck block(Block<?> block) {
        Assignments assignments = block.assignments().isEmpty() ? Assignments.NONE
                : Assignments.of(block.assignments());
        return new BlockCheck(assignments, conjunctions(block.conjunctions()));
    }

    /** A block under {@code when} conditions (of a rule, or a {@code when} block): skipped unless they pass. */
    private static final class Guarded implements Check {
        private final AllOf conditions;
        private final BlockCheck block;

        /** @param conditions null for a rule without {@code when} */
        Guarded(AllOf conditions, BlockCheck block) {
            this.conditions = conditions;
            this.block = block;
        }

        @Override
        public Status eval(EvalContext context) {
            if (conditions != null && conditions.eval(context) != Status.PASS) {
                return Status.SKIP;
            }
            return block.eval(context);
        }
    }

    private AllOf conjunctions(Conjunctions<?> conjunctions) {
        List<? extends List<?>> written = conjunctions.disjunctions();
        Check[][] disjunctions = new Check[written.size()][];
        for (int d = 0; d < disjunctions.length; d++) {
            List<?> clauses = written.get(d);
            disjunctions[d] = new Check[clauses.size()];
            for (int c = 0; c < clauses.size(); c++) {
                disjunctions[d][c] = clause(clauses.get(c));
            }
        }
        return new AllOf(disjunctions);
    }

    /** Every disjunction must pass; one passes on its first passing clause and fails if any clause failed. */
    private static final class AllOf implements Check {
        private final Check[][] disjunctions;

        AllOf(Check[][] disjunctions) {
            this.disjunctions = disjunctions;
        }

        @Override
        public Status eval(EvalContext context) {
            int passes = 0;
            int fails = 0;
            for (Check[] disjunction : disjunctions) {
                boolean failed = false;
                boolean passed = false;
                for (Check clause : disjunction) {
                    Status status = clause.eval(context);
                    if (status == Status.PASS) {
                        passed = true;
                        break;
                    }
                    failed |= status == Status.FAIL;
                }
                if (passed) {
                    passes++;
                } else if (failed) {
                    fails++;
                }
            }
            return fails > 0 ? Status.FAIL : passes > 0 ? Status.PASS : Status.SKIP;
        }
    }

    private Check clause(Object clause) {
        if (clause instanceof RuleClause.Clause c) {
            return guardClause(c.clause());
        }
        if (clause instanceof RuleClause.WhenBlock when) {
            return when(when.conditions(), when.block());
        }
        if (clause instanceof RuleClause.TypeBlock typeBlock) {
            return typeBlock(typeBlock);
        }
        return guardClause((GuardClause) clause);
    }

    private Check guardClause(GuardClause clause) {
        if (clause instanceof GuardClause.Access access) {
            return access(access);
        }
        if (clause instanceof GuardClause.BlockClause block) {
            return blockClause(block);
        }
        if (clause instanceof GuardClause.WhenBlock when) {
            return when(when.conditions(), when.block());
        }
        if (clause instanceof GuardClause.NamedRule named) {
            return context -> {
                // A skipped rule counts as not passed.
                boolean passed = context.ruleStatus(named.ruleName()) == Status.PASS;
                return passed != named.negation() ? Status.PASS : Status.FAIL;
            };
        }
        return call((GuardClause.ParameterizedNamedRule) clause);
    }

    private Check when(Conjunctions<?> conditions, Block<GuardClause> block) {
        return new Guarded(conjunctions(conditions), block(block));
    }

    private Check typeBlock(RuleClause.TypeBlock typeBlock) {
        AllOf conditions = typeBlock.conditions() == null ? null : conjunctions(typeBlock.conditions());
        BlockCheck perValue = block(typeBlock.block());
        List<QueryPart> query = typeBlock.query();
        return context -> {
            if (conditions != null && conditions.eval(context) != Status.PASS) {
                return Status.SKIP;
            }
            List<QueryResult> values = context.query(query);
            int fails = 0;
            int passes = 0;
            for (int i = 0; i < values.size(); i++) {
                Value value = values.get(i).resolvedValue();
                if (value == null) {
                    throw new EvaluationException(EvaluationException.Kind.MISSING_VALUE,
                            "Unable to resolve type block query: " + typeBlock.typeName());
                }
                Status status = perValue.eval(new ValueScope(value, context));
                if (status == Status.PASS) {
                    passes++;
                } else if (status == Status.FAIL) {
                    fails++;
                }
            }
            return fails > 0 ? Status.FAIL : passes > 0 ? Status.PASS : Status.SKIP;
        };
    }

    private Check blockClause(GuardClause.BlockClause clause) {
        return new BlockClauseCheck(clause, block(clause.block()));
    }

    /** {@code query { clauses }}: the block for every value the query selects. */
    private static final class BlockClauseCheck implements Check {
        private final List<QueryPart> query;
        private final BlockCheck perValue;
        private final boolean matchAll;
        private final Status whenEmpty;
        // The usual query, walked here without result lists: a variable's values (or this), a key path, and
        // maybe every element of the lists it reaches (%definitions.Properties.ContainerDefinitions[*]).
        private final boolean walked;
        private final String variable;
        private final KeyPath path;
        private final boolean everyElement;

        BlockClauseCheck(GuardClause.BlockClause clause, BlockCheck perValue) {
            this.query = clause.query().parts();
            this.perValue = perValue;
            this.matchAll = clause.query().matchAll();
            this.whenEmpty = clause.notEmpty() ? Status.FAIL : Status.SKIP;
            int from = 0;
            String head = null;
            if (query.get(0) instanceof QueryPart.Key key && key.isVariable()) {
                head = key.variableName();
                // "%var[*]" continues from the variable's values as "%var" does.
                from = query.size() > 1 && query.get(1) instanceof QueryPart.AllIndices ? 2 : 1;
            }
            int to = query.size();
            boolean elements = to > from && query.get(to - 1) instanceof QueryPart.AllIndices all
                    && all.captureName() == null;
            KeyPath keys = KeyPath.of(query.subList(from, elements ? to - 1 : to));
            this.walked = keys != null;
            this.variable = head;
            this.path = from == (elements ? to - 1 : to) ? null : keys;
            this.everyElement = elements;
        }

        @Override
        public Status eval(EvalContext context) {
            if (!walked) {
                List<QueryResult> values = context.query(query);
                if (values.isEmpty()) {
                    return whenEmpty;
                }
                int[] tally = new int[2];
                for (int i = 0; i < values.size(); i++) {
                    count(tally, values.get(i).resolvedValue(), context);
                }
                return status(tally);
            }
            List<QueryResult> values = variable == null ? null : context.resolveVariable(variable);
            int count = values == null ? 1 : values.size();
            if (count == 0) {
                return whenEmpty;
            }
            int[] tally = new int[2];
            for (int i = 0; i < count; i++) {
                Value value = values == null ? context.root() : values.get(i).resolvedValue();
                if (value != null && path != null) {
                    value = path.resolve(value);
                }
                if (everyElement && value instanceof Value.ListValue list) {
                    if (list.elements().isEmpty()) {
                        tally[FAILS]++; // "no more entries": an unresolved value
                    }
                    for (Value element : list.elements()) {
                        count(tally, element, context);
                    }
                } else {
                    count(tally, value, context); // [*] leaves a map or a scalar as it is
                }
            }
            return status(tally);
        }

        private static final int PASSES = 0;
        private static final int FAILS = 1;

        /** Runs the block for one selected value (null: unresolved, which fails). */
        private void count(int[] tally, Value value, EvalContext context) {
            Status status = value == null ? Status.FAIL : perValue.eval(new ValueScope(value, context));
            if (status == Status.PASS) {
                tally[PASSES]++;
            } else if (status == Status.FAIL) {
                tally[FAILS]++;
            }
        }

        private Status status(int[] tally) {
            int passes = tally[PASSES];
            int fails = tally[FAILS];
            if (matchAll) {
                return fails > 0 ? Status.FAIL : passes > 0 ? Status.PASS : Status.SKIP;
            }
            return passes > 0 ? Status.PASS : fails > 0 ? Status.FAIL : Status.SKIP;
        }
    }

    /** A parameterized rule call: the arguments in the caller's scope, the rule in a scope binding them. */
    private Check call(GuardClause.ParameterizedNamedRule call) {
        return new CallCheck(call, call.arguments().stream().map(StatusEvaluator::argument).toList());
    }

    /** A parameterized rule call: the arguments in the caller's scope, the rule in a scope binding them. */
    private final class CallCheck implements Check {
        private final GuardClause.ParameterizedNamedRule call;
        private final String name;
        private final List<Argument> arguments;
        /** The rule this call found last and its check: the same every time, bar a file that redefines it. */
        private Compiled<Rule> last;

        CallCheck(GuardClause.ParameterizedNamedRule call, List<Argument> arguments) {
            this.call = call;
            this.name = call.namedRule().ruleName();
            this.arguments = arguments;
        }

        @Override
        public Status eval(EvalContext context) {
            ParameterizedRule rule = context.findParameterizedRule(name);
            int maxDepth = context.session().limits().maxRuleDepth();
            if (context.callDepth() >= maxDepth) {
                throw new EvaluationException(EvaluationException.Kind.PANIC,
                        "parameterized rule calls nest deeper than " + maxDepth + " levels at " + name);
            }
            List<String> names = rule.parameterNames();
            if (names.size() != arguments.size()) {
                throw new EvaluationException(EvaluationException.Kind.INCOMPATIBLE, "Arity mismatch for called "
                        + "parameter rule " + name + ", expected " + names.size() + ", got " + arguments.size());
            }
            Map<String, List<QueryResult>> parameters;
            if (names.size() == 1) {
                parameters = Map.of(names.get(0), arguments.get(0).values(context)); // most rules take one
            } else {
                parameters = new HashMap<>();
                for (int i = 0; i < arguments.size(); i++) {
                    parameters.put(names.get(i), arguments.get(i).values(context));
                }
            }
            Compiled<Rule> known = last;
            if (known == null || known.node() != rule.rule()) {
                known = new Compiled<>(rule.rule(), rules.get(rule.rule()));
                last = known;
            }
            return known.check().eval(new ParameterScope(call, parameters, context));
        }
    }

    /** What an argument of a call, or the right-hand side of a comparison, stands for in a scope. */
    @FunctionalInterface
    private interface Argument {
        List<QueryResult> values(EvalContext context);
    }

    private static Argument argument(LetValue argument) {
        if (argument instanceof LetValue.Literal literal) {
            List<QueryResult> value = List.of(new QueryResult.Resolved(literal.value()));
            return context -> value;
        }
        KeyPath path = argument instanceof LetValue.Query query ? KeyPath.of(query.query().parts()) : null;
        if (path != null) {
            List<QueryPart> parts = ((LetValue.Query) argument).query().parts();
            return context -> {
                Value value = path.resolve(context.root());
                // Where the path stops, the general path says where and why.
                return value != null ? List.of(new QueryResult.Resolved(value)) : context.query(parts);
            };
        }
        return query(argument);
    }

    /** A query or function call; a literal is the caller's to wrap (arguments and comparisons differ). */
    private static Argument query(LetValue value) {
        if (value instanceof LetValue.Query query) {
            List<QueryPart> parts = query.query().parts();
            return context -> context.query(parts);
        }
        LetValue.Call call = (LetValue.Call) value;
        return context -> context.session().builtins().call(call.function(), context);
    }

    // ---- access clauses ----

    private Check access(GuardClause.Access access) {
        AccessClause clause = access.clause();
        Check general = clauseChecks(access);
        CmpOperator operator = clause.comparator().operator();
        List<QueryPart> query = clause.query().parts();
        if (operator == CmpOperator.EMPTY) {
            Check keysEmpty = keysEmpty(access);
            if (keysEmpty != null) {
                return keysEmpty;
            }
            if (query.size() == 1 && query.get(0) instanceof QueryPart.Key key && key.isVariable()) {
                return general; // "%var empty" asks whether anything was selected
            }
        }
        Check direct = keyPathCheck(access, general);
        if (direct != null) {
            return direct;
        }
        LeftSide lhs = leftSide(query, operator == CmpOperator.IN);
        ValueTest test = valueTest(access);
        if (lhs == null || test == null) {
            return general;
        }
        boolean matchAll = clause.query().matchAll();
        return context -> {
            Status status = lhs.check(context, test, matchAll);
            return status != null ? status : general.eval(context);
        };
    }

    /**
     * The commonest clauses, a unary operator or {@code ==} against a literal on a key path, in one piece:
     * as {@link #leftSide} and {@link #valueTest} combined, without the two calls through them per value.
     */
    private static Check keyPathCheck(GuardClause.Access access, Check general) {
        AccessClause clause = access.clause();
        List<QueryPart> query = clause.query().parts();
        KeyPath path = KeyPath.of(query);
        if (path == null) {
            return null;
        }
        CmpOperator operator = clause.comparator().operator();
        boolean negated = clause.comparator().negated();
        if (operator.isUnary()) {
            boolean expected = !negated != access.negation();
            return context -> ClauseChecks.holds(operator, path.resolve(context.root())) == expected
                    ? Status.PASS : Status.FAIL;
        }
        if (operator == CmpOperator.EQ && clause.compareWith() instanceof LetValue.Literal literal
                && !(literal.value() instanceof Value.ListValue)) {
            Value rhs = literal.value();
            return context -> {
                Status status = equality(path.resolve(context.root()), rhs, negated, context);
                return status != null ? status : general.eval(context);
            };
        }
        return null;
    }

    /** An access clause evaluated by the recording evaluator's value checks, without records. */
    private static Check clauseChecks(GuardClause.Access access) {
        AccessClause clause = access.clause();
        if (clause.comparator().operator().isUnary()) {
            boolean all = clause.query().matchAll();
            return context -> ClauseChecks.unary(clause, access.negation(), null, context).status(all);
        }
        boolean all = clause.query().matchAll();
        LetValue compareWith = clause.compareWith();
        if (compareWith == null) {
            return context -> {
                throw new EvaluationException(EvaluationException.Kind.NOT_COMPARABLE, "GuardAccessClause "
                        + context.session().accessTexts(access).block() + ", did not have a RHS for compare operation");
            };
        }
        if (compareWith instanceof LetValue.Literal literal) {
            List<QueryResult> rhs = List.of(new QueryResult.Literal(literal.value()));
            return context -> ClauseChecks.binary(clause, rhs, null, context).status(all);
        }
        Argument rhs = query(compareWith);
        return context -> ClauseChecks.binary(clause, rhs.values(context), null, context).status(all);
    }

    // The shortcut for the common access clauses: the left side's values are tested one by one as they are
    // found, with no result lists or outcome objects. Where a value needs more (a list compared element by
    // element, say) the clause takes the general path instead: finding values has no effects to repeat.

    /** What an access clause's query selects, fed to a test value by value. */
    @FunctionalInterface
    private interface LeftSide {
        /** The clause's status; null where a value needs the general path. */
        Status check(EvalContext context, ValueTest test, boolean matchAll);
    }

    /** One selected value's check. */
    @FunctionalInterface
    private interface ValueTest {
        /** PASS or FAIL for {@code value} (null when unresolved); null where the general path must decide. */
        Status test(Value value, EvalContext context);
    }

    /**
     * A key path, or a variable followed by one ({@code %value}, {@code %value.Ref}, {@code %defs[*].Image});
     * null for other queries.
     *
     * @param loneLiteralDiffers whether the operator treats a lone literal on the left apart ({@code in}
     *                           tests it as a substring first): such a variable takes the general path
     */
    private static LeftSide leftSide(List<QueryPart> query, boolean loneLiteralDiffers) {
        KeyPath path = KeyPath.of(query);
        if (path != null) {
            return (context, test, matchAll) -> test.test(path.resolve(context.root()), context);
        }
        if (!(query.get(0) instanceof QueryPart.Key head) || !head.isVariable()) {
            return null;
        }
        // "%var[*]" continues from the variable's values as "%var" does.
        int next = query.size() > 1 && query.get(1) instanceof QueryPart.AllIndices ? 2 : 1;
        List<QueryPart> tail = query.subList(next, query.size());
        KeyPath rest = tail.isEmpty() ? null : KeyPath.of(tail);
        if (!tail.isEmpty() && rest == null) {
            return null;
        }
        String name = head.variableName();
        return (context, test, matchAll) -> {
            List<QueryResult> values = context.resolveVariable(name);
            if (values.isEmpty()) {
                return Status.SKIP; // nothing selected
            }
            if (rest == null && loneLiteralDiffers && values.size() == 1
                    && values.get(0) instanceof QueryResult.Literal) {
                return null;
            }
            int passes = 0;
            int fails = 0;
            for (int i = 0; i < values.size(); i++) {
                Value value = values.get(i).resolvedValue();
                if (value != null && rest != null) {
                    value = rest.resolve(value);
                }
                Status status = test.test(value, context);
                if (status == null) {
                    return null;
                }
                if (status == Status.PASS) {
                    passes++;
                } else {
                    fails++;
                }
            }
            if (matchAll) {
                return fails > 0 ? Status.FAIL : Status.PASS;
            }
            return passes > 0 ? Status.PASS : Status.FAIL;
        };
    }

    /**
     * The check of one value by a unary operator, by {@code ==} against a literal that is not a list (written,
     * or a variable bound to one), or by {@code in} against a literal list; null for other clauses.
     */
    private static ValueTest valueTest(GuardClause.Access access) {
        AccessClause clause = access.clause();
        CmpOperator operator = clause.comparator().operator();
        boolean negated = clause.comparator().negated();
        if (operator.isUnary()) {
            boolean expected = !negated != access.negation();
            return (value, context) -> ClauseChecks.holds(operator, value) == expected ? Status.PASS : Status.FAIL;
        }
        LetValue compareWith = clause.compareWith();
        if (operator == CmpOperator.EQ && compareWith instanceof LetValue.Literal literal
                && !(literal.value() instanceof Value.ListValue)) {
            Value rhs = literal.value();
            return (value, context) -> equality(value, rhs, negated, context);
        }
        if (operator == CmpOperator.EQ && compareWith instanceof LetValue.Query query
                && query.query().parts().size() == 1 && query.query().parts().get(0) instanceof QueryPart.Key key
                && key.isVariable()) {
            String name = key.variableName();
            return (value, context) -> {
                List<QueryResult> rhs = context.resolveVariable(name);
                if (rhs.size() != 1 || !(rhs.get(0) instanceof QueryResult.Literal literal)
                        || literal.value() instanceof Value.ListValue) {
                    return null;
                }
                return equality(value, literal.value(), negated, context);
            };
        }
        if (operator == CmpOperator.IN && compareWith instanceof LetValue.Literal literal
                && literal.value() instanceof Value.ListValue list) {
            List<Value> elements = list.elements();
            return (value, context) -> {
                if (value == null) {
                    return Status.FAIL; // an unresolved left side fails
                }
                if (value instanceof Value.ListValue) {
                    return null;
                }
                boolean found = context.session().comparisons().contains(elements, value);
                return found != negated ? Status.PASS : Status.FAIL;
            };
        }
        return null;
    }

    /** {@code ==} (or {@code !=}) of one selected value and a literal that is not a list. */
    private static Status equality(Value value, Value literal, boolean negated, EvalContext context) {
        if (value == null) {
            return Status.FAIL; // an unresolved left side fails
        }
        if (value instanceof Value.ListValue) {
            return null; // compared element by element
        }
        Boolean equal = context.session().operators().equalOrNull(value, literal);
        // Values that do not compare fail whether negated or not.
        return equal != null && equal != negated ? Status.PASS : Status.FAIL;
    }

    /**
     * {@code path[ keys == /pattern/ ] empty} (or {@code !empty}, {@code keys !=}), which asks whether a map
     * has keys of some form: settled key by key, without selecting the values; null for other clauses.
     */
    private static Check keysEmpty(GuardClause.Access access) {
        AccessClause clause = access.clause();
        List<QueryPart> query = clause.query().parts();
        KeyPath path = KeyPath.of(query.subList(0, query.size() - 1));
        if (!(query.get(query.size() - 1) instanceof QueryPart.MapKeyFilter filter) || path == null
                || filter.clause().comparator().operator() != CmpOperator.EQ
                || !(filter.clause().compareWith() instanceof LetValue.Literal literal)
                || !(literal.value() instanceof Value.RegexValue regex)) {
            return null;
        }
        String pattern = regex.pattern();
        boolean keysNegated = filter.clause().comparator().negated();
        // As ClauseChecks.emptyOnExpression: each selected value passes when it is (not) null, and a query
        // that selected nothing when that is what was asked for.
        boolean notEmpty = clause.comparator().negated();
        boolean inverse = access.negation();
        boolean matchAll = clause.query().matchAll();
        // Nothing selected, or one unresolved value (where the path or the map is missing), is empty.
        Status empty = !notEmpty != inverse ? Status.PASS : Status.FAIL;
        return context -> {
            Value current = path.resolve(context.root());
            if (!(current instanceof Value.MapValue map)) {
                return empty;
            }
            RustRegex compiled = null;
            int passes = 0;
            int fails = 0;
            List<Value.StringValue> keys = map.keys();
            for (int i = 0; i < keys.size(); i++) {
                String key = keys.get(i).value();
                if (compiled == null) {
                    compiled = context.session().comparisons().regex(pattern);
                }
                if (Comparisons.matches(compiled, key) == keysNegated) {
                    continue;
                }
                boolean isNull = map.entries().get(key) instanceof Value.NullValue;
                if ((notEmpty ? !isNull : isNull) != inverse) {
                    passes++;
                } else {
                    fails++;
                }
            }
            if (passes + fails == 0) {
                return empty;
            }
            if (matchAll) {
                return fails > 0 ? Status.FAIL : Status.PASS;
            }
            return passes > 0 ? Status.PASS : Status.FAIL;
        };
    }
}

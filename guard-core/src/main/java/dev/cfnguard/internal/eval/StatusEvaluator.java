package dev.cfnguard.internal.eval;

import dev.cfnguard.internal.ast.Block;
import dev.cfnguard.internal.ast.Conjunctions;
import dev.cfnguard.internal.ast.GuardClause;
import dev.cfnguard.internal.ast.ParameterizedRule;
import dev.cfnguard.internal.ast.QueryPart;
import dev.cfnguard.internal.ast.Rule;
import dev.cfnguard.internal.ast.RuleClause;
import dev.cfnguard.internal.ast.RulesFile;
import dev.cfnguard.internal.value.Value;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Evaluates rules to their statuses without records, as {@code RuleSet.evaluate} does, from rules compiled
 * once: each rule, block and clause becomes a {@link StatusCheck} holding what the {@link RuleEvaluator} would
 * work out again at every value (a block's assignments, a literal's one-value result, whether a query is a
 * plain path of keys), so that evaluating a document walks the checks and does little else. The statuses
 * and errors are the recording evaluator's; {@code StatusEvaluationTest} holds the two together.
 * Thread-safe: checks are immutable, and compiled on first use through identity memos.
 */
final class StatusEvaluator {

    private final IdentityMemo<Rule, StatusCheck> rules = new IdentityMemo<>(this::rule);
    private final IdentityMemo<Conjunctions<GuardClause>, StatusCheck> filters = new IdentityMemo<>(this::conjunctions);
    private Compiled<Conjunctions<GuardClause>> lastFilter;
    private final IdentityMemo<List<QueryPart>, FilteredValues> selections = new IdentityMemo<>(this::filteredValues);

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
        return Status.allOf(passes, fails);
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

    private FilteredValues filteredValues(List<QueryPart> query) {
        int last = query.size() - 1;
        KeyPath path = last >= 1 ? KeyPath.of(query.subList(0, last - 1)) : null;
        if (path == null || !(query.get(last - 1) instanceof QueryPart.AllValues all) || all.captureName() != null
                || !(query.get(last) instanceof QueryPart.Filter filter) || filter.captureName() != null) {
            return FilteredValues.NONE;
        }
        return new FilteredValues(path, conjunctions(filter.clauses()));
    }

    /**
     * A syntax node and its check, remembered where the same node comes back again and again. Immutable,
     * so a racy read of the field holding one sees a whole one (or an older one, which the node tells).
     */
    private record Compiled<T>(T node, StatusCheck check) {}

    // ---- compiling ----

    private StatusCheck rule(Rule rule) {
        return new Guarded(rule.conditions() == null ? null : conjunctions(rule.conditions()), block(rule.block()));
    }

    /**
     * A block: its {@code let}s in a new scope over the current {@code this}, then its clauses. The checks
     * that hold blocks and conjunctions know their classes, so calling them dispatches nothing.
     */
    private record BlockCheck(Assignments assignments, AllOf clauses) implements StatusCheck {
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

    /**
     * A block under {@code when} conditions (of a rule, or a {@code when} block): skipped unless they pass.
     * {@code conditions} is null for a rule without {@code when}.
     */
    private record Guarded(AllOf conditions, BlockCheck block) implements StatusCheck {
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
        StatusCheck[][] disjunctions = new StatusCheck[written.size()][];
        for (int d = 0; d < disjunctions.length; d++) {
            List<?> clauses = written.get(d);
            disjunctions[d] = new StatusCheck[clauses.size()];
            for (int c = 0; c < clauses.size(); c++) {
                disjunctions[d][c] = clause(clauses.get(c));
            }
        }
        return new AllOf(disjunctions);
    }

    /** Every disjunction must pass; one passes on its first passing clause and fails if any clause failed. */
    private static final class AllOf implements StatusCheck {
        private final StatusCheck[][] disjunctions;

        AllOf(StatusCheck[][] disjunctions) {
            this.disjunctions = disjunctions;
        }

        @Override
        public Status eval(EvalContext context) {
            int passes = 0;
            int fails = 0;
            for (StatusCheck[] disjunction : disjunctions) {
                boolean failed = false;
                boolean passed = false;
                for (StatusCheck clause : disjunction) {
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
            return Status.allOf(passes, fails);
        }
    }

    private StatusCheck clause(Object clause) {
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

    private StatusCheck guardClause(GuardClause clause) {
        if (clause instanceof GuardClause.Access access) {
            return AccessChecks.compile(access);
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

    private StatusCheck when(Conjunctions<?> conditions, Block<GuardClause> block) {
        return new Guarded(conjunctions(conditions), block(block));
    }

    private StatusCheck typeBlock(RuleClause.TypeBlock typeBlock) {
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
            return Status.allOf(passes, fails);
        };
    }

    private StatusCheck blockClause(GuardClause.BlockClause clause) {
        return new BlockClauseCheck(clause, block(clause.block()));
    }

    /** {@code query { clauses }}: the block for every value the query selects. */
    private static final class BlockClauseCheck implements StatusCheck {
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
            return matchAll ? Status.allOf(tally[PASSES], tally[FAILS]) : Status.anyOf(tally[PASSES], tally[FAILS]);
        }
    }

    private StatusCheck call(GuardClause.ParameterizedNamedRule call) {
        return new CallCheck(call, call.arguments().stream().map(Argument::of).toList());
    }

    /** A parameterized rule call: the arguments in the caller's scope, the rule in a scope binding them. */
    private final class CallCheck implements StatusCheck {
        private final GuardClause.ParameterizedNamedRule call;
        private final List<Argument> arguments;
        /** The rule this call found last and its check: the same every time, bar a file that redefines it. */
        private Compiled<Rule> last;

        CallCheck(GuardClause.ParameterizedNamedRule call, List<Argument> arguments) {
            this.call = call;
            this.arguments = arguments;
        }

        @Override
        public Status eval(EvalContext context) {
            ParameterizedRule rule = RuleEvaluator.calledRule(call, context);
            List<String> names = rule.parameterNames();
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
}

package dev.cfnguard.internal.eval;

import dev.cfnguard.internal.ast.AccessClause;
import dev.cfnguard.internal.ast.Block;
import dev.cfnguard.internal.ast.Conjunctions;
import dev.cfnguard.internal.ast.GuardClause;
import dev.cfnguard.internal.ast.LetValue;
import dev.cfnguard.internal.ast.ParameterizedRule;
import dev.cfnguard.internal.ast.Rule;
import dev.cfnguard.internal.ast.RuleClause;
import dev.cfnguard.internal.ast.RulesFile;
import dev.cfnguard.internal.ast.WhenClause;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Evaluates rules, blocks and clauses against a scope, recording every step. The statuses, records and
 * their context strings follow the reference evaluator exactly, including its quirks. Evaluations that keep
 * no records run the {@link StatusEvaluator} instead. Stateless.
 */
final class RuleEvaluator {
    private RuleEvaluator() {}

    // The record context of a disjunction names the type of its clauses in the reference's source.
    static final String GUARD_CLAUSE = "cfn_guard::rules::exprs::GuardClause#disjunction";
    static final String RULE_CLAUSE = "cfn_guard::rules::exprs::RuleClause#disjunction";
    static final String WHEN_CLAUSE = "cfn_guard::rules::exprs::WhenGuardClause#disjunction";

    /** Evaluates every rule, adding each one's name and status to {@code outcomes} in evaluation order. */
    static Status evalRulesFile(RulesFile rules, EvalContext context, String dataFileName,
                                List<NamedStatus> outcomes) {
        String recordContext = "File(rules=" + rules.rules().size() + ")";
        context.startRecord(recordContext);
        int fails = 0;
        int passes = 0;
        for (Rule rule : rules.rules()) {
            Status status;
            try {
                status = evalRule(rule, context);
            } catch (EvaluationException e) {
                context.endRecord(recordContext, new RecordType.RuleCheck(new NamedStatus(rule.name(), Status.FAIL, null)));
                throw e;
            }
            outcomes.add(new NamedStatus(rule.name(), status, null));
            if (status == Status.PASS) {
                passes++;
            } else if (status == Status.FAIL) {
                fails++;
            }
        }
        Status overall = Status.allOf(passes, fails);
        context.endRecord(recordContext, new RecordType.FileCheck(
                new NamedStatus(dataFileName == null ? "" : dataFileName, overall, null)));
        return overall;
    }

    static Status evalRule(Rule rule, EvalContext context) {
        String recordContext = rule.name();
        context.startRecord(recordContext);
        if (rule.conditions() != null) {
            String whenContext = "Rule#" + recordContext + "/When";
            context.startRecord(whenContext);
            Status status;
            try {
                status = evalConjunctions(rule.conditions(), context, WHEN_CLAUSE);
            } catch (EvaluationException e) {
                context.endRecord(whenContext, new RecordType.RuleCondition(Status.FAIL));
                context.endRecord(recordContext, new RecordType.RuleCheck(new NamedStatus(rule.name(), Status.FAIL, null)));
                throw e;
            }
            if (status != Status.PASS) {
                context.endRecord(whenContext, new RecordType.RuleCondition(status));
                context.endRecord(recordContext, new RecordType.RuleCheck(new NamedStatus(rule.name(), Status.SKIP, null)));
                return Status.SKIP;
            }
            context.endRecord(whenContext, new RecordType.RuleCondition(Status.PASS));
        }
        Status status;
        try {
            status = evalBlock(rule.block(), context, RULE_CLAUSE);
        } catch (EvaluationException e) {
            context.endRecord(recordContext, new RecordType.RuleCheck(new NamedStatus(rule.name(), Status.FAIL, null)));
            throw e;
        }
        context.endRecord(recordContext, new RecordType.RuleCheck(new NamedStatus(rule.name(), status, null)));
        return status;
    }

    /**
     * One clause of a conjunction: of a rule's body, or of a block, filter or {@code when} (whose
     * conditions are guard clauses too). One static dispatch rather than a function per kind of list.
     */
    private static Status evalClause(Object clause, EvalContext context) {
        if (clause instanceof GuardClause guard) {
            return evalGuardClause(guard, context);
        }
        return evalRuleClause((RuleClause) clause, context);
    }

    static Status evalRuleClause(RuleClause clause, EvalContext context) {
        if (clause instanceof RuleClause.Clause c) {
            return evalGuardClause(c.clause(), context);
        }
        if (clause instanceof RuleClause.TypeBlock typeBlock) {
            return evalTypeBlock(typeBlock, context);
        }
        RuleClause.WhenBlock when = (RuleClause.WhenBlock) clause;
        return evalWhenBlock(WhenContexts.RULE_CLAUSE, when.conditions(), when.block(), context);
    }

    static Status evalGuardClause(GuardClause clause, EvalContext context) {
        if (clause instanceof GuardClause.Access access) {
            return evalAccessClause(access, context);
        }
        if (clause instanceof GuardClause.NamedRule named) {
            return evalNamedRule(named, context);
        }
        if (clause instanceof GuardClause.BlockClause block) {
            return evalBlockClause(block, context);
        }
        if (clause instanceof GuardClause.WhenBlock when) {
            return evalWhenBlock(WhenContexts.GUARD_CLAUSE, when.conditions(), when.block(), context);
        }
        return evalParameterizedCall((GuardClause.ParameterizedNamedRule) clause, context);
    }

    /** A block: its {@code let}s in a new scope over the current {@code this}, then its clauses. */
    static Status evalBlock(Block<?> block, EvalContext context, String disjunctionContext) {
        BlockScope scope = new BlockScope(context.session().assignments(block.assignments()), context.root(), context);
        return evalConjunctions(block.conjunctions(), scope, disjunctionContext);
    }

    /**
     * Clauses in conjunctive normal form: every disjunction must pass; a disjunction passes on its first
     * passing clause, fails if any clause failed, and is skipped when all were skipped.
     */
    static Status evalConjunctions(Conjunctions<?> conjunctions, EvalContext context, String recordContext) {
        int passes = 0;
        int fails = 0;
        // Indexed loops: this runs for every block of every value, and iterators of the immutable lists
        // escape the JIT's allocation elimination here.
        List<? extends List<?>> disjunctions = conjunctions.disjunctions();
        for (int d = 0; d < disjunctions.size(); d++) {
            List<?> disjunction = disjunctions.get(d);
            int disjunctionFails = 0;
            boolean several = disjunction.size() > 1;
            boolean passed = false;
            if (several) {
                context.startRecord(recordContext);
            }
            for (int c = 0; c < disjunction.size(); c++) {
                Status status;
                try {
                    status = evalClause(disjunction.get(c), context);
                } catch (EvaluationException e) {
                    if (several) {
                        context.endRecord(recordContext, new RecordType.Disjunction(new BlockCheck(true, Status.FAIL,
                                "Disjunction failed due to error " + e.getMessage() + ", bailing")));
                    }
                    throw e;
                }
                if (status == Status.PASS) {
                    passes++;
                    if (several) {
                        context.endRecord(recordContext, new RecordType.Disjunction(new BlockCheck(true, Status.PASS, null)));
                    }
                    passed = true;
                    break;
                }
                if (status == Status.FAIL) {
                    disjunctionFails++;
                }
            }
            if (passed) {
                continue;
            }
            if (disjunctionFails > 0) {
                fails++;
            }
            if (several) {
                context.endRecord(recordContext, new RecordType.Disjunction(
                        new BlockCheck(true, disjunctionFails > 0 ? Status.FAIL : Status.SKIP, null)));
            }
        }
        return Status.allOf(passes, fails);
    }

    static Status evalTypeBlock(RuleClause.TypeBlock typeBlock, EvalContext context) {
        String typeName = typeBlock.typeName();
        String recordContext = "TypeBlock#" + typeName;
        context.startRecord(recordContext);
        if (typeBlock.conditions() != null) {
            String whenContext = recordContext + "/When";
            context.startRecord(whenContext);
            Status status;
            try {
                status = evalConjunctions(typeBlock.conditions(), context, WHEN_CLAUSE);
            } catch (EvaluationException e) {
                context.endRecord(whenContext, new RecordType.TypeCondition(Status.FAIL));
                context.endRecord(recordContext, new RecordType.TypeCheck(typeName, new BlockCheck(false, Status.FAIL,
                        "Error " + e.getMessage() + " during type condition evaluation, bailing")));
                throw e;
            }
            if (status != Status.PASS) {
                context.endRecord(whenContext, new RecordType.TypeCondition(status));
                context.endRecord(recordContext, new RecordType.TypeCheck(typeName, new BlockCheck(false, Status.SKIP, null)));
                return Status.SKIP;
            }
            context.endRecord(whenContext, new RecordType.TypeCondition(Status.PASS));
        }
        List<QueryResult> values;
        try {
            values = context.query(typeBlock.query());
        } catch (EvaluationException e) {
            context.endRecord(recordContext, new RecordType.TypeCheck(typeName, new BlockCheck(false, Status.FAIL, null)));
            throw e;
        }
        if (values.isEmpty()) {
            context.endRecord(recordContext, new RecordType.TypeCheck(typeName, new BlockCheck(false, Status.SKIP, null)));
            return Status.SKIP;
        }
        int fails = 0;
        int passes = 0;
        for (int i = 0; i < values.size(); i++) {
            QueryResult each = values.get(i);
            if (each instanceof QueryResult.UnResolved unresolved) {
                context.endRecord(recordContext, new RecordType.TypeCheck(typeName,
                        new BlockCheck(false, Status.FAIL, unresolved.reason())));
                throw new EvaluationException(EvaluationException.Kind.MISSING_VALUE,
                        "Unable to resolve type block query: " + typeName);
            }
            String blockContext = recordContext + "/" + i;
            context.startRecord(blockContext);
            Status status;
            try {
                status = evalBlock(typeBlock.block(), new ValueScope(each.resolvedValue(), context), GUARD_CLAUSE);
            } catch (EvaluationException e) {
                context.endRecord(blockContext, new RecordType.TypeBlock(Status.FAIL));
                context.endRecord(recordContext, new RecordType.TypeCheck(typeName, new BlockCheck(false, Status.FAIL,
                        "Error " + e.getMessage() + " during type block evaluation, bailing")));
                throw e;
            }
            if (status == Status.PASS) {
                passes++;
            } else if (status == Status.FAIL) {
                fails++;
            }
            context.endRecord(blockContext, new RecordType.TypeBlock(status));
        }
        Status status = Status.allOf(passes, fails);
        context.endRecord(recordContext, new RecordType.TypeCheck(typeName, new BlockCheck(false, status, null)));
        return status;
    }

    /** The record contexts of a {@code when} block and of its conditions, by where the block stands. */
    enum WhenContexts {
        RULE_CLAUSE("RuleClause"),
        GUARD_CLAUSE("GuardConditionClause");

        final String block;
        final String conditions;

        WhenContexts(String block) {
            this.block = block;
            this.conditions = block + "/When";
        }
    }

    static Status evalWhenBlock(WhenContexts contexts, Conjunctions<WhenClause> conditions, Block<GuardClause> block,
                                EvalContext context) {
        String recordContext = contexts.block;
        String whenContext = contexts.conditions;
        context.startRecord(recordContext);
        context.startRecord(whenContext);
        Status conditionStatus;
        try {
            conditionStatus = evalConjunctions(conditions, context, WHEN_CLAUSE);
        } catch (EvaluationException e) {
            context.endRecord(whenContext, new RecordType.WhenCondition(Status.FAIL));
            context.endRecord(recordContext, new RecordType.WhenCheck(new BlockCheck(false, Status.FAIL,
                    "Error " + e.getMessage() + " during type condition evaluation, bailing")));
            throw e;
        }
        if (conditionStatus != Status.PASS) {
            context.endRecord(whenContext, new RecordType.WhenCondition(conditionStatus));
            context.endRecord(recordContext, new RecordType.WhenCheck(new BlockCheck(false, Status.SKIP, null)));
            return Status.SKIP;
        }
        context.endRecord(whenContext, new RecordType.WhenCondition(Status.PASS));
        Status status;
        try {
            status = evalBlock(block, context, GUARD_CLAUSE);
        } catch (EvaluationException e) {
            context.endRecord(recordContext, new RecordType.WhenCheck(new BlockCheck(false, Status.FAIL,
                    "Error " + e.getMessage() + " during type condition evaluation, bailing")));
            throw e;
        }
        context.endRecord(recordContext, new RecordType.WhenCheck(new BlockCheck(false, status, null)));
        return status;
    }

    static Status evalBlockClause(GuardClause.BlockClause blockClause, EvalContext context) {
        String location = context.session().blockClauseLocation(blockClause);
        String recordContext = "BlockGuardClause#" + location;
        boolean matchAll = blockClause.query().matchAll();
        context.startRecord(recordContext);
        List<QueryResult> values;
        try {
            values = context.query(blockClause.query().parts());
        } catch (EvaluationException e) {
            context.endRecord(recordContext, new RecordType.BlockGuardCheck(new BlockCheck(!matchAll, Status.FAIL, null)));
            throw e;
        }
        if (values.isEmpty()) {
            Status status = blockClause.notEmpty() ? Status.FAIL : Status.SKIP;
            context.endRecord(recordContext, new RecordType.BlockGuardCheck(new BlockCheck(!matchAll, status, null)));
            return status;
        }
        int fails = 0;
        int passes = 0;
        for (QueryResult each : values) {
            if (each instanceof QueryResult.UnResolved unresolved) {
                fails++;
                String missingContext = "GuardBlockAccessClause#" + location;
                context.startRecord(missingContext);
                context.endRecord(missingContext, new RecordType.ClauseValueCheck(new ClauseCheck.MissingBlockValue(
                        new ClauseCheck.ValueCheck(unresolved, "Query " + ClauseText.query(blockClause.query().parts())
                                + " did not resolve to correct value, reason "
                                + (unresolved.reason() == null ? "" : unresolved.reason()), null, Status.FAIL))));
                continue;
            }
            Status status;
            try {
                status = evalBlock(blockClause.block(), new ValueScope(each.resolvedValue(), context), GUARD_CLAUSE);
            } catch (EvaluationException e) {
                context.endRecord(recordContext, new RecordType.BlockGuardCheck(new BlockCheck(!matchAll, Status.FAIL,
                        "Error " + e.getMessage() + " when handling block clause, bailing")));
                throw e;
            }
            if (status == Status.PASS) {
                passes++;
            } else if (status == Status.FAIL) {
                fails++;
            }
        }
        Status status = matchAll ? Status.allOf(passes, fails) : Status.anyOf(passes, fails);
        context.endRecord(recordContext, new RecordType.BlockGuardCheck(new BlockCheck(!matchAll, status, null)));
        return status;
    }

    static Status evalNamedRule(GuardClause.NamedRule named, EvalContext context) {
        String recordContext = context.session().namedRuleText(named);
        context.startRecord(recordContext);
        Status ruleStatus;
        try {
            ruleStatus = context.ruleStatus(named.ruleName());
        } catch (EvaluationException e) {
            context.endRecord(recordContext, new RecordType.ClauseValueCheck(new ClauseCheck.DependentRule(
                    named.ruleName(), recordContext + " failed due to error " + e.getMessage(), named.customMessage(),
                    Status.FAIL)));
            throw e;
        }
        // A skipped rule counts as not passed.
        boolean passed = ruleStatus == Status.PASS;
        Status status = passed != named.negation() ? Status.PASS : Status.FAIL;
        if (status == Status.PASS) {
            context.endRecord(recordContext, new RecordType.ClauseValueCheck(new ClauseCheck.Success()));
        } else {
            context.endRecord(recordContext, new RecordType.ClauseValueCheck(new ClauseCheck.DependentRule(
                    named.ruleName(), null, named.customMessage(), Status.FAIL)));
        }
        return status;
    }

    /**
     * The parameterized rule a call names, once the call may go ahead.
     *
     * @throws EvaluationException when there is no such rule, calls nest too deep, or the arity differs
     */
    static ParameterizedRule calledRule(GuardClause.ParameterizedNamedRule call, EvalContext context) {
        String name = call.namedRule().ruleName();
        ParameterizedRule rule = context.findParameterizedRule(name);
        int maxDepth = context.session().limits().maxRuleDepth();
        if (context.callDepth() >= maxDepth) {
            // Without a limit the reference recurses until its stack overflows.
            throw new EvaluationException(EvaluationException.Kind.PANIC,
                    "parameterized rule calls nest deeper than " + maxDepth + " levels at " + name);
        }
        if (rule.parameterNames().size() != call.arguments().size()) {
            throw new EvaluationException(EvaluationException.Kind.INCOMPATIBLE, "Arity mismatch for called parameter rule "
                    + name + ", expected " + rule.parameterNames().size() + ", got " + call.arguments().size());
        }
        return rule;
    }

    static Status evalParameterizedCall(GuardClause.ParameterizedNamedRule call, EvalContext context) {
        ParameterizedRule rule = calledRule(call, context);
        List<String> names = rule.parameterNames();
        Map<String, List<QueryResult>> parameters = names.size() == 1 ? null : new HashMap<>();
        for (int i = 0; i < call.arguments().size(); i++) {
            LetValue argument = call.arguments().get(i);
            List<QueryResult> value;
            if (argument instanceof LetValue.Literal literal) {
                value = List.of(new QueryResult.Resolved(literal.value()));
            } else if (argument instanceof LetValue.Query query) {
                value = context.query(query.query().parts());
            } else {
                value = context.session().builtins().call(((LetValue.Call) argument).function(), context);
            }
            if (parameters == null) {
                parameters = Map.of(names.get(0), value); // most rules take one parameter
            } else {
                parameters.put(names.get(i), value);
            }
        }
        return evalRule(rule.rule(), new ParameterScope(call, parameters, context));
    }

    static Status evalAccessClause(GuardClause.Access access, EvalContext context) {
        AccessClause clause = access.clause();
        boolean all = clause.query().matchAll();
        Session.AccessTexts texts = context.session().accessTexts(access);
        String blockContext = texts.block();
        context.startRecord(blockContext);
        ClauseOutcome outcome;
        try {
            if (clause.comparator().operator().isUnary()) {
                outcome = ClauseChecks.unary(clause, access.negation(), texts.clause(), context);
            } else {
                List<QueryResult> rhs = rightHandSide(access, all, blockContext, context);
                outcome = ClauseChecks.binary(clause, rhs, texts.clause(), context);
            }
        } catch (RhsFailure failure) {
            throw failure.cause;
        } catch (EvaluationException e) {
            context.endRecord(blockContext, new RecordType.GuardClauseBlockCheck(new BlockCheck(!all, Status.FAIL,
                    "Error " + e.getMessage() + " when handling clause, bailing")));
            throw e;
        }
        Status status = outcome.status(all);
        // Where nothing was selected the reference records "all", where it records "!all" elsewhere.
        boolean recordedAll = outcome.emptyStatus() != null ? all : !all;
        context.endRecord(blockContext, new RecordType.GuardClauseBlockCheck(new BlockCheck(recordedAll, status, null)));
        return status;
    }

    /** Carries an error whose record was already closed, past the generic handler. */
    private static final class RhsFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient EvaluationException cause;

        RhsFailure(EvaluationException cause) {
            super(null, null, false, false);
            this.cause = cause;
        }
    }

    private static List<QueryResult> rightHandSide(GuardClause.Access access, boolean all, String blockContext,
                                                   EvalContext context) {
        LetValue compareWith = access.clause().compareWith();
        if (compareWith == null) {
            context.endRecord(blockContext, new RecordType.GuardClauseBlockCheck(new BlockCheck(!all, Status.FAIL,
                    "Error not RHS for binary clause when handling clause, bailing")));
            throw new RhsFailure(missingRightHandSide(access, context));
        }
        if (compareWith instanceof LetValue.Literal literal) {
            return List.of(new QueryResult.Literal(literal.value()));
        }
        try {
            if (compareWith instanceof LetValue.Query query) {
                return context.query(query.query().parts());
            }
            return context.session().builtins().call(((LetValue.Call) compareWith).function(), context);
        } catch (EvaluationException e) {
            context.endRecord(blockContext, new RecordType.GuardClauseBlockCheck(new BlockCheck(!all, Status.FAIL,
                    "Error " + e.getMessage() + " when handling clause, bailing")));
            throw new RhsFailure(e);
        }
    }

    /** The error of a binary clause that has no right-hand side. */
    static EvaluationException missingRightHandSide(GuardClause.Access access, EvalContext context) {
        return new EvaluationException(EvaluationException.Kind.NOT_COMPARABLE, "GuardAccessClause "
                + context.session().accessTexts(access).block() + ", did not have a RHS for compare operation");
    }

    /** How many value checks of a clause passed and failed, or the status when nothing was selected. */
    record ClauseOutcome(int passes, int fails, Status emptyStatus) {
        /** The clause's status: the one for nothing selected, or {@link #status(boolean, int, int)}. */
        Status status(boolean matchAll) {
            return emptyStatus != null ? emptyStatus : status(matchAll, passes, fails);
        }

        /** With {@code matchAll} every check of a clause must pass, else one ({@code some}). */
        static Status status(boolean matchAll, int passes, int fails) {
            if (matchAll) {
                return fails > 0 ? Status.FAIL : Status.PASS;
            }
            return passes > 0 ? Status.PASS : Status.FAIL;
        }

        private static final ClauseOutcome EMPTY_PASS = new ClauseOutcome(0, 0, Status.PASS);
        private static final ClauseOutcome EMPTY_FAIL = new ClauseOutcome(0, 0, Status.FAIL);
        private static final ClauseOutcome EMPTY_SKIP = new ClauseOutcome(0, 0, Status.SKIP);

        static ClauseOutcome empty(Status status) {
            return switch (status) {
                case PASS -> EMPTY_PASS;
                case FAIL -> EMPTY_FAIL;
                case SKIP -> EMPTY_SKIP;
            };
        }

        private static final ClauseOutcome ONE_PASS = new ClauseOutcome(1, 0, null);
        private static final ClauseOutcome ONE_FAIL = new ClauseOutcome(0, 1, null);

        static ClauseOutcome of(int passes, int fails) {
            if (passes + fails == 1) {
                return passes == 1 ? ONE_PASS : ONE_FAIL; // most clauses look at one value
            }
            return new ClauseOutcome(passes, fails, null);
        }
    }
}

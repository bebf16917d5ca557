package dev.cfnguard.internal.eval;

import dev.cfnguard.internal.ast.Conjunctions;
import dev.cfnguard.internal.ast.GuardClause;
import dev.cfnguard.internal.ast.LetValue;
import dev.cfnguard.internal.ast.MapKeyFilterClause;
import dev.cfnguard.internal.ast.QueryPart;
import dev.cfnguard.internal.value.Value;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Walks a query over a value, step by step, producing what it selects and where it got stuck. Filters
 * evaluate clauses and so record events; variable references resolve through the scope. Thread-safe: its
 * only state is a cache of the case variants of the keys it was asked for.
 */
final class QueryResolver {

    /**
     * Each key's spellings under {@link CaseConverters#ALL}. The rules' keys are few and the conversions
     * (singularization by regex among them) are costly, and a missing key tries them all.
     */
    private final Map<String, Spellings> caseVariants = new ConcurrentHashMap<>();

    /** What a map-traversing step does with each (key, value) entry it visits. */
    @FunctionalInterface
    private interface EntryStep {
        List<QueryResult> apply(int index, List<QueryPart> query, Value key, Value value, EvalContext context,
                                UnaryOperator<String> converter);
    }

    /**
     * Resolves {@code query} from part {@code index} on, starting at {@code current}.
     *
     * @param converter the key-spelling fallback already chosen for this query, or null
     */
    List<QueryResult> retrieve(int index, List<QueryPart> query, Value current, EvalContext context,
                               UnaryOperator<String> converter) {
        if (index >= query.size()) {
            return List.of(new QueryResult.Resolved(current));
        }
        QueryPart part = query.get(index);
        if (index == 0 && part instanceof QueryPart.Key key && key.isVariable()) {
            return fromVariable(key.variableName(), query, context, converter);
        }
        if (part instanceof QueryPart.This) {
            return retrieve(index + 1, query, current, context, converter);
        }
        if (part instanceof QueryPart.Key key) {
            return key(key, index, query, current, context, converter);
        }
        if (part instanceof QueryPart.Index indexPart) {
            if (current instanceof Value.ListValue list) {
                return atIndex(indexPart.index(), index, query, list, context, converter);
            }
            return unresolved(current, () -> "Attempting to retrieve from index " + indexPart.index()
                    + " but type is not an array at path " + ValueText.path(current.path()) + ", type "
                    + ValueText.typeName(current), query, index);
        }
        if (part instanceof QueryPart.AllIndices all) {
            if (current instanceof Value.ListValue list) {
                return accumulate(current, index, query, list.elements(), context, converter);
            }
            if (current instanceof Value.MapValue map) {
                if (all.captureName() == null) {
                    return retrieve(index + 1, query, current, context, converter);
                }
                return accumulateMap(map, index, query, context, converter, capturing(all.captureName()));
            }
            // A single value stands for a list of one where a list is expected.
            return retrieve(index + 1, query, current, context, converter);
        }
        if (part instanceof QueryPart.AllValues all) {
            if (current instanceof Value.ListValue list) {
                return accumulate(current, index, query, list.elements(), context, converter);
            }
            if (current instanceof Value.MapValue map) {
                return accumulateMap(map, index, query, context, converter, capturing(all.captureName()));
            }
            return retrieve(index + 1, query, current, context, converter);
        }
        if (part instanceof QueryPart.Filter filter) {
            return filter(filter, index, query, current, context, converter);
        }
        return mapKeyFilter((QueryPart.MapKeyFilter) part, index, query, current, context, converter);
    }

    private List<QueryResult> fromVariable(String name, List<QueryPart> query, EvalContext context,
                                           UnaryOperator<String> converter) {
        List<QueryResult> values = context.resolveVariable(name);
        // "%var[*]" and "%var" both continue with the variable's values themselves.
        int next = query.size() > 1 && query.get(1) instanceof QueryPart.AllIndices ? 2 : 1;
        if (next >= query.size()) {
            return values;
        }
        List<QueryResult> resolved = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            QueryResult each = values.get(i);
            Value value = each.resolvedValue();
            if (value == null) {
                resolved.add(each);
            } else {
                resolved.addAll(retrieve(next, query, value, new ValueScope(value, context), converter));
            }
        }
        return resolved;
    }

    /** Rust's i32 parsing: an optional sign and decimal digits that fit. */
    static Integer parseIndex(String text) {
        if (!isInteger(text)) {
            return null;
        }
        try {
            return Integer.parseInt(text.startsWith("+") ? text.substring(1) : text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Whether {@code text} is an optional sign and one or more ASCII digits. */
    private static boolean isInteger(String text) {
        int start = !text.isEmpty() && (text.charAt(0) == '+' || text.charAt(0) == '-') ? 1 : 0;
        if (start == text.length()) {
            return false;
        }
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private List<QueryResult> key(QueryPart.Key part, int index, List<QueryPart> query, Value current,
                                  EvalContext context, UnaryOperator<String> converter) {
        String key = part.name();
        Integer numeric = parseIndex(key);
        if (numeric != null) {
            if (current instanceof Value.ListValue list) {
                return atIndex(numeric, index, query, list, context, converter);
            }
            return unresolved(current, () -> "Attempting to retrieve from index " + numeric
                    + " but type is not an array at path " + ValueText.path(current.path()), query, 0);
        }
        if (!(current instanceof Value.MapValue map)) {
            return unresolved(current, () -> "Attempting to retrieve from key " + key
                    + " but type is not an struct type at path " + ValueText.path(current.path()) + ", Type = "
                    + ValueText.typeName(current) + ", Value = " + ValueText.debug(current),
                    query, index);
        }
        if (part.isVariable()) {
            return projection(part.variableName(), index, query, map, context, converter);
        }
        Value found = map.entries().get(key);
        if (found != null) {
            return retrieve(index + 1, query, found, context, converter);
        }
        Spellings spellings = spellings(key);
        int spelling = spellings.heldBy(map.entries(), converter == null ? -1 : CaseConverters.ALL.indexOf(converter));
        if (spelling >= 0) {
            return retrieve(index + 1, query, map.entries().get(spellings.byConverter()[spelling]), context,
                    CaseConverters.ALL.get(spelling));
        }
        return unresolved(current, () -> "Could not find key " + key + " inside struct at path "
                + ValueText.path(map.path()), query, index);
    }

    private Spellings spellings(String key) {
        Spellings spellings = caseVariants.get(key);
        return spellings != null ? spellings : caseVariants.computeIfAbsent(key, Spellings::of);
    }

    /** {@code Resources.%names}: the keys named by a variable's values. */
    private List<QueryResult> projection(String variable, int index, List<QueryPart> query, Value.MapValue map,
                                         EvalContext context, UnaryOperator<String> converter) {
        List<QueryResult> keys = context.resolveVariable(variable);
        if (query.size() > index + 1) {
            QueryPart next = query.get(index + 1);
            if (next instanceof QueryPart.Index indexPart) {
                int check = Math.abs(indexPart.index());
                if (check < keys.size()) {
                    keys = List.of(keys.get(check));
                } else {
                    List<QueryResult> all = keys;
                    return unresolved(map, () -> "Index " + check + " on the set of values returned for variable "
                            + variable + " on the join, is out of bounds. Length " + all.size() + ", Values = "
                            + ValueText.debugResults(all), query, index);
                }
            } else if (!(next instanceof QueryPart.AllIndices) && !(next instanceof QueryPart.Key)) {
                throw new EvaluationException(EvaluationException.Kind.INCOMPATIBLE, "This type of query "
                        + ClauseText.queryPart(query.get(1)) + " based variable interpolation is not supported "
                        + ValueText.typeName(map) + ", " + ClauseText.query(query));
            }
        }
        List<QueryResult> selected = new ArrayList<>();
        for (QueryResult each : keys) {
            if (each instanceof QueryResult.UnResolved unresolved) {
                selected.addAll(unresolved(map, () -> "Keys returned for variable " + variable
                        + " could not completely resolve. Path traversed until "
                        + ValueText.path(unresolved.traversedTo().path())
                        + (unresolved.reason() == null ? "" : unresolved.reason()),
                        query, index));
                continue;
            }
            Value key = each.resolvedValue();
            if (key instanceof Value.StringValue name) {
                selected.addAll(projectKey(name.value(), map, map, index, query, context, converter));
            } else if (key instanceof Value.ListValue names) {
                for (Value element : names.elements()) {
                    if (!(element instanceof Value.StringValue name)) {
                        throw nonStringKey(query, key);
                    }
                    selected.addAll(projectKey(name.value(), element, map, index, query, context, converter));
                }
            } else {
                throw nonStringKey(query, key);
            }
        }
        return selected;
    }

    private List<QueryResult> projectKey(String name, Value pathOwner, Value.MapValue map, int index,
                                         List<QueryPart> query, EvalContext context,
                                         UnaryOperator<String> converter) {
        Value next = map.entries().get(name);
        if (next != null) {
            return retrieve(index + 1, query, next, context, converter);
        }
        return unresolved(map, () -> "Could not locate key = " + name + " inside struct at path = "
                + ValueText.path(pathOwner.path()), query, index);
    }

    private static EvaluationException nonStringKey(List<QueryPart> query, Value key) {
        return new EvaluationException(EvaluationException.Kind.NOT_COMPARABLE, "Variable projections inside Query "
                + ClauseText.query(query) + ", is returning a non-string value for key " + ValueText.typeName(key)
                + ", (" + debugPath(key) + ", " + ValueText.debug(key) + ")");
    }

    private static String debugPath(Value value) {
        return "Path(" + RustFormat.stringDebug(value.path().pointer()) + ", Location { line: "
                + value.path().location().line() + ", col: " + value.path().location().column() + " })";
    }

    private List<QueryResult> atIndex(int position, int index, List<QueryPart> query, Value.ListValue list,
                                      EvalContext context, UnaryOperator<String> converter) {
        // The reference counts negative indices from the start: [-1] is the second element.
        int check = Math.abs(position);
        if (check < list.elements().size()) {
            return retrieve(index + 1, query, list.elements().get(check), context, converter);
        }
        return unresolved(list, () -> "Array Index out of bounds for path = " + ValueText.path(list.path())
                + " on index = " + position + " inside Array = " + ValueText.debug(list.elements())
                + ", remaining query = " + ClauseText.query(query), query, 0);
    }

    private List<QueryResult> accumulate(Value parent, int index, List<QueryPart> query, List<Value> elements,
                                         EvalContext context, UnaryOperator<String> converter) {
        if (elements.isEmpty()) {
            return noMoreEntries(parent, index, query);
        }
        List<QueryResult> accumulated = new ArrayList<>();
        for (Value each : elements) {
            accumulated.addAll(retrieve(index + 1, query, each, context, converter));
        }
        return accumulated;
    }

    private List<QueryResult> accumulateMap(Value.MapValue map, int index, List<QueryPart> query,
                                            EvalContext context, UnaryOperator<String> converter, EntryStep step) {
        if (map.entries().isEmpty()) {
            return noMoreEntries(map, index, query);
        }
        List<QueryResult> resolved = new ArrayList<>();
        Iterator<Value.StringValue> keys = map.keys().iterator();
        // Keys and values are paired in order, as far as both go.
        for (Map.Entry<String, Value> entry : map.entries().entrySet()) {
            if (!keys.hasNext()) {
                break;
            }
            Value key = keys.next();
            Value value = entry.getValue();
            resolved.addAll(step.apply(index + 1, query, key, value, new ValueScope(value, context), converter));
        }
        return resolved;
    }

    private List<QueryResult> noMoreEntries(Value parent, int index, List<QueryPart> query) {
        return unresolved(parent, () -> "No more entries for value at path = " + ValueText.path(parent.path())
                + " on type = " + ValueText.typeName(parent) + " ", query, index);
    }

    private EntryStep capturing(String captureName) {
        return (index, query, key, value, context, converter) -> {
            if (captureName != null) {
                context.addVariableCaptureKey(captureName, key);
            }
            return retrieve(index, query, value, context, converter);
        };
    }

    private EntryStep filtering(Conjunctions<GuardClause> clauses, String captureName) {
        return (index, query, key, value, context, converter) -> {
            String recordContext = filterContext("Filter/Map#", clauses, context);
            startRecord(context, recordContext);
            Status status;
            try {
                status = holds(clauses, context);
            } catch (EvaluationException e) {
                endRecord(context, recordContext, new RecordType.Filter(Status.FAIL));
                throw e;
            }
            endRecord(context, recordContext, new RecordType.Filter(status));
            if (captureName != null && status == Status.PASS) {
                context.addVariableCaptureKey(captureName, key);
            }
            return status == Status.PASS ? retrieve(index, query, value, context, converter) : List.of();
        };
    }

    /** The status of a filter's clauses for one candidate, recorded or not as the evaluation goes. */
    private static Status holds(Conjunctions<GuardClause> clauses, EvalContext context) {
        Session session = context.session();
        return session.recording() ? RuleEvaluator.evalConjunctions(clauses, context, RuleEvaluator.GUARD_CLAUSE)
                : session.statuses().evalFilter(clauses, context);
    }

    /** Starts a record; a null context stands for an evaluation that keeps none, and skips the call. */
    private static void startRecord(EvalContext context, String recordContext) {
        if (recordContext != null) {
            context.startRecord(recordContext);
        }
    }

    /** Ends a record started by {@link #startRecord}. */
    private static void endRecord(EvalContext context, String recordContext, RecordType record) {
        if (recordContext != null) {
            context.endRecord(recordContext, record);
        }
    }

    /** A filter's record context; null without records, where it would be made for every candidate. */
    private static String filterContext(String kind, Conjunctions<GuardClause> clauses, EvalContext context) {
        return context.session().recording() ? kind + clauses.disjunctions().size() : null;
    }

    private List<QueryResult> filter(QueryPart.Filter filter, int index, List<QueryPart> query, Value current,
                                     EvalContext context, UnaryOperator<String> converter) {
        Conjunctions<GuardClause> clauses = filter.clauses();
        QueryPart previous = index > 0 ? query.get(index - 1) : null;
        if (current instanceof Value.MapValue map) {
            if (previous instanceof QueryPart.AllValues || previous instanceof QueryPart.AllIndices) {
                // The clauses run in the caller's scope: after a list step that is not the map itself.
                return filtering(clauses, null).apply(index + 1, query, current, current, context, converter);
            }
            if (previous instanceof QueryPart.Key) {
                if (map.entries().isEmpty()) {
                    return List.of();
                }
                return accumulateMap(map, index, query, context, converter, filtering(clauses, filter.captureName()));
            }
            throw new EvaluationException(EvaluationException.Kind.PANIC, "internal error: entered unreachable code");
        }
        if (current instanceof Value.ListValue list) {
            List<QueryResult> selected = new ArrayList<>();
            for (Value each : list.elements()) {
                String recordContext = filterContext("Filter/List#", clauses, context);
                startRecord(context, recordContext);
                Status status;
                try {
                    status = holds(clauses, new ValueScope(each, context));
                } catch (EvaluationException e) {
                    endRecord(context, recordContext, new RecordType.Filter(Status.FAIL));
                    throw e;
                }
                endRecord(context, recordContext, new RecordType.Filter(status));
                if (status == Status.PASS) {
                    selected.addAll(retrieve(index + 1, query, each, context, converter));
                }
            }
            return selected;
        }
        if (previous instanceof QueryPart.AllIndices) {
            Status status = holds(clauses, new ValueScope(current, context));
            return status == Status.PASS ? retrieve(index + 1, query, current, context, converter) : List.of();
        }
        return unresolved(current, () -> "Filter on value type that was not a struct or array "
                + ValueText.typeName(current) + " " + ValueText.path(current.path()), query, index);
    }

    private List<QueryResult> mapKeyFilter(QueryPart.MapKeyFilter part, int index, List<QueryPart> query,
                                           Value current, EvalContext context, UnaryOperator<String> converter) {
        if (!(current instanceof Value.MapValue map)) {
            return unresolved(current, () -> "Map Filter for keys was not a struct " + ValueText.typeName(current) + " "
                    + ValueText.path(current.path()), query, index);
        }
        MapKeyFilterClause clause = part.clause();
        LetValue compareWith = clause.compareWith();
        List<QueryResult> rhs;
        if (compareWith instanceof LetValue.Query q) {
            rhs = retrieve(0, q.query().parts(), current, context, converter);
        } else if (compareWith instanceof LetValue.Literal literal) {
            rhs = List.of(new QueryResult.Literal(literal.value()));
        } else {
            rhs = context.session().builtins().call(((LetValue.Call) compareWith).function(), context);
        }
        List<QueryResult> selected = new ArrayList<>();
        for (Value each : ClauseChecks.keyComparison(map.keys(), rhs, clause.comparator(), context)) {
            if (each instanceof Value.StringValue key) {
                selected.addAll(retrieve(index + 1, query, map.entries().get(key.value()), context, converter));
            }
        }
        return selected;
    }

    /** Where a query stopped: at {@code current}, with the parts of {@code query} from {@code from} left. */
    private static List<QueryResult> unresolved(Value current, Supplier<String> reason, List<QueryPart> query,
                                                int from) {
        return List.of(new QueryResult.UnResolved(current, query, from, reason));
    }
}

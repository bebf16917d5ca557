package dev.cfnguard.internal.eval;

import dev.cfnguard.internal.value.Value;
import java.util.ArrayList;
import java.util.List;

/** {@code path.*[ clauses ]}: the values of the map at {@code path} for which the clauses hold. */
final class FilteredValues {
    static final FilteredValues NONE = new FilteredValues(null, null);

    private final KeyPath path;
    private final StatusCheck clauses;

    FilteredValues(KeyPath path, StatusCheck clauses) {
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

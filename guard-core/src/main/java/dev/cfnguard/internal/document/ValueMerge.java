package dev.cfnguard.internal.document;

import dev.cfnguard.internal.value.Path;
import dev.cfnguard.internal.value.Value;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Combines documents as the reference does for {@code validate --input-parameters}: the parameter files
 * are merged with each other, then with each data file. Two mappings join (a key present in both is an
 * error); two sequences concatenate; anything else is an error. Stateless and thread-safe.
 */
public final class ValueMerge {

    private ValueMerge() {
    }

    /** Two documents that cannot be merged. */
    public static final class MergeException extends Exception {
        private final boolean conflict;

        MergeException(String message, boolean conflict) {
            super(message);
            this.conflict = conflict;
        }

        /** True for a key present in both mappings, false for values of different kinds. */
        public boolean isConflict() {
            return conflict;
        }

        /** The reference's error text (what it prints after "Error occurred "). */
        public String referenceDisplay() {
            return conflict
                    ? "Conflicting rule or variable assignments inside the same scope `" + getMessage() + "`"
                    : "Types or variable assignments are incompatible `" + getMessage() + "`";
        }
    }

    /**
     * {@code primary} with {@code other} merged in. The result keeps {@code primary}'s path; entries taken
     * from {@code other} keep their own paths and locations, and their keys get {@code other}'s location
     * with the pointer of the entry, as in the reference.
     *
     * @throws MergeException for a repeated key ({@code Key x, already exists in map}) or values of
     *                        different kinds ({@code Types are not compatible for merges map, array})
     */
    public static Value merge(Value primary, Value other) throws MergeException {
        if (primary instanceof Value.ListValue list && other instanceof Value.ListValue more) {
            List<Value> elements = new ArrayList<>(list.elements());
            elements.addAll(more.elements());
            return new Value.ListValue(list.path(), elements);
        }
        if (primary instanceof Value.MapValue map && other instanceof Value.MapValue more) {
            List<Value.StringValue> keys = new ArrayList<>(map.keys());
            Map<String, Value> entries = new LinkedHashMap<>(map.entries());
            Path from = more.path();
            for (Map.Entry<String, Value> entry : more.entries().entrySet()) {
                if (entries.containsKey(entry.getKey())) {
                    throw new MergeException("Key " + entry.getKey() + ", already exists in map", true);
                }
                entries.put(entry.getKey(), entry.getValue());
                keys.add(new Value.StringValue(new Path(from.pointer() + "/" + entry.getKey(), from.location()),
                        entry.getKey()));
            }
            return new Value.MapValue(map.path(), keys, entries);
        }
        throw new MergeException("Types are not compatible for merges " + primary.typeName() + ", "
                + other.typeName(), false);
    }
}

package dev.cfnguard.internal.eval;

import dev.cfnguard.internal.ast.QueryPart;
import dev.cfnguard.internal.value.Value;
import java.util.List;

/**
 * A query of map keys and list indices ({@code Properties.Image}, {@code User.'Fn::If'[1]}, {@code this}
 * steps allowed), compiled once to resolve without result lists: such a query selects exactly one result,
 * the value or the point where it stops. Resolves as {@link QueryResolver#retrieve} does, missing keys'
 * other spellings included. Thread-safe.
 */
final class KeyPath {

    /** Each step's key, null for an index step. */
    private final String[] keys;
    /** Each index step's position, as the reference counts it (a negative index counts from the start). */
    private final int[] positions;
    /**
     * Each key's other spellings, made at its first miss: they cost tens of microseconds a key (singulars by
     * regex), and most keys of most rules are never missing. Racy by design: a spelling is immutable, so a
     * reader sees a whole one or null, and at worst makes it again.
     */
    private final Spellings[] spellings;

    private KeyPath(String[] keys, int[] positions) {
        this.keys = keys;
        this.positions = positions;
        this.spellings = new Spellings[keys.length];
    }

    /**
     * The compiled path, or null when {@code query} is not one (it has a variable, a filter, a wildcard...).
     * No steps at all make the path to the current value.
     */
    static KeyPath of(List<QueryPart> query) {
        List<QueryPart> steps = query.stream().filter(part -> !(part instanceof QueryPart.This)).toList();
        String[] keys = new String[steps.size()];
        int[] positions = new int[steps.size()];
        for (int i = 0; i < keys.length; i++) {
            QueryPart step = steps.get(i);
            if (step instanceof QueryPart.Index index) {
                positions[i] = Math.abs(index.index());
            } else if (step instanceof QueryPart.Key key && !key.isVariable()
                    && QueryResolver.parseIndex(key.name()) == null) {
                keys[i] = key.name();
            } else {
                return null;
            }
        }
        return new KeyPath(keys, positions);
    }

    /** The value the path selects from {@code current}, or null where it stops unresolved. */
    Value resolve(Value current) {
        int converter = -1; // once a key is found under a converter's spelling, later keys try that one only
        for (int i = 0; i < keys.length; i++) {
            String key = keys[i];
            if (key == null) {
                if (!(current instanceof Value.ListValue list) || positions[i] >= list.elements().size()) {
                    return null;
                }
                current = list.elements().get(positions[i]);
                continue;
            }
            if (!(current instanceof Value.MapValue map)) {
                return null;
            }
            Value found = map.entries().get(key);
            if (found == null) {
                Spellings others = spellings[i];
                if (others == null) {
                    others = Spellings.of(key);
                    spellings[i] = others;
                }
                converter = others.heldBy(map.entries(), converter);
                if (converter < 0) {
                    return null;
                }
                found = map.entries().get(others.byConverter()[converter]);
            }
            current = found;
        }
        return current;
    }
}

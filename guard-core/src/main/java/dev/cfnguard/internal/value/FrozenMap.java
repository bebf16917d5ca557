package dev.cfnguard.internal.value;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The entries of a {@link Value.MapValue}: an immutable map in insertion order, held in two arrays.
 * A template has hundreds of thousands of small mappings, and a linked hash map costs several times
 * the memory of its entries; small maps are searched in order, larger ones through an open-addressing
 * table of positions. Thread-safe.
 */
final class FrozenMap extends AbstractMap<String, Value> {

    private static final int LINEAR_LIMIT = 8;

    private final String[] keys;
    private final Value[] values;
    /** Positions plus one, by hash; null for small maps. */
    private final int[] slots;
    /**
     * Bit {@code hash & 63} is set for every key's hash: most look-ups miss (rules probe for optional keys,
     * in several spellings), and a clear bit settles one without reading any key.
     */
    private final long hashBits;

    private FrozenMap(String[] keys, Value[] values) {
        this.keys = keys;
        this.values = values;
        this.slots = keys.length > LINEAR_LIMIT ? table(keys) : null;
        long bits = 0;
        for (String key : keys) {
            bits |= 1L << key.hashCode();
        }
        this.hashBits = bits;
    }

    /** {@code entries} in its iteration order; itself when it is a frozen map already. */
    static Map<String, Value> copyOf(Map<String, Value> entries) {
        if (entries instanceof FrozenMap frozen) {
            return frozen;
        }
        String[] keys = new String[entries.size()];
        Value[] values = new Value[keys.length];
        int i = 0;
        for (Map.Entry<String, Value> entry : entries.entrySet()) {
            keys[i] = java.util.Objects.requireNonNull(entry.getKey(), "key");
            values[i] = entry.getValue();
            i++;
        }
        return new FrozenMap(keys, values);
    }

    private static int[] table(String[] keys) {
        int[] slots = new int[Integer.highestOneBit(keys.length * 2 - 1) << 1];
        int mask = slots.length - 1;
        for (int i = 0; i < keys.length; i++) {
            int slot = spread(keys[i].hashCode()) & mask;
            while (slots[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = i + 1;
        }
        return slots;
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }

    private int indexOf(Object key) {
        if (!(key instanceof String)) {
            return -1;
        }
        int hash = key.hashCode();
        if ((hashBits & (1L << hash)) == 0) {
            return -1;
        }
        if (slots == null) {
            // Loaded documents' keys and the rules' are interned: most look-ups that hit find their key by
            // identity, reading neither text.
            for (int i = 0; i < keys.length; i++) {
                if (keys[i] == key) {
                    return i;
                }
            }
            // Comparing the cached hashes first leaves the keys' characters unread.
            for (int i = 0; i < keys.length; i++) {
                if (keys[i].hashCode() == hash && keys[i].equals(key)) {
                    return i;
                }
            }
            return -1;
        }
        int mask = slots.length - 1;
        for (int slot = spread(hash) & mask; slots[slot] != 0; slot = (slot + 1) & mask) {
            int i = slots[slot] - 1;
            if (keys[i].equals(key)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public Value get(Object key) {
        int i = indexOf(key);
        return i < 0 ? null : values[i];
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    @Override
    public int size() {
        return keys.length;
    }

    @Override
    public Set<Map.Entry<String, Value>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<String, Value>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < keys.length;
                    }

                    @Override
                    public Map.Entry<String, Value> next() {
                        if (next >= keys.length) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return new SimpleImmutableEntry<>(keys[i], values[i]);
                    }
                };
            }

            @Override
            public int size() {
                return keys.length;
            }
        };
    }
}

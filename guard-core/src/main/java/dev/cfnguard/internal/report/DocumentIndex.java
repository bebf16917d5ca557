package dev.cfnguard.internal.report;

import dev.cfnguard.internal.value.Value;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * The nodes of a document by path pointer, for the reports that look resources up by path. When two
 * nodes share a pointer (keys containing {@code /} make that possible) the one met last in document
 * order wins, as in the reference's index. Built at the first look-up that needs it: most reports ask
 * only whether the document has {@code /Resources}, which its root answers. Thread-safe.
 */
final class DocumentIndex {

    private final Value root;
    private Map<String, Value> nodes;

    DocumentIndex(Value root) {
        this.root = root;
    }

    private synchronized Map<String, Value> nodes() {
        if (nodes == null) {
            nodes = build(root);
        }
        return nodes;
    }

    private static Map<String, Value> build(Value root) {
        Map<String, Value> nodes = new HashMap<>();
        Deque<Value> pending = new ArrayDeque<>();
        pending.push(root);
        while (!pending.isEmpty()) {
            Value value = pending.pop();
            nodes.put(value.path().pointer(), value);
            Object[] children = children(value);
            for (int i = children.length - 1; i >= 0; i--) {
                pending.push((Value) children[i]);
            }
        }
        nodes.put("/", root);
        return nodes;
    }

    private static Object[] children(Value value) {
        if (value instanceof Value.ListValue list) {
            return list.elements().toArray();
        }
        if (value instanceof Value.MapValue map) {
            return map.entries().values().toArray();
        }
        return new Object[0];
    }

    /** The node at {@code pointer}, or null. */
    Value at(String pointer) {
        return nodes().get(pointer);
    }

    boolean has(String pointer) {
        // A top-level entry has the pointer asked for: no need to index the whole document to know.
        if (root instanceof Value.MapValue map && pointer.lastIndexOf('/') == 0) {
            Value entry = map.entries().get(pointer.substring(1));
            if (entry != null && entry.path().pointer().equals(pointer)) {
                return true;
            }
        }
        return nodes().containsKey(pointer);
    }
}

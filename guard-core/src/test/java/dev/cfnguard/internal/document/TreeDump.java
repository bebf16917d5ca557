package dev.cfnguard.internal.document;

import dev.cfnguard.internal.value.FloatFormat;
import dev.cfnguard.internal.value.Value;
import dev.cfnguard.internal.value.ValueJson;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Test helper: a loaded tree as text, one line per node in document order, then one per key of each
 * mapping: {@code node /Resources/B 3:4 {"Type":"x"}} and {@code key /Resources/B 3:4 "Type"}
 * (pointer, 0-based line:column, compact JSON; infinities and NaN as {@code #inf}, {@code #NaN}).
 */
final class TreeDump {

    private TreeDump() {
    }

    static String render(Value root) {
        StringBuilder out = new StringBuilder();
        Deque<Value> pending = new ArrayDeque<>();
        pending.push(root);
        while (!pending.isEmpty()) {
            Value value = pending.pop();
            line(out, "node", value.path(), json(value));
            if (value instanceof Value.ListValue list) {
                for (int i = list.elements().size() - 1; i >= 0; i--) {
                    pending.push(list.elements().get(i));
                }
            } else if (value instanceof Value.MapValue map) {
                for (Value.StringValue key : map.keys()) {
                    line(out, "key", key.path(), json(key));
                }
                Value[] children = map.entries().values().toArray(new Value[0]);
                for (int i = children.length - 1; i >= 0; i--) {
                    pending.push(children[i]);
                }
            }
        }
        return out.toString();
    }

    private static void line(StringBuilder out, String what, dev.cfnguard.internal.value.Path path, String json) {
        out.append(what).append(' ').append(path.pointer().isEmpty() ? "(root)" : path.pointer()).append(' ')
                .append(path.location().line()).append(':').append(path.location().column()).append(' ')
                .append(json).append('\n');
    }

    /** Compact JSON, with non-finite floats spelled out since JSON cannot hold them. */
    static String json(Value value) {
        try {
            if (value instanceof Value.FloatValue f && !Double.isFinite(f.value())) {
                return "#" + FloatFormat.display(f.value());
            }
            if (value instanceof Value.ListValue list) {
                StringBuilder out = new StringBuilder("[");
                for (Value element : list.elements()) {
                    out.append(out.length() > 1 ? "," : "").append(json(element));
                }
                return out.append(']').toString();
            }
            if (value instanceof Value.MapValue map) {
                StringBuilder out = new StringBuilder("{");
                for (var entry : map.entries().entrySet()) {
                    out.append(out.length() > 1 ? "," : "");
                    ValueJson.appendString(entry.getKey(), out);
                    out.append(':').append(json(entry.getValue()));
                }
                return out.append('}').toString();
            }
            return ValueJson.compact(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package dev.cfnguard.internal.value;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Converts between {@link Value} trees and the trees Java programs already hold: plain objects
 * ({@code Map} with string keys, {@code List}, {@code String}, numbers, {@code Boolean}, {@code null}) and
 * Jackson's {@link JsonNode}. Values made here carry their JSON-pointer path and no source position.
 * Stateless.
 */
public final class JavaValues {

    private JavaValues() {}

    /**
     * @param maxDepth deepest nesting accepted (the root collection is depth 1)
     * @throws IllegalArgumentException for a map key that is not a string, an object of another type,
     *                                  a cycle, or nesting deeper than {@code maxDepth}
     */
    public static Value fromJava(Object tree, int maxDepth) {
        return fromJava(tree, Path.ROOT, 0, maxDepth, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private static Value fromJava(Object object, Path path, int depth, int maxDepth, Set<Object> open) {
        if (object instanceof Map<?, ?> || object instanceof List<?> || object instanceof JsonNode node
                && node.isContainerNode()) {
            if (depth + 1 > maxDepth) {
                throw new IllegalArgumentException("nested deeper than " + maxDepth + " at " + pointer(path));
            }
            if (!open.add(object)) {
                throw new IllegalArgumentException("the tree contains itself at " + pointer(path));
            }
        }
        try {
            return convert(object, path, depth, maxDepth, open);
        } finally {
            open.remove(object);
        }
    }

    private static Value convert(Object object, Path path, int depth, int maxDepth, Set<Object> open) {
        if (object == null) {
            return new Value.NullValue(path);
        }
        if (object instanceof JsonNode node) {
            return fromJson(node, path, depth, maxDepth, open);
        }
        if (object instanceof String s) {
            return new Value.StringValue(path, s);
        }
        if (object instanceof Character c) {
            return new Value.StringValue(path, c.toString());
        }
        if (object instanceof Boolean b) {
            return new Value.BoolValue(path, b);
        }
        if (object instanceof Long || object instanceof Integer || object instanceof Short
                || object instanceof Byte) {
            return new Value.IntValue(path, ((Number) object).longValue());
        }
        if (object instanceof BigInteger big) {
            return big.bitLength() < 64 ? new Value.IntValue(path, big.longValue())
                    : new Value.FloatValue(path, big.doubleValue());
        }
        if (object instanceof Double || object instanceof Float || object instanceof BigDecimal) {
            return new Value.FloatValue(path, ((Number) object).doubleValue());
        }
        if (object instanceof Map<?, ?> map) {
            List<Value.StringValue> keys = new ArrayList<>(map.size());
            Map<String, Value> entries = new LinkedHashMap<>();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!(entry.getKey() instanceof String key)) {
                    throw new IllegalArgumentException("a map key that is not a string at " + pointer(path) + ": "
                            + entry.getKey());
                }
                keys.add(new Value.StringValue(path, key));
                entries.put(key, fromJava(entry.getValue(), path.child(key, Location.NONE), depth + 1, maxDepth,
                        open));
            }
            return new Value.MapValue(path, keys, entries);
        }
        if (object instanceof List<?> list) {
            List<Value> elements = new ArrayList<>(list.size());
            for (Object element : list) {
                elements.add(fromJava(element, path.child(elements.size(), Location.NONE), depth + 1, maxDepth,
                        open));
            }
            return new Value.ListValue(path, elements);
        }
        throw new IllegalArgumentException("cannot use a " + object.getClass().getName() + " as a document value at "
                + pointer(path));
    }

    private static Value fromJson(JsonNode node, Path path, int depth, int maxDepth, Set<Object> open) {
        if (node.isObject()) {
            List<Value.StringValue> keys = new ArrayList<>(node.size());
            Map<String, Value> entries = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                keys.add(new Value.StringValue(path, field.getKey()));
                entries.put(field.getKey(), fromJava(field.getValue(), path.child(field.getKey(), Location.NONE),
                        depth + 1, maxDepth, open));
            }
            return new Value.MapValue(path, keys, entries);
        }
        if (node.isArray()) {
            List<Value> elements = new ArrayList<>(node.size());
            for (JsonNode element : node) {
                elements.add(fromJava(element, path.child(elements.size(), Location.NONE), depth + 1, maxDepth,
                        open));
            }
            return new Value.ListValue(path, elements);
        }
        if (node.isTextual()) {
            return new Value.StringValue(path, node.textValue());
        }
        if (node.isBoolean()) {
            return new Value.BoolValue(path, node.booleanValue());
        }
        if (node.isIntegralNumber()) {
            return node.canConvertToLong() ? new Value.IntValue(path, node.longValue())
                    : new Value.FloatValue(path, node.doubleValue());
        }
        if (node.isNumber()) {
            return new Value.FloatValue(path, node.doubleValue());
        }
        if (node.isNull() || node.isMissingNode()) {
            return new Value.NullValue(path);
        }
        throw new IllegalArgumentException("cannot use a JSON " + node.getNodeType() + " node as a document value at "
                + pointer(path));
    }

    /**
     * The plain Java form of {@code value}: {@code LinkedHashMap}, {@code ArrayList}, {@code String},
     * {@code Long}, {@code Double}, {@code Boolean} or {@code null}; a regex literal becomes its pattern, a
     * character a one-character string and a range its text ({@code r[1,5)}). Iterative, so any depth is fine.
     */
    public static Object toJava(Value value) {
        Deque<Runnable> work = new ArrayDeque<>();
        Object[] root = new Object[1];
        convertTo(value, result -> root[0] = result, work);
        while (!work.isEmpty()) {
            work.pop().run();
        }
        return root[0];
    }

    private interface Sink {
        void accept(Object converted);
    }

    private static void convertTo(Value value, Sink sink, Deque<Runnable> work) {
        if (value instanceof Value.MapValue map) {
            Map<String, Object> out = new LinkedHashMap<>();
            sink.accept(out);
            for (Map.Entry<String, Value> entry : map.entries().entrySet()) {
                out.put(entry.getKey(), null);
                work.push(() -> convertTo(entry.getValue(), converted -> out.put(entry.getKey(), converted), work));
            }
        } else if (value instanceof Value.ListValue list) {
            List<Object> out = new ArrayList<>(Collections.nCopies(list.elements().size(), null));
            sink.accept(out);
            for (int i = 0; i < list.elements().size(); i++) {
                int index = i;
                work.push(() -> convertTo(list.elements().get(index), converted -> out.set(index, converted), work));
            }
        } else {
            sink.accept(scalar(value));
        }
    }

    private static Object scalar(Value value) {
        if (value instanceof Value.StringValue s) {
            return s.value();
        } else if (value instanceof Value.IntValue i) {
            return i.value();
        } else if (value instanceof Value.FloatValue f) {
            return f.value();
        } else if (value instanceof Value.BoolValue b) {
            return b.value();
        } else if (value instanceof Value.RegexValue r) {
            return r.pattern();
        } else if (value instanceof Value.CharValue c) {
            return String.valueOf(c.value());
        } else if (value instanceof Value.RangeValue) {
            return ValueJson.compact(value);
        }
        return null;
    }

    private static String pointer(Path path) {
        return path.pointer().isEmpty() ? "the root" : path.pointer();
    }
}

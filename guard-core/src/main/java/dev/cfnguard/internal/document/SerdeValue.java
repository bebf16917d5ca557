package dev.cfnguard.internal.document;

import dev.cfnguard.internal.value.Location;
import dev.cfnguard.internal.value.Path;
import dev.cfnguard.internal.value.Value;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A test-file value as the reference first reads it (a serde_yaml value: untyped keys, tags kept),
 * before it becomes a {@link Value}. Only test files go through this form.
 */
sealed interface SerdeValue {

    record Null() implements SerdeValue {}

    record Bool(boolean value) implements SerdeValue {}

    /** An integer; {@code unsigned} when it was read as u64 (so values above i64's range wrap). */
    record Int(long value, boolean unsigned) implements SerdeValue {}

    record Float(double value) implements SerdeValue {}

    record Str(String value) implements SerdeValue {}

    record Seq(List<SerdeValue> elements) implements SerdeValue {}

    record Entry(SerdeValue key, SerdeValue value) {}

    record Mapping(List<Entry> entries) implements SerdeValue {}

    /** A node with a local tag; {@code name} is the tag without its first {@code !}. */
    record Tagged(String name, SerdeValue value) implements SerdeValue {}

    /**
     * Converts to a {@link Value} as the reference does for test inputs: every location is 0:0, and a
     * mapping key carries its entry's path (not the mapping's, unlike data files).
     *
     * @throws DocumentException of kind {@link Kind#NON_STRING_KEY} for a key that is not a string
     */
    static Value toValue(SerdeValue root, String sourceName) throws DocumentException {
        return convert(root, "", sourceName);
    }

    private static Value convert(SerdeValue node, String pointer, String sourceName) throws DocumentException {
        Path path = new Path(pointer, Location.NONE);
        if (node instanceof Null) {
            return new Value.NullValue(path);
        } else if (node instanceof Bool b) {
            return new Value.BoolValue(path, b.value());
        } else if (node instanceof Int i) {
            return new Value.IntValue(path, i.value());
        } else if (node instanceof Float f) {
            return new Value.FloatValue(path, f.value());
        } else if (node instanceof Str s) {
            return new Value.StringValue(path, s.value());
        } else if (node instanceof Seq seq) {
            List<Value> elements = new ArrayList<>(seq.elements().size());
            for (SerdeValue element : seq.elements()) {
                elements.add(convert(element, pointer + "/" + elements.size(), sourceName));
            }
            return new Value.ListValue(path, elements);
        } else if (node instanceof Mapping mapping) {
            List<Value.StringValue> keys = new ArrayList<>();
            Map<String, Value> entries = new LinkedHashMap<>();
            for (Entry entry : mapping.entries()) {
                if (!(entry.key() instanceof Str key)) {
                    throw DocumentException.nonStringKeyInTestInput(sourceName);
                }
                String childPointer = pointer + "/" + key.value();
                keys.add(new Value.StringValue(new Path(childPointer, Location.NONE), key.value()));
                entries.put(key.value(), convert(entry.value(), childPointer, sourceName));
            }
            return new Value.MapValue(path, keys, entries);
        }
        Tagged tagged = (Tagged) node;
        // The reference prints the tag as "!" + name without a leading "!" and rewrites only tags
        // that then hold exactly one "!".
        String name = tagged.name().startsWith("!") ? tagged.name().substring(1) : tagged.name();
        String function = name.indexOf('!') >= 0 ? null : IntrinsicTags.forAnyNode(name);
        if (function == null) {
            return convert(tagged.value(), pointer, sourceName);
        }
        String inner = pointer + "/" + function;
        Value.StringValue key = new Value.StringValue(new Path(inner, Location.NONE), function);
        return new Value.MapValue(path, List.of(key), Map.of(function, convert(tagged.value(), inner, sourceName)));
    }
}

package dev.cfnguard.internal.value;

import java.util.List;
import java.util.Map;

/**
 * An immutable, path-aware value: a node of a loaded document, or a literal written in a rule.
 * The variants are those of the Guard language; ranges and regexes only come from rules.
 */
public sealed interface Value {

    /** The reference's name for this kind of value in its messages ({@code String}, {@code int}, {@code map}...). */
    default String typeName() {
        if (this instanceof NullValue) {
            return "null";
        } else if (this instanceof StringValue) {
            return "String";
        } else if (this instanceof RegexValue) {
            return "Regex";
        } else if (this instanceof BoolValue) {
            return "bool";
        } else if (this instanceof IntValue) {
            return "int";
        } else if (this instanceof FloatValue) {
            return "float";
        } else if (this instanceof CharValue) {
            return "char";
        } else if (this instanceof ListValue) {
            return "array";
        } else if (this instanceof MapValue) {
            return "map";
        }
        return switch (((RangeValue) this).kind()) {
            case INT -> "range(int, int)";
            case FLOAT -> "range(float, float)";
            case CHAR -> "range(char, char)";
        };
    }

    Path path();

    record NullValue(Path path) implements Value {}

    record StringValue(Path path, String value) implements Value {}

    /** A regular expression literal, kept as written between the slashes (escaped slashes resolved). */
    record RegexValue(Path path, String pattern) implements Value {}

    record BoolValue(Path path, boolean value) implements Value {}

    record IntValue(Path path, long value) implements Value {}

    record FloatValue(Path path, double value) implements Value {}

    record CharValue(Path path, char value) implements Value {}

    record ListValue(Path path, List<Value> elements) implements Value {
        public ListValue {
            elements = List.copyOf(elements);
        }
    }

    /**
     * A mapping in document order. {@code keys} holds each key as a string value carrying the key's own
     * position; {@code entries} maps key text to value (an insertion-ordered, unmodifiable map).
     */
    record MapValue(Path path, List<StringValue> keys, Map<String, Value> entries) implements Value {
        public MapValue {
            keys = List.copyOf(keys);
            entries = FrozenMap.copyOf(entries);
        }
    }

    /** {@code r[1,10)} and friends; {@code lower}/{@code upper} are Long, Double or Character. */
    record RangeValue(Path path, RangeKind kind, Object lower, Object upper, boolean lowerInclusive,
                      boolean upperInclusive) implements Value {}

    enum RangeKind { INT, FLOAT, CHAR }
}

package dev.cfnguard.internal.tree;

import dev.cfnguard.internal.value.FloatFormat;
import dev.cfnguard.internal.value.Value;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How the reference serializes a literal: {@code {path, value}} where the value is first turned into
 * JSON. Regexes become {@code /pattern/}, characters one-character strings and ranges their
 * {@code [lower,upper)} text; a non-finite float cannot be turned into JSON at all.
 */
final class LiteralModel {

    private LiteralModel() {}

    static Node pathAware(Value value) {
        Node json = json(value);
        if (json == null) {
            return new Node.Unserializable("Could not convert float to serde::Value::Number");
        }
        List<Map.Entry<String, Node>> fields = List.of(
                new AbstractMap.SimpleImmutableEntry<>("path", new Node.Text(value.path().pointer())),
                new AbstractMap.SimpleImmutableEntry<>("value", json));
        return new Node.Mapping(fields);
    }

    /** The value as JSON, or null when it holds a non-finite float. */
    private static Node json(Value value) {
        if (value instanceof Value.NullValue) {
            return new Node.Null();
        } else if (value instanceof Value.StringValue string) {
            return new Node.Text(string.value());
        } else if (value instanceof Value.RegexValue regex) {
            return new Node.Text("/" + regex.pattern() + "/");
        } else if (value instanceof Value.BoolValue bool) {
            return new Node.Bool(bool.value());
        } else if (value instanceof Value.IntValue number) {
            return new Node.Integer(number.value());
        } else if (value instanceof Value.FloatValue number) {
            return Double.isFinite(number.value()) ? new Node.Float(number.value()) : null;
        } else if (value instanceof Value.CharValue character) {
            return new Node.Text(String.valueOf(character.value()));
        } else if (value instanceof Value.ListValue list) {
            List<Node> items = new ArrayList<>();
            for (Value element : list.elements()) {
                Node item = json(element);
                if (item == null) {
                    return null;
                }
                items.add(item);
            }
            return new Node.Sequence(items);
        } else if (value instanceof Value.MapValue map) {
            List<Map.Entry<String, Node>> entries = new ArrayList<>();
            for (Map.Entry<String, Value> entry : map.entries().entrySet()) {
                Node item = json(entry.getValue());
                if (item == null) {
                    return null;
                }
                entries.add(new AbstractMap.SimpleImmutableEntry<>(entry.getKey(), item));
            }
            return new Node.Mapping(entries);
        }
        return new Node.Text(range((Value.RangeValue) value));
    }

    private static String range(Value.RangeValue range) {
        return (range.lowerInclusive() ? "[" : "(") + bound(range.lower()) + "," + bound(range.upper())
                + (range.upperInclusive() ? "]" : ")");
    }

    private static String bound(Object bound) {
        return bound instanceof Double number ? FloatFormat.display(number) : String.valueOf(bound);
    }
}

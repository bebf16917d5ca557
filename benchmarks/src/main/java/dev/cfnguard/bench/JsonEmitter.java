package dev.cfnguard.bench;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Writes a template tree (maps, lists, strings, numbers, booleans, {@link Intrinsic}s) as JSON indented by
 * two spaces, the layout of {@code aws cloudformation} and CDK output.
 */
final class JsonEmitter {

    private final StringBuilder out = new StringBuilder();

    private JsonEmitter() {}

    static String emit(Map<String, ?> document) {
        JsonEmitter emitter = new JsonEmitter();
        emitter.value(document, 0);
        emitter.out.append('\n');
        return emitter.out.toString();
    }

    private void value(Object value, int indent) {
        if (value instanceof Intrinsic intrinsic) {
            value = Map.of(intrinsic.function(), intrinsic.argument());
        }
        if (value instanceof Map<?, ?> map) {
            object(map, indent);
        } else if (value instanceof List<?> list) {
            array(list, indent);
        } else if (value instanceof String text) {
            string(text);
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else {
            throw new IllegalArgumentException("not a template value: " + value);
        }
    }

    private void object(Map<?, ?> map, int indent) {
        if (map.isEmpty()) {
            out.append("{}");
            return;
        }
        out.append("{\n");
        Iterator<? extends Map.Entry<?, ?>> entries = map.entrySet().iterator();
        while (entries.hasNext()) {
            Map.Entry<?, ?> entry = entries.next();
            pad(indent + 2);
            string(entry.getKey().toString());
            out.append(": ");
            value(entry.getValue(), indent + 2);
            out.append(entries.hasNext() ? ",\n" : "\n");
        }
        pad(indent);
        out.append('}');
    }

    private void array(List<?> list, int indent) {
        if (list.isEmpty()) {
            out.append("[]");
            return;
        }
        out.append("[\n");
        for (int i = 0; i < list.size(); i++) {
            pad(indent + 2);
            value(list.get(i), indent + 2);
            out.append(i + 1 < list.size() ? ",\n" : "\n");
        }
        pad(indent);
        out.append(']');
    }

    private void string(String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private void pad(int indent) {
        out.append(" ".repeat(indent));
    }
}

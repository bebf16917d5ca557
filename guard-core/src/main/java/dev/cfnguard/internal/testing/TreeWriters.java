package dev.cfnguard.internal.testing;

import java.util.List;
import java.util.Map;

/**
 * Writes a tree of {@code Map<String, ?>} (in order), {@code List<?>} and {@code String} nodes as pretty
 * JSON and as block YAML, byte for byte as the reference's serializers lay them out. Stateless.
 */
final class TreeWriters {
    private TreeWriters() {}

    // ---- JSON, two-space indentation, no final newline ----

    static String json(Object node) {
        StringBuilder out = new StringBuilder();
        json(out, node, 0);
        return out.toString();
    }

    private static void json(StringBuilder out, Object node, int indent) {
        if (node instanceof String s) {
            jsonString(out, s);
        } else if (node instanceof List<?> list) {
            if (list.isEmpty()) {
                out.append("[]");
                return;
            }
            out.append("[\n");
            for (int i = 0; i < list.size(); i++) {
                spaces(out, indent + 2);
                json(out, list.get(i), indent + 2);
                out.append(i < list.size() - 1 ? ",\n" : "\n");
            }
            spaces(out, indent);
            out.append(']');
        } else {
            Map<?, ?> map = (Map<?, ?>) node;
            if (map.isEmpty()) {
                out.append("{}");
                return;
            }
            out.append("{\n");
            int i = 0;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                spaces(out, indent + 2);
                jsonString(out, (String) entry.getKey());
                out.append(": ");
                json(out, entry.getValue(), indent + 2);
                out.append(++i < map.size() ? ",\n" : "\n");
            }
            spaces(out, indent);
            out.append('}');
        }
    }

    private static void jsonString(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
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

    private static void spaces(StringBuilder out, int count) {
        out.append(" ".repeat(count));
    }

    // ---- YAML, block style, sequences not indented under their key ----

    static String yaml(Object node) {
        StringBuilder out = new StringBuilder();
        if (isInline(node)) {
            out.append(inline(node, 0)).append('\n');
        } else {
            yamlBlock(out, node, 0);
        }
        return out.toString();
    }

    private static boolean isInline(Object node) {
        return node instanceof String || (node instanceof List<?> l && l.isEmpty())
                || (node instanceof Map<?, ?> m && m.isEmpty());
    }

    private static String inline(Object node, int indent) {
        if (node instanceof String s) {
            return YamlScalars.scalar(s, indent);
        }
        return node instanceof List<?> ? "[]" : "{}";
    }

    /** Writes a non-empty collection whose first line starts at the current position. */
    private static void yamlBlock(StringBuilder out, Object node, int indent) {
        if (node instanceof List<?> list) {
            boolean first = true;
            for (Object element : list) {
                if (!first) {
                    spaces(out, indent);
                }
                first = false;
                out.append("- ");
                if (isInline(element)) {
                    out.append(inline(element, indent + 2)).append('\n');
                } else {
                    yamlBlock(out, element, indent + 2);
                }
            }
            return;
        }
        Map<?, ?> map = (Map<?, ?>) node;
        boolean first = true;
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            if (!first) {
                spaces(out, indent);
            }
            first = false;
            out.append(YamlScalars.scalar((String) entry.getKey(), indent)).append(':');
            Object value = entry.getValue();
            if (isInline(value)) {
                out.append(' ').append(inline(value, indent)).append('\n');
            } else if (value instanceof List<?>) {
                out.append('\n');
                spaces(out, indent);
                yamlBlock(out, value, indent);
            } else {
                out.append('\n');
                spaces(out, indent + 2);
                yamlBlock(out, value, indent + 2);
            }
        }
    }
}

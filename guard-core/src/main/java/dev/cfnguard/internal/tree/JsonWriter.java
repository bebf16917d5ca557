package dev.cfnguard.internal.tree;

import dev.cfnguard.internal.value.FloatFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/** Writes a {@link Node} as serde_json's pretty printer does: two-space indent, no final newline. */
public final class JsonWriter {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final Appendable out;

    private JsonWriter(Appendable out) {
        this.out = out;
    }

    /**
     * @throws TreeSerializationException at an {@link Node.Unserializable} node, after writing what precedes it
     * @throws UncheckedIOException if {@code out} fails
     */
    public static void write(Node node, Appendable out) {
        try {
            new JsonWriter(out).value(node, 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void value(Node node, int depth) throws IOException {
        if (node instanceof Node.Mapping mapping) {
            if (mapping.entries().isEmpty()) {
                out.append("{}");
                return;
            }
            out.append('{');
            String separator = "\n";
            for (Map.Entry<String, Node> entry : mapping.entries()) {
                out.append(separator);
                indent(depth + 1);
                string(entry.getKey());
                out.append(": ");
                value(entry.getValue(), depth + 1);
                separator = ",\n";
            }
            out.append('\n');
            indent(depth);
            out.append('}');
        } else if (node instanceof Node.Sequence sequence) {
            if (sequence.items().isEmpty()) {
                out.append("[]");
                return;
            }
            out.append('[');
            String separator = "\n";
            for (Node item : sequence.items()) {
                out.append(separator);
                indent(depth + 1);
                value(item, depth + 1);
                separator = ",\n";
            }
            out.append('\n');
            indent(depth);
            out.append(']');
        } else if (node instanceof Node.Text text) {
            string(text.value());
        } else if (node instanceof Node.Integer number) {
            out.append(Long.toString(number.value()));
        } else if (node instanceof Node.Float number) {
            out.append(FloatFormat.json(number.value()));
        } else if (node instanceof Node.Bool bool) {
            out.append(Boolean.toString(bool.value()));
        } else if (node instanceof Node.Null) {
            out.append("null");
        } else {
            throw new TreeSerializationException(((Node.Unserializable) node).reason());
        }
    }

    private void indent(int depth) throws IOException {
        for (int i = 0; i < depth; i++) {
            out.append("  ");
        }
    }

    private void string(String value) throws IOException {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}

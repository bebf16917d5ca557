package dev.cfnguard.internal.value;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Map;

/**
 * Writes a {@link Value} as the reference serialises it to JSON (serde_json with insertion-ordered
 * maps): compact ({@code {"a":[1,2.0]}}) or pretty (two-space indent, {@code "key": value}). Maps
 * write their entries (one per distinct key); regexes become {@code "/pattern/"}, characters
 * one-character strings, ranges their {@code [lower,upper)} text. Non-ASCII text is written as is;
 * control characters, quotes and backslashes are escaped as serde_json does.
 * Iterative, so any nesting depth is safe. Stateless and thread-safe.
 */
public final class ValueJson {

    private ValueJson() {
    }

    /** A value JSON cannot hold: the reference fails the same way ("Could not convert float inf ..."). */
    public static final class UnrepresentableValueException extends RuntimeException {
        UnrepresentableValueException(String message) {
            super(message);
        }
    }

    /**
     * @throws UnrepresentableValueException if the value contains an infinite or NaN float
     */
    public static String compact(Value value) {
        StringBuilder out = new StringBuilder();
        write(value, out, false);
        return out.toString();
    }

    /**
     * serde_json's {@code to_string_pretty} text, without a trailing newline.
     *
     * @throws UnrepresentableValueException if the value contains an infinite or NaN float
     */
    public static String pretty(Value value) {
        StringBuilder out = new StringBuilder();
        write(value, out, true);
        return out.toString();
    }

    /**
     * Appends the JSON text of {@code value} to {@code out}.
     *
     * @throws UnrepresentableValueException if the value contains an infinite or NaN float (checked
     *                                       before anything is written)
     * @throws UncheckedIOException          if {@code out} fails
     */
    public static void write(Value value, Appendable out, boolean pretty) {
        requireRepresentable(value);
        try {
            new Writer(out, pretty).run(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The reference refuses the whole value when any float in it is not finite. */
    private static void requireRepresentable(Value root) {
        Deque<Value> pending = new ArrayDeque<>();
        pending.push(root);
        while (!pending.isEmpty()) {
            Value value = pending.pop();
            if (value instanceof Value.FloatValue f && !Double.isFinite(f.value())) {
                throw new UnrepresentableValueException("Could not convert float " + FloatFormat.display(f.value())
                        + " to serde::Value::Number");
            } else if (value instanceof Value.ListValue list) {
                list.elements().forEach(pending::push);
            } else if (value instanceof Value.MapValue map) {
                map.entries().values().forEach(pending::push);
            }
        }
    }

    /** Appends {@code text} as a JSON string literal, escaped as serde_json escapes it. */
    public static void appendString(String text, Appendable out) throws IOException {
        out.append('"');
        int plainFrom = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String escape = escapeOf(c);
            if (escape != null) {
                out.append(text, plainFrom, i).append(escape);
                plainFrom = i + 1;
            }
        }
        out.append(text, plainFrom, text.length()).append('"');
    }

    private static String escapeOf(char c) {
        switch (c) {
            case '"':
                return "\\\"";
            case '\\':
                return "\\\\";
            case '\b':
                return "\\b";
            case '\f':
                return "\\f";
            case '\n':
                return "\\n";
            case '\r':
                return "\\r";
            case '\t':
                return "\\t";
            default:
                return c < 0x20 ? String.format("\\u%04x", (int) c) : null;
        }
    }

    /** Text of a scalar; null for collections. */
    private static String scalarText(Value value) throws IOException {
        StringBuilder out = new StringBuilder();
        if (value instanceof Value.NullValue) {
            return "null";
        } else if (value instanceof Value.StringValue s) {
            appendString(s.value(), out);
        } else if (value instanceof Value.RegexValue r) {
            appendString("/" + r.pattern() + "/", out);
        } else if (value instanceof Value.BoolValue b) {
            return Boolean.toString(b.value());
        } else if (value instanceof Value.IntValue i) {
            return Long.toString(i.value());
        } else if (value instanceof Value.FloatValue f) {
            return FloatFormat.json(f.value());
        } else if (value instanceof Value.CharValue c) {
            appendString(String.valueOf(c.value()), out);
        } else if (value instanceof Value.RangeValue range) {
            appendString(rangeText(range), out);
        } else {
            return null;
        }
        return out.toString();
    }

    private static String rangeText(Value.RangeValue range) {
        return (range.lowerInclusive() ? "[" : "(") + boundText(range.lower()) + "," + boundText(range.upper())
                + (range.upperInclusive() ? "]" : ")");
    }

    private static String boundText(Object bound) {
        return bound instanceof Double d ? FloatFormat.display(d) : String.valueOf(bound);
    }

    /** Depth-first writer with an explicit stack of open containers. */
    private static final class Writer {
        private final Appendable out;
        private final boolean pretty;
        private final Deque<Open> open = new ArrayDeque<>();

        private record Open(Iterator<?> children, boolean isMap, boolean[] first) {
        }

        Writer(Appendable out, boolean pretty) {
            this.out = out;
            this.pretty = pretty;
        }

        void run(Value root) throws IOException {
            value(root);
            while (!open.isEmpty()) {
                Open top = open.peek();
                if (!top.children.hasNext()) {
                    open.pop();
                    if (!top.first[0]) {
                        newline();
                    }
                    out.append(top.isMap ? '}' : ']');
                    continue;
                }
                out.append(top.first[0] ? "" : ",");
                top.first[0] = false;
                newline();
                Object next = top.children.next();
                if (top.isMap) {
                    Map.Entry<?, ?> entry = (Map.Entry<?, ?>) next;
                    appendString((String) entry.getKey(), out);
                    out.append(pretty ? ": " : ":");
                    value((Value) entry.getValue());
                } else {
                    value((Value) next);
                }
            }
        }

        private void value(Value value) throws IOException {
            String scalar = scalarText(value);
            if (scalar != null) {
                out.append(scalar);
            } else if (value instanceof Value.ListValue list) {
                out.append('[');
                open.push(new Open(list.elements().iterator(), false, new boolean[] {true}));
            } else if (value instanceof Value.MapValue map) {
                out.append('{');
                open.push(new Open(map.entries().entrySet().iterator(), true, new boolean[] {true}));
            }
        }

        private void newline() throws IOException {
            if (pretty) {
                out.append('\n');
                for (int i = 0; i < open.size(); i++) {
                    out.append("  ");
                }
            }
        }
    }
}

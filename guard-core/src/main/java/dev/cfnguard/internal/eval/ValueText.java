package dev.cfnguard.internal.eval;

import dev.cfnguard.internal.value.FloatFormat;
import dev.cfnguard.internal.value.Location;
import dev.cfnguard.internal.value.Path;
import dev.cfnguard.internal.value.Value;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The reference's textual forms of values, used in contexts, messages and reports: the value alone,
 * the value with its path, paths, and the debug form that appears inside some error reasons. Stateless.
 */
public final class ValueText {
    private ValueText() {}

    /** {@code L:3,C:14}. */
    public static String location(Location location) {
        return "L:" + location.line() + ",C:" + location.column();
    }

    /** {@code /Resources/Bucket[L:3,C:14]}. */
    public static String path(Path path) {
        return path.pointer() + "[" + location(path.location()) + "]";
    }

    /** {@code Path=/Resources/Bucket[L:3,C:14] Value={"Type":"AWS::S3::Bucket"}}. */
    public static String withPath(Value value) {
        return "Path=" + path(value.path()) + " Value=" + valueOnly(value);
    }

    /** The value alone, compact JSON-like: strings quoted, regexes as {@code "/re/"}, chars as {@code 'c'}. */
    public static String valueOnly(Value value) {
        StringBuilder out = new StringBuilder();
        appendValueOnly(out, value);
        return out.toString();
    }

    private static void appendValueOnly(StringBuilder out, Value value) {
        if (value instanceof Value.NullValue) {
            out.append("\"NULL\"");
        } else if (value instanceof Value.StringValue s) {
            out.append('"').append(s.value()).append('"');
        } else if (value instanceof Value.RegexValue r) {
            out.append("\"/").append(r.pattern()).append("/\"");
        } else if (value instanceof Value.BoolValue b) {
            out.append(b.value());
        } else if (value instanceof Value.IntValue i) {
            out.append(i.value());
        } else if (value instanceof Value.FloatValue f) {
            out.append(FloatFormat.display(f.value()));
        } else if (value instanceof Value.CharValue c) {
            out.append('\'').append(c.value()).append('\'');
        } else if (value instanceof Value.ListValue list) {
            out.append('[');
            boolean first = true;
            for (Value each : list.elements()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                appendValueOnly(out, each);
            }
            out.append(']');
        } else if (value instanceof Value.MapValue map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<String, Value> entry : map.entries().entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                out.append('"').append(entry.getKey()).append("\":");
                appendValueOnly(out, entry.getValue());
            }
            out.append('}');
        } else if (value instanceof Value.RangeValue range) {
            out.append(range.lowerInclusive() ? '[' : '(')
                    .append(boundText(range.lower())).append(',').append(boundText(range.upper()))
                    .append(range.upperInclusive() ? ']' : ')');
        }
    }

    private static String boundText(Object bound) {
        return bound instanceof Double d ? FloatFormat.display(d) : String.valueOf(bound);
    }

    /** The reference's type name of a value ({@code String}, {@code int}, {@code map}...). */
    public static String typeName(Value value) {
        return value.typeName();
    }

    /** The debug form of a value, as it appears inside some unresolved-query reasons. */
    public static String debug(Value value) {
        StringBuilder out = new StringBuilder();
        appendDebug(out, value);
        return out.toString();
    }

    /** The debug form of a list of values: {@code [a, b]}. */
    public static String debug(List<Value> values) {
        StringBuilder out = new StringBuilder("[");
        appendJoined(out, values.iterator());
        return out.append(']').toString();
    }

    /** The debug form of query results, as in {@code Values = [...]} reasons. */
    public static String debugResults(List<QueryResult> results) {
        StringBuilder out = new StringBuilder("[");
        boolean first = true;
        for (QueryResult result : results) {
            if (!first) {
                out.append(", ");
            }
            first = false;
            if (result instanceof QueryResult.Literal l) {
                out.append("Literal(");
                appendDebug(out, l.value());
                out.append(')');
            } else if (result instanceof QueryResult.Resolved r) {
                out.append("Resolved(");
                appendDebug(out, r.value());
                out.append(')');
            } else {
                QueryResult.UnResolved u = (QueryResult.UnResolved) result;
                out.append("UnResolved(UnResolved { traversed_to: ");
                appendDebug(out, u.traversedTo());
                out.append(", remaining_query: ").append(RustFormat.stringDebug(u.remainingQuery()))
                        .append(", reason: ")
                        .append(u.reason() == null ? "None" : "Some(" + RustFormat.stringDebug(u.reason()) + ")")
                        .append(" })");
            }
        }
        return out.append(']').toString();
    }

    private static void appendJoined(StringBuilder out, Iterator<? extends Value> values) {
        boolean first = true;
        while (values.hasNext()) {
            if (!first) {
                out.append(", ");
            }
            first = false;
            appendDebug(out, values.next());
        }
    }

    private static String pathDebug(Path path) {
        return "Path(" + RustFormat.stringDebug(path.pointer()) + ", Location { line: "
                + path.location().line() + ", col: " + path.location().column() + " })";
    }

    private static void appendDebug(StringBuilder out, Value value) {
        String path = pathDebug(value.path());
        if (value instanceof Value.NullValue) {
            out.append("Null(").append(path).append(')');
        } else if (value instanceof Value.StringValue s) {
            out.append("String((").append(path).append(", ").append(RustFormat.stringDebug(s.value())).append("))");
        } else if (value instanceof Value.RegexValue r) {
            out.append("Regex((").append(path).append(", ").append(RustFormat.stringDebug(r.pattern())).append("))");
        } else if (value instanceof Value.BoolValue b) {
            out.append("Bool((").append(path).append(", ").append(b.value()).append("))");
        } else if (value instanceof Value.IntValue i) {
            out.append("Int((").append(path).append(", ").append(i.value()).append("))");
        } else if (value instanceof Value.FloatValue f) {
            out.append("Float((").append(path).append(", ").append(FloatFormat.debug(f.value())).append("))");
        } else if (value instanceof Value.CharValue c) {
            out.append("Char((").append(path).append(", ").append(RustFormat.charDebug(c.value())).append("))");
        } else if (value instanceof Value.ListValue list) {
            out.append("List((").append(path).append(", [");
            appendJoined(out, list.elements().iterator());
            out.append("]))");
        } else if (value instanceof Value.MapValue map) {
            out.append("Map((").append(path).append(", MapValue { keys: [");
            appendJoined(out, map.keys().iterator());
            out.append("], values: {");
            boolean first = true;
            for (Map.Entry<String, Value> entry : map.entries().entrySet()) {
                if (!first) {
                    out.append(", ");
                }
                first = false;
                out.append(RustFormat.stringDebug(entry.getKey())).append(": ");
                appendDebug(out, entry.getValue());
            }
            out.append("} }))");
        } else if (value instanceof Value.RangeValue range) {
            String variant = switch (range.kind()) {
                case INT -> "RangeInt";
                case FLOAT -> "RangeFloat";
                case CHAR -> "RangeChar";
            };
            int inclusive = (range.lowerInclusive() ? 1 : 0) | (range.upperInclusive() ? 2 : 0);
            out.append(variant).append("((").append(path).append(", RangeType { upper: ")
                    .append(boundDebug(range.upper())).append(", lower: ").append(boundDebug(range.lower()))
                    .append(", inclusive: ").append(inclusive).append(" }))");
        }
    }

    private static String boundDebug(Object bound) {
        if (bound instanceof Double d) {
            return FloatFormat.debug(d);
        }
        if (bound instanceof Character c) {
            return RustFormat.charDebug(c);
        }
        return String.valueOf(bound);
    }
}

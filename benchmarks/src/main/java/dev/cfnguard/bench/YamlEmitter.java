package dev.cfnguard.bench;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes a template tree (maps, lists, strings, numbers, booleans, {@link Intrinsic}s) as block-style YAML,
 * the layout of hand-written CloudFormation templates. Strings are plain where YAML reads them back as the
 * same string, single-quoted otherwise.
 */
final class YamlEmitter {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z][A-Za-z0-9_./:-]*(?<!:)");
    // Plain scalars that a YAML 1.1 reader may take for something other than a string.
    private static final Set<String> RESERVED = Set.of("true", "false", "yes", "no", "on", "off", "y", "n", "null");
    private static final int INDENT = 2;

    private final StringBuilder out = new StringBuilder();

    private YamlEmitter() {}

    static String emit(Map<String, ?> document) {
        YamlEmitter emitter = new YamlEmitter();
        emitter.mapEntries(document, 0);
        return emitter.out.toString();
    }

    private void mapEntries(Map<?, ?> map, int indent) {
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            pad(indent);
            out.append(scalar(entry.getKey().toString())).append(':');
            nested(entry.getValue(), indent + INDENT);
        }
    }

    private void listItems(List<?> list, int indent) {
        for (Object item : list) {
            pad(indent);
            out.append('-');
            if (item instanceof Map<?, ?> map && !map.isEmpty()) {
                // The first entry shares the dash's line, the others line up under it.
                out.append(' ');
                int column = indent + INDENT;
                boolean first = true;
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    if (!first) {
                        pad(column);
                    }
                    first = false;
                    out.append(scalar(entry.getKey().toString())).append(':');
                    nested(entry.getValue(), column + INDENT);
                }
            } else {
                nested(item, indent + INDENT);
            }
        }
    }

    /** The value after a key or a dash: inline when it is a scalar or empty, on the next lines otherwise. */
    private void nested(Object value, int indent) {
        if (value instanceof Map<?, ?> map && !map.isEmpty()) {
            out.append('\n');
            mapEntries(map, indent);
        } else if (value instanceof List<?> list && !list.isEmpty()) {
            out.append('\n');
            listItems(list, indent);
        } else {
            out.append(' ').append(inline(value)).append('\n');
        }
    }

    private static String inline(Object value) {
        if (value instanceof Map<?, ?>) {
            return "{}";
        }
        if (value instanceof List<?>) {
            return "[]";
        }
        if (value instanceof Intrinsic intrinsic) {
            return intrinsic.shortTag() + " " + scalar(intrinsic.argument());
        }
        if (value instanceof String text) {
            return scalar(text);
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        throw new IllegalArgumentException("not a template value: " + value);
    }

    private static String scalar(String text) {
        if (PLAIN.matcher(text).matches() && !RESERVED.contains(text.toLowerCase(java.util.Locale.ROOT))) {
            return text;
        }
        return "'" + text.replace("'", "''") + "'";
    }

    private void pad(int indent) {
        out.append(" ".repeat(indent));
    }
}

package dev.cfnguard.internal.document;

import dev.cfnguard.internal.value.Value;
import dev.cfnguard.internal.value.ValueJson;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Test tool: prints, for each file given, one JSON line with every node's pointer, line, column and
 * JSON value and every key's pointer, line, column and text as {@link DocumentLoader} loads them, or the
 * error. {@code src/test/oracle/check_documents.py} compares this with what the reference prints.
 * Usage: {@code DocumentDump FILE...} (or {@code --test FILE...} for the test-file loader).
 */
public final class DocumentDump {

    private DocumentDump() {
    }

    public static void main(String[] args) throws IOException {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        if (args.length > 0 && args[0].equals("--test")) {
            dumpTestFiles(java.util.Arrays.copyOfRange(args, 1, args.length), out);
            return;
        }
        DocumentLoader loader = DocumentLoader.withDefaultLimits();
        for (String file : args) {
            StringBuilder line = new StringBuilder("{\"file\":");
            ValueJson.appendString(file, line);
            try {
                Value root = loader.load(Path.of(file), file);
                appendTree(root, line);
            } catch (DocumentException e) {
                line.append(",\"error\":{\"kind\":\"").append(e.kind()).append("\",\"panics\":")
                        .append(e.referencePanics()).append(",\"message\":");
                ValueJson.appendString(e.getMessage(), line);
                line.append(",\"detail\":");
                ValueJson.appendString(e.describe(), line);
                line.append('}');
            }
            out.println(line.append('}'));
        }
        out.flush();
    }

    private static void dumpTestFiles(String[] files, PrintStream out) throws IOException {
        TestFileLoader loader = TestFileLoader.withDefaultLimits();
        for (String file : files) {
            StringBuilder line = new StringBuilder("{\"file\":");
            ValueJson.appendString(file, line);
            try {
                java.util.List<TestCase> cases = loader.load(Path.of(file), file);
                line.append(",\"cases\":[");
                for (TestCase testCase : cases) {
                    if (line.charAt(line.length() - 1) != '[') {
                        line.append(',');
                    }
                    line.append("{\"name\":");
                    if (testCase.name().isPresent()) {
                        ValueJson.appendString(testCase.name().get(), line);
                    } else {
                        line.append("null");
                    }
                    line.append(",\"rules\":{");
                    boolean first = true;
                    for (var rule : testCase.expectedRules().entrySet()) {
                        line.append(first ? "" : ",");
                        first = false;
                        ValueJson.appendString(rule.getKey(), line);
                        line.append(':');
                        ValueJson.appendString(rule.getValue(), line);
                    }
                    line.append('}');
                    try {
                        StringBuilder tree = new StringBuilder();
                        appendTree(testCase.input(), tree);
                        line.append(tree);
                    } catch (DocumentException e) {
                        line.append(",\"inputError\":");
                        ValueJson.appendString(e.getMessage(), line);
                    }
                    line.append('}');
                }
                line.append(']');
            } catch (DocumentException e) {
                line.append(",\"error\":{\"kind\":\"").append(e.kind()).append("\",\"message\":");
                ValueJson.appendString(e.getMessage(), line);
                line.append('}');
            }
            out.println(line.append('}'));
        }
        out.flush();
    }

    private static void appendTree(Value root, StringBuilder line) throws IOException {
        StringBuilder nodes = new StringBuilder();
        StringBuilder keys = new StringBuilder();
        int maxDepth = 0;
        Deque<Object[]> pending = new ArrayDeque<>();
        pending.push(new Object[] {root, 0});
        while (!pending.isEmpty()) {
            Object[] item = pending.pop();
            Value value = (Value) item[0];
            int depth = (Integer) item[1];
            maxDepth = Math.max(maxDepth, depth);
            entry(nodes, value.path(), json(value));
            if (value instanceof Value.ListValue list) {
                list.elements().forEach(e -> pending.push(new Object[] {e, depth + 1}));
            } else if (value instanceof Value.MapValue map) {
                for (Value.StringValue key : map.keys()) {
                    StringBuilder text = new StringBuilder();
                    ValueJson.appendString(key.value(), text);
                    entry(keys, key.path(), text.toString());
                }
                map.entries().values().forEach(e -> pending.push(new Object[] {e, depth + 1}));
            }
        }
        line.append(",\"depth\":").append(maxDepth)
                .append(",\"nodes\":[").append(nodes).append("],\"keys\":[").append(keys).append(']');
    }

    /** Compact JSON; infinities and NaN (which JSON cannot hold) become strings like {@code "#Finf"}. */
    private static String json(Value value) throws IOException {
        if (value instanceof Value.FloatValue f && !Double.isFinite(f.value())) {
            return "\"#F" + dev.cfnguard.internal.value.FloatFormat.display(f.value()) + "\"";
        }
        if (value instanceof Value.ListValue list) {
            StringBuilder out = new StringBuilder("[");
            for (Value element : list.elements()) {
                out.append(out.length() > 1 ? "," : "").append(json(element));
            }
            return out.append(']').toString();
        }
        if (value instanceof Value.MapValue map) {
            StringBuilder out = new StringBuilder("{");
            for (var entry : map.entries().entrySet()) {
                out.append(out.length() > 1 ? "," : "");
                ValueJson.appendString(entry.getKey(), out);
                out.append(':').append(json(entry.getValue()));
            }
            return out.append('}').toString();
        }
        return ValueJson.compact(value);
    }

    private static void entry(StringBuilder list, dev.cfnguard.internal.value.Path path, String json)
            throws IOException {
        if (list.length() > 0) {
            list.append(',');
        }
        list.append('[');
        ValueJson.appendString(path.pointer(), list);
        list.append(',').append(path.location().line()).append(',').append(path.location().column()).append(',');
        ValueJson.appendString(json, list);
        list.append(']');
    }
}

package dev.cfnguard.internal.tree;

import dev.cfnguard.internal.value.FloatFormat;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;

/**
 * Writes a {@link Node} as serde_yaml 0.9 does through libyaml's emitter: block style with two-space
 * indentation, sequences inside mappings not indented, empty collections in flow style, and each
 * string in the first style libyaml allows for it among the one serde_yaml asks for (plain, or single
 * quotes when plain would read back as another type, or a literal block for multi-line text),
 * single-quoted and double-quoted. The layout state mirrors libyaml's: current column and indent,
 * and whether the line so far holds only indentation or ends in whitespace.
 */
public final class YamlWriter {

    private static final int INDENT_STEP = 2;
    // libyaml emits a key in `? key` form when it is longer than this, in bytes.
    private static final int MAX_SIMPLE_KEY_LENGTH = 128;

    private enum Style { PLAIN, SINGLE_QUOTED, DOUBLE_QUOTED, LITERAL }

    private final StringBuilder out = new StringBuilder();
    private final Deque<Integer> indents = new ArrayDeque<>();
    private int indent = -1;
    private int column;
    private boolean whitespace = true;
    private boolean indention = true;

    private YamlWriter() {}

    /** The YAML document for {@code root}, ending with a newline. */
    public static String write(Node root) {
        YamlWriter writer = new YamlWriter();
        writer.node(root, false, false);
        writer.writeIndent();
        return writer.out.toString();
    }

    private void node(Node node, boolean mappingContext, boolean simpleKey) {
        if (node instanceof Node.Mapping mapping) {
            if (mapping.entries().isEmpty()) {
                emptyCollection("{", "}");
            } else {
                blockMapping(mapping);
            }
        } else if (node instanceof Node.Sequence sequence) {
            if (sequence.items().isEmpty()) {
                emptyCollection("[", "]");
            } else {
                blockSequence(sequence, mappingContext);
            }
        } else if (node instanceof Node.Text text) {
            string(text.value(), simpleKey);
        } else if (node instanceof Node.Integer number) {
            scalar(Long.toString(number.value()), Style.PLAIN, simpleKey);
        } else if (node instanceof Node.Float number) {
            scalar(FloatFormat.json(number.value()), Style.PLAIN, simpleKey);
        } else if (node instanceof Node.Bool bool) {
            scalar(Boolean.toString(bool.value()), Style.PLAIN, simpleKey);
        } else if (node instanceof Node.Null) {
            scalar("null", Style.PLAIN, simpleKey);
        } else {
            throw new TreeSerializationException(((Node.Unserializable) node).reason());
        }
    }

    private void emptyCollection(String open, String close) {
        writeIndicator(open, true, true, false);
        writeIndicator(close, false, false, false);
    }

    private void blockSequence(Node.Sequence sequence, boolean mappingContext) {
        // A sequence that is a mapping value starts its dashes at the mapping's own indentation.
        increaseIndent(false, mappingContext && !indention);
        for (Node item : sequence.items()) {
            writeIndent();
            writeIndicator("-", true, false, true);
            node(item, false, false);
        }
        indent = indents.pop();
    }

    private void blockMapping(Node.Mapping mapping) {
        increaseIndent(false, false);
        for (Map.Entry<String, Node> entry : mapping.entries()) {
            writeIndent();
            ScalarAnalysis key = ScalarAnalysis.of(entry.getKey());
            if (!key.multiline() && key.byteLength() <= MAX_SIMPLE_KEY_LENGTH) {
                string(entry.getKey(), true);
                writeIndicator(":", false, false, false);
            } else {
                writeIndicator("?", true, false, true);
                string(entry.getKey(), false);
                writeIndent();
                writeIndicator(":", true, false, true);
            }
            node(entry.getValue(), true, false);
        }
        indent = indents.pop();
    }

    private void string(String value, boolean simpleKey) {
        Style requested;
        if (value.indexOf('\n') >= 0) {
            requested = Style.LITERAL;
        } else {
            requested = PlainScalarResolver.readsAsNonString(value) ? Style.SINGLE_QUOTED : Style.PLAIN;
        }
        scalar(value, requested, simpleKey);
    }

    private void scalar(String value, Style requested, boolean simpleKey) {
        ScalarAnalysis analysis = ScalarAnalysis.of(value);
        Style style = requested;
        if (simpleKey && analysis.multiline()) {
            style = Style.DOUBLE_QUOTED;
        }
        if (style == Style.PLAIN && (!analysis.blockPlainAllowed() || value.isEmpty() && simpleKey)) {
            style = Style.SINGLE_QUOTED;
        }
        if (style == Style.SINGLE_QUOTED && !analysis.singleQuotedAllowed()) {
            style = Style.DOUBLE_QUOTED;
        }
        if (style == Style.LITERAL && (!analysis.blockAllowed() || simpleKey)) {
            style = Style.DOUBLE_QUOTED;
        }
        increaseIndent(true, false);
        switch (style) {
            case PLAIN -> writePlain(value);
            case SINGLE_QUOTED -> writeSingleQuoted(value);
            case DOUBLE_QUOTED -> writeDoubleQuoted(value);
            case LITERAL -> writeLiteral(value);
        }
        indent = indents.pop();
    }

    private void writePlain(String value) {
        if (!whitespace && !value.isEmpty()) {
            put(' ');
        }
        value.codePoints().forEach(this::put);
        whitespace = false;
        indention = false;
    }

    private void writeSingleQuoted(String value) {
        writeIndicator("'", true, false, false);
        boolean breaks = false;
        int[] codePoints = value.codePoints().toArray();
        for (int c : codePoints) {
            if (c == ' ') {
                put(c);
            } else if (ScalarAnalysis.isBreak(c)) {
                if (!breaks && c == '\n') {
                    putBreak();
                }
                writeBreak(c);
                indention = true;
                breaks = true;
            } else {
                if (breaks) {
                    writeIndent();
                }
                if (c == '\'') {
                    put('\'');
                }
                put(c);
                indention = false;
                breaks = false;
            }
        }
        if (breaks) {
            writeIndent();
        }
        writeIndicator("'", false, false, false);
        whitespace = false;
        indention = false;
    }

    private void writeDoubleQuoted(String value) {
        writeIndicator("\"", true, false, false);
        value.codePoints().forEach(c -> {
            if (!ScalarAnalysis.isPrintable(c) || c == 0xFEFF || ScalarAnalysis.isBreak(c) || c == '"' || c == '\\') {
                put('\\');
                String escape = switch (c) {
                    case 0x00 -> "0";
                    case 0x07 -> "a";
                    case 0x08 -> "b";
                    case 0x09 -> "t";
                    case 0x0A -> "n";
                    case 0x0B -> "v";
                    case 0x0C -> "f";
                    case 0x0D -> "r";
                    case 0x1B -> "e";
                    case '"' -> "\"";
                    case '\\' -> "\\";
                    case 0x85 -> "N";
                    case 0xA0 -> "_";
                    case 0x2028 -> "L";
                    case 0x2029 -> "P";
                    default -> c <= 0xFF ? String.format("x%02X", c)
                            : c <= 0xFFFF ? String.format("u%04X", c) : String.format("U%08X", c);
                };
                escape.codePoints().forEach(this::put);
            } else {
                put(c);
            }
        });
        writeIndicator("\"", false, false, false);
        whitespace = false;
        indention = false;
    }

    private void writeLiteral(String value) {
        writeIndicator("|", true, false, false);
        int[] codePoints = value.codePoints().toArray();
        if (codePoints[0] == ' ' || ScalarAnalysis.isBreak(codePoints[0])) {
            writeIndicator(Integer.toString(INDENT_STEP), false, false, false);
        }
        int last = codePoints[codePoints.length - 1];
        if (!ScalarAnalysis.isBreak(last)) {
            writeIndicator("-", false, false, false);
        } else if (codePoints.length == 1 || ScalarAnalysis.isBreak(codePoints[codePoints.length - 2])) {
            writeIndicator("+", false, false, false);
        }
        putBreak();
        indention = true;
        whitespace = true;
        boolean breaks = true;
        for (int c : codePoints) {
            if (ScalarAnalysis.isBreak(c)) {
                writeBreak(c);
                indention = true;
                breaks = true;
            } else {
                if (breaks) {
                    writeIndent();
                }
                put(c);
                indention = false;
                breaks = false;
            }
        }
    }

    private void increaseIndent(boolean flow, boolean indentless) {
        indents.push(indent);
        if (indent < 0) {
            indent = flow ? INDENT_STEP : 0;
        } else if (!indentless) {
            indent += INDENT_STEP;
        }
    }

    private void writeIndent() {
        int target = Math.max(indent, 0);
        if (!indention || column > target || column == target && !whitespace) {
            putBreak();
        }
        while (column < target) {
            put(' ');
        }
        whitespace = true;
        indention = true;
    }

    private void writeIndicator(String indicator, boolean needWhitespace, boolean isWhitespace,
                                boolean isIndention) {
        if (needWhitespace && !whitespace) {
            put(' ');
        }
        indicator.codePoints().forEach(this::put);
        whitespace = isWhitespace;
        indention = indention && isIndention;
    }

    private void writeBreak(int c) {
        if (c == '\n') {
            putBreak();
        } else {
            out.appendCodePoint(c);
            column = 0;
        }
    }

    private void put(int codePoint) {
        out.appendCodePoint(codePoint);
        column++;
    }

    private void putBreak() {
        out.append('\n');
        column = 0;
    }

    /** What libyaml's scalar analysis finds about a string: which styles may present it. */
    record ScalarAnalysis(boolean multiline, boolean blockPlainAllowed, boolean singleQuotedAllowed,
                          boolean blockAllowed, int byteLength) {

        static ScalarAnalysis of(String value) {
            int byteLength = value.getBytes(StandardCharsets.UTF_8).length;
            if (value.isEmpty()) {
                return new ScalarAnalysis(false, true, true, false, 0);
            }
            int[] cps = value.codePoints().toArray();
            int n = cps.length;
            boolean blockIndicators = value.startsWith("---") || value.startsWith("...");
            boolean lineBreaks = false;
            boolean special = false;
            boolean leadingSpace = false;
            boolean leadingBreak = false;
            boolean trailingSpace = false;
            boolean trailingBreak = false;
            boolean breakSpace = false;
            boolean spaceBreak = false;
            boolean previousSpace = false;
            boolean previousBreak = false;
            boolean precededByWhitespace = true;
            boolean followedByWhitespace = n < 2 || isBlankOrBreak(cps[1]);
            for (int i = 0; i < n; i++) {
                int c = cps[i];
                if (i == 0) {
                    if ("#,[]{}&*!|>'\"%@`".indexOf(c) >= 0
                            || (c == '?' || c == ':' || c == '-') && followedByWhitespace) {
                        blockIndicators = true;
                    }
                } else if (c == ':' && followedByWhitespace || c == '#' && precededByWhitespace) {
                    blockIndicators = true;
                }
                if (!isPrintable(c)) {
                    special = true;
                }
                if (isBreak(c)) {
                    lineBreaks = true;
                }
                if (c == ' ') {
                    leadingSpace |= i == 0;
                    trailingSpace |= i == n - 1;
                    breakSpace |= previousBreak;
                    previousSpace = true;
                    previousBreak = false;
                } else if (isBreak(c)) {
                    leadingBreak |= i == 0;
                    trailingBreak |= i == n - 1;
                    spaceBreak |= previousSpace;
                    previousSpace = false;
                    previousBreak = true;
                } else {
                    previousSpace = false;
                    previousBreak = false;
                }
                precededByWhitespace = isBlankOrBreak(c);
                if (i + 1 < n) {
                    followedByWhitespace = i + 2 >= n || isBlankOrBreak(cps[i + 2]);
                }
            }
            boolean blockPlain = !(leadingSpace || leadingBreak || trailingSpace || trailingBreak
                    || breakSpace || spaceBreak || special || lineBreaks || blockIndicators);
            boolean singleQuoted = !(breakSpace || spaceBreak || special);
            boolean block = !(trailingSpace || spaceBreak || special);
            return new ScalarAnalysis(lineBreaks, blockPlain, singleQuoted, block, byteLength);
        }

        static boolean isBreak(int c) {
            return c == '\r' || c == '\n' || c == 0x85 || c == 0x2028 || c == 0x2029;
        }

        static boolean isBlankOrBreak(int c) {
            return c == ' ' || c == '\t' || isBreak(c) || c == 0;
        }

        static boolean isPrintable(int c) {
            return c == 0x0A || c >= 0x20 && c <= 0x7E || c >= 0xA0 && c <= 0xD7FF
                    || c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF || c >= 0x10000 && c <= 0x10FFFF;
        }
    }
}

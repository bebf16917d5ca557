package dev.cfnguard.internal.regex;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Rewrites a Rust-dialect pattern into an equivalent {@link java.util.regex.Pattern} source. Only the
 * constructs whose meaning differs are rewritten: {@code (?P<name>)} groups and names Java rejects,
 * {@code $} outside multi-line mode (end of text in Rust, before a final newline too in Java), literal
 * braces, POSIX
 * bracket classes, {@code \v}, {@code \<}/{@code \>}, and flags Java does not know.
 */
final class RegexTranslator {

    record Translation(String javaPattern, Map<String, String> groupNames) {}

    private static final Map<String, String> POSIX_CLASSES = Map.ofEntries(
            Map.entry("alnum", "0-9A-Za-z"),
            Map.entry("alpha", "A-Za-z"),
            Map.entry("ascii", "\\x00-\\x7F"),
            Map.entry("blank", "\\t "),
            Map.entry("cntrl", "\\x00-\\x1F\\x7F"),
            Map.entry("digit", "0-9"),
            Map.entry("graph", "!-~"),
            Map.entry("lower", "a-z"),
            Map.entry("print", " -~"),
            Map.entry("punct", "!-/:-@\\[-`{-~"),
            Map.entry("space", "\\t\\n\\x0B\\f\\r "),
            Map.entry("upper", "A-Z"),
            Map.entry("word", "0-9A-Za-z_"),
            Map.entry("xdigit", "0-9A-Fa-f"));

    private static final java.util.regex.Pattern REPETITION = java.util.regex.Pattern.compile("\\{\\d+(,\\d*)?}");
    private static final java.util.regex.Pattern UP_TO_REPETITION = java.util.regex.Pattern.compile("\\{,\\d+}");

    private final String source;
    private final StringBuilder out = new StringBuilder();
    private final Map<String, String> groupNames = new HashMap<>();
    // Whether multi-line mode is on, saved at each open group and restored at its close.
    private final Deque<Boolean> savedMultiline = new ArrayDeque<>();
    private boolean multiline;
    private int pos;

    private RegexTranslator(String source) {
        this.source = source;
    }

    static Translation translate(String rustPattern) {
        RegexTranslator translator = new RegexTranslator(rustPattern);
        translator.run();
        return new Translation(translator.out.toString(), Map.copyOf(translator.groupNames));
    }

    private void run() {
        while (pos < source.length()) {
            char c = source.charAt(pos);
            switch (c) {
                case '\\' -> escape(false);
                case '[' -> characterClass();
                case '(' -> openGroup();
                case ')' -> {
                    if (!savedMultiline.isEmpty()) {
                        multiline = savedMultiline.pop();
                    }
                    out.append(')');
                    pos++;
                }
                case '$' -> {
                    out.append(multiline ? "$" : "\\z");
                    pos++;
                }
                case '{' -> {
                    // A brace that does not open a counted repetition is a literal in the reference's
                    // dialect; Java rejects it.
                    if (UP_TO_REPETITION.matcher(source).region(pos, source.length()).lookingAt()) {
                        // {,n} is {0,n}; Java does not know the short form
                        out.append("{0");
                    } else {
                        out.append(REPETITION.matcher(source).region(pos, source.length()).lookingAt() ? "{" : "\\{");
                    }
                    pos++;
                }
                default -> {
                    out.append(c);
                    pos++;
                }
            }
        }
    }

    private boolean lookingAt(String text) {
        return source.startsWith(text, pos);
    }

    private void openGroup() {
        if (lookingAt("(?P<")) {
            namedGroup(4);
        } else if (lookingAt("(?P=")) {
            int close = source.indexOf(')', pos);
            if (close < 0) {
                throw new RegexSyntaxException(source, "unclosed group");
            }
            String name = source.substring(pos + 4, close);
            out.append("\\k<").append(javaGroupName(name)).append('>');
            pos = close + 1;
        } else if (lookingAt("(?<") && !lookingAt("(?<=") && !lookingAt("(?<!")) {
            namedGroup(3);
        } else if (lookingAt("(?=") || lookingAt("(?!") || lookingAt("(?<=") || lookingAt("(?<!")
                || lookingAt("(?>")) {
            savedMultiline.push(multiline);
            int prefix = lookingAt("(?<") ? 4 : 3;
            out.append(source, pos, pos + prefix);
            pos += prefix;
        } else if (lookingAt("(?")) {
            flagGroup();
        } else {
            savedMultiline.push(multiline);
            out.append('(');
            pos++;
        }
    }

    private void namedGroup(int prefixLength) {
        int close = source.indexOf('>', pos + prefixLength);
        if (close < 0) {
            throw new RegexSyntaxException(source, "unclosed group name");
        }
        String name = source.substring(pos + prefixLength, close);
        savedMultiline.push(multiline);
        out.append("(?<").append(javaGroupName(name)).append('>');
        pos = close + 1;
    }

    private String javaGroupName(String rustName) {
        return groupNames.computeIfAbsent(rustName, name -> {
            if (name.matches("[A-Za-z][A-Za-z0-9]*")) {
                return name;
            }
            // Java group names allow only ASCII letters and digits; keep a recognisable, unique name.
            return "g" + (groupNames.size() + 1) + "x" + name.replaceAll("[^A-Za-z0-9]", "");
        });
    }

    private void flagGroup() {
        int i = pos + 2;
        StringBuilder javaFlags = new StringBuilder();
        boolean negate = false;
        boolean newMultiline = multiline;
        while (i < source.length() && source.charAt(i) != ':' && source.charAt(i) != ')') {
            char flag = source.charAt(i);
            switch (flag) {
                case '-' -> {
                    negate = true;
                    javaFlags.append('-');
                }
                case 'm' -> {
                    newMultiline = !negate;
                    javaFlags.append(flag);
                }
                case 'i', 's', 'x' -> javaFlags.append(flag);
                case 'U', 'u', 'R' -> {
                    // Swap-greed, Unicode and CRLF modes have no Java flag; Unicode is always on here.
                }
                default -> throw new RegexSyntaxException(source, "unrecognized flag");
            }
            i++;
        }
        if (i >= source.length()) {
            throw new RegexSyntaxException(source, "unclosed group");
        }
        String flags = javaFlags.toString();
        if (flags.endsWith("-")) {
            flags = flags.substring(0, flags.length() - 1);
        }
        boolean scoped = source.charAt(i) == ':';
        if (scoped) {
            savedMultiline.push(multiline);
            out.append("(?").append(flags).append(':');
        } else if (!flags.isEmpty()) {
            out.append("(?").append(flags).append(')');
        }
        multiline = newMultiline;
        pos = i + 1;
    }

    /** Copies one escape sequence starting at the backslash. */
    private void escape(boolean inClass) {
        if (pos + 1 >= source.length()) {
            throw new RegexSyntaxException(source, "incomplete escape sequence");
        }
        char c = source.charAt(pos + 1);
        switch (c) {
            case 'v' -> {
                out.append("\\x0B");
                pos += 2;
            }
            case '<' -> {
                out.append(inClass ? "<" : "\\b(?=\\w)");
                pos += 2;
            }
            case '>' -> {
                out.append(inClass ? ">" : "\\b(?<=\\w)");
                pos += 2;
            }
            case 'p', 'P' -> unicodeProperty(c);
            case 'x' -> {
                if (pos + 2 < source.length() && source.charAt(pos + 2) == '{') {
                    int close = source.indexOf('}', pos);
                    int end = close < 0 ? source.length() : close + 1;
                    out.append(source, pos, end);
                    pos = end;
                } else {
                    int end = Math.min(source.length(), pos + 4);
                    out.append(source, pos, end);
                    pos = end;
                }
            }
            default -> {
                out.append('\\').append(c);
                pos += 2;
            }
        }
    }

    private void unicodeProperty(char kind) {
        if (pos + 2 < source.length() && source.charAt(pos + 2) == '{') {
            int close = source.indexOf('}', pos);
            if (close < 0) {
                throw new RegexSyntaxException(source, "unclosed Unicode class");
            }
            String name = source.substring(pos + 3, close);
            out.append('\\').append(kind).append('{').append(javaPropertyName(name)).append('}');
            pos = close + 1;
        } else {
            int end = Math.min(source.length(), pos + 3);
            out.append(source, pos, end);
            pos = end;
        }
    }

    private static String javaPropertyName(String name) {
        String trimmed = name.replace(" ", "");
        int eq = trimmed.indexOf('=');
        if (eq >= 0) {
            String key = trimmed.substring(0, eq).toLowerCase();
            String value = trimmed.substring(eq + 1);
            return switch (key) {
                case "sc", "script" -> "Is" + value;
                case "gc", "generalcategory" -> value;
                default -> trimmed;
            };
        }
        if (trimmed.length() <= 2) {
            return trimmed;
        }
        return "Is" + trimmed.replace("_", "");
    }

    /** Copies a bracketed class, including nested classes; {@code pos} is at the '['. */
    private void characterClass() {
        out.append('[');
        pos++;
        if (pos < source.length() && source.charAt(pos) == '^') {
            out.append('^');
            pos++;
        }
        // A ']' right after the opening bracket is a literal in Rust; Java needs it escaped.
        if (pos < source.length() && source.charAt(pos) == ']') {
            out.append("\\]");
            pos++;
        }
        while (pos < source.length()) {
            char c = source.charAt(pos);
            if (c == ']') {
                out.append(']');
                pos++;
                return;
            }
            if (c == '\\') {
                escape(true);
            } else if (c == '[' && lookingAt("[:")) {
                posixClass();
            } else if (c == '[') {
                characterClass();
            } else {
                out.append(c);
                pos++;
            }
        }
        throw new RegexSyntaxException(source, "unclosed character class");
    }

    private void posixClass() {
        int close = source.indexOf(":]", pos + 2);
        if (close < 0) {
            characterClass();
            return;
        }
        String name = source.substring(pos + 2, close);
        boolean negated = name.startsWith("^");
        String ranges = POSIX_CLASSES.get(negated ? name.substring(1) : name);
        if (ranges == null) {
            throw new RegexSyntaxException(source, "invalid character class name");
        }
        out.append(negated ? "[^" : "[").append(ranges).append(']');
        pos = close + 2;
    }
}

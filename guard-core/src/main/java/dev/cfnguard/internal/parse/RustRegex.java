package dev.cfnguard.internal.parse;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Regular expressions written for the reference (fancy-regex 0.13 over Rust's regex crate), compiled
 * with {@link java.util.regex}. The pattern is read the way fancy-regex reads it, which decides what
 * is valid (a {@code {} that does not start a repetition is a literal brace, {@code \h} is a hex digit,
 * {@code $} only matches at the very end) and rewritten into the Java dialect. Constructs Java has no
 * equivalent for ({@code \K}, conditionals) are rejected. Stateless and thread-safe.
 */
public final class RustRegex {

    // Rust's regexes are Unicode-aware and only `\n` ends a line.
    private static final int FLAGS = Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS | Pattern.UNIX_LINES;
    private static final Map<String, String> POSIX_CLASSES = Map.ofEntries(
            Map.entry("alnum", "\\p{Alnum}"), Map.entry("alpha", "\\p{Alpha}"), Map.entry("ascii", "\\p{ASCII}"),
            Map.entry("blank", "\\p{Blank}"), Map.entry("cntrl", "\\p{Cntrl}"), Map.entry("digit", "\\p{Digit}"),
            Map.entry("graph", "\\p{Graph}"), Map.entry("lower", "\\p{Lower}"), Map.entry("print", "\\p{Print}"),
            Map.entry("punct", "\\p{Punct}"), Map.entry("space", "\\p{Space}"), Map.entry("upper", "\\p{Upper}"),
            Map.entry("word", "\\w"), Map.entry("xdigit", "\\p{XDigit}"));

    private RustRegex() {}

    /**
     * Compiles a pattern written in the reference's dialect.
     *
     * @throws PatternSyntaxException if the reference would reject the pattern, or Java cannot express it
     */
    public static Pattern compile(String pattern) {
        return Pattern.compile(toJava(pattern), FLAGS);
    }

    /** The pattern rewritten in Java's dialect, to be compiled with the flags {@link #compile} uses. */
    static String toJava(String pattern) {
        Translation translation = new Translation(pattern);
        translation.alternation();
        if (translation.at < pattern.length()) {
            throw translation.error("unmatched ')'");
        }
        return translation.out.toString();
    }

    /** One pass over a pattern; mirrors fancy-regex's recursive descent. */
    private static final class Translation {
        private enum Atom { NONE, REPEATABLE, FIXED }

        private final String re;
        private final StringBuilder out = new StringBuilder();
        private final Map<String, Integer> namedGroups = new HashMap<>();
        private int at;
        private int groups;
        private boolean numericBackrefs;
        private boolean multiLine;
        private boolean swapGreed;
        private boolean ignoreSpace;

        Translation(String re) {
            this.re = re;
        }

        PatternSyntaxException error(String description) {
            return new PatternSyntaxException(description, re, at);
        }

        void alternation() {
            branch();
            skipSpace();
            while (at < re.length() && re.charAt(at) == '|') {
                out.append('|');
                at++;
                branch();
                skipSpace();
            }
            if (numericBackrefs && !namedGroups.isEmpty()) {
                throw error("numbered backreferences cannot be mixed with named groups");
            }
        }

        private void branch() {
            while (at < re.length()) {
                int before = at;
                piece();
                if (at == before) {
                    return;
                }
            }
        }

        private void piece() {
            Atom atom = atom();
            skipSpace();
            if (at >= re.length()) {
                return;
            }
            String quantifier;
            char c = re.charAt(at);
            if (c == '?' || c == '*' || c == '+') {
                quantifier = String.valueOf(c);
                at++;
            } else if (c == '{') {
                quantifier = repetition();
                if (quantifier == null) {
                    return; // not a repetition: the brace is a literal, read as the next atom
                }
            } else {
                return;
            }
            if (atom != Atom.REPEATABLE) {
                throw error("target of repetition is not repeatable");
            }
            out.append(quantifier);
            skipSpace();
            boolean greedy = true;
            if (at < re.length() && re.charAt(at) == '?') {
                greedy = false;
                at++;
            }
            if (greedy == swapGreed) {
                out.append('?');
            }
            if (at < re.length() && re.charAt(at) == '+') {
                out.append('+');
                at++;
            }
        }

        /** A {@code {n}}, {@code {n,}}, {@code {n,m}} or {@code {,m}} repetition, or null. */
        private String repetition() {
            int position = at + 1;
            int lowStart = position;
            while (position < re.length() && Character.isDigit(re.charAt(position)) && re.charAt(position) < 128) {
                position++;
            }
            String low = re.substring(lowStart, position);
            if (low.isEmpty() && (position >= re.length() || re.charAt(position) != ',')) {
                return null;
            }
            if (position >= re.length()) {
                return null;
            }
            String high = low;
            if (re.charAt(position) == ',') {
                int highStart = ++position;
                while (position < re.length() && re.charAt(position) >= '0' && re.charAt(position) <= '9') {
                    position++;
                }
                high = re.substring(highStart, position);
            }
            if (position >= re.length() || re.charAt(position) != '}') {
                return null;
            }
            at = position + 1;
            String lower = low.isEmpty() ? "0" : low;
            return high.equals(low) ? "{" + lower + "}" : "{" + lower + "," + high + "}";
        }

        private Atom atom() {
            skipSpace();
            if (at >= re.length()) {
                return Atom.NONE;
            }
            char c = re.charAt(at);
            switch (c) {
                case '.' -> {
                    out.append('.');
                    at++;
                    return Atom.REPEATABLE;
                }
                case '^' -> {
                    out.append(multiLine ? "^" : "\\A");
                    at++;
                    return Atom.FIXED;
                }
                case '$' -> {
                    out.append(multiLine ? "$" : "\\z");
                    at++;
                    return Atom.FIXED;
                }
                case '(' -> {
                    return group();
                }
                case '\\' -> {
                    return escape(false);
                }
                case '+', '*', '?', '|', ')' -> {
                    return Atom.NONE;
                }
                case '[' -> {
                    characterClass();
                    return Atom.REPEATABLE;
                }
                default -> {
                    int codePoint = re.codePointAt(at);
                    literal(codePoint, false);
                    at += Character.charCount(codePoint);
                    return Atom.REPEATABLE;
                }
            }
        }

        private void literal(int codePoint, boolean inClass) {
            String special = inClass ? "\\[]^-&" : "\\^$.|?*+()[]{}";
            if (codePoint < 128 && special.indexOf(codePoint) >= 0) {
                out.append('\\');
            }
            if (codePoint < 0x20 || codePoint == 0x7F) {
                out.append(String.format("\\x{%X}", codePoint));
            } else {
                out.appendCodePoint(codePoint);
            }
        }

        /** Reads an escape starting at the backslash; in a class, only literals and classes are allowed. */
        private Atom escape(boolean inClass) {
            int start = at;
            if (at + 1 >= re.length()) {
                throw error("trailing backslash");
            }
            int b = re.codePointAt(at + 1);
            at += 1 + Character.charCount(b);
            if (b >= '0' && b <= '9') {
                if (inClass) {
                    throw error("backreference in character class");
                }
                at = start + 1;
                int group = decimal();
                if (group >= re.length() / 2) {
                    throw error("invalid backreference");
                }
                numericBackrefs = true;
                out.append("\\").append(group);
                return Atom.REPEATABLE;
            }
            if (!inClass) {
                switch (b) {
                    case 'k' -> {
                        namedBackref(re.startsWith("'", at) ? "'" : "<", re.startsWith("'", at) ? "'" : ">");
                        return Atom.REPEATABLE;
                    }
                    case 'A', 'z', 'G' -> {
                        out.append('\\').appendCodePoint(b);
                        return Atom.FIXED;
                    }
                    case 'b', 'B' -> {
                        if (re.startsWith("{", at)) {
                            throw error("\\" + (char) b + "{...} is not supported");
                        }
                        out.append('\\').appendCodePoint(b);
                        return Atom.FIXED;
                    }
                    case '<' -> {
                        out.append("\\b(?=\\w)");
                        return Atom.FIXED;
                    }
                    case '>' -> {
                        out.append("\\b(?<=\\w)");
                        return Atom.FIXED;
                    }
                    case 'K' -> throw error("\\K is not supported");
                    default -> { }
                }
            }
            switch (b) {
                case 'd', 'D', 's', 'S', 'w', 'W' -> out.append('\\').appendCodePoint(b);
                case 'h' -> out.append("[0-9A-Fa-f]");
                case 'H' -> out.append("[^0-9A-Fa-f]");
                case 'x' -> hex(2);
                case 'u' -> hex(4);
                case 'U' -> hex(8);
                case 'p', 'P' -> {
                    if (at >= re.length()) {
                        throw error("invalid escape \\" + (char) b);
                    }
                    unicodeClass(b);
                }
                case 'a' -> out.append("\\x{7}");
                case 'b' -> out.append("\\x{8}");
                case 'f' -> out.append("\\x{C}");
                case 'n' -> out.append("\\n");
                case 'r' -> out.append("\\r");
                case 't' -> out.append("\\t");
                case 'v' -> out.append("\\x{B}");
                case 'e' -> out.append("\\x{1B}");
                default -> {
                    // Letters with a meaning outside classes stand for themselves inside one.
                    if (b < 128 && Character.isLetter(b) && "kAzBKG".indexOf(b) < 0) {
                        throw error("invalid escape \\" + (char) b);
                    }
                    literal(b, inClass);
                }
            }
            return Atom.REPEATABLE;
        }

        private int decimal() {
            int start = at;
            while (at < re.length() && re.charAt(at) >= '0' && re.charAt(at) <= '9') {
                at++;
            }
            try {
                return Integer.parseInt(re.substring(start, at));
            } catch (NumberFormatException e) {
                throw error("invalid number");
            }
        }

        private void hex(int digits) {
            int end;
            String hex;
            if (at + digits <= re.length() && re.substring(at, at + digits).chars().allMatch(RustRegex::isHexDigit)) {
                hex = re.substring(at, at + digits);
                end = at + digits;
            } else if (at < re.length() && re.charAt(at) == '{') {
                int close = at + 1;
                while (close < re.length() && re.charAt(close) != '}') {
                    if (!isHexDigit(re.charAt(close)) || close >= at + 9) {
                        throw error("invalid hex escape");
                    }
                    close++;
                }
                if (close >= re.length() || close == at + 1) {
                    throw error("invalid hex escape");
                }
                hex = re.substring(at + 1, close);
                end = close + 1;
            } else {
                throw error("invalid hex escape");
            }
            long codePoint = Long.parseLong(hex, 16);
            if (codePoint > Character.MAX_CODE_POINT || codePoint >= 0xD800 && codePoint <= 0xDFFF) {
                throw error("invalid code point");
            }
            out.append(String.format("\\x{%X}", codePoint));
            at = end;
        }

        private void unicodeClass(int letter) {
            String name;
            if (re.charAt(at) == '{') {
                int close = re.indexOf('}', at);
                if (close < 0) {
                    throw error("unclosed Unicode class name");
                }
                name = re.substring(at + 1, close);
                at = close + 1;
            } else {
                int codePoint = re.codePointAt(at);
                name = new String(Character.toChars(codePoint));
                at += Character.charCount(codePoint);
            }
            String javaName = name.length() <= 2 ? name : "Is" + name.replace(" ", "").replace("_", "");
            out.append('\\').appendCodePoint(letter).append('{').append(javaName).append('}');
        }

        private void characterClass() {
            at++;
            out.append('[');
            if (re.startsWith("^", at)) {
                out.append('^');
                at++;
            }
            if (re.startsWith("]", at)) {
                out.append("\\]");
                at++;
            }
            int nesting = 1;
            while (true) {
                if (at >= re.length()) {
                    throw error("unclosed character class");
                }
                char c = re.charAt(at);
                if (c == '\\') {
                    escape(true);
                } else if (c == '[' && posixClass()) {
                    continue;
                } else if (c == '[') {
                    nesting++;
                    out.append('[');
                    at++;
                } else if (c == ']') {
                    out.append(']');
                    at++;
                    if (--nesting == 0) {
                        return;
                    }
                } else {
                    int codePoint = re.codePointAt(at);
                    if (codePoint == '&' && !re.startsWith("&&", at) || codePoint < 0x20) {
                        literal(codePoint, true);
                    } else {
                        out.appendCodePoint(codePoint);
                    }
                    at += Character.charCount(codePoint);
                }
            }
        }

        /** {@code [:alpha:]} inside a class; false (nothing read) if this is not one. */
        private boolean posixClass() {
            int close = re.indexOf(":]", at + 2);
            if (!re.startsWith("[:", at) || close < 0) {
                return false;
            }
            String name = re.substring(at + 2, close);
            boolean negated = name.startsWith("^");
            String javaClass = POSIX_CLASSES.get(negated ? name.substring(1) : name);
            if (javaClass == null) {
                return false;
            }
            out.append(negated ? "[^" + javaClass + "]" : javaClass);
            at = close + 2;
            return true;
        }

        private Atom group() {
            int open = at;
            at++;
            skipSpace();
            boolean savedMultiLine = multiLine;
            boolean savedSwapGreed = swapGreed;
            boolean savedIgnoreSpace = ignoreSpace;
            Atom atom = Atom.REPEATABLE;
            if (startsWithAny("?=", "?!", "?<=", "?<!")) {
                int length = re.startsWith("?<", at) ? 3 : 2;
                out.append('(').append(re, at, at + length);
                at += length;
                atom = Atom.FIXED;
            } else if (re.startsWith("?<", at) || re.startsWith("?P<", at)) {
                at += re.startsWith("?<", at) ? 1 : 2;
                String name = identifier("<", ">", false);
                groups++;
                namedGroups.put(name, groups);
                out.append("(?<").append(javaGroupName(groups)).append('>');
            } else if (re.startsWith("?P=", at)) {
                at += 3;
                namedBackref("", ")");
                return Atom.REPEATABLE;
            } else if (re.startsWith("?>", at)) {
                out.append("(?>");
                at += 2;
            } else if (re.startsWith("?(", at)) {
                throw error("conditionals are not supported");
            } else if (re.startsWith("?", at)) {
                if (flags()) {
                    return Atom.NONE; // `(?i)`: applies to the rest of the enclosing group
                }
            } else {
                groups++;
                out.append('(');
            }
            alternation();
            skipSpace();
            if (at >= re.length() || re.charAt(at) != ')') {
                at = open;
                throw error("unclosed group");
            }
            out.append(')');
            at++;
            multiLine = savedMultiLine;
            swapGreed = savedSwapGreed;
            ignoreSpace = savedIgnoreSpace;
            return atom;
        }

        /** Reads {@code ?flags)} or {@code ?flags:}; true for the former, which has no group body. */
        private boolean flags() {
            int start = ++at;
            boolean negative = false;
            StringBuilder javaFlags = new StringBuilder();
            while (true) {
                skipSpace();
                if (at >= re.length()) {
                    throw error("unclosed group");
                }
                char c = re.charAt(at);
                switch (c) {
                    case 'i', 's' -> javaFlags.append(c);
                    case 'm' -> {
                        multiLine = !negative;
                        javaFlags.append(c);
                    }
                    case 'U' -> swapGreed = !negative;
                    case 'x' -> ignoreSpace = !negative;
                    case 'u' -> {
                        if (negative) {
                            throw error("non-Unicode mode is not supported");
                        }
                    }
                    case '-' -> {
                        if (negative) {
                            throw error("unknown flag");
                        }
                        negative = true;
                        javaFlags.append('-');
                    }
                    case ')', ':' -> {
                        if (at == start || negative && at == start + 1) {
                            throw error("unknown flag");
                        }
                        at++;
                        String prefix = javaFlags.toString().equals("-") ? "" : javaFlags.toString();
                        if (c == ')') {
                            if (!prefix.isEmpty()) {
                                out.append("(?").append(prefix).append(')');
                            }
                            return true;
                        }
                        out.append("(?").append(prefix).append(':');
                        return false;
                    }
                    default -> throw error("unknown flag");
                }
                at++;
            }
        }

        private void namedBackref(String open, String close) {
            String name = identifier(open, close, true);
            Integer group = namedGroups.get(name);
            if (group != null) {
                out.append("\\k<").append(javaGroupName(group)).append('>');
                return;
            }
            try {
                int number = Integer.parseInt(name);
                int absolute = number >= 0 ? number : groups + number + 1;
                if (absolute > 0) {
                    out.append('\\').append(absolute);
                    return;
                }
            } catch (NumberFormatException e) {
                // not a number either
            }
            throw error("invalid group name in backreference: " + name);
        }

        private String identifier(String open, String close, boolean allowRelative) {
            if (!re.startsWith(open, at)) {
                throw error("invalid group name");
            }
            int start = at + open.length();
            int end = start;
            if (allowRelative && re.startsWith("-", end)) {
                end++;
                while (end < re.length() && re.charAt(end) >= '0' && re.charAt(end) <= '9') {
                    end++;
                }
            } else {
                while (end < re.length()) {
                    int codePoint = re.codePointAt(end);
                    if (!Character.isLetterOrDigit(codePoint) && codePoint != '_') {
                        break;
                    }
                    end += Character.charCount(codePoint);
                }
            }
            boolean closed = close.isEmpty() ? end == re.length() : re.startsWith(close, end);
            if (end == start || !closed) {
                throw error("invalid group name");
            }
            at = end + close.length();
            return re.substring(start, end);
        }

        private boolean startsWithAny(String... prefixes) {
            for (String prefix : prefixes) {
                if (re.startsWith(prefix, at)) {
                    return true;
                }
            }
            return false;
        }

        /** Skips `(?#...)` comments, and whitespace and `#` comments in `x` mode. */
        private void skipSpace() {
            while (at < re.length()) {
                char c = re.charAt(at);
                if (ignoreSpace && c == '#') {
                    int newline = re.indexOf('\n', at);
                    at = newline < 0 ? re.length() : newline + 1;
                } else if (ignoreSpace && (c == ' ' || c == '\r' || c == '\n' || c == '\t')) {
                    at++;
                } else if (re.startsWith("(?#", at)) {
                    at += 3;
                    while (true) {
                        if (at >= re.length()) {
                            throw error("unclosed comment");
                        }
                        char inside = re.charAt(at);
                        at += inside == '\\' ? 2 : 1;
                        if (inside == ')') {
                            break;
                        }
                    }
                } else {
                    return;
                }
            }
        }

        private static String javaGroupName(int group) {
            return "g" + group;
        }
    }

    private static boolean isHexDigit(int c) {
        return c >= '0' && c <= '9' || (c | 32) >= 'a' && (c | 32) <= 'f';
    }
}

package dev.cfnguard.internal.regex;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A regular expression written in the dialect of the reference implementation (Rust {@code regex} /
 * {@code fancy-regex}), compiled to a {@link Pattern} with the same matching behaviour.
 *
 * <p>Instances are immutable and thread-safe. Use {@link RegexCache} to compile each pattern once.
 */
public final class RustRegex {

    // Rust's '.' stops only at '\n' and its \d, \w, \s, \b and case folding are Unicode-aware.
    private static final int JAVA_FLAGS = Pattern.UNIX_LINES | Pattern.UNICODE_CHARACTER_CLASS;

    private final String source;
    private final Pattern pattern;
    private final Map<String, String> groupNames;

    private RustRegex(String source, Pattern pattern, Map<String, String> groupNames) {
        this.source = source;
        this.pattern = pattern;
        this.groupNames = groupNames;
    }

    /**
     * Compiles a pattern written in the reference's dialect.
     *
     * @throws RegexSyntaxException when the pattern is not a valid regular expression
     */
    public static RustRegex compile(String rustPattern) {
        RegexTranslator.Translation translation = RegexTranslator.translate(rustPattern);
        try {
            return new RustRegex(rustPattern, Pattern.compile(translation.javaPattern(), JAVA_FLAGS),
                    translation.groupNames());
        } catch (PatternSyntaxException e) {
            throw new RegexSyntaxException(rustPattern, e.getDescription());
        }
    }

    /** The pattern as written in the rules. */
    public String source() {
        return source;
    }

    /** True when the pattern matches anywhere in {@code text} (an unanchored search). */
    public boolean find(String text) {
        return pattern.matcher(text).find();
    }

    /**
     * Expands {@code replacement} once for every match in {@code text} and concatenates the expansions;
     * the unmatched parts of {@code text} are dropped. Replacement syntax: {@code $1}, {@code $name},
     * {@code ${name}}, {@code $$}; references to missing groups expand to nothing.
     */
    public String expandEachMatch(String text, String replacement) {
        StringBuilder out = new StringBuilder();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            expand(matcher, replacement, out);
        }
        return out.toString();
    }

    private void expand(Matcher matcher, String replacement, StringBuilder out) {
        int i = 0;
        int length = replacement.length();
        while (i < length) {
            char c = replacement.charAt(i);
            if (c != '$' || i + 1 >= length) {
                out.append(c);
                i++;
                continue;
            }
            char next = replacement.charAt(i + 1);
            if (next == '$') {
                out.append('$');
                i += 2;
                continue;
            }
            String reference;
            int end;
            if (next == '{') {
                int close = replacement.indexOf('}', i + 2);
                if (close < 0) {
                    out.append(c);
                    i++;
                    continue;
                }
                reference = replacement.substring(i + 2, close);
                end = close + 1;
            } else {
                end = i + 1;
                while (end < length && isNameChar(replacement.charAt(end))) {
                    end++;
                }
                reference = replacement.substring(i + 1, end);
                if (reference.isEmpty()) {
                    out.append(c);
                    i++;
                    continue;
                }
            }
            String group = group(matcher, reference);
            if (group != null) {
                out.append(group);
            }
            i = end;
        }
    }

    private String group(Matcher matcher, String reference) {
        if (!reference.isEmpty() && reference.chars().allMatch(Character::isDigit)) {
            try {
                int index = Integer.parseInt(reference);
                return index <= matcher.groupCount() ? matcher.group(index) : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }
        String javaName = groupNames.get(reference);
        return javaName == null ? null : matcher.group(javaName);
    }

    private static boolean isNameChar(char c) {
        return c == '_' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    @Override
    public String toString() {
        return source;
    }
}

package dev.cfnguard.internal.regex;

import java.util.function.Consumer;

/**
 * Reads a character class the way the regex crate does, from the text fancy-regex hands it: nested
 * classes, the set operators {@code &&} {@code --} {@code ~~}, ranges, ASCII classes
 * ({@code [:alpha:]}), Perl classes and Unicode properties. Case-insensitive classes fold before they
 * negate, so {@code (?i)[^a]} matches neither {@code a} nor {@code A}.
 *
 * <p>The text has fancy-regex's escapes already resolved: a backslash is only ever followed by a
 * character the regex crate treats as syntax, a Perl class letter or {@code p}/{@code P}.
 */
final class ClassParser {

    private static final String SYNTAX = "\\.+*?()|[]{}^$#&-~";

    private final String pattern;
    private final String text;
    private final boolean caseInsensitive;
    private final boolean computeSets;
    private final Consumer<String> unsupported;
    private int at;

    /**
     * @param pattern         the whole pattern, for error messages
     * @param text            the class, or the {@code \p} escape, as the regex crate sees it
     * @param caseInsensitive whether {@code (?i)} is in force
     * @param computeSets     false to check the syntax only, leaving named classes empty and unfolded
     * @param unsupported     told about properties that are known but cannot be matched
     */
    ClassParser(String pattern, String text, boolean caseInsensitive, boolean computeSets,
                Consumer<String> unsupported) {
        this.pattern = pattern;
        this.text = text;
        this.caseInsensitive = caseInsensitive;
        this.computeSets = computeSets;
        this.unsupported = unsupported;
    }

    /** Appends a literal character to class text, escaped when the regex crate would read it as syntax. */
    static void appendLiteral(StringBuilder text, int codePoint) {
        if (codePoint < 0x80 && SYNTAX.indexOf(codePoint) >= 0) {
            text.append('\\');
        }
        text.appendCodePoint(codePoint);
    }

    /**
     * The set a bracketed class matches; the text starts with its {@code [}. A range ending in
     * {@code [} closes the class before its text ends: see {@link #rest()}.
     */
    CodePointSet bracketed() {
        return bracket();
    }

    /** The text after the class just read; the regex crate reads it as pattern syntax. */
    String rest() {
        return text.substring(at);
    }

    /** The set a {@code \p{...}} or {@code \pN} escape matches; the text is just that escape. */
    CodePointSet unicodeClass() {
        at = 1;
        boolean negated = text.charAt(at) == 'P';
        at++;
        if (at >= text.length()) {
            throw error("incomplete escape \\" + text.charAt(1));
        }
        UnicodeClasses.PropertyClass property;
        if (text.charAt(at) == '{') {
            int close = text.indexOf('}', at);
            if (close < 0) {
                throw error("unclosed Unicode class name");
            }
            String name = text.substring(at + 1, close);
            at = close + 1;
            property = resolve(name);
        } else {
            int letter = text.codePointAt(at);
            if (letter == '\\') {
                throw error("invalid Unicode class \\" + text.charAt(1) + "\\");
            }
            at += Character.charCount(letter);
            property = UnicodeClasses.named(pattern, new String(Character.toChars(letter)));
        }
        if (property.unsupported() != null) {
            unsupported.accept(property.unsupported());
        }
        // As in the reference, "!=" in \p{name!=value} does not negate: only \P does.
        return foldAndNegate(computeSets ? property.members().get() : CodePointSet.EMPTY, negated);
    }

    private UnicodeClasses.PropertyClass resolve(String name) {
        int notEqual = name.indexOf("!=");
        if (notEqual >= 0) {
            return UnicodeClasses.byValue(pattern, name.substring(0, notEqual), name.substring(notEqual + 2));
        }
        int colon = name.indexOf(':');
        if (colon >= 0) {
            return UnicodeClasses.byValue(pattern, name.substring(0, colon), name.substring(colon + 1));
        }
        int equals = name.indexOf('=');
        if (equals >= 0) {
            return UnicodeClasses.byValue(pattern, name.substring(0, equals), name.substring(equals + 1));
        }
        return UnicodeClasses.named(pattern, name);
    }

    private RegexSyntaxException error(String description) {
        return new RegexSyntaxException(pattern, description);
    }

    private RegexSyntaxException unclosed() {
        return error("unclosed character class");
    }

    private CodePointSet foldAndNegate(CodePointSet set, boolean negated) {
        CodePointSet folded = fold(set);
        return negated ? folded.negated() : folded;
    }

    private CodePointSet fold(CodePointSet set) {
        return caseInsensitive && computeSets ? CaseFolding.close(set) : set;
    }

    private enum Operator { INTERSECTION, DIFFERENCE, SYMMETRIC_DIFFERENCE }

    /** A bracketed class at {@code at}, {@code at} moved past its {@code ]}. */
    private CodePointSet bracket() {
        at++;
        if (at >= text.length()) {
            throw unclosed();
        }
        boolean negated = text.charAt(at) == '^';
        if (negated && ++at >= text.length()) {
            throw unclosed();
        }
        CodePointSet union = CodePointSet.EMPTY;
        boolean leading = true;
        while (text.charAt(at) == '-') {
            union = union.union(CodePointSet.of('-'));
            leading = false;
            if (++at >= text.length()) {
                throw unclosed();
            }
        }
        // A ']' first is a literal, so a class is never empty as written.
        if (leading && text.charAt(at) == ']') {
            union = CodePointSet.of(']');
            at++;
        }
        CodePointSet left = null;
        Operator operator = null;
        while (true) {
            if (at >= text.length()) {
                throw unclosed();
            }
            char c = text.charAt(at);
            if (c == '[') {
                CodePointSet ascii = asciiClass();
                union = union.union(ascii != null ? ascii : bracket());
            } else if (c == ']') {
                at++;
                return foldAndNegate(apply(left, operator, union), negated);
            } else if (text.startsWith("&&", at) || text.startsWith("--", at) || text.startsWith("~~", at)) {
                left = apply(left, operator, union);
                operator = c == '&' ? Operator.INTERSECTION
                        : c == '-' ? Operator.DIFFERENCE : Operator.SYMMETRIC_DIFFERENCE;
                union = CodePointSet.EMPTY;
                at += 2;
            } else {
                union = union.union(rangeOrItem());
            }
        }
    }

    private CodePointSet apply(CodePointSet left, Operator operator, CodePointSet right) {
        if (operator == null) {
            return right;
        }
        CodePointSet a = fold(left);
        CodePointSet b = fold(right);
        return switch (operator) {
            case INTERSECTION -> a.intersect(b);
            case DIFFERENCE -> a.minus(b);
            case SYMMETRIC_DIFFERENCE -> a.symmetricDifference(b);
        };
    }

    /** {@code [:name:]} or {@code [:^name:]} at {@code at}; null (nothing read) if this is not one. */
    private CodePointSet asciiClass() {
        if (!text.startsWith("[:", at)) {
            return null;
        }
        int nameStart = at + 2;
        boolean negated = text.startsWith("^", nameStart);
        if (negated) {
            nameStart++;
        }
        int colon = text.indexOf(':', nameStart);
        if (colon < 0 || !text.startsWith(":]", colon)) {
            return null;
        }
        CodePointSet set = UnicodeClasses.ascii(text.substring(nameStart, colon));
        if (set == null) {
            return null;
        }
        at = colon + 2;
        return foldAndNegate(set, negated);
    }

    /** A literal, a range between two literals, or a class escape. */
    private CodePointSet rangeOrItem() {
        Primitive first = primitive();
        if (at >= text.length()) {
            throw unclosed();
        }
        if (text.charAt(at) != '-' || text.startsWith("]", at + 1) || text.startsWith("-", at + 1)) {
            return first.set();
        }
        at++;
        if (at >= text.length()) {
            throw unclosed();
        }
        Primitive last = primitive();
        if (first.literal() < 0 || last.literal() < 0) {
            throw error("invalid range boundary: must be a literal");
        }
        if (first.literal() > last.literal()) {
            throw error("invalid range: the start is greater than the end");
        }
        return CodePointSet.range(first.literal(), last.literal());
    }

    /** One literal character ({@code literal} is its code point) or a class escape ({@code literal} -1). */
    private record Primitive(int literal, CodePointSet set) {}

    private Primitive primitive() {
        int c = text.codePointAt(at);
        if (c != '\\') {
            at += Character.charCount(c);
            return new Primitive(c, CodePointSet.of(c));
        }
        char escaped = at + 1 < text.length() ? text.charAt(at + 1) : 0;
        if (SYNTAX.indexOf(escaped) >= 0) {
            at += 2;
            return new Primitive(escaped, CodePointSet.of(escaped));
        }
        if ("dDsSwW".indexOf(escaped) >= 0) {
            at += 2;
            return new Primitive(-1, computeSets ? RegexParser.perlClass(escaped) : CodePointSet.EMPTY);
        }
        if (escaped == 'p' || escaped == 'P') {
            int end = escapeEnd(at);
            ClassParser escape = new ClassParser(pattern, text.substring(at, end), caseInsensitive, computeSets,
                    unsupported);
            CodePointSet set = escape.unicodeClass();
            at += escape.at;
            return new Primitive(-1, set);
        }
        throw error("invalid escape in character class");
    }

    /** Where a {@code \p} escape starting at {@code start} ends; past the text when it is unclosed. */
    private int escapeEnd(int start) {
        if (start + 2 >= text.length()) {
            return text.length();
        }
        if (text.charAt(start + 2) == '{') {
            int close = text.indexOf('}', start + 2);
            return close < 0 ? text.length() : close + 1;
        }
        return start + 2 + Character.charCount(text.codePointAt(start + 2));
    }
}

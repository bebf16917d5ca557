package dev.cfnguard.internal.regex;

import dev.cfnguard.internal.regex.RegexNode.Assertion;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a pattern the way the reference does: fancy-regex 0.13's parser for the pattern, with its
 * checks (backreferences to existing groups, fixed-length look-behinds), and the regex crate's syntax
 * for the character classes fancy-regex hands on to it ({@link ClassParser}).
 *
 * <p>Quirks of the reference kept on purpose: a {@code {} that does not start a valid repetition is a
 * literal; {@code \h} is a hex digit; flags set with {@code (?i)} last until the end of the enclosing
 * {@code (?flags:...)} group or of the pattern, whatever group they are written in; {@code $} without
 * {@code (?m)} matches only at the very end.
 */
final class RegexParser {

    private static final int CASE_INSENSITIVE = 1;
    private static final int MULTI_LINE = 2;
    private static final int DOT_ALL = 4;
    private static final int SWAP_GREED = 8;
    private static final int IGNORE_SPACE = 16;
    private static final int MAX_GROUP_DEPTH = 64;
    private static final RegexNode EMPTY = new RegexNode.Empty();
    private static final CodePointSet NOT_NEWLINE = CodePointSet.ALL.minus(CodePointSet.of('\n'));
    private static final CodePointSet HEX_DIGIT = CodePointSet.ofRanges('0', '9', 'A', 'F', 'a', 'f');

    private final String re;
    // Validation only needs the syntax: the sets, costly to compute, are then left empty.
    private final boolean computeSets;
    private final Map<String, Integer> namedGroups = new HashMap<>();
    private int at;
    private int flags;
    private int groups;
    private boolean numericBackrefs;
    private String unsupported;

    private RegexParser(String re, boolean computeSets) {
        this.re = re;
        this.computeSets = computeSets;
    }

    /**
     * @throws RegexSyntaxException when the reference rejects the pattern
     */
    static ParsedRegex parse(String pattern) {
        return parse(pattern, true);
    }

    /**
     * Checks the pattern as {@link #parse} does, without computing its character sets (the result's
     * sets are empty).
     *
     * @throws RegexSyntaxException when the reference rejects the pattern
     */
    static ParsedRegex validate(String pattern) {
        return parse(pattern, false);
    }

    private static ParsedRegex parse(String pattern, boolean computeSets) {
        RegexParser parser = new RegexParser(pattern, computeSets);
        RegexNode root = parser.alternation(0);
        if (parser.at < pattern.length()) {
            throw parser.error("unmatched ')'");
        }
        return new ParsedRegex(pattern, root, parser.groups, Map.copyOf(parser.namedGroups), parser.unsupported);
    }

    private RegexSyntaxException error(String description) {
        return new RegexSyntaxException(re, description);
    }

    private boolean flag(int bit) {
        return (flags & bit) != 0;
    }

    private void unsupported(String feature) {
        if (unsupported == null) {
            unsupported = feature;
        }
    }

    private RegexNode alternation(int depth) {
        RegexNode first = branch(depth);
        at = skipSpace(at);
        if (!re.startsWith("|", at)) {
            // fancy-regex checks this only where a group has no alternatives.
            if (numericBackrefs && !namedGroups.isEmpty()) {
                throw error("numbered backreferences cannot be used in a pattern with named groups");
            }
            return first;
        }
        List<RegexNode> branches = new ArrayList<>(List.of(first));
        while (re.startsWith("|", at)) {
            at++;
            branches.add(branch(depth));
            at = skipSpace(at);
        }
        return new RegexNode.Alternation(branches);
    }

    private RegexNode branch(int depth) {
        List<RegexNode> items = new ArrayList<>();
        while (at < re.length()) {
            int before = at;
            RegexNode piece = piece(depth);
            if (at == before) {
                break;
            }
            if (!(piece instanceof RegexNode.Empty)) {
                items.add(piece);
            }
        }
        return switch (items.size()) {
            case 0 -> EMPTY;
            case 1 -> items.get(0);
            default -> new RegexNode.Concat(items);
        };
    }

    private RegexNode piece(int depth) {
        RegexNode atom = atom(depth);
        at = skipSpace(at);
        if (at >= re.length()) {
            return atom;
        }
        long min;
        long max;
        switch (re.charAt(at)) {
            case '?' -> {
                min = 0;
                max = 1;
                at++;
            }
            case '*' -> {
                min = 0;
                max = RegexNode.Repeat.UNBOUNDED;
                at++;
            }
            case '+' -> {
                min = 1;
                max = RegexNode.Repeat.UNBOUNDED;
                at++;
            }
            case '{' -> {
                Counted counted = repetition(at);
                if (counted == null) {
                    return atom; // not a repetition: the brace is a literal, read as the next atom
                }
                min = counted.min();
                max = counted.max();
                at = counted.end();
            }
            default -> {
                return atom;
            }
        }
        if (atom instanceof RegexNode.Empty || atom instanceof RegexNode.Assertion
                || atom instanceof RegexNode.LookAround) {
            throw error("target of repetition is not repeatable");
        }
        if (max != RegexNode.Repeat.UNBOUNDED && min > max) {
            throw error("invalid repetition range {" + min + "," + max + "}");
        }
        if (min > Integer.MAX_VALUE || max > Integer.MAX_VALUE) {
            throw error("repetition count too large");
        }
        at = skipSpace(at);
        boolean greedy = true;
        if (re.startsWith("?", at)) {
            greedy = false;
            at++;
        }
        RegexNode repeat = new RegexNode.Repeat(atom, (int) min, (int) max, greedy != flag(SWAP_GREED));
        if (re.startsWith("+", at)) {
            at++;
            return new RegexNode.Atomic(repeat);
        }
        return repeat;
    }

    /** A counted repetition, {@code end} just after its closing brace. */
    private record Counted(long min, long max, int end) {}

    /**
     * {@code {n}}, {@code {n,}}, {@code {n,m}} or {@code {,m}} at {@code open}, spaces allowed where
     * the pattern allows them; null when this is not a repetition.
     */
    private Counted repetition(int open) {
        try {
            int position = skipSpace(open + 1);
            long min = 0;
            if (position >= re.length()) {
                return null;
            }
            if (re.charAt(position) != ',') {
                int end = digitsEnd(position);
                min = decimal(position, end);
                if (min < 0) {
                    return null;
                }
                position = end;
            }
            position = skipSpace(position);
            if (position >= re.length()) {
                return null;
            }
            long max = min;
            if (re.charAt(position) == ',') {
                position = skipSpace(position + 1);
                int end = digitsEnd(position);
                max = decimal(position, end);
                if (max < 0) {
                    max = RegexNode.Repeat.UNBOUNDED;
                } else {
                    position = end;
                }
            } else if (re.charAt(position) != '}') {
                return null;
            }
            position = skipSpace(position);
            if (position >= re.length() || re.charAt(position) != '}') {
                return null;
            }
            return new Counted(min, max, position + 1);
        } catch (RegexSyntaxException e) {
            return null; // an unclosed comment inside: the brace is a literal, the comment fails later
        }
    }

    private int digitsEnd(int position) {
        int end = position;
        while (end < re.length() && re.charAt(end) >= '0' && re.charAt(end) <= '9') {
            end++;
        }
        return end;
    }

    /** The decimal in {@code [start, end)} as a 64-bit unsigned count; -1 when empty or too large. */
    private long decimal(int start, int end) {
        if (start == end) {
            return -1;
        }
        try {
            long value = Long.parseUnsignedLong(re.substring(start, end));
            return value < 0 ? Long.MAX_VALUE : value; // beyond any count we accept anyway
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private RegexNode atom(int depth) {
        at = skipSpace(at);
        if (at >= re.length()) {
            return EMPTY;
        }
        char c = re.charAt(at);
        switch (c) {
            case '.' -> {
                at++;
                return new RegexNode.Chars(flag(DOT_ALL) ? CodePointSet.ALL : NOT_NEWLINE);
            }
            case '^' -> {
                at++;
                return new Assertion(flag(MULTI_LINE) ? Assertion.Kind.LINE_START : Assertion.Kind.TEXT_START);
            }
            case '$' -> {
                at++;
                return new Assertion(flag(MULTI_LINE) ? Assertion.Kind.LINE_END : Assertion.Kind.TEXT_END);
            }
            case '(' -> {
                return group(depth);
            }
            case '\\' -> {
                return escape();
            }
            case '+', '*', '?', '|', ')' -> {
                return EMPTY;
            }
            case '[' -> {
                return characterClass();
            }
            default -> {
                int codePoint = re.codePointAt(at);
                at += Character.charCount(codePoint);
                return literal(codePoint);
            }
        }
    }

    private RegexNode literal(int codePoint) {
        CodePointSet set = CodePointSet.of(codePoint);
        return new RegexNode.Chars(flag(CASE_INSENSITIVE) && computeSets ? CaseFolding.close(set) : set);
    }

    /** An escape outside a class, {@code at} on its backslash. */
    private RegexNode escape() {
        if (at + 1 >= re.length()) {
            throw error("trailing backslash");
        }
        int start = at;
        int b = re.codePointAt(at + 1);
        at += 1 + Character.charCount(b);
        switch (b) {
            case '0', '1', '2', '3', '4', '5', '6', '7', '8', '9' -> {
                at = start + 1;
                return numberedBackref();
            }
            case 'k' -> {
                boolean quote = re.startsWith("'", at);
                return namedBackref(quote ? "'" : "<", quote ? "'" : ">", true);
            }
            case 'A' -> {
                return new Assertion(Assertion.Kind.TEXT_START);
            }
            case 'z' -> {
                return new Assertion(Assertion.Kind.TEXT_END);
            }
            case 'b', 'B' -> {
                if (re.startsWith("{", at)) {
                    throw error("\\" + (char) b + "{...} is not supported");
                }
                return new Assertion(b == 'b' ? Assertion.Kind.WORD_BOUNDARY : Assertion.Kind.NOT_WORD_BOUNDARY);
            }
            case '<' -> {
                return new Assertion(Assertion.Kind.WORD_START);
            }
            case '>' -> {
                return new Assertion(Assertion.Kind.WORD_END);
            }
            case 'K' -> {
                return new RegexNode.KeepOut();
            }
            case 'G' -> {
                return new Assertion(Assertion.Kind.SEARCH_START);
            }
            case 'd', 'D', 's', 'S', 'w', 'W' -> {
                return new RegexNode.Chars(computeSets ? perlClass(b) : CodePointSet.EMPTY);
            }
            case 'h' -> {
                return new RegexNode.Chars(HEX_DIGIT);
            }
            case 'H' -> {
                return new RegexNode.Chars(HEX_DIGIT.negated());
            }
            case 'p', 'P' -> {
                if (at < re.length()) {
                    String text = unicodeClassText(start);
                    ClassParser parser = new ClassParser(re, text, flag(CASE_INSENSITIVE), computeSets,
                            this::unsupported);
                    return new RegexNode.Chars(parser.unicodeClass());
                }
                throw error("invalid escape \\" + (char) b);
            }
            default -> {
                at = start;
                return literal(escapedCodePoint());
            }
        }
    }

    static CodePointSet perlClass(int letter) {
        CodePointSet set = switch (Character.toLowerCase(letter)) {
            case 'd' -> UnicodeClasses.digit();
            case 's' -> UnicodeClasses.space();
            default -> UnicodeClasses.word();
        };
        return Character.isUpperCase(letter) ? set.negated() : set;
    }

    /**
     * The code point of a literal escape at {@code at} (a backslash): hex, control letters, or the
     * escaped character itself; letters with no meaning are errors.
     */
    private int escapedCodePoint() {
        int b = re.codePointAt(at + 1);
        at += 1 + Character.charCount(b);
        return switch (b) {
            case 'x' -> hex(2);
            case 'u' -> hex(4);
            case 'U' -> hex(8);
            case 'a' -> 0x07;
            case 'b' -> 0x08;
            case 'f' -> 0x0C;
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            case 'v' -> 0x0B;
            case 'e' -> 0x1B;
            default -> {
                // Letters that mean something outside a class stand for themselves inside one.
                if (b < 0x80 && Character.isLetter(b) && "kAzbBKG".indexOf(b) < 0) {
                    throw error("invalid escape \\" + (char) b);
                }
                yield b;
            }
        };
    }

    /** {@code \p} at {@code start}: the text of the escape, fancy-regex's idea of where it ends. */
    private String unicodeClassText(int start) {
        int b = re.codePointAt(at);
        at += Character.charCount(b);
        if (b == '{') {
            int close = re.indexOf('}', at);
            if (close < 0) {
                throw error("unclosed Unicode class name");
            }
            at = close + 1;
        }
        return re.substring(start, at);
    }

    private int hex(int digits) {
        String hex;
        if (at + digits <= re.length() && re.substring(at, at + digits).chars().allMatch(RegexParser::isHexDigit)) {
            hex = re.substring(at, at + digits);
            at += digits;
        } else if (re.startsWith("{", at)) {
            int firstDigit = at + 1;
            int close = firstDigit;
            while (close >= re.length() || re.charAt(close) != '}' || close == firstDigit) {
                if (close >= re.length() || !isHexDigit(re.charAt(close)) || close >= firstDigit + 8) {
                    throw error("invalid hex escape");
                }
                close++;
            }
            hex = re.substring(firstDigit, close);
            at = close + 1;
        } else {
            throw error("invalid hex escape");
        }
        long codePoint = Long.parseLong(hex, 16);
        if (codePoint > CodePointSet.MAX_CODE_POINT || codePoint >= 0xD800 && codePoint <= 0xDFFF) {
            throw error("invalid code point \\x{" + hex + "}");
        }
        return (int) codePoint;
    }

    private static boolean isHexDigit(int c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    /** {@code \1}, {@code at} on the first digit. */
    private RegexNode numberedBackref() {
        int end = digitsEnd(at);
        long group = decimal(at, end);
        if (group < 0 || group >= re.length() / 2) {
            throw error("invalid backreference");
        }
        at = end;
        numericBackrefs = true;
        return backref((int) group);
    }

    /** A group referred to by name or number, relative when negative; {@code at} on {@code open}. */
    private RegexNode namedBackref(String open, String close, boolean relative) {
        String name = identifier(open, close, relative);
        if (name == null) {
            throw error("invalid group name");
        }
        Integer group = namedGroups.get(name);
        if (group == null && name.matches("-?[0-9]+")) {
            try {
                long number = Long.parseLong(name);
                long absolute = number >= 0 ? number : groups + number + 1;
                group = absolute >= 0 && absolute <= Integer.MAX_VALUE ? (int) absolute : null;
            } catch (NumberFormatException e) {
                group = null; // out of range
            }
        }
        if (group == null) {
            throw error("invalid group name in backreference: " + name);
        }
        return backref(group);
    }

    private RegexNode backref(int group) {
        // Group 0 is the whole match, open until the end: the reference accepts it and never matches it.
        if (group > groups) {
            throw error("backreference to a group that does not exist (yet): " + group);
        }
        return new RegexNode.Backref(group);
    }

    /**
     * A group name between {@code open} and {@code close} at {@code at} (letters, digits, {@code _};
     * or a minus and digits when {@code relative}), {@code at} moved past it; null if there is none.
     * An empty {@code close} ends the name at the first other character.
     */
    private String identifier(String open, String close, boolean relative) {
        String found = identifierAt(re, at, open, close, relative);
        if (found != null) {
            at += open.length() + found.length() + close.length();
        }
        return found;
    }

    /** See {@link #identifier}; without moving. Also reads names in replacement templates. */
    static String identifierAt(String text, int position, String open, String close, boolean relative) {
        if (!text.startsWith(open, position)) {
            return null;
        }
        int start = position + open.length();
        int end = start;
        if (relative && text.startsWith("-", end)) {
            end++;
            while (end < text.length() && text.charAt(end) >= '0' && text.charAt(end) <= '9') {
                end++;
            }
        } else {
            while (end < text.length() && isNameChar(text.codePointAt(end))) {
                end += Character.charCount(text.codePointAt(end));
            }
        }
        if (end == start || !text.startsWith(close, end)) {
            return null;
        }
        return text.substring(start, end);
    }

    /** Rust's {@code char::is_alphanumeric}, or an underscore. */
    static boolean isNameChar(int codePoint) {
        if (codePoint == '_' || Character.isAlphabetic(codePoint)) {
            return true;
        }
        int type = Character.getType(codePoint);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    private RegexNode characterClass() {
        ClassParser parser = new ClassParser(re, classText(), flag(CASE_INSENSITIVE), computeSets, this::unsupported);
        RegexNode chars = new RegexNode.Chars(parser.bracketed());
        String rest = parser.rest();
        if (rest.isEmpty()) {
            return chars;
        }
        // A range ending in '[' (as in [!-[]]) closed the class early for the regex crate, which reads
        // the rest of what fancy-regex took for the class as pattern text. Plain characters we follow.
        List<RegexNode> items = new ArrayList<>(List.of(chars));
        for (int i = 0; i < rest.length(); i++) {
            char c = rest.charAt(i);
            boolean escaped = c == '\\' && i + 1 < rest.length();
            if (escaped) {
                c = rest.charAt(++i);
            }
            if (escaped ? Character.isLetter(c) : ".+*?()|[{^$\\".indexOf(c) >= 0) {
                unsupported("a character class range ending in '[' is not supported here");
                return chars;
            }
            items.add(literal(c));
        }
        if (at < re.length() && "?*+{".indexOf(re.charAt(at)) >= 0) {
            unsupported("a character class range ending in '[' is not supported here");
        }
        return new RegexNode.Concat(items);
    }

    /**
     * The class at {@code at} as fancy-regex hands it to the regex crate: its extent found by counting
     * brackets, escapes replaced by the characters they stand for (escaped again where the regex crate
     * would read them as syntax) or by the class they name.
     */
    private String classText() {
        StringBuilder cooked = new StringBuilder("[");
        at++;
        if (re.startsWith("^", at)) {
            cooked.append('^');
            at++;
        }
        if (re.startsWith("]", at)) {
            cooked.append(']');
            at++;
        }
        int nesting = 1;
        while (true) {
            if (at >= re.length()) {
                throw error("unclosed character class");
            }
            char c = re.charAt(at);
            if (c == '\\') {
                classEscape(cooked);
            } else {
                if (c == '[') {
                    nesting++;
                } else if (c == ']' && --nesting == 0) {
                    cooked.append(']');
                    at++;
                    return cooked.toString();
                }
                int codePoint = re.codePointAt(at);
                cooked.appendCodePoint(codePoint);
                at += Character.charCount(codePoint);
            }
        }
    }

    private void classEscape(StringBuilder cooked) {
        if (at + 1 >= re.length()) {
            throw error("trailing backslash");
        }
        int start = at;
        char b = re.charAt(at + 1);
        switch (b) {
            case '0', '1', '2', '3', '4', '5', '6', '7', '8', '9' -> throw error("backreference in a character class");
            case 'd', 'D', 's', 'S', 'w', 'W' -> {
                cooked.append(re, at, at + 2);
                at += 2;
            }
            case 'h' -> {
                cooked.append("[0-9A-Fa-f]");
                at += 2;
            }
            case 'H' -> {
                cooked.append("[^0-9A-Fa-f]");
                at += 2;
            }
            case 'p', 'P' -> {
                at += 2;
                if (at >= re.length()) {
                    throw error("invalid escape \\" + b);
                }
                cooked.append(unicodeClassText(start));
            }
            default -> ClassParser.appendLiteral(cooked, escapedCodePoint());
        }
    }

    private RegexNode group(int depth) {
        if (depth + 1 >= MAX_GROUP_DEPTH) {
            throw error("groups nested too deeply");
        }
        int open = at;
        at = skipSpace(at + 1);
        RegexNode body;
        if (startsWithAny("?=", "?!", "?<=", "?<!")) {
            boolean behind = re.startsWith("?<", at);
            boolean negated = re.charAt(at + (behind ? 2 : 1)) == '!';
            at += behind ? 3 : 2;
            body = alternation(depth + 1);
            closeGroup(open);
            if (behind) {
                checkFixedLength(body);
            }
            return new RegexNode.LookAround(body, behind, negated);
        } else if (re.startsWith("?<", at) || re.startsWith("?P<", at)) {
            int group = ++groups;
            at += re.startsWith("?<", at) ? 1 : 2;
            String name = identifier("<", ">", false);
            if (name == null) {
                throw error("invalid group name");
            }
            namedGroups.put(name, group);
            body = alternation(depth + 1);
            closeGroup(open);
            return new RegexNode.Capture(group, body);
        } else if (re.startsWith("?P=", at)) {
            at += 3;
            return namedBackref("", ")", false);
        } else if (re.startsWith("?>", at)) {
            at += 2;
            body = alternation(depth + 1);
            closeGroup(open);
            return new RegexNode.Atomic(body);
        } else if (re.startsWith("?(", at)) {
            at += 2;
            conditional(depth + 1);
            unsupported("conditionals are not supported");
            return new RegexNode.Unsupported("conditional");
        } else if (re.startsWith("?", at)) {
            return flags(depth + 1);
        }
        int group = ++groups;
        body = alternation(depth + 1);
        closeGroup(open);
        return new RegexNode.Capture(group, body);
    }

    private void closeGroup(int open) {
        at = skipSpace(at);
        if (at >= re.length()) {
            at = open;
            throw error("unclosed group");
        }
        if (re.charAt(at) != ')') {
            throw error("expected ')'");
        }
        at++;
    }

    /** Checks {@code (?(condition)yes|no)} from after its {@code (?(}. */
    private void conditional(int depth) {
        if (at >= re.length()) {
            throw error("unclosed group");
        }
        char c = re.charAt(at);
        boolean backref = true;
        if (c >= '0' && c <= '9') {
            numberedBackref();
        } else if (c == '\'' || c == '<') {
            namedBackref(c == '<' ? "<" : "'", c == '<' ? ">" : "'", true);
        } else {
            backref = false;
            alternation(depth);
        }
        closeGroup(at);
        int bodyStart = at;
        alternation(depth);
        if (at == bodyStart && !backref) {
            throw error("expected a backreference or a branch in conditional");
        }
        closeGroup(at);
    }

    /** {@code (?flags)} (no body: the flags apply from here on) or {@code (?flags:body)}. */
    private RegexNode flags(int depth) {
        int start = ++at;
        int saved = flags;
        boolean negative = false;
        while (true) {
            at = skipSpace(at);
            if (at >= re.length()) {
                throw error("unclosed group");
            }
            char c = re.charAt(at);
            switch (c) {
                case 'i' -> setFlag(CASE_INSENSITIVE, negative);
                case 'm' -> setFlag(MULTI_LINE, negative);
                case 's' -> setFlag(DOT_ALL, negative);
                case 'U' -> setFlag(SWAP_GREED, negative);
                case 'x' -> setFlag(IGNORE_SPACE, negative);
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
                }
                case ')' -> {
                    if (at == start || negative && at == start + 1) {
                        throw error("unknown flag");
                    }
                    at++;
                    return EMPTY;
                }
                case ':' -> {
                    if (negative && at == start + 1) {
                        throw error("unknown flag");
                    }
                    at++;
                    RegexNode body = alternation(depth);
                    if (at >= re.length()) {
                        throw error("unclosed group");
                    }
                    if (re.charAt(at) != ')') {
                        throw error("expected ')'");
                    }
                    at++;
                    flags = saved;
                    return body;
                }
                default -> throw error("unknown flag");
            }
            at++;
        }
    }

    private void setFlag(int bit, boolean off) {
        flags = off ? flags & ~bit : flags | bit;
    }

    private boolean startsWithAny(String... prefixes) {
        for (String prefix : prefixes) {
            if (re.startsWith(prefix, at)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The reference runs a look-behind by stepping back a fixed number of characters, so its body must
     * have a fixed length; alternatives of different fixed lengths are allowed at its top.
     */
    private void checkFixedLength(RegexNode body) {
        List<RegexNode> alternatives = body instanceof RegexNode.Alternation alternation
                && Width.of(body).variable() ? alternation.branches() : List.of(body);
        for (RegexNode alternative : alternatives) {
            if (Width.of(alternative).variable()) {
                throw error("look-behind with a variable length is not supported");
            }
        }
    }

    /** Skips {@code (?#...)} comments, and spaces and {@code #} comments in {@code x} mode. */
    private int skipSpace(int position) {
        while (position < re.length()) {
            char c = re.charAt(position);
            if (flag(IGNORE_SPACE) && c == '#') {
                int newline = re.indexOf('\n', position);
                position = newline < 0 ? re.length() : newline + 1;
            } else if (flag(IGNORE_SPACE) && (c == ' ' || c == '\r' || c == '\n' || c == '\t')) {
                position++;
            } else if (re.startsWith("(?#", position)) {
                position += 3;
                while (true) {
                    if (position >= re.length()) {
                        throw error("unclosed comment");
                    }
                    char inside = re.charAt(position);
                    position += inside == '\\' ? 2 : 1;
                    if (inside == ')') {
                        break;
                    }
                }
            } else {
                return position;
            }
        }
        return position;
    }

    /** How many characters a node matches: at least {@code min}, exactly that many unless variable. */
    record Width(long min, boolean variable) {
        private static final Width NONE = new Width(0, false);
        private static final Width ANY = new Width(0, true);

        static Width of(RegexNode node) {
            if (node instanceof RegexNode.Chars) {
                return new Width(1, false);
            } else if (node instanceof RegexNode.Capture capture) {
                return of(capture.body());
            } else if (node instanceof RegexNode.Atomic atomic) {
                return of(atomic.body());
            } else if (node instanceof RegexNode.Repeat repeat) {
                Width body = of(repeat.body());
                return new Width(body.min() * repeat.min(), body.variable() || repeat.min() != repeat.max());
            } else if (node instanceof RegexNode.Concat concat) {
                long min = 0;
                boolean variable = false;
                for (RegexNode item : concat.items()) {
                    Width width = of(item);
                    min += width.min();
                    variable |= width.variable();
                }
                return new Width(min, variable);
            } else if (node instanceof RegexNode.Alternation alternation) {
                Width first = of(alternation.branches().get(0));
                long min = first.min();
                boolean variable = false;
                for (RegexNode branch : alternation.branches()) {
                    Width width = of(branch);
                    variable |= width.variable() || width.min() != first.min();
                    min = Math.min(min, width.min());
                }
                return new Width(min, variable);
            } else if (node instanceof RegexNode.Backref || node instanceof RegexNode.Unsupported) {
                return ANY;
            }
            return NONE; // empty, assertions, look-arounds, \K
        }
    }
}

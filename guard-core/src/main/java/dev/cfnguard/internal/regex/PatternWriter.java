package dev.cfnguard.internal.regex;

import dev.cfnguard.internal.regex.RegexNode.Assertion;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a parsed pattern in the syntax of the engine that runs it. Every construct is written so that
 * its meaning does not depend on the engine's flags or its idea of Unicode: character classes as ranges
 * (or, for java.util.regex, as the native property they were computed from), anchors and word
 * boundaries spelt out.
 */
final class PatternWriter {

    /** The syntax to write. */
    enum Dialect {
        /** RE2/J; its {@code \b} sees ASCII word characters only. */
        RE2J,
        /** java.util.regex, compiled with {@link java.util.regex.Pattern#UNICODE_CHARACTER_CLASS}. */
        JAVA
    }

    /**
     * A pattern in an engine's syntax.
     *
     * @param groupOf       the engine's number for each of the reference's groups (index 0 is the match)
     * @param keepOutGroups engine groups marking where {@code \K} was passed
     */
    record Written(String pattern, int[] groupOf, int[] keepOutGroups) {}

    private static final String NOTHING = "[^\\x{0}-\\x{10FFFF}]";
    private static final String NOT_NEWLINE = "[^\\n]";
    private static final String WORD = "\\w";

    private final Dialect dialect;
    private final StringBuilder out = new StringBuilder();
    private final int[] groupOf;
    private final List<Integer> keepOutGroups = new ArrayList<>();
    private int engineGroups;

    private PatternWriter(Dialect dialect, int groupCount) {
        this.dialect = dialect;
        this.groupOf = new int[groupCount + 1];
    }

    static Written write(ParsedRegex parsed, Dialect dialect) {
        PatternWriter writer = new PatternWriter(dialect, parsed.groupCount());
        writer.node(parsed.root());
        return new Written(writer.out.toString(), writer.groupOf,
                writer.keepOutGroups.stream().mapToInt(Integer::intValue).toArray());
    }

    private void node(RegexNode node) {
        if (node instanceof RegexNode.Empty) {
            out.append("(?:)");
        } else if (node instanceof RegexNode.Chars chars) {
            chars(chars.set());
        } else if (node instanceof Assertion assertion) {
            assertion(assertion.kind());
        } else if (node instanceof RegexNode.Concat concat) {
            concat.items().forEach(this::node);
        } else if (node instanceof RegexNode.Alternation alternation) {
            out.append("(?:");
            for (int i = 0; i < alternation.branches().size(); i++) {
                if (i > 0) {
                    out.append('|');
                }
                node(alternation.branches().get(i));
            }
            out.append(')');
        } else if (node instanceof RegexNode.Capture capture) {
            groupOf[capture.group()] = ++engineGroups;
            out.append('(');
            node(capture.body());
            out.append(')');
        } else if (node instanceof RegexNode.Repeat repeat) {
            repeat(repeat);
        } else if (node instanceof RegexNode.Atomic atomic) {
            backtrackingOnly(node);
            out.append("(?>");
            node(atomic.body());
            out.append(')');
        } else if (node instanceof RegexNode.LookAround lookAround) {
            backtrackingOnly(node);
            out.append(lookAround.behind() ? "(?<" : "(?").append(lookAround.negated() ? '!' : '=');
            node(lookAround.body());
            out.append(')');
        } else if (node instanceof RegexNode.Backref backref) {
            backtrackingOnly(node);
            // The whole match, group 0, is still open where it is referred to: it never matches.
            out.append(backref.group() == 0 ? "(?!)" : "(?:\\" + groupOf[backref.group()] + ")");
        } else if (node instanceof RegexNode.KeepOut) {
            backtrackingOnly(node);
            keepOutGroups.add(++engineGroups);
            out.append("()");
        } else {
            throw new IllegalStateException("cannot write " + node);
        }
    }

    private void backtrackingOnly(RegexNode node) {
        if (dialect != Dialect.JAVA) {
            throw new IllegalStateException("RE2/J cannot run " + node);
        }
    }

    private void chars(CodePointSet set) {
        int single = set.single();
        if (single >= 0) {
            CodePointSet.appendLiteral(out, single);
        } else if (set.isEmpty()) {
            out.append(NOTHING);
        } else if (dialect == Dialect.JAVA && set.javaClass() != null) {
            out.append(set.javaClass());
        } else {
            out.append(set.bracketed());
        }
    }

    private void assertion(Assertion.Kind kind) {
        if (dialect == Dialect.RE2J) {
            out.append(switch (kind) {
                case TEXT_START -> "\\A";
                case TEXT_END -> "\\z";
                case LINE_START -> "(?m:^)";
                case LINE_END -> "(?m:$)";
                case WORD_BOUNDARY -> "\\b";
                case NOT_WORD_BOUNDARY -> "\\B";
                default -> throw new IllegalStateException("RE2/J cannot test " + kind);
            });
            return;
        }
        // java.util.regex's multi-line ^ does not match after a final newline, Rust's does.
        out.append(switch (kind) {
            case TEXT_START -> "\\A";
            case TEXT_END -> "\\z";
            case LINE_START -> "(?<!" + NOT_NEWLINE + ")";
            case LINE_END -> "(?!" + NOT_NEWLINE + ")";
            case WORD_BOUNDARY -> "(?:(?<=" + WORD + ")(?!" + WORD + ")|(?<!" + WORD + ")(?=" + WORD + "))";
            case NOT_WORD_BOUNDARY -> "(?:(?<=" + WORD + ")(?=" + WORD + ")|(?<!" + WORD + ")(?!" + WORD + "))";
            case WORD_START -> "(?<!" + WORD + ")(?=" + WORD + ")";
            case WORD_END -> "(?<=" + WORD + ")(?!" + WORD + ")";
            case SEARCH_START -> "\\G";
        });
    }

    private void repeat(RegexNode.Repeat repeat) {
        if (repeat.body() instanceof RegexNode.Chars chars) {
            chars(chars.set());
        } else {
            out.append("(?:");
            node(repeat.body());
            out.append(')');
        }
        int min = repeat.min();
        int max = repeat.max();
        if (min == 0 && max == 1) {
            out.append('?');
        } else if (min == 0 && max == RegexNode.Repeat.UNBOUNDED) {
            out.append('*');
        } else if (min == 1 && max == RegexNode.Repeat.UNBOUNDED) {
            out.append('+');
        } else if (min == max) {
            out.append('{').append(min).append('}');
        } else {
            out.append('{').append(min).append(',').append(max == RegexNode.Repeat.UNBOUNDED ? "" : max).append('}');
        }
        if (!repeat.greedy()) {
            out.append('?');
        }
    }
}

package dev.cfnguard.internal.regex;

import java.util.List;

/**
 * A parsed pattern: the meaning of the reference's syntax with every flag already applied, so that
 * each node means the same wherever it is written out (a case-insensitive literal is the set of its
 * case variants, {@code .} the set it matches, {@code ^} a text or a line start).
 */
sealed interface RegexNode {

    /** Matches the empty string. */
    record Empty() implements RegexNode {}

    /** One code point of the set. */
    record Chars(CodePointSet set) implements RegexNode {}

    /** A zero-width test of the position. */
    record Assertion(Kind kind) implements RegexNode {
        enum Kind {
            TEXT_START, TEXT_END, LINE_START, LINE_END,
            WORD_BOUNDARY, NOT_WORD_BOUNDARY, WORD_START, WORD_END,
            /** {@code \G}: where the search started. */
            SEARCH_START
        }
    }

    record Concat(List<RegexNode> items) implements RegexNode {}

    /** The first branch that leads to a match wins. */
    record Alternation(List<RegexNode> branches) implements RegexNode {}

    /** A capturing group, numbered from 1 in the order the groups open. */
    record Capture(int group, RegexNode body) implements RegexNode {}

    /** {@code body} between {@code min} and {@code max} times ({@link #UNBOUNDED} for no limit). */
    record Repeat(RegexNode body, int min, int max, boolean greedy) implements RegexNode {
        static final int UNBOUNDED = -1;
    }

    /** {@code (?>...)}, and possessive repetitions: once matched, never backtracked into. */
    record Atomic(RegexNode body) implements RegexNode {}

    record LookAround(RegexNode body, boolean behind, boolean negated) implements RegexNode {}

    /** What capturing group {@code group} matched; never matches while the group is unset. */
    record Backref(int group) implements RegexNode {}

    /** {@code \K}: the match is reported as starting here. */
    record KeepOut() implements RegexNode {}

    /** A construct the reference accepts and no engine here can run, such as conditionals. */
    record Unsupported(String feature) implements RegexNode {}
}

package dev.cfnguard.internal.regex;

/**
 * Which engine runs a pattern. RE2/J runs in time linear in the text whatever the pattern, so it runs
 * every pattern it can express; java.util.regex backtracks and can take exponential time, so it only
 * runs what needs it, and counts its steps against a budget.
 */
enum Engine {
    /** RE2/J. */
    LINEAR,
    /**
     * Patterns with Unicode word boundaries ({@code \b}, {@code \B}): RE2/J only knows ASCII word
     * characters, which gives the same answers on ASCII text, so RE2/J for ASCII text and
     * java.util.regex for the rest.
     */
    LINEAR_FOR_ASCII_TEXT,
    /**
     * java.util.regex, with a step budget: look-around, backreferences, atomic groups and possessive
     * repetitions, {@code \K}, {@code \G}, {@code \<} and {@code \>}, counted repetitions beyond RE2/J's
     * limit of 1000, and patterns whose RE2/J program would be very large.
     */
    BACKTRACKING;

    private static final int RE2J_MAX_REPEAT = 1000;
    // Instructions; RE2/J's linear time is per instruction, and a program this size is already slow.
    private static final long RE2J_MAX_PROGRAM = 20_000;

    static Engine of(RegexNode root) {
        Needs needs = new Needs();
        long size = needs.scan(root);
        if (needs.backtracking || size > RE2J_MAX_PROGRAM) {
            return BACKTRACKING;
        }
        return needs.wordBoundary ? LINEAR_FOR_ASCII_TEXT : LINEAR;
    }

    /** What a pattern uses, found in one walk that also estimates the size of its RE2/J program. */
    private static final class Needs {
        boolean backtracking;
        boolean wordBoundary;

        long scan(RegexNode node) {
            if (node instanceof RegexNode.Concat concat) {
                long size = 0;
                for (RegexNode item : concat.items()) {
                    size = saturated(size + scan(item));
                }
                return size;
            } else if (node instanceof RegexNode.Alternation alternation) {
                long size = alternation.branches().size();
                for (RegexNode branch : alternation.branches()) {
                    size = saturated(size + scan(branch));
                }
                return size;
            } else if (node instanceof RegexNode.Capture capture) {
                return saturated(scan(capture.body()) + 2);
            } else if (node instanceof RegexNode.Repeat repeat) {
                if (repeat.min() > RE2J_MAX_REPEAT || repeat.max() > RE2J_MAX_REPEAT) {
                    backtracking = true;
                }
                long copies = Math.max(repeat.min(), repeat.max()) + 1L;
                return saturated(scan(repeat.body()) * copies);
            } else if (node instanceof RegexNode.Assertion assertion) {
                switch (assertion.kind()) {
                    case WORD_BOUNDARY, NOT_WORD_BOUNDARY -> wordBoundary = true;
                    case WORD_START, WORD_END, SEARCH_START -> backtracking = true;
                    default -> { }
                }
                return 1;
            } else if (node instanceof RegexNode.Atomic atomic) {
                backtracking = true;
                return scan(atomic.body());
            } else if (node instanceof RegexNode.LookAround lookAround) {
                backtracking = true;
                return scan(lookAround.body());
            } else if (node instanceof RegexNode.Backref || node instanceof RegexNode.KeepOut
                    || node instanceof RegexNode.Unsupported) {
                backtracking = true;
            }
            return 1;
        }

        private static long saturated(long size) {
            return Math.min(size, RE2J_MAX_PROGRAM + 1);
        }
    }
}

package dev.cfnguard.internal.regex;

/** A pattern compiled for one engine. Implementations are immutable and thread-safe. */
interface Searcher {

    /** Whether the pattern matches anywhere in {@code text}. */
    boolean find(CharSequence text);

    /**
     * The leftmost match starting at or after {@code from} (text before it still counts for anchors,
     * word boundaries and look-behinds): the start and end of each of the reference's groups, group 0
     * first, -1 for groups that took no part; null when there is no match.
     */
    int[] search(CharSequence text, int from);
}

package dev.cfnguard.internal.regex;

import java.util.Arrays;
import java.util.function.IntPredicate;

/**
 * An immutable set of Unicode code points: what one character class of a pattern matches. Held as
 * sorted, disjoint, non-adjacent inclusive ranges.
 *
 * <p>A set may also know how java.util.regex spells it natively (e.g. {@code \p{Lu}}): Java tests a
 * class of hundreds of explicit ranges one range after the other, so the backtracking engine is given
 * the native spelling where there is one (see {@link #javaClass()}). Unions and complements keep it;
 * other operations drop it.
 */
final class CodePointSet {

    static final int MAX_CODE_POINT = 0x10FFFF;
    // Up to this many ranges, spelling a set out is as fast in java.util.regex as a native property.
    private static final int FEW_RANGES = 16;
    static final CodePointSet EMPTY = new CodePointSet(new int[0], null);
    // Rust classes hold scalar values, so complements never contain surrogates.
    static final CodePointSet SURROGATES = range(0xD800, 0xDFFF);
    static final CodePointSet ALL = range(0, MAX_CODE_POINT).minus(SURROGATES);

    private final int[] ranges; // lo0, hi0, lo1, hi1, ...
    private final String nativeJava;

    private CodePointSet(int[] ranges, String nativeJava) {
        this.ranges = ranges;
        this.nativeJava = nativeJava;
    }

    static CodePointSet of(int codePoint) {
        return range(codePoint, codePoint);
    }

    static CodePointSet range(int first, int last) {
        return new CodePointSet(new int[] {first, last}, null);
    }

    /** The set of the given ranges, which may overlap and come in any order. */
    static CodePointSet ofRanges(int... bounds) {
        return normalized(bounds.clone(), bounds.length / 2);
    }

    /** Every scalar value the predicate accepts; scans the whole code space. */
    static CodePointSet matching(IntPredicate predicate) {
        RangeList list = new RangeList();
        int start = -1;
        for (int cp = 0; cp <= MAX_CODE_POINT + 1; cp++) {
            boolean in = cp <= MAX_CODE_POINT && (cp < 0xD800 || cp > 0xDFFF) && predicate.test(cp);
            if (in && start < 0) {
                start = cp;
            } else if (!in && start >= 0) {
                list.add(start, cp - 1);
                start = -1;
            }
        }
        return new CodePointSet(list.toArray(), null);
    }

    /**
     * This set, remembering {@code nativeJava} as its java.util.regex spelling; the pattern that uses it
     * must be compiled with {@link java.util.regex.Pattern#UNICODE_CHARACTER_CLASS}.
     */
    CodePointSet withNativeJava(String nativeJava) {
        return new CodePointSet(ranges, nativeJava);
    }

    /**
     * A java.util.regex class that matches exactly this set, usable inside or outside brackets: the
     * native spelling, or the ranges spelt out when there are few; null for a large set without a
     * native spelling, and for the empty set.
     */
    String javaClass() {
        if (nativeJava != null) {
            return nativeJava;
        }
        return isEmpty() || rangeCount() > FEW_RANGES ? null : bracketed();
    }

    /**
     * The ranges spelt out as a bracketed class, which both engines read. Kept short: RE2/J reads a
     * class in time quadratic in its length.
     */
    String bracketed() {
        StringBuilder text = new StringBuilder("[");
        for (int r = 0; r < rangeCount(); r++) {
            appendLiteral(text, first(r));
            if (last(r) != first(r)) {
                text.append('-');
                appendLiteral(text, last(r));
            }
        }
        return text.append(']').toString();
    }

    /**
     * Appends a code point so that both engines read it as that literal character, in a class or out
     * of one: ASCII letters and digits as they are, other printable ASCII escaped with a backslash,
     * controls as hex escapes, the rest as they are.
     */
    static void appendLiteral(StringBuilder text, int codePoint) {
        if (codePoint < 0x80 && Character.isLetterOrDigit(codePoint)) {
            text.append((char) codePoint);
        } else if (codePoint > ' ' && codePoint < 0x7F) {
            text.append('\\').append((char) codePoint);
        } else if (codePoint < 0xA0 || codePoint >= 0xD800 && codePoint <= 0xDFFF) {
            text.append("\\x{").append(Integer.toHexString(codePoint)).append('}');
        } else {
            text.appendCodePoint(codePoint);
        }
    }

    int rangeCount() {
        return ranges.length / 2;
    }

    int first(int range) {
        return ranges[2 * range];
    }

    int last(int range) {
        return ranges[2 * range + 1];
    }

    boolean isEmpty() {
        return ranges.length == 0;
    }

    /** The only code point of the set, or -1 when it has none or several. */
    int single() {
        return ranges.length == 2 && ranges[0] == ranges[1] ? ranges[0] : -1;
    }

    boolean contains(int codePoint) {
        int low = 0;
        int high = rangeCount() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (codePoint < first(mid)) {
                high = mid - 1;
            } else if (codePoint > last(mid)) {
                low = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }

    CodePointSet union(CodePointSet other) {
        if (isEmpty()) {
            return other;
        }
        if (other.isEmpty()) {
            return this;
        }
        int[] both = Arrays.copyOf(ranges, ranges.length + other.ranges.length);
        System.arraycopy(other.ranges, 0, both, ranges.length, other.ranges.length);
        CodePointSet union = normalized(both, both.length / 2);
        String mine = javaClass();
        String theirs = other.javaClass();
        if ((nativeJava != null || other.nativeJava != null) && mine != null && theirs != null) {
            return union.withNativeJava("[" + mine + theirs + "]");
        }
        return union;
    }

    CodePointSet intersect(CodePointSet other) {
        RangeList list = new RangeList();
        int i = 0;
        int j = 0;
        while (i < rangeCount() && j < other.rangeCount()) {
            int lo = Math.max(first(i), other.first(j));
            int hi = Math.min(last(i), other.last(j));
            if (lo <= hi) {
                list.add(lo, hi);
            }
            if (last(i) < other.last(j)) {
                i++;
            } else {
                j++;
            }
        }
        return new CodePointSet(list.toArray(), null);
    }

    CodePointSet minus(CodePointSet other) {
        return intersect(other.complementInCodeSpace());
    }

    CodePointSet symmetricDifference(CodePointSet other) {
        return union(other).minus(intersect(other));
    }

    /** Every scalar value not in this set. */
    CodePointSet negated() {
        CodePointSet negated = complementInCodeSpace().minus(SURROGATES);
        return nativeJava == null ? negated : negated.withNativeJava("[^" + nativeJava + "]");
    }

    private CodePointSet complementInCodeSpace() {
        RangeList list = new RangeList();
        int next = 0;
        for (int r = 0; r < rangeCount(); r++) {
            if (first(r) > next) {
                list.add(next, first(r) - 1);
            }
            next = last(r) + 1;
        }
        if (next <= MAX_CODE_POINT) {
            list.add(next, MAX_CODE_POINT);
        }
        return new CodePointSet(list.toArray(), null);
    }

    private static CodePointSet normalized(int[] bounds, int count) {
        Integer[] order = new Integer[count];
        for (int i = 0; i < count; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Integer.compare(bounds[2 * a], bounds[2 * b]));
        RangeList list = new RangeList();
        for (int index : order) {
            list.addMerging(bounds[2 * index], bounds[2 * index + 1]);
        }
        return new CodePointSet(list.toArray(), null);
    }

    /** Same code points; the Java spelling does not take part. */
    @Override
    public boolean equals(Object other) {
        return other instanceof CodePointSet set && Arrays.equals(ranges, set.ranges);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(ranges);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("[");
        for (int r = 0; r < rangeCount(); r++) {
            text.append(String.format(first(r) == last(r) ? "%X " : "%X-%X ", first(r), last(r)));
        }
        return text.append(']').toString();
    }

    /** Collects ranges in any order, then makes a set of them. */
    static final class Builder {
        private final RangeList list = new RangeList();

        Builder add(int first, int last) {
            list.add(first, last);
            return this;
        }

        CodePointSet build() {
            return normalized(list.bounds, list.size / 2);
        }
    }

    /** A growing list of ranges. */
    private static final class RangeList {
        private int[] bounds = new int[16];
        private int size;

        void add(int first, int last) {
            if (size == bounds.length) {
                bounds = Arrays.copyOf(bounds, size * 2);
            }
            bounds[size++] = first;
            bounds[size++] = last;
        }

        /**
         * Adds a range that starts at or after the start of the last one added, merging it with that
         * one when they overlap or touch.
         */
        void addMerging(int first, int last) {
            if (size > 0 && first <= bounds[size - 1] + 1) {
                bounds[size - 1] = Math.max(bounds[size - 1], last);
            } else {
                add(first, last);
            }
        }

        int[] toArray() {
            return Arrays.copyOf(bounds, size);
        }
    }
}

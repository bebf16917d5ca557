package dev.cfnguard.internal.regex;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Unicode simple case folding, which is how the reference's regexes compare characters in
 * case-insensitive mode: code points with the same folding are interchangeable ({@code k}, {@code K}
 * and the Kelvin sign; {@code ß} and {@code ẞ}).
 *
 * <p>The foldings are derived from the JDK's one-to-one case mappings: two code points fold alike when
 * upper-casing then lower-casing gives the same code point. That agrees with Unicode's CaseFolding.txt
 * (statuses C and S) except for the Turkic dotted and dotless i, which have no simple folding and are
 * kept apart. The table is built once, on first use, and never changes.
 */
final class CaseFolding {

    private CaseFolding() {}

    /** The set with every code point that folds like one of its members added. */
    static CodePointSet close(CodePointSet set) {
        Orbits orbits = Orbits.TABLE;
        int[] added = new int[16];
        int size = 0;
        for (int r = 0; r < set.rangeCount(); r++) {
            int index = Arrays.binarySearch(orbits.cased, set.first(r));
            int i = index >= 0 ? index : -index - 1;
            for (; i < orbits.cased.length && orbits.cased[i] <= set.last(r); i++) {
                for (int member : orbits.orbit[i]) {
                    if (size == added.length) {
                        added = Arrays.copyOf(added, size * 2);
                    }
                    added[size++] = member;
                    added[size++] = member;
                }
            }
        }
        return size == 0 ? set : set.union(CodePointSet.ofRanges(Arrays.copyOf(added, size)));
    }

    private static int folding(int codePoint) {
        if (codePoint == 0x130 || codePoint == 0x131) {
            return codePoint;
        }
        return Character.toLowerCase(Character.toUpperCase(codePoint));
    }

    /** Every code point that has a case-insensitive equivalent, with its equivalence class. */
    private static final class Orbits {
        static final Orbits TABLE = new Orbits();

        final int[] cased;   // ascending
        final int[][] orbit; // orbit[i]: the code points that fold like cased[i], cased[i] included

        private Orbits() {
            Map<Integer, int[]> byFolding = new HashMap<>();
            for (int cp = 0; cp <= CodePointSet.MAX_CODE_POINT; cp++) {
                int folded = folding(cp);
                if (folded != cp) {
                    int[] members = byFolding.computeIfAbsent(folded,
                            f -> folding(f) == f ? new int[] {f} : new int[0]);
                    int[] grown = Arrays.copyOf(members, members.length + 1);
                    grown[members.length] = cp;
                    byFolding.put(folded, grown);
                }
            }
            Map<Integer, int[]> orbitOf = new HashMap<>();
            for (int[] members : byFolding.values()) {
                int[] sorted = members.clone();
                Arrays.sort(sorted);
                for (int member : sorted) {
                    orbitOf.put(member, sorted);
                }
            }
            int[] keys = orbitOf.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
            cased = keys;
            orbit = new int[keys.length][];
            for (int i = 0; i < keys.length; i++) {
                orbit[i] = orbitOf.get(keys[i]);
            }
        }
    }
}

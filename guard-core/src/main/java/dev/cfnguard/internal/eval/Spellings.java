package dev.cfnguard.internal.eval;

import dev.cfnguard.internal.value.Value;
import java.util.Arrays;
import java.util.Map;

/**
 * A map key's spelling under each of {@link CaseConverters#ALL}, in that order, and the converters worth
 * trying when the key itself is missing from a map: those whose spelling differs from the key and from every
 * earlier one (a repeated spelling would miss again). Computing them is costly (singularization runs
 * regexes), so they are made once per key of the rules. Immutable.
 */
record Spellings(String[] byConverter, int[] distinct) {

    static Spellings of(String key) {
        String[] spellings = new String[CaseConverters.ALL.size()];
        int[] distinct = new int[spellings.length];
        int count = 0;
        for (int i = 0; i < spellings.length; i++) {
            spellings[i] = CaseConverters.ALL.get(i).apply(key);
            if (!spellings[i].equals(key) && !Arrays.asList(spellings).subList(0, i).contains(spellings[i])) {
                distinct[count++] = i;
            }
        }
        return new Spellings(spellings, Arrays.copyOf(distinct, count));
    }

    /**
     * Where a map that lacks the key holds it under another spelling: the position of that converter, or -1.
     * Once a query found a key under one converter's spelling ({@code chosen}, -1 before), its later keys
     * try that converter only.
     */
    int heldBy(Map<String, Value> entries, int chosen) {
        if (chosen >= 0) {
            return entries.containsKey(byConverter[chosen]) ? chosen : -1;
        }
        for (int i : distinct) {
            if (entries.containsKey(byConverter[i])) {
                return i;
            }
        }
        return -1;
    }
}

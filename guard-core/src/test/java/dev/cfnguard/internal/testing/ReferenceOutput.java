package dev.cfnguard.internal.testing;

import java.util.ArrayList;
import java.util.List;

/**
 * Normalises plain {@code test} output the way the conformance harness does before comparing: the
 * reference lists rules in hash-map order, so the rule lines under "PASS Rules:"/"FAIL Rules:" and runs
 * of "No Test expectation" lines are sorted.
 */
public final class ReferenceOutput {
    private ReferenceOutput() {}

    public static String normalizeTestOutput(String output) {
        List<String> lines = new ArrayList<>(List.of(output.split("\n", -1)));
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            int start;
            int end;
            if (line.equals("  PASS Rules:") || line.equals("  FAIL Rules:")) {
                start = i + 1;
                end = start;
                while (end < lines.size() && lines.get(end).startsWith("    ")) {
                    end++;
                }
            } else if (line.startsWith("  No Test expectation was set for Rule ")) {
                start = i;
                end = start;
                while (end < lines.size() && lines.get(end).startsWith("  No Test expectation was set for Rule ")) {
                    end++;
                }
            } else {
                i++;
                continue;
            }
            lines.subList(start, end).sort(null);
            i = Math.max(end, i + 1);
        }
        return String.join("\n", lines);
    }
}

package dev.cfnguard.internal.report;

import dev.cfnguard.internal.eval.EventRecord;
import dev.cfnguard.internal.eval.RecordType;
import dev.cfnguard.internal.eval.Status;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The summary table {@code validate} prints before its report ({@code --show-summary}): the data file's
 * status, then the rules that were skipped, passed and failed, each group only when selected and not
 * empty. Stateless.
 */
final class SummaryTable {
    private SummaryTable() {}

    /**
     * @param shown the statuses to list; the caller skips the table when it is empty
     */
    static void write(Appendable out, Status status, EventRecord root, String rulesFile, String dataFile,
                      Set<Status> shown) throws IOException {
        Map<String, Status> passed = new LinkedHashMap<>();
        Map<String, Status> skipped = new LinkedHashMap<>();
        Map<String, Status> failed = new LinkedHashMap<>();
        int longest = 0;
        for (EventRecord child : root.children()) {
            if (child.container() instanceof RecordType.RuleCheck rule) {
                String name = rule.status().name();
                Status ruleStatus = rule.status().status();
                switch (ruleStatus) {
                    case PASS -> passed.put(name, ruleStatus);
                    case FAIL -> failed.put(name, ruleStatus);
                    case SKIP -> skipped.put(name, ruleStatus);
                }
                // The reference measures names in bytes but pads them in characters.
                longest = Math.max(longest, shortName(rulesFile, name).getBytes(StandardCharsets.UTF_8).length);
            }
        }
        skipped.keySet().removeIf(name -> passed.containsKey(name) || failed.containsKey(name));

        boolean header = false;
        header |= group(out, shown.contains(Status.SKIP), skipped, "SKIP rules", header, status, rulesFile,
                dataFile, longest);
        header |= group(out, shown.contains(Status.PASS), passed, "PASS rules", header, status, rulesFile,
                dataFile, longest);
        header |= group(out, shown.contains(Status.FAIL), failed, "FAILED rules", header, status, rulesFile,
                dataFile, longest);
        if (header) {
            out.append("---\n");
        }
    }

    /** Writes one group if selected and not empty; true when it did. */
    private static boolean group(Appendable out, boolean selected, Map<String, Status> rules, String title,
                                 boolean headerWritten, Status status, String rulesFile, String dataFile,
                                 int longest) throws IOException {
        if (!selected || rules.isEmpty()) {
            return false;
        }
        if (!headerWritten) {
            out.append(dataFile).append(" Status = ").append(status.name()).append('\n');
        }
        out.append(title).append('\n');
        for (Map.Entry<String, Status> rule : rules.entrySet()) {
            String name = shortName(rulesFile, rule.getKey());
            out.append(rulesFile).append('/').append(name)
                    .append(" ".repeat(Math.max(0, longest + 4 - name.codePointCount(0, name.length()))))
                    .append(rule.getValue().name()).append('\n');
        }
        return true;
    }

    /** A rule name without the {@code file.guard/} prefix the names of imported rules carry. */
    static String shortName(String rulesFile, String ruleName) {
        String prefix = rulesFile + "/";
        return ruleName.startsWith(prefix) ? ruleName.substring(prefix.length()) : ruleName;
    }
}

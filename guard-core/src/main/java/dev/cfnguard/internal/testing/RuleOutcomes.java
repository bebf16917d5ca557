package dev.cfnguard.internal.testing;

import dev.cfnguard.internal.eval.EventRecord;
import dev.cfnguard.internal.eval.RecordType;
import dev.cfnguard.internal.eval.Status;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The statuses each rule got in one evaluation, and how they are checked against an expectation. */
final class RuleOutcomes {
    private RuleOutcomes() {}

    /**
     * The statuses of the rules evaluated at the top of the file, by rule name in order of first
     * evaluation (a name defined twice has two statuses).
     */
    static Map<String, List<Status>> byRule(EventRecord fileRecord) {
        Map<String, List<Status>> byRule = new LinkedHashMap<>();
        for (EventRecord child : fileRecord.children()) {
            if (child.container() instanceof RecordType.RuleCheck check) {
                byRule.computeIfAbsent(check.status().name(), name -> new ArrayList<>()).add(check.status().status());
            }
        }
        return byRule;
    }

    /**
     * Whether the expectation held, and the statuses looked at: SKIP holds when every status is SKIP,
     * PASS and FAIL when any status equals them.
     */
    record Match(boolean held, List<Status> statuses) {}

    static Match match(Status expected, List<Status> statuses) {
        List<Status> seen = new ArrayList<>(statuses.size());
        int skipped = 0;
        for (Status got : statuses) {
            if (expected == Status.SKIP) {
                if (got == Status.SKIP) {
                    skipped++;
                }
            } else if (got == expected) {
                return new Match(true, seen);
            }
            seen.add(got);
        }
        return new Match(expected == Status.SKIP && skipped == statuses.size(), seen);
    }
}
